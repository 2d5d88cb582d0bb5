"""``same-as-source``: a translated segment identical or nearly identical to its source."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Alignment, Finding, Segment, Severity, Span
from auditor.core.names import word_tokens
from auditor.core.normalize import (
    char_script,
    close_languages,
    digits_to_ascii,
    expected_scripts,
    fold,
    mostly_other_scripts,
    primary_language,
    witness_scripts,
)
from auditor.core.number_words import month_of

_URLISH = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)


@lru_cache(maxsize=65536)
def _content(text: str, nouns_capitalised: bool = False, lang: str = "") -> str:
    """Words that need translating: markup, URLs, numbers, month names (a dateline's ``20 de
    mayo de 2025``) and capitalised names removed, folded. Where every noun is capitalised
    (German), capitals say nothing: only the first word goes."""
    from auditor.core.checks.copied_phrase import unmarked

    text = _URLISH.sub(" ", unmarked(text))
    found = [t.text for t in word_tokens(text)]  # (a regex for letters would cut बक्सर at its virama)
    words = found[1:] if nouns_capitalised else [w for w in found if not w[:1].isupper()]
    return " ".join(fold(w) for w in words if not (lang and month_of(w, lang, whole=True)))


_NOUNS_CAPITALISED = frozenset({"de", "lb"})
_CLOSE_RATIO = 97.0
"""Similarity a copy must reach between close languages (``normalize.close_languages``)."""


def _copied_share(content: str, target: str) -> float:
    """The share of the source's lower-case words found verbatim in the target."""
    words = content.split()
    if not words:
        return 0.0
    have = set(_content(target).split())
    return sum(1 for w in words if w in have) / len(words)


_PARTIAL_WORDS = 4
"""Lower-case words of its own a nearly alike target must have to count as partly translated."""


def _translated_words(content: str, target: str) -> int:
    """Lower-case words of the target the source does not have (``For … mayor of … in Senegal,
    the fund must``): a clause the translator did translate."""
    have = set(content.split())
    return sum(1 for w in _content(target).split() if w not in have)


