"""A clause added or dropped inside a bead, found through a number only one side has.

A helper of ``omission`` and ``addition`` (not a check). When a bead's translation has a
number its source lacks (and nothing the other way round: that would be a changed number,
``number-mismatch``'s finding), and the translation is also longer than the hop's usual ratio
by ``z`` MADs, the clause around that number was most likely added (“The parents’ council,
which represents around 600 families, also welcomed …”). The mirror case, a number only in
the source and a short translation, is a dropped clause.

A clause runs between the nearest clause marks (``, ; : — – ( )``) or a coordinating word
(``and``, ``und``, ``et``, ``и`` …) around the number, inside its sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from auditor.core.checks.base import CheckContext
from auditor.core.checks.length_signals import translated_letters
from auditor.core.checks.merged_beads import _model
from auditor.core.checks.number_mismatch import hop_unmatched
from auditor.core.models import Alignment, Bead, Finding
from auditor.core.numbers import Quantity, is_designation

# (a comma between digits groups thousands: 7조 4,215억 is one number)
_MARKS = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()]|\s(?:and|but|while|und|aber|sowie|et|mais|и|а|но|এবং|ও|আর|और|तथा)\s", re.I)


@dataclass(frozen=True)
class Clause:
    bead: Bead
    segment: str
    start: int
    end: int
    """Absolute offsets of the clause in its witness."""
    z: float
    number: str


def without_duplicates(findings: list[Finding]) -> list[Finding]:
    """Clause findings (evidence kind ``clause``, or a dropped ``attribution``) that another
    finding of the same check already covers (a whole-sentence length outlier) are dropped: the
    sentence lost more than the clause, and one finding says so."""
    part = ("clause", "attribution")
    whole = [f for f in findings if f.evidence_value("kind") not in part]
    out = list(whole)
    for f in findings:
        if f.evidence_value("kind") in part and not any(
            set(f.segments) & set(g.segments)
            or any(x.witness == y.witness and x.start < y.end and y.start < x.end for x in f.spans for y in g.spans)
            for g in whole
        ):
            out.append(f)
    return out


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets (into ``text``) of the clause containing ``text[start:end]``."""
    lo = 0
    for m in _MARKS.finditer(text, 0, start):
        lo = m.end()
    after = _MARKS.search(text, end)
    hi = after.start() if after else len(text)
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not (text[hi - 1].isalnum() or text[hi - 1] in "%)"):
        hi -= 1
    return lo, hi


def _in_editorial_box(ctx: CheckContext, b: Bead, sid: str, offset: int) -> bool:
    from auditor.core.checks.bracket_insertion import editorial_boxes

    k = b.target.index(sid)
    boxes = editorial_boxes([ctx.segment(s).text for s in b.source], [ctx.segment(t).text for t in b.target])
    return any(i == k and lo <= offset < hi for i, lo, hi in boxes)


def anchored_clauses(
    ctx: CheckContext, a: Alignment, *, side: str, z: float, min_beads: int, lost: Mapping[int, str] | None = None,
) -> Iterator[Clause]:
    """Clauses added (``side`` = ``target``) or dropped (``side`` = ``source``) in a hop.

    ``lost`` (bead id → source segment): a sentence known to be missing from that bead
    (``lost_names``), left out of the source's length, so that the clause added in its place
    shows (a substitution: the bead's length alone balances)."""
    med, mad, n = _model(ctx, a)
    if n < min_beads:
        return
    lost = lost or {}
    rows = hop_unmatched(ctx, a)
    for k, (b, miss, extra) in enumerate(rows):
        # An editor's gloss in square brackets translates nothing: counted, it would hide
        # the clause the translation lost.
        ls = sum(translated_letters(ctx, a.source, ctx.segment(s).text) for s in b.source if s != lost.get(id(b)))
        lt = sum(translated_letters(ctx, a.target, ctx.segment(t).text) for t in b.target)
        if not ls or not lt:
            continue
        dev = (math.log(lt / ls) - med) / mad
        if (side == "target" and dev < z) or (side == "source" and dev > -z):
            continue
        lonely, other = (extra, miss) if side == "target" else (miss, extra)
        if not lonely or other:
            continue
        q = lonely[0]
        if is_designation(ctx.chain.witness(a.target if side == "target" else a.source).text, q.start):
            continue  # COVID-19, MH-17: a name's number, which the other side may leave unsaid (コロナ禍)
        if _moved_nearby(rows, k, q.value, 1 if side == "target" else 2):
            continue  # the other side has it a sentence or two away: moved, not added or dropped
        segs = b.target if side == "target" else b.source
        sid = next((s for s in segs if ctx.segment(s).start <= q.start < ctx.segment(s).end), segs[0])
        seg = ctx.segment(sid)
        if side == "target" and _in_editorial_box(ctx, b, sid, q.start - seg.start):
            continue  # (apie 4,3 euro – red.): an editor's conversion is bracket-insertion's
        lo, hi = clause_around(seg.text, q.start - seg.start, q.end - seg.start)
        yield Clause(b, sid, seg.start + lo, seg.start + hi, dev, q.text)


_NEARBY = 3
"""How many beads away a number may turn up on the other side and count as moved with its
clause (a translator or a retelling restructures a paragraph: Bourgeois, 34, two sentences
earlier than the source's "Thibaut Bourgeois, 34 ans")."""


def _moved_nearby(rows: Sequence[tuple[Bead, list[Quantity], list[Quantity]]], k: int, value: float | None,
                  other: int) -> bool:
    """Is ``value`` unmatched on the other side (``other``: 1 = source-only, 2 = target-only)
    in a bead within ``_NEARBY`` of row ``k``?"""
    if value is None:
        return False
    lo, hi = max(0, k - _NEARBY), min(len(rows), k + _NEARBY + 1)
    return any(j != k and any(x.value == value for x in (rows[j][1] if other == 1 else rows[j][2]))
               for j in range(lo, hi))
