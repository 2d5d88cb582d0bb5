"""Attributions a translation dropped: a claim the source credits to someone, stated as fact.

A helper of ``omission`` (not a check). A bead whose source has an attribution cue
(``auditor.core.attribution``: ``according to the ministry``, ``по словам врача``, ``said``)
while its translation has none, not even a loose one (German ``so``, Turkish ``göre``), lost
whose claim it is. The length of the bead need not show it: an attribution is a few words.

Cues inside a quotation are what was said, not who said it: they do not count. Excused: a
translation that quotes and has words outside its quotations (the speaker is there, however
the verb of saying is put); a bead up to ``_REACH`` away whose translation has a firm cue where
its source has none (the attribution moved across the sentence boundary: "X said. The
toll…" for "The toll…, X said"), or an unaligned translated sentence there with a cue; a
translation that names whom the clause credits (a name copied or transliterated); and, for a
clause of ``_MIN_WEIGHED`` letters or more, a bead that fits the hop's length ratio clearly better
(by more than ``_FIT_SLACK`` MADs) with the clause than without it. Both languages must have cue
lists; a language without one is not read (nothing is reported rather than a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.core.attribution import find_cues, knows
from auditor.core.checks.base import CheckContext
from auditor.core.models import Alignment, Bead
from auditor.core.normalize import fold

_CLAUSE_MARK = re.compile(r"[,;:—–()\[\]«»“”„\"،؛、，；：]")
_WHOLE = 0.7
"""A clause longer than this share of its sentence is the sentence: the span is then the cue."""


@dataclass(frozen=True)
class DroppedAttribution:
    """A source cue with no counterpart in the bead's translation."""

    bead: Bead
    segment: str
    start: int  # code points into the source witness: the attribution clause (or cue)
    end: int
    cue: str


def dropped_attributions(ctx: CheckContext, a: Alignment) -> Iterator[DroppedAttribution]:
    """The hop's beads whose source credits a claim that the translation states as fact."""
    src_lang, tgt_lang = ctx.chain.witness(a.source).lang, ctx.chain.witness(a.target).lang
    if not (knows(src_lang) and knows(tgt_lang)) or a.target in ctx.retold:
        return  # (a retelling drops attributions with the details it leaves out, by design)
    beads = a.beads
    for n, b in enumerate(beads):
        if not b.source or not b.target:
            continue
        found = [(sid, c) for sid in b.source for c in _outside_quotes(ctx.segment(sid).text, src_lang)]
        if not found or _cued(ctx, b.target, tgt_lang) or _cued(ctx, b.target, src_lang):
            continue  # (the second: the translation kept the source's words, untranslated)
        if _speaker_kept(" ".join(ctx.segment(t).text for t in b.target)) or _said_at_other_end(ctx, a.target, b, tgt_lang):
            continue
        if any(_moved_here(ctx, beads[j], src_lang, tgt_lang) for j in range(n - _REACH, n + _REACH + 1)
               if j != n and 0 <= j < len(beads)):
            continue
        sid, (cs, ce) = found[0]
        seg = ctx.segment(sid)
        start, end = _clause(seg.text, cs, ce)
        if _source_kept(seg.text, start, end, cs, ce, [ctx.segment(t).text for t in b.target]):
            continue
        if not _short_by_it(ctx, a, b, _weighed(seg.text, start, end, cs, ce)):
            continue
        yield DroppedAttribution(b, sid, seg.start + start, seg.start + end, seg.text[cs:ce])


_REACH = 2
"""Beads either side that may hold a moved attribution (a quotation of three sentences,
attributed after its last in the source and before its first in the translation)."""
_CLOSERS = {"“": "”\"", "„": "“”\"", "«": "»", "「": "」", "『": "』", '"': '"”', "‹": "›", "»": "«"}
"""Each opening mark and the marks that close it (a typed ``"`` often closes a typeset ``“``)."""


