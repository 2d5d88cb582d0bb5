"""``omission``: source text with no counterpart in the translation (null beads, short beads).

Also home of the length-ratio model shared with ``addition``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Alignment, Bead, Finding, Severity, Span


@lru_cache(maxsize=65536)
def letters(text: str) -> int:
    """Letters and digits: what carries content, whatever the script."""
    return sum(map(str.isalnum, text))


@dataclass(frozen=True)
class Outlier:
    bead: Bead
    z: float
    """Robust z-score of log(target/source length) against the hop's own beads."""
    ratio: float
    expected: float


def length_outliers(ctx: CheckContext, a: Alignment, *, z: float, min_letters: int, min_beads: int) -> list[Outlier]:
    """Beads whose length ratio is far from this hop's median, in robust z units (median and
    MAD of log ratios over the hop's own beads: every language pair sets its own scale)."""
    rows: list[tuple[Bead, float]] = []
    sizes: dict[int, tuple[int, int]] = {}
    for b in a.beads:
        if not b.source or not b.target:
            continue
        ls = sum(letters(ctx.segment(s).text) for s in b.source)
        lt = sum(letters(ctx.segment(t).text) for t in b.target)
        if ls and lt:
            rows.append((b, math.log(lt / ls)))
            sizes[id(b)] = (ls, lt)
    if len(rows) < min_beads:
        return []
    logs = [r for _, r in rows]
    med = statistics.median(logs)
    mad = statistics.median(abs(x - med) for x in logs) * 1.4826
    mad = max(mad, 0.15)  # a very regular hop must not turn small wobbles into findings
    out = []
    for b, r in rows:
        ls, lt = sizes[id(b)]
        if max(ls, lt) < min_letters:
            continue
        score = (r - med) / mad
        if abs(score) >= z:
            out.append(Outlier(b, score, math.exp(r), math.exp(med)))
    return out


def _meaningful(text: str, min_letters: int) -> bool:
    return sum(1 for ch in text if ch.isalpha()) >= min_letters


