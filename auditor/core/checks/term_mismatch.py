"""``term-mismatch``: glossary terms not rendered as agreed, and forbidden renderings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rapidfuzz import fuzz

from auditor.core.checks.base import Check, CheckConfig, CheckContext, GlossaryEntry
from auditor.core.checks.terms import Hit, applies, bead_windows, find_any, find_term, for_lang, own_sources
from auditor.core.models import Finding, Segment, Severity, Span, Witness
from auditor.core.namekeys import common_prefix
from auditor.core.names import word_tokens
from auditor.core.normalize import fold


class TermMismatch(Check):
    """A glossary term is not rendered as agreed, or is rendered in a way the glossary forbids.

    The glossary (``config.toml``, a TSV or a TBX file, or the chain manifest's ``glossary``)
    lists, per source term, its allowed target renderings (synonyms included) and its
    forbidden ones, per target language (``*`` = any). An entry governs every hop whose
    parent is in the entry's source language and whose child is in a target language it
    names. Matching tolerates case and inflection (per-language suffix tables: ``Следственного
    комитета`` is ``Следственный комитет``; ``Vorführungen`` is ``Vorführung``) and, for
    scripts without spaces (Japanese, Chinese), works on substrings.

    Two findings: (1) *forbidden*: a forbidden rendering in a child segment whose aligned
    source (its bead, or the beads either side, within ``window``) contains the term, or,
    when the alignment does not say, anywhere in the parent. A forbidden rendering that is part
    of an allowed one (``কলোনি`` inside an allowed phrase) does not count. The span is the
    rendering. (2) *not as agreed* (``missing``): the term is in a bead's source but none of
    its allowed renderings (nor a forbidden one) is in the bead's target. The span is the
    target words closest in spelling to an allowed rendering (rapidfuzz ratio at least
    ``min_guess_ratio``), else the bead's target segments. Exonyms are the classic case: a
    glossary saying ``Кунашир`` → ``Kunashir`` (forbidden ``Kunashiri``) flags ``Kunashiri``.

    Suggestion: the first allowed rendering. Evidence: source term, allowed and forbidden
    renderings.

    A retelling's sentence that leaves the term out altogether is no rendering of it (a
    retelling condenses); one that renders it otherwise is still reported. A sentence that refers
    back to a rendering of several words by its last word, after the witness has given it in full
    (``the agency`` for the Japan Meteorological Agency), renders it, and so does the one-word
    rendering in another word class (``embezzled`` where ``embezzlement`` is agreed).

    Params: ``window`` (1), ``missing`` (true), ``min_guess_ratio`` (70).
    """

    id = "term-mismatch"
    title = "Glossary term not rendered as agreed"
    severity = Severity.MAJOR
    cost = 2

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        if not ctx.glossary:
            return
        for w in ctx.chain.witnesses:
            if w.parent is None:
                continue
            parent = ctx.chain.witness(w.parent)
            entries = [e for e in ctx.glossary if applies(e, parent.lang, w.lang)]
            for entry in entries:
                yield from self._entry(ctx, cfg, parent, w, entry)

    def _entry(
        self, ctx: CheckContext, cfg: CheckConfig, parent: Witness, w: Witness, entry: GlossaryEntry
    ) -> Iterator[Finding]:
        psegs = ctx.segments.get(parent.id, ())
        has_term = {s.id for s in psegs if find_any(s.text, (entry.source,), parent.lang)}
        if not has_term:
            return
        allowed = for_lang(entry.allowed, w.lang)
        forbidden = for_lang(entry.forbidden, w.lang)
        window = bead_windows(ctx, parent.id, w.id) if int(cfg.get("window", 1)) > 0 else own_sources(
            ctx, parent.id, w.id
        )
        evidence = (
            ("term", entry.source),
            ("allowed", " | ".join(allowed) or "—"),
            ("forbidden", " | ".join(forbidden) or "—"),
        )
        flagged: set[str] = set()
        for seg in ctx.segments.get(w.id, ()):
            if not forbidden:
                break
            bad = find_any(seg.text, forbidden, w.lang)
            ok = find_any(seg.text, allowed, w.lang) if bad else []
            for h in bad:
                if any(_shadows(a, h, forbidden) for a in ok):
                    continue
                src = window.get(seg.id)
                if src is not None and not (set(src) & has_term):
                    continue
                flagged.add(seg.id)
                yield self._finding(ctx, parent, w, seg, h, entry, allowed, evidence + (("kind", "forbidden"),),
                                    f"‘{h.text}’ is a forbidden rendering of ‘{entry.source}’")
        if not cfg.get("missing", True) or not allowed:
            return
        a = ctx.alignment(parent.id, w.id)
        if a is None:
            return
        for b in a.beads:
            if not b.target or not set(b.source) & has_term or set(b.target) & flagged:
                continue
            tsegs = [ctx.segment(t) for t in b.target]
            if any(find_any(s.text, allowed + forbidden, w.lang, loose=True) for s in tsegs):
                continue
            if _shortened(ctx, w, tsegs, allowed):
                continue  # "the agency", once the Japan Meteorological Agency has been named in full
            seg, guess = _guess(tsegs, allowed, w.lang, float(cfg.get("min_guess_ratio", 70)))
            if guess is not None and _same_word_other_class(guess.text, guess.term):
                continue  # "embezzled" for an agreed "embezzlement": the sentence made the noun a verb
            msg = f"‘{entry.source}’ is not rendered as agreed (‘{allowed[0]}’)"
            if guess is None and w.id in ctx.retold:
                continue  # a retelling condenses: a term its sentence leaves out is no rendering
            if guess is None:
                yield Finding(
                    check=self.id, severity=self.severity, witness=w.id, segments=tuple(b.target),
                    spans=tuple(Span(w.id, s.start, s.end, s.text) for s in tsegs), message=msg,
                    suggestion=allowed[0], hop=(parent.id, w.id), evidence=evidence + (("kind", "missing"),),
                    confidence=0.6,
                )
            else:
                yield self._finding(ctx, parent, w, seg, guess, entry, allowed, evidence + (("kind", "missing"),),
                                    msg + f": ‘{guess.text}’?")

    def _finding(
        self, ctx: CheckContext, parent: Witness, w: Witness, seg: Segment, h: Hit, entry: GlossaryEntry,
        allowed: Sequence[str], evidence: tuple[tuple[str, str], ...], message: str,
    ) -> Finding:
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=w.id,
            segments=(seg.id,),
            spans=(ctx.span(w.id, seg.start + h.start, seg.start + h.end),),
            message=message,
            suggestion=allowed[0] if allowed else "",
            hop=(parent.id, w.id),
            evidence=evidence,
        )


def _shadows(a: Hit, h: Hit, forbidden: Sequence[str]) -> bool:
    """Is forbidden hit ``h`` really part of allowed hit ``a``? When both cover the same words,
    the exact spelling decides: ``Kunashiri`` is forbidden even if it could inflect ``Kunashir``."""
    if not (a.start <= h.start and h.end <= a.end):
        return False
    if (a.start, a.end) != (h.start, h.end):
        return True
    return fold(h.text) not in {fold(f) for f in forbidden} and fold(a.text) == fold(a.term)


def _guess(segs: Sequence[Segment], allowed: Sequence[str], lang: str, cutoff: float) -> tuple[Segment, Hit | None]:
    """The target words most like an allowed rendering (``Investigation Committee`` for an
    allowed ``Investigative Committee``), when one is close enough."""
    best: tuple[float, Segment, Hit] | None = None
    for seg in segs:
        toks = word_tokens(seg.text)
        for a in allowed:
            n = max(1, len(word_tokens(a)))
            fa = fold(a)
            for k in range(max(1, n - 1), n + 2):
                for i in range(len(toks) - k + 1):
                    s, e = toks[i].start, toks[i + k - 1].end
                    score = fuzz.ratio(fold(seg.text[s:e]), fa)
                    if score >= cutoff and (best is None or score > best[0]):
                        best = (score, seg, Hit(s, e, seg.text[s:e], a))
    if best is None:
        return segs[0], None
    return best[1], best[2]


def _shortened(ctx: CheckContext, w: Witness, tsegs: Sequence[Segment], allowed: Sequence[str]) -> bool:
    """Do the target segments refer back to an allowed rendering of several words by its last
    word (``the agency``), after an earlier segment of the witness has given it in full?"""
    first = tsegs[0].start
    before = ctx.text(w.id)[:first]
    for r in allowed:
        words = r.split()
        if len(words) < 2 or len(words[-1]) < 4 or not find_term(before, r, w.lang):
            continue
        if any(find_term(s.text, words[-1], w.lang) for s in tsegs):
            return True
    return False


def _same_word_other_class(found: str, agreed: str) -> bool:
    """Is ``found`` the agreed one-word rendering in another word class (``embezzled`` for
    ``embezzlement``): one word each, the same stem of at least six letters, most of the shorter?"""
    a, b = fold(found), fold(agreed)
    if " " in a or " " in b:
        return False  # several words: Investigation Committee is no Investigative Committee
    n = common_prefix(a, b)
    return n >= 6 and n >= 0.8 * min(len(a), len(b)) and a[n:] in _CLASS_TAILS and b[n:] in _CLASS_TAILS


# Endings that change a word's class or inflection (embezzle|d, embezzle|ment; unterschlag|en,
# unterschlag|ung; détourn|é, détourn|ement), not a name's letters (Kunashir|i).
_CLASS_TAILS = frozenset({"", "e", "d", "ed", "s", "es", "ment", "ments", "ing", "ion", "ions", "ive", "er", "ers",
                          "or", "ors", "al", "ly", "ung", "ungen", "en", "t", "é", "ée", "és", "ement", "ation"})

