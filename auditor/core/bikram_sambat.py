"""Bikram Sambat, Nepal's official calendar, read into Gregorian dates for number checks.

Pure functions. A Nepali report dates things ``२०८० साल कात्तिक १७ गते`` (17 Kartik 2080);
its English version says 3 November 2023. The months are solar and their lengths (29 to 32
days) are fixed each year by Nepal's calendar committee rather than by a rule, so they come
from a table: the published month lengths for 2000–2100 BS (1943–2044 CE), the same figures the
MIT-licensed ``nepali-datetime`` package ships.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.core.numbers import Quantity

_FIRST_YEAR = 2000
_FIRST_DAY = _dt.date(1943, 4, 14)  # 1 Baisakh 2000 BS
# Twelve two-digit month lengths per year, Baisakh to Chaitra, from 2000 BS on.
_TABLE = (
    "303231323130303029302931 313132313131302930293030 313132323130302930293030 313231323130303029293031",
    "303231323130303029302931 313132313131302930293030 313132323130302930293030 313231323130303029293031",
    "313131323131293030292931 313132313131302930293030 313132323130302930293030 313231323130303029293031",
    "313131323131293030293030 313132313131302930293030 313132323130302930293030 313231323130303029293031",
    "313131323131293030293030 313132313131302930293030 313231323130302930293030 313231323130303029302931",
    "313131323131302930293030 313132313131302930293030 313231323130303029293030 313231323130303029302931",
    "313131323131302930293030 313132313131302930293030 313231323130303029293031 303231323130303029302931",
    "313132313131302930293030 313132313230302930293030 313231323130303029293031 303231323130303029302931",
    "313132313131302930293030 313132323130302930293030 313231323130303029293031 303231323131293030292931",
    "313132313131302930293030 313132323130302930293030 313231323130303029293031 313131323131293030293030",
    "313132313131302930293030 313132323130302930293030 313231323130303029293031 313131323131293030293030",
    "313132313131302930293030 313231323130302930293030 313231323130303029293031 313131323131302930293030",
    "313132313131302930293030 313231323130303029293030 313231323130303029302931 313131323131302930293030",
    "313132313131302930293030 313231323130303029293030 313231323130303029302931 313132313131302930293030",
    "313132313230302930293030 313231323130303029293031 303231323130303029302931 313132313131302930293030",
    "313132323130302930293030 313231323130303029293031 313131323131293029302931 313132313131302930293030",
    "313132323130302930293030 313231323130303029293031 313131323131293030292931 313132313131302930293030",
    "313132323130302930293030 313231323130303029293031 313131323131293030293030 313132313131302930293030",
    "313231323130302930293030 313231323130303029293031 313131323131302930293030 313132313131302930293030",
    "313231323130303029293030 313231323130303029302931 313131323131302930293030 313132313131302930293030",
    "313231323130303029293030 313231323130303029302931 313132313131302930293030 313132313131302930293030",
    "313132313130303029303030 313231323031303029303030 303231323130303029303030 313132313131302930303030",
    "303132323031303029303030 303231323130303029303030 303231323130303029303030 313132313131303029303030",
    "303132323130303029303030 303231323130303029303030 313132313130303029303030 313132313131302930303030",
    "303132323130302930293030 313231323130303029303030 313132313131293029302931 313132313131302929303030",
    "313231323031302930293030",
)
_LENGTHS: tuple[tuple[int, ...], ...] = tuple(
    tuple(int(row[k : k + 2]) for k in range(0, 24, 2)) for chunk in _TABLE for row in chunk.split())
LAST_YEAR = _FIRST_YEAR + len(_LENGTHS) - 1

# Month names in Nepali usage and their Sanskrit forms, Baisakh = 1.
_MONTHS = (("बैशाख", "वैशाख", "बैसाख"), ("जेठ", "जेष्ठ", "ज्येष्ठ"), ("असार", "आषाढ", "असाढ"),
           ("साउन", "श्रावण", "सावन"), ("भदौ", "भाद्र"), ("असोज", "आश्विन", "आश्विन"), ("कात्तिक", "कार्तिक"),
           ("मंसिर", "मङ्सिर", "मार्गशीर्ष", "मङ्सिर"), ("पुस", "पौष", "पूस"), ("माघ",), ("फागुन", "फाल्गुन"),
           ("चैत", "चैत्र"))
_MONTH = {name: k + 1 for k, names in enumerate(_MONTHS) for name in names}
MONTH_NUMBERS = _MONTH
_NAMES = "|".join(sorted(_MONTH, key=len, reverse=True))
_YEAR_WORD = r"(?:\s*साल)?"
# (२०८० साल) कात्तिक १७ (गते): the year, if any, before the month; the day after it
_DATE = re.compile(r"(?:(\d{4})" + _YEAR_WORD + r"\s*)?(" + _NAMES + r")\s+(\d{1,2})(?!\d)(?:\s*गते)?")
# (२०८१ साल) चैत मसान्त, असोजमा: a month without a day (a postposition may be joined to it)
_MONTH_ONLY = re.compile(r"(?<![\u0900-\u097f])(" + _NAMES + r")(?:मा|सम्म|को|देखि|भित्र|भरि|भर)?(?![\u0900-\u097f])(?!\s*\d)")
# A year word says a four-digit number is a Bikram Sambat year; सन् (CE) says it is not.
BS_YEAR_WORD = re.compile(r"साल|वि\.\s?सं|विसं|बि\.\s?सं")
CE_MARK = re.compile(r"सन्\s*\Z|ई\.\s?सं\.?\s*\Z|इस्वी\s*\Z")


def bs_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of a Bikram Sambat date, or None outside the table or
    the month."""
    if not _FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12:
        return None
    lengths = _LENGTHS[year - _FIRST_YEAR]
    if not 1 <= day <= lengths[month - 1]:
        return None
    days = sum(sum(row) for row in _LENGTHS[: year - _FIRST_YEAR]) + sum(lengths[: month - 1]) + day - 1
    g = _FIRST_DAY + _dt.timedelta(days=days)
    return g.year, g.month, g.day


