"""``inconsistent-translation``: one source rendered several ways in a witness, or several
sources rendered the same way."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.core.checks.base import Check, CheckConfig, CheckContext, GlossaryEntry
from auditor.core.checks.terms import Hit, applies, find_any, find_term, for_lang
from auditor.core.models import Alignment, Bead, Finding, Severity, Span, Witness
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

    Three signals, per hop (parent → child), each reported in the child:

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
       in the same segment (an acronym glossed by its expansion). Known limit: a term with
       two senses (``लू`` is the hot wind and the heatstroke it causes) looks inconsistent. A term left as in the
       glossary everywhere is consistent, even when that rendering is forbidden (that is
       ``term-mismatch``'s finding).

    Severity minor: the reader is confused, not misinformed. Suggestion: the reference
    rendering. Evidence: the renderings with their counts.

    Params: ``min_words`` (3), ``max_source_ratio`` (90), ``terms`` (true),
    ``segments`` (true).
    """

    id = "inconsistent-translation"
    title = "Inconsistent translation"
    severity = Severity.MINOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        for a in ctx.alignments:
            parent, child = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
            if cfg.get("segments", True):
                yield from self._segments(ctx, cfg, a)
            if cfg.get("terms", True):
                for entry in ctx.glossary:
                    if applies(entry, parent.lang, child.lang):
                        yield from self._term(ctx, a, parent, child, entry)

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
        for src, uses in by_src.items():
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
        evidence: tuple[tuple[str, str], ...],
    ) -> Finding:
        segs = [ctx.segment(t) for t in b.target]
        ref_text = " ".join(ctx.segment(t).text for t in ref.target)
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=a.target,
            segments=tuple(b.target),
            spans=tuple(Span(a.target, s.start, s.end, s.text) for s in segs),
            message=message,
            suggestion=ref_text if "differently" in message else "",
            hop=(a.source, a.target),
            evidence=evidence + (("kind", "segment"), ("reference-segments", " ".join(ref.target))),
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


def _key(hit: Hit, known: Sequence[str], lang: str) -> str:
    """The glossary rendering a hit stands for (the longest that matches it exactly)."""
    best = hit.term
    for k in known:
        if len(k) > len(best) and find_term(hit.text, k, lang):
            best = k
    return best
