"""Numbers and dates in running text, read per language, for comparison across a bead.

Digits of every script are read as ASCII first (``digits_to_ascii`` keeps offsets). Decimal
and thousands separators follow the language (``1,500.5`` in English, ``1.500,5`` in German,
``1 500,5`` in French and Russian, ``১,০০,০০০`` with Indian grouping in Bengali). Scale words
multiply (``2 million`` = ``২০ লাখ``). Dates become (month, day) pairs across forms:
``17 March``, ``March 17``, ``১৭ মার্চ``, ``17 марта``, ``3月17日``. Number words up to twenty
(English, plus the commonest in a few other languages), and tens with their units
(``forty-eight``, ``сорока восьми``, ``achtundvierzig``), are *soft*: they may satisfy a number
on the other side but are never reported missing, since ``one`` is as often a pronoun. Amounts
with a unit carry their conversions as alternative values (``45 miles`` ≈ 72.4 km), and so
does an amount followed by the same amount in parentheses (``45 miles (72 kilometers)``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from auditor.core.calendars import hebrew_dates, other_calendars
from auditor.core.clock_forms import (
    CJK_TIME,
    CLOCK,
    CLOCK_BEFORE,
    DOTTED_PRICES,
    DOTTED_TIME,
    HAN_NUMERAL,
    HOUR_BEFORE,
    HOUR_MINUTE,
    ROUND_THE_CLOCK,
    TIME,
    han_value,
    is_time,
)
from auditor.core.fractions_read import fractions
from auditor.core.malay_numbers import malay_numbers
from auditor.core.names import Token, word_tokens
from auditor.core.normalize import digits_to_ascii, fold, primary_language
from auditor.core.number_spelling import (
    KILO_UNITS,
    ROMAN,
    SCALE_POSTPOSITIONS,
    closed_number,
    compound_words,
    roman_value,
    scale_after,
    scale_before,
    scale_ordinals,
    unspaced_word_amounts,
    word_value,
)
from auditor.core.number_words import LONG_SCALES, MONTHS, SCALES, month_of
from auditor.core.spelled_dates import roman_dates, yoruba_dates
from auditor.core.units import Convert, unit_after
from auditor.core.weekdays import NAMES as WEEKDAY_NAMES
from auditor.core.weekdays import weekdays_in


@dataclass(frozen=True)
class Quantity:
    """A number or a date found in a text; offsets are code points into that text."""

    start: int
    end: int
    text: str
    value: float | None = None
    month: int = 0
    day: int = 0
    soft: bool = False
    clock: bool = False
    """A time of day (``3 pm``, ``18.30 Uhr``), value on a 12-hour dial: reported only when
    the other side also has an unmatched number (a substitution, not a re-expression)."""
    alts: tuple[float, ...] = ()
    """Other values the same amount may be written as: the unit conversion (``45 miles`` ≈
    72.4 km) or the value given in parentheses (``45 miles (72 kilometers)``). Matched with
    a rounding tolerance, after exact values."""
    weekday: int = 0
    """A day of the week (Monday = 1), always soft: see ``number_match.unmatched``."""
    same: tuple[float, ...] = ()
    """Exact other values: a year of another calendar in the Gregorian one (``พ.ศ. 2567`` =
    2024, see ``auditor.core.calendars``)."""
    year: int = 0
    """The year of a month named with one (``July 2025``, ``พฤศจิกายน 2567`` = 2024), else 0:
    two such months match only in the same year."""

    def shifted(self, offset: int) -> Quantity:
        """This quantity with its offsets moved by ``offset`` (into a longer text): what
        ``dataclasses.replace`` does, several times faster for the thousands a long text has."""
        new = object.__new__(Quantity)
        new.__dict__.update(self.__dict__)
        object.__setattr__(new, "start", self.start + offset)
        object.__setattr__(new, "end", self.end + offset)
        return new

    @property
    def is_date(self) -> bool:
        return self.month > 0

    def label(self) -> str:
        if self.weekday:
            return WEEKDAY_NAMES[self.weekday]
        if self.is_date:
            if self.day:
                return f"{self.day} {_MONTH_NAMES[self.month]}"
            return f"{_MONTH_NAMES[self.month]} {self.year}" if self.year else _MONTH_NAMES[self.month]
        v = self.value or 0.0
        return str(int(v)) if v == int(v) else f"{v:g}"


_SAH_MONTH = re.compile(r"[\s\u00a0]+(?:ый|тутар|устар)\w*", re.I)
# Month names that are also common words, read as months only when no word follows.
_ADVERB_MONTHS = frozenset({("ro", "mai"), ("ms", "mac")})
_WORD_NEXT = re.compile(r"[\s\u00a0]+[^\W\d_]")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DECIMAL_COMMA = frozenset({"de", "fr", "ru", "uk", "bg", "es", "it", "pt", "nl", "pl", "cs", "tr",
                            "id", "vi", "sv", "da", "no", "nb", "fi", "is", "ro", "hu", "el", "sr", "km", "lo",
                            "ca", "gl", "eu", "sk", "sl", "hr", "bs", "lt", "lv", "et", "sq", "mk", "az", "kk",
                            "uz", "ky", "be", "nn", "lb", "tt", "ba", "tg", "ht", "qu",
                            "jv", "su", "kmr", "ku", "xh", "zu", "fo", "wo", "ln", "ce", "os", "ff",
                            "fy", "rm", "oc", "co", "sc", "fur", "lad", "kab", "zgh", "tzm", "shi", "cv", "sah", "eo",
                            "st", "nso", "ss", "ts", "ve", "nr", "rn",
                            # Guarani and Aymara (Spanish conventions: ₲ 45.000.000), Armenian, Georgian,
                            # Asturian, Aragonese, Breton
                            "gn", "ay", "hy", "ka", "ast", "an", "br"})
# A count of decades, dozens or centuries is also the years or items they make: "two decades"
# for 20년, "three dozen" for 36. Words of the languages whose number words are read.
_GROUP_WORDS = re.compile(
    r"\s*(?:(decades?|décennies?|décadas?|decenni|jahrzehnten?|десятилети[йяеию]|десятиліт[ьтя]\w*)"
    r"|(dozens?|douzaines?|docenas?|dutzend|дюжин\w*)|(centuries|siècles|siglos|jahrhunderte|столети[йяе]))(?!\w)",
    re.IGNORECASE)
_GROUP_SIZES = (10.0, 12.0, 100.0)


def _counted_in_groups(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with the product as another reading of a count (up to twenty) of decades, dozens
    or centuries (two decades = 20 years; the 20th century is an ordinal, no count)."""
    out: list[Quantity] = []
    for q in qs:
        m = _GROUP_WORDS.match(text, q.end)
        if m and q.value is not None and 1 <= q.value <= 20 and not q.is_date and not q.clock:
            size = _GROUP_SIZES[next(i for i in range(3) if m.group(i + 1))]
            q = replace(q, same=(*q.same, q.value * size))
        out.append(q)
    return out


# Words for a numbered article, section or point just before a dotted number (статьи 5.27).
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:стать[яиеюй]|ст|пункт[аеу]?|п|част[ьи]|раздел[аеу]?|art|artikel[s]?|article|articolo|art[ií]culo|"
    r"artigo|artykuł[uy]?|článek|članak|člen|paragraf[ui]?|punkt[u]?|section|sezione)\.?|§|№|No\.?|Nr\.?)\s*\Z",
    re.I)


_DECADE = re.compile(r"(?<![\d.,])(?:1[0-9]|20)[0-9]0(?=['’]?s\b)")
_SPACE_GROUPS = frozenset({"fr", "ru", "uk", "bg", "pl", "cs", "sv", "no", "nb", "fi", "de", "es", "sk", "hu",
                           "et", "lt", "lv", "sl", "hy", "ka", "kk", "ky", "be", "az", "uz", "mn", "pt", "nn",
                           "da", "ro", "hr", "sr", "mk", "sq", "ca",
                           # Rwanda and Burundi, Madagascar (toni 21 450)
                           "rw", "rn", "mg",
                           "af", "tg", "tk", "tt", "ba", "ht", "qu",  # Afrikaans (6 500), Tajik, Turkmen, Tatar …
                           "sn", "xh", "zu", "tn", "st", "nso", "ss", "ts", "ve", "nr",  # Southern Africa: 12 500
                           "wo", "ln", "lg", "ff",  # West and Central Africa: 37 500 tonn, 2 500 000
                           "ce", "os", "cv", "sah", "eo"})  # North Caucasus, Chuvash, Sakha, as in Russian; Esperanto
_NUM = re.compile(r"\d[\d.,\u00a0\u202f\u2009']*\d|\d")
_HOUR_MINUTE_DOT = re.compile(r"(?:[01]?\d|2[0-3])[.:]([0-5]\d)")

# Japanese, Chinese and Korean dates: 3月17日, 3월 17일; Vietnamese: ngày 14 tháng 3.
# (abbreviated units only: "2 hours 40 minutes" is said in words the other language words its own way)
_DURATION = re.compile(
    r"(?<![\d.,:])(\d{1,2})\s?(?:(h|hrs?|Std\.?|ч)|(mins?|Min\.?|мин\.?|[′']))\s?([0-5]?\d)\s?"
    r"(?(2)(?:mins?|Min\.?|мин\.?|m)|(?:s|secs?|Sek\.?|с|[″\"]|''))(?![^\W\d_])")
_CJK_DAY_RANGE = re.compile(r"(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]?\s?[～〜~\-–]\s?(\d{1,2})\s?[日일]")
_JA_DATE = re.compile(
    r"(?:(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]|(\d{1,2})\s?[月월])"
    r"|(?:[Nn]gày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})\b"
    # Mongolian months are numbered: 1 дүгээр сарын 28 (the 28th of the first month)
    r"|(\d{1,2})\s?-?(?:р|дүгээр|дугаар|дүгээр)\s+сар[а-яөүё]*(?:\s+(\d{1,2})(?!\d))?"
)


_HALF_BEFORE = {"de": re.compile(r"\bhalb\s+\Z", re.I), "nl": re.compile(r"\bhalf\s+\Z", re.I)}
_CURRENCY = "$€£¥₹₦₩₽"
_MONEY_SUFFIX = re.compile(r"(bn|mn|m|k|tn|trn)(?![A-Za-z])", re.I)
_MONEY_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12}
# A currency code written straight before the amount (VND12.5trn, USD3bn, Rs500m)
_CURRENCY_CODE = re.compile(r"(?:\b[A-Z]{3}|\bRs\.?|R\$)\s?\Z")
_QUARTER = re.compile(r"(?<!\d)(1[0-2]|[1-9])\s?[～~〜\-–至]\s?(1[0-2]|[1-9])\s?[月월]")
# A quarter and half of an hour, spelt out: the minutes of the translation's "15 minutes".
_PART_OF_HOUR = re.compile(
    r"\b(?:a quarter of an hour|half an hour|(?:un )?quart d['’]heure|(?:une )?demi-heure|(?:eine[rn]? )?"
    r"Viertelstunde|(?:eine[rn]? )?halbe[rn]? Stunde|(?:un )?cuarto de hora|media hora|(?:un )?quarto d['’]ora|"
    r"mezz['’]ora|(?:um )?quarto de hora|meia hora|(?:een )?kwartier|half uur|четверть часа|полчаса)\b", re.I)
_HALF = re.compile(r"half|demi|halbe|media|mezz|meia|полчаса", re.I)
# 七成, 7割: tenths, the usual way to give a share in Chinese and Japanese (七成 = 70%)
_TENTHS = re.compile(r"[成割](?![员員功立长長為为就果本交績绩人年])")
_CJK_YEAR = re.compile(r"(?<!\d)[12]\d{3}\s?[年년]\s?\Z")


