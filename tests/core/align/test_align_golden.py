"""Golden tests: small gold documents of ../shared/bench/align aligned with F1 floors.

Floors sit a little under the measured scores so that a regression in any cost term shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.core.align import align_texts
from auditor.core.align.scoring import parse_beads, score_documents

BENCH = Path(__file__).resolve().parents[3].parent / "shared" / "bench" / "align"


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def _ntrex(folder: str, lang: str) -> list[str]:
    return sorted(p.name[: -len(".gold")] for p in (BENCH / folder / "docs").glob("*.gold"))[:12]


CASES = [
    ("textberg-de-fr", "de", "fr", ["test2", "test3", "test5"], None, 0.88),
    ("textberg-de-fr", "de", "fr", ["test2", "test3", "test5"], "de2fr.google", 0.91),
    ("parice-en-is", "en", "is", ["es_1", "t_1", "n_1"], None, 0.83),
    ("ntrex-eng-ben-dev", "eng", "ben", _ntrex("ntrex-eng-ben-dev", "ben"), None, 0.95),
    ("ntrex-eng-rus-dev", "eng", "rus", _ntrex("ntrex-eng-rus-dev", "rus"), None, 0.90),
]


@pytest.mark.parametrize(("folder", "sl", "tl", "docs", "mt", "floor"), CASES,
                         ids=[f"{c[0]}{'+mt' if c[4] else ''}" for c in CASES])
def test_strict_f1_floor(folder: str, sl: str, tl: str, docs: list[str], mt: str | None, floor: float) -> None:
    base = BENCH / folder / "docs"
    pairs = []
    for doc in docs:
        src, tgt = _lines(base / f"{doc}.{sl}"), _lines(base / f"{doc}.{tl}")
        translation = _lines(base / f"{doc}.{mt}") if mt else None
        beads = align_texts(src, tgt, src_lang=sl, tgt_lang=tl, translation=translation)
        pairs.append((parse_beads((base / f"{doc}.gold").read_text(encoding="utf-8")), [(b.source, b.target) for b in beads]))
    assert score_documents(pairs).f_strict >= floor


def test_scores_are_calibrated_on_a_gold_set() -> None:
    """Mean confidence tracks the share of exactly right beads, and low scores mean errors."""
    base = BENCH / "parice-en-is" / "docs"
    scores, right = [], []
    for doc in ["es_1", "n_1", "n_2", "s_1", "t_1"]:
        gold = set(parse_beads((base / f"{doc}.gold").read_text(encoding="utf-8")))
        for b in align_texts(_lines(base / f"{doc}.en"), _lines(base / f"{doc}.is")):
            scores.append(b.score)
            right.append((b.source, b.target) in gold)
    mean_score, precision = sum(scores) / len(scores), sum(right) / len(right)
    assert abs(mean_score - precision) < 0.06
    low = [r for s, r in zip(scores, right) if s < 0.7]
    high = [r for s, r in zip(scores, right) if s >= 0.95]
    assert low and high and sum(low) / len(low) < sum(high) / len(high) - 0.15
