"""The banded DP and the block geometry against straightforward reference computations.

The fast paths (block-wise winner/margin bookkeeping, padded rows, shifted slices) must give
bit-for-bit what the plain row-by-row formulation gives, on full lattices and narrow bands.
"""

from __future__ import annotations

import numpy as np
import pytest

from auditor.core.align.band import band_from_path, full_band
from auditor.core.align.dp import band_dp
from auditor.core.align.grid import Block, shift_index, shifted
from auditor.core.align.params import AlignParams

TYPES = [(1, 1), (1, 0), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)]


def reference_dp(
    lo: np.ndarray, width: int, types: list[tuple[int, int]], costs: np.ndarray, insert_cost: np.ndarray, m: int
) -> tuple[list[tuple[int, int, int, int]], list[float], list[float]]:
    """The DP cell by cell in plain Python: best value, winner and margin of every node."""
    n = len(lo) - 1
    inf = float("inf")
    ramp = np.zeros(m + 1 + width)
    ramp[1 : m + 1] = np.cumsum(insert_cost[:m])
    ramp[m + 1 :] = ramp[m]
    dp = np.full((n + 1, width), inf)
    bp = np.zeros((n + 1, width), dtype=np.int64)
    gap = np.zeros((n + 1, width))

    def at(i: int, j: int) -> float:
        k = j - int(lo[i])
        return float(dp[i, k]) if i >= 0 and 0 <= k < width else inf

    for k in range(width):
        j = int(lo[0]) + k
        dp[0, k] = ramp[j] - ramp[int(lo[0])] if j <= m else inf
        bp[0, k] = len(types)
    for i in range(1, n + 1):
        r = ramp[int(lo[i]) : int(lo[i]) + width]
        cand = [[at(i - a, int(lo[i]) + k - b) + costs[t, i - 1, k] for k in range(width)] for t, (a, b) in enumerate(types)]
        a_row = [min(c[k] for c in cand) for k in range(width)]
        best = [min(range(len(types)), key=lambda t: (cand[t][k], t)) for k in range(width)]
        shifted_row = [a_row[k] - r[k] for k in range(width)]
        acc = np.minimum.accumulate(np.array(shifted_row))
        for k in range(width):
            dp[i, k] = acc[k] + r[k]
            ins = acc[k] < shifted_row[k]
            bp[i, k] = len(types) if ins else best[k]
            second = min((cand[t][k] for t in range(len(types)) if t != best[k]), default=inf)
            alt = acc[k - 1] + r[k] if k > 0 else inf
            with np.errstate(invalid="ignore"):  # inf - inf at unreachable nodes
                gap[i, k] = np.float32((a_row[k] if ins else min(second, alt)) - dp[i, k])
    path, cost, margin = [], [], []
    i, j = n, m
    while i > 0 or j > 0:
        k = j - int(lo[i])
        a, b = (0, 1) if bp[i, k] == len(types) else types[bp[i, k]]
        path.append((i - a, i, j - b, j))
        cost.append(float(dp[i, k] - dp[i - a, j - b - int(lo[i - a])]))
        margin.append(float(gap[i, k]))
        i, j = i - a, j - b
    return path[::-1], cost[::-1], margin[::-1]


def _random_costs(rng: np.random.Generator, n: int, width: int, types: list[tuple[int, int]]) -> np.ndarray:
    costs = rng.normal(0.0, 2.0, (len(types), n, width))
    costs[rng.random(costs.shape) < 0.15] = np.inf  # cells where a shape cannot end
    costs[:, :, 0] = np.round(costs[:, :, 0])  # exact ties: the first shape must win them
    return costs


@pytest.mark.parametrize("seed", range(6))
def test_band_dp_matches_the_cell_by_cell_reference(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(3, 14)), int(rng.integers(3, 14))
    if seed % 2:
        lo, width = full_band(n, m)
    else:  # a narrow band around a staircase path
        path = [(i, i + 1, min(i * m // n, m), min((i + 1) * m // n, m)) for i in range(n)]
        path[-1] = (n - 1, n, path[-1][2], m)
        lo, width = band_from_path(path, 1, n, m, AlignParams(band_margin=1))
    types = TYPES[: 3 + seed % 5]
    costs = _random_costs(rng, n, width, types)
    ins = rng.uniform(0.5, 4.0, m)
    # Tiny chunks exercise the block boundaries.
    got = band_dp(lo, width, types, lambda r0, r1: costs[:, r0 - 1 : r1 - 1], ins, m, chunk=1 + seed % 3)
    want = reference_dp(lo, width, types, costs, ins, m)
    assert got[0] == want[0]
    assert got[1] == want[1]
    assert got[2] == want[2]


def test_band_dp_without_margins_finds_the_same_path() -> None:
    rng = np.random.default_rng(7)
    lo, width = full_band(9, 11)
    costs = _random_costs(rng, 9, width, TYPES)
    ins = np.full(11, 3.5)
    with_m = band_dp(lo, width, TYPES, lambda r0, r1: costs[:, r0 - 1 : r1 - 1].copy(), ins, 11)
    without = band_dp(lo, width, TYPES, lambda r0, r1: costs[:, r0 - 1 : r1 - 1].copy(), ins, 11, margins=False)
    assert with_m[0] == without[0] and with_m[1] == without[1]
    assert set(without[2]) == {0.0}
    assert any(x > 0 for x in with_m[2])


@pytest.mark.parametrize("band", ["full", "staircase", "jumpy"])
def test_shifted_slices_equal_the_indexed_gather(band: str) -> None:
    rng = np.random.default_rng(3)
    n, m = 12, 15
    if band == "full":
        lo, width = full_band(n, m)
    elif band == "staircase":
        lo, width = np.minimum(np.arange(n + 1), m - 4).astype(np.int64), 6
    else:
        lo = np.array([0, 0, 0, 3, 3, 4, 8, 8, 9, 9, 10, 10, 10], dtype=np.int64)
        width = 6
    arr = rng.random((n + 1, width))
    for rows in (np.arange(1, n + 1), np.arange(4, 9), np.arange(1, n + 1, 3)):
        for da in range(3):
            for db in range(3):
                src, ok = shift_index(lo, width, rows, da, db)
                want = np.where(ok, arr.ravel()[src], 0.0)
                assert np.array_equal(shifted(arr, lo, rows, da, db), want), (rows, da, db)


def test_block_masks_where_beads_can_end() -> None:
    lo = np.array([0, 0, 1, 2, 3], dtype=np.int64)
    block = Block(lo, 3, 4, np.arange(1, 5))
    valid = block.valid(2, 1)
    j = lo[1:, None] + np.arange(3)[None, :]
    assert np.array_equal(valid, (np.arange(1, 5)[:, None] >= 2) & (j >= 1) & (j <= 4))
    assert block.valid(2, 1) is valid  # computed once per block