# Where Spanish writes a decimal point and thousands commas, as English does: Mexico, Central
# America, the Caribbean, the Philippines, the United States (1,200 personas in Ciudad Juárez)
_POINT_REGIONS = frozenset({"MX", "GT", "HN", "SV", "NI", "PA", "DO", "PR", "CU", "PH", "US", "419"})


def parse_number(raw: str, lang: str) -> float | None:
    """The value of one digit string (ASCII digits) as written in ``lang``."""
    s = re.sub(r"[\u00a0\u202f\u2009' ]", "", raw)
    comma_decimal = primary_language(lang) in _DECIMAL_COMMA and lang.replace("_", "-").upper().split("-")[-1] not in _POINT_REGIONS
    dec, thou = (",", ".") if comma_decimal else (".", ",")
    if dec in s and thou in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
    elif thou in s and any(len(g) != 3 for g in s.split(thou)[1:]):
        dec, thou = thou, dec  # "Version 5.0" in German: groups of thousands have three digits
    s = s.replace(thou, "")
    if s.count(dec) > 1:  # 1.000.000 with the decimal mark used as grouping
        s = s.replace(dec, "")
    s = s.replace(dec, ".")
    try:
        return float(s)
    except ValueError:
        return None


@lru_cache(maxsize=65536)  # called for every word of every segment; words repeat
def _month_of(token: str, lang: str) -> int:
    return month_of(token, lang)