def _quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations in ``text``: a quotation left open runs to the end, one
    closed without an opening starts at the start (a quotation of several sentences).
    German ``»…«`` is told from French ``«…»`` by which comes first."""
    out: list[tuple[int, int]] = []
    opener: str | None = None
    at = 0
    for i, ch in enumerate(text):
        if opener is not None:
            if ch in _CLOSERS[opener]:
                out.append((at, i + 1))
                opener = None
        elif ch in "”」』›" or (ch == "»" and "«" not in text[i:]) or (ch == "«" and "»" not in text[i:]):
            if not out:
                out.append((0, i + 1))  # the close of a quotation opened in an earlier sentence
        elif ch in _CLOSERS:
            opener, at = ch, i
    if opener is not None:
        out.append((at, len(text)))
    return out


_AFTER_QUOTE = re.compile(r"[”»“」』\"]\s*[,，、]?\s*[—–-]?\s*$")


def _outside_quotes(text: str, lang: str) -> list[tuple[int, int]]:
    """The source cues not inside a quotation (one inside is what was said, not who said it);
    and any verb right after a quotation closes (``,” explained Ms Mwangi``), which can be
    nothing but the attribution."""
    cues = list(find_cues(text, lang))
    if "”" in text or "»" in text or "」" in text or '"' in text or "“" in text:
        cues += [c for c in find_cues(text, lang, loose=True)
                 if c not in cues and _AFTER_QUOTE.search(text, 0, c[0])]
    if not cues:
        return []
    return sorted(_outside(cues, text))


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _speaker_kept(text: str) -> bool:
    """Does a translation that quotes have words outside its quotations (``— сказал он``,
    however the verb is put)? A dropped attribution leaves the bare quotation."""
    spans = _quoted(text)
    if not spans:
        return False
    rest, last = [], 0
    for s0, e0 in spans:
        rest.append(text[last:s0])
        last = e0
    rest.append(text[last:])
    return bool(_LETTERS.search(" ".join(rest)))


_QUOTE_SPAN = 6
"""Sentences a quotation may run over."""


def _said_at_other_end(ctx: CheckContext, wid: str, b: Bead, lang: str) -> bool:
    """Is the translation here inside a quotation of several sentences whose first or last
    sentence has the cue (``قال X: «…`` … ``…».`` for ``“…`` … ``…,” X said.``, or the other way
    round)?"""
    segs = ctx.segments[wid]
    k = next((i for i, seg in enumerate(segs) if seg.id == b.target[0]), None)
    if k is None:
        return False
    first, last = ctx.segment(b.target[0]).text, ctx.segment(b.target[-1]).text
    closes = _quoted(last)
    if closes and closes[0][0] == 0 and not any(ch in last[:closes[0][1] - 1] for ch in _OPENERS):
        for seg in reversed(segs[max(0, k - _QUOTE_SPAN):k]):  # back to where it opened
            if any(ch in seg.text for ch in _OPENERS):
                return bool(find_cues(seg.text, lang, loose=True))
    opens = _quoted(first)
    if opens and opens[-1][1] == len(first) and first[opens[-1][0]] in _OPENERS:
        end = k + len(b.target)
        for seg in segs[end:end + _QUOTE_SPAN]:  # on to where it closes
            if any(ch in seg.text for ch in _CLOSING):
                return bool(find_cues(seg.text, lang, loose=True))
    return False


_OPENERS = "“«„「『\""
_CLOSING = "”»」』\""


def _cued(ctx: CheckContext, segments: tuple[str, ...], lang: str, loose: bool = True) -> bool:
    """Has any of the segments a cue outside its quotations?"""
    for t in segments:
        text = ctx.segment(t).text
        cues = find_cues(text, lang, loose=loose)
        if cues and (not _quoted(text) or _outside(cues, text)):
            return True
    return False


def _outside(cues: tuple[tuple[int, int], ...] | list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    inside = _quoted(text)
    return [c for c in cues if not any(s <= c[0] < e for s, e in inside)]


def _moved_here(ctx: CheckContext, b: Bead, src_lang: str, tgt_lang: str) -> bool:
    """Has this neighbour's translation a firm cue where its source has none, not even a loose one
    (or is it an unaligned translated sentence with one)? Counting cues would not do: one
    attribution can take two cues on one side (``a-t-il averti``) and one on the other."""
    return bool(b.target) and _cued(ctx, b.target, tgt_lang, loose=False) and not _cued(ctx, b.source, src_lang)


def _source_kept(text: str, start: int, end: int, cs: int, ce: int, targets: list[str]) -> bool:
    """Does the translation name whom the clause credits (a word of the clause, not the cue,
    copied or transliterated: ``Hurynovich told our correspondent``)? Then the attribution
    is there, in words the cue lists do not know."""
    from auditor.core.checks.repeated_terms import letters, name_like
    from auditor.core.names import word_tokens

    theirs = [t.text for tt in targets for t in word_tokens(tt)]
    span_start, span_end = (start, end) if (start, end) != (cs, ce) else (0, len(text))
    # a name the rest of the sentence also has (the place the claim is about) says nothing
    rest = {fold(t.text) for t in word_tokens(text[:span_start] + " " + text[span_end:])}
    cased = any(ch.isupper() for ch in text)
    for t in word_tokens(text[span_start:span_end]):
        at = span_start + t.start
        if cs <= at < ce or letters(t.text) < (4 if cased else 5):
            continue
        if cased and (t.text[:1] == t.text[:1].lower() or not text[:at].strip()):
            continue  # a lower-case word, or the sentence's first: no name to go by
        if fold(t.text) not in rest and name_like(t.text, theirs):
            return True
    return False


_FIT_SLACK = 0.5
"""MADs by which the bead may fit better with the clause and still count as short by it: a
short clause moves the ratio less than its noise."""
_MIN_WEIGHED = 12
"""Letters from which a clause is long enough for the bead's length to say if it was kept."""


