"""Does one text tell another's paragraphs in another order? Read off the numbers they share.

Thai and Lao write no full stop, so their witnesses are segmented by paragraph unless the
sentences are known to move (``segment.spaced_sentences``): a retelling, or what a retelling
is made from. A retelling filed as a translation moves them too, and then the paragraph is too
coarse a unit to follow. Its numbers give it away: taken in the other text's sentence order,
the paragraphs that hold them go back more than once. A translation keeps them in order (on the
corpus every Thai and Lao translation goes back zero times; every retelling at least once,
most two to four times).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from auditor.core.models import Segment
from auditor.core.normalize import digits_to_ascii

MIN_OUT_OF_ORDER = 2
"""Numbers out of paragraph order that show a reordered text (one may be a number repeated)."""

MIN_SHARED_PER_SENTENCE = 0.05
"""Numbers shared once each, per sentence, below which their order says nothing: in a long text
that repeats its figures, the few numbers that stand once on each side mostly meet by chance
(news gives one every sentence or two)."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def out_of_order(coarse: Sequence[Segment], other: Sequence[Segment]) -> int:
    """How many of the numbers the two texts share once each stand out of ``coarse``'s
    paragraph order when read in ``other``'s order (the shortfall of the longest run in
    order)."""
    return _order_counts(coarse, other)[0]


def _order_counts(coarse: Sequence[Segment], other: Sequence[Segment]) -> tuple[int, int]:
    """(numbers out of order, numbers shared once each)."""
    paragraphs_of: dict[str, set[int]] = {}
    for seg in coarse:
        for n in _numbers(seg.text):
            paragraphs_of.setdefault(n, set()).add(seg.paragraph)
    seen: dict[str, int] = {}
    for seg in other:
        for n in _numbers(seg.text):
            seen[n] = seen.get(n, 0) + 1
    order: list[int] = []
    for seg in other:
        for n in _numbers(seg.text):
            held = paragraphs_of.get(n, ())
            if len(held) == 1 and seen[n] == 1:
                order.append(next(iter(held)))
    return len(order) - _longest_in_order(order), len(order)


def reordered(coarse: Sequence[Segment], other: Sequence[Segment]) -> bool:
    """Does ``other`` tell ``coarse``'s paragraphs out of order: ``MIN_OUT_OF_ORDER`` numbers
    or more, of at least ``MIN_SHARED_PER_SENTENCE`` shared numbers per sentence of ``other``?"""
    out, shared = _order_counts(coarse, other)
    return out >= MIN_OUT_OF_ORDER and shared >= MIN_SHARED_PER_SENTENCE * len(other)


@lru_cache(maxsize=65536)  # each witness is read for both its hops, both ways
def _numbers(text: str) -> tuple[str, ...]:
    """Numbers of two digits or more, in text order, each once (digits of any script)."""
    out: list[str] = []
    for m in _NUMBER.finditer(digits_to_ascii(text)):
        n = m.group()
        if sum(ch.isdigit() for ch in n) >= 2 and n not in out:
            out.append(n)
    return tuple(out)


def _longest_in_order(xs: Sequence[int]) -> int:
    """Length of the longest non-decreasing subsequence (patience sorting)."""
    tails: list[int] = []
    for x in xs:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
