"""String similarity between a provided translation of the source and the target, per bead.

For every bead shape (a, b) and band node (i, j), rapidfuzz's normalised Indel similarity
(``fuzz.ratio``) compares the translation of source sentences ``i-a..i-1`` joined by spaces
with target sentences ``j-b..j-1`` joined the same way, in one vectorised ``cpdist`` call per
shape. Multi-sentence beads are compared as wholes, which is what makes 1-2 and 2-1 beads
visible to this term.

``ngram_bags`` gives the second, sharper term: the translation and the target as bags of
character n-grams of their lower-cased word tokens, so that the cost model's weighted Dice
compares whole beads (concatenations) robustly to OCR noise, tokenisation and inflection.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from auditor.core.align.anchors import WORD
from auditor.core.align.features import Bag


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _joined(texts: Sequence[str], k: int) -> list[str]:
    """Node-indexed joins: entry i is texts[i-k:i] joined (empty when i < k)."""
    return ["" if i < k else " ".join(texts[i - k : i]) for i in range(len(texts) + 1)]


def translation_similarity(
    translation: Sequence[str],
    target: Sequence[str],
    lo: np.ndarray,
    width: int,
    types: Sequence[tuple[int, int]],
) -> np.ndarray:
    """Array (len(types), n+1, width) of similarities in [0, 1]; NaN where the bead cannot end."""
    n, m = len(translation), len(target)
    mt = [_norm(t) for t in translation]
    tg = [_norm(t) for t in target]
    out = np.full((len(types), n + 1, width), np.nan, dtype=np.float32)
    rows = np.arange(n + 1)[:, None]
    cols = lo[:, None] + np.arange(width)[None, :]
    joins_s: dict[int, list[str]] = {}
    joins_t: dict[int, list[str]] = {}
    for t, (a, b) in enumerate(types):
        if a == 0 or b == 0:
            continue
        ok = (rows >= a) & (cols >= b) & (cols <= m)
        ii, kk = np.nonzero(ok)
        if len(ii) == 0:
            continue
        js = cols[ii, kk]
        s_join = joins_s.setdefault(a, _joined(mt, a))
        t_join = joins_t.setdefault(b, _joined(tg, b))
        queries = [s_join[i] for i in ii.tolist()]
        choices = [t_join[j] for j in js.tolist()]
        sim = cpdist(queries, choices, scorer=fuzz.ratio, dtype=np.float32, workers=1)
        out[t, ii, kk] = sim / 100.0
    return out


def _normalised(texts: Sequence[str]) -> list[str]:
    # Word tokens only, lower-cased: OCR'd, tokenised targets ("l' aube") and untokenised MT
    # ("l'aube") then share their character n-grams.
    return [" " + " ".join(WORD.findall(t.lower())) + " " for t in texts]


def char_ngram_ids(texts: Sequence[str], sizes: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """(sentence index, 64-bit n-gram hash) of every character n-gram of every text.

    Vectorised over the whole document: the texts are joined into one code-point array, the
    n-gram hashes are polynomial sums of shifted copies, and n-grams that would cross from one
    text into the next are dropped.
    """
    norm = _normalised(texts)
    lens = np.fromiter((len(t) for t in norm), dtype=np.int64, count=len(norm))
    if len(norm) == 0 or lens.sum() == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    codes = np.frombuffer("".join(norm).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    sent = np.repeat(np.arange(len(norm), dtype=np.int64), lens)
    out_s, out_h = [], []
    mult = np.int64(0x9E3779B97F4A7C15 - (1 << 64))  # odd 64-bit multiplier; overflow wraps
    with np.errstate(over="ignore"):
        for k in sizes:
            if len(codes) < k:
                continue
            h = np.zeros(len(codes) - k + 1, dtype=np.int64)
            for d in range(k):
                h = h * mult + codes[d : len(codes) - k + 1 + d]
            h = h * np.int64(31) + np.int64(k)
            ok = sent[: len(h)] == sent[k - 1 :]
            out_s.append(sent[: len(h)][ok])
            out_h.append(h[ok])
    if not out_s:  # every text shorter than the smallest n-gram
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(out_s), np.concatenate(out_h)


def ngram_bags(translation: Sequence[str], target: Sequence[str], sizes: Sequence[int]) -> tuple[Bag, Bag]:
    """Character n-gram bags of a translation and of the target, in one id space."""
    s_sent, s_hash = char_ngram_ids(translation, sizes)
    t_sent, t_hash = char_ngram_ids(target, sizes)
    ids = np.unique(np.concatenate((s_hash, t_hash)), return_inverse=True)[1].astype(np.int64)
    return Bag.of(len(translation), s_sent, ids[: len(s_hash)]), Bag.of(len(target), t_sent, ids[len(s_hash) :])


def pair_similarity(translation: Sequence[str], target: Sequence[str]) -> float:
    """The similarity of ``translation_similarity`` for one bead given by its sentences."""
    return fuzz.ratio(_norm(" ".join(translation)), _norm(" ".join(target))) / 100.0
