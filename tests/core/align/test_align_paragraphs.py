"""Paragraph breaks as alignment evidence: where they count, how the DP rewards them, and the
case they exist for (an editor adds a sentence to one paragraph and drops one from the next)."""

from __future__ import annotations

import functools
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from auditor.core.align import align_texts
from auditor.core.align.aligner import paragraph_breaks
from auditor.core.align.band import full_band
from auditor.core.align.dp import band_dp
from auditor.core.segment import segment_text

REPO = Path(__file__).resolve().parents[3]
BRIBERY = REPO / "bench" / "data" / "checks" / "ru-en-bn-bribery"


def test_one_sentence_per_line_says_nothing() -> None:
    # Given segmentation: every sentence its own paragraph on both sides.
    assert paragraph_breaks((list(range(6)), list(range(5))), 6, 5, 1.5) is None


def test_one_side_without_paragraphs_says_nothing() -> None:
    assert paragraph_breaks(([0, 0, 0, 1, 1, 1], [0] * 6), 6, 6, 1.5) is None


def test_breaks_fall_between_paragraphs_never_at_the_ends() -> None:
    got = paragraph_breaks(([0, 0, 1, 1, 1], [0, 0, 0, 1, 1]), 5, 5, 1.5)
    assert got is not None
    src, tgt = got
    assert src.tolist() == [False, False, True, False, False, False]
    assert tgt.tolist() == [False, False, False, True, False, False]


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="paragraphs"):
        paragraph_breaks(([0, 0, 1], [0, 1]), 4, 2, 1.5)


TYPES = [(1, 1), (1, 0), (1, 2), (2, 1)]


def _brute_force(costs: np.ndarray, insert: np.ndarray, bonus: np.ndarray, n: int, m: int) -> float:
    """Cheapest path by recursion over every monotone bead sequence, bonus at every node reached."""

    @functools.cache
    def best(i: int, j: int) -> float:
        if i == 0 and j == 0:
            return 0.0
        out = float("inf")
        if j > 0:
            out = min(out, best(i, j - 1) + insert[j - 1])
        for t, (a, b) in enumerate(TYPES):
            if i >= a and j >= b:
                out = min(out, best(i - a, j - b) + costs[t, i - 1, j])
        return out - bonus[i, j]

    return best(n, m)


@pytest.mark.parametrize("seed", range(6))
def test_dp_with_node_bonus_matches_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m = 5, 6
    lo, width = full_band(n, m)
    costs = rng.uniform(-3, 3, size=(len(TYPES), n, width))
    for t, (a, b) in enumerate(TYPES):  # beads that cannot end at a node
        for i in range(1, n + 1):
            for k in range(width):
                if i < a or k < b:
                    costs[t, i - 1, k] = np.inf
    insert = rng.uniform(1, 4, size=m)
    bonus = np.zeros((n + 1, width))
    bonus[2, 3] = bonus[4, 4] = 2.5
    bonus[3, 1] = 1.0

    def cost(r0: int, r1: int) -> np.ndarray:
        return costs[:, r0 - 1 : r1 - 1, :] - bonus[None, r0:r1, :]

    def node_bonus(r0: int, r1: int) -> np.ndarray | None:
        return bonus[r0:r1].copy()

    beads, bead_costs, _ = band_dp(lo, width, TYPES, cost, insert, m, node_bonus=node_bonus)
    assert sum(bead_costs) == pytest.approx(_brute_force(costs, insert, bonus, n, m))
    # The path is monotone and complete.
    assert beads[0][0] == 0 and beads[0][2] == 0 and beads[-1][1] == n and beads[-1][3] == m
    assert all(x[1] == y[0] and x[3] == y[2] for x, y in pairwise(beads))


def _sides(witness: str, lang: str) -> tuple[list[str], list[int]]:
    segs = segment_text((BRIBERY / f"{witness}.txt").read_text(encoding="utf-8"), lang, witness)
    return [s.text for s in segs], [s.paragraph for s in segs]


def test_paragraphs_keep_an_addition_and_an_omission_apart() -> None:
    # The Bengali desk added a comment at the end of paragraph 1 and dropped the last sentence
    # of paragraph 2 ("The total value of these contracts exceeded 600 million roubles."):
    # by length alone the two cancel out in a shifted path.
    en, en_par = _sides("en", "en")
    bn, bn_par = _sides("bn", "bn")
    dropped = next(i for i, t in enumerate(en) if t.startswith("The total value"))
    added = next(j for j, t in enumerate(bn) if t.startswith("রাশিয়ায় সরকারি"))
    beads = align_texts(en, bn, paragraphs=(en_par, bn_par))
    shapes = {(b.source, b.target) for b in beads}
    assert ((dropped,), ()) in shapes
    assert ((), (added,)) in shapes
    assert ((dropped - 1,), (added + 2,)) in shapes  # "In return ..." with its translation


def test_agreement_is_one_on_a_path_through_every_common_end_and_zero_by_chance() -> None:
    from auditor.core.align.aligner import paragraph_agreement

    src = np.array([False, False, True, False, True, False, False])  # 6 sentences, ends at 2, 4
    tgt = np.array([False, False, True, False, True, False, False])
    diagonal = [(i, i + 1, i, i + 1) for i in range(6)]
    assert paragraph_agreement(diagonal, (src, tgt)) == 1.0
    shifted = np.array([False, True, False, True, False, False, False])  # every end one early
    assert paragraph_agreement(diagonal, (src, shifted)) == 0.0


def test_paragraphs_cut_elsewhere_in_the_translation_are_ignored() -> None:
    # The Bengali's paragraph ends all moved one sentence earlier (a re-cut layout): no
    # evidence, so the alignment is the one made without paragraphs.
    en, en_par = _sides("en", "en")
    bn, bn_par = _sides("bn", "bn")
    recut = [bn_par[min(k + 1, len(bn_par) - 1)] for k in range(len(bn_par))]
    assert recut != bn_par
    plain = [(b.source, b.target) for b in align_texts(en, bn)]
    assert [(b.source, b.target) for b in align_texts(en, bn, paragraphs=(en_par, recut))] == plain
