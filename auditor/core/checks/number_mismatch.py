"""``number-mismatch``: numbers, dates and amounts that differ across a bead."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Alignment, Bead, Finding, Severity, Span
from auditor.core.numbers import Quantity, extract_quantities, unmatched


def bead_quantities(ctx: CheckContext, seg_ids: Sequence[str], lang: str) -> list[tuple[str, Quantity]]:
    """Quantities of the bead side's segments, offsets made absolute in the witness text."""
    out: list[tuple[str, Quantity]] = []
    for sid in seg_ids:
        seg = ctx.segment(sid)
        for q in extract_quantities(seg.text, lang):
            out.append((sid, Quantity(q.start + seg.start, q.end + seg.start, q.text, q.value, q.month, q.day, q.soft)))
    return out


class NumberMismatch(Check):
    """Numbers, dates, percentages or amounts differ between a segment and its translation.

    Compares every bead that has text on both sides. Digits of every script are read alike
    (Latin, Bengali ০-৯, Devanagari ०-९, Arabic-Indic ٠-٩, full-width); decimal and thousands
    separators are read per language (``1,500.5`` = ``1.500,5`` = ``1 500,5``); scale words
    multiply (``2 million`` = ``২০ লাখ``); dates match across forms (``17 March``,
    ``March 17``, ``১৭ মার্চ``, ``17 марта``, ``3月17日``). English number words up to twenty
    (and the commonest ones in Bengali, Russian, German, French) may stand for a digit on the
    other side but are never reported themselves, because ``one`` is as often a pronoun; nor
    are month names without a day. Roman numerals and ordinal words (``World War II``,
    ``দ্বিতীয়``) are not numbers here.

    One finding per bead, in the target witness, with spans on the unmatched numbers of both
    sides. Evidence: the values only in the source and only in the target.

    Params: none.
    """

    id = "number-mismatch"
    title = "Numbers differ"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        for a in ctx.alignments:
            src_lang = ctx.chain.witness(a.source).lang
            tgt_lang = ctx.chain.witness(a.target).lang
            for bead in a.beads:
                if bead.source and bead.target:
                    f = self._bead(ctx, a, bead, src_lang, tgt_lang)
                    if f is not None:
                        yield f

    def _bead(self, ctx: CheckContext, a: Alignment, bead: Bead, src_lang: str, tgt_lang: str) -> Finding | None:
        src = bead_quantities(ctx, bead.source, src_lang)
        tgt = bead_quantities(ctx, bead.target, tgt_lang)
        if not src and not tgt:
            return None
        miss, extra = unmatched([q for _, q in src], [q for _, q in tgt])
        if not miss and not extra:
            return None
        spans = [Span(a.target, q.start, q.end, q.text) for q in extra]
        spans += [Span(a.source, q.start, q.end, q.text) for q in miss]
        only_src = ", ".join(q.label() for q in miss) or "—"
        only_tgt = ", ".join(q.label() for q in extra) or "—"
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=a.target,
            segments=tuple(bead.target),
            spans=tuple(spans),
            message=f"Numbers differ from the source ({a.source} → {a.target}): "
            f"source has {only_src}; translation has {only_tgt}",
            hop=(a.source, a.target),
            evidence=(("source-only", only_src), ("target-only", only_tgt)),
        )
