"""Years and dates of other calendars, for comparing numbers across a translation.

Pure functions. A translator converts ``พ.ศ. 2567`` to 2024, ``令和6年`` to 2024 and
``۱۵ مهر ۱۴۰۳`` to 6 October 2024; read literally, each would be a changed number. Here the
quantities of such texts get the Gregorian value they stand for: years as exact alternatives
(``Quantity.same``), Solar Hijri, Ethiopian and Bikram Sambat (``auditor.core.bikram_sambat``)
dates as Gregorian dates; lunar Hijri (``auditor.core.hijri``) and Bengali-calendar
(``auditor.core.bangla_calendar``) dates as soft ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.core.bangla_calendar import HINT as BANGLA_HINT
from auditor.core.bangla_calendar import bangla_dates
from auditor.core.hijri import HIJRI_LANGS, LATIN_HINT, hijri_dates, hijri_latin_dates

if TYPE_CHECKING:
    from auditor.core.numbers import Quantity

# Buddhist era (Thailand, Laos, Cambodia): BE = CE + 543.
_BUDDHIST = frozenset({"th", "lo", "km"})
_BE_YEAR_WORD = re.compile(r"(?:ปี|ພ\.ສ\.|พ\.ศ\.|ປີ|ឆ្នាំ|ព\.ស\.)\s*\Z")
# Solar Hijri (Iran, Afghanistan): the year begins in March, so a year is CE − 621 or − 622.
_SOLAR_HIJRI = frozenset({"fa", "prs", "ps"})
_SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                 "بهمن", "اسفند")
# Afghanistan names the same months after the zodiac: حمل (Hamal) … حوت (Hut)
_SOLAR_MONTHS_AF = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
_SOLAR_MONTH = {name: k + 1 for names in (_SOLAR_MONTHS, _SOLAR_MONTHS_AF) for k, name in enumerate(names)}
# Pashto names them in Pashto (وری … کب), in the oblique case after د: د تلې ۱۲مه (12 Tala)
_SOLAR_MONTHS_PS = (("وری", "وري"), ("غویی", "غويی", "غويي", "غوايي"), ("غبرګولی", "غبرګولي"), ("چنګاښ",),
                    ("زمری", "زمري"), ("وږی", "وږي"), ("تله", "تلې"), ("لړم",), ("لیندۍ", "ليندۍ", "لیندی"),
                    ("مرغومی", "مرغومي"), ("سلواغه", "سلواغې"), ("کب",))
_SOLAR_MONTH_PS = {name: k + 1 for k, names in enumerate(_SOLAR_MONTHS_PS) for name in names}
# د تلې ۱۲مه, د وږي په ۲۵مه: the month after د, the day after it with an ordinal ending
_SOLAR_DATE_PS = re.compile(r"(?<![\u0600-\u06ff])د\s+(" + "|".join(sorted(_SOLAR_MONTH_PS, key=len, reverse=True))
                            + r")\s+(?:په\s+)?(\d{1,2})(?:مه|مې|م)?(?!\d)(?:\s*(\d{4}))?")
_SOLAR_NAMES = "|".join(sorted(_SOLAR_MONTH, key=len, reverse=True))
# (no letter after the month: a comma, ، U+060C, may follow it)
_SOLAR_DATE = re.compile(r"(\d{1,2})\s*(" + _SOLAR_NAMES + r")(?![^\W\d_])(?:\s*(?:ماه\s*)?(\d{4}))?")
# Ethiopian (Amharic, Tigrinya, Oromo texts from Ethiopia): thirteen months, the year
# beginning on 11 September (12 before a Gregorian leap year); 2017 ዓ.ም. is 2024/25.
_ETHIOPIAN = frozenset({"am", "ti", "om"})
_ETH_MONTHS: tuple[tuple[str, ...], ...] = (("መስከረም",), ("ጥቅምት",), ("ኅዳር", "ሕዳር", "ህዳር"), ("ታኅሣሥ", "ታህሳስ", "ታሕሳስ"), ("ጥር",),
               ("የካቲት",), ("መጋቢት",), ("ሚያዝያ", "ሚያዚያ"), ("ግንቦት",), ("ሰኔ",), ("ሐምሌ", "ሀምሌ"),
               ("ነሐሴ", "ነሀሴ"), ("ጳጉሜ", "ጳጉሜን"))
# Afaan Oromo names of the Ethiopian months (Bitootessa 12, 2017 = 21 March 2025)
_ETH_MONTHS_OM = ("Fulbaana", "Onkoloolessa", "Sadaasa", "Muddee", "Amajjii", "Guraandhala", "Bitootessa", "Ebla",
                  "Caamsaa", "Waxabajjii", "Adoolessa", "Hagayya", "Qaammee")
_ETH_MONTHS = tuple((*names, _ETH_MONTHS_OM[k]) for k, names in enumerate(_ETH_MONTHS))
_ETH_MONTH = {name: k + 1 for k, names in enumerate(_ETH_MONTHS) for name in names}
# (ከ|በ|እስከ …) ኅዳር 5 ቀን 2017 ዓ.ም: a month, its day ("ቀን": day) and maybe the year
_ETH_DATE = re.compile("(" + "|".join(sorted(_ETH_MONTH, key=len, reverse=True)) + r")\s*(\d{1,2})(?!\d)(?:\s*ቀን)?(?:,?\s*(\d{4}))?")
_ETH_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})\s*(" + "|".join(sorted(_ETH_MONTH, key=len, reverse=True)) + r")(?:\s*(\d{4}))?")
_ETH_RANGE_END = re.compile(r"\s*(?:እስከ|-|–)\s*(\d{1,2})(?:\s*ቀን)?(?:\s*(\d{4}))?")
# ዓ.ም (the Ethiopian era), and the fiscal year (በ2016 በጀት ዓመት)
_ETH_YEAR_WORD = re.compile(r"\s*(?:ዓ\.?\s*ም|በጀት\s*ዓመት)")
_ETH_MONTH_YEAR = re.compile("(" + "|".join(sorted(_ETH_MONTH, key=len, reverse=True)) + r")\s*(\d{4})(?=\s*ዓ\.?\s*ም)")
# Japanese eras: the first year of each, less one.
_JA_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_JA_ERA = re.compile("(" + "|".join(_JA_ERAS) + r")\s*\Z")


def solar_hijri_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a Solar Hijri date (the arithmetic calendar
    of Iran's civil use, exact for 1178–1633 SH)."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    lengths = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    gm = 0
    while gm < 12 and gd > lengths[gm]:
        gd -= lengths[gm]
        gm += 1
    return gy, gm + 1, gd


def other_calendars(ascii_text: str, text: str, lang0: str, qs: Sequence[Quantity]) -> list[Quantity]:
    """``qs`` with the Gregorian readings of other calendars' years and dates added."""
    out = list(qs)
    if lang0 in _BUDDHIST:
        # Recent years by their range alone; older ones (built in ปี 2103 = 1560 CE) after a year
        # word, above the years a Gregorian text could mean (ឆ្នាំ 2024 is 2024).
        out = [replace(q, same=(_year(q) - 543,)) if _year_like(q, 2400, 2700) or (
            _year_like(q, 2043, 2700) and _BE_YEAR_WORD.search(text, max(0, q.start - 8), q.start)) else q
            for q in out]
        out = [replace(q, year=q.year - 543) if 2400 <= q.year <= 2700 else q for q in out]  # พฤศจิกายน 2567
    elif lang0 == "ja":
        for k, q in enumerate(out):
            m = _JA_ERA.search(ascii_text, max(0, q.start - 4), q.start)
            if m and q.value is not None and not q.is_date and ascii_text[q.end : q.end + 1] == "年":
                out[k] = replace(q, same=(_JA_ERAS[m.group(1)] + q.value,))
        out = _ja_era_months(text, out)
    elif lang0 in _ETHIOPIAN:
        out = [replace(q, same=(_year(q) + 7, _year(q) + 8))
               if _year_like(q, 1900, 2100) and _ETH_YEAR_WORD.match(ascii_text, q.end) else q for q in out]
        out = _ethiopian_dates(ascii_text, text, out)
    elif lang0 in _SOLAR_HIJRI:
        # A year word (سال, کال, ه.ش) makes it a year; without one, 1350 families is a count
        # that may also be a year: the Gregorian readings come first, the number itself last.
        out = [replace(q, same=(_year(q) + 621, _year(q) + 622)
                       + (() if _SH_YEAR_WORD.search(text, max(0, q.start - 12), min(len(text), q.end + 12)) else (_year(q),)))
               if _year_like(q, 1300, 1450) else q for q in out]
        out = _solar_months(ascii_text, text, _solar_dates(ascii_text, text, out))
        if lang0 == "ps":
            out = _pashto_solar_dates(ascii_text, text, out)
    elif lang0 == "ne":
        out = _bikram_sambat(ascii_text, text, out)
    if lang0 != "ne" and _BS_LATIN.search(ascii_text):
        out = _bs_latin(ascii_text, text, out)
    if lang0 != "ne" and _BS_LATIN_BARE.search(ascii_text):
        out = _bs_bare(ascii_text, text, out)
    if lang0 in _BS_NEIGHBOURS and _BS_NAMED_BARE.search(ascii_text):
        out = _bs_bare(ascii_text, text, out, _BS_NAMED_BARE)
    if lang0 in _BS_NEIGHBOURS and _BS_NAMED.search(ascii_text):
        out = _bs_latin(ascii_text, text, out, _BS_NAMED)
    if _MARKED_HINT.search(ascii_text):
        out = _marked_years(ascii_text, out)
    if lang0 not in _SOLAR_HIJRI and (_SOLAR_LATIN.search(ascii_text) or _SOLAR_LATIN_BARE.search(ascii_text)):
        out = _solar_latin(ascii_text, text, out)
    if lang0 in ("bn", "as") and BANGLA_HINT.search(text):
        out = bangla_dates(ascii_text, text, out)
    if lang0 in HIJRI_LANGS and _HIJRI_HINT.search(text):
        out = hijri_dates(ascii_text, text, out)
    elif LATIN_HINT.search(ascii_text):
        out = hijri_latin_dates(ascii_text, text, out)
    return out