_ARABIC_SEPARATORS = {0x066B: ".", 0x066C: ","}


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Numbers and dates of ``text`` in text order (see module docstring). Cached by text."""
    return list(_extract(text, lang))


# Korean writes an age bracket as four digits: 2049 시청률 (the ratings among 20- to 49-year-olds),
# 2030세대 (people in their twenties and thirties).
_AGE_WORD = re.compile(r"\s?(?:시청률|세대|층|남성|여성|여자|남자)")


def _age_brackets(text: str, nums: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for s0, e0, v in nums:
        raw = text[s0:e0]
        if (len(raw) == 4 and raw.isdigit() and raw[3] in "09" and 10 <= int(raw[:2]) < int(raw[2:]) <= 69
                and _AGE_WORD.match(text, e0)):
            out += [(s0, s0 + 2, float(raw[:2])), (s0 + 2, e0, float(raw[2:]))]
        else:
            out.append((s0, e0, v))
    return out


# A digit that is part of a word, not a count: 2차전지 / 2次電池 (a secondary, rechargeable battery).
_NUMBER_IN_WORD = re.compile(r"\s?(?:차\s?전지|次電池|次电池)")


@lru_cache(maxsize=65536)
def _extract(text: str, lang: str) -> tuple[Quantity, ...]:
    ascii_text = _VISARGA_COLON.sub(":", digits_to_ascii(text))  # ১৯ঃ৩০: a visarga typed for a colon
    if "\u066b" in ascii_text or "\u066c" in ascii_text:  # Arabic decimal and thousands separators (۳٫۵, ۱٬۲۰۰)
        ascii_text = ascii_text.translate(_ARABIC_SEPARATORS)
    lang0 = primary_language(lang)
    nums: list[tuple[int, int, float]] = []
    for m in _NUM.finditer(ascii_text):
        v = parse_number(m.group(), lang)
        if v is not None:
            nums.append((m.start(), m.end(), v))
    nums = [n for n in nums if not _NUMBER_IN_WORD.match(ascii_text, n[1])]
    if lang0 == "ko":
        nums = _age_brackets(ascii_text, nums)
    nums = _join_space_groups(ascii_text, nums, lang0)
    nums = _join_decimal_words(text, nums)
    nums = _season_years(ascii_text, nums)
    added_time = {s for s, e, v in nums if v in (45.0, 90.0, 105.0, 120.0) and _ADDED_TIME.match(ascii_text, e)}
    if _ETHIOPIC_NUMBER.search(text):
        nums = sorted(nums + [(m.start(), m.end(), float(ethiopic_value(m.group())))
                              for m in _ETHIOPIC_NUMBER.finditer(text)])
    out: list[Quantity] = []
    used: set[int] = set()
    _numeric_dates(text, ascii_text, lang, nums, used, out)
    # A range of days in one month: 11月15～16日, 11月15日～16日 (two dates, both in November)
    ranges: list[tuple[int, int]] = []
    for m in _CJK_DAY_RANGE.finditer(ascii_text):
        month, d1, d2 = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= month <= 12 and 1 <= d1 < d2 <= 31):
            continue
        lo = m.start()
        year = _CJK_YEAR.search(ascii_text, max(0, lo - 8), lo)
        if year is not None:
            lo = year.start()
        first_end, second_start = m.end(2), m.start(3)
        out.append(Quantity(lo, first_end, text[lo:first_end], month=month, day=d1))
        out.append(Quantity(second_start, m.end(), text[second_start : m.end()], month=month, day=d2))
        used.update(i for i, (s0, e0, _) in enumerate(nums) if s0 >= lo and e0 <= m.end())
        ranges.append((m.start(), m.end()))
    # Japanese and Chinese dates: 3月17日
    for m in _JA_DATE.finditer(ascii_text):
        if ranges and any(a <= m.start() < b for a, b in ranges):
            continue
        month = int(m.group(1) or m.group(3) or m.group(5) or m.group(6))
        day = int(m.group(2) or m.group(4) or m.group(7) or 0)
        if 1 <= month <= 12 and day <= 31:
            lo = m.start()
            year = _CJK_YEAR.search(ascii_text, max(0, lo - 8), lo) if not day else None
            if year is not None:  # 2019年1月 is a month of a year, as "January 2019" is
                lo = year.start()
            hi = m.end()
            after = _VI_YEAR.match(ascii_text, hi) if not day else None
            if after is not None:  # tháng 9 năm 2024 (month 9 of the year 2024)
                hi = after.end()
            out.append(Quantity(lo, hi, text[lo:hi], month=month, day=day))
            used.update(i for i, (s, e, _) in enumerate(nums) if s >= lo and e <= hi)
    # Chinese, Japanese and Korean clock times: 午前3時14分, 下午3点14分, 오전 3시 14분, 3時
    for m in CJK_TIME.finditer(ascii_text):
        hh, mm = int(m.group(1)), int(m.group(2) or 0)
        if hh > 24 or mm > 59 or (m.group(2) is None and not m.group(3) and ascii_text[m.end() : m.end() + 1] in "間간半"):
            continue  # 3時間 / 3시간 is a duration, 3時半 is read by the word after
        value = on_dial(hh + mm / 60)
        out.append(Quantity(m.start(), m.end(), text[m.start() : m.end()], value=value, clock=True))
        used.update(i for i, (s0, e0, _) in enumerate(nums) if s0 >= m.start() and e0 <= m.end())
    # Durations in two units: 5hr 12min, 5 h 12 min, 1min 13sec, 1 min 13 s: read as 5:12 and 1:13
    # are, on the same dial (a stage time, a gap in a race)
    for m in _DURATION.finditer(ascii_text):
        if any(i in used for i, (s0, e0, _) in enumerate(nums) if s0 >= m.start() and e0 <= m.end()):
            continue
        value = on_dial(int(m.group(1)) + int(m.group(4)) / 60)
        out.append(Quantity(m.start(), m.end(), text[m.start() : m.end()], value=value, clock=True))
        used.update(i for i, (s0, e0, _) in enumerate(nums) if s0 >= m.start() and e0 <= m.end())
    tokens = word_tokens(text)
    dual = _one_name_per_month(text, tokens, lang)
    seconds = {x.start for x in dual.values()}
    inside = _months_inside_words(text, lang0)
    for t in sorted([*tokens, *inside], key=lambda x: x.start) if inside else tokens:
        month = inside.get(t, 0) or (_month_of(t.text, lang) if t.start not in seconds else 0)
        if not month and t.start in dual:  # كانون الثاني/يناير: a two-word name, read by its second one
            month = _month_of(dual[t.start].text, lang)
        if not month and lang0 == "ar" and t.start not in seconds and (lev := _levantine_at(text, t)) is not None:
            month, t = lev  # 5 تشرين الأول 2025: a two-word name standing alone
        if not month:
            continue
        if (lang0, fold(t.text)) in _ADVERB_MONTHS and _WORD_NEXT.match(text, t.end):
            continue  # Romanian "cu 5 mai mult": "more", not May
        if lang0 == "sah" and 3 <= month <= 9:
            second = _SAH_MONTH.match(text, t.end)
            if second is None:
                continue  # Sakha от (hay) is July only in от ыйа
            t = Token(t.start, second.end(), text[t.start : second.end()])  # the day follows ыйын
        if t.start in dual:  # أيار/مايو: the date runs on to the second name
            t = Token(t.start, dual[t.start].end, text[t.start : dual[t.start].end])
        day_idx = _adjacent_number(ascii_text, nums, t.start, t.end, used)
        if day_idx is None:
            if month == 5 and not t.text[:1].isupper() and lang0 in {"en"}:
                continue  # English "may" without a day is too ambiguous
            year_idx = _year_near(ascii_text, nums, t.start, t.end, used)
            if year_idx is not None:  # Juli 2025, в марте 2023 года, ২০২৩ সালের মে: a month that matters
                used.add(year_idx)
                lo, hi = min(t.start, nums[year_idx][0]), max(t.end, nums[year_idx][1])
                out.append(Quantity(lo, hi, text[lo:hi], month=month, year=int(nums[year_idx][2])))
                continue
            if month == 5 and not t.text[:1].isupper():
                continue  # Russian "мая" without a day or a year is too ambiguous
            out.append(Quantity(t.start, t.end, t.text, month=month, soft=True))
            continue
        s, e, v = nums[day_idx]
        used.add(day_idx)
        lo, hi = min(s, t.start), max(e, t.end)
        out.append(Quantity(lo, hi, text[lo:hi], month=month, day=int(v)))
    last_clock: int | None = None  # where the last clock time ended: a range may follow
    for i, (s, e, v) in enumerate(nums):
        if i in used:
            continue
        tm = TIME.match(ascii_text, s) or HOUR_MINUTE.match(ascii_text, s)
        if tm is not None and tm.end(2) > e:  # 6 h 30, ৪ টা ৪০ মিনিট: one time written as two numbers
            used.update(k for k, (s2, e2, _) in enumerate(nums) if s2 >= e and e2 <= tm.end(2))
            hh, mm = int(tm.group(1)), int(tm.group(2))
            value = (hh - 12 if hh >= 13 else hh) + mm / 60
            out.append(Quantity(s, tm.end(2), text[s : tm.end(2)], value=value, clock=True))
            continue
        frac = _FRACTION_BEFORE.search(text, 0, s)  # সাড়ে ১০টা = 10.30, সাড়ে ৩ লাখ = 350,000
        if frac is not None:
            v += _FRACTIONS[unicodedata.normalize("NFC", frac.group(1))]
        scale, end = scale_after(text, e, lang0)
        start = s
        if scale == 1.0 and s > 0 and (text[s - 1] in _CURRENCY or _CURRENCY_CODE.search(text, max(0, s - 5), s)):
            money = _MONEY_SUFFIX.match(text, e)  # $599m, €4.8bn, £30k: after a currency sign only (5m is metres)
            if money is not None:
                scale, end = _MONEY_SCALE[money.group(1).lower()], money.end()
        if scale == 1.0:
            before, b_start = scale_before(text, s)  # Swahili: milioni 2 = 2 million
            if before > 1.0:
                scale, start = before, b_start
        if (scale == 1.0 and i + 1 < len(nums) and nums[i + 1][0] > e
                and _RANGE.fullmatch(ascii_text, e, nums[i + 1][0])):
            # 19,2 bis 19,6 Mrd., 3 to 4 million: the scale after a range covers both ends (not
            # when the start is the larger and a whole number of its own: بين ٣٥٠٠ و١٢ ألف, 3,500
            # to 12 thousand; but ۸۰ و ۵۰ میلیون, 80 and 50 million, lists two amounts in millions)
            shared, _stop = scale_after(text, nums[i + 1][1], lang0)
            if shared > 1.0 and (v <= nums[i + 1][2] or (v < 1000 and v < shared)):
                scale = shared
        value = v * scale
        nxt = i + 1
        smallest = scale  # २६ हजार ५ सय ५७ = 26,557: each further part is under the last scale
        # (not after a decimal: 6.1 million 60-kilo bags are two numbers)
        while smallest > 1 and v == int(v) and nxt < len(nums) and nxt not in used \
                and text[end : nums[nxt][0]].strip() in _SCALE_JOINERS and nums[nxt][2] < smallest:
            sub, sub_end = scale_after(text, nums[nxt][1], lang0)  # ৫ কোটি ৪০ লাখ, 1万2千
            if nums[nxt][2] * sub < smallest:
                value += nums[nxt][2] * sub  # ১ হাজার ২০০ = 1200
                end = sub_end
                used.add(nxt)
                smallest = sub
            elif sub > smallest and smallest == scale:
                # ৩ হাজার ৬২০ কোটি: (3,000 + 620) crore, the larger scale multiplies all
                value = (value + nums[nxt][2]) * sub
                end = sub_end
                used.add(nxt)
                break
            else:
                break
            nxt += 1
        soft = ROUND_THE_CLOCK.match(ascii_text, e) is not None and v == 24  # 24 hours = сутки
        soft = soft or _CENTURY.match(ascii_text, e) is not None  # 17th century = XVII век
        clock = (CLOCK.match(ascii_text, e) is not None and v < 24) or is_time(ascii_text, s, e)
        if not clock and lang0 in _DECIMAL_COMMA and lang0 not in DOTTED_PRICES \
                and not _ARTICLE_BEFORE.search(ascii_text, max(0, s - 14), s):
            # (статьи 5.27 КоАП, Art. 3.12, § 4.5: a numbered article, no time)
            dotted = DOTTED_TIME.match(ascii_text, s)
            clock = dotted is not None and dotted.end() == e
        if not clock and (((dotted_first := DOTTED_TIME.match(ascii_text, s)) is not None and dotted_first.end() == e)
                          or (e - s <= 2 and v == int(v) and 0 <= v <= 24 and ascii_text[e : e + 1] in (" ", "\u00a0"))):
            # von 7.30 bis 15.00 Uhr, između 18 i 22 časa: the hour word after a range's end makes
            # its start a time too
            rm = _RANGE.match(ascii_text, e)
            tm2 = _RANGE_END_HOUR.match(ascii_text, rm.end()) if rm is not None and rm.end() > e else None
            clock = tm2 is not None and CLOCK.match(ascii_text, tm2.end()) is not None
        after_range = last_clock is not None and _RANGE.fullmatch(ascii_text, last_clock, s) is not None
        if not clock and (after_range or CLOCK_BEFORE.search(ascii_text, max(0, s - 12), s)):
            # pukul 14.30, kl. 14.30, alle 14.30: the word before (or the time a range starts
            # from) says so. A plain hour needs an hour word (ساعت ۱۰ تا ۲۰, saat 9): "um 3"
            # is as often "by 3 (per cent)".
            tm = TIME.match(ascii_text, s)
            plain = v == int(v) and 0 <= v <= 24 and e - s <= 2 and (
                after_range or HOUR_BEFORE.search(ascii_text, max(0, s - 12), s) is not None)
            clock = (tm is not None and tm.end(2) >= e) or plain
        if ascii_text[e : e + 1] == ":" or (s > 0 and ascii_text[s - 1] == ":" and v < 60):
            soft = True  # the parts of 2:30 (the whole is read by _is_time when it can be)
        if clock and not soft:
            dec = TIME.match(ascii_text, s)
            if dec is not None and dec.end(2) >= e:  # 6.30 = half past six, on the same scale as 6 h 30
                value = int(value) + int(dec.group(2)) / 60
            elif (hm := _HOUR_MINUTE_DOT.fullmatch(ascii_text, s, e)) is not None:
                value = int(value) + int(hm.group(1)) / 60  # a suffix written on: Kurmanji 20.30yan
            value = on_dial(value)
        soft = soft or s in added_time
        out.append(Quantity(start, end, text[start:end], value=value, soft=soft, clock=clock and not soft))
        last_clock = end if clock and not soft else None
    covered = [(q.start, q.end) for q in out]
    prev_value: float | None = None
    for t in tokens:
        if any(a <= t.start and t.end <= b for a, b in covered):
            continue  # the scale word of ৫ শতাধিক, 2 million
        n = word_value(t.text, lang0)
        if n is None and prev_value is not None and fold(t.text) in SCALES and text[t.start - 1 : t.start] == " ":
            n = int(SCALES[fold(t.text)])  # डेढ़ सौ (one and a half hundred): a short scale word after a number word
        prev_value = n if n is not None else (1.5 if t.text in _HALF_WORDS else None)
        if n is not None and lang0 in _HALF_BEFORE and _HALF_BEFORE[lang0].search(text, max(0, t.start - 6), t.start):
            n -= 1  # halb sechs (5.30) is spoken "half past five": the hour before counts
        if n is None and ROMAN.fullmatch(t.text) and len(t.text) >= 2:
            n = roman_value(t.text)  # XVII века, World War II: may stand for digits, never reported
        if n is None and (len(t.text) > 3 or (len(t.text) == 3 and not t.text.isascii())) and fold(t.text) in SCALES:
            n = int(SCALES[fold(t.text)])  # свыше тысячи людей: a thousand without a digit
        if n is None and not t.text.isascii():  # हजारभन्दा: a thousand with a postposition (than)
            w = fold(t.text)
            post = next((p for p in SCALE_POSTPOSITIONS if w.endswith(p) and w[: -len(p)] in SCALES), None)
            if post is not None:
                n = int(SCALES[w[: -len(post)]])
        if n is None and lang0 == "ps" and fold(t.text) in LONG_SCALES["ps"]:
            n = int(LONG_SCALES["ps"][fold(t.text)])  # لس زره: ten thousand
        if n is not None:
            out.append(Quantity(t.start, t.end, t.text, value=float(n), soft=True))
    out.extend(Quantity(s, e, text[s:e], value=v, soft=True) for s, e, v in compound_words(text, tokens, lang0))
    if lang0 in ("id", "ms"):  # tujuh puluh dua (72): the unit words alone were read above
        for s, e, v in malay_numbers(text):
            out = [q for q in out if q.end <= s or q.start >= e]
            out.append(Quantity(s, e, text[s:e], value=float(v), soft=True))
    if lang0 in ("th", "lo", "km", "my"):
        out.extend(Quantity(s, e, text[s:e], value=v, soft=True) for s, e, v in unspaced_word_amounts(text))
    if lang0 in ("zh", "ja", "ko"):  # 7～9月期 is the third quarter, not July and September
        for m in _QUARTER.finditer(ascii_text):
            first, last = int(m.group(1)), int(m.group(2))
            if last == first + 2 and first in (1, 4, 7, 10):
                out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
                out.append(Quantity(m.start(), m.end(), text[m.start() : m.end()], value=float(last // 3), soft=True))
    if lang0 in ("zh", "ja"):  # 0403地震, 921大地震: Taiwan names a disaster by its month and day
        for m in _DATE_NAMED_EVENT.finditer(ascii_text):
            ev_month, ev_day = int(m.group(1)), int(m.group(2))
            if 1 <= ev_month <= 12 and 1 <= ev_day <= 31:
                out = [q for q in out if q.end <= m.start() or q.start >= m.end(2)]
                out.append(Quantity(m.start(), m.end(2), text[m.start() : m.end(2)], month=ev_month, day=ev_day,
                                    soft=True))
    if lang0 in ("zh", "ja"):  # 五年, 两个: Chinese numerals, soft like number words
        for m in _HAN_DATE.finditer(text):  # 十二月二十四日, 三月十日: a date in Chinese numerals
            han_month = han_value(m.group(1))
            han_day = han_value(m.group(2)) if m.group(2) else 0
            if han_month and 1 <= han_month <= 12 and han_day is not None and han_day <= 31:
                out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
                out.append(Quantity(m.start(), m.end(), m.group(), month=han_month, day=han_day))
        out = [replace(q, end=q.end + 1, text=text[q.start : q.end + 1], value=q.value * 10)
               if q.value is not None and not q.month and _TENTHS.match(text, q.end) else q for q in out]
        taken = [(q.start, q.end) for q in out]  # not the 千 of 3万4千, already read with its digits
        out.extend(Quantity(m.start(), m.end() + tenth, text[m.start() : m.end() + tenth], value=float(v) * (10 if tenth else 1), soft=True)
                   for m in HAN_NUMERAL.finditer(text) if (v := han_value(m.group())) is not None
                   and not any(s < m.end() and m.start() < e for s, e in taken)
                   and not (m.group() == "千" and text.startswith(KILO_UNITS, m.end()))  # 千克: kilo-
                   for tenth in [int(_TENTHS.match(text, m.end()) is not None)])
    if lang0 == "en" and " point " in text:  # 6 point 8: how a machine reads ৬ দশমিক ৮ (6.8) aloud
        for m in _POINT_WORD.finditer(text):
            out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
            out.append(Quantity(m.start(), m.end(), m.group(), value=float(f"{m.group(1)}.{m.group(2)}")))
    if lang0 == "en":
        for lo, hi, value in scale_ordinals(text):  # the six-hundredth day
            out = [q for q in out if q.end <= lo or q.start >= hi]
            out.append(Quantity(lo, hi, text[lo:hi], value=value, soft=True))
    for m in _AND_A_HALF.finditer(text):  # two and a half, zweieinhalb, два с половиной, dos horas y media
        base = m.group("n") or m.group("de") or m.group("ru") or m.group("ro") or m.group("tr") or m.group("ar")
        whole = 1.0 if m.group("a") else _half_base(base, lang0)
        if whole is None:
            continue
        lo, hi = m.start(), m.end()
        out = [q for q in out if q.end <= lo or q.start >= hi]
        out.append(Quantity(lo, hi, text[lo:hi], value=whole + 0.5, soft=True))
    if lang0 in ("es", "pt", "gl"):
        for m in _TANTOS.finditer(text):  # veintitantos, treinta y tantos: in one's 20s, 30s
            lo, hi = m.start(), m.end()
            out = [q for q in out if q.end <= lo or q.start >= hi]
            out.append(Quantity(lo, hi, text[lo:hi], value=float(_TANTOS_TENS[m.group(1).lower()]), soft=True))
    if lang0 in _FOLD_SUFFIX:
        for m in _FOLD_SUFFIX[lang0].finditer(text):  # das Zwölffache (twelve times), 12-fach
            head = m.group(1).rstrip("-").lower()
            times = int(head) if head.isdigit() else closed_number(head, lang0)
            if times is not None and times >= 2:  # (einfach, eenvoudig: simple)
                lo, hi = m.start(), m.end()
                out = [q for q in out if q.end <= lo or q.start >= hi]
                out.append(Quantity(lo, hi, text[lo:hi], value=float(times), soft=True))
    if lang0 in _SPELLED_CLOCK_LANGS:
        for lo, hi, value in _spelled_clocks(text, lang0):  # las once y media (11.30)
            out = [q for q in out if q.end <= lo or q.start >= hi]
            out.append(Quantity(lo, hi, text[lo:hi], value=value, soft=True, clock=True))
    for m in _HALF_WORD.finditer(text):
        out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
        out.append(Quantity(m.start(), m.end(), m.group(), value=_HALVES[unicodedata.normalize("NFC", m.group())],
                            soft=True))
    for m in _PART_OF_HOUR.finditer(text):  # un quart d'heure = 15 minutes, half an hour = 30
        out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
        out.append(Quantity(m.start(), m.end(), m.group(), value=30.0 if _HALF.search(m.group()) else 15.0, soft=True))
    if lang0 in ("yo", "la"):  # ọjọ́ kejìlélógún oṣù Kẹjọ; a.d. IV Kal. Mart. (auditor.core.spelled_dates)
        for d in (yoruba_dates(text) if lang0 == "yo" else roman_dates(text)):
            if d.day:
                out = [q for q in out if q.end <= d.start or q.start >= d.end]
                out.append(Quantity(d.start, d.end, text[d.start : d.end], month=d.month, day=d.day))
            else:
                out = [q for q in out if q.end <= d.start or q.start >= d.end_with_year]
                out.append(Quantity(d.start, d.end_with_year, text[d.start : d.end_with_year], month=d.month,
                                    year=d.year, soft=not d.year))
    if lang0 == "vi":  # 28/3 (28 March), 3 Tháng 2 (3 February, also a square's name): soft dates
        for m in _VI_DAY_MONTH.finditer(ascii_text):
            day, month = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
            if 1 <= day <= 31 and 1 <= month <= 12 and not any(
                    q.is_date and q.start <= m.start() < q.end for q in out):
                out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
                out.append(Quantity(m.start(), m.end(), text[m.start() : m.end()], month=month, day=day, soft=True))
    if lang0 == "vi":  # tháng Sáu (June), ngày 5 tháng Bảy
        for m in _VI_MONTH.finditer(text):
            month = _VI_MONTH_WORDS[re.sub(r"\s+", " ", m.group(2).lower())]
            lo = m.start(1) if m.group(1) else m.start()
            out = [q for q in out if q.end <= lo or q.start >= m.end()]
            day = int(m.group(1)) if m.group(1) and 1 <= int(m.group(1)) <= 31 else 0
            out.append(Quantity(lo, m.end(), text[lo : m.end()], month=month, day=day, soft=not day))
    if lang0 == "ug":  # 9-ئاينىڭ 2-كۈنىدىن 15-كۈنىگىچە: month 9, from day 2 to day 15
        for m in _UG_MONTH.finditer(ascii_text):
            month = int(m.group(1))
            if not 1 <= month <= 12:
                continue
            found = [(d.start(1), d.end(), int(d.group(1))) for d in _UG_DAY.finditer(ascii_text, m.end(), m.end() + 40)]
            # the day right after the month, and the end of a range right after that day
            days = found[:2] if found and found[0][0] - m.end() <= 2 else []
            if len(days) == 2 and days[1][0] - days[0][1] > 2:
                days = days[:1]
            lo, hi = m.start(1), (days[-1][1] if days else m.end())
            out = [q for q in out if q.end <= lo or q.start >= hi]
            if not days:
                out.append(Quantity(lo, m.end(), text[lo : m.end()], month=month, soft=True))
            for d0, d1, day in days:
                if 1 <= day <= 31:
                    out.append(Quantity(d0 if d0 != days[0][0] else lo, d1, text[d0 if d0 != days[0][0] else lo : d1],
                                        month=month, day=day))
    if lang0 == "ar":  # في العاشر من فبراير: the tenth of February
        for m in _AR_ORDINAL_DAY.finditer(text):
            month = month_of(m.group(3), lang)
            if month:
                day = _AR_UNITS[m.group(1)] + _AR_TENS.get(m.group(2) or "", 0)
                out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
                out.append(Quantity(m.start(), m.end(), m.group(), month=month, day=day))
    if lang0 in ("zh", "ja", "ko"):  # 2時間半, 2시간 반, 两个半小时: and a half
        for m in _CJK_HALF.finditer(ascii_text):
            out = [replace(q, value=q.value + 0.5) if q.start == m.start(1) and q.end == m.end(1) and q.value is not None
                   else q for q in out]
    if lang0 == "hmn":  # hnub tim 5 lub 9 hli xyoo 2024: day 5 of month 9, year 2024
        for m in _HMN_DATE.finditer(ascii_text):
            day, month = int(m.group(1) or 0), int(m.group(2))
            if not 1 <= month <= 12 or day > 31:
                continue
            lo, hi = m.start(), m.end()
            out = [q for q in out if q.end <= lo or q.start >= hi]
            out.append(Quantity(lo, hi, text[lo:hi], month=month, day=day, soft=not day))
    if lang0 == "lg":  # ebitundu 35 ku buli 100: 35 parts of every 100, a percentage
        for m in _LG_PERCENT.finditer(ascii_text):
            out = [q for q in out if not (q.start >= m.start(1) and q.end <= m.end(1))]
    if lang0 == "ln":  # sánzá ya minei: the fourth month
        for m in _LN_MONTH.finditer(text.lower()):
            month = _LN_ORDINALS[re.sub(r"\s+", " ", m.group(1))]
            out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
            out.append(Quantity(m.start(), m.end(), text[m.start() : m.end()], month=month, soft=True))
    if lang0 in ("he", "yi"):  # a Hebrew-calendar year in letters: תרצ״ט = (5)699, תשפ״ה = (5)785
        for m in _HEBREW_LETTER_YEAR.finditer(text):
            v = sum(_HEBREW_LETTER_VALUES[ch] for ch in m.group() if ch in _HEBREW_LETTER_VALUES)
            if 600 <= v <= 899:  # years 5600-5899 (1839-2139): acronyms seldom add up to one
                out.append(Quantity(m.start(), m.end(), m.group(), value=5000.0 + v, soft=True))
    if lang0 in ("bo", "dz"):  # ཟླ་༨ ཚེས་༢༢: month 8, day 22 (ཟླ་2 པར: in month 2)
        for m in _BO_DATE.finditer(ascii_text):
            month, day = int(m.group(1)), int(m.group(2) or 0)
            if not 1 <= month <= 12 or day > 31:
                continue
            out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
            # འབྲུག་ཟླ་ / བོད་ཟླ་: a month of the lunar calendar, not of the Gregorian one (སྤྱི་ཟླ་)
            lunar = _LUNAR_MONTH.search(text, max(0, m.start() - 8), m.start()) is not None
            out.append(Quantity(m.start(), m.end(), text[m.start() : m.end()], month=month, day=day,
                                soft=not day or lunar))
    if lang0 == "en":  # about a mile = ১ মাইل
        out.extend(Quantity(t.start, t.end, t.text, value=1.0, soft=True) for t in tokens
                   if fold(t.text) in {"a", "an"} and unit_after(text, t.end))
    out = _stack_spelled_scales(text, sorted(out, key=lambda q: (q.start, q.end)))
    # a tie, 10-10: the other language may say "at 10" or "10 all"; the second ten only helps
    out = [replace(q, soft=True) if k and not q.soft and q.value is not None and out[k - 1].value == q.value
           and text[out[k - 1].end : q.start] in ("-", "–") and not out[k - 1].soft else q
           for k, q in enumerate(out)]
    if _ZERO_LED.search(ascii_text):
        # a long number led by a zero is one number, a phone or a code, however its digits are
        # grouped (0800 31 07 24 = ٠٨٠٠٣١٠٧٢٤): compared digit for digit, not as four amounts
        for m in _ZERO_LED.finditer(ascii_text):
            grouped = [q for q in out if m.start() <= q.start and q.end <= m.end()]
            if not grouped or any(q.is_date or q.clock for q in grouped):
                continue  # (not a date, 05.03.2024, nor a clock time)
            digits = re.sub(r"\D", "", m.group())
            out = [q for q in out if q not in grouped] + [Quantity(m.start(), m.end(), text[m.start() : m.end()],
                                                                   value=float(digits))]
        out.sort(key=lambda q: (q.start, q.end))
    if _PHONE.search(ascii_text):  # 0461 50392-0 = +49 461 50392-0: announced, a phone number is written many ways
        phones = [m.span(1) for m in _PHONE.finditer(ascii_text)]
        out = [replace(q, soft=True) if any(a <= q.start < b for a, b in phones) else q for q in out]
    out = _joined_parts(text, out)
    if _DECADE.search(ascii_text):  # the 1950s = 50. roky, années 50, 50-е годы
        decades = {m.start() for m in _DECADE.finditer(ascii_text)}
        out = [replace(q, same=(*q.same, q.value % 100)) if q.start in decades and q.value is not None else q for q in out]
    out = _counted_in_groups(text, out)
    out = list(_alternatives(text, out))
    out = _scale_understood(text, ascii_text, lang, out)
    out = other_calendars(ascii_text, text, lang0, out)
    if lang0 in ("he", "yi"):  # כ"ג בחשוון תשפ"ה: a Hebrew-calendar date in letters
        out.extend(Quantity(s0, e0, text[s0:e0], value=v) for s0, e0, v in hebrew_dates(text))
    out.extend(Quantity(s, e, text[s:e], weekday=d, soft=True) for s, e, d in weekdays_in(text, lang))
    if lang0 == "sw" and "saa" in text:  # saa 12 asubuhi is 6 a.m.: the day counted from sunrise
        out = [_swahili_time(text, q) for q in out]
    if lang0 == "zh" and ("个半" in text or "個半" in text):  # 三个半小时: three and a half hours
        out = [replace(q, end=q.end + 2, text=text[q.start : q.end + 2], value=q.value + 0.5)
               if q.value is not None and text[q.end : q.end + 2] in ("个半", "個半") else q for q in out]
    # the second year of a season written short (2023/24) is the first's next: it proves nothing
    # alone, where a calendar's one year stands for both (የ2016 በጀት ዓመት, the fiscal year 2023/24)
    out = [replace(q, soft=True) if q.end - q.start == 2 and q.value is not None and q.value >= 1900
           and q.start >= 5 and text[q.start - 1] in "/–-" and text[q.start - 5 : q.start - 1].isdigit() else q
           for q in out]
    if lang0 in ("ja", "zh", "ko") and ("半" in text or "반" in text):  # 6時半, 6点半, 6시 반: half past six
        out = [replace(q, end=h.end(), text=text[q.start : h.end()], value=q.value + 0.5, clock=True)
               if (q.clock or text.startswith(("点", "點"), q.end)) and q.value is not None and not q.month
               and q.value == int(q.value) and q.value <= 24 and (h := _CLOCK_HALF.match(text, q.end))
               else q for q in out]
    if lang0 in ("ja", "zh") and "年" in text:  # 翌22年1月: January of the next year, 2022, the century left out
        out = [replace(q, value=2000.0 + q.value, soft=True)
               if q.value is not None and q.end - q.start == 2 and text[q.end : q.end + 1] == "年"
               and _SHORT_YEAR_CONTEXT.search(text, q.start - 1, q.end + 4) else q for q in out]
    if lang0 in _FRACTION_LANGS:  # সাড়ে ছয় বছর: six and a half years, the number in words
        out = [_word_with_fraction(text, q) for q in out]
    if lang0 == "my" and "ခွဲ" in text:  # တစ်သိန်းခွဲ: a lakh and a half (ခွဲ, "and a half", after the scale)
        out = [_burmese_half(text, q) for q in out]
    if lang0 in ("ja", "ko") and ("代" in text or "대" in text):  # 10代, 10대: teens, which English writes without a number
        out = [replace(q, soft=True) if q.value == 10 and text.startswith(("代", "대"), q.end) else q for q in out]
    if lang0 == "ja" and "日" in text:  # 猛暑日: a day of 35 degrees or more, which English spells out
        out += [Quantity(m.start(), m.end(), m.group(), value=float(_JA_HOT_DAYS[m.group()]), soft=True)
                for m in _JA_HOT_DAY.finditer(text)]
    if lang0 in ("he", "yi") and ('"' in text or "״" in text):  # רובע י"א: Quarter 11, in letters
        out += [Quantity(m.start(), m.end(), m.group(), value=float(v), soft=True)
                for m in _HEBREW_NUMERAL.finditer(text) if (v := hebrew_numeral(m.group())) is not None
                and not any(q.start < m.end() and m.start() < q.end for q in out)]  # (a year in letters is read)
    for m in _AROUND_THE_CLOCK.finditer(text):  # round the clock: the 24 hours of ਜੋ 24 ਘੰਟੇ ਕੰਮ ਕਰੇਗਾ
        out.append(Quantity(m.start(), m.end(), m.group(), value=24.0, soft=True))
    for m in _TWENTY_FOUR_OF_24.finditer(ascii_text):  # 24 heures sur 24, 24h/24, 24/7: round the clock, once
        out = [q for q in out if not (m.start() <= q.start < m.end())]
        out.append(Quantity(m.start(), m.end(), text[m.start():m.end()], value=24.0, soft=True))
    for s, e, v in fractions(ascii_text, lang0):  # 3分の2 is one number, two thirds
        out = [q for q in out if not (s <= q.start and q.end <= e)]
        out.append(Quantity(s, e, text[s:e], value=v, soft=lang0 not in ("ja", "zh", "ko")))
    return tuple(sorted(out, key=lambda q: (q.start, q.end)))


# "Round the clock" says 24 hours without a number (a soft 24: it may stand for one, never needs one)
_AROUND_THE_CLOCK = re.compile(r"(?i)(?<!\w)(?:a?round[- ]the[- ]clock|круглосуточн\w*|цілодобов\w*|"
                               r"кругласутачн\w*|rund um die uhr|całodobow\w*)")
_JA_HOT_DAYS = {"猛暑日": 35, "真夏日": 30, "夏日": 25, "熱帯夜": 25, "真冬日": 0}
"""The Japan Meteorological Agency's named days: their thresholds in degrees."""
_JA_HOT_DAY = re.compile("猛暑日|真夏日|(?<![真])夏日|熱帯夜|真冬日")
_HEBREW_NUMERAL = re.compile(r"(?<![\u05d0-\u05ea])[\u05d0-\u05ea]{1,2}[\"״][\u05d0-\u05ea](?![\u05d0-\u05ea])")
_HEBREW_VALUES: dict[str, int] = dict(zip("אבגדהוזחטיכלמנסעפצקרשת", (*range(1, 10), *range(10, 100, 10), 100, 200, 300, 400)))
_HEBREW_FINALS = str.maketrans("ךםןףץ", "כמנפצ")


