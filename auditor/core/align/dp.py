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
    node_bonus: Callable[[int, int], np.ndarray | None] | None = None,
) -> tuple[list[tuple[int, int, int, int]], list[float], list[float]]:
    """Cheapest monotone path from (0, 0) to (n, m).

    Returns the beads ``(i0, i1, j0, j1)``, each bead's cost, and each bead's margin: how much
    more the best *other* way into its end node costs (a local measure of certainty; all zero
    unless ``margins``).

    ``types`` lists the (a, b) bead shapes with ``a >= 1``; a 0-1 bead for target ``j`` costs
    ``insert_cost[j]``. ``node_bonus(r0, r1)``, when given, is a reward (rows, width) for
    reaching a node by any bead; ``cost`` must already include it for beads with ``a >= 1``
    (here it is added to 0-1 beads).
    ``lo`` has one entry per row (n + 1 rows), non-decreasing, ``lo[0] == 0`` and the last
    row's band must contain ``m``.
    """
    n = len(lo) - 1
    t_count = len(types)
    # Rows are stored with one INF cell either side, so a predecessor column off the band
    # (clipped to -1 or width) reads INF without a mask.
    stride = width + 2
    dpp = np.full((n + 1, stride), INF)
    dpf = dpp.ravel()
    dp = dpp[:, 1 : width + 1]
    bp = np.zeros((n + 1, width), dtype=np.int8)
    gap = np.zeros((n + 1, width), dtype=np.float32)
    # ramp_all[j]: cost of inserting targets 0..j-1; a row's ramp is a slice of it (the
    # constant offset cancels in the running minimum below).
    ramp_all = np.zeros(m + 1 + width)
    ramp_all[1 : m + 1] = np.cumsum(insert_cost[:m])
    ramp_all[m + 1 :] = ramp_all[m]
    cols = np.arange(width)
    # Row 0: only 0-1 beads.
    dp[0] = np.where(cols + lo[0] <= m, ramp_all[lo[0] : lo[0] + width] - ramp_all[lo[0]], INF)
    bp[0] = t_count
    a_of = np.array([a for a, _ in types], dtype=np.int64)
    b_of = np.array([b for _, b in types], dtype=np.int64)
    cand = np.empty((t_count, width))
    # Rows per cost block: bounded so a block's cost array stays near 16 MB.
    chunk = chunk or max(1, min(512, 2_000_000 // (width * t_count)))
    for r0 in range(1, n + 1, chunk):
        r1 = min(n + 1, r0 + chunk)
        # costs[row, shape, column]; each row's slice becomes that row's candidates in place.
        costs = np.ascontiguousarray(cost(r0, r1).transpose(1, 0, 2))
        # Flat index of the predecessor node of every (row, bead shape, column); a pad cell
        # if there is none (a missing predecessor row clips to row 0's left pad).
        rows = np.arange(r0, r1)
        prev = rows[:, None] - a_of[None, :]
        has_prev = prev >= 0
        prev_c = np.where(has_prev, prev, 0)
        shift = np.where(has_prev, lo[rows][:, None] - lo[prev_c] - b_of[None, :], -width - 1)
        idx = cols[None, None, :] + shift[:, :, None]
        np.clip(idx, -1, width, out=idx)
        idx += (prev_c * stride + 1)[:, :, None]
        # The serial part is only what the next rows need: each node's best value. Which bead
        # won and by how much is settled for the whole block afterwards, from the same numbers.
        a_rows = np.empty((r1 - r0, width))  # best way into each node by a bead with a >= 1
        shifted = np.empty((r1 - r0, width))
        acc = np.empty((r1 - r0, width))
        ramps = ramp_all[lo[r0:r1, None] + cols[None, :]]
        bonus = node_bonus(r0, r1) if node_bonus is not None else None
        if bonus is not None:
            # A chain of 0-1 beads collects the reward of every node it passes.
            ramps -= np.cumsum(bonus, axis=1)
        dp_rows = dp[r0:r1]
        # Iterating the blocks yields row views without per-row indexing in Python.
        for ix, c, a_row, sh, ac, ramp, dp_row in zip(idx, costs, a_rows, shifted, acc, ramps, dp_rows):
            dpf.take(ix, out=cand)
            c += cand
            np.minimum.reduce(c, axis=0, out=a_row)
            # 0-1 beads along the row: dp[k] = min_{q<=k} a_row[q] + ramp[k] - ramp[q].
            # Compare in the shifted space: a_row - ramp + ramp may round below a_row.
            np.subtract(a_row, ramp, out=sh)
            np.minimum.accumulate(sh, out=ac)
            np.add(ac, ramp, out=dp_row)
        best = costs.argmin(axis=1)
        ins = acc < shifted
        if margins:
            # How much worse the best other way into this node is: a local decision margin.
            np.put_along_axis(costs, best[:, None, :], INF, axis=1)
            second = costs.min(axis=1)
            ins_alt = np.full((r1 - r0, width), INF)
            ins_alt[:, 1:] = acc[:, :-1]
            with np.errstate(invalid="ignore"):  # inf - inf at unreachable nodes: no margin
                gap[r0:r1] = np.where(ins, a_rows, np.minimum(second, ins_alt + ramps)) - dp_rows
        best[ins] = t_count
        bp[r0:r1] = best
    return _backtrack(lo, bp, dp, gap, types, n, m)


def _backtrack(
    lo: np.ndarray, bp: np.ndarray, dp: np.ndarray, gap: np.ndarray, types: Sequence[tuple[int, int]], n: int, m: int
) -> tuple[list[tuple[int, int, int, int]], list[float], list[float]]:
    i, j = n, m
    k = j - int(lo[i])
    if not (0 <= k < dp.shape[1]) or not np.isfinite(dp[i, k]):
        raise ValueError("band does not reach the end node")
    lo_list = lo.tolist()
    width = bp.shape[1]
    bp_flat = bp.ravel()
    shapes = [*types, (0, 1)]
    out: list[tuple[int, int, int, int]] = []
    ends: list[int] = []  # flat node index of each bead's end, then of its start
    starts: list[int] = []
    while i > 0 or j > 0:
        end = i * width + j - lo_list[i]
        a, b = shapes[bp_flat.item(end)]
        out.append((i - a, i, j - b, j))
        i -= a
        j -= b
        ends.append(end)
        starts.append(i * width + j - lo_list[i])
    out.reverse()
    e = np.array(ends[::-1], dtype=np.int64)
    b0 = np.array(starts[::-1], dtype=np.int64)
    # dp may be a strided view (padded rows): index it by (row, column), never copy it.
    cost = (dp[e // width, e % width] - dp[b0 // width, b0 % width]).tolist()
    margin = gap.ravel()[e].astype(np.float64).tolist()
    return out, cost, margin
