"""Lunar Hijri dates in Arabic-script texts, read so that a translator may drop or convert them.

Pure functions. Arabic news often dates an event twice, ``الخميس 15 رمضان 1446هـ الموافق 15 مارس
2025م``; a translation keeps the Gregorian date and drops the Hijri one, or converts it. Read
literally, 15 and 1446 would be numbers the translation lost. Here a Hijri date and a year
marked ``هـ`` are soft (they only help, never report) and carry their Gregorian readings. The
calendar in use (Umm al-Qura, or a sighting of the moon) may differ from the arithmetic one
computed here by a day or two, so a date is read as that day and the days beside it.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.core.numbers import Quantity

HIJRI_LANGS = frozenset({"ar", "ur", "fa", "prs", "ps", "sd", "ug", "ckb"})
_MONTHS = (("محرم", "المحرم"), ("صفر",), ("ربيع الأول", "ربيع الاول", "ربيع أول"),
           ("ربيع الآخر", "ربيع الثاني", "ربيع الاخر", "ربيع ثاني"),
           ("جمادى الأولى", "جمادى الاولى", "جمادي الأولى", "جمادى الأول"),
           ("جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة", "جمادي الآخرة"), ("رجب",), ("شعبان",),
           ("رمضان",), ("شوال",), ("ذو القعدة", "ذي القعدة", "ذوالقعدة"), ("ذو الحجة", "ذي الحجة", "ذوالحجة"))
_MONTH = {name: k + 1 for k, names in enumerate(_MONTHS) for name in names}
_NAMES = "|".join(sorted(_MONTH, key=len, reverse=True))
_MARK = r"\s*(?:هـ|ه\b|ھ|ہجری|هجري|هجرية|للهجرة|ق)"
# 15 رمضان 1446هـ, ١٠ من ذي الحجة سنة ١٤٤٥ هـ: a day, a Hijri month and maybe the year
_DATE = re.compile(r"(\d{1,2})\s*(?:من\s*)?(" + _NAMES + r")(?![\u0600-\u06ff])(?:\s*(?:سنة|عام|لعام)?\s*(\d{3,4})(?:" + _MARK + r")?)?")
_YEAR = re.compile(r"(\d{3,4})" + _MARK + r"(?![\u0600-\u06ff])")


def hijri_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a date of the arithmetic (tabular) Hijri calendar."""
    jdn = day + -(-295 * (month - 1) // 10) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    g = _dt.date.fromordinal(jdn - 1721425)
    return g.year, g.month, g.day


def hijri_dates(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with Hijri dates and years made soft, carrying their Gregorian readings."""
    years: set[int] = set()
    # a date without a year: in the text's own Hijri year, else in recent ones (a month drifts
    # eleven days a year, so every year would make any Gregorian date a reading)
    named = [int(m.group(1)) for m in _YEAR.finditer(ascii_text) if 1300 <= int(m.group(1)) <= 1600]
    named += [int(m.group(3)) for m in _DATE.finditer(ascii_text) if m.group(3) and 1300 <= int(m.group(3)) <= 1600]
    default = tuple(sorted(set(named))) or (1445, 1446, 1447)
    for m in _DATE.finditer(ascii_text):
        day, month = int(m.group(1)), _MONTH[m.group(2)]
        if month == 2 and not m.group(3):
            continue  # (صفر is also "zero": Safar only with its year)
        if _read_date(text, qs, m.start(1), m.end(2), day, month, int(m.group(3) or 0), default) and m.group(3):
            years.add(m.start(3))
    years.update(m.start(1) for m in _YEAR.finditer(ascii_text))
    return _soft_years(qs, years)


def _read_date(text: str, qs: list[Quantity], lo: int, hi: int, day: int, month: int, year: int,
               default: tuple[int, ...]) -> bool:
    """Make the day number at ``lo`` the Hijri date ``text[lo:hi]``: soft, read as each
    Gregorian day it may be (the day before and after too), and as its own day number."""
    from auditor.core.numbers import Quantity as Q  # at call time: numbers imports this module

    k = next((k for k, q in enumerate(qs) if q.start == lo), None)
    if k is None or not 1 <= day <= 30:
        return False
    readings = []
    for y in ((year,) if 1300 <= year <= 1600 else default):
        g = _dt.date(*hijri_to_gregorian(y, month, day))
        readings += [g + _dt.timedelta(days=d) for d in (-1, 0, 1)]
    days = sorted({(g.month, g.day) for g in readings})
    qs[k] = replace(qs[k], start=lo, end=hi, text=text[lo:hi], value=None, month=days[0][0], day=days[0][1], soft=True)
    qs.extend(Q(lo, hi, text[lo:hi], month=gm, day=gd, soft=True) for gm, gd in days[1:])
    qs.append(Q(lo, hi, text[lo:hi], value=float(day), soft=True))  # kept as "14 Ramadan 1445 AH"
    return True


def _soft_years(qs: list[Quantity], years: set[int]) -> list[Quantity]:
    """The Hijri years starting at ``years`` made soft, read as the Gregorian years they span."""
    for k, q in enumerate(qs):
        if q.start in years and q.value is not None and 1300 <= q.value <= 1600 and q.value == int(q.value):
            # AH 1446 began in July 2024: a Hijri year spans two Gregorian ones
            y = int(q.value)
            qs[k] = replace(q, soft=True, same=(float(hijri_to_gregorian(y, 1, 1)[0]), float(hijri_to_gregorian(y, 12, 29)[0])))
    return qs


# Hijri months in Latin letters: English, Indonesian and Malay, Turkish, French spellings
_LATIN_MONTHS = (
    r"muharram|muharrem|moharram",
    r"safar|sapar",
    r"rabi['’‘ʿ]?\s?(?:al|ul)?[- ]?awwal|rabi['’‘ʿ]?\s?(?:al|ul)?[- ]?awal|rabi['’‘ʿ]?\s?i\b|rebiülevvel",
    r"rabi['’‘ʿ]?\s?(?:al|ul|us)?[- ]?(?:thani|tsani|akhir|akhar|sani)|rabi['’‘ʿ]?\s?ii\b|rebiülahir",
    r"jumad[ai]l?[- ]?(?:al[- ])?(?:ula|awwal|awal|oula)|cemaziyelevvel",
    r"jumad[ai]l?[- ]?(?:al[- ])?(?:akhirah|akhira|akhir|thani|tsani|sani)|cemaziyelahir",
    r"rajab|recep|rejeb",
    r"sha['’‘ʿ]?ban|sya['’‘ʿ]?ban|syakban|şaban|chaabane",
    r"ramadh?an|ramazan|ramadhan",
    r"shawwal|syawal|sawal|şevval|chawwal",
    r"dhu\s?[’'‘]?l?[- ]?(?:al[- ])?qa['’‘ʿ]?dah?|dhul[- ]?qa['’‘ʿ]?dah?|dh?ulq[ao]['’‘ʿ]?dah?|zulka['’‘ʿ]?[ie]dah|"
    r"dzulq[ao]['’‘ʿ]?[i]?dah|zilkade|dhou al-qi['’‘ʿ]?da",
    r"dhu\s?[’'‘]?l?[- ]?(?:al[- ])?hij(?:j)?ah|dhul[- ]?hij(?:j)?ah|zulhij(?:j)?ah|dzulhij(?:j)?ah|zilhicce|dhou al-hijja",
)
_LATIN_MONTH_RES = tuple(re.compile(p, re.I) for p in _LATIN_MONTHS)
_LATIN_NAMES = "|".join(f"(?:{p})" for p in _LATIN_MONTHS)
LATIN_HINT = re.compile(r"(?<![^\W\d_])(?:" + _LATIN_NAMES + r")(?![^\W\d_])", re.I)
_LATIN_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\s+(" + _LATIN_NAMES + r")(?![^\W\d_])"
                         r"(?:,?\s+(1[34]\d\d)(?:\s*(?:AH|A\.H\.|H|H\.|Hijri(?:ah|yah)?|Hicri|ھ)(?![^\W\d_]))?)?", re.I)


_RANGE_BEFORE = re.compile(r"\d\s*[-–‐]\s*\Z")


def hijri_latin_dates(ascii_text: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``4 Dhu al-Hijjah 1446 AH``, ``1 Zulkaidah 1446 H``, ``15 Ramadan``: Hijri dates a
    Latin-script text keeps or gives beside the Gregorian one, soft as in Arabic (a translator
    may drop or convert them), with their Gregorian readings; their years likewise."""
    years: set[int] = set()
    found = list(_LATIN_DATE.finditer(ascii_text))
    named = [int(m.group(3)) for m in found if m.group(3)]
    default = tuple(sorted(set(named))) or (1445, 1446, 1447)
    for m in found:
        month = next(k + 1 for k, p in enumerate(_LATIN_MONTH_RES) if p.fullmatch(m.group(2)))
        if month in (2, 7) and not m.group(3):
            continue  # (Safar and Rajab are names too: only with their year)
        if _RANGE_BEFORE.search(ascii_text, max(0, m.start() - 6), m.start()):
            continue  # 20–23 Jumada al-Ula: a range of days, its numbers read as they are
        if _read_date(text, qs, m.start(1), m.end(2), int(m.group(1)), month, int(m.group(3) or 0), default) \
                and m.group(3):
            years.add(m.start(3))
    return _soft_years(qs, years)