def hebrew_numeral(word: str) -> int | None:
    """The value of a Hebrew numeral in letters with gershayim (``י"א`` 11, ``ט"ו`` 15, ``קכ"ג``
    123), or None when the letters do not run from high to low as a numeral's do (``מ"ק``, cubic
    metres). Soft: an abbreviation can look like one (``ש"ח``, shekels, reads 308)."""
    values: list[int] = [_HEBREW_VALUES[c] for c in word.translate(_HEBREW_FINALS) if c in _HEBREW_VALUES]
    if values[-2:] in ([9, 6], [9, 7]):  # ט"ו, ט"ז: 15 and 16 are written so, not י"ה / י"ו
        return sum(values) if all(a > b for a, b in pairwise(values[:-1])) else None
    if len(values) < 2 or any(a <= b for a, b in pairwise(values)) or values[-2:] in ([10, 5], [10, 6]):
        return None
    return sum(values)


_TWENTY_FOUR_OF_24 = re.compile(r"(?i)(?<![\d.,])24\s?(?:heures|h|ore|horas|uur|stunden)?\s?(?:sur|su|de|op|/)\s?(?:24|7)(?![\d.,])")
"""Round the clock as a number said twice (French ``24 heures sur 24``, ``24h/24``, Italian ``24 ore su
24``, ``24/7``): one expression, the 24 hours of "round the clock" on the other side."""
_SCALE_GAP = re.compile(r"[\s\u00a0]*[,;:][\s\u00a0]*\Z")
_BARE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")