def bs_dates(ascii_text: str, text: str, qs: list[Quantity], years: tuple[int, ...]) -> list[Quantity]:
    """``२०८० साल कात्तिक १७ गते`` → 3 November 2023 (hard), with its year read as 2023.

    A date without a year is read in each of ``years`` (those the text names and recent
    ones): its Gregorian day moves by a day or two from year to year, so these readings are
    soft, only accounting for a date the translation gives. A month without a day is the two
    Gregorian months it straddles (Kartik is mid-October to mid-November), also soft.
    """
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    taken: list[tuple[int, int]] = []
    for m in _DATE.finditer(ascii_text):
        month, day = _MONTH[m.group(2)], int(m.group(3))
        k = next((k for k, q in enumerate(qs) if q.start == m.start(3)), None)
        if k is None:
            continue
        lo, hi = m.start(2), m.end(3)
        taken.append((lo, hi))
        if m.group(1):
            g = bs_to_gregorian(int(m.group(1)), month, day)
            if g is None:
                continue
            qs[k] = replace(qs[k], start=lo, end=hi, text=text[lo:hi], value=None, month=g[1], day=g[2])
            y = next((y for y, q in enumerate(qs) if q.start == m.start(1)), None)
            if y is not None:
                qs[y] = replace(qs[y], value=float(g[0]), same=())  # already Gregorian: the date says which
            continue
        readings = sorted({g[1:] for year in years if (g := bs_to_gregorian(year, month, day)) is not None})
        if not readings:
            continue
        first, *rest = readings
        qs[k] = replace(qs[k], start=lo, end=hi, text=text[lo:hi], value=None, month=first[0], day=first[1], soft=True)
        qs.extend(Q(lo, hi, text[lo:hi], month=gm, day=gd, soft=True) for gm, gd in rest)
    for m in _MONTH_ONLY.finditer(ascii_text):
        if any(lo <= m.start(1) < hi for lo, hi in taken):
            continue
        month = _MONTH[m.group(1)]
        for gm in (month + 3, month + 4):  # Baisakh begins in mid-April
            qs.append(Q(m.start(1), m.end(1), text[m.start(1) : m.end(1)], month=(gm - 1) % 12 + 1, soft=True))
    return qs