# a Hijri month name or a year mark: the cheap test before the lunar calendar's expressions
_HIJRI_HINT = re.compile(r"هـ|ه\b|ھ|هجر|ہجری|محرم|صفر|ربيع|جماد|رجب|شعبان|رمضان|شوال|القعدة|الحجة")


# Solar Hijri dates kept in a translation in Latin letters: 1 Asad 1402, 15 Mehr 1403 (with the
# year only: Tir, Dey and Mehr are words too)
_SOLAR_LATIN_MONTHS = {name.lower(): k + 1 for k, names in enumerate((
    ("Hamal", "Farvardin"), ("Sawr", "Saur", "Sowr", "Ordibehesht"), ("Jawza", "Jauza", "Jowza", "Khordad"),
    ("Saratan", "Tir"), ("Asad", "Mordad", "Amordad"), ("Sunbula", "Sonbola", "Sombola", "Shahrivar", "Shahrevar"),
    ("Mizan", "Mehr"), ("Aqrab", "Akrab", "Aban"), ("Qaws", "Qaus", "Qows", "Azar"), ("Jadi", "Jaddi", "Dey", "Dei"),
    ("Dalw", "Dalv", "Bahman"), ("Hut", "Hoot", "Esfand", "Esfand"))) for name in names}
_SOLAR_LATIN = re.compile(r"\b(\d{1,2})\s+(" + "|".join(sorted(_SOLAR_LATIN_MONTHS, key=len, reverse=True))
                          + r")\s+(1[34]\d\d)\b", re.I)
