"""The scorer reproduces the expected scores of the reference outputs in ../shared/bench/align."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.core.align.scoring import count, format_beads, parse_beads, score_documents, scores

BENCH = Path(__file__).resolve().parents[3].parent / "shared" / "bench" / "align"
TB = [f"test{i}" for i in range(7)]
PARICE = ["es_1", "n_1", "n_2", "n_3", "s_1", "s_2", "s_3", "t_1", "t_2", "u_1"]

# (set folder, system folder, documents, expected P/R/F1 strict, P/R/F1 lax) from the READMEs.
CASES = [
    ("textberg-de-fr", "galechurch", TB, (0.677, 0.684, 0.681, 0.795, 0.803, 0.799)),
    ("textberg-de-fr", "hunalign", TB, (0.723, 0.782, 0.751, 0.837, 0.901, 0.868)),
    ("textberg-de-fr", "bleualign-google", TB, (0.831, 0.788, 0.809, 0.978, 0.923, 0.950)),
    ("textberg-de-fr", "bleualign-europarlfull", TB, (0.829, 0.786, 0.807, 0.978, 0.921, 0.948)),
    ("textberg-de-fr", "bertalign-2021", TB, (0.938, 0.941, 0.939, 0.993, 0.991, 0.992)),
    ("textberg-de-fr", "hunalign", ["dev"], (0.615, 0.709, 0.659, 0.839, 0.919, 0.877)),
    ("parice-en-is", "hunalign", PARICE, (0.723, 0.779, 0.750, 0.809, 0.868, 0.838)),
    ("opusbooks-en-ru-dev", "hunalign", ["annakarenina2-val"], (0.838, 0.870, 0.853, 0.925, 0.955, 0.940)),
]


def _read(path: Path) -> list:
    return parse_beads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("folder", "system", "docs", "expected"), CASES, ids=[f"{c[0]}-{c[1]}-{c[2][0]}" for c in CASES])
def test_reference_outputs_reproduce_readme_scores(folder: str, system: str, docs: list[str], expected: tuple) -> None:
    base = BENCH / folder
    pairs = [(_read(base / "docs" / f"{d}.gold"), _read(base / "reference-outputs" / system / f"{d}.align")) for d in docs]
    s = score_documents(pairs)
    got = (s.p_strict, s.r_strict, s.f_strict, s.p_lax, s.r_lax, s.f_lax)
    assert [round(x, 3) for x in got] == list(expected)


def test_gold_against_itself_is_perfect() -> None:
    gold = _read(BENCH / "textberg-de-fr" / "docs" / "test1.gold")
    s = scores(count(gold, gold))
    assert (s.p_strict, s.r_strict, s.f_strict, s.p_lax, s.r_lax, s.f_lax) == (1.0,) * 6


def test_rules_null_beads_sets_and_links() -> None:
    gold = [((0,), (0,)), ((1,), (1, 2)), ((2,), ()), ((3,), (3,))]
    hyp = [((0,), (0,)), ((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2, 3), (3,)), ((), ())]
    c = count(gold, hyp)
    # hyp set: 4 beads; strict: [0]:[0]; lax adds [1]:[1] and [2,3]:[3]; the null []:[2] is wrong.
    assert (c.strict_correct, c.lax_correct, c.hyp) == (1, 3, 4)
    # gold without nulls: 3; strict found 1; lax: [1]:[1,2] and [3]:[3] share links.
    assert (c.strict_found, c.lax_found, c.gold) == (1, 3, 3)


def test_parse_and_format_round_trip() -> None:
    text = "[0, 1]:[0]\n[]:[1]\n[2]:[]\n[3]:[2, 3]:0.25\n"
    beads = parse_beads(text)
    assert beads == [((0, 1), (0,)), ((), (1,)), ((2,), ()), ((3,), (2, 3))]
    assert parse_beads(format_beads(beads)) == beads


def test_parse_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_beads("[0]:[0]\nnot a bead\n")
