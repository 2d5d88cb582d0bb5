"""The Bengali calendar (Bangabda), read so that a translation may drop or convert its dates.

Pure functions. Bangladeshi and West Bengal texts date festivals and seasons by it
(``১ বৈশাখ ১৪৩১`` is 14 April 2024, ``১৪৩১ বঙ্গাব্দ`` 2024/25), often beside the Gregorian date.
Bangladesh's revised calendar begins on 14 April, its first six months of 31 days and the
rest of 30 but Falgun, 29 (30 in a Gregorian leap year); West Bengal's traditional one may be a day
or two off. So dates are read as that day and the days beside it, and they only help (soft),
like a year marked বঙ্গাব্দ (its two Gregorian years).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.core.numbers import Quantity

_MONTHS = (("বৈশাখ",), ("জ্যৈষ্ঠ", "জৈষ্ঠ্য", "জ্যেষ্ঠ"), ("আষাঢ়", "আষাঢ়"), ("শ্রাবণ",), ("ভাদ্র",),
           ("আশ্বিন",), ("কার্তিক",), ("অগ্রহায়ণ", "অগ্রহায়ণ"), ("পৌষ",), ("মাঘ",), ("ফাল্গুন", "ফাগুন"),
           ("চৈত্র",))
_MONTH = {name: k + 1 for k, names in enumerate(_MONTHS) for name in names}
_NAMES = "|".join(sorted(_MONTH, key=len, reverse=True))
_YEAR_MARK = r"\s*(?:বঙ্গাব্দ|বঙ্গাব্দে|সন|সালের|সাল)"
# ১ বৈশাখ ১৪৩১, ২৫শে চৈত্র: a day (with its ordinal suffix), a month and maybe the year
_DATE = re.compile(r"(\d{1,2})(?:শে|ই|লা|রা|ঠা)?\s*(" + _NAMES + r")(?:\s*(\d{4})(?=" + _YEAR_MARK + r"|\s|[,।]|\Z))?")
_YEAR = re.compile(r"(\d{4})" + _YEAR_MARK)
_LENGTHS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30)
HINT = re.compile("বঙ্গাব্দ|" + _NAMES)


def bangla_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a date of Bangladesh's revised Bengali calendar."""
    g = _dt.date(year + 593, 4, 14) + _dt.timedelta(days=sum(_LENGTHS[: month - 1]) + day - 1)
    if month == 12 and (_dt.date(year + 594, 3, 1) - _dt.timedelta(days=1)).day == 29:
        g += _dt.timedelta(days=1)  # Falgun has 30 days when its February has 29
    return g.year, g.month, g.day


def bangla_dates(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with Bengali-calendar dates and years made soft, carrying Gregorian readings."""
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    years = {m.start(1) for m in _YEAR.finditer(ascii_text)}
    named = sorted({int(m.group(1)) for m in _YEAR.finditer(ascii_text) if 1350 <= int(m.group(1)) <= 1500})
    for m in _DATE.finditer(ascii_text):
        day, month = int(m.group(1)), _MONTH[m.group(2)]
        k = next((k for k, q in enumerate(qs) if q.start == m.start(1)), None)
        if k is None or not 1 <= day <= 31:
            continue
        year = int(m.group(3)) if m.group(3) and 1350 <= int(m.group(3)) <= 1500 else 0
        lo, hi = m.start(1), m.end(2)
        readings = []
        for y in (year,) if year else (named or (1430, 1431, 1432)):
            g = _dt.date(*bangla_to_gregorian(y, month, day))
            readings += [g + _dt.timedelta(days=d) for d in (-1, 0, 1)]
        days = sorted({(g.month, g.day) for g in readings})
        qs[k] = replace(qs[k], start=lo, end=hi, text=text[lo:hi], value=None, month=days[0][0], day=days[0][1], soft=True)
        qs.extend(Q(lo, hi, text[lo:hi], month=gm, day=gd, soft=True) for gm, gd in days[1:])
        qs.append(Q(lo, hi, text[lo:hi], value=float(day), soft=True))  # kept: "1 Boishakh"
        if year:
            years.add(m.start(3))
    for k, q in enumerate(qs):
        if q.start in years and q.value is not None and 1350 <= q.value <= 1500 and q.value == int(q.value):
            y = int(q.value)
            qs[k] = replace(q, soft=True, same=(float(y + 593), float(y + 594)))
    return qs
