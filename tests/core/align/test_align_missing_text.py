"""Texts with sentences missing: null beads get cheaper when the document's lengths say so."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from auditor.core.align import AlignParams, align_texts
from auditor.core.align.aligner import bead_types, default_priors
from auditor.core.align.document_priors import anchored_ratio, missing_text_priors
from auditor.core.align.scoring import parse_beads

BENCH = Path(__file__).resolve().parents[3].parent / "shared" / "bench" / "align"
TYPES = bead_types(AlignParams())


def _lengths(n: int, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    ls = rng.integers(40, 160, n).astype(np.float64)
    return ls, np.round(ls * 1.1 * np.exp(rng.normal(0.0, 0.12, n)))


def test_a_faithful_translation_keeps_the_default_null_cost() -> None:
    p = AlignParams()
    ls, lt = _lengths(60)
    beads = [(i, i + 1, i, i + 1) for i in range(60)]
    priors = default_priors(TYPES, p)
    assert missing_text_priors(beads, ls, lt, priors, p) == priors


def test_a_translation_missing_a_fifth_makes_source_nulls_cheaper() -> None:
    p = AlignParams()
    ls, lt_full = _lengths(60)
    kept = [j for j in range(60) if j % 5 != 2]
    lt = lt_full[kept]
    # A first pass that found the kept pairs and left the others unaligned.
    beads, j = [], 0
    for i in range(60):
        if i % 5 == 2:
            beads.append((i, i + 1, j, j))
        else:
            beads.append((i, i + 1, j, j + 1))
            j += 1
    priors = default_priors(TYPES, p)
    got = missing_text_priors(beads, ls, lt, priors, p)
    assert p.min_null_cost <= got[(1, 0)] < priors[(1, 0)] - 1.0
    assert got[(0, 1)] == priors[(0, 1)]
    # The mirror: text added to the target makes target nulls cheaper instead.
    mirror = missing_text_priors([(c, d, a, b) for a, b, c, d in beads], lt, ls, priors, p)
    assert mirror[(0, 1)] == got[(1, 0)] and mirror[(1, 0)] == priors[(1, 0)]
    # Switched off, nothing changes.
    off = AlignParams(missing_evidence=0.0)
    assert missing_text_priors(beads, ls, lt, priors, off) == priors


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def test_dropped_sentences_of_real_news_are_left_unaligned_more_often() -> None:
    base = BENCH / "ntrex-eng-rus-dev" / "docs"
    docs = sorted(p.name[: -len(".gold")] for p in base.glob("*.gold"))[:20]
    found = {True: 0, False: 0}
    total = 0
    for doc in docs:
        src, tgt = _lines(base / f"{doc}.eng"), _lines(base / f"{doc}.rus")
        gold = parse_beads((base / f"{doc}.gold").read_text(encoding="utf-8"))
        dropped = {j for j in range(len(tgt)) if j % 4 == 1}
        lost = {i for s, t in gold if t and all(j in dropped for j in t) for i in s}
        total += len(lost)
        kept = [t for j, t in enumerate(tgt) if j not in dropped]
        for on in (True, False):
            p = AlignParams() if on else AlignParams(missing_evidence=0.0)
            nulls = {i for b in align_texts(src, kept, params=p) if not b.target for i in b.source}
            found[on] += len(nulls & lost)
    assert found[True] > found[False]
    assert found[True] >= 0.3 * total  # 19 of 57 measured (15 without); merged ones are the checks' job


def test_anchored_pairs_give_the_first_pass_its_ratio_when_half_the_target_is_gone() -> None:
    # (Every other sentence dropped, exactly, would read as pairs merged: only runs tell.)
    from auditor.core.align.aligner import _lengths, _sides
    from auditor.core.align.features import Interner

    base = BENCH / "ntrex-eng-rus-dev" / "docs"
    docs = sorted(p.name[: -len(".gold")] for p in base.glob("*.gold"))[:6]
    src = [x for d in docs for x in _lines(base / f"{d}.eng")]
    tgt_all = [x for d in docs for x in _lines(base / f"{d}.rus")]
    keep = np.random.default_rng(5).random(len(tgt_all)) < 0.5
    tgt = [t for t, k in zip(tgt_all, keep) if k]  # a retelling that keeps half of the sentences
    ls, lt = _lengths(src), _lengths(tgt)
    true_ratio = float(_lengths(tgt_all).sum() / ls.sum())
    totals = float(lt.sum() / ls.sum())
    interner = Interner()
    s_side, t_side = _sides(interner.analyse(src)[0], interner.analyse(tgt)[0], ls, lt, AlignParams())
    got = anchored_ratio(s_side, t_side, ls, lt, totals, AlignParams())
    assert abs(np.log(got / true_ratio)) < 0.15 < abs(np.log(totals / true_ratio))
    # Merged sentences look the same to the pairs (a unit twice as long as its best source
    # sentence); the first pass's cost under each ratio tells the readings apart.
    merged = [a + " " + b for a, b in zip(tgt_all[::2], tgt_all[1::2])]
    beads = align_texts(src, merged)
    unaligned = sum(len(b.source) for b in beads if not b.target)
    assert unaligned <= 0.1 * len(src)
    kept_beads = align_texts(src, tgt)
    assert sum(len(b.source) for b in kept_beads if not b.target) >= 0.3 * len(src)