class SameAsSource(Check):
    """A translated segment is identical, or nearly so, to its source segment.

    Compares each 1-1 (or n-m) bead of a hop between different languages after case folding
    and digit normalisation; a rapidfuzz ratio of at least ``min_ratio`` flags the target.
    Names, numbers and URLs alone do not count: the comparison needs at least ``min_words``
    lower-case words on the source side (so ``Newsweek, 17 March 2022`` or a URL left as is
    is fine). Hops between witnesses of the same language (an edit, a retelling) are skipped.

    A whole segment copied is this check's finding, not also ``untranslated-span``'s: it
    suppresses an ``untranslated-span`` finding its segment covers (the runner lets the
    covering finding win where two checks suppress each other). Nor is it an ``addition`` or an
    ``omission`` of the copied text: a sentence left in the source language keeps the source's
    length, which is off the hop's usual ratio whenever the two languages differ in length, so
    a length finding on the copied text is suppressed too, and so is an
    ``inconsistent-translation`` finding on it: a term left in the source language there is
    untranslated, not a second rendering.

    A target that is a little less alike (one word translated: “Data protection experts
    begrüßten the change.”) still counts when its ratio is at least ``near_ratio`` and at
    least ``min_copied`` of the source's lower-case words are in it verbatim.

    In a merged bead (2-1, 1-2 …) that is not alike as a whole, a source sentence found inside
    one target segment (rapidfuzz partial ratio at least ``min_ratio``) is reported with the
    copied part as its span: the segmenter may have joined it to a translated sentence. Only
    in the target's own script: a foreign-script fragment inside a translated segment is an
    ``untranslated-span`` (the seed's bracketed Bengali).

    Between close languages (Spanish and Catalan, Czech and Slovak, Danish and Swedish …:
    ``normalize.close_languages``) a careful translation repeats much of its source, so only a
    copy at least 97 alike counts there.

    An unaligned target segment that copies a source sentence standing elsewhere in the hop (a
    retelling pastes one it did not translate at a place of its own) is reported too.

    Params: ``min_ratio`` (90), ``min_words`` (3), ``near_ratio`` (80), ``min_copied`` (0.75).
    """

    id = "same-as-source"
    title = "Translation same as source"
    severity = Severity.MAJOR
    cost = 4
    suppresses = ("untranslated-span", "addition", "omission", "inconsistent-translation")

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        min_ratio = float(cfg.get("min_ratio", 90))
        min_words = int(cfg.get("min_words", 3))
        near_ratio = float(cfg.get("near_ratio", 80))
        min_copied = float(cfg.get("min_copied", 0.75))
        for a in ctx.alignments:
            src_w, tgt_w = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
            if primary_language(src_w.lang) == primary_language(tgt_w.lang):
                continue
            yield from _joined_lines(ctx, self._hop(ctx, a, min_ratio, min_words, near_ratio, min_copied))

    def _hop(
        self, ctx: CheckContext, a: Alignment, min_ratio: float, min_words: int, near_ratio: float, min_copied: float
    ) -> Iterator[Finding]:
        src_w = ctx.chain.witness(a.source)
        yield from _copied_elsewhere(ctx, a, min_ratio, min_words, self.severity)
        for b in a.beads:
            if not b.source or not b.target:
                continue
            src = " ".join(ctx.segment(s).text for s in b.source)
            tgt_segs = [ctx.segment(t) for t in b.target]
            tgt = " ".join(s.text for s in tgt_segs)
            content = _content(src, primary_language(src_w.lang) in _NOUNS_CAPITALISED, src_w.lang)
            if len(content.split()) < min_words:
                continue
            score = fuzz.ratio(digits_to_ascii(fold(src)), digits_to_ascii(fold(tgt)))
            # Close languages share words and phrases: only a (nearly) verbatim copy counts.
            close = close_languages(src_w.lang, ctx.chain.witness(a.target).lang)
            floor = max(min_ratio, _CLOSE_RATIO) if close else min_ratio
            if score < floor and (close or score < near_ratio or _copied_share(content, tgt) < min_copied):
                if len(b.source) + len(b.target) > 2:
                    yield from self._inside(ctx, a, b.source, tgt_segs, min_words, min_ratio)
                continue
            if score < floor and _mixed_scripts(tgt, expected_scripts(ctx.chain.witness(a.target).lang)):
                continue  # a foreign-script sentence with a translated attribution: untranslated-span's
            if score < floor and _translated_words(content, tgt) >= _PARTIAL_WORDS:
                continue  # half translated (a quotation left as it was): untranslated-span's, on the copied part
            if mostly_other_scripts(src, witness_scripts(src_w.lang, src_w.text)):
                continue  # the parent's own untranslated text, carried on: reported where it was left
            yield Finding(
                check=self.id,
                severity=self.severity,
                witness=a.target,
                segments=tuple(b.target),
                spans=tuple(Span(a.target, s.start, s.end, s.text) for s in tgt_segs),
                message=f"Same as the {src_w.lang} source (similarity {score / 100:.2f}): not translated?",
                hop=(a.source, a.target),
                evidence=(("similarity", f"{score / 100:.2f}"), ("source-segments", " ".join(b.source))),
            )

    def _inside(
        self, ctx: CheckContext, a: Alignment, sources: Sequence[str], tgt_segs: Sequence[Segment],
        min_words: int, min_ratio: float,
    ) -> Iterator[Finding]:
        """In a merged bead: one source sentence copied inside a longer target segment."""
        for sid in sources:
            src = ctx.segment(sid).text
            if len(_content(src).split()) < min_words:
                continue
            for seg in tgt_segs:
                if len(seg.text) < len(src):
                    continue
                al = fuzz.partial_ratio_alignment(fold(src), fold(seg.text), score_cutoff=min_ratio)
                if al is None or (fold(seg.text) != seg.text.casefold() and len(fold(seg.text)) != len(seg.text)):
                    continue
                start, end = seg.start + al.dest_start, seg.start + al.dest_end
                if mostly_other_scripts(src, expected_scripts(ctx.chain.witness(a.source).lang)):
                    break  # mostly the parent's own untranslated text, carried on: untranslated-span's
                own = expected_scripts(ctx.chain.witness(a.target).lang)
                if any(char_script(ch) not in own | {"Common", "Inherited"} for ch in seg.text[al.dest_start : al.dest_end]):
                    break  # a foreign-script fragment in a translated segment is untranslated-span's
                yield Finding(
                    check=self.id,
                    severity=self.severity,
                    witness=a.target,
                    segments=(seg.id,),
                    spans=(ctx.span(a.target, start, end),),
                    message=f"A sentence of the source is copied into this segment (similarity {al.score / 100:.2f})",
                    hop=(a.source, a.target),
                    evidence=(("similarity", f"{al.score / 100:.2f}"), ("source-segments", sid)),
                )
                break


