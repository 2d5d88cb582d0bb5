"""Numbers a retelling moved: found again elsewhere in the hop, not changed.

A retelling regroups its parent's sentences, so a number one bead lacks may stand in another
bead, or anywhere in the other text. ``number-mismatch`` asks these two questions of a hop
whose target is a retelling (``auditor.core.checks.number_mismatch``).

"Anywhere" is read as within ``ANYWHERE_WITHIN`` sentences (or beads) of the bead: all of an
article, which is what a retelling regroups, but not all of a book, where asking every number
of the text about every other is quadratic (a 1,000-sentence retelling took 90 s before).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from auditor.core.checks.base import CheckContext
from auditor.core.models import Alignment, Bead
from auditor.core.number_match import unmatched
from auditor.core.numbers import Quantity

ANYWHERE_WITHIN = 100
"""Sentences (or beads) either side of a bead that a retelling is taken to move numbers across."""

Row = tuple[Bead, list[Quantity], list[Quantity]]
Quantities = Callable[[str, int, str], Sequence[Quantity]]


def cancel_anywhere(rows: list[Row]) -> None:
    """A number only one bead lacks and only another bead has extra, however far apart (within
    ``ANYWHERE_WITHIN`` beads), is one number moved with its sentence."""
    for i, (_bead, miss, _extra) in enumerate(rows):
        for q in list(miss):
            for _b2, _m2, extra in rows[max(0, i - ANYWHERE_WITHIN): i + ANYWHERE_WITHIN + 1]:
                r = next((r for r in extra if unmatched([q], [r]) == ([], [])), None)
                if r is not None:
                    miss.remove(q)
                    extra.remove(r)
                    break


def found_anywhere(ctx: CheckContext, a: Alignment, rows: list[Row], quantities: Quantities) -> None:
    """A retelling repeats and regroups: a number the other side has anywhere near (matched
    there or not) is no changed number here; what is left exists nowhere on the other side
    (a transposed or rescaled figure). ``quantities(text, start, lang)`` reads a segment's
    quantities with offsets in the witness."""
    if not any(miss or extra for _b, miss, extra in rows):
        return
    src = _Pool(ctx, a.source, quantities)
    tgt = _Pool(ctx, a.target, quantities)
    for bead, miss, extra in rows:
        if miss:
            miss[:] = [q for q in miss if not tgt.has_plain(q, bead.target)
                       and unmatched([q], _same_kind(q, tgt.near(q, bead.target)))[0]]
        if extra:
            extra[:] = [q for q in extra if not src.has_plain(q, bead.source)
                        and unmatched(_same_kind(q, src.near(q, bead.source)), [q])[1]]


def _same_kind(q: Quantity, pool: Sequence[Quantity]) -> list[Quantity]:
    # a date against dates, a number against numbers: over a whole text a bare 15 is no
    # witness for 15 May, which the bead's own comparison would let it be; and a month named
    # elsewhere (by the end of March) is no witness for a day of it (9 March)
    return [r for r in pool if bool(r.month or r.day) == bool(q.month or q.day) and (r.day or not q.day)]


class _Pool:
    """One witness's quantities in text order, with the sentence each stands in."""

    def __init__(self, ctx: CheckContext, witness_id: str, quantities: Quantities) -> None:
        lang = ctx.chain.witness(witness_id).lang
        segments = ctx.segments.get(witness_id, ())
        self.position = {s.id: i for i, s in enumerate(segments)}
        self.items: list[Quantity] = []
        self.sentence: list[int] = []
        self.plain_at: dict[float, list[int]] = {}
        self.other: list[Quantity] = []  # all but the simple numbers
        self.other_sentence: list[int] = []
        for i, s in enumerate(segments):
            for q in quantities(s.text, s.start, lang):
                self.items.append(q)
                self.sentence.append(i)
                if _plain(q):
                    self.plain_at.setdefault(q.value, []).append(i)  # type: ignore[arg-type]
                if not _simple(q):
                    self.other.append(q)
                    self.other_sentence.append(i)

    def _window(self, segment_ids: Sequence[str]) -> tuple[int, int] | None:
        at = [self.position[s] for s in segment_ids if s in self.position]
        return (min(at) - ANYWHERE_WITHIN, max(at) + ANYWHERE_WITHIN) if at else None

    def has_plain(self, q: Quantity, segment_ids: Sequence[str]) -> bool:
        """Is ``q`` a plain number (digits, no date, time or day) that this side has near, also
        plainly? Then ``unmatched`` would match it at once, and asking it is the slow way."""
        window = self._window(segment_ids)
        if window is None or not _plain(q):
            return False
        at = self.plain_at.get(q.value, ())  # type: ignore[arg-type]
        i = bisect_left(at, window[0])
        return i < len(at) and at[i] <= window[1]

    def near(self, q: Quantity, segment_ids: Sequence[str]) -> list[Quantity]:
        """The quantities within ``ANYWHERE_WITHIN`` sentences of these segments that may
        account for ``q``. A simple number is only ever matched by an equal plain number
        (which ``has_plain`` looks up) or by something that is not a simple number: the
        thousands of other simple numbers in a long text can be left out of asking."""
        window = self._window(segment_ids)
        if window is None:
            return []
        items, at = (self.other, self.other_sentence) if _simple(q) else (self.items, self.sentence)
        return items[bisect_left(at, window[0]): bisect_right(at, window[1])]


def _plain(q: Quantity) -> bool:
    """A number in digits: no date, time of day, day of the week or number word."""
    return (q.value is not None and not q.soft and not q.is_date and not q.clock
            and not (q.month or q.day or q.weekday))


def _simple(q: Quantity) -> bool:
    """A plain number with no other reading (no conversion, no other calendar) below a
    million (no rounding to a scale word): two of them match only when their values are equal
    (``number_match._matches``)."""
    return _plain(q) and not q.alts and not q.same and abs(q.value or 0) < 1e6
