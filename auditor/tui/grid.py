"""The aligned grid the TUI shows: multi-way rows, and where each segment and finding sits.

Pure (no Textual). Rows come from ``auditor.core.multiway.multiway_rows``. ``_fallback_rows``, which
follows each hop's beads from the root down, is exact for two witnesses: the tests use it as a
reference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from auditor.core.models import Audit, Bead, Finding, Segment
from auditor.core.multiway import multiway_rows

Row = Mapping[str, tuple[str, ...]]


def _fallback_rows(audit: Audit) -> list[dict[str, tuple[str, ...]]]:
    root = audit.chain.root.id
    rows: list[dict[str, tuple[str, ...]]] = [{root: (s.id,)} for s in audit.segments.get(root, ())]
    row_of = {s.id: i for i, s in enumerate(audit.segments.get(root, ()))}
    for src, tgt in audit.chain.hops():
        try:
            beads = audit.alignment(src, tgt).beads
        except KeyError:
            beads = ()
        last = 0
        for bead in beads:
            anchor = next((row_of[s] for s in bead.source if s in row_of), None)
            if anchor is None:
                if not rows:
                    rows.append({})
                anchor = min(last, len(rows) - 1)
            last = anchor
            for sid in bead.target:
                rows[anchor][tgt] = rows[anchor].get(tgt, ()) + (sid,)
                row_of[sid] = anchor
        # segments no bead mentions still need a home: next to their predecessor
        prev = 0
        for seg in audit.segments.get(tgt, ()):
            if seg.id in row_of:
                prev = row_of[seg.id]
                continue
            if not rows:
                rows.append({})
            rows[prev][tgt] = rows[prev].get(tgt, ()) + (seg.id,)
            row_of[seg.id] = prev
    if not rows:
        rows = [{}]
    return rows


def build_rows(audit: Audit) -> list[dict[str, tuple[str, ...]]]:
    """One dict per row: witness id → the segment ids shown in that row."""
    rows = multiway_rows(audit.chain, audit.segments, audit.alignments)
    out = [{w: ids for w, ids in r.as_dict().items() if ids} for r in rows]
    return out or [{}]


@dataclass
class Grid:
    """Rows plus the indexes the view and the finding navigation need."""

    audit: Audit
    witnesses: tuple[str, ...]
    rows: list[dict[str, tuple[str, ...]]]
    segment: dict[str, Segment]
    row_of_segment: dict[str, int]
    findings_by_segment: dict[str, list[Finding]]

    @classmethod
    def build(cls, audit: Audit) -> Grid:
        """The grid of ``audit``: its rows and the segment and finding indexes."""
        rows = build_rows(audit)
        segment = {s.id: s for s in audit.iter_segments()}
        row_of = {sid: i for i, r in enumerate(rows) for ids in r.values() for sid in ids}
        by_seg: dict[str, list[Finding]] = {}
        for f in audit.findings:
            for sid in f.segments:
                by_seg.setdefault(sid, []).append(f)
        witnesses = tuple(w.id for w in audit.chain.topological())
        return cls(audit, witnesses, rows, segment, row_of, by_seg)

    def row_of_finding(self, finding: Finding) -> int:
        """The row holding the finding's first span (or first segment); 0 when unknown."""
        for span in finding.spans:
            for sid in finding.segments:
                seg = self.segment.get(sid)
                if seg and seg.witness == span.witness and seg.start <= span.start < max(seg.end, seg.start + 1):
                    return self.row_of_segment.get(sid, 0)
        for sid in finding.segments:
            if sid in self.row_of_segment:
                return self.row_of_segment[sid]
        return 0

    def cell_segments(self, row: int, witness: str) -> tuple[Segment, ...]:
        """The segments of ``witness`` shown in ``row``."""
        return tuple(self.segment[s] for s in self.rows[row].get(witness, ()) if s in self.segment)

    def cell_findings(self, row: int, witness: str) -> list[Finding]:
        """The findings touching the segments of one cell, each once, in order."""
        out: list[Finding] = []
        seen: set[str] = set()
        for sid in self.rows[row].get(witness, ()):
            for f in self.findings_by_segment.get(sid, ()):
                if f.fingerprint not in seen:
                    seen.add(f.fingerprint)
                    out.append(f)
        return out

    def bead_index(self, hop: tuple[str, str]) -> tuple[dict[str, int], Sequence[Bead]]:
        """(segment id → bead index, beads) for one hop, built once per grid."""
        cache = self.__dict__.setdefault("_bead_index", {})
        if hop not in cache:
            try:
                beads: Sequence[Bead] = self.audit.alignment(*hop).beads
            except KeyError:
                beads = ()
            index = {sid: i for i, b in enumerate(beads) for sid in b.source + b.target}
            cache[hop] = (index, beads)
        return cache[hop]  # type: ignore[no-any-return]

    def bead_at(self, row: int, hop: tuple[str, str]) -> int | None:
        """Index of the bead of ``hop`` holding this row's target (else source) segments."""
        index, _ = self.bead_index(hop)
        for side in (hop[1], hop[0]):
            for sid in self.rows[row].get(side, ()):
                if sid in index:
                    return index[sid]
        return None

    def search(self, needle: str, start: int, backwards: bool = False) -> int | None:
        """The next row after ``start`` (wrapping) whose text contains ``needle``, case-folded."""
        n = len(self.rows)
        key = needle.casefold()
        if not key or not n:
            return None
        for k in range(1, n + 1):
            r = (start - k) % n if backwards else (start + k) % n
            for ids in self.rows[r].values():
                if any(key in self.segment[s].text.casefold() for s in ids if s in self.segment):
                    return r
        return None