# without the year, only the Iranian names no other word shares (22 Bahman, 1 Farvardin)
_SOLAR_LATIN_BARE = re.compile(r"\b(\d{1,2})\s+(Farvardin|Ordibehesht|Khordad|Mordad|Amordad|Shahrivar|Shahrevar|Aban"
                               r"|Bahman|Esfand)\b(?!\s+1[34]\d\d)", re.I)  # (French writes months in lower case)


def _with_solar_date(qs: list[Quantity], text: str, start: int, end: int, ymd: tuple[int, int, int],
                     soft: bool) -> list[Quantity]:
    """``qs`` with the Gregorian date of Solar Hijri ``ymd`` over ``text[start:end]``, in place of
    what was read there."""
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    _gy, gm, gd = solar_hijri_to_gregorian(*ymd)
    return [q for q in qs if q.end <= start or q.start >= end] + [
        Q(start, end, text[start:end], month=gm, day=gd, soft=soft)]


def _pashto_solar_dates(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``د تلې ۱۲مه`` → 3 October (in 1403 when no year is given: then soft)."""
    for m in _SOLAR_DATE_PS.finditer(ascii_text):
        day, month = int(m.group(2)), _SOLAR_MONTH_PS[m.group(1)]
        if 1 <= day <= 31:
            year = int(m.group(3)) if m.group(3) else 1403
            qs = _with_solar_date(qs, text, m.start(1), m.end(2), (year, month, day), soft=m.group(3) is None)
    return sorted(qs, key=lambda q: (q.start, q.end))


def _solar_latin(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``1 Asad 1402`` in an English text → 23 July, its year also 2023 or 2024."""
    for m in _SOLAR_LATIN.finditer(ascii_text):
        day, month, year = int(m.group(1)), _SOLAR_LATIN_MONTHS[m.group(2).lower()], int(m.group(3))
        if 1 <= day <= 31:
            # in brackets after the Gregorian date (March 21, 2025 (1 Farvardin 1404)) the year is
            # that date's again: it only helps
            twice = _AFTER_GREGORIAN.search(ascii_text, max(0, m.start() - 12), m.start()) is not None
            qs = [replace(q, same=(year + 621, year + 622, year), soft=q.soft or twice)
                  if q.start == m.start(3) and q.value == year else q for q in qs]
            qs = _with_solar_date(qs, text, m.start(), m.end(2), (year, month, day), soft=False)
    for m in _SOLAR_LATIN_BARE.finditer(ascii_text):
        day, month = int(m.group(1)), _SOLAR_LATIN_MONTHS[m.group(2).lower()]
        if 1 <= day <= 31:  # (no year: the day may be off by one across leap years, so soft)
            qs = _with_solar_date(qs, text, m.start(), m.end(2), (1403, month, day), soft=True)
    return sorted(qs, key=lambda q: (q.start, q.end))


_AFTER_GREGORIAN = re.compile(r"(?:1[89]|20)\d\d\s*\(\s*\Z")


# Bikram Sambat months romanised (Chait 18, 2079 beside April 1, 2023): with the year, which
# overlaps Gregorian ones, so the month name must be there
_BS_LATIN_MONTHS = {name: k + 1 for k, names in enumerate((
    ("Baisakh", "Baishakh", "Vaishakh"), ("Jestha", "Jeth", "Jyeshtha"), ("Asar", "Ashadh", "Asadh"),
    ("Shrawan", "Saun", "Sawan"), ("Bhadra", "Bhadau"), ("Ashwin", "Asoj"), ("Kartik",), ("Mangsir", "Marga"),
    ("Poush", "Push", "Paush"), ("Magh",), ("Falgun", "Phagun"), ("Chaitra", "Chait"))) for name in names}
_BS_LATIN = re.compile(r"\b(?:(" + "|".join(_BS_LATIN_MONTHS) + r")\s+(\d{1,2}),?\s+(20\d\d)"
                       r"|(\d{1,2})\s+(" + "|".join(_BS_LATIN_MONTHS) + r"),?\s+(20\d\d))\b")


# … and without the year, beside the Gregorian date (Bhadra 29 (September 14), June 11 (Jestha 28),
# असोज 1 से कार्तिक 30 (17 सितंबर से 15 नवंबर)): soft, its Gregorian day read in recent years,
# as a Nepali text's own yearless dates are; not the names that are English words
_GREGORIAN_GLOSS = re.compile(r"[^.!?।()]{0,30}\((?:\w+\.? \d{1,2}|\d{1,2} \w+)")
_BS_LATIN_BARE_MONTHS = {k: v for k, v in _BS_LATIN_MONTHS.items() if k not in ("Push", "Marga")}


def _bs_bare_pattern(names: Iterable[str]) -> re.Pattern[str]:
    alt = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:(" + alt + r")\s+(\d{1,2})(?![\d,.:])|(\d{1,2})\s+(" + alt + r"))(?!\w)")


