"""Whole paragraphs as beads, where one side's sentences are its paragraphs.

Thai and Lao mark no sentence end: their segmenter can only cut at paragraphs, and a paragraph
of one sentence faces five of the translation. Sentence beads of at most four sentences a side
cannot pair them, and the aligner leaves most of the translation unaligned (every sentence of
it then reads as added). When both sides have the same number of paragraphs, one side has
about one sentence per paragraph (at most ``COARSE``) and the other at least ``FINER`` times
as many, and the paragraphs' lengths keep one proportion (their ratios within ``SPREAD`` of
each other), each paragraph is paired with its counterpart whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

COARSE = 1.3
"""Sentences per paragraph, at most, on the side whose sentences are its paragraphs."""
FINER = 2.0
"""How many times as many sentences per paragraph the other side has, at least."""
SPREAD = 3.0
"""How far apart (as a factor) the paragraphs' length ratios may lie: paragraphs that do not
keep one proportion do not correspond one to one (a paragraph split, merged or moved)."""
MIN_PARAGRAPHS = 3

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def paragraph_beads(
    src_len: np.ndarray, tgt_len: np.ndarray, paragraphs: tuple[Sequence[int], Sequence[int]]
) -> list[Bead] | None:
    """Paragraph-to-paragraph beads (module docstring), or None when the case does not hold."""
    runs_s, runs_t = _runs(paragraphs[0]), _runs(paragraphs[1])
    k = len(runs_s)
    if k < MIN_PARAGRAPHS or k != len(runs_t):
        return None
    per_s, per_t = len(src_len) / k, len(tgt_len) / k
    coarse, fine = min(per_s, per_t), max(per_s, per_t)
    if coarse > COARSE or fine < FINER * coarse:
        return None
    logs = []
    for a, b in zip(runs_s, runs_t, strict=True):
        ls, lt = float(src_len[list(a)].sum()), float(tgt_len[list(b)].sum())
        if ls <= 0 or lt <= 0:
            return None
        logs.append(math.log(lt / ls))
    if max(logs) - min(logs) > math.log(SPREAD):
        return None
    return list(zip(runs_s, runs_t, strict=True))


def _runs(numbers: Sequence[int]) -> list[tuple[int, ...]]:
    """Indices grouped into runs of one paragraph number, in order."""
    out: list[list[int]] = []
    for i, p in enumerate(numbers):
        if not out or numbers[i - 1] != p:
            out.append([])
        out[-1].append(i)
    return [tuple(r) for r in out]
