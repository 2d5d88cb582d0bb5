"""Turning a similarity into a reward (a log-likelihood ratio) learnt from the document itself.

Before anything is aligned, a similarity is scaled between the band's background (median of
all pairs) and its typical best match. Once a first pass has aligned the document, its 1-1
beads are examples of matches and the band cells beside them examples of non-matches; a
Gaussian fitted to each gives the log-likelihood ratio of a similarity value, so a channel
that separates matches well in this document (numbers in a table, a good MT) speaks loudly
and a weak one (names only, distant languages) quietly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np


class LinearReward:
    """(x - background) / (match - background), clipped: the first-pass reward."""

    def __init__(self, background: float, match: float, weight: float, cap: float = 1.5) -> None:
        self.bg = background
        self.scale = max(match - background, 1e-6)
        self.weight = weight
        self.cap = cap

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return self.weight * np.clip((x - self.bg) / self.scale, -0.5, self.cap)


class GaussianLlr:
    """log N(x; match) - log N(x; non-match), non-decreasing in x and clipped to ±cap."""

    def __init__(self, match: np.ndarray, other: np.ndarray, weight: float, cap: float) -> None:
        spread = float(np.std(np.concatenate((match, other)))) if len(match) + len(other) else 1.0
        floor = max(0.05 * spread, 1e-3)
        self.mu1, self.s1 = float(np.mean(match)), max(float(np.std(match)), floor)
        self.mu0, self.s0 = float(np.mean(other)), max(float(np.std(other)), floor)
        self.weight, self.cap = weight, cap

    def llr(self, x: np.ndarray) -> np.ndarray:
        # Below the non-match mean the Gaussian ratio can bend back up; hold it flat there.
        x = np.maximum(x, min(self.mu0, self.mu1))
        z1 = (x - self.mu1) / self.s1
        z0 = (x - self.mu0) / self.s0
        out = -0.5 * z1 * z1 + 0.5 * z0 * z0 + math.log(self.s0 / self.s1)
        return np.clip(out, -self.cap, self.cap)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return self.weight * self.llr(x)


def split_examples(
    sim11: np.ndarray, lo: np.ndarray, pairs: Sequence[tuple[int, int]], gap: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """Similarities of path 1-1 cells (matches) and of cells ≥ ``gap`` columns away (others).

    ``sim11`` is node-indexed (row i = source i-1), band layout, non-finite where invalid;
    ``pairs`` are (source, target) sentence indices of the 1-1 beads.
    """
    if not pairs:
        return np.zeros(0), np.zeros(0)
    p = np.asarray(pairs, dtype=np.int64)
    rows = p[:, 0] + 1
    cols = p[:, 1] + 1 - lo[rows]
    width = sim11.shape[1]
    ok = (cols >= 0) & (cols < width)
    rows, cols = rows[ok], cols[ok]
    block = sim11[rows]
    match = block[np.arange(len(rows)), cols]
    far = np.abs(np.arange(width)[None, :] - cols[:, None]) >= gap
    other = block[far & np.isfinite(block)]
    return match[np.isfinite(match)], other
