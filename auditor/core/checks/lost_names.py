"""A sentence of a merged bead whose names the translation never writes.

A helper of ``omission`` (not a check). Between two languages of one script, names are copied
as they are (Pronojiwo, Candipuro). A source sentence merged with a neighbour whose names
appear nowhere in the whole translation, while the neighbour's names and numbers do appear in
the bead, was left out, even when the bead's length does not say so: a clause added elsewhere
in the bead (``…, unlike in December 2021, when …``) can make up for the sentence dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.core.align.anchors import analyse_word, tokens
from auditor.core.checks.base import CheckContext
from auditor.core.models import Alignment, Bead
from auditor.core.names import stopwords, word_tokens
from auditor.core.normalize import expected_scripts, fold, primary_language
from auditor.core.number_words import month_of
from auditor.core.weekdays import weekdays_in

_NOUNS_CAPITALISED = frozenset({"de", "lb"})


@dataclass(frozen=True)
class LostNames:
    bead: Bead
    segment: str
    names: tuple[str, ...]


def _names(text: str, lang: str, common: frozenset[str]) -> list[str]:
    """Capitalised words of four letters or more, not the sentence's first, not function words,
    and never written in lower case in the witness (``Project Scientist`` is a title, not a name,
    where ``project`` occurs too)."""
    stops = stopwords(lang)
    toks = word_tokens(text)
    return [t.text for t in toks[1:] if t.text[:1].isupper() and len(t.text) >= 4 and not t.text.isupper()
            and fold(t.text) not in stops and fold(t.text) not in common]


def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(fold(t.text) for t in word_tokens(text) if t.text[:1].islower())


def _marks(text: str) -> set[str]:
    """Numbers and days of the week of a text, as the aligner reads them (``#5``, ``#d4``)."""
    return {f for tok in tokens(text) for f in analyse_word(tok)[0] if f.startswith("#")}


def lost_names(ctx: CheckContext, a: Alignment, *, min_names: int) -> Iterator[LostNames]:
    """Source segments of merged beads with ``min_names`` names the target witness never writes."""
    src_w, tgt_w = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
    if expected_scripts(src_w.lang) != expected_scripts(tgt_w.lang):
        return  # across scripts names are transliterated: other detectors' business
    if primary_language(src_w.lang) in _NOUNS_CAPITALISED:
        return  # every German noun is capitalised: capitals say nothing about names
    target_text, source_folded = fold(tgt_w.text), fold(src_w.text)
    common = _lower_case_words(src_w.text)
    for b in a.beads:
        if len(b.source) < 2 or not b.target:
            continue
        bead_text = " ".join(ctx.segment(t).text for t in b.target)
        bead_folded, bead_marks = fold(bead_text), _marks(bead_text)
        lost: list[tuple[str, tuple[str, ...]]] = []
        kept = False
        for sid in b.source:
            text = ctx.segment(sid).text
            names = _names(text, src_w.lang, common)
            found = [n for n in names if re.search(rf"\b{re.escape(fold(n))}", target_text)]
            acronyms = [t.text for t in word_tokens(text) if len(t.text) >= 2 and t.text.isupper()]
            if (any(re.search(rf"\b{re.escape(fold(n))}", bead_folded) for n in found + acronyms)
                    or _marks(text) & bead_marks):
                kept = True  # in the translation: a name, an acronym (KIK), a number or a weekday says so
            elif names and not found and len(set(names)) >= min_names:
                lost.append((sid, tuple(dict.fromkeys(names))))
        # Capitalised words of the bead that the source never writes may be the lost names
        # translated (Awtorità tad-Djar as the Housing Authority): then nothing is lost for sure.
        renamed = [n for n in _names(bead_text, tgt_w.lang, frozenset())
                   if fold(n) not in source_folded and not month_of(n, tgt_w.lang, whole=True)
                   and not weekdays_in(n, tgt_w.lang)]
        if kept and len(lost) == 1 and not renamed:
            yield LostNames(b, lost[0][0], lost[0][1])