def _scale_understood(text: str, ascii_text: str, lang: str, qs: list[Quantity]) -> list[Quantity]:
    """A bare number right after an amount with a scale word, past a comma, may share that
    scale (``Degli 86,4 milioni, 60 sono un prestito``: 60 million): its scaled value is an
    alternative reading of it."""
    out = list(qs)
    for i in range(1, len(out)):
        prev, q = out[i - 1], out[i]
        if (q.value is None or prev.value is None or q.is_date or q.clock or q.soft or prev.is_date or prev.clock
                or not _BARE.fullmatch(ascii_text, q.start, q.end) or not _SCALE_GAP.match(ascii_text[prev.end : q.start])):
            continue
        digits = re.match(r"\d[\d.,\s\u00a0]*", ascii_text[prev.start : prev.end])
        base = parse_number(digits.group().strip(), lang) if digits else None
        if not base or digits is None or digits.end() == prev.end - prev.start:
            continue  # no scale word written after the digits
        scale = prev.value / base
        if any(abs(scale - v) < 1e-6 * v for v in _SCALE_VALUES if v >= 1e3) and q.value < 1000:
            out[i] = replace(q, alts=(*q.alts, round(q.value * scale, 3)))
    return out


def _plain(q: Quantity) -> bool:
    return q.value is not None and not (q.month or q.day or q.weekday or q.clock)


_SCALE_VALUES = frozenset({100.0, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e12})


def _stack_spelled_scales(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A number word and a scale word, and digits with a smaller scale after them, are one
    amount: Urdu ``ایک لاکھ 20 ہزار`` (one lakh 20 thousand) = 120,000, ``one million`` = 10⁶.
    Spelt alone it stays soft; with the digits it is as firm as they are."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (nxt is not None and q.soft and nxt.soft and _plain(q) and _plain(nxt) and q.value is not None
                and nxt.value is not None and 1 <= q.value < 1000 and nxt.value in _SCALE_VALUES and nxt.value > q.value
                and nxt.start >= q.end and (4 * q.value).is_integer()  # (quarters: سوا لاکھ)
                and text[q.end : nxt.start].strip() in ("", "орчим")):  # (Mongolian: арав орчим мянган, about ten thousand)
            frac = _FRACTION_BEFORE.search(text, 0, q.start)  # ସାଢ଼େ ଆଠ ହଜାର: eight and a half thousand
            value = (q.value + (_FRACTIONS[unicodedata.normalize("NFC", frac.group(1))] if frac else 0)) * nxt.value
            merged = Quantity(q.start, nxt.end, text[q.start : nxt.end], value=value, soft=True)
            after = qs[i + 2] if i + 2 < len(qs) else None
            if (after is not None and not after.soft and _plain(after) and after.value is not None
                    and after.value < nxt.value and text[nxt.end : after.start].strip() == ""):
                merged = Quantity(q.start, after.end, text[q.start : after.end], value=value + after.value)
                i += 1
            out.append(merged)
            i += 2
            continue
        out.append(q)
        i += 1
    return _scale_and_digits(text, out)


def _scale_and_digits(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A spelt scale, "and", then a smaller amount are one amount: Arabic ``مليوناً و350 ألف``,
    ``مليون ومئتي ألف``, English "one million and 350 thousand" (1,350,000), as firm as the
    second part."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (nxt is not None and q.soft and _plain(q) and _plain(nxt) and q.value in _SCALE_VALUES
                and nxt.value is not None and q.value is not None and nxt.value < q.value and nxt.start >= q.end
                and (text[q.end : nxt.start].strip().lower() in _AND | _SCALE_AND
                     or (not text[q.end : nxt.start].strip() and text[nxt.start : nxt.start + 1] in _AND))):
            # (ومئتي ألف: Arabic writes "and" onto the number word that follows)
            out.append(Quantity(q.start, nxt.end, text[q.start : nxt.end], value=q.value + nxt.value, soft=nxt.soft))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


_HALF_WORDS = frozenset({"डेढ़", "ढाई", "দেড়", "আড়াই"})  # one and a half, two and a half (Hindi, Bengali)
_SCALE_AND = frozenset({"and", "und", "et", "y", "e", "и", "i", "og", "och", "en"})


# Arabic and Hebrew write "and" onto the next word: 57 ألفاً و500 is 57,500.
_AND = frozenset({"و", "ו"})
# Hausa gives a share as "N out of 100": kashi 40 cikin 100 is 40 %.
_OUT_OF_100 = frozenset({"cikin"})


