"""Bead costs inside a band: length ratio, anchor/dictionary overlap, provided translation.

Sentences are bags of weighted features (``Side``). The overlap of a source and a target
sentence is the weight of the features they share; a bead's similarity is a weighted Dice
coefficient of the concatenated sentences, computed from the per-pair overlaps by summing
them, so multi-sentence beads cost no extra feature work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import math

import numpy as np

from auditor.core.align.calibrate import LinearReward
from auditor.core.align.params import AlignParams


@dataclass
class Side:
    """One side of a bitext as feature triples plus per-sentence mass and length."""

    n: int
    sent: np.ndarray  # int64, sentence index of each (sentence, feature) pair, sorted
    fid: np.ndarray  # int64 feature id
    weight: np.ndarray  # float64 weight of the feature in that sentence
    length: np.ndarray  # float64 characters per sentence
    null: np.ndarray | None = None  # cost of leaving each sentence unaligned (None: the default)

    @property
    def mass(self) -> np.ndarray:
        return np.bincount(self.sent, weights=self.weight, minlength=self.n)

    def blocks(self, f: int) -> Side:
        """The side seen in blocks of ``f`` sentences (coarse level of the band search)."""
        nb = -(-self.n // f)
        bsent = self.sent // f
        key = np.unique(bsent * (int(self.fid.max(initial=0)) + 1) + self.fid, return_index=True)[1]
        length = np.add.reduceat(self.length, np.arange(0, self.n, f)) if self.n else self.length
        return Side(nb, bsent[key], self.fid[key], self.weight[key], length.astype(np.float64))

    def null_costs(self, default: float) -> np.ndarray:
        return self.null if self.null is not None else np.full(self.n, default)


def band_overlap(src: Side, tgt: Side, lo: np.ndarray, width: int) -> np.ndarray:
    """Shared feature weight of source ``i-1`` and target ``j-1`` at node ``(i, lo[i] + k)``."""
    n, m = src.n, tgt.n
    out = np.zeros((n + 1) * width, dtype=np.float64)
    if len(src.fid) == 0 or len(tgt.fid) == 0:
        return out.reshape(n + 1, width)
    stride = m + 2
    order = np.lexsort((tgt.sent, tgt.fid))
    tkey = tgt.fid[order] * stride + tgt.sent[order]
    tw = tgt.weight[order]
    # Source pairs in slices, so the expanded (source, target) matches stay small in memory.
    step = 250_000
    for s0 in range(0, len(src.fid), step):
        fid, sw = src.fid[s0 : s0 + step], src.weight[s0 : s0 + step]
        row = src.sent[s0 : s0 + step] + 1
        first = np.maximum(lo[row] - 1, 0)
        last = np.minimum(lo[row] + width - 2, m - 1)
        left = np.searchsorted(tkey, fid * stride + first, "left")
        right = np.searchsorted(tkey, fid * stride + last, "right")
        counts = np.maximum(right - left, 0)
        total = int(counts.sum())
        if total == 0:
            continue
        rep = np.repeat(np.arange(len(counts)), counts)
        pos = left[rep] + (np.arange(total) - (np.cumsum(counts) - counts)[rep])
        r = row[rep]
        flat = r * width + (tkey[pos] % stride + 1 - lo[r])
        out += np.bincount(flat, weights=sw[rep] + tw[pos], minlength=out.size)
    return out.reshape(n + 1, width)


class BeadCosts:
    """Cost of every bead shape ending at every band node, computed a block of rows at a time."""

    def __init__(
        self,
        src: Side,
        tgt: Side,
        lo: np.ndarray,
        width: int,
        types: Sequence[tuple[int, int]],
        params: AlignParams,
        ratio: float,
        sigma: float,
        sigma_random: float = 1.0,
        translation: tuple[Sequence[str], Sequence[str]] | None = None,
        priors: dict[tuple[int, int], float] | None = None,
    ) -> None:
        self.src, self.tgt, self.lo, self.width, self.types = src, tgt, lo, width, types
        self.p = params
        self.ratio, self.sigma, self.sigma_r = ratio, sigma, max(sigma_random, sigma * 1.5)
        self.hi = np.minimum(lo + width - 1, tgt.n)
        self.src_null = src.null_costs(params.null_cost)
        self.priors = priors
        self.overlap = band_overlap(src, tgt, lo, width)
        self.ms = np.concatenate(([0.0], np.cumsum(src.mass)))
        self.mt = np.concatenate(([0.0], np.cumsum(tgt.mass)))
        self.ls = np.concatenate(([0.0], np.cumsum(src.length)))
        self.lt = np.concatenate(([0.0], np.cumsum(tgt.length)))
        med = 0.5 * (median(tgt.length) + ratio * median(src.length)) + 1.0 if src.n and tgt.n else 1.0
        self.sigma_norm = 1.0 + params.length_scale / max(med, 1.0)
        self.smooth = 2.0
        # The reward scale comes from a sample of rows (all rows of short documents).
        sample = np.arange(1, self.src.n + 1, max(1, self.src.n // 4000))
        sim11 = self._sim(sample, 1, 1)
        self.sim_reward = LinearReward(*_background(sim11), params.sim_weight, params.reward_cap)
        self.tr: np.ndarray | None = None
        self.tr_reward: LinearReward | None = None
        if translation is not None:
            from auditor.core.align.mtsim import translation_similarity

            self.tr = translation_similarity(translation[0], translation[1], lo, width, types)
            tr11 = self.tr[types.index((1, 1))].astype(np.float64)
            bg, fg = _background(np.where(np.isnan(tr11), np.inf, tr11))
            self.tr_reward = LinearReward(bg, fg, params.translation_weight, params.reward_cap)

    def _gather(self, arr: np.ndarray, rows: np.ndarray, da: int, db: int) -> np.ndarray:
        """``arr`` at node (i - da, j - db) for every node (i, j) of ``rows``; 0 off-band."""
        prev = rows - da
        ok_r = prev >= 0
        prev_c = np.where(ok_r, prev, 0)
        cols = np.arange(self.width)[None, :] + (self.lo[rows] - self.lo[prev_c] - db)[:, None]
        ok = ok_r[:, None] & (cols >= 0) & (cols < self.width)
        return np.where(ok, arr[prev_c[:, None], np.clip(cols, 0, self.width - 1)], 0.0)

    def _sim(self, rows: np.ndarray, a: int, b: int) -> np.ndarray:
        j = self.lo[rows][:, None] + np.arange(self.width)[None, :]
        valid = (rows[:, None] >= a) & (j >= b) & (j <= self.hi[rows][:, None])
        ov = np.zeros((len(rows), self.width))
        for da in range(a):
            for db in range(b):
                ov += self._gather(self.overlap, rows, da, db)
        jc = np.clip(j, b, self.tgt.n)
        rc = np.minimum(np.maximum(rows, a), self.src.n)
        mass = (self.ms[rc] - self.ms[rc - a])[:, None] + (self.mt[jc] - self.mt[jc - b])
        sim = np.where(mass > 0, ov / np.maximum(mass, 1e-9), 0.0)
        return np.where(valid, sim, np.inf)

    def __call__(self, r0: int, r1: int) -> np.ndarray:
        rows = np.arange(r0, r1)
        out = np.empty((len(self.types), len(rows), self.width))
        j = self.lo[rows][:, None] + np.arange(self.width)[None, :]
        p = self.p
        for t, (a, b) in enumerate(self.types):
            if b == 0:
                valid = (rows[:, None] >= a) & (j <= self.hi[rows][:, None])
                out[t] = np.where(valid, self.src_null[np.maximum(rows - 1, 0)][:, None], np.inf)
                continue
            sim = self._sim(rows, a, b)
            valid = np.isfinite(sim)
            jc = np.clip(j, b, self.tgt.n)
            rc = np.minimum(np.maximum(rows, a), self.src.n)
            ls = (self.ls[rc] - self.ls[rc - a])[:, None]
            lt = self.lt[jc] - self.lt[jc - b]
            lr = np.log((lt + self.smooth) / (self.ratio * ls + self.smooth))
            reward = self.sim_reward(np.where(valid, sim, 0.0))
            # Length as a log-likelihood ratio: a matched pair (spread sigma) against a random
            # pair of this document (spread sigma_r), so a well-fitting length earns a bonus.
            # Short sentences vary more in length ratio than long ones (Gale-Church): the spread
            # grows as sqrt(1 + L0/L), normalised to the document's median sentence length.
            if p.length_scale > 0:
                size_chars = 0.5 * (lt + self.ratio * ls) + 1.0
                sigma = self.sigma * np.sqrt((1.0 + p.length_scale / size_chars) / self.sigma_norm)
            else:
                sigma = self.sigma
            sigma_r = np.maximum(self.sigma_r, 1.5 * sigma)
            len_llr = 0.5 * (lr / sigma) ** 2 - 0.5 * (lr / sigma_r) ** 2 + np.log(sigma / sigma_r)
            if self.priors is not None:
                prior = self.priors[(a, b)]
            else:
                prior = 0.0 if a + b == 2 else p.merge_cost + p.extra_cost * (a + b - 3)
            size = (0.5 * (a + b)) ** p.size_exponent
            cost = prior + p.length_weight * len_llr - size * reward
            if self.tr is not None and self.tr_reward is not None:
                cost = cost - size * self.tr_reward(np.nan_to_num(self.tr[t, r0:r1], nan=0.0))
            out[t] = np.where(valid, cost, np.inf)
        return out


def _background(sim: np.ndarray) -> tuple[float, float]:
    """(median of all pairs, mean of each row's best pair): the scale of "no match" → "match"."""
    finite = np.isfinite(sim)
    if sim.ndim != 2:
        return 0.0, 1.0
    if not finite.any():
        return 0.0, 1.0
    bg = median(sim[finite])
    best = np.max(np.where(finite, sim, -np.inf), axis=1)
    best = best[np.isfinite(best)]
    fg = float(best.mean()) if len(best) else bg + 1.0
    if fg - bg < 1e-6:
        fg = bg + 1.0
    return bg, fg


def median(values: np.ndarray) -> float:
    """Median via partition (``np.median`` imports numpy.ma, a noticeable start-up cost)."""
    v = np.asarray(values, dtype=np.float64).ravel()
    k = len(v)
    if k == 0:
        return float("nan")
    part = np.partition(v, [(k - 1) // 2, k // 2])
    return float(0.5 * (part[(k - 1) // 2] + part[k // 2]))
