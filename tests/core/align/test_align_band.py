"""Band geometry around a first-pass path, widened where the path leaves sentences unaligned."""

from __future__ import annotations

import numpy as np

from auditor.core.align.band import band_from_path, unaligned_reach
from auditor.core.align.params import AlignParams


def _diagonal_with_gap() -> list[tuple[int, int, int, int]]:
    # 1-1 beads on the diagonal, except source 10..13 and target 10..12 left unaligned.
    beads = [(i, i + 1, i, i + 1) for i in range(10)]
    beads += [(i, i + 1, 10, 10) for i in range(10, 14)]
    beads += [(14, 14, j, j + 1) for j in range(10, 13)]
    beads += [(14 + k, 15 + k, 13 + k, 14 + k) for k in range(16)]
    return beads


def test_reach_widens_only_around_unaligned_runs() -> None:
    extra = unaligned_reach(_diagonal_with_gap(), 30, cap=10)
    # The run spans rows 10..14 and leaves 4 sentences unaligned: rows 6..18 get 4 more.
    assert extra[6:19].tolist() == [4] * 13
    assert not extra[:6].any() and not extra[19:].any()


def test_reach_is_capped_and_ignores_single_nulls() -> None:
    assert unaligned_reach(_diagonal_with_gap(), 30, cap=2).max() == 2
    beads = [(i, i + 1, i, i + 1) for i in range(5)] + [(5, 6, 5, 5)] + [(6, 7, 5, 6)]
    assert not unaligned_reach(beads, 7, cap=5).any()


def test_extra_margin_widens_the_band_locally_and_keeps_the_path() -> None:
    beads = _diagonal_with_gap()
    n, m = 30, 29
    p = AlignParams(band_margin=2)
    lo0, w0 = band_from_path(beads, 1, n, m, p)
    lo1, w1 = band_from_path(beads, 1, n, m, p, unaligned_reach(beads, n, cap=10))
    hi0, hi1 = np.minimum(lo0 + w0 - 1, m), np.minimum(lo1 + w1 - 1, m)
    assert (lo1 <= lo0).all() and (hi1 >= hi0).all()  # never narrower
    assert lo1[12] < lo0[12] or hi1[12] > hi0[12]  # wider at the gap
    assert lo1[0] == 0 and hi1[-1] == m and n + 1 == len(lo1)
    for i0, i1, j0, j1 in beads:  # every node of the path stays inside
        for i, j in ((i0, j0), (i1, j1)):
            assert lo1[i] <= j <= hi1[i]