def _joined_parts(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A round thousands amount and a smaller number joined by "and" are one amount; the 100
    of "N out of 100" is no amount of its own."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and q.value is not None and nxt.value is not None and _plain(q) and _plain(nxt):
            gap = text[q.end : nxt.start].strip()
            # (a machine translation of one writes the digits with the scale word and "and":
            # "247 thousand and 312 votes" for ٢٤٧ ألفاً و٣١٢ صوتاً)
            # (thousands only: "7 Milliarden und 4 bis 5 Prozent" lists two amounts)
            spelt_and = (gap.lower() in _SCALE_AND and q.value < 1e6 and any(ch.isalpha() for ch in q.text)
                         and any(ch.isdigit() for ch in q.text) and nxt.text.strip().isdigit())
            if (gap in _AND or spelt_and) and q.value >= 1000 and q.value % 1000 == 0 and nxt.value < 1000:
                out.append(Quantity(q.start, nxt.end, text[q.start : nxt.end], value=q.value + nxt.value, soft=q.soft))
                i += 2
                continue
            if gap.lower() in _OUT_OF_100 and nxt.value == 100:
                out.append(Quantity(q.start, nxt.end, text[q.start : nxt.end], value=q.value, soft=q.soft))
                i += 2
                continue
        out.append(q)
        i += 1
    return out


def _one_name_per_month(text: str, tokens: Sequence[Token], lang: str) -> dict[int, Token]:
    """Two names of one month joined by a slash: Arabic writes ``١٦ أيار/مايو ٢٠٢٤`` (the Levantine
    and the Egyptian name), one date with its day before the first name and its year after the
    second. Maps the first name's start to the second name."""
    out: dict[int, Token] = {}
    for k, (t, nxt) in enumerate(pairwise(tokens)):
        if text[t.end : nxt.start] == "/":
            month = _month_of(t.text, lang)
            if month and month == _month_of(nxt.text, lang):
                out[t.start] = nxt
            elif k > 0 and (tokens[k - 1].text, t.text) in _LEVANTINE and _month_of(nxt.text, lang) == \
                    _LEVANTINE[(tokens[k - 1].text, t.text)]:
                out[tokens[k - 1].start] = nxt  # كانون الثاني/يناير, تشرين الأول/أكتوبر
            elif month and (lev := _levantine_at(text, nxt)) is not None and lev[0] == month:
                out[t.start] = lev[1]  # يناير/كانون الثاني: the Egyptian name first
    return out


# The two-word Levantine month names: Kanun and Tishrin, first and second.
_LEVANTINE = {("كانون", "الثاني"): 1, ("تشرين", "الأول"): 10, ("تشرين", "الثاني"): 11, ("كانون", "الأول"): 12}


_RANGE_END_HOUR = re.compile(r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?!\d)")


def _levantine_at(text: str, t: Token) -> tuple[int, Token] | None:
    """(month, the two words as one token) where ``t`` opens a two-word Levantine month name."""
    m = _LEVANTINE_AFTER.match(text, t.end)
    if m is None or (t.text, m.group(1)) not in _LEVANTINE:
        return None
    return _LEVANTINE[(t.text, m.group(1))], Token(t.start, m.end(), text[t.start : m.end()])


_LEVANTINE_AFTER = re.compile(r"[ \u00a0](الأول|الثاني)")


# Ethiopic numerals (፩–፱, tens ፲–፺, ፻ hundred, ፼ ten thousand) are additive, not positional:
# ፲፪ = 12, ፫፻ = 300. Kept out of digits_to_ascii, which must keep every offset.
_ETHIOPIC_NUMBER = re.compile("[\u1369-\u137c]+")


def ethiopic_value(run: str) -> int:
    """The value of a run of Ethiopic numerals."""
    total = current = 0
    for ch in run:
        v = int(unicodedata.numeric(ch))
        if v == 100:
            current = (current or 1) * 100
        elif v == 10000:
            total = (total + (current or 1)) * 10000
            current = 0
        else:
            current += v
    return total + current


_RANGE = re.compile(r"[\s\u00a0]*(?:-|–|—|to|and|or|до|или|থেকে|تا|إلى|bis|à|a|al|și|und|et|y|e|и|i|és|ja|og|och|til|tot|do"
                    r"|iki|līdz|kuni|až|sampai|hingga|ila|đến"  # Lithuanian nuo 45,3 iki 48,6 mln., Latvian, …
                    r"|થી|ते|ਤੋਂ|देखि"  # Gujarati ૬૦થી ૭૦ હજાર, Marathi ५ ते ७ लाख, Punjabi, Nepali
                    r"|سے|से|پؠٹھٕ|تر|و)"  # Urdu, Hindi, Kashmiri, Pashto: 25 سے 30 لاکھ; Arabic بين ١٨ و٢٢ ألف
                    r"[\s\u00a0]*")
# a comparison that leaves the unit of its second amount understood
_AGAINST = re.compile(r"\b(?:contro|against|compared with|compared to|versus|vs\.?|from|contre|gegenüber|frente a|"
                      r"en comparación con|comparado com|против|по сравнению с|wobec|w porównaniu z)\b", re.I)
_PAREN_ALT = re.compile(r"[\s\u00a0]*(?:(?:[^\W\d_]+|[°%‰$€£¥₹][^\W\d_]*)[\s\u00a0]*){0,3}\([\s\u00a0]*\Z")


def _alternatives(text: str, qs: list[Quantity]) -> Iterator[Quantity]:
    """Give amounts their unit conversions; a value in parentheses right after an amount and
    its unit (``45 miles (72 kilometers)``) is the same amount: soft, and an alternative of it."""
    prev: Quantity | None = None
    last: tuple[int, Convert] | None = None  # the end and the conversion of the last amount with a unit
    for i, q in enumerate(qs):
        value = q.value
        if value is None or q.is_date or q.clock:
            yield q
            continue
        convert = unit_after(text, q.end)
        if convert is None and i + 1 < len(qs) and _RANGE.fullmatch(text, q.end, qs[i + 1].start):
            convert = unit_after(text, qs[i + 1].end)  # 1 to 4 inches: the unit covers both ends
        if convert is None and last is not None and q.start - last[0] <= 40 and _AGAINST.search(text, last[0], q.start):
            convert = last[1]  # 62 quintali per ettaro, contro i 75: the unit is understood
        if convert is not None:
            last = (q.end, convert)
        if convert is not None:
            q = replace(q, alts=tuple(round(x, 3) for x in convert(value)))
        if (prev is not None and prev.value is not None and not prev.is_date and prev.end <= q.start
                and _PAREN_ALT.fullmatch(text, prev.end, q.start)):
            q = replace(q, soft=True)
            yield replace(prev, alts=(*prev.alts, value, *q.alts))
            prev = q
            continue
        if prev is not None:
            yield prev
        prev = q
    if prev is not None:
        yield prev


# Bengali and Hindi clock and amount fractions before a number: সাড়ে ১০ = 10.5 (half past ten),
# সোয়া ১০ = 10.25 (quarter past), পৌনে ১০ = 9.75 (quarter to).
_FRACTIONS = {unicodedata.normalize("NFC", w): f for w, f in (
    ("সাড়ে", 0.5), ("साढ़े", 0.5), ("ସାଢ଼େ", 0.5), ("সোয়া", 0.25), ("सवा", 0.25), ("ସୱା", 0.25),
    ("পৌনে", -0.25), ("पौने", -0.25),
    # Urdu, Punjabi (Gurmukhi), Gujarati, Marathi and Nepali: ساڑھے آٹھ ہزار = 8,500
    # (not Urdu سوا: "کے سوا" is also "except")
    ("ساڑھے", 0.5), ("پونے", -0.25), ("ਸਾਢੇ", 0.5), ("ਸਵਾ", 0.25), ("ਪੌਣੇ", -0.25),
    ("સાડા", 0.5), ("સવા", 0.25), ("પોણા", -0.25), ("साडे", 0.5), ("साढे", 0.5))}
_FRACTION_BEFORE = re.compile("(" + "|".join(sorted({v for w in _FRACTIONS for v in (
    w, unicodedata.normalize("NFD", w), w.replace("\u09af\u09bc", "\u09df"))})) + r")\s*\Z")
# Korean 반 "half" is a word of its own (a particle may follow: 반이, 반쯤), not the first syllable
# of 반품 (returned goods), 반환 or 반도체
_KO_HALF = r"(?:반(?![가-힣])|반(?=(?:이|을|은|의|에|만|도|쯤|가량|정도|동안|께)(?![가-힣])))"
_CLOCK_HALF = re.compile(r"(?:\s?[時时点點시])?\s?(?:半(?![年月日])|" + _KO_HALF + ")")
_POINT_WORD = re.compile(r"(?<![\d.,])(\d{1,3}) point (\d{1,3})(?!\d|[.,]\d)")
# (not 過去10年間, "over the past 10 years": 年間 is a span of years, 過去 "the past")
_SHORT_YEAR_CONTEXT = re.compile(r"(?:[翌同昨来前]|(?<!過)去)\d{2}年(?!間)|\d{2}年\s?\d{1,2}月")
_FRACTION_LANGS = frozenset({"bn", "hi", "ur", "pa", "gu", "mr", "ne", "or", "as", "mai", "bho"})


def _word_with_fraction(text: str, q: Quantity) -> Quantity:
    """A number word after সাড়ে, साढ़े, سوا …: the fraction added (digits get it as they are read)."""
    if q.value is None or q.month or q.clock or q.value >= 100 or not text[q.start : q.start + 1].isalpha():
        return q  # (an amount with its scale has had its fraction when the scale was read)
    frac = _FRACTION_BEFORE.search(text, 0, q.start)
    if frac is None:
        return q
    return replace(q, start=frac.start(1), text=text[frac.start(1) : q.end],
                   value=q.value + _FRACTIONS[unicodedata.normalize("NFC", frac.group(1))])


_VISARGA_COLON = re.compile(r"(?<=\d)[\u0983\u0903](?=\d)")
_CENTURY = re.compile(r"(?:st|nd|rd|th|-?й|-?го|-?м|e|ème|\.)?[\s-]*(?:centur|век|শতা?ক|शताब्दी|सदी|jahrhundert|siècle)",
                      re.I)


_DECIMAL_WORD = re.compile(r"[\s\u00a0]*(?:দশমিক|दशमलव|اعشاریہ|اعشاریه|புள்ளி|पॉइंट|ဒသမ)[\s\u00a0]*")


def _join_decimal_words(text: str, nums: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """৮ দশমিক ৬ = 8.6: a decimal point written as a word (Bengali, Hindi, Urdu, Tamil, Burmese ဒသမ)."""
    if len(nums) < 2 or not _DECIMAL_WORD.search(text):
        return nums
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(nums):
        s, e, v = nums[i]
        if i + 1 < len(nums) and float(v).is_integer() and _DECIMAL_WORD.fullmatch(text, e, nums[i + 1][0]):
            frac = digits_to_ascii(text[nums[i + 1][0] : nums[i + 1][1]])
            if frac.isdigit():
                out.append((s, nums[i + 1][1], float(f"{int(v)}.{frac}")))
                i += 2
                continue
        out.append((s, e, v))
        i += 1
    return out


_SIGN_BEFORE = frozenset("R€$£₹₦₵₱₨")


def _join_space_groups(text: str, nums: list[tuple[int, int, float]], lang: str) -> list[tuple[int, int, float]]:
    """``1 500`` is one number in French or Russian: join a 1-3 digit number with following
    space-separated groups of exactly three digits."""
    if len(nums) < 2:
        return nums
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(nums):
        s, e, v = nums[i]
        j = i
        if s > 0 and text[s - 1] == "+":  # +34 612 483 907: one international phone number, in any language
            while j + 1 < len(nums) and text[nums[j][1] : nums[j + 1][0]] in {" ", "\u00a0", "-"}:
                j += 1
                v = float(f"{int(v)}{text[nums[j][0] : nums[j][1]]}") if float(v).is_integer() else v
                e = nums[j][1]
            out.append((s, e, v))
            i = j + 1
            continue
        if lang not in _SPACE_GROUPS:
            # 5 000 litres in South African or Canadian English: a group "000" is no number of its own;
            # nor are three groups of three digits in a row (a tax number, 509 184 273)
            triple = (j + 2 < len(nums) and e - s == 3 and all(
                text[nums[k][1] : nums[k + 1][0]] in {" ", "\u00a0", "\u202f"}
                and re.fullmatch(r"\d{3}", text[nums[k + 1][0] : nums[k + 1][1]]) for k in (j, j + 1)))
            # an amount right after its currency sign: R4 500 in South African English
            money = s > 0 and text[s - 1] in _SIGN_BEFORE and (s < 2 or not text[s - 2].isalnum())
            while (j + 1 < len(nums) and text[nums[j][1] : nums[j + 1][0]] in {" ", "\u00a0", "\u202f"}
                   and (text[nums[j + 1][0] : nums[j + 1][1]] == "000" or triple or money)
                   and re.fullmatch(r"\d{3}", text[nums[j + 1][0] : nums[j + 1][1]])
                   and (j > i or e - s <= 3) and text[s] != "0" and float(v).is_integer()):
                j += 1
                v = v * 1000 + nums[j][2]
                e = nums[j][1]
            out.append((s, e, v))
            i = j + 1
            continue
        # 0800 555 111: a group after another number is part of a phone number, not thousands;
        # so is one after a leading zero (080 311 3111), which no grouped number has
        run = (i > 0 and text[nums[i - 1][1] : s] in {" ", "\u00a0", "\u202f"}) or (text[s] == "0" and e - s > 1)
        while (
            not run
            and j + 1 < len(nums)
            and text[nums[j][1] : nums[j + 1][0]] in {" ", "\u00a0", "\u202f"}
            and re.match(r"\d{3}(?!\d)", text[nums[j + 1][0] : nums[j + 1][1]])
            and (j > i or e - s <= 3)
            and float(v).is_integer()
        ):
            j += 1
            v = v * 1000 + nums[j][2]
            e = nums[j][1]
        out.append((s, e, v))
        i = j + 1
    return out


def _adjacent_number(
    text: str, nums: Sequence[tuple[int, int, float]], start: int, end: int, used: set[int]
) -> int | None:
    """A day number (1-31) directly before or after a month name (spaces, ``.`` or ``,``)."""
    for i, (s, e, v) in enumerate(nums):
        if i in used or not (1 <= v <= 31) or not float(v).is_integer() or e - s > 2:
            continue
        gap = text[e:start] if e <= start else text[end:s]
        tm = TIME.match(text, s) if s >= end else None
        if tm is not None and tm.end(2) > e:
            continue  # février, 6 h 40: a clock time after the month, not its day
        if len(gap) <= 3 and all(c in " .,\u00a0-" for c in gap):
            return i
        if e <= start and _DAY_OF.fullmatch(gap):
            return i  # 3 de marzo, 3 de març (Spanish, Portuguese, Catalan, Galician)
        if s >= end and text[e : e + 1] == "م" and _PS_BEFORE_DAY.fullmatch(gap):
            return i  # Pashto د اپرېل له ۱۵مې نېټې: from the 15th of April
        if e <= start and v == 1 and _FIRST.fullmatch(gap):
            return i  # 1er janvier, 1º de mayo, 1st March: the first of the month
        if e <= start and _DAY_ENDING.fullmatch(gap):
            return i  # 13-го марта, Somali 13-kii Maarso, 13th March: an ordinal ending on the day
    return None


# what may join a scale's amount and the rest: ۱۶ زره او ۴۲۳ (16 thousand and 423)
_SCALE_JOINERS = frozenset({"", "و", "او"})
# A whole and a half: English "two and a half (hours)", German "zweieinhalb", Russian and
# Ukrainian "два с половиной" / "два з половиною", Romance "dos horas y media", "tres años y
# medio", "deux heures et demie", "due ore e mezza" (the half after the unit), Turkish "üç
# buçuk" (before the unit), and "anderthalb",
# "полтора" (1.5).
_AND_A_HALF = re.compile(
    r"(?i)\b(?:(?P<n>[^\W\d_]+|\d+)[ -]and[ -]a[ -]half"
    r"|(?P<a>an?) [^\W\d_]+ and a half"  # an hour and a half
    r"|(?P<de>[^\W\d_]+?)einhalb"
    r"|(?P<ru>[^\W\d_]+|\d+) (?:с половиной|з половиною)"
    r"|(?P<ro>[^\W\d_]+|\d+) [^\W\d_]+ (?:y medi[ao]|et demie?|e mezz[ao]|e mei[ao]|și jumătate)"
    r"|(?P<tr>[^\W\d_]+|\d+) buçuk"
    r"|(?P<ar>[^\W\d_]+|\d+) [^\W\d_]+ (?:ونصف|و نصف|و نیم|ونیم))(?!\w)"
    r"|\b(?P<one>anderthalb|полтора|полторы|полутора|півтора|півтори)\b")


# "Twenty-odd", "thirty-odd" (veintitantos años, trinta e tantos): a decade of age or of count
_TANTOS_TENS = {"veinti": 20, "vinte e ": 20, "treinta y ": 30, "trinta e ": 30, "cuarenta y ": 40,
                "quarenta e ": 40, "cincuenta y ": 50, "cinquenta e ": 50, "sesenta y ": 60, "setenta y ": 70,
                "ochenta y ": 80, "oitenta e ": 80, "noventa y ": 90, "noventa e ": 90}
_TANTOS = re.compile(r"(?i)(?<!\w)(" + "|".join(sorted(_TANTOS_TENS, key=len, reverse=True)) + r")tant[oa]s(?!\w)")


# N-fold written as one word (German das Zwölffache, zehnfach; Dutch tienvoudig): the count is
# the number word or the digits before the suffix
_FOLD_SUFFIX = {
    "de": re.compile(r"(?i)(?<![\w-])(\d+-?|[a-zäöüß]+?)fach(?:e|en|er|es|em)?(?!\w)"),
    "nl": re.compile(r"(?i)(?<![\w-])(\d+-?|[a-z]+?)voud(?:ig|ige)?(?!\w)"),
}


# South Asian words for one and a half and two and a half (डेढ़ किलोमीटर, ढाई लाख, দেড় ঘণ্টা);
# vowel signs are no \w, so the word's edges are looked for by hand
_HALVES = {unicodedata.normalize("NFC", w): v for w, v in (
    ("डेढ़", 1.5), ("डेढ", 1.5), ("दीड", 1.5), ("দেড়", 1.5), ("ڈیڑھ", 1.5), ("ਡੇਢ", 1.5), ("દોઢ", 1.5),
    ("ଦେଢ଼", 1.5), ("ढाई", 2.5), ("अढाई", 2.5), ("अडीच", 2.5), ("আড়াই", 2.5), ("ڈھائی", 2.5), ("ਢਾਈ", 2.5),
    ("અઢી", 2.5), ("ଅଢ଼େଇ", 2.5),
    # one and a quarter (سوا لاکھ, 125,000): the word is also "except" (کے سوا), read only as a number
    ("سوا", 1.25), ("सवा", 1.25), ("ਸਵਾ", 1.25))}
_HALF_WORD = re.compile(r"(?<![\w\u0900-\u0dff])(" + "|".join(sorted({v for w in _HALVES for v in (
    w, unicodedata.normalize("NFD", w))}, key=len, reverse=True)) + r")(?![\w\u0900-\u0dff])")


# A time of day in words, in the Romance languages that give the hour after the article:
# "las once y media", "a las tres y cuarto", "las nueve menos cuarto", "alle undici e mezza",
# "às onze e meia". The article alone does not make a clock ("las dos empresas", the two
# firms): a part of the hour or a time of day must follow.
_SPELLED_CLOCK_LANGS = frozenset({"es", "ca", "gl", "it", "pt"})
_SPELLED_CLOCK = re.compile(
    r"(?i)\b(?:las?|les|le|alle|dalle|às|das|as)\s+(?P<h>[^\W\d_]+)"
    r"(?:\s+(?:y|i|e)\s+(?P<part>media|mitja|cuarto|quart|mezza|mezzo|un quarto|meia|um quarto|quarto)\b"
    r"|\s+(?P<less>menos cuarto|menys quart|meno un quarto|menos um quarto)\b"
    r"|(?=\s+(?:de la (?:mañana|tarde|noche|madrugada)|del (?:matí|vespre)|de la nit|en punto|di (?:sera|mattina|notte|pomeriggio)"
    r"|del (?:mattino|pomeriggio)|in punto|da (?:manhã|tarde|noite|madrugada)|em ponto)\b))")


def _spelled_clocks(text: str, lang0: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value on the 12-hour dial) of the times of day written in words."""
    for m in _SPELLED_CLOCK.finditer(text):
        hour = word_value(m.group("h"), lang0)
        if hour is None or not 1 <= hour <= 24:
            continue
        part = (m.group("part") or "").lower()
        minutes = 30 if part in ("media", "mitja", "mezza", "mezzo", "meia") else 15 if part else 0
        if m.group("less"):
            hour, minutes = hour - 1, 45
        dial = hour % 12 or 12
        yield m.start("h"), m.end(), dial + minutes / 100


def _half_base(word: str | None, lang0: str) -> float | None:
    if word is None:
        return 1.0  # anderthalb, полтора: one and a half
    if word.isdigit():
        return float(word)
    n = word_value(word, lang0)
    return float(n) if n is not None and n < 100 else None


_VI_YEAR = re.compile(r"\s+năm\s+(?:1[89]|20)\d{2}(?!\d)")
_HAN_DATE = re.compile("(?<![一二两兩三四五六七八九十百千])([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?")
# 4/12/2024, 04.12.2024, 2024-12-04: a date in digits, its year kept as a number of its own
_NUMERIC_DATE = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:1[89]|20)\d{2})(?![\d/]|[.,]\d)")
_ISO_DATE = re.compile(r"(?<![\d.,/-])((?:1[89]|20)\d{2})-(\d{2})-(\d{2})(?![\d-])")
# English outside Britain and the Commonwealth writes the month first: 12/4/2024 is December 4
_MONTH_FIRST = frozenset({"en", "en-us", "en-ph", "fil", "tl"})


def _numeric_dates(text: str, ascii_text: str, lang: str, nums: Sequence[tuple[int, int, float]],
                   used: set[int], out: list[Quantity]) -> None:
    found: list[tuple[int, int, int, int, int, int, bool]] = []  # start, end, month, day, year start, year end, soft
    for m in _NUMERIC_DATE.finditer(ascii_text):
        a, b = int(m.group(1)), int(m.group(3))
        month_first = lang.lower() in _MONTH_FIRST
        day, month = (b, a) if month_first else (a, b)
        if month > 12 >= day:
            day, month = month, day  # only one reading is a date
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        # both readings possible in English: neither is certain, so it may only confirm a date
        soft = month_first and a <= 12 and b <= 12 and a != b
        found.append((m.start(), m.end(3), month, day, m.start(4), m.end(4), soft))
        if soft:
            found.append((m.start(), m.end(3), day, month, m.start(4), m.end(4), True))
    for m in _ISO_DATE.finditer(ascii_text):
        month, day = int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((m.start(2), m.end(), month, day, m.start(1), m.end(1), False))
    for m in _DAY_WORD_DATE.finditer(ascii_text):  # ngày 12/8: a day and month after the word "day"
        day, month = int(m.group("d")), int(m.group("m"))
        if 1 <= month <= 12 and 1 <= day <= 31 and not any(f[0] <= m.start("d") < f[1] for f in found):
            # English is read day first only where the other order is no date (Friday (6/7) may be US)
            soft = m.group("en") is not None and day <= 12 and day != month
            found.append((m.start("d"), m.end("m"), month, day, m.end("m"), m.end("m"), soft))
            if soft:
                found.append((m.start("d"), m.end("m"), day, month, m.end("m"), m.end("m"), True))
    for lo, hi, month, day, ys, ye, soft in found:
        if any(lo <= s0 and e0 <= hi and k in used for k, (s0, e0, _) in enumerate(nums)) and not soft:
            continue  # read already
        whole_lo, whole_hi = min(lo, ys), max(hi, ye)
        used.update(k for k, (s0, e0, _) in enumerate(nums) if s0 >= whole_lo and e0 <= whole_hi)
        out.append(Quantity(lo, hi, text[lo:hi], month=month, day=day, soft=soft))
        if ye > ys and not any(q.start == ys and q.end == ye for q in out):
            out.append(Quantity(ys, ye, text[ys:ye], value=float(ascii_text[ys:ye])))


_DAY_WORD_DATE = re.compile(
    r"(?i)(?:(?:\bngày|\btanggal|\btgl\.?)\s+"
    # or in brackets after the weekday, as Vietnamese and Indonesian news date a day: thứ Hai (3/2), Senin (3/2)
    r"|(?:\bthứ\s+(?:hai|ba|tư|năm|sáu|bảy)|\bchủ\s+nhật|\bsen[ié]n|\bselasa|\bsalasa|\brabu|\brebo|\bkamis"
    r"|\bkemis|\bjum'?at|\bjumaah|\bjemuwah|\bsabtu|\bsaptu|\bsetu|\bminggu|\bisnin|\bkhamis|\bjumaat|\bahad"
    # (and in English translated from them: Friday (14/6); day first, as in the source)
    r"|(?P<en>\b(?:mon|tues|wednes|thurs|fri|satur|sun)day))\s*\(\s*)(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])")
# Vietnamese months in words: tháng Sáu (June), tháng Mười Hai (December), tháng Giêng, tháng Chạp
_VI_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                   "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_VI_DAY_MONTH = re.compile(r"(?i)(?:(?<=sáng )|(?<=chiều )|(?<=tối )|(?<=trưa )|(?<=đêm )|(?<=hôm )|(?<=từ )|(?<=đến )|(?<=tới ))"
                           r"(\d{1,2})/(\d{1,2})(?![\d/])|(?<![\d/.,])(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d)")
_VI_MONTH = re.compile(r"(?i)(?:\bngày\s+(\d{1,2})\s+)?\btháng\s+(mười\s+một|mười\s+hai|giêng|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|chạp)\b")
_AR_UNITS = {"الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
             "الثامن": 8, "التاسع": 9, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}
_AR_TENS = {"عشر": 10, "والعشرين": 20, "والثلاثين": 30}
_AR_ORDINAL_DAY = re.compile(r"(?<![\u0600-\u06ff])(" + "|".join(_AR_UNITS) + r")(?:\s+(عشر|والعشرين|والثلاثين))?"
                             r"\s+من\s+(?:شهر\s+)?([\u0600-\u06ff]+)")
_HMN_DATE = re.compile(r"(?:hnub\s+tim\s+(\d{1,2})\s+)?lub\s+(\d{1,2})\s+(hlis|hli)\b")
_LG_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s+ku\s+buli\s+(100)(?!\d)")
_LN_ORDINALS = {"yambo": 1, "mibale": 2, "misato": 3, "minei": 4, "mitano": 5, "motoba": 6, "nsambo": 7, "mwambe": 8,
                "libwa": 9, "zomi": 10, "zomi na moko": 11, "zomi na mibale": 12}
_LN_MONTH = re.compile(r"\bs[aá]nz[aá] ya (zomi na moko|zomi na mibale|yambo|mibale|misato|minei|mitano|motoba|nsambo|"
                       r"mwambe|libwa|zomi)\b")
_CJK_HALF = re.compile(r"(\d+)\s?(?:時間|시간|小时|小時|个小时|個小時|か月|ヶ月|개월|个月|個月|年|년|天|일)\s?(?:半|"
                       + _KO_HALF + ")")
_HEBREW_LETTER_VALUES = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת",
                                 (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90,
                                  100, 200, 300, 400), strict=True))
_HEBREW_LETTER_YEAR = re.compile(
    "(?<![\u05d0-\u05ea\u05b0-\u05c7])(?:[\u05d0-\u05ea][\u05b0-\u05c7]*){1,3}[״\"][\u05d0-\u05ea](?![\u05d0-\u05ea])")
_DATE_NAMED_EVENT = re.compile(r"(?<![\d.,])(0[1-9]|1[0-2]|[1-9])(0[1-9]|[12]\d|3[01])(?=大?(?:地震|事件|水災|風災|氣爆|空難))")
_PS_BEFORE_DAY = re.compile(r"[\s\u00a0]+(?:له|د|تر)[\s\u00a0]+")
_LUNAR_MONTH = re.compile("(?:འབྲུག|བོད|ལོ་ཐོ)་?[ \u00a0]*\\Z")
_BO_DATE = re.compile(r"ཟླ་[ \u00a0]?(\d{1,2})(?:[ \u00a0]*པ(?:འི|ར)?)?(?:[ \u00a0་]*ཚེས་[ \u00a0]?(\d{1,2}))?")
_UG_MONTH = re.compile(r"(?<!\d)(\d{1,2})-ئاي(?:نىڭ|ىنىڭ|دا|ىدا|غىچە|دىن|ى)?")
_UG_DAY = re.compile(r"\s*(\d{1,2})-كۈن\w*")
# (the phone word may be declined and a word or two may come between: "by phone on", "na
# telefonním čísle", "pod nr. tel.")
_PHONE = re.compile(r"(?i)(?:\btel(?:efon|ephone|éfono|efono|éphone)?|\bphone|тел(?:ефон)?|☎)\w*\.?:?\s*"
                    r"(?:[^\W\d]{1,12}\.?\s+){0,2}(\+?\d[\d \u00a0\-/().]{5,}\d)")
_ZERO_LED = re.compile(r"(?<![\d.,])0[ \u00a0]?\d{1,4}(?:[ \u00a0.\-/]\d{2,4}){2,}(?!\d|[.,]\d)|(?<![\d.,])0\d{7,}(?!\d|[.,]\d)")
# 90+3: a minute of stoppage time; the 90 is implied by "into stoppage time" in a translation
_ADDED_TIME = re.compile(r"\+\d{1,2}(?!\d)")
_SEASON = re.compile(r"[/–-]\s?\Z")


def _season_years(text: str, nums: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """2024/25, 2024–25: the second year written with two digits is 2025 (a season, a school
    or fiscal year; Thai crop years too, 2567/68)."""
    out = list(nums)
    for k in range(1, len(out)):
        (s0, e0, v0), (s1, e1, v1) = out[k - 1], out[k]
        if (e0 - s0 == 4 and (1900 <= v0 <= 2099 or 2400 <= v0 <= 2699) and e1 - s1 == 2 and _SEASON.match(text, e0, s1) is not None
                and s1 - e0 <= 2 and 0 < (v1 - v0 % 100) % 100 <= 2):
            out[k] = (s1, e1, float(v0 // 100 * 100 + v1 + (100 if v1 < v0 % 100 else 0)))
    return out


def _unspaced_months() -> dict[str, tuple[re.Pattern[str], dict[str, int]]]:
    # Thai abbreviations: ม.ค. … ธ.ค. (the usual way news writes a date)
    thai_short = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
    out = {}
    for code in ("th", "lo", "km", "my"):
        names = {w: i for i, w in enumerate(MONTHS[code], 1) if len(w) >= 4}
        if code == "th":
            names.update({w: i for i, w in enumerate(thai_short, 1)})
        pattern = re.compile("|".join(re.escape(w) for w in sorted(names, key=len, reverse=True)))
        out[code] = (pattern, names)
    return out


_UNSPACED_MONTHS = _unspaced_months()


def _months_inside_words(text: str, lang0: str) -> dict[Token, int]:
    """Month names in scripts written without spaces, where no word token isolates them
    (ภายในเดือนกันยายน 2568, 12 ก.พ. 2568): found as substrings, with their month."""
    hit = _UNSPACED_MONTHS.get(lang0)
    if hit is None:
        return {}
    pattern, names = hit
    spaced = {(t.start, t.end) for t in word_tokens(text)}
    return {Token(m.start(), m.end(), m.group()): names[m.group()] for m in pattern.finditer(text)
            if (m.start(), m.end()) not in spaced}


_DAY_ENDING = re.compile(r"(?:-?(?:го|е|й|kii|ka|da|ta|ha|ci|cu|an|ga|inci|üncü|ncı|nci|ncü)|st|nd|rd|th"
                         r"|טן|סטן|טער|סטער|טע|סטע"  # Yiddish 9טן אָקטאָבער
                         r"|ης|ην|η"  # Greek 1η Ιανουαρίου, της 28ης Οκτωβρίου (the day's ordinal, feminine)
                         r"|-?(?:nji|njy|unjy|ünji|ynjy|inji))\.?[\s\u00a0]+")  # Turkmen 28-nji oktýabrynda


_FIRST = re.compile(r"(?:er|re|st|º|ª|°|o)\.?[\s\u00a0]+(?:de[\s\u00a0]+)?")  # 1er, 1º, 1° (typed with the degree sign)


# marzo de 2027, março de 2027, Albanian nëntor të vitit 2022 ("of the year")
_OF_YEAR = re.compile(r"[\s\u00a0]+(?:(?:de|del|di|do|da|of|të vitit|соли)[\s\u00a0]+|tal-)")  # Maltese Marzu tal-2026, Tajik июни соли 2025
_DAY_OF = re.compile(r"[\s\u00a0]+d[e']\s?|[\s\u00a0]+d[ae][\s\u00a0]+|[\s\u00a0]+ta['’][\s\u00a0]+"  # Romansh 5 da mars; Maltese 1 ta' Jannar
                     r"|[\s\u00a0]*(?:ខែ|ເດືອນ|เดือน)[\s\u00a0]*"  # Khmer, Lao, Thai "month": ២១ ខែសីហា
                     r"|[\s\u00a0]+o[\s\u00a0]+")  # Māori 14 o Poutūterangi


_YEAR_WORDS = frozenset({"کال", "سال", "ساڵ", "साल", "সাল", "year", "yili", "jili", "жыл", "ел", "сол"})


def _year_near(
    text: str, nums: Sequence[tuple[int, int, float]], start: int, end: int, used: set[int]
) -> int | None:
    """A four-digit year (1000-2999) next to a month name: right after it (``June 2025``,
    ``марте 2023``) or before it with at most one short word between (``২০২৩ সালের মে``)."""
    for i, (s, e, v) in enumerate(nums):
        if i in used or e - s != 4 or not 1000 <= v <= 2999:
            continue
        if s >= end and ((len(text[end:s]) <= 2 and all(c in " ,\u00a0" for c in text[end:s]))
                         or _OF_YEAR.fullmatch(text, end, s)):
            return i
        # one short word between, after an ordinal dot (Estonian 2023. aasta juunis); or a year
        # word and a preposition (Pashto د ۲۰۲۳ کال په مارچ کې, in March of the year 2023)
        between = text[e:start].lstrip(".").split() if e <= start and len(text[e:start]) <= 10 else None
        if between is not None and (len(between) <= 1 or (len(between) == 2 and between[0] in _YEAR_WORDS)):
            return i
    return None


def on_dial(hours: float) -> float:
    """A time of day on the 12-hour dial, which runs from 1 to 12.59: 18.30 is 6.30, and midnight's
    hour is 12 (0.38 Uhr = 12.38am = 0点38分)."""
    return hours - 12 if hours >= 13 else hours + 12 if hours < 1 else hours


_SWAHILI_DAY_PART = re.compile(r"\s*(?:asubuhi|mchana|jioni|usiku|alfajiri)\b")


def _swahili_time(text: str, q: Quantity) -> Quantity:
    """A clock time after ``saa`` and before a part of the day (asubuhi, jioni …) is Swahili
    time, six hours behind the international dial: saa 12 asubuhi = 6 a.m., saa 11 jioni = 5 p.m."""
    if q.value is None or not (q.clock or (q.value == int(q.value) and 1 <= q.value <= 12)):
        return q
    if not text[max(0, q.start - 4) : q.start].rstrip().endswith("saa") or not _SWAHILI_DAY_PART.match(text, q.end):
        return q
    hours = int(q.value) % 12 or 12
    value = (hours + 6 - 1) % 12 + 1 + (q.value - int(q.value))
    return replace(q, value=value, clock=True, soft=False)


_BURMESE_SCALES = {"ထောင်": 1e3, "သောင်း": 1e4, "သိန်း": 1e5, "သန်း": 1e6, "ကုဋေ": 1e7}


def _burmese_half(text: str, q: Quantity) -> Quantity:
    """``q`` with half a unit of its scale added when ခွဲ follows the scale word."""
    if q.value is None or not text.startswith("ခွဲ", q.end):
        return q
    scale = next((v for w, v in _BURMESE_SCALES.items() if q.text.endswith(w)), None)
    if scale is None:
        return q
    end = q.end + len("ခွဲ")
    return replace(q, end=end, text=text[q.start : end], value=q.value + scale / 2)


def is_designation(text: str, start: int) -> bool:
    """Is the number at ``start`` of ``text`` the numeric part of a designation, capitals and
    a hyphen before it (``COVID-19``, ``MH-17``, ``Su-27``)? A translation may name the thing
    without it (コロナ禍, the pandemic), so alone on one side it proves nothing."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start - 2].isupper()

