"""The geometry of a block of band rows, shared by every bead shape and evidence channel.

Costing a block of rows needs, for every bead shape, the target position of each node, where
the bead may end, and the per-cell overlaps shifted by the bead's extent. Those depend only
on the rows and the band, so they are computed once per block here rather than once per
shape and channel. Every value is produced by the same elementwise operations as a direct
computation would use, so results are bit-for-bit the same.
"""

from __future__ import annotations

import numpy as np


def shift_index(lo: np.ndarray, width: int, rows: np.ndarray, da: int, db: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat index into a (rows, width) band array of node (i - da, j - db) for every node
    (i, j) of ``rows``, and whether that node is inside the band (index 0 where not)."""
    prev = rows - da
    ok_r = prev >= 0
    prev_c = np.where(ok_r, prev, 0)
    cols = np.arange(width)[None, :] + (lo[rows] - lo[prev_c] - db)[:, None]
    ok = ok_r[:, None] & (cols >= 0) & (cols < width)
    return np.where(ok, prev_c[:, None] * width + cols, 0), ok


def shifted(arr: np.ndarray, lo: np.ndarray, rows: np.ndarray, da: int, db: int) -> np.ndarray:
    """``arr`` (a (n + 1, width) band array) at node (i - da, j - db) for every node (i, j) of
    ``rows``; 0 off the band.

    When ``rows`` are consecutive and every row's band is offset alike from its
    predecessor's (always so on a full lattice), this is a plain shifted slice.
    """
    width = arr.shape[1]
    k = len(rows)
    if k and int(rows[-1]) - int(rows[0]) == k - 1:
        prev = rows - da
        first = int(np.searchsorted(prev, 0))  # rows before it have no predecessor
        if first == k:
            return np.zeros((k, width))
        delta = lo[rows[first:]] - lo[prev[first:]] - db
        s = int(delta[0])
        if (delta == s).all():
            out = np.zeros((k, width))
            c0, c1 = max(0, -s), min(width, width - s)
            if c1 > c0:
                p0 = int(prev[first])
                out[first:, c0:c1] = arr[p0 : p0 + k - first, c0 + s : c1 + s]
            return out
    src, ok = shift_index(lo, width, rows, da, db)
    return np.where(ok, arr.ravel()[src], 0.0)


class Block:
    """Rows ``rows`` of a band (``lo``, ``width``; ``m`` target sentences): node positions,
    bead end masks and shifted band arrays, each computed on first use."""

    def __init__(self, lo: np.ndarray, width: int, m: int, rows: np.ndarray) -> None:
        self.lo, self.width, self.m, self.rows = lo, width, m, rows
        lo_rows = lo[rows]
        # Target position of every node; a single broadcast row when all rows share one band.
        if len(rows) and (lo_rows == lo_rows[0]).all():
            self.j = int(lo_rows[0]) + np.arange(width)[None, :]
        else:
            self.j = lo_rows[:, None] + np.arange(width)[None, :]
        self.in_band = self.j <= np.minimum(lo_rows + width - 1, m)[:, None]
        self._valid: dict[tuple[int, int], np.ndarray] = {}
        self._tgt: dict[int, np.ndarray] = {}
        self._shifted: dict[tuple[int, int, int], np.ndarray] = {}
        self.keep_sims = False
        self.sims: dict[tuple[int, int, int], np.ndarray] = {}
        """Similarity arrays by (id of the channel, a, b), kept by the channels when
        ``keep_sims`` (a block whose rows will be costed again)."""

    def valid(self, a: int, b: int) -> np.ndarray:
        """Nodes where an (a, b) bead can end: a source and b target sentences behind them."""
        key = (a, b)
        if key not in self._valid:
            self._valid[key] = (self.rows[:, None] >= a) & (self.j >= b) & self.in_band
        return self._valid[key]

    def tgt_start(self, b: int) -> np.ndarray:
        """First target sentence of a b-sentence bead ending at each node, kept in [0, m - b]
        (only meaningful where the bead can end; needs ``b <= m``)."""
        if b not in self._tgt:
            self._tgt[b] = np.clip(self.j, b, self.m) - b
        return self._tgt[b]

    def shifted(self, arr: np.ndarray, da: int, db: int) -> np.ndarray:
        """``shifted(arr, ...)`` for these rows, kept for the other shapes that need it."""
        key = (id(arr), da, db)
        if key not in self._shifted:
            self._shifted[key] = shifted(arr, self.lo, self.rows, da, db)
        return self._shifted[key]


def window_sums(cum: np.ndarray, b: int) -> np.ndarray:
    """``cum[x + b] - cum[x]`` for every x: the total of b consecutive items from a cumulative
    array with a leading 0."""
    out: np.ndarray = cum[b:] - cum[: len(cum) - b]
    return out
