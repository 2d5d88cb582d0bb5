"""``addition``: translation text with no counterpart in the source."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.anchored_clauses import anchored_clauses, without_duplicates
from auditor.core.checks.clause_gaps import clause_gaps
from auditor.core.checks.merged_beads import hidden_segments
from auditor.core.checks.omission import _meaningful, _ratio_finding, _short, length_outliers
from auditor.core.models import Finding, Severity, Span


class Addition(Check):
    """The translation contains text that is not in its source.

    The mirror of ``omission``: a null bead (0-1), a target segment the aligner matched to no
    source segment; or a bead whose translation is far longer than the hop's usual ratio
    (robust z-score of the log length ratio above ``z``, against the same hop's own beads).
    Segments with fewer than ``min_letters`` letters are ignored; the ratio test needs
    ``min_beads`` beads.

    And a merged bead (1-2, 1-3 …) whose translation is long by at least ``merged_z`` MADs
    but about right (within ``merged_fit`` MADs, and clearly better than leaving out any other) without one of its target segments: that
    segment is reported.

    And a clause inside a bead, anchored by a number only the translation has, in a bead at
    least ``clause_z`` MADs longer than usual (``auditor.core.checks.anchored_clauses``); its
    number is then not also a ``number-mismatch`` (this check suppresses those on its span).

    And a clause inside a bead at least ``gap_z`` MADs longer than usual, whose leaving out
    makes the bead fit (within ``gap_fit`` MADs) better than leaving out any other clause, and
    which holds at least ``gap_anchors`` words the hop carries across elsewhere (numbers,
    names, cognates) none of which the source of this bead has, while the rest of the
    translation does find its anchors there (``auditor.core.checks.clause_gaps``).

    Params: ``z`` (3.5), ``min_letters`` (12), ``min_beads`` (8), ``clause_z`` (1.5), ``merged_z`` (2.0),
    ``merged_fit`` (1.5), ``gap_z`` (2.0), ``gap_fit`` (1.0), ``gap_anchors`` (2).
    """

    id = "addition"
    title = "Text added in translation"
    severity = Severity.MAJOR
    suppresses = ("number-mismatch",)

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        return without_duplicates(list(self._run(ctx, cfg)))

    def _run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterator[Finding]:
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
            for h in hidden_segments(
                ctx, a, side="target", z=float(cfg.get("merged_z", 2.0)), fit=float(cfg.get("merged_fit", 1.5)),
                min_letters=min_letters, min_beads=int(cfg.get("min_beads", 8)),
            ):
                seg = ctx.segment(h.segment)
                yield Finding(
                    check=self.id,
                    severity=self.severity,
                    witness=a.target,
                    segments=(h.segment,),
                    spans=(Span(a.target, seg.start, seg.end, seg.text),),
                    message=f"Probably not in the source ‘{a.source}’: ‘{_short(seg.text)}’ was merged with "
                    "another sentence, but the source is only as long as the other",
                    hop=(a.source, a.target),
                    evidence=(("bead", h.bead.kind), ("z", f"{h.z:.1f}"), ("z-without", f"{h.z_without:.1f}")),
                    confidence=0.6,
                )
            for c in anchored_clauses(ctx, a, side="target", z=float(cfg.get("clause_z", 1.5)),
                                      min_beads=int(cfg.get("min_beads", 8))):
                yield Finding(
                    check=self.id,
                    severity=Severity.MINOR,
                    witness=a.target,
                    segments=(c.segment,),
                    spans=(ctx.span(a.target, c.start, c.end),),
                    message=f"Probably added in translation: ‘{_short(ctx.text(a.target)[c.start:c.end])}’ "
                    f"(its number {c.number} is not in the source, and the sentence is unusually long)",
                    hop=(a.source, a.target),
                    evidence=(("kind", "clause"), ("number", c.number), ("z", f"{c.z:.1f}")),
                    confidence=0.6,
                )
            for g in clause_gaps(
                ctx, a, side="target", z=float(cfg.get("gap_z", 2.0)), fit=float(cfg.get("gap_fit", 1.0)),
                min_letters=min_letters, min_beads=int(cfg.get("min_beads", 8)),
                min_anchors=int(cfg.get("gap_anchors", 2)),
            ):
                yield Finding(
                    check=self.id,
                    severity=Severity.MINOR,
                    witness=a.target,
                    segments=(g.segment,),
                    spans=(ctx.span(a.target, g.start, g.end),),
                    message=f"Probably added in translation: ‘{_short(ctx.text(a.target)[g.start:g.end])}’ "
                    f"(none of its {g.anchors} names or numbers is in the source, and the sentence is unusually long)",
                    hop=(a.source, a.target),
                    evidence=(("kind", "clause"), ("z", f"{g.z:.1f}"), ("z-without", f"{g.z_without:.1f}")),
                    confidence=0.5,
                )
            for o in length_outliers(
                ctx, a, z=float(cfg.get("z", 3.5)), min_letters=min_letters * 3,
                min_beads=int(cfg.get("min_beads", 8)),
            ):
                if o.z > 0:
                    yield _ratio_finding(self, ctx, a, o, "much longer than its source: text may have been added")
