"""Dates written without digits for the day: Yoruba ordinal words and the Roman calendar.

Pure functions, used by ``auditor.core.numbers``. Each returns ``SpelledDate`` values:
offsets into the text of the date without its year and with it, the month, the day (0 for a
month alone) and the year (0 when not given).

- Yoruba counts the days of a month with ordinal words in its vigesimal system
  (``ọjọ́ kejìlélógún oṣù Kẹjọ ọdún 2025``: day 22 (2 + 20) of month 8, year 2025;
  ``kẹrìndínlógún``: 16, four short of 20); months are ordinals too (``oṣù Kẹjọ``, the eighth).
- Latin counts back from the Kalends (the 1st), the Nones (5th, 7th in March, May, July and
  October) and the Ides (13th, 15th in those months), both ends included: ``a.d. IV Kal.
  Mart.`` is 26 February (in a common year), ``a.d. V Id. Feb.`` is 9 February, ``pridie`` is the
  day before; the year may follow as ``anno MMXXIII``.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import isleap, monthrange
from typing import NamedTuple


class SpelledDate(NamedTuple):
    start: int
    end: int
    """Where the day and month end (a year after them is a number of its own)."""
    end_with_year: int
    month: int
    day: int
    year: int

# Yoruba ordinals 1-31, written without tone marks and subdots (they vary in print)
_YO_ORDINALS = {
    "kini": 1, "kinni": 1, "kiini": 1, "keji": 2, "keta": 3, "kerin": 4, "karun": 5, "karunun": 5, "kefa": 6,
    "keje": 7, "kejo": 8, "kesan": 9, "kesanan": 9, "kewa": 10, "kewaa": 10, "kokanla": 11, "kejila": 12,
    "ketala": 13, "kerinla": 14, "keedogun": 15, "kedogun": 15, "kerindinlogun": 16, "ketadinlogun": 17,
    "kejidinlogun": 18, "kokandinlogun": 19, "ogun": 20, "ogunjo": 20, "kokanlelogun": 21, "kejilelogun": 22,
    "ketalelogun": 23, "kerinlelogun": 24, "karundinlogbon": 25, "kerindinlogbon": 26, "ketadinlogbon": 27,
    "kejidinlogbon": 28, "kokandinlogbon": 29, "ogbon": 30, "kokanlelogbon": 31,
}
# The traditional month names, beside the ordinals (oṣù Ògún: August)
_YO_MONTHS = {"sere": 1, "erele": 2, "erena": 3, "igbe": 4, "ebibi": 5, "okudu": 6, "agemo": 7, "ogun": 8,
              "owewe": 9, "owara": 10, "belu": 11, "ope": 12}
_YO_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f-])*"
_YO_DATE = re.compile(
    rf"(?:\b[oọ]j[oọ]\u0301?\s+(?P<day>{_YO_WORD})\s+)?(?P<osu>\b[oọ][sṣ][uù]\u0300?)\s+(?P<month>{_YO_WORD})"
    r"(?:\s+[oọ]\u0300?d[uú]\u0301?n\s+(?P<year>\d{4}))?", re.I)


def _plain(word: str) -> str:
    """Lower case, without tone marks, subdots or hyphens: ``Kẹ̀ẹ́dógún`` → ``keedogun``."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch)).replace("-", "")


def yoruba_dates(text: str) -> list[SpelledDate]:
    """``ọjọ́ kejìlélógún oṣù Kẹjọ ọdún 2025`` → (…, 8, 22, 2025); ``oṣù Kẹjọ`` → month 8.
    ``text`` must be NFC (offsets are into it)."""
    out: list[SpelledDate] = []
    for m in _YO_DATE.finditer(text):
        name = _plain(m.group("month"))
        # Ògún is the eighth month; ogún (twenty) is no month ordinal; oṣù náà: that month
        month = 8 if name == "ogun" else (_YO_ORDINALS.get(name, 0) or _YO_MONTHS.get(name, 0))
        if name == "naa" and out:
            month = out[-1].month
        if not 1 <= month <= 12:
            continue
        day = _YO_ORDINALS.get(_plain(m.group("day")), 0) if m.group("day") else 0
        out.append(SpelledDate(m.start() if day else m.start("osu"), m.end("month"), m.end(), month, day,
                               int(m.group("year") or 0)))
    return out


_LA_MONTHS = {"ian": 1, "feb": 2, "mar": 3, "apr": 4, "mai": 5, "iun": 6, "iul": 7, "aug": 8, "sep": 9, "oct": 10,
              "nov": 11, "dec": 12, "quint": 7, "sext": 8}
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_LA_DATE = re.compile(
    r"\b(?:(?P<ad>a\.\s?d\.|ante\s+diem)\s+(?P<n>[IVXL]+|\w+)|(?P<pridie>pridie))?\s*"
    r"(?P<point>Kal(?:endas|endis|endae|\.)?|Non(?:as|is|ae|\.)|Id(?:us|ibus|\.))\s+"
    r"(?P<month>(?:Ian|Feb|Mar|Apr|Mai|Iun|Iul|Aug|Sep|Oct|Nov|Dec|Quint|Sext)[a-z]*\.?)"
    r"(?:,?\s+anno\s+(?P<year>[MDCLXVI]+|\d{4}))?", re.I)
_LA_COUNT = {"tertium": 3, "quartum": 4, "quintum": 5, "sextum": 6, "septimum": 7, "octavum": 8, "nonum": 9,
             "decimum": 10, "undecimum": 11, "duodecimum": 12}


def _roman_value(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total


def roman_dates(text: str) -> list[SpelledDate]:
    """``a.d. IV Kal. Mart. anno MMXXIII`` → (…, 2, 26, 2023)."""
    out: list[SpelledDate] = []
    for m in _LA_DATE.finditer(text):
        named = _LA_MONTHS.get(m.group("month").lower().rstrip(".")[:5], 0) or _LA_MONTHS.get(
            m.group("month").lower()[:3], 0)
        if not named:
            continue
        year = 0
        if m.group("year"):
            y = m.group("year").upper()
            year = int(y) if y.isdigit() else (_roman_value(y) if _ROMAN.match(y) else 0)
        if m.group("ad"):
            raw = m.group("n")
            count = _roman_value(raw.upper()) if _ROMAN.match(raw.upper()) else _LA_COUNT.get(raw.lower(), 0)
            if count < 2:
                continue
        else:
            count = 2 if m.group("pridie") else 1
        point = m.group("point")[0].upper()
        late = named in (3, 5, 7, 10)
        if point == "K":
            # counted back from the 1st of the named month, into the month before
            month = named - 1 if count > 1 else named
            month = month or 12
            if count == 1:
                day = 1
            else:
                length = monthrange(year or 2001, month)[1] if month != 2 else (29 if year and isleap(year) else 28)
                day = length + 2 - count
        else:
            base = (7 if late else 5) if point == "N" else (15 if late else 13)
            month, day = named, base + 1 - count
        if not 1 <= day <= 31:
            continue
        if point == "K" and month == 12 and named == 1 and year:
            year -= 1  # a.d. … Kal. Ian. anno N is in December of the year before
        start = m.start("ad") if m.group("ad") else (m.start("pridie") if m.group("pridie") else m.start("point"))
        out.append(SpelledDate(start, m.end("month"), m.end(), month, day, year))
    return out