_PHRASE_WORDS = 5
"""Words after a cue that an attribution without a comma is taken to run to, for its length."""


def _weighed(text: str, start: int, end: int, cs: int, ce: int) -> str:
    """The part of the clause the attribution takes, for its length: the clause when the cue
    closes it (``the ministry said``); else from the cue to the ``_PHRASE_WORDS``-th word after
    it, since with no comma to close it an attribution runs on into the claim (``Според
    обвинителния акт бившият кмет …``, ``krijgen volgens Postma een vergoeding …``)."""
    from auditor.core.names import word_tokens

    after = word_tokens(text[ce:end])
    if len(after) < 2:
        return text[start:end]  # the cue closes the clause: "the ministry said"
    # the cue opens it ("volgens Postma"): what stands before it in the clause is the claim
    return text[cs:ce + after[min(_PHRASE_WORDS, len(after)) - 1].end]


def _short_by_it(ctx: CheckContext, a: Alignment, b: Bead, clause: str) -> bool:
    """Does the bead fit the hop's length ratio about as well without the clause as with it
    (within ``_FIT_SLACK``; true for a clause too short to weigh)? A long attribution the translation kept under
    words the lists do not know (``Según el acuerdo``: ``Under the agreement``) leaves the
    translation as long as the source says."""
    from auditor.core.checks.clause_gaps import bead_lengths
    from auditor.core.checks.merged_beads import _model
    from auditor.core.checks.omission import letters

    n = letters(clause)
    if n < _MIN_WEIGHED:
        return True
    med, mad, count = _model(ctx, a)
    bl = bead_lengths(ctx, b, "source", med, mad) if count else None
    if bl is None or bl.l_many <= n:
        return True
    return abs(bl.dev(bl.l_many - n)) <= abs(bl.dev(bl.l_many)) + _FIT_SLACK


def _clause(text: str, cs: int, ce: int) -> tuple[int, int]:
    """The clause of ``text`` around the cue at ``cs``-``ce``, or the cue when the clause is
    most of the sentence."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, cs)), default=0)
    m = _CLAUSE_MARK.search(text, ce)
    right = m.start() if m else len(text.rstrip(" .!?。।"))
    while left < cs and text[left].isspace():
        left += 1
    if right - left > _WHOLE * len(text):
        return cs, ce
    return left, right