class Omission(Check):
    """Source text is missing from the translation.

    Two signals. A null bead (1-0): a source segment the aligner matched to nothing. And a
    bead whose translation is far shorter than the hop's usual ratio: the robust z-score of
    log(target letters / source letters) against the median and MAD of the same hop's beads is
    below −``z`` (the threshold comes from the document's own distribution, so Bengali→English
    and German→English each set their own scale). Segments with fewer than ``min_letters``
    letters (numbering, datelines) are ignored, and the ratio test needs ``min_beads`` beads.

    The finding sits in the translation's witness; its spans and segments point to the source
    text that has no counterpart (for a null bead), or to the target segment (for a short bead).

    Third: a merged bead (2-1, 3-1 …) whose translation is short by at least ``merged_z`` MADs
    but about right (within ``merged_fit`` MADs, and clearly better than leaving out any other) once one of its source segments is left out:
    that segment is reported, the aligner having hidden its omission in the merge.

    Fourth: a clause inside a bead, anchored by a number only the source has, in a bead at
    least ``clause_z`` MADs shorter than usual (``auditor.core.checks.anchored_clauses``); its
    number is then not also a ``number-mismatch`` (this check suppresses those on its span).

    Fifth: a clause inside a bead at least ``gap_z`` MADs shorter than usual, whose leaving out
    makes the bead fit (within ``gap_fit`` MADs) better than leaving out any other clause, and
    which holds at least ``gap_anchors`` words the hop carries across elsewhere (numbers,
    names, cognates) none of which the translation of this bead has, while the rest of the
    bead's source does find its anchors there (``auditor.core.checks.clause_gaps``).

    Params: ``z`` (3.5), ``min_letters`` (12), ``min_beads`` (8), ``clause_z`` (1.5), ``merged_z`` (2.0),
    ``merged_fit`` (1.5), ``gap_z`` (2.0), ``gap_fit`` (1.0), ``gap_anchors`` (2).
    """

    id = "omission"
    title = "Source text missing in translation"
    severity = Severity.MAJOR
    suppresses = ("number-mismatch",)

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        from auditor.core.checks.anchored_clauses import without_duplicates

        for a in ctx.alignments:
            yield from without_duplicates(list(self._hop(ctx, cfg, a)))

    def _hop(self, ctx: CheckContext, cfg: CheckConfig, a: Alignment) -> Iterator[Finding]:
        min_letters = int(cfg.get("min_letters", 12))
        for b in a.beads:
            if b.source and not b.target:
                segs = [ctx.segment(s) for s in b.source]
                if not any(_meaningful(s.text, min_letters) for s in segs):
                    continue
                text = " ".join(s.text for s in segs)
                yield Finding(
                    check=self.id,
                    severity=self.severity,
                    witness=a.target,
                    segments=tuple(b.source),
                    spans=tuple(Span(a.source, s.start, s.end, s.text) for s in segs),
                    message=f"Not translated in ‘{a.target}’: ‘{_short(text)}’ has no counterpart",
                    hop=(a.source, a.target),
                    evidence=(("bead", f"{b.kind}"), ("source-segments", " ".join(b.source))),
                )
        from auditor.core.checks.merged_beads import hidden_segments

        for h in hidden_segments(
            ctx, a, side="source", z=float(cfg.get("merged_z", 2.0)), fit=float(cfg.get("merged_fit", 1.5)),
            min_letters=min_letters, min_beads=int(cfg.get("min_beads", 8)),
        ):
            seg = ctx.segment(h.segment)
            yield Finding(
                check=self.id,
                severity=self.severity,
                witness=a.target,
                segments=(h.segment,),
                spans=(Span(a.source, seg.start, seg.end, seg.text),),
                message=f"Probably not translated in ‘{a.target}’: ‘{_short(seg.text)}’ was merged with "
                "another sentence, but the translation is only as long as the other",
                hop=(a.source, a.target),
                evidence=(("bead", h.bead.kind), ("z", f"{h.z:.1f}"), ("z-without", f"{h.z_without:.1f}"),
                          ("target-segments", " ".join(h.bead.target))),
                confidence=0.6,
            )
        from auditor.core.checks.anchored_clauses import anchored_clauses

        for c in anchored_clauses(ctx, a, side="source", z=float(cfg.get("clause_z", 1.5)),
                                  min_beads=int(cfg.get("min_beads", 8))):
            yield Finding(
                check=self.id,
                severity=Severity.MINOR,
                witness=a.target,
                segments=(c.segment,),
                spans=(ctx.span(a.source, c.start, c.end),),
                message=f"Probably dropped in ‘{a.target}’: ‘{_short(ctx.text(a.source)[c.start:c.end])}’ "
                f"(its number {c.number} is not in the translation, which is unusually short)",
                hop=(a.source, a.target),
                evidence=(("kind", "clause"), ("number", c.number), ("z", f"{c.z:.1f}"),
                          ("target-segments", " ".join(c.bead.target))),
                confidence=0.6,
            )
        from auditor.core.checks.clause_gaps import clause_gaps

        for g in clause_gaps(ctx, a, side="source", z=float(cfg.get("gap_z", 2.0)), fit=float(cfg.get("gap_fit", 1.0)),
                             min_letters=min_letters, min_beads=int(cfg.get("min_beads", 8)),
                             min_anchors=int(cfg.get("gap_anchors", 2))):
            yield Finding(
                check=self.id,
                severity=Severity.MINOR,
                witness=a.target,
                segments=(g.segment,),
                spans=(ctx.span(a.source, g.start, g.end),),
                message=f"Probably dropped in ‘{a.target}’: ‘{_short(ctx.text(a.source)[g.start:g.end])}’ "
                f"(none of its {g.anchors} names or numbers is in the translation, which is unusually short)",
                hop=(a.source, a.target),
                evidence=(("kind", "clause"), ("z", f"{g.z:.1f}"), ("z-without", f"{g.z_without:.1f}"),
                          ("target-segments", " ".join(g.bead.target))),
                confidence=0.5,
            )
        for o in length_outliers(
            ctx, a, z=float(cfg.get("z", 3.5)), min_letters=min_letters * 3, min_beads=int(cfg.get("min_beads", 8))
        ):
            if o.z < 0:
                yield _ratio_finding(self, ctx, a, o, "much shorter than its source: part of it may be missing")


def _ratio_finding(check: Check, ctx: CheckContext, a: Alignment, o: Outlier, what: str) -> Finding:
    segs = [ctx.segment(t) for t in o.bead.target]
    return Finding(
        check=check.id,
        severity=Severity.MINOR if abs(o.z) < 5 else check.severity,
        witness=a.target,
        segments=tuple(o.bead.target),
        spans=tuple(Span(a.target, s.start, s.end, s.text) for s in segs),
        message=f"Translation is {what} (length ratio {o.ratio:.2f}, usual {o.expected:.2f} in this hop)",
        hop=(a.source, a.target),
        evidence=(
            ("length-ratio", f"{o.ratio:.2f}"),
            ("hop-median", f"{o.expected:.2f}"),
            ("z", f"{o.z:.1f}"),
            ("source-segments", " ".join(o.bead.source)),
        ),
        confidence=min(1.0, abs(o.z) / 6),
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