_BS_LATIN_BARE = _bs_bare_pattern(_BS_LATIN_BARE_MONTHS)


def _in_brackets(text: str, start: int) -> bool:
    """Does ``start`` stand inside an open round bracket (no closing one since), within 40
    characters?"""
    before = text[max(0, start - 40) : start]
    return "(" in before and ")" not in before[before.rindex("(") :]


def _bs_bare(ascii_text: str, text: str, qs: list[Quantity], pattern: re.Pattern[str] = _BS_LATIN_BARE) -> list[Quantity]:
    from auditor.core.bikram_sambat import MONTH_NUMBERS, bs_to_gregorian
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    months = {**_BS_LATIN_MONTHS, **MONTH_NUMBERS}
    for m in pattern.finditer(ascii_text):
        if any(q.start <= m.start() < q.end and q.year for q in qs):
            continue  # read with its year already
        if not (_GREGORIAN_GLOSS.match(ascii_text, m.end()) or _in_brackets(ascii_text, m.start())):
            continue  # (alone, Chaitra 15 may as well be the Bangla calendar's, or a plain day)
        name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        readings = sorted({g[1:] for year in range(2075, 2091)
                           if (g := bs_to_gregorian(year, months[name], int(day))) is not None})
        if not readings:
            continue
        qs = [q for q in qs if q.end <= m.start() or q.start >= m.end()]
        qs.extend(Q(m.start(), m.end(), text[m.start() : m.end()], month=gm, day=gd, soft=True) for gm, gd in readings)
        # (and the day as written, for a text that gives it under a name this module cannot read: জেঠ ২৮)
        day_at = m.start(2) if m.group(1) else m.start(3)
        qs.append(Q(day_at, day_at + len(day), day, value=float(day), soft=True))
    return sorted(qs, key=lambda q: (q.start, q.end))


