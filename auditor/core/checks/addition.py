"""``addition``: translation text with no counterpart in the source."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.omission import _meaningful, _ratio_finding, _short, length_outliers
from auditor.core.models import Finding, Severity, Span


class Addition(Check):
    """The translation contains text that is not in its source.

    The mirror of ``omission``: a null bead (0-1), a target segment the aligner matched to no
    source segment; or a bead whose translation is far longer than the hop's usual ratio
    (robust z-score of the log length ratio above ``z``, against the same hop's own beads).
    Segments with fewer than ``min_letters`` letters are ignored; the ratio test needs
    ``min_beads`` beads.

    Params: ``z`` (3.5), ``min_letters`` (12), ``min_beads`` (8).
    """

    id = "addition"
    title = "Text added in translation"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        min_letters = int(cfg.get("min_letters", 12))
        for a in ctx.alignments:
            for b in a.beads:
                if b.target and not b.source:
                    segs = [ctx.segment(t) for t in b.target]
                    if not any(_meaningful(s.text, min_letters) for s in segs):
                        continue
                    text = " ".join(s.text for s in segs)
                    yield Finding(
                        check=self.id,
                        severity=self.severity,
                        witness=a.target,
                        segments=tuple(b.target),
                        spans=tuple(Span(a.target, s.start, s.end, s.text) for s in segs),
                        message=f"Not in the source ‘{a.source}’: ‘{_short(text)}’",
                        hop=(a.source, a.target),
                        evidence=(("bead", b.kind),),
                    )
            for o in length_outliers(
                ctx, a, z=float(cfg.get("z", 3.5)), min_letters=min_letters * 3,
                min_beads=int(cfg.get("min_beads", 8)),
            ):
                if o.z > 0:
                    yield _ratio_finding(self, ctx, a, o, "much longer than its source: text may have been added")
