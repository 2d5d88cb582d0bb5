"""``low-confidence-alignment``: a bead the aligner is unusually unsure about."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.core.align import low_confidence_threshold
from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Finding, Severity, Span


class LowConfidenceAlignment(Check):
    """A bead of a hop whose alignment confidence is unusually low for that hop.

    Bead scores are calibrated probabilities that the bead is exactly right. The cut-off comes
    from the hop's own score distribution (median minus ``k`` robust deviations, clipped to
    [``floor``, ``ceiling``]), so a hard language pair does not flood the review while a bead
    far below its neighbours still stands out. Only beads with both sides are reported;
    unaligned segments are ``omission``/``addition`` findings. Beads a reviewer confirmed are
    skipped. A wrong bead can produce false findings elsewhere, so check these first.

    Params: ``k`` (3.0), ``floor`` (0.05), ``ceiling`` (0.5).
    """

    id = "low-confidence-alignment"
    title = "Low-confidence alignment"
    severity = Severity.MINOR
    cost = 0.1

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        k = float(cfg.get("k", 3.0))
        floor = float(cfg.get("floor", 0.05))
        ceiling = float(cfg.get("ceiling", 0.5))
        for a in ctx.alignments:
            linked = [b for b in a.beads if b.source and b.target]
            if not linked:
                continue
            cut = low_confidence_threshold([b.score for b in a.beads], k=k, floor=floor, ceiling=ceiling)
            for b in linked:
                if b.confirmed or b.score >= cut:
                    continue
                segs = [ctx.segment(t) for t in b.target]
                yield Finding(
                    check=self.id,
                    severity=self.severity,
                    witness=a.target,
                    segments=tuple(b.target),
                    spans=tuple(Span(a.target, s.start, s.end, s.text) for s in segs),
                    message=(
                        f"Alignment of {' + '.join(b.source)} ↔ {' + '.join(b.target)} is uncertain "
                        f"(confidence {b.score:.2f}, hop cut-off {cut:.2f}): check the pairing"
                    ),
                    hop=(a.source, a.target),
                    evidence=(
                        ("score", f"{b.score:.3f}"),
                        ("threshold", f"{cut:.3f}"),
                        ("bead", b.kind),
                        ("source-segments", " ".join(b.source)),
                    ),
                    confidence=round(1.0 - b.score, 3),
                )
