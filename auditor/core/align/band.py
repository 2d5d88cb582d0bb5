"""Coarse-to-fine band search: align blocks of sentences, then only look near that path.

Small problems are solved over the full lattice. Larger ones are first solved on blocks of
``coarse_factor`` sentences (recursively, so each level is small), and the fine problem keeps
only nodes within ``band_margin`` blocks of the coarse path. Because the coarse path follows
the content rather than the diagonal, large omissions on either side stay inside the band.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from auditor.core.align.costs import BeadCosts, Side
from auditor.core.align.dp import band_dp
from auditor.core.align.params import AlignParams

Bead4 = tuple[int, int, int, int]
INF_MARGIN = 30.0
COARSE_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (1, 2), (2, 1), (2, 2))


def full_band(n: int, m: int) -> tuple[np.ndarray, int]:
    return np.zeros(n + 1, dtype=np.int64), m + 1


def band_from_path(
    beads: Sequence[Bead4], f: int, n: int, m: int, params: AlignParams, extra: np.ndarray | None = None
) -> tuple[np.ndarray, int]:
    """Fine band rows (``lo``, ``width``) around a coarse path of blocks of ``f`` sentences.

    ``extra`` (one entry per coarse row, 0 to ``nc``): blocks added to ``band_margin`` there.
    """
    nc = max(b[1] for b in beads) if beads else 0
    min_j = np.full(nc + 1, np.iinfo(np.int64).max, dtype=np.int64)
    max_j = np.zeros(nc + 1, dtype=np.int64)
    if beads:
        # Every bead touches rows i0..i1: spread its j0 (min) and j1 (max) over them at once.
        arr = np.asarray(beads, dtype=np.int64)
        span = arr[:, 1] - arr[:, 0] + 1
        bead = np.repeat(np.arange(len(arr)), span)
        row = arr[bead, 0] + (np.arange(len(bead)) - (np.cumsum(span) - span)[bead])
        np.minimum.at(min_j, row, arr[bead, 2])
        np.maximum.at(max_j, row, arr[bead, 3])
    min_j[0] = 0
    g = params.band_margin
    rows = np.arange(n + 1) // f
    gr = g if extra is None else g + extra[np.minimum(rows, nc)]
    lo = f * min_j[np.maximum(rows - gr, 0)]
    hi = f * max_j[np.minimum(rows + 1 + gr, nc)]
    lo = np.minimum.accumulate(np.clip(lo, 0, m)[::-1])[::-1]
    hi = np.maximum.accumulate(np.clip(hi, 0, m))
    hi[-1] = m
    lo[0] = 0
    width = int((hi - lo).max()) + 1
    if width > params.max_band:
        # Too wide: keep a window of max_band around the path's centre, wide enough that
        # n rows can cross all m columns, and chained so every row's window overlaps the
        # next (forward) and the last row can still reach m (backward).
        width = max(params.max_band, -(-m // max(n, 1)) + 2)
        centre = (lo + hi) // 2
        lo = np.clip(centre - width // 2, 0, max(m - width + 1, 0))
        lo = np.maximum.accumulate(lo)
        lo[0] = 0
        step = width - 1
        for i in range(1, n + 1):
            lo[i] = min(lo[i], lo[i - 1] + step)
        lo[n] = max(lo[n], m - width + 1, 0)
        for i in range(n - 1, 0, -1):
            lo[i] = max(lo[i], lo[i + 1] - step)
    return lo.astype(np.int64), width


def unaligned_reach(beads: Sequence[Bead4], n: int, cap: int) -> np.ndarray:
    """Extra band margin per row (0..n) around each run of unaligned beads of a path.

    A run that leaves ``k`` sentences unaligned (on its larger side) is where the path may
    have missed a match that lies off its usual track (a reordered or displaced passage), so
    rows within ``k`` of the run get ``min(k, cap)`` more rows of margin (the cap bounds the
    band's width, which is its widest row's).
    """
    extra = np.zeros(n + 1, dtype=np.int64)
    run: list[Bead4] = []
    for b in [*beads, (n, n + 1, 0, 1)]:  # a sentinel non-null bead closes the last run
        if b[0] == b[1] or b[2] == b[3]:
            run.append(b)
            continue
        if run:
            i0, i1 = run[0][0], run[-1][1]
            k = max(i1 - i0, run[-1][3] - run[0][2])
            if k > 1:
                lo_r, hi_r = max(i0 - k, 0), min(i1 + k, n)
                extra[lo_r : hi_r + 1] = np.maximum(extra[lo_r : hi_r + 1], min(k, cap))
            run = []
    return extra


def solve(
    src: Side,
    tgt: Side,
    types: Sequence[tuple[int, int]],
    params: AlignParams,
    ratio: float,
    sigma: float,
    sigma_random: float = 1.0,
    band: tuple[np.ndarray, int] | None = None,
    translation: tuple[Sequence[str], Sequence[str]] | None = None,
    priors: dict[tuple[int, int], float] | None = None,
    margins: bool = True,
    mt_sides: tuple[Side, Side] | None = None,
    outlier: float | None = None,
    numbers: tuple[Side, Side, float] | None = None,
) -> tuple[list[Bead4], list[float], list[float], BeadCosts | None]:
    """Cheapest bead path for a bitext: beads, their costs and margins (see ``band_dp``), and
    the finest level's cost model."""
    n, m = src.n, tgt.n
    if n == 0 or m == 0:
        beads = [(i, i + 1, 0, 0) for i in range(n)] + [(n, n, j, j + 1) for j in range(m)]
        return beads, [params.null_cost] * len(beads), [INF_MARGIN] * len(beads), None
    if band is not None:
        lo, width = band
    elif (n + 1) * (m + 1) <= params.small_full or min(n, m) < 4 * params.coarse_factor:
        lo, width = full_band(n, m)
    else:
        f = params.coarse_factor
        coarse, _, _, _ = solve(src.blocks(f), tgt.blocks(f), COARSE_TYPES, params, ratio, sigma, sigma_random, margins=False)
        lo, width = band_from_path(coarse, f, n, m, params)
    costs = BeadCosts(
        src, tgt, lo, width, types, params, ratio, sigma, sigma_random, translation, priors, mt_sides, outlier,
        numbers,
    )
    beads, bead_costs, bead_margins = band_dp(
        lo, width, types, costs, tgt.null_costs(params.null_cost), m, margins=margins,
        node_bonus=costs.node_bonus if costs.bonus > 0 else None,
    )
    return beads, bead_costs, bead_margins, costs

