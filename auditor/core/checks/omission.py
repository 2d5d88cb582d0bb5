"""``omission``: source text with no counterpart in the translation (null beads, short beads).

Also home of the length-ratio model shared with ``addition``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Alignment, Bead, Finding, Severity, Span


def letters(text: str) -> int:
    """Letters and digits: what carries content, whatever the script."""
    return sum(1 for ch in text if ch.isalnum())


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
    for b in a.beads:
        if not b.source or not b.target:
            continue
        ls = sum(letters(ctx.segment(s).text) for s in b.source)
        lt = sum(letters(ctx.segment(t).text) for t in b.target)
        if ls and lt:
            rows.append((b, math.log(lt / ls)))
    if len(rows) < min_beads:
        return []
    logs = [r for _, r in rows]
    med = statistics.median(logs)
    mad = statistics.median(abs(x - med) for x in logs) * 1.4826
    mad = max(mad, 0.15)  # a very regular hop must not turn small wobbles into findings
    out = []
    for b, r in rows:
        ls = sum(letters(ctx.segment(s).text) for s in b.source)
        lt = sum(letters(ctx.segment(t).text) for t in b.target)
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

    Params: ``z`` (3.5), ``min_letters`` (12), ``min_beads`` (8).
    """

    id = "omission"
    title = "Source text missing in translation"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        for a in ctx.alignments:
            yield from self._hop(ctx, cfg, a)

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
