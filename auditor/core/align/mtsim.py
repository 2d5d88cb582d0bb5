"""String similarity between a provided translation of the source and the target, per bead.

For every bead shape (a, b) and band node (i, j), rapidfuzz's normalised Indel similarity
(``fuzz.ratio``) compares the translation of source sentences ``i-a..i-1`` joined by spaces
with target sentences ``j-b..j-1`` joined the same way, in one vectorised ``cpdist`` call per
shape. Multi-sentence beads are compared as wholes, which is what makes 1-2 and 2-1 beads
visible to this term.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist


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
