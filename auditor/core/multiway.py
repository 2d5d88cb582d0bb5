"""A multi-way view of a chain: one row per group of root segments, a cell per witness.

Rows are built from the root down, hop by hop (parents before children):

* the root's segments start one row each;
* each bead of a hop attaches its target segments to the row holding its source segments;
  when a bead's source segments sit in two or more rows (a 2-1 bead across a split made
  upstream), those rows are merged into one;
* target segments of a 0-1 bead (an addition in the child) get a row of their own, placed
  right after the row of the preceding bead's source, so additions stay visible as rows with
  empty parent cells instead of being hidden inside a neighbour;
* segments a hop's alignment does not mention (or of a hop without an alignment) also get
  rows of their own, after the rows of their neighbours in text order.

Every segment of every witness therefore appears in exactly one row, and rows follow the
root's text order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from auditor.core.models import Alignment, Chain, Segment


@dataclass(frozen=True)
class Row:
    """One aligned row: for each witness (chain order) the ids of its segments in this row."""

    cells: tuple[tuple[str, tuple[str, ...]], ...]

    def __getitem__(self, witness_id: str) -> tuple[str, ...]:
        for wid, ids in self.cells:
            if wid == witness_id:
                return ids
        raise KeyError(witness_id)

    def as_dict(self) -> dict[str, tuple[str, ...]]:
        """Witness id → segment ids of this row."""
        return dict(self.cells)

    @property
    def witnesses(self) -> tuple[str, ...]:
        """Witnesses with at least one segment in this row."""
        return tuple(wid for wid, ids in self.cells if ids)


class _Draft:
    __slots__ = ("alive", "cells", "key")

    def __init__(self, key: tuple[float, ...]) -> None:
        self.key = key
        self.cells: dict[str, list[str]] = {}
        self.alive = True


def multiway_rows(
    chain: Chain, segments: Mapping[str, Sequence[Segment]], alignments: Sequence[Alignment]
) -> list[Row]:
    """Rows of the whole chain (see module docstring for how beads compose across hops)."""
    order = [w.id for w in chain.topological()]
    position = {s.id: k for wid in order for k, s in enumerate(segments.get(wid, ()))}
    row_of: dict[str, _Draft] = {}
    drafts: list[_Draft] = []

    def new_row(key: tuple[float, ...]) -> _Draft:
        d = _Draft(key)
        drafts.append(d)
        return d

    def place(d: _Draft, wid: str, sid: str) -> None:
        d.cells.setdefault(wid, []).append(sid)
        row_of[sid] = d

    for root in (w for w in chain.witnesses if w.parent is None):
        for k, seg in enumerate(segments.get(root.id, ())):
            place(new_row((float(k),)), root.id, seg.id)

    by_hop = {(a.source, a.target): a for a in alignments}
    for parent, child in chain.hops():
        extra = 0
        after: _Draft | None = None
        alignment = by_hop.get((parent, child))
        for bead in alignment.beads if alignment else ():
            rows = _distinct(row_of[s] for s in bead.source if s in row_of)
            if rows:
                keep = min(rows, key=lambda d: d.key)
                for other in rows:
                    if other is not keep:
                        _merge(keep, other, row_of)
                after = keep
                for t in bead.target:
                    if t not in row_of:
                        place(keep, child, t)
            else:
                for t in bead.target:
                    if t not in row_of:
                        extra += 1
                        base = after.key if after else (-1.0,)
                        place(new_row(base + (float(extra),)), child, t)
        # Segments the alignment left out: a row each, after their preceding segment's row.
        prev: _Draft | None = None
        for seg in segments.get(child, ()):
            if seg.id in row_of:
                prev = row_of[seg.id]
                continue
            extra += 1
            base = prev.key if prev else (float("inf"),)
            place(new_row(base + (float(extra),)), child, seg.id)
            prev = row_of[seg.id]

    live = sorted((d for d in drafts if d.alive), key=lambda d: d.key)
    out: list[Row] = []
    for d in live:
        cells = tuple(
            (wid, tuple(sorted(d.cells.get(wid, ()), key=lambda s: position.get(s, 0)))) for wid in order
        )
        out.append(Row(cells))
    return out


def _distinct(rows: object) -> list[_Draft]:
    seen: list[_Draft] = []
    for r in rows:  # type: ignore[attr-defined]
        if all(r is not s for s in seen):
            seen.append(r)
    return seen


def _merge(keep: _Draft, other: _Draft, row_of: dict[str, _Draft]) -> None:
    for wid, ids in other.cells.items():
        for sid in ids:
            keep.cells.setdefault(wid, []).append(sid)
            row_of[sid] = keep
    other.alive = False
    other.cells = {}