def _bs_latin(ascii_text: str, text: str, qs: list[Quantity], pattern: re.Pattern[str] | None = None) -> list[Quantity]:
    """``Chait 18, 2079`` in a Latin-script text (or ``चैत 18, 2079`` in a Hindi one): the
    Gregorian day it is (1 April 2023), the year also that one."""
    from auditor.core.bikram_sambat import MONTH_NUMBERS, bs_to_gregorian
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    months = {**_BS_LATIN_MONTHS, **MONTH_NUMBERS}
    for m in (pattern or _BS_LATIN).finditer(ascii_text):
        name, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        got = bs_to_gregorian(int(year), months[name], int(day))
        if got is None:
            continue
        gy, gm, gd = got
        qs = [q for q in qs if q.end <= m.start() or q.start >= m.end()]
        qs.append(Q(m.start(), m.end(), text[m.start() : m.end()], month=gm, day=gd, year=gy))
    return sorted(qs, key=lambda q: (q.start, q.end))


# A year another text writes in its own calendar, kept with the calendar named beside it (the
# 2016 Ethiopian fiscal year, 1403 SH, B.E. 2567, the Iranian year 1403): the Gregorian years it
# spans, besides the number as written.
_MARKED_HINT = re.compile(r"(?i)ethiopian|\bE\.?C\b|iranian|persian|hijri|\bS\.?H\b|\bA\.?P\b|buddhist|\bB\.?E\b")
_MARKED = (
    (re.compile(r"(?i)\b(\d{4})\s+(?:E\.C\.?|EC\b|Ethiopian\b|(?:in|according to|by|of) the Ethiopian calendar)|\bEthiopian\s+(?:(?:fiscal|budget|calendar)\s+)?year\s+(\d{4})"), 7, 8),
    (re.compile(r"(?i)\b(\d{4})\s+(?:S\.?H\.?|A\.?P\.?|Solar Hijri|Iranian\b|Persian\b|(?:in|according to|by|of) the (?:Iranian|Persian|Solar Hijri) calendar)"
                r"|\b(?:Iranian|Persian|Solar Hijri)\s+(?:(?:calendar|fiscal|budget)\s+)?year\s+(\d{4})"), 621, 622),
    (re.compile(r"(?i)\b(\d{4})\s+(?:B\.E\.?|BE\b|Buddhist\b)|\b(?:B\.E\.?|Buddhist Era|Buddhist\s+(?:calendar\s+)?year)\s+(\d{4})"), -543, -543),
)


def _marked_years(ascii_text: str, qs: list[Quantity]) -> list[Quantity]:
    for pattern, lo, hi in _MARKED:
        for m in pattern.finditer(ascii_text):
            g = 1 if m.group(1) else 2
            y0, y1 = m.start(g), m.end(g)
            qs = [replace(q, same=tuple(dict.fromkeys((q.value + lo, q.value + hi)))) if q.start == y0 and q.end == y1
                  and q.value is not None and not q.same else q for q in qs]
    return qs


def _bs_named_pattern() -> re.Pattern[str]:
    from auditor.core.bikram_sambat import MONTH_NUMBERS

    names = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
    return re.compile(r"(?<![\u0900-\u097f])(?:(" + names + r")\s+(\d{1,2}),?\s+(20\d\d)|(\d{1,2})\s+(" + names
                      + r"),?\s+(20\d\d))(?!\d)")


# Hindi and its neighbours name Bikram Sambat months too (चैत 18, 2079 in a Hindi translation of
# a Nepali text): read with the month, day and year all there, since a bare 2070 is a Gregorian year
_BS_NEIGHBOURS = frozenset({"hi", "mai", "bho", "awa", "new"})
_BS_NAMED = _bs_named_pattern()


def _bs_named_bare_pattern() -> re.Pattern[str]:
    from auditor.core.bikram_sambat import MONTH_NUMBERS

    return _bs_bare_pattern(MONTH_NUMBERS)


_BS_NAMED_BARE = _bs_named_bare_pattern()


def _ja_era_months(text: str, qs: list[Quantity]) -> list[Quantity]:
    """令和5年4月 (April of Reiwa 5): an era year right before a month without a day is that
    month of the Gregorian year, as ``April 2023`` is in English."""
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    qs = sorted(qs, key=lambda x: (x.start, x.end))
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (q.same and q.value is not None and nxt is not None and nxt.month and not nxt.day and not nxt.year
                and nxt.start == q.end + 1 and text[q.end : q.end + 1] == "年"):
            out.append(Q(q.start, nxt.end, text[q.start : nxt.end], month=nxt.month, year=int(q.same[0])))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


