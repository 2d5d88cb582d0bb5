"""Sentences as arrays of (sentence, feature id) pairs, built once per document.

Feature strings come from ``anchors``; here they are interned into ids for one document and
kept as numpy arrays, so weighting, dictionary expansion and overlap counting never loop in
Python over features again. Word analysis is cached per distinct token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from auditor.core.align.anchors import analyse_words, punctuation_features, roman_features, tokens
from auditor.core.align.costs import Side
from auditor.core.align.params import AlignParams
from auditor.core.normalize import primary_language
from auditor.core.number_words import month_of


@dataclass
class Bag:
    """Distinct (sentence, id) pairs of one side, sorted by sentence then id."""

    n: int
    sent: np.ndarray
    ids: np.ndarray

    @classmethod
    def of(cls, n: int, sent: Sequence[int] | np.ndarray, ids: Sequence[int] | np.ndarray) -> Bag:
        s = np.asarray(sent, dtype=np.int64)
        f = np.asarray(ids, dtype=np.int64)
        if len(f):
            stride = int(f.max()) + 1
            key = np.sort(s * stride + f)
            if len(key) > 1:
                key = key[np.concatenate(([True], key[1:] != key[:-1]))]
            s, f = key // stride, key % stride
        return cls(n, s, f)

    def concat(self, other: Bag) -> Bag:
        return Bag.of(self.n, np.concatenate((self.sent, other.sent)), np.concatenate((self.ids, other.ids)))


class Interner:
    """Per-document ids for feature strings and dictionary stems."""

    def __init__(self) -> None:
        self.features: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        self._tok: dict[str, tuple[tuple[int, ...], int]] = {}

    def _months(self, words: Sequence[str], lang: str) -> list[tuple[int, ...]]:
        """``m:`` features of month names (ноября, listopada, November): a date written without
        a day has no number to anchor it. Language-aware, as month words are not: Croatian
        listopad is October, Polish November. English may and march are words too: there only
        a capital counts."""
        code = primary_language(lang)
        if code in ("und", ""):
            return [() for _ in words]
        feats = self.features
        out: list[tuple[int, ...]] = []
        for w in words:
            mo = month_of(w, lang, whole=True) if w[:1].isalpha() and (code != "en" or w[0].isupper()) else 0
            out.append((feats.setdefault(f"m:{mo}", len(feats)),) if mo else ())
        return out

    def analyse(self, texts: Sequence[str], lang: str = "und") -> tuple[Bag, Bag]:
        """Anchor features and dictionary stems of every text (month names need ``lang``)."""
        n = len(texts)
        per_text = [tokens(t) for t in texts]
        flat = [tok for toks in per_text for tok in toks]
        sent_of_tok = np.repeat(np.arange(n, dtype=np.int64), [len(toks) for toks in per_text])
        # Analyse each distinct token once, then expand with numpy.
        # Ids by first occurrence, in one pass (no intermediate list: long documents).
        index: dict[str, int] = {}
        tok_idx = np.fromiter((index.setdefault(tok, len(index)) for tok in flat), dtype=np.int64, count=len(flat))
        cache = self._tok
        new = [tok for tok in index if tok not in cache]
        if new:
            feats, stems = self.features, self.stems
            for tok, (names, st) in zip(new, analyse_words(new), strict=True):
                cache[tok] = (tuple(feats.setdefault(f, len(feats)) for f in names),
                              stems.setdefault(st, len(stems)) if st else -1)
        infos = [cache[tok] for tok in index]
        months = self._months(list(index), lang)
        if any(months):
            infos = [(ids + mo, st) if mo else (ids, st) for (ids, st), mo in zip(infos, months)]
        n_feat = np.fromiter((len(ids) for ids, _ in infos), dtype=np.int64, count=len(infos))
        feat_flat = np.fromiter((f for ids, _ in infos for f in ids), dtype=np.int64, count=int(n_feat.sum()))
        feat_start = np.cumsum(n_feat) - n_feat
        stem_of = np.fromiter((st for _, st in infos), dtype=np.int64, count=len(infos))
        counts = n_feat[tok_idx]
        rep = np.repeat(np.arange(len(flat)), counts)
        pos = feat_start[tok_idx][rep] + (np.arange(int(counts.sum())) - (np.cumsum(counts) - counts)[rep])
        f_sent = [sent_of_tok[rep]]
        f_ids = [feat_flat[pos]]
        feats = self.features
        extra_sent: list[int] = []
        extra_ids: list[int] = []
        for i, text in enumerate(texts):
            extra = punctuation_features(text)
            if len(per_text[i]) <= 3:
                extra += roman_features(per_text[i])
            for f in extra:
                extra_ids.append(feats.setdefault(f, len(feats)))
                extra_sent.append(i)
        f_sent.append(np.asarray(extra_sent, dtype=np.int64))
        f_ids.append(np.asarray(extra_ids, dtype=np.int64))
        stems_tok = stem_of[tok_idx]
        has = stems_tok >= 0
        return (
            Bag.of(n, np.concatenate(f_sent), np.concatenate(f_ids)),
            Bag.of(n, sent_of_tok[has], stems_tok[has]),
        )


def weighted_sides(
    src: Bag, tgt: Bag, src_len: np.ndarray, tgt_len: np.ndarray, params: AlignParams
) -> tuple[Side, Side]:
    """IDF-weighted feature triples; features absent from one side, or too common, are dropped."""
    n, m = src.n, tgt.n
    size = int(max(src.ids.max(initial=-1), tgt.ids.max(initial=-1))) + 1
    df_s = np.bincount(src.ids, minlength=size)
    df_t = np.bincount(tgt.ids, minlength=size)
    keep = (df_s > 0) & (df_t > 0)
    keep &= (df_s <= max(2.0, params.max_feature_share * n)) & (df_t <= max(2.0, params.max_feature_share * m))
    weight = np.log1p((n + m) / np.maximum(df_s + df_t, 1))

    def side(bag: Bag, length: np.ndarray) -> Side:
        sel = keep[bag.ids]
        fid = bag.ids[sel]
        return Side(bag.n, bag.sent[sel], fid, weight[fid], length)

    return side(src, src_len), side(tgt, tgt_len)


def learn_dictionary(
    src: Bag, tgt: Bag, pairs: np.ndarray, n_stems: int, params: AlignParams
) -> tuple[np.ndarray, np.ndarray]:
    """Source stem → target stem links from co-occurrence in aligned sentence pairs.

    ``pairs`` is an (k, 2) array of (source, target) sentence indices of confident 1-1 beads.
    Association is the Dice coefficient of co-occurrence counts; links seen fewer than
    ``dict_min_count`` times, or with Dice below ``dict_min_dice``, and stems too common to
    be informative are dropped, and each source stem keeps its best three. Returns parallel
    arrays (source stem ids, target stem ids).
    """
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64))
    if len(pairs) == 0 or n_stems == 0:
        return empty
    cap = max(params.dict_min_count, params.max_feature_share * len(pairs))

    def per_pair(bag: Bag, which: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Stem ids of the listed sentences, as CSR (start, count) per pair plus values."""
        starts = np.searchsorted(bag.sent, which, "left")
        ends = np.searchsorted(bag.sent, which, "right")
        counts = ends - starts
        rep = np.repeat(np.arange(len(which)), counts)
        pos = starts[rep] + (np.arange(counts.sum()) - (np.cumsum(counts) - counts)[rep])
        return rep, bag.ids[pos], counts

    s_pair, s_stem, _ = per_pair(src, pairs[:, 0])
    t_pair, t_stem, _ = per_pair(tgt, pairs[:, 1])
    c_s = np.bincount(s_stem, minlength=n_stems)
    c_t = np.bincount(t_stem, minlength=n_stems)
    ks = (c_s[s_stem] >= params.dict_min_count) & (c_s[s_stem] <= cap)
    kt = (c_t[t_stem] >= params.dict_min_count) & (c_t[t_stem] <= cap)
    s_pair, s_stem, t_pair, t_stem = s_pair[ks], s_stem[ks], t_pair[kt], t_stem[kt]
    ns = np.bincount(s_pair, minlength=len(pairs))
    nt = np.bincount(t_pair, minlength=len(pairs))
    s_start = np.cumsum(ns) - ns
    t_start = np.cumsum(nt) - nt
    sizes = ns * nt
    if int(sizes.sum()) == 0:
        return empty
    # Cross products pair by pair, in slices of about two million links to bound memory.
    bounds = np.searchsorted(np.cumsum(sizes), np.arange(2_000_000, int(sizes.sum()), 2_000_000))
    part_keys, part_counts = [], []
    for p0, p1 in zip(np.concatenate(([0], bounds)), np.concatenate((bounds, [len(pairs)]))):
        sz = sizes[p0:p1]
        total = int(sz.sum())
        if total == 0:
            continue
        p = p0 + np.repeat(np.arange(p1 - p0), sz)
        q = np.arange(total) - (np.cumsum(sz) - sz)[p - p0]
        a = s_stem[s_start[p] + q // nt[p]]
        b = t_stem[t_start[p] + q % nt[p]]
        k, c = np.unique(a * n_stems + b, return_counts=True)
        part_keys.append(k)
        part_counts.append(c)
    keys, inverse = np.unique(np.concatenate(part_keys), return_inverse=True)
    c_st = np.bincount(inverse, weights=np.concatenate(part_counts)).astype(np.int64)
    a, b = keys // n_stems, keys % n_stems
    dice = 2.0 * c_st / (c_s[a] + c_t[b])
    good = (c_st >= params.dict_min_count) & (dice >= params.dict_min_dice) & (a != b)
    a, b, dice = a[good], b[good], dice[good]
    # Best three targets per source stem: sort by (source, -dice) and keep the first three.
    order = np.lexsort((-dice, a))
    a, b = a[order], b[order]
    first = np.searchsorted(a, a, "left")
    rank = np.arange(len(a)) - first
    top = rank < 3
    return a[top], b[top]


def dictionary_features(
    src: Bag, tgt: Bag, links: tuple[np.ndarray, np.ndarray], offset: int, n_stems: int
) -> tuple[Bag, Bag]:
    """Feature bags that meet when a source stem's learnt translation occurs in the target."""
    a, b = links
    order = np.argsort(a, kind="stable")
    a, b = a[order], b[order]
    lo = np.searchsorted(a, src.ids, "left")
    hi = np.searchsorted(a, src.ids, "right")
    counts = hi - lo
    rep = np.repeat(np.arange(len(src.ids)), counts)
    pos = lo[rep] + (np.arange(counts.sum()) - (np.cumsum(counts) - counts)[rep])
    s_bag = Bag.of(src.n, src.sent[rep], offset + b[pos])
    useful = np.zeros(n_stems, dtype=bool)
    useful[b] = True
    sel = useful[tgt.ids]
    t_bag = Bag.of(tgt.n, tgt.sent[sel], offset + tgt.ids[sel])
    return s_bag, t_bag
