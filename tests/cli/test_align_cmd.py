"""``auditor align`` as a subprocess: given segmentation, translation, stdout and errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from auditor.core.align.scoring import parse_beads

AUDITOR = Path(sys.executable).parent / "auditor"
BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "align" / "textberg-de-fr" / "docs"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(AUDITOR), "align", *args], capture_output=True, text=True, timeout=120)


def test_given_segmentation_writes_gold_format(tmp_path: Path) -> None:
    out = tmp_path / "test2.align"
    r = _run(str(BENCH / "test2.de"), str(BENCH / "test2.fr"), "--given-segmentation", "-o", str(out))
    assert r.returncode == 0, r.stderr
    beads = parse_beads(out.read_text(encoding="utf-8"))
    n = len(BENCH.joinpath("test2.de").read_text(encoding="utf-8").splitlines())
    m = len(BENCH.joinpath("test2.fr").read_text(encoding="utf-8").splitlines())
    assert [i for s, _ in beads for i in s] == list(range(n))
    assert [j for _, t in beads for j in t] == list(range(m))
    gold = set(parse_beads((BENCH / "test2.gold").read_text(encoding="utf-8")))
    assert len(gold & set(beads)) / len(beads) > 0.85


def test_translation_and_stdout(tmp_path: Path) -> None:
    r = _run(str(BENCH / "test4.de"), str(BENCH / "test4.fr"), "--given-segmentation",
             "--translation", str(BENCH / "test4.de2fr.google"), "--scores")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines and all(line.count(":") == 2 for line in lines)
    assert all(0.0 <= float(line.rsplit(":", 1)[1]) <= 1.0 for line in lines)


def test_translation_with_wrong_line_count_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "mt.txt"
    bad.write_text("one line\n", encoding="utf-8")
    r = _run(str(BENCH / "test4.de"), str(BENCH / "test4.fr"), "--given-segmentation", "--translation", str(bad))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "mt.txt" in r.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    r = _run(str(tmp_path / "nope.txt"), str(BENCH / "test4.fr"), "--given-segmentation")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_sentence_segmentation_without_given_lines(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    tgt = tmp_path / "b.txt"
    src.write_text("Osechkin wrote on 17 March. Japan was the target! Was it?\n", encoding="utf-8")
    tgt.write_text("Осечкин написал 17 марта. Целью была Япония! Так ли это?\n", encoding="utf-8")
    r = _run(str(src), str(tgt), "--src-lang", "en", "--tgt-lang", "ru")
    assert r.returncode == 0, r.stderr
    assert parse_beads(r.stdout) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_running_text_uses_its_paragraphs(tmp_path: Path) -> None:
    # The bribery chain's en -> bn hop: the Bengali desk added a comment at the end of the
    # first paragraph and dropped the last sentence of the second. Split into sentences, the
    # paragraphs keep the two apart; as one sentence per line they cancel out by length.
    folder = Path(__file__).resolve().parents[2] / "bench" / "data" / "checks" / "ru-en-bn-bribery"
    r = _run(str(folder / "en.txt"), str(folder / "bn.txt"), "--src-lang", "en", "--tgt-lang", "bn")
    assert r.returncode == 0, r.stderr
    beads = parse_beads(r.stdout)
    assert ((5,), ()) in beads and ((), (3,)) in beads
