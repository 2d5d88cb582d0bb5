"""``inconsistent-translation``: one source rendered several ways in a witness, or several
sources rendered the same way."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.core.checks.base import Check, CheckConfig, CheckContext, GlossaryEntry
from auditor.core.checks.phrase_renderings import phrase_renderings
from auditor.core.checks.repeated_terms import name_parts, repeats
from auditor.core.checks.synonym_renderings import synonym_renderings
from auditor.core.checks.terms import Hit, applies, find_any, find_term, for_lang
from auditor.core.checks.word_renderings import (
    MT_ROLES,
    Rendering,
    chain_renderings,
    majority_renderings,
)
from auditor.core.models import Alignment, Bead, Finding, Severity, Span, Witness
from auditor.core.namekeys import common_prefix
from auditor.core.normalize import digits_to_ascii, fold


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """Case, digit script, spacing and final punctuation do not make two segments differ."""
    t = digits_to_ascii(fold(text))
    t = re.sub(r"[\s\u00a0\u202f]+", " ", t).strip()
    return t.rstrip(" .!?。।…")


@dataclass(frozen=True)
class _Use:
    """One rendering of a glossary term in a target segment."""

    key: str
    """The glossary rendering it matched (allowed or forbidden), as written in the glossary."""
    segment: str
    start: int
    end: int
    text: str


class InconsistentTranslation(Check):
    """The same source is rendered differently within a witness, or different sources are
    rendered the same.

    Seven signals, per hop (parent → child), each reported in the child:

    1. *Segments* (as Xbench and CheckMate do): source segments that are the same after case,
       digit-script and spacing normalisation (a repeated heading, a refrain, a formula), at
       least ``min_words`` words long, whose aligned translations differ. The rendering used
       most often is taken as the reference (ties: the first); each other one is reported.
    2. *Different sources, same target*: two different source segments (at least
       ``min_words`` words, rapidfuzz ratio below ``max_source_ratio``) rendered by exactly
       the same target text; the later one is reported.
    3. *Terms*: for each glossary entry, the renderings the glossary knows (allowed or
       forbidden; case and inflection tolerated) found in the child's segments aligned with
       the source term. When a witness uses two or more of them (``Emergencies Ministry`` and
       ``Ministry of Emergency Situations`` for ``МЧС``; ``drivers`` and ``conductors`` for
       ``conducteurs``), the rendering used most often is the reference (ties: an allowed one,
       then the first) and every other is reported, with its span, unless the reference is
       in the same segment (an acronym glossed by its expansion) or a bracketed gloss right
       after it holds the words of an allowed rendering (``loo [hot, dry winds]``). A term
       left as in the glossary everywhere is consistent, even when that rendering is
       forbidden (that is ``term-mismatch``'s finding).
    4. *Repeats* (no glossary needed; ``auditor.core.checks.repeated_terms``): (a) in machine
       output only (a human translator's two renderings of a phrase are as often deliberate), a fixed
       two-word source phrase (stems, so inflection is tolerated; one of its words occurs
       nowhere else) in exactly two beads whose targets share no content word, not even with
       the beads either side (``зона подтопления``: ``flood zone``, then ``inundation area``);
       the later one is reported, as its whole target segment, since the deviant rendering
       cannot be located without a dictionary. Skipped: a target under half the usual length
       ratio (an omission), a phrase copied as is (untranslated, or a name), one capitalised
       here but not in the other bead (part of a title), words right after a number (units and
       amounts are ``number-mismatch``'s), phrases a glossary entry covers (signal 3), and
       sources in Tibetan, whose tokens are syllables (two make one word).
       (b) a name whose copied part is followed by the same source word every time but by
       different capitalised target words, neither a respelling of it (``JR東海``: ``JR
       Central``, then ``JR Tokai``); the span is the name.

    5. *Single words* (no glossary needed; ``auditor.core.checks.word_renderings``; the span is
       the deviant word, located by its place in the sentence): (a) ``chain``: in a chain of
       three or more, a word of the parent and one of a child (or of the grandparent) found in
       exactly the same two or more passages of a witness whose passages share no word (``суд``
       and ``আদালত`` both in two sentences; the English between them says ``Court``, then
       ``tribunal``). In a human translation it takes three passages (two alike, one not):
       one rendering against one is as often deliberate variation (a one-day international,
       then the match). Passages that share a function word few others have are worded alike
       (``According to him`` / ``According to the head``, both ``По словам``). Witnesses
       written without spaces between words (Chinese, Japanese, Thai) are not read, their
       "words" running to the next punctuation mark, nor those in Arabic or Hebrew script,
       whose words carry conjunctions and articles in front (``وأغلق`` / ``مغلقة``), nor those in
       Tibetan (its tokens are syllables). (b) ``majority``: in machine output only, a source word in
       ``majority_beads`` or more beads whose rendering, confined to those beads, is missing
       from one (``নিদর্শন``: ``artefacts`` twice, then ``specimens``).

    6. *Phrases* (no glossary needed; ``auditor.core.checks.phrase_renderings``): a phrase of
       two content words in ``phrase_uses`` or more sentences, and, once, the same phrase with
       one word changed, where a source word stands behind the usual phrase and the odd one
       and nowhere else (``area school`` four times, then ``community school``, all ``ysgol
       ardal``); the span is the changed word. Human translation included: keeping one word of
       a fixed phrase and changing the other is a slip, not style.

    7. *Synonyms* (English witnesses; ``auditor.core.checks.synonym_renderings``): a noun the
       witness uses once that WordNet calls near in meaning (a shared sense, or one the
       other's broader term) to a noun of ``synonym_uses`` or more other sentences, where one
       source word stands behind both, at about the same place in the sentence, in the odd
       sentence and in at least three of the usual one's (``bɔtɔ``: ``bags`` three times, then
       ``sacks``). Not: words of time and quantity (``days``/``years``, ``million``/``billion``),
       two forms of one word, a capitalised word inside a sentence (part of a name).

    Known limits: in a human translation into a language other than English, a single word
    rendered by two synonyms (``Sanierung``: ``renovieren``, then ``Modernisierung``) needs a
    glossary entry, a dictionary or MT to see: co-occurrence statistics without them misfire
    on the deliberate variation of professional news; a term with two senses (``लू`` is the hot wind and the heatstroke it
    causes) looks inconsistent.

    A term in another script that one of its renderings spells out by sound (``ওয়াজিমার``,
    ``Wajima``) is a name: two renderings of it are ``name-variant``'s, or an alignment slip.

    Severity minor: the reader is confused, not misinformed. Suggestion: the reference
    rendering. Evidence: the renderings with their counts, or the term and the reference
    segments.

    Params: ``min_words`` (3), ``max_source_ratio`` (90), ``terms`` (true),
    ``segments`` (true), ``repeats`` (true), ``chain`` (true), ``majority`` (true),
    ``majority_beads`` (3), ``phrases`` (true), ``phrase_uses`` (3), ``synonyms`` (true),
    ``synonym_uses`` (3).
    """

    id = "inconsistent-translation"
    title = "Inconsistent translation"
    severity = Severity.MINOR
    cost = 8

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        out: list[Finding] = []
        for a in ctx.alignments:
            parent, child = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
            if cfg.get("segments", True):
                out.extend(self._segments(ctx, cfg, a))
            entries = [e for e in ctx.glossary if applies(e, parent.lang, child.lang)]
            if cfg.get("terms", True):
                for entry in entries:
                    out.extend(self._term(ctx, a, parent, child, entry))
            if cfg.get("repeats", True):
                out.extend(self._repeats(ctx, a, parent, entries))
        words: list[Rendering] = []
        if cfg.get("chain", True):
            words.extend(chain_renderings(ctx))
        if cfg.get("majority", True):
            for a in ctx.alignments:
                words.extend(majority_renderings(ctx, a.source, a.target, min_beads=int(cfg.get("majority_beads", 3))))
        if cfg.get("phrases", True):
            for a in ctx.alignments:
                words.extend(phrase_renderings(ctx, a, min_uses=int(cfg.get("phrase_uses", 3))))
        if cfg.get("synonyms", True):
            for a in ctx.alignments:
                words.extend(synonym_renderings(ctx, a, min_uses=int(cfg.get("synonym_uses", 3))))
        for r in words:
            if not any(f.witness == r.witness and any(s.start < r.end and r.start < s.end for s in f.spans) for f in out):
                f = self._word(ctx, r)
                if f is not None:
                    out.append(f)
        return out

    # --- single words, no glossary (auditor.core.checks.word_renderings) -----------------

    def _word(self, ctx: CheckContext, r: Rendering) -> Finding | None:
        parent = ctx.chain.witness(r.hop[0])
        a = ctx.alignment(*r.hop)
        src = " ".join(ctx.segment(s).text for b in (a.beads if a else ()) if r.segment in b.target for s in b.source)
        entries = [e for e in ctx.glossary if applies(e, parent.lang, ctx.chain.witness(r.witness).lang)]
        if any(_glossed_term(r.term, e, src, parent.lang) for e in entries):
            return None  # the glossary signal judges that term with better knowledge
        if _transliterated(r.term, r.reference, parent.lang):
            return None  # a name its reference spells out (ওয়াজিমার, Wajima): name-variant's
        here = ctx.text(r.witness)[r.start:r.end]
        if _abbreviates(here, r.reference) or _abbreviates(r.reference, here):
            return None  # млн for миллионы, Mio. for Millionen: one word, written short
        refs = " ".join(r.reference_segments)
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=r.witness,
            segments=(r.segment,),
            spans=(ctx.span(r.witness, r.start, r.end),),
            message=f"‘{r.term}’ is rendered ‘{r.reference}’ in {refs} but ‘{here}’ here",
            suggestion=r.reference,
            hop=r.hop,
            evidence=(("kind", r.kind), ("term", r.term), ("reference-segments", refs)),
        )

    # --- segments -----------------------------------------------------------------------

    def _segments(self, ctx: CheckContext, cfg: CheckConfig, a: Alignment) -> Iterator[Finding]:
        from rapidfuzz import fuzz

        min_words = int(cfg.get("min_words", 3))
        max_ratio = float(cfg.get("max_source_ratio", 90))
        rows: list[tuple[Bead, str, str]] = []
        for b in a.beads:
            if b.source and b.target:
                src = _norm(" ".join(ctx.segment(s).text for s in b.source))
                tgt = _norm(" ".join(ctx.segment(t).text for t in b.target))
                if len(src.split()) >= min_words:
                    rows.append((b, src, tgt))
        by_src: dict[str, list[tuple[Bead, str]]] = {}
        by_tgt: dict[str, list[tuple[Bead, str]]] = {}
        for b, src, tgt in rows:
            by_src.setdefault(src, []).append((b, tgt))
            by_tgt.setdefault(tgt, []).append((b, src))
        for uses in by_src.values():
            counts = Counter(t for _, t in uses)
            if len(counts) < 2:
                continue
            ref = max(counts, key=lambda t: (counts[t], -next(i for i, (_, x) in enumerate(uses) if x == t)))
            ref_bead = next(b for b, t in uses if t == ref)
            for b, t in uses:
                if t != ref:
                    yield self._bead_finding(
                        ctx, a, b, "The same source sentence is translated differently elsewhere in this witness",
                        ref_bead, (("renderings", "; ".join(f"{n}×" for n in counts.values())),),
                    )
        for tgt, uses in by_tgt.items():
            if len(uses) < 2 or len(tgt.split()) < min_words:
                continue
            first_bead, first_src = uses[0]
            for b, s in uses[1:]:
                if s != first_src and fuzz.ratio(s, first_src) < max_ratio:
                    yield self._bead_finding(
                        ctx, a, b, "Two different source sentences have exactly the same translation",
                        first_bead, (("source-segments", " ".join(b.source)),),
                    )

    def _bead_finding(
        self, ctx: CheckContext, a: Alignment, b: Bead, message: str, ref: Bead,
        evidence: tuple[tuple[str, str], ...], *, suggestion: str | None = None, references: str = "",
    ) -> Finding:
        segs = [ctx.segment(t) for t in b.target]
        ref_text = " ".join(ctx.segment(t).text for t in ref.target)
        if suggestion is None:
            suggestion = ref_text if "differently" in message else ""
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=a.target,
            segments=tuple(b.target),
            spans=tuple(Span(a.target, s.start, s.end, s.text) for s in segs),
            message=message,
            suggestion=suggestion,
            hop=(a.source, a.target),
            evidence=evidence + (("reference-segments", references),) if references
            else evidence + (("kind", "segment"), ("reference-segments", " ".join(ref.target))),
        )

    # --- repeated source terms, no glossary ----------------------------------------------

    def _repeats(
        self, ctx: CheckContext, a: Alignment, parent: Witness, entries: Sequence[GlossaryEntry]
    ) -> Iterator[Finding]:
        # (phrases: in machine output only; a human translator's two renderings of a phrase in
        # two sentences are as often deliberate variation: 1 right in 4 on the labelled corpus)
        machine = ctx.chain.witness(a.target).role in MT_ROLES
        for r in repeats(ctx, a) if machine else ():
            src = " ".join(ctx.segment(s).text for s in r.bead.source)
            if any(_glossed_term(r.term, e, src, parent.lang) for e in entries):
                continue  # the glossary signal above judges that term with better knowledge
            refs = " ".join(r.ref.target)
            yield self._bead_finding(
                ctx, a, r.bead,
                f"‘{r.term}’ is also in the source of {refs}, but the two translations share no word for it",
                r.ref, (("kind", "repeat"), ("term", r.term)), suggestion="", references=refs,
            )
        for n in name_parts(ctx, a):
            yield Finding(
                check=self.id,
                severity=self.severity,
                witness=a.target,
                segments=(n.segment,),
                spans=(ctx.span(a.target, n.start, n.end),),
                message=f"‘{n.source}’ is ‘{n.reference}’ in {n.reference_segment} but "
                        f"‘{ctx.text(a.target)[n.start:n.end]}’ here",
                suggestion=n.reference,
                hop=(a.source, a.target),
                evidence=(("kind", "name"), ("term", n.source), ("reference-segments", n.reference_segment)),
            )

    # --- terms --------------------------------------------------------------------------

    def _term(
        self, ctx: CheckContext, a: Alignment, parent: Witness, child: Witness, entry: GlossaryEntry
    ) -> Iterator[Finding]:
        allowed = for_lang(entry.allowed, child.lang)
        forbidden = for_lang(entry.forbidden, child.lang)
        known = tuple(dict.fromkeys(allowed + forbidden))
        if len(known) < 2:
            return
        uses: list[_Use] = []
        for b in a.beads:
            if not b.target or not any(find_term(ctx.segment(s).text, entry.source, parent.lang) for s in b.source):
                continue
            for sid in b.target:
                seg = ctx.segment(sid)
                for h in find_any(seg.text, known, child.lang):
                    uses.append(_Use(_key(h, known, child.lang), sid, seg.start + h.start, seg.start + h.end, h.text))
        counts = Counter(u.key for u in uses)
        if len(counts) < 2:
            return
        order = {k: i for i, k in enumerate(u.key for u in reversed(uses))}
        ref = max(counts, key=lambda k: (counts[k], k in allowed, order[k]))
        listing = "; ".join(f"{k} ×{n}" for k, n in counts.most_common())
        glossed = {u.segment for u in uses if u.key == ref}
        for u in uses:
            if u.key == ref or u.segment in glossed:  # BIWTA [Bangladesh Inland …]: a gloss
                continue
            if _explained(ctx.text(child.id), u.end, allowed, child.lang):  # loo [hot, dry winds]
                continue
            if u.key in allowed and ref in allowed and (find_term(ref, u.key, child.lang) or find_term(u.key, ref, child.lang)):
                continue  # one agreed rendering shortened to another (participation units, then units)
            if u.key in allowed and ref in allowed and _forms_of_one_word(u.key, ref):
                continue  # the glossary lists a word's forms (منارة, المنارة, المنارات; salt-tolerant, salt tolerance)
            if u.key in allowed and ref in allowed and _cases_of_one_phrase(u.key, ref, allowed, child.lang):
                continue  # Trybunale Obrachunkowym, Trybunałowi Obrachunkowemu: Trybunał Obrachunkowy, declined
            yield Finding(
                check=self.id,
                severity=self.severity,
                witness=child.id,
                segments=(u.segment,),
                spans=(ctx.span(child.id, u.start, u.end),),
                message=f"‘{entry.source}’ is rendered ‘{u.text}’ here but ‘{ref}’ elsewhere in this witness",
                suggestion=ref,
                hop=(parent.id, child.id),
                evidence=(("kind", "term"), ("term", entry.source), ("renderings", listing)),
            )


def _cases_of_one_phrase(x: str, y: str, allowed: Sequence[str], lang: str) -> bool:
    """Are ``x`` and ``y`` both one allowed rendering with its words inflected, word by word, or
    with and without the Arabic article (``الجرعة المعززة``, ``جرعة معززة``)?"""
    from auditor.core.namekeys import is_inflection

    def declines(phrase: str, base: str) -> bool:
        pw, bw = phrase.split(), base.split()
        return len(pw) == len(bw) and all(_bare(p) == _bare(b) or is_inflection(p, b, lang) for p, b in zip(pw, bw))

    return any(declines(x, base) and declines(y, base) for base in allowed)


_ARTICLE = re.compile(r"^(?:[وفبك]?ال|لل)(?=\w{2})")


def _bare(word: str) -> str:
    """The word folded, an Arabic article (with a conjunction or preposition before it) cut."""
    return _ARTICLE.sub("", fold(word))


def _key(hit: Hit, known: Sequence[str], lang: str) -> str:
    """The glossary rendering a hit stands for (the longest that matches it exactly)."""
    best = hit.term
    for k in known:
        if len(k) > len(best) and find_term(hit.text, k, lang):
            best = k
    return best


def _glossed_term(term: str, entry: GlossaryEntry, source: str, lang: str) -> bool:
    """Is a repeated source term (a word of) a glossary term found in that source?"""
    if not find_term(source, entry.source, lang):
        return False
    return any(find_term(entry.source, w, lang) for w in term.split())


_GLOSS_AFTER = re.compile(r"\s*[\[(]([^\])]{1,80})[\])]")


def _explained(text: str, end: int, allowed: Sequence[str], lang: str) -> bool:
    """Is the rendering ending at ``end`` followed by a bracketed gloss holding every word of an
    allowed rendering? The reader is told what it means, so it confuses no one."""
    m = _GLOSS_AFTER.match(text, end)
    if not m:
        return False
    gloss = m.group(1)
    return any(all(find_term(gloss, w, lang) for w in r.split()) for r in allowed)


def _transliterated(term: str, reference: str, lang: str) -> bool:
    """Is the reference rendering the term's own sound in another script (a name, not a word
    translated)? Then two renderings of it are one name spelt two ways, or a slip of alignment."""
    from auditor.core.names import cross_key, name_stem, token_script

    if token_script(term) == token_script(reference):
        return False  # a cognate (creators, kreator) is a word translated, however alike
    key = cross_key(name_stem(term, lang))
    return len(key) >= 2 and key == cross_key(reference)


def _abbreviates(short: str, long_: str) -> bool:
    """Is ``short`` (two to four letters, a full stop allowed) an abbreviation of ``long_``:
    its first letter, then the rest of its letters in order (млн, миллион; Mio., Millionen;
    a plain prefix only with its full stop, Jan., January)?"""
    s, w = fold(short).rstrip("."), fold(long_)
    if not (2 <= len(s) <= 4 and s.isalpha() and len(w) > len(s) and w[0] == s[0]):
        return False
    if w.startswith(s) and not short.endswith("."):
        return False  # a shorter word (plan, planning), unless the full stop marks it cut (Jan.)
    rest = iter(w[1:])
    return all(ch in rest for ch in s[1:])


def _forms_of_one_word(a: str, b: str) -> bool:
    """Are two renderings forms of one word or phrase: the same after the Arabic article, with a
    common beginning of four letters and most of the shorter one (singular and plural, noun
    and adjective)?"""
    x, y = (re.sub(r"[\s\-‐]+", "", fold(t)) for t in (a, b))
    x, y = (t[2:] if t.startswith("ال") and len(t) > 4 else t for t in (x, y))
    n = common_prefix(x, y)
    return n >= 4 and n >= 0.7 * min(len(x), len(y))

