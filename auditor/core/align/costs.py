"""Bead costs inside a band: length ratio, anchor/dictionary overlap, provided translation
(character n-gram overlap and rapidfuzz ratio).

Sentences are bags of weighted features (``Side``). The overlap of a source and a target
sentence is the weight of the features they share; a bead's similarity is a weighted Dice
coefficient of the concatenated sentences, computed from the per-pair overlaps by summing
them, so multi-sentence beads cost no extra feature work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from auditor.core.align.calibrate import LinearReward
from auditor.core.align.grid import Block, shifted, window_sums
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
    breaks: np.ndarray | None = None  # bool per node 0..n: a paragraph ends there (None: unknown)

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


class Channel:
    """One kind of evidence (a pair of feature sides) inside a band: per-cell overlaps and
    cumulative masses, from which any bead's weighted Dice similarity is a few sums."""

    def __init__(self, src: Side, tgt: Side, lo: np.ndarray, width: int) -> None:
        self.n, self.m, self.lo, self.width = src.n, tgt.n, lo, width
        self.hi = np.minimum(lo + width - 1, tgt.n)
        self.overlap = band_overlap(src, tgt, lo, width)
        self.ms = np.concatenate(([0.0], np.cumsum(src.mass)))
        self.mt = np.concatenate(([0.0], np.cumsum(tgt.mass)))
        self._mt_sums: dict[int, np.ndarray] = {}

    def gather(self, arr: np.ndarray, rows: np.ndarray, da: int, db: int) -> np.ndarray:
        """``arr`` at node (i - da, j - db) for every node (i, j) of ``rows``; 0 off-band."""
        return shifted(arr, self.lo, rows, da, db)

    def sim(self, rows: np.ndarray, a: int, b: int, block: Block | None = None) -> np.ndarray:
        """Weighted Dice of source ``i-a..i-1`` and target ``j-b..j-1`` at every node of
        ``rows``; inf where the bead cannot end.

        ``block`` (the geometry of ``rows``) shares work between shapes and channels.
        """
        block = block or Block(self.lo, self.width, self.m, rows)
        valid = block.valid(a, b)
        return np.where(valid, self.sim_parts(block, a, b), np.inf)

    def sim_parts(self, block: Block, a: int, b: int) -> np.ndarray:
        """The similarity at every node of ``block``; only meaningful where the bead can end."""
        rows = block.rows
        if b > self.m or a > self.n:  # no node can end such a bead
            return np.zeros((len(rows), self.width))
        key = (id(self), a, b)
        if key in block.sims:
            return block.sims[key]
        ov = np.zeros((len(rows), self.width))
        for da in range(a):
            for db in range(b):
                ov += block.shifted(self.overlap, da, db)
        rc = np.minimum(np.maximum(rows, a), self.n)
        mt = self._mt_sums.get(b)
        if mt is None:
            mt = self._mt_sums[b] = window_sums(self.mt, b)
        mass = (self.ms[rc] - self.ms[rc - a])[:, None] + mt[block.tgt_start(b)]
        sim = np.where(mass > 0, ov / np.maximum(mass, 1e-9), 0.0)
        if block.keep_sims:
            block.sims[key] = sim
        return sim

    def unshared(self, block: Block, a: int, b: int) -> np.ndarray:
        """Bool per node of ``block``: the bead has features on either side but shares none."""
        if b > self.m or a > self.n:
            return np.zeros((len(block.rows), self.width), dtype=bool)
        rc = np.minimum(np.maximum(block.rows, a), self.n)
        mt = self._mt_sums.get(b)
        if mt is None:
            mt = self._mt_sums[b] = window_sums(self.mt, b)
        mass = (self.ms[rc] - self.ms[rc - a])[:, None] + mt[block.tgt_start(b)]
        out: np.ndarray = (mass > 0) & (self.sim_parts(block, a, b) <= 0)
        return out

    def rect_unshared(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """``unshared`` for one bead."""
        mass = self.ms[i1] - self.ms[i0] + self.mt[j1] - self.mt[j0]
        return bool(mass > 0 and self.rect_sim(i0, i1, j0, j1) <= 0)

    def rect_sim(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Weighted Dice of source ``i0..i1-1`` and target ``j0..j1-1`` (pairs off the band
        count as sharing nothing)."""
        ov = 0.0
        for i in range(i0 + 1, i1 + 1):
            k0 = max(j0 + 1 - int(self.lo[i]), 0)
            k1 = min(j1 + 1 - int(self.lo[i]), self.width)
            if k1 > k0:
                ov += float(self.overlap[i, k0:k1].sum())
        mass = self.ms[i1] - self.ms[i0] + self.mt[j1] - self.mt[j0]
        return ov / mass if mass > 0 else 0.0


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
        mt_sides: tuple[Side, Side] | None = None,
        outlier: float | None = None,
        numbers: tuple[Side, Side, float] | None = None,
    ) -> None:
        self.src, self.tgt, self.lo, self.width, self.types = src, tgt, lo, width, types
        self.p = params
        self.ratio, self.sigma, self.sigma_r = ratio, sigma, max(sigma_random, sigma * 1.5)
        self.hi = np.minimum(lo + width - 1, tgt.n)
        self.src_null = src.null_costs(params.null_cost)
        self.tgt_null = tgt.null_costs(params.null_cost)
        self.bonus = params.paragraph_bonus if src.breaks is not None and tgt.breaks is not None else 0.0
        self.translation = translation
        self.priors = priors
        self.anchor = Channel(src, tgt, lo, width)
        self.ls = np.concatenate(([0.0], np.cumsum(src.length)))
        self.lt = np.concatenate(([0.0], np.cumsum(tgt.length)))
        self._lt_sums: dict[int, np.ndarray] = {}
        med = 0.5 * (median(tgt.length) + ratio * median(src.length)) + 1.0 if src.n and tgt.n else 1.0
        self.sigma_norm = 1.0 + params.length_scale / max(med, 1.0)
        self.smooth = 2.0
        self.outlier = params.length_outlier if outlier is None else outlier
        # The reward scale comes from a sample of rows (all rows of short documents).
        sample = np.arange(1, self.src.n + 1, max(1, self.src.n // 4000))
        sample_block = Block(lo, width, tgt.n, sample)
        # When the sample is every row, the DP's first block of rows may be the same rows:
        # keep their geometry and similarities for that one call.
        self._first_block: Block | None = None
        if len(sample) == src.n:
            self._first_block = sample_block
            sample_block.keep_sims = True
        sim11 = self.anchor.sim(sample, 1, 1, sample_block)
        self.sim_reward = LinearReward(*_background(sim11), params.sim_weight, params.reward_cap)
        # Numbers (digits, weekdays) on either side of a bead with none in common: a
        # likelihood-ratio penalty estimated from the document (see ``number_penalty``).
        self.numbers: Channel | None = None
        self.number_penalty = 0.0
        if numbers is not None and numbers[2] > 0:
            self.numbers = Channel(numbers[0], numbers[1], lo, width)
            self.number_penalty = numbers[2]
        self.tr: np.ndarray | None = None
        self.tr_reward: LinearReward | None = None
        self.grams: Channel | None = None
        self.gram_reward: LinearReward | None = None
        if mt_sides is not None:
            self.grams = Channel(mt_sides[0], mt_sides[1], lo, width)
            g11 = self.grams.sim(sample, 1, 1, sample_block)
            self.gram_reward = LinearReward(*_background(g11), params.gram_weight, params.reward_cap)
        if translation is not None and params.translation_weight > 0:
            from auditor.core.align.mtsim import translation_similarity

            self.tr = translation_similarity(translation[0], translation[1], lo, width, types)
            tr11 = self.tr[types.index((1, 1))].astype(np.float64)
            bg, fg = _background(np.where(np.isnan(tr11), np.inf, tr11))
            self.tr_reward = LinearReward(bg, fg, params.translation_weight, params.reward_cap)

    def __call__(self, r0: int, r1: int) -> np.ndarray:
        rows = np.arange(r0, r1)
        # Filled shape by shape but laid out (row, shape, column), the order the DP reads, so
        # the transposed view it asks for needs no copy.
        out = np.empty((len(rows), len(self.types), self.width))
        geo = self._first_block
        self._first_block = None
        if geo is None or not np.array_equal(geo.rows, rows):
            geo = Block(self.lo, self.width, self.tgt.n, rows)
        p = self.p
        for t, (a, b) in enumerate(self.types):
            if b == 0:
                valid = (rows[:, None] >= a) & geo.in_band
                out[:, t] = np.where(valid, self.src_null[np.maximum(rows - 1, 0)][:, None], np.inf)
                continue
            valid = geo.valid(a, b)
            if b > self.tgt.n or a > self.src.n:  # no node can end such a bead
                out[:, t] = np.inf
                continue
            sim = self.anchor.sim_parts(geo, a, b)
            rc = np.minimum(np.maximum(rows, a), self.src.n)
            ls = (self.ls[rc] - self.ls[rc - a])[:, None]
            lt_sums = self._lt_sums.get(b)
            if lt_sums is None:
                lt_sums = self._lt_sums[b] = window_sums(self.lt, b)
            lt = lt_sums[geo.tgt_start(b)]
            cost = self.prior(a, b) + self.length_cost(ls, lt)
            size = (0.5 * (a + b)) ** p.size_exponent
            cost = cost - _scaled(size, self.sim_reward(np.where(valid, sim, 0.0)))
            if self.grams is not None and self.gram_reward is not None:
                g = self.grams.sim_parts(geo, a, b)
                cost = cost - _scaled(size, self.gram_reward(np.where(valid, g, 0.0)))
            if self.tr is not None and self.tr_reward is not None:
                cost = cost - _scaled(size, self.tr_reward(np.nan_to_num(self.tr[t, r0:r1], nan=0.0)))
            if self.numbers is not None:
                cost = cost + self.number_penalty * self.numbers.unshared(geo, a, b)
            out[:, t] = np.where(valid, cost, np.inf)
        bonus = self.node_bonus(r0, r1)
        if bonus is not None:
            out -= bonus[:, None, :]
        return out.transpose(1, 0, 2)

    def node_bonus(self, r0: int, r1: int) -> np.ndarray | None:
        """Reward (rows r0..r1-1, width) for a path through a node where a paragraph ends on
        both sides; None when no row of the block ends a source paragraph.

        A translation keeps its source's paragraphs far more often than it moves a sentence
        across one, so a path that passes where both sides' paragraphs end is likelier.
        """
        if self.bonus <= 0:
            return None
        sb, tb = self.src.breaks, self.tgt.breaks
        assert sb is not None and tb is not None
        rows = np.flatnonzero(sb[r0:r1])
        if len(rows) == 0:
            return None
        out = np.zeros((r1 - r0, self.width))
        cols = self.lo[r0 + rows][:, None] + np.arange(self.width)[None, :]
        ok = cols <= self.tgt.n
        out[rows] = np.where(ok, tb[np.minimum(cols, self.tgt.n)], False) * self.bonus
        return out

    def node_bonus_at(self, i: int, j: int) -> float:
        """The reward of ``node_bonus`` at one node."""
        if self.bonus <= 0:
            return 0.0
        sb, tb = self.src.breaks, self.tgt.breaks
        assert sb is not None and tb is not None
        return self.bonus if sb[i] and tb[j] else 0.0

    def prior(self, a: int, b: int) -> float:
        """Negative log prior odds of an (a, b) bead against a 1-1 bead; shapes beyond the
        DP's add ``extra_cost`` per further sentence to the largest known shape on that side."""
        p = self.p
        priors = self.priors
        if priors is not None:
            if (a, b) in priors:
                return priors[(a, b)]
            known = [(x, y) for x, y in priors if x >= 1 and y >= 1 and x <= a and y <= b]
            if known:
                x, y = max(known, key=lambda t: (t[0] + t[1], -priors[t]))
                return priors[(x, y)] + p.extra_cost * (a + b - x - y)
        return 0.0 if a + b == 2 else p.merge_cost + p.extra_cost * (a + b - 3)

    def length_cost(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        """Weighted length log-likelihood ratio of beads with ``ls`` and ``lt`` characters.

        A matched pair (spread sigma) against a random pair of this document (spread
        sigma_r), so a well-fitting length earns a bonus. Short sentences vary more in length
        ratio than long ones (Gale-Church): the spread grows as sqrt(1 + L0/L), normalised to
        the document's median sentence length.
        """
        # Evaluated in place (one fresh array per term) on the same operations in the same
        # order as the formulas in the comments, so results are bit-for-bit those.
        p = self.p
        scaled_ls = self.ratio * ls
        # lr = log((lt + smooth) / (ratio * ls + smooth))
        lr = np.divide(lt + self.smooth, scaled_ls + self.smooth)
        np.log(lr, out=lr)
        if p.length_scale > 0:
            # sigma = self.sigma * sqrt((1 + length_scale / (0.5 * (lt + ratio * ls) + 1)) / sigma_norm)
            sigma = np.add(lt, scaled_ls)
            sigma *= 0.5
            sigma += 1.0
            np.divide(p.length_scale, sigma, out=sigma)
            sigma += 1.0
            sigma /= self.sigma_norm
            np.sqrt(sigma, out=sigma)
            sigma *= self.sigma
            # sigma_r = maximum(self.sigma_r, 1.5 * sigma)
            sigma_r = np.multiply(sigma, 1.5)
            np.maximum(sigma_r, self.sigma_r, out=sigma_r)
            # len_llr = 0.5 * (lr / sigma) ** 2 - 0.5 * (lr / sigma_r) ** 2 + log(sigma / sigma_r)
            len_llr = np.divide(lr, sigma)
            np.square(len_llr, out=len_llr)
            len_llr *= 0.5
            np.divide(lr, sigma_r, out=lr)
            np.square(lr, out=lr)
            lr *= 0.5
            len_llr -= lr
            np.divide(sigma, sigma_r, out=sigma)
            np.log(sigma, out=sigma)
            len_llr += sigma
        else:
            sig = self.sigma
            sig_r = np.maximum(self.sigma_r, 1.5 * sig)
            len_llr = 0.5 * (lr / sig) ** 2 - 0.5 * (lr / sig_r) ** 2 + np.log(sig / sig_r)
        if self.outlier > 0:
            # A matched pair's length ratio can be spoilt (OCR debris glued to a sentence, a
            # caption): a mixture with the random-pair spread caps the penalty.
            len_llr = -np.log((1.0 - self.outlier) * np.exp(-np.minimum(len_llr, 50.0)) + self.outlier)
        out: np.ndarray = p.length_weight * len_llr
        return out

    def bead_cost(self, i0: int, i1: int, j0: int, j1: int, part: tuple[int, int, int, int] | None = None) -> float:
        """Cost of one bead of any shape, consistent with the DP's (used to merge beads).

        ``part`` (a sub-bead): the bead's length term is at most that part's, so a fragment
        glued to it is judged by priors and similarity, not by how it spoils the length ratio.
        """
        a, b = i1 - i0, j1 - j0
        if b == 0:
            return float(self.src_null[i0:i1].sum())
        if a == 0:
            return float(self.tgt_null[j0:j1].sum())
        ls = np.array([self.ls[i1] - self.ls[i0]])
        lt = np.array([self.lt[j1] - self.lt[j0]])
        size = (0.5 * (a + b)) ** self.p.size_exponent
        length = float(self.length_cost(ls, lt)[0])
        if part is not None:
            p_ls = np.array([self.ls[part[1]] - self.ls[part[0]]])
            p_lt = np.array([self.lt[part[3]] - self.lt[part[2]]])
            length = min(length, float(self.length_cost(p_ls, p_lt)[0]))
        cost = self.prior(a, b) + length
        cost -= size * float(self.sim_reward(np.array([self.anchor.rect_sim(i0, i1, j0, j1)]))[0])
        if self.grams is not None and self.gram_reward is not None:
            cost -= size * float(self.gram_reward(np.array([self.grams.rect_sim(i0, i1, j0, j1)]))[0])
        if self.tr_reward is not None and self.translation is not None:
            from auditor.core.align.mtsim import pair_similarity

            sim = pair_similarity(self.translation[0][i0:i1], self.translation[1][j0:j1])
            cost -= size * float(self.tr_reward(np.array([sim]))[0])
        if self.numbers is not None and self.numbers.rect_unshared(i0, i1, j0, j1):
            cost += self.number_penalty
        return float(cost)


def _scaled(size: float, x: np.ndarray) -> np.ndarray:
    # x * 1.0 is x exactly: skip the product in the common case.
    return x if size == 1.0 else size * x


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
