"""A phrase left in the source's language inside a translated sentence of the same script.

A helper of ``untranslated-span`` (not a check). An MT engine or a hurried editor sometimes
leaves the end of a quotation untranslated: “All available resources are on the ground and
niko neće biti ostavljen bez pomoći,” he said. The sentence as a whole reads as English, so
sentence-level language identification misses it, and the words are not copied from the
source when the source is written in another script (Serbian Cyrillic). Two signals together
find it: the phrase's words are spelt with letters the rest of the witness never uses in a
lower-case word (``ć`` in English), and a language identifier reads the phrase as the parent's
language (a close group counts as one language: Serbian, Croatian and Bosnian are identified
interchangeably from a few words).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from auditor.core.names import stopwords

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Languages a few words cannot tell apart: the identifier splits its belief between them.
_GROUPS = ({"sr", "hr", "bs", "sh"}, {"no", "nb", "nn"}, {"id", "ms"})


def language_group(lang: str) -> frozenset[str]:
    """The languages counted as one with ``lang`` when a short phrase is identified."""
    return next((frozenset(g) for g in _GROUPS if lang in g), frozenset({lang}))


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    """Offsets into the witness text."""
    probability: float
    """The identifier's belief that the phrase is in the parent's language (group)."""


class RareLetters:
    """Where the non-ASCII letters of one witness occur in its lower-case words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._where: dict[str, list[int]] = {}
        counts = Counter(text.lower())
        # Letters whose every use falls inside one stretch of a few sentences: only these can
        # mark a phrase (a letter used all over the witness is part of its spelling).
        folded = text.lower()
        self.local = frozenset(
            ch for ch, n in counts.items()
            if n <= 200 and ch.isalpha() and not ch.isascii() and folded.rfind(ch) - folded.find(ch) < 2000
        )

    def may_mark(self, text: str) -> bool:
        """Could ``text`` hold a phrase's rare letter at all? (A cheap test before the runs.)"""
        return any(ch in self.local for ch in set(text.lower()))

    def where(self, ch: str) -> list[int]:
        """Start offsets of the lower-case words that hold ``ch`` (in either case)."""
        if ch not in self._where:
            self._where[ch] = [m.start() for m in re.finditer(rf"[^\W\d_]*{re.escape(ch)}[^\W\d_]*", self.text, re.I)
                               if m.group()[:1].islower()]
        return self._where[ch]

    def only_within(self, ch: str, start: int, end: int) -> bool:
        """Does every lower-case word holding ``ch`` start inside ``[start, end)``?"""
        return ch in self.local and all(start <= p < end for p in self.where(ch))


def foreign_phrases(
    text: str, start: int, end: int, lang: str, parent_lang: str, rare: RareLetters,
    rank: Callable[[str], list[tuple[str, float]]], *, min_words: int, min_rare: int, min_confidence: float,
) -> Iterator[Phrase]:
    """Phrases of ``text[start:end]`` (one segment) in ``parent_lang``: runs of at least
    ``min_words`` lower-case words joined by spaces alone, none of them a function word of
    ``lang``, of which ``min_rare`` or more hold a letter no lower-case word outside the run
    uses, and which the identifier gives to ``parent_lang`` with ``min_confidence``."""
    group = language_group(parent_lang)
    own = language_group(lang)
    if own & group or not rare.may_mark(text[start:end]):
        return
    stops = stopwords(lang)
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for m in _WORD.finditer(text, start, end):
        w = m.group()
        keep = w[:1].islower() and w.lower() not in stops
        joined = bool(current) and text[current[-1].end() : m.start()].isspace()
        if keep and (joined or not current):
            current.append(m)
            continue
        if current:
            runs.append(current)
        current = [m] if keep else []
    if current:
        runs.append(current)
    for run in runs:
        if len(run) < min_words:
            continue
        s, e = run[0].start(), run[-1].end()
        holders = sum(1 for m in run if any(
            ch.isalpha() and not ch.isascii() and rare.only_within(ch, s, e) for ch in m.group().lower()))
        if holders < min_rare:
            continue
        belief = dict(rank(text[s:e]))
        p = sum(belief.get(x, 0.0) for x in group)
        if p >= min_confidence and sum(belief.get(x, 0.0) for x in own) < 1.0 - min_confidence:
            yield Phrase(s, e, p)