def _copied_elsewhere(
    ctx: CheckContext, a: Alignment, min_ratio: float, min_words: int, severity: Severity
) -> Iterator[Finding]:
    """An unaligned target segment that is a copy of some parent segment, wherever that stands:
    a retelling pastes a source sentence it did not translate at a place of its own, and the
    aligner, finding no translation there, leaves it unpaired."""
    lone = [ctx.segment(b.target[0]) for b in a.beads if not b.source and len(b.target) == 1]
    lone = [seg for seg in lone if len(_content(seg.text).split()) >= min_words]
    if not lone:
        return
    parents = [seg for seg in ctx.segments.get(a.source, ()) if len(_content(seg.text).split()) >= min_words]
    if not parents:
        return
    if close_languages(ctx.chain.witness(a.source).lang, ctx.chain.witness(a.target).lang):
        min_ratio = max(min_ratio, _CLOSE_RATIO)
    from auditor.core.checks.moved_segments import copies_of

    for ti, si, score in copies_of([digits_to_ascii(seg.text) for seg in lone],
                                   [digits_to_ascii(p.text) for p in parents], min_ratio):
        seg, src = lone[ti], parents[si]
        yield Finding(
            check="same-as-source",
            severity=severity,
            witness=a.target,
            segments=(seg.id,),
            spans=(Span(a.target, seg.start, seg.end, seg.text),),
            message=f"Same as a sentence of the {ctx.chain.witness(a.source).lang} source elsewhere "
                    f"(similarity {score / 100:.2f}): not translated?",
            hop=(a.source, a.target),
            evidence=(("similarity", f"{score / 100:.2f}"), ("source-segments", src.id), ("kind", "elsewhere")),
        )


def _joined_lines(ctx: CheckContext, found: Iterable[Finding]) -> Iterator[Finding]:
    """Whole segments copied one after another on one line (a UI string of two sentences, a
    paragraph left as it was) are one finding, spanning them all."""
    run: list[Finding] = []

    def flush() -> Iterator[Finding]:
        if len(run) == 1:
            yield run[0]
        elif run:
            first, last = run[0], run[-1]
            w = first.witness
            span = ctx.span(w, first.spans[0].start, last.spans[-1].end)
            sims = [float(f.evidence_value("similarity") or 0) for f in run]
            yield replace(
                first, segments=tuple(s for f in run for s in f.segments), spans=(span,),
                message=f"Same as the {ctx.chain.witness(first.hop[0]).lang if first.hop else ''} source "
                        f"(similarity {min(sims):.2f}): not translated?",
                evidence=(("similarity", f"{min(sims):.2f}"),
                          ("source-segments", " ".join(f.evidence_value("source-segments") or "" for f in run))),
            )
        run.clear()

    for f in found:
        whole = f.evidence_value("similarity") is not None and not f.message.startswith("A sentence")
        if run and whole and _adjacent(ctx, run[-1], f):
            run.append(f)
            continue
        yield from flush()
        if whole:
            run.append(f)
        else:
            yield f
    yield from flush()


def _adjacent(ctx: CheckContext, a: Finding, b: Finding) -> bool:
    """Does ``b``'s first segment follow ``a``'s last on the same line?"""
    segs = ctx.segments[a.witness]
    last = ctx.segment(a.segments[-1])
    first = ctx.segment(b.segments[0])
    return first.index == last.index + 1 and segs is not None and "\n" not in ctx.text(a.witness)[last.end : first.start]


def _mixed_scripts(text: str, own: frozenset[str]) -> bool:
    """Letters in the target's own script beside letters in another: part of it translated."""
    scripts = {char_script(ch) for ch in text if ch.isalpha()}
    return bool(scripts & own) and bool(scripts - own - {"Common", "Inherited"})
