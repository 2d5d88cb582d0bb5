"""Quantities the aligner estimates from the document itself between passes: the length
ratio when sentence counts differ (from the first pass's 1-1 beads, or from sentence pairs
that anchors pair), and null-bead priors when the lengths say text is missing."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np

from auditor.core.align.costs import Side, median
from auditor.core.align.params import AlignParams

log = logging.getLogger(__name__)

Bead4 = tuple[int, int, int, int]


def anchored_ratio(src: Side, tgt: Side, ls: np.ndarray, lt: np.ndarray, ratio: float, p: AlignParams) -> float:
    """The length ratio for the first pass when the sentence counts differ by more than
    ``ratio_refit`` (log): taken from sentence pairs that anchors pair unambiguously (each
    target sentence's best source sentence shares at least two anchor features, or one worth
    twice the runner-up), not from the totals, which count what one side dropped. A retelling
    that keeps half of its source would otherwise look, to the first pass, like a translation
    that merges every other sentence. Needs four such pairs, and returns ``ratio`` unchanged
    unless their median is more than two standard errors off it; the caller then solves the
    first pass under both and keeps the cheaper path (a translation that merges sentences
    gives such pairs too, each a unit twice as long as its best source sentence)."""
    n, m = len(ls), len(lt)
    if p.ratio_refit <= 0 or not n or not m or abs(math.log(n / m)) <= p.ratio_refit:
        return ratio
    if not len(src.fid) or not len(tgt.fid):
        return ratio
    # Join on feature id: (source sentence, target sentence, weight) for every shared feature.
    order = np.argsort(src.fid, kind="stable")
    s_fid, s_sent, s_w = src.fid[order], src.sent[order], src.weight[order]
    lo = np.searchsorted(s_fid, tgt.fid, "left")
    hi = np.searchsorted(s_fid, tgt.fid, "right")
    counts = hi - lo
    if counts.sum() == 0 or counts.sum() > 5_000_000:
        return ratio
    rep = np.repeat(np.arange(len(tgt.fid)), counts)
    pos = lo[rep] + (np.arange(int(counts.sum())) - (np.cumsum(counts) - counts)[rep])
    key = tgt.sent[rep] * n + s_sent[pos]
    uniq, inv = np.unique(key, return_inverse=True)
    weight = np.bincount(inv, weights=s_w[pos] + tgt.weight[rep])
    shared = np.bincount(inv)
    j, i = uniq // n, uniq % n
    # Best and runner-up source sentence of every target sentence.
    by = np.lexsort((-weight, j))
    j, i, weight, shared = j[by], i[by], weight[by], shared[by]
    first = np.r_[True, j[1:] != j[:-1]]
    idx = np.flatnonzero(first)
    nxt = idx + 1
    runner = np.where((nxt < len(j)) & (nxt < np.r_[idx[1:], len(j)]), weight[np.minimum(nxt, len(j) - 1)], 0.0)
    ok = (shared[idx] >= 2) | (weight[idx] >= 2.0 * runner)
    ok &= runner < weight[idx]
    pairs_i, pairs_j = i[idx][ok], j[idx][ok]
    if len(pairs_i) < 4:
        return ratio
    logs = np.log((lt[pairs_j] + 2.0) / (ls[pairs_i] + 2.0))
    centre = median(logs)
    # Only when the pairs clearly disagree with the totals: a translation that merges
    # sentences has other counts but the same ratio, and a few chance pairs are noise.
    se = 1.25 * max(float(median(np.abs(logs - centre))) * 1.4826, 0.05) / math.sqrt(len(logs))
    if abs(centre - math.log(ratio)) <= 2.0 * se:
        return ratio
    return float(np.exp(centre))


def missing_text_priors(
    beads: Sequence[Bead4], ls: np.ndarray, lt: np.ndarray, priors: dict[tuple[int, int], float], p: AlignParams
) -> dict[tuple[int, int], float]:
    """Null-bead priors raised where the document's lengths say text is missing on one side.

    The first pass's 1-1 beads say how long a translation of this document runs (median log
    length ratio); the totals say how long it is. When the target as a whole is shorter than
    that by more than ``missing_evidence`` standard errors of the median, a share
    ``1 - exp(-deficit)`` of the source has no translation, and about that share of its
    sentences should be null beads: a translation that dropped a fifth of its sentences must
    not be aligned as if omissions were as rare as in a careful one, or the dropped sentences
    hide in merged beads. The same holds the other way for added text. The null cost only
    ever goes down, to no less than ``min_null_cost``.
    """
    if p.missing_evidence <= 0:
        return priors
    one = np.array([(b[0], b[2]) for b in beads if b[1] - b[0] == 1 and b[3] - b[2] == 1], dtype=np.int64)
    k = len(one)
    if k < 4 or not len(beads):
        return priors
    logs = np.log((lt[one[:, 1]] + 2.0) / (ls[one[:, 0]] + 2.0))
    centre = median(logs)
    spread = max(float(median(np.abs(logs - centre))) * 1.4826, 0.05)
    # The median's standard error (≈ 1.25 σ/√k), and the totals carry their own noise.
    se = 1.25 * spread / math.sqrt(k)
    deficit = centre - math.log((float(lt.sum()) + 1.0) / (float(ls.sum()) + 1.0))
    if abs(deficit) <= p.missing_evidence * se:
        return priors
    share = 1.0 - math.exp(-abs(deficit))  # of the longer side's text, untranslated
    n_side = len(ls) if deficit > 0 else len(lt)
    p_null = share * n_side / len(beads)
    p_one = k / len(beads)
    cost = max(p.min_null_cost, -math.log(max(p_null, 1e-9) / p_one))
    key = (1, 0) if deficit > 0 else (0, 1)
    out = dict(priors)
    out[key] = min(out[key], cost)
    log.debug("missing text %.3f (se %.3f): %s null cost %.2f", deficit, se, key, out[key])
    return out


def refit_ratio(
    beads: Sequence[Bead4], ls: np.ndarray, lt: np.ndarray, ratio: float, p: AlignParams
) -> float:
    """The document's length ratio, re-estimated from a first pass when the two sides' sentence
    counts differ by more than ``ratio_refit`` (log): then text was probably dropped or added,
    and the ratio of the totals, which counts it, would make the translation of what remains
    look too short or too long. The median over the first pass's 1-1 beads does not."""
    n, m = len(ls), len(lt)
    if p.ratio_refit <= 0 or not n or not m or abs(math.log(n / m)) <= p.ratio_refit:
        return ratio
    one = np.array([(b[0], b[2]) for b in beads if b[1] - b[0] == 1 and b[3] - b[2] == 1], dtype=np.int64)
    if len(one) < 4:
        return ratio
    return float(np.exp(median(np.log((lt[one[:, 1]] + 2.0) / (ls[one[:, 0]] + 2.0)))))
