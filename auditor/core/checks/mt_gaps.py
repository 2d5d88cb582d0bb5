"""A sentence of a merged bead that machine translation shows to be missing (or added).

A helper of ``omission`` and ``addition`` (not a check), used when the audit has machine
(or provided) translations of the source segments into the target's language, and on hops
within one language (an edit, a retelling), where the source is compared as it is. Then the two
sides of a bead can be compared in one language: each source segment of a merged bead (2-1,
3-1 …) is machine-translated, and the share of that translation's words that the bead's
target contains is its coverage. A segment is reported when its coverage is at most
``low`` while another segment of the bead reaches ``high``: the translator rendered its
neighbour and dropped it ('No one was hurt.' merged into the sentence before, whose length
fits either way). For additions the roles swap: a target segment of a bead with two or more
target segments whose words the machine translation of the bead's source lacks.

Words are compared case-folded, on their first five letters (inflection), ignoring the
language's function words and words under four letters; numbers compare as digits. A segment
needs ``min_words`` such words to be judged at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from auditor.core.checks.base import CheckContext
from auditor.core.models import Alignment, Bead
from auditor.core.names import stopwords, word_tokens
from auditor.core.normalize import digits_to_ascii, fold, primary_language


@dataclass(frozen=True)
class MtGap:
    bead: Bead
    segment: str
    coverage: float
    """Share of the segment's words found on the other side, through machine translation."""
    best_other: float
    """The best coverage of another segment of the same side of the bead."""
    direct: bool = False
    """The two witnesses share a language (an edit, a retelling): compared without MT."""


def _words(text: str, lang: str) -> set[str]:
    stop = stopwords(lang)
    out = set()
    for t in word_tokens(digits_to_ascii(text)):
        w = fold(t.text)
        if w.isdigit() or (len(w) >= 4 and w not in stop):
            out.add(w[:5])
    return out


def _coverage(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def mt_gaps(
    ctx: CheckContext, a: Alignment, *, side: str, low: float, high: float, min_words: int
) -> Iterator[MtGap]:
    """Segments of merged beads missing (``side`` = ``source``) or added (``target``)."""
    lang = ctx.chain.witness(a.target).lang
    # A hop within one language (an edit, a retelling) needs no MT: the source is its own.
    direct = primary_language(ctx.chain.witness(a.source).lang) == primary_language(lang)
    if not (ctx.translations or direct):
        return
    for b in a.beads:
        many = b.source if side == "source" else b.target
        if len(many) < 2 or not b.source or not b.target:
            continue
        if direct:
            mts: list[str | None] = [ctx.segment(s).text for s in b.source]
        else:
            mts = [ctx.translations.get((s, lang)) for s in b.source]
        if any(t is None for t in mts):
            continue
        if side == "source":
            other = _words(" ".join(ctx.segment(t).text for t in b.target), lang)
            mine = {s: _words(mt or "", lang) for s, mt in zip(b.source, mts)}
        else:
            other = _words(" ".join(mt or "" for mt in mts), lang)
            mine = {t: _words(ctx.segment(t).text, lang) for t in b.target}
        cover = {s: _coverage(w, other) for s, w in mine.items() if len(w) >= min_words}
        # Within one language words match exactly, so only chance words are shared by a
        # sentence that was left out: up to a third of them.
        floor = max(low, 1 / 3) if direct else low
        for sid, c in cover.items():
            rest = [v for k, v in cover.items() if k != sid]
            if c <= floor and rest and max(rest) >= high:
                yield MtGap(b, sid, c, max(rest), direct)