def _bikram_sambat(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Nepal dates by Bikram Sambat, 56 or 57 years ahead: a year from 2060 (2003 CE), or one
    with a year word (साल, वि.सं.), unless सन् (CE) stands before it."""
    from auditor.core.bikram_sambat import BS_YEAR_WORD, CE_MARK, LAST_YEAR, bs_dates

    years: list[int] = []
    for k, q in enumerate(qs):
        if not _year_like(q, 1000, LAST_YEAR) or CE_MARK.search(text, max(0, q.start - 8), q.start):
            continue
        worded = BS_YEAR_WORD.search(text, max(0, q.start - 8), min(len(text), q.end + 6)) is not None
        if (worded and (_year(q) >= 2000 or _BS_ERA_BEFORE.search(text, max(0, q.start - 8), q.start))) or _year(q) >= 2060:
            # (an older year only with the era's own mark before it: वि.सं. १८१३ = 1756 CE)
            years.append(int(_year(q)))
            qs[k] = replace(q, same=(_year(q) - 57, _year(q) - 56) + (() if worded else (_year(q),)))
    return bs_dates(ascii_text, text, qs, tuple(sorted(set(years) | set(range(2075, 2091)))))


_BS_ERA_BEFORE = re.compile(r"वि\.\s?सं\.?\s*\Z")


_SH_YEAR_WORD = re.compile(r"سال|کال|ه\.?\s?ش|هـ\.?\s?ش|خورشیدی|لمریز")


def ethiopian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of an Ethiopian date, through the Julian day number."""
    jdn = 1724221 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    a = jdn + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def _ethiopian_dates(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``ኅዳር 5 ቀን 2017 ዓ.ም`` → 14 November 2024, with the year as 2024; a date without a year
    is read in the current Ethiopian year's terms only to help (soft)."""
    for m in _ETH_DATE.finditer(ascii_text):
        month, day = _ETH_MONTH[m.group(1)], int(m.group(2))
        if not 1 <= day <= (30 if month < 13 else 6):
            continue
        # ከጥቅምት 18 እስከ 27 ቀን 2017 ዓ.ም: a range in one month, the year after its end
        end = _ETH_RANGE_END.match(ascii_text, m.end()) if not m.group(3) else None
        year_text = m.group(3) or (end.group(2) if end else None)
        year = int(year_text) if year_text else 2017
        days = [(m.start(1), m.end(2), m.start(2), day)]
        if end is not None and 1 <= int(end.group(1)) <= 30:
            days.append((end.start(1), end.end(1), end.start(1), int(end.group(1))))
        for lo, hi, at, d in days:
            gy, gm, gd = ethiopian_to_gregorian(year, month, d)
            k = next((k for k, q in enumerate(qs) if q.start == at), None)
            if k is None:
                continue
            qs[k] = replace(qs[k], start=lo, end=hi, text=text[lo:hi], value=None, month=gm, day=gd,
                            soft=year_text is None)
        y_start = m.start(3) if m.group(3) else (end.start(2) if end is not None and end.group(2) else -1)
        y = next((y for y, q in enumerate(qs) if q.start == y_start), None)
        if y is not None:
            qs[y] = replace(qs[y], value=float(gy), same=())  # already Gregorian: the date says which
    # A month and its year, no day: በሐምሌ 2014 ዓ.ም = July 2022 (the Gregorian month in which
    # the Ethiopian one begins: its first 20-odd days)
    for m in _ETH_MONTH_YEAR.finditer(ascii_text):
        month = _ETH_MONTH[m.group(1)]
        k = next((k for k, q in enumerate(qs) if q.start == m.start(2) and not q.is_date), None)
        if k is None or month == 13 or ascii_text[max(0, m.start(1) - 2) : m.start(1)].strip()[-1:].isdigit():
            continue  # (ብ12 ግንቦት 2017 ዓ.ም: a day first, read below)
        gy, gm, _ = ethiopian_to_gregorian(int(m.group(2)), month, 1)
        qs[k] = replace(qs[k], start=m.start(1), text=text[m.start(1) : m.end(2)], value=None, month=gm, day=0,
                        year=gy, same=())
    # Tigrinya writes the day first: ብ12 ግንቦት 2017, ካብ 5 ግንቦት
    for m in _ETH_DAY_FIRST.finditer(ascii_text):
        day, month = int(m.group(1)), _ETH_MONTH[m.group(2)]
        # (the Tigrinya month names also read as Gregorian ones, ሓምለ 2022: a day before one is
        # an Ethiopian date all the same, as it was before they were)
        k = next((k for k, q in enumerate(qs) if q.start == m.start(1) and (not q.is_date or q.day == day)), None)
        if k is None or not 1 <= day <= (30 if month < 13 else 6):
            continue
        year = int(m.group(3)) if m.group(3) else 2017
        gy, gm, gd = ethiopian_to_gregorian(year, month, day)
        qs[k] = replace(qs[k], end=m.end(2), text=text[m.start(1) : m.end(2)], value=None, month=gm, day=gd,
                        soft=m.group(3) is None, year=0)
        if m.group(3) and not any(q.start == m.start(3) for q in qs):  # its year read into the date
            qs.insert(k + 1, replace(qs[k], start=m.start(3), end=m.end(3), text=text[m.start(3) : m.end(3)],
                                     value=float(gy), month=0, day=0, soft=False, same=()))
        y = next((y for y, q in enumerate(qs) if m.group(3) and q.start == m.start(3)), None)
        if y is not None:
            qs[y] = replace(qs[y], value=float(gy), same=())
    return qs


def _family(lang0: str) -> str:
    if lang0 in _BUDDHIST:
        return "buddhist"
    if lang0 in _ETHIOPIAN:
        return "ethiopian"
    if lang0 in _SOLAR_HIJRI:
        return "solar-hijri"
    if lang0 == "ne":
        return "bikram-sambat"
    return "japanese" if lang0 == "ja" else ""


def seen_from(qs: Sequence[Quantity], own_lang0: str, other_lang0: str) -> list[Quantity]:
    """``qs`` as a text in ``other_lang0`` must render them: a year of a calendar that language
    does not use is its Gregorian year only (พ.ศ. 2554 left as 2554 in English is a changed
    number; kept as 2554 in Lao it is not)."""
    if not _family(own_lang0) or _family(own_lang0) == _family(other_lang0):
        return list(qs)
    return [replace(q, value=q.same[0], same=q.same[1:]) if q.same else q for q in qs]


def _year(q: Quantity) -> float:
    return q.value if q.value is not None else 0.0


def _year_like(q: Quantity, lo: int, hi: int) -> bool:
    # four digits, or a season's second year in two (2567/68: its value is already 2568)
    return (q.value is not None and not q.is_date and not q.soft and lo <= q.value <= hi
            and q.value == int(q.value) and len(q.text.strip()) in (2, 4) and q.value >= 1000)


_SOLAR_MONTH_YEAR = re.compile(r"(?<![\d\s])\s*(" + _SOLAR_NAMES + r")(?:\s*ماه)?\s*(\d{4})")
# the month named as a month, with no year (در مهرماه, ماه آبان): the word ماه says it is one
# (مهر alone is also "seal", تیر "arrow")
_SOLAR_MONTH_WORD = re.compile(r"(?:(?<![^\W\d_])(" + _SOLAR_NAMES + r")[\u200c ]?ماه(?![^\W\d_])|ماه\s+(" + _SOLAR_NAMES
                               + r")(?![^\W\d_]))")


def _solar_months(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``پایان اسفند ۱۴۰۳`` (the end of Esfand 1403): a month without a day is read as the
    Gregorian month its middle falls in, a soft month that only helps match a date in it."""
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    for m in _SOLAR_MONTH_YEAR.finditer(ascii_text):
        month, year = _SOLAR_MONTH[m.group(1)], int(m.group(2))
        if any(q.month and q.start <= m.start(1) < q.end for q in qs):
            continue  # a day before it: a whole date, read above
        _gy, gm, _gd = solar_hijri_to_gregorian(year, month, 15)
        qs.append(Q(m.start(1), m.end(1), text[m.start(1) : m.end(1)], month=gm, soft=True))
    for m in _SOLAR_MONTH_WORD.finditer(ascii_text):
        g = 1 if m.group(1) else 2
        if any(q.month and q.start <= m.start(g) < q.end for q in qs):
            continue
        # a Solar Hijri month spans two Gregorian ones: either may be named (Mehr: 23 Sept - 22 Oct)
        _gy, first, _gd = solar_hijri_to_gregorian(1403, _SOLAR_MONTH[m.group(g)], 1)
        _gy, last, _gd = solar_hijri_to_gregorian(1403, _SOLAR_MONTH[m.group(g)], 29)
        for gm in dict.fromkeys((first, last)):
            qs.append(Q(m.start(g), m.end(g), text[m.start(g) : m.end(g)], month=gm, soft=True))
    return qs


def _solar_dates(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``۱۵ مهر ۱۴۰۳`` → 6 October (with the year; without one, the year the text gives another
    date in, else 1403: the day may then be off by one across leap years, so the date only
    helps, never reports)."""
    default = next((int(m.group(3)) for m in _SOLAR_DATE.finditer(ascii_text) if m.group(3)), 1403)
    for m in _SOLAR_DATE.finditer(ascii_text):
        day, month = int(m.group(1)), _SOLAR_MONTH[m.group(2)]
        if not 1 <= day <= 31:
            continue
        year = int(m.group(3)) if m.group(3) else default
        _gy, gm, gd = solar_hijri_to_gregorian(year, month, day)
        k = next((k for k, q in enumerate(qs) if q.start == m.start(1)), None)
        if k is None:
            continue
        end = m.end(2)
        qs[k] = replace(qs[k], end=end, text=text[m.start(1) : end], value=None, month=gm, day=gd,
                        soft=m.group(3) is None)
        if m.group(3) is None:  # (a segment alone may not say the year: the next one's reading too)
            _gy, gm2, gd2 = solar_hijri_to_gregorian(year + 1, month, day)
            if (gm2, gd2) != (gm, gd):
                qs.append(replace(qs[k], month=gm2, day=gd2))
        first = _SOLAR_RANGE_START.search(ascii_text, max(0, m.start(1) - 12), m.start(1))
        j = next((j for j, q in enumerate(qs) if first and q.start == first.start(1)), None)
        if first is not None and j is not None and 1 <= int(first.group(1)) < day:
            # از ۱۲ تا ۲۲ بهمن: the first day of a range is in the month named after the last
            _gy, gm1, gd1 = solar_hijri_to_gregorian(year, month, int(first.group(1)))
            qs[j] = replace(qs[j], value=None, month=gm1, day=gd1, soft=m.group(3) is None)
    from auditor.core.numbers import Quantity  # (numbers imports this module)

    for m in _SOLAR_FIRST_DAY.finditer(ascii_text):  # اول فروردین ۱۴۰۴: the first (day) of Farvardin
        month = _SOLAR_MONTH[m.group(2)]
        year = int(m.group(3)) if m.group(3) else default
        _gy, gm, gd = solar_hijri_to_gregorian(year, month, 1)
        qs = [q for q in qs if q.end <= m.start() or q.start >= m.end(2)]
        qs.append(Quantity(m.start(), m.end(2), text[m.start() : m.end(2)], month=gm, day=gd, soft=m.group(3) is None))
    return qs


_SOLAR_RANGE_START = re.compile(r"(?<!\d)(\d{1,2})\s*(?:تا|الی|-|–)\s*\Z")
_SOLAR_FIRST_DAY = re.compile(r"(?<![\u0600-\u06ff])(اول|یکم)\s+(" + _SOLAR_NAMES
                              + r")(?![\u0600-\u06ff])(?:\s*(?:ماه\s*)?(\d{4}))?")


# Hebrew dates in letters (gematria): כ"ג בחשוון תשפ"ה = 23 Heshvan 5785. Only read next to a
# month name of the Hebrew calendar, where letters can stand for numbers.
_HEB_VALUES = dict(zip("אבגדהוזחטיכלמנסעפצקרשתךםןףץ", (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90,
                                                         100, 200, 300, 400, 20, 40, 50, 80, 90)))
_HEB_MONTHS = ("תשרי", "חשוון", "חשון", "מרחשוון", "כסלו", "טבת", "שבט", "אדר", "ניסן", "אייר", "סיוון", "סיון",
               "תמוז", "אב", "אלול")
_HEB_NUMBER = r"[א-ת]{1,4}[\"״'׳]?[א-ת]?"
_HEB_DATE = re.compile(rf"(?<![א-ת])({_HEB_NUMBER})\s+ב?(?:{'|'.join(_HEB_MONTHS)})(?:\s+(ה?[\"״'׳]?{_HEB_NUMBER}))?(?![א-ת])")


def _gematria(word: str) -> int:
    return sum(_HEB_VALUES.get(ch, 0) for ch in word)


def hebrew_dates(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of the day and the year of each Hebrew-calendar date written in
    letters (כ"ג = 23; תשפ"ה = 5785, the thousands left implicit as usual)."""
    out: list[tuple[int, int, float]] = []
    for m in _HEB_DATE.finditer(text):
        day = _gematria(m.group(1))
        if 1 <= day <= 30:
            out.append((m.start(1), m.end(1), float(day)))
        if m.group(2):
            year = _gematria(m.group(2).lstrip("ה\"״'׳")) if m.group(2).startswith("ה") and len(m.group(2)) > 1 \
                and m.group(2)[1] in "\"״'׳" else _gematria(m.group(2))
            if 700 <= year <= 999:
                out.append((m.start(2), m.end(2), float(5000 + year)))
    return out
