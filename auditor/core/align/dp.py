"""A banded dynamic program over alignment beads, row by row in numpy.

Lattice nodes are ``(i, j)``: the first ``i`` source and ``j`` target sentences are aligned.
Row ``i`` holds the nodes ``j = lo[i] + k`` for ``k < width``; cells outside the band cost
infinity. Beads that consume at least one source sentence come from earlier rows and are
evaluated for a whole row at once; 0-1 beads (a target sentence with no source) move along
the row, which a running minimum (``minimum.accumulate``) resolves without a Python loop.
Work and memory are linear in ``rows × width``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

INF = np.inf
CostFn = Callable[[int, int], np.ndarray]
"""``cost(r0, r1)`` → array (len(types), r1 - r0, width) of bead costs ending in rows r0..r1-1."""


def band_dp(
    lo: np.ndarray,
    width: int,
    types: Sequence[tuple[int, int]],
    cost: CostFn,
    insert_cost: np.ndarray,
    m: int,
    chunk: int = 0,
    margins: bool = True,
) -> tuple[list[tuple[int, int, int, int]], list[float], list[float]]:
    """Cheapest monotone path from (0, 0) to (n, m).

    Returns the beads ``(i0, i1, j0, j1)``, each bead's cost, and each bead's margin: how much
    more the best *other* way into its end node costs (a local measure of certainty; all zero
    unless ``margins``).

    ``types`` lists the (a, b) bead shapes with ``a >= 1``; a 0-1 bead for target ``j`` costs
    ``insert_cost[j]``.
    ``lo`` has one entry per row (n + 1 rows), non-decreasing, ``lo[0] == 0`` and the last
    row's band must contain ``m``.
    """
    n = len(lo) - 1
    t_count = len(types)
    size = (n + 1) * width
    dpf = np.full(size + 1, INF)  # flat rows; the extra last cell is an INF sentinel
    bp = np.zeros((n + 1, width), dtype=np.int8)
    gap = np.zeros((n + 1, width), dtype=np.float32)
    ins_alt = np.full(width, INF)
    # ramp_all[j]: cost of inserting targets 0..j-1; a row's ramp is a slice of it (the
    # constant offset cancels in the running minimum below).
    ramp_all = np.zeros(m + 1 + width)
    ramp_all[1 : m + 1] = np.cumsum(insert_cost[:m])
    ramp_all[m + 1 :] = ramp_all[m]
    cols = np.arange(width)
    # Row 0: only 0-1 beads.
    dpf[:width] = np.where(cols + lo[0] <= m, ramp_all[lo[0] : lo[0] + width] - ramp_all[lo[0]], INF)
    bp[0] = t_count
    a_of = np.array([a for a, _ in types], dtype=np.int64)
    b_of = np.array([b for _, b in types], dtype=np.int64)
    cand = np.empty((t_count, width))
    lo_list = lo.tolist()
    # Rows per cost block: bounded so a block's cost array stays near 16 MB.
    chunk = chunk or max(1, min(512, 2_000_000 // (width * t_count)))
    for r0 in range(1, n + 1, chunk):
        r1 = min(n + 1, r0 + chunk)
        costs = np.ascontiguousarray(cost(r0, r1).transpose(1, 0, 2))
        # Flat index of the predecessor node of every (row, bead shape, column); INF if none.
        rows = np.arange(r0, r1)
        prev = rows[:, None] - a_of[None, :]
        prev_c = np.maximum(prev, 0)
        shift = lo[rows][:, None] - lo[prev_c] - b_of[None, :]
        col = cols[None, None, :] + shift[:, :, None]
        ok = (prev[:, :, None] >= 0) & (col >= 0) & (col < width)
        idx = np.where(ok, prev_c[:, :, None] * width + col, size)
        for ci, i in enumerate(range(r0, r1)):
            ramp = ramp_all[lo_list[i] : lo_list[i] + width]
            np.take(dpf, idx[ci], out=cand)
            cand += costs[ci]
            best = cand.argmin(axis=0)
            a_row = cand[best, cols]
            if margins:
                cand[best, cols] = INF
                second = cand.min(axis=0)
            # 0-1 beads along the row: dp[k] = min_{q<=k} a_row[q] + ramp[k] - ramp[q].
            # Compare in the shifted space: a_row - ramp + ramp may round below a_row.
            shifted = a_row - ramp
            acc = np.minimum.accumulate(shifted)
            ins = acc < shifted
            best[ins] = t_count
            row = acc + ramp
            dpf[i * width : (i + 1) * width] = row
            bp[i] = best
            if margins:
                # How much worse the best other way into this node is: a local decision margin.
                ins_alt[1:] = acc[:-1]
                gap[i] = np.where(ins, a_row, np.minimum(second, ins_alt + ramp)) - row
    dp = dpf[:size].reshape(n + 1, width)
    return _backtrack(lo, bp, dp, gap, types, n, m)


def _backtrack(
    lo: np.ndarray, bp: np.ndarray, dp: np.ndarray, gap: np.ndarray, types: Sequence[tuple[int, int]], n: int, m: int
) -> tuple[list[tuple[int, int, int, int]], list[float], list[float]]:
    i, j = n, m
    k = j - int(lo[i])
    if not (0 <= k < dp.shape[1]) or not np.isfinite(dp[i, k]):
        raise ValueError("band does not reach the end node")
    out: list[tuple[int, int, int, int]] = []
    cost: list[float] = []
    margin: list[float] = []
    t_count = len(types)
    lo_list = lo.tolist()
    bp_rows = bp
    while i > 0 or j > 0:
        t = int(bp_rows[i, j - lo_list[i]])
        a, b = (0, 1) if t == t_count else types[t]
        out.append((i - a, i, j - b, j))
        cost.append(float(dp[i, j - lo_list[i]] - dp[i - a, j - b - lo_list[i - a]]))
        margin.append(float(gap[i, j - lo_list[i]]))
        i -= a
        j -= b
    out.reverse()
    cost.reverse()
    margin.reverse()
    return out, cost, margin
