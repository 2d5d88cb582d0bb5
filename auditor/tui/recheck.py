"""Re-run checks on the beads an alignment edit touched, and nowhere else.

The checks run twice on a small two-witness chain made of the affected beads' segments (and
a neighbouring bead on each side): once over the beads as they were, once as they are. Findings that disappear between the two
runs are dropped from the audit, new ones are added, and everything else (including findings
that needed the whole witness to be found) is left exactly as it was. This diff keeps the
update local without assuming anything about which checks depend on the alignment.

The context also holds ``CONTEXT_BEADS`` neighbours on each side, so that checks comparing a
bead with its surroundings see some. A check that reasons over the whole hop (a median length
ratio, a name cluster) may judge differently on the full text; such far effects appear at the
next full audit, not here: that is the price of keeping an edit instant on a long text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace

from auditor.core.checks.base import CheckConfig, CheckContext, GlossaryEntry
from auditor.core.models import (
    Alignment,
    Audit,
    Bead,
    Chain,
    Finding,
    Segment,
    Span,
    Witness,
    fingerprint_of,
    segment_id,
)
from auditor.tui.review import Recheck

CONTEXT_BEADS = 1
_SEG_ID = re.compile(r"[A-Za-z_][\w.\-]*?-s\d+\b")


def _mini_audit(audit: Audit, hop: tuple[str, str], beads: Sequence[Bead]) -> tuple[CheckContext, dict[str, Segment], dict[str, list[tuple[int, Segment]]]]:
    """A two-witness chain holding only the segments of ``beads``, renumbered so that checks
    which index segments by position see a complete, self-consistent witness.

    Returns the context, local segment id → global segment, and per witness the
    (local start, global segment) pairs used to map offsets back."""
    src_w, tgt_w = audit.chain.witness(hop[0]), audit.chain.witness(hop[1])
    back: dict[str, Segment] = {}
    starts: dict[str, list[tuple[int, Segment]]] = {}
    witnesses: list[Witness] = []
    segments: dict[str, tuple[Segment, ...]] = {}
    rename: dict[str, str] = {}
    for w, side in ((src_w, "source"), (tgt_w, "target")):
        ids = [sid for b in beads for sid in getattr(b, side)]
        parts: list[str] = []
        local: list[Segment] = []
        pos = 0
        for k, sid in enumerate(ids):
            g = audit.segment(sid)
            lid = segment_id(w.id, k)
            local.append(Segment(lid, w.id, k, pos, pos + len(g.text), g.text, paragraph=g.paragraph))
            back[lid], rename[sid] = g, lid
            starts.setdefault(w.id, []).append((pos, g))
            parts.append(g.text)
            pos += len(g.text) + 1
        witnesses.append(replace(w, text=" ".join(parts), parent=src_w.id if w is tgt_w else None))
        segments[w.id] = tuple(local)
    local_beads = tuple(replace(b, source=tuple(rename[s] for s in b.source),
                                target=tuple(rename[t] for t in b.target)) for b in beads)
    ctx = CheckContext(chain=Chain(audit.chain.title, tuple(witnesses)), segments=segments,
                       alignments=(Alignment(hop[0], hop[1], local_beads),))
    return ctx, back, starts


def _to_global(offset: int, starts: list[tuple[int, Segment]]) -> int:
    k = max(bisect_right([p for p, _ in starts], offset) - 1, 0)
    local_start, seg = starts[k]
    return seg.start + min(offset - local_start, len(seg.text))


def _local_findings(
    audit: Audit,
    hop: tuple[str, str],
    bead_indices: Sequence[int],
    configs: Mapping[str, CheckConfig],
    glossary: tuple[GlossaryEntry, ...],
) -> tuple[Finding, ...]:
    from auditor.core.checks.runner import run_checks

    alignment = audit.alignment(*hop)
    if not bead_indices:
        return ()
    lo = max(0, min(bead_indices) - CONTEXT_BEADS)
    hi = min(len(alignment.beads), max(bead_indices) + 1 + CONTEXT_BEADS)
    beads = alignment.beads[lo:hi]
    if not beads:
        return ()
    ctx, back, starts = _mini_audit(audit, hop, beads)
    ctx = replace(ctx, glossary=glossary)
    found, _ = run_checks(ctx, configs)
    seg_text = {g.id: g.text for g in back.values()}
    out: list[Finding] = []
    for f in found:
        spans = tuple(
            Span(s.witness, a, b, audit.chain.witness(s.witness).text[a:b])
            for s in f.spans if s.witness in starts
            for a, b in [(_to_global(s.start, starts[s.witness]), _to_global(s.end, starts[s.witness]))]
        )
        evidence = tuple((k, _SEG_ID.sub(lambda m: back[m.group(0)].id if m.group(0) in back else m.group(0), v))
                         for k, v in f.evidence)
        g = replace(f, segments=tuple(back[s].id for s in f.segments if s in back), spans=spans, evidence=evidence)
        out.append(replace(g, fingerprint=fingerprint_of(g, seg_text)))
    return tuple(out)


def make_recheck(
    configs: Mapping[str, CheckConfig] | None = None, glossary: Sequence[GlossaryEntry] = ()
) -> Recheck:
    """A ``Recheck`` for ``ReviewSession`` using the registered checks with ``configs``."""
    cfgs = dict(configs or {})
    gloss = tuple(glossary)
    artefacts: set[str] = set()

    def recheck(
        before: Audit, after: Audit, hop: tuple[str, str], beads_before: Sequence[int], beads_after: Sequence[int]
    ) -> Audit:
        old = {f.fingerprint: f for f in _local_findings(before, hop, beads_before, cfgs, gloss)}
        new = {f.fingerprint: f for f in _local_findings(after, hop, beads_after, cfgs, gloss)}
        gone = old.keys() - new.keys()
        present = {f.fingerprint for f in after.findings}
        # a local finding the full audit never had is an artefact of the small context (a
        # hop-wide statistic computed on three beads): remember it, so that it is not added
        # back when the reviewer undoes the edit by hand
        artefacts.update(fp for fp in old if fp not in present)
        added = tuple(f for fp, f in new.items() if fp not in old and fp not in present and fp not in artefacts)
        if not gone and not added:
            return after
        kept = tuple(f for f in after.findings if f.fingerprint not in gone)
        return replace(after, findings=kept + added)

    return recheck
