"""Which quantities of a bead's two sides account for each other (``unmatched``).

Split from ``numbers``, which reads quantities out of text; this module only compares them.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.core.numbers import Quantity


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def unmatched(src: Sequence[Quantity], tgt: Sequence[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Hard quantities of each side that nothing on the other side accounts for.

    Dates match dates with the same month and day; failing that, a plain number equal to
    their day (a month name we could not read). Numbers match equal numbers, number words or
    a date's day. Soft items (number words, month names without a day) only ever help.
    """
    left_s, left_t = list(src), list(tgt)
    for strict in (True, False):
        for q in [q for q in left_s if not q.soft]:
            for r in left_t:
                if _matches(q, r, strict):
                    left_s.remove(q)
                    left_t.remove(r)
                    break
        for r in [r for r in left_t if not r.soft]:
            for q in left_s:
                if _matches(r, q, strict):
                    left_t.remove(r)
                    left_s.remove(q)
                    break
    miss, extra = [q for q in left_s if not q.soft], [r for r in left_t if not r.soft]
    if not extra:
        miss = [q for q in miss if not q.clock]
    if not miss:
        extra = [r for r in extra if not r.clock]
    return miss, extra


def _matches(a: Quantity, b: Quantity, strict: bool) -> bool:
    if a.is_date and b.is_date:
        return a.month == b.month and (a.day == b.day or (not strict and (not a.day or not b.day)))
    if strict:
        return not a.is_date and not b.is_date and not b.soft and _same(a.value, b.value)
    if a.is_date:
        return bool(a.day) and _same(float(a.day), b.value)
    if b.is_date:
        return bool(b.day) and _same(a.value, float(b.day))
    return _same(a.value, b.value) or _converted(a, b) or _converted(b, a)


def _converted(a: Quantity, b: Quantity) -> bool:
    """Is ``b`` one of ``a``'s alternative values, rounded as translators round conversions
    (within 10 %, or half a unit for small amounts)?"""
    return b.value is not None and any(abs(b.value - x) <= max(0.1 * abs(x), 0.5) for x in a.alts)
