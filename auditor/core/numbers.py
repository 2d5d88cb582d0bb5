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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from auditor.core.names import Token, word_tokens
from auditor.core.normalize import digits_to_ascii, fold, primary_language


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

    @property
    def is_date(self) -> bool:
        return self.month > 0

    def label(self) -> str:
        if self.is_date:
            return f"{self.day} {_MONTH_NAMES[self.month]}" if self.day else _MONTH_NAMES[self.month]
        v = self.value or 0.0
        return str(int(v)) if v == int(v) else f"{v:g}"


_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DECIMAL_COMMA = frozenset({"de", "fr", "ru", "uk", "bg", "es", "it", "pt", "nl", "pl", "cs", "tr",
                            "id", "vi", "sv", "da", "no", "nb", "fi", "is", "ro", "hu", "el", "sr"})
_SPACE_GROUPS = frozenset({"fr", "ru", "uk", "bg", "pl", "cs", "sv", "no", "nb", "fi", "de", "es"})
_NUM = re.compile(r"\d[\d.,\u00a0\u202f\u2009']*\d|\d")

# Month stems: a token starting with one of these (and at most a few letters more) names a month.
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
           "অক্টোবর", "নভেম্বর", "ডিসেম্বর"),
    "ru": ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"),
    "uk": ("січн", "лют", "берез", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн",
           "листопад", "грудн"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "hi": ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
           "नवंबर", "दिसंबर"),
}
_SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "mn": 1e6, "bn": 1e9, "হাজার": 1e3, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7,
    "মিলিয়ন": 1e6, "বিলিয়ন": 1e9, "শত": 1e2, "শো": 1e2, "শতাধিক": 1e2,
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3,
    "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9,
    "миллиарда": 1e9, "миллиардов": 1e9, "tausend": 1e3, "mio": 1e6, "millionen": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mille": 1e3, "milliard": 1e9,
    "milliards": 1e9, "mil": 1e3, "millones": 1e6, "millón": 1e6, "lakh": 1e5, "crore": 1e7,
    "万": 1e4, "億": 1e8, "千": 1e3, "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7,
}
# Too short to take a case ending: শত (hundred) would read শতাংশ (per cent) as hundreds.
_NO_ENDINGS = frozenset({"শত", "শো"})
_WORDS: dict[str, dict[str, int]] = {
    "en": {w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split())},
    "bn": {"এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8,
           "নয়": 9, "দশ": 10, "দুজন": 2, "একজন": 1, "এগারো": 11, "বারো": 12, "তেরো": 13,
           "চোদ্দ": 14, "চৌদ্দ": 14, "পনেরো": 15, "ষোলো": 16, "সতেরো": 17, "আঠারো": 18, "উনিশ": 19,
           "বিশ": 20, "কুড়ি": 20, "ত্রিশ": 30, "চল্লিশ": 40, "পঞ্চাশ": 50, "ষাট": 60, "সত্তর": 70,
           "আশি": 80, "নব্বই": 90, "একশ": 100, "একশো": 100, "একশত": 100, "শতাধিক": 100},
    "ru": {"один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3,
           "трех": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
           "десять": 10, "двое": 2, "трое": 3, "одного": 1, "одной": 1, "одному": 1, "двум": 2,
           "двумя": 2, "трём": 3, "трем": 3, "тремя": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
           "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двадцать": 20,
           "двадцати": 20, "третьего": 3, "второго": 2, "первого": 1},
    "de": {w: i for i, w in enumerate("null eins zwei drei vier fünf sechs sieben acht neun zehn".split())},
    "fr": {w: i for i, w in enumerate("zéro un deux trois quatre cinq six sept huit neuf dix".split())},
}
# Teens and tens, read as words too; a tens word followed by a unit word is one number
# (forty-eight, сорока восьми, vingt-deux), German writes it as one (achtundvierzig).
_TENS: dict[str, dict[str, int]] = {
    "en": {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
           "ninety": 90, "hundred": 100},
    "ru": {"одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
           "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
           "девятнадцать": 19, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13,
           "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17,
           "восемнадцати": 18, "девятнадцати": 19, "тридцать": 30, "тридцати": 30, "сорок": 40,
           "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
           "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
           "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100},
    "de": {"ein": 1, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
           "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100},
    "fr": {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100},
}
for _lang, _extra in _TENS.items():
    _WORDS.setdefault(_lang, {}).update(_extra)
_JA_DATE = re.compile(r"(?:(\d{1,2})月(\d{1,2})日|(\d{1,2})月)")


def parse_number(raw: str, lang: str) -> float | None:
    """The value of one digit string (ASCII digits) as written in ``lang``."""
    s = re.sub(r"[\u00a0\u202f\u2009' ]", "", raw)
    comma_decimal = primary_language(lang) in _DECIMAL_COMMA
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
    f = fold(token)
    best = 0
    for code in (primary_language(lang), "en"):
        for i, stem in enumerate(_MONTHS.get(code, ())):
            # the stem plus at most a short case ending (марта, মার্চে); "ма" needs more care
            if f.startswith(stem) and len(f) - len(stem) <= 3 and (len(stem) > 2 or len(f) <= 3):
                best = i + 1
        if best:
            return best
    return 0


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Numbers and dates of ``text`` in text order (see module docstring). Cached by text."""
    return list(_extract(text, lang))


@lru_cache(maxsize=65536)
def _extract(text: str, lang: str) -> tuple[Quantity, ...]:
    ascii_text = _VISARGA_COLON.sub(":", digits_to_ascii(text))  # ১৯ঃ৩০: a visarga typed for a colon
    lang0 = primary_language(lang)
    nums: list[tuple[int, int, float]] = []
    for m in _NUM.finditer(ascii_text):
        v = parse_number(m.group(), lang)
        if v is not None:
            nums.append((m.start(), m.end(), v))
    nums = _join_space_groups(ascii_text, nums, lang0)
    out: list[Quantity] = []
    used: set[int] = set()
    # Japanese and Chinese dates: 3月17日
    for m in _JA_DATE.finditer(ascii_text):
        month = int(m.group(1) or m.group(3))
        day = int(m.group(2)) if m.group(2) else 0
        if 1 <= month <= 12 and day <= 31:
            out.append(Quantity(m.start(), m.end(), text[m.start() : m.end()], month=month, day=day))
            used.update(i for i, (s, e, _) in enumerate(nums) if s >= m.start() and e <= m.end())
    tokens = word_tokens(text)
    for t in tokens:
        month = _month_of(t.text, lang)
        if not month:
            continue
        day_idx = _adjacent_number(ascii_text, nums, t.start, t.end, used)
        if day_idx is None:
            if month == 5 and not t.text[:1].isupper() and lang0 in {"en"}:
                continue  # English "may" without a day is too ambiguous
            year_idx = _year_near(ascii_text, nums, t.start, t.end, used)
            if year_idx is not None:  # Juli 2025, в марте 2023 года, ২০২৩ সালের মে: a month that matters
                used.add(year_idx)
                lo, hi = min(t.start, nums[year_idx][0]), max(t.end, nums[year_idx][1])
                out.append(Quantity(lo, hi, text[lo:hi], month=month))
                continue
            if month == 5 and not t.text[:1].isupper():
                continue  # Russian "мая" without a day or a year is too ambiguous
            out.append(Quantity(t.start, t.end, t.text, month=month, soft=True))
            continue
        s, e, v = nums[day_idx]
        used.add(day_idx)
        lo, hi = min(s, t.start), max(e, t.end)
        out.append(Quantity(lo, hi, text[lo:hi], month=month, day=int(v)))
    for i, (s, e, v) in enumerate(nums):
        if i in used:
            continue
        tm = _TIME.match(ascii_text, s) or _HOUR_MINUTE.match(ascii_text, s)
        if tm is not None and tm.end(2) > e:  # 6 h 30, ৪ টা ৪০ মিনিট: one time written as two numbers
            used.update(k for k, (s2, e2, _) in enumerate(nums) if s2 >= e and e2 <= tm.end(2))
            hh, mm = int(tm.group(1)), int(tm.group(2))
            value = (hh - 12 if hh >= 13 else hh) + mm / 60
            out.append(Quantity(s, tm.end(2), text[s : tm.end(2)], value=value, clock=True))
            continue
        frac = _FRACTION_BEFORE.search(text, 0, s)  # সাড়ে ১০টা = 10.30, সাড়ে ৩ লাখ = 350,000
        if frac is not None:
            v += _FRACTIONS[unicodedata.normalize("NFC", frac.group(1))]
        scale, end = _scale_after(text, e)
        value = v * scale
        nxt = i + 1
        if scale > 1 and nxt < len(nums) and nxt not in used and text[end : nums[nxt][0]].strip() == "" \
                and nums[nxt][2] < scale:
            sub, sub_end = _scale_after(text, nums[nxt][1])  # ৫ কোটি ৪০ লাখ, 1万2千
            if nums[nxt][2] * sub < scale:
                value += nums[nxt][2] * sub  # ১ হাজার ২০০ = 1200
                end = sub_end
                used.add(nxt)
        soft = _ROUND_THE_CLOCK.match(ascii_text, e) is not None and v == 24  # 24 hours = сутки
        soft = soft or _CENTURY.match(ascii_text, e) is not None  # 17th century = XVII век
        clock = _CLOCK.match(ascii_text, e) is not None and v < 24 or _is_time(ascii_text, s, e)
        if ascii_text[e : e + 1] == ":" or (s > 0 and ascii_text[s - 1] == ":" and v < 60):
            soft = True  # the parts of 2:30 (the whole is read by _is_time when it can be)
        if clock and not soft:
            value = value - 12 if value >= 13 else value
            dec = _TIME.match(ascii_text, s)
            if dec is not None and dec.end(2) >= e:  # 6.30 = half past six, on the same scale as 6 h 30
                value = int(value) + int(dec.group(2)) / 60
        out.append(Quantity(s, end, text[s:end], value=value, soft=soft, clock=clock and not soft))
    covered = [(q.start, q.end) for q in out]
    for t in tokens:
        if any(a <= t.start and t.end <= b for a, b in covered):
            continue  # the scale word of ৫ শতাধিক, 2 million
        n = _word_value(t.text, lang0)
        if n is None and _ROMAN.fullmatch(t.text) and len(t.text) >= 2:
            n = _roman(t.text)  # XVII века, World War II: may stand for digits, never reported
        if n is None and len(t.text) > 3 and fold(t.text) in _SCALES:
            n = int(_SCALES[fold(t.text)])  # свыше тысячи людей: a thousand without a digit
        if n is not None:
            out.append(Quantity(t.start, t.end, t.text, value=float(n), soft=True))
    out.extend(_compound_words(text, tokens, lang0))
    if lang0 == "en":  # about a mile = ১ মাইল
        out.extend(Quantity(t.start, t.end, t.text, value=1.0, soft=True) for t in tokens
                   if fold(t.text) in {"a", "an"} and _unit_after(text, t.end))
    out = list(_alternatives(text, sorted(out, key=lambda q: (q.start, q.end))))
    return tuple(sorted(out, key=lambda q: (q.start, q.end)))


# Units whose amounts translators convert: (stems that take endings, exact abbreviations), and
# the values the amount may become in the other system. Only the number is compared: a target
# number within rounding of a conversion accounts for the source number.
_MILE, _INCH, _FOOT, _YARD, _POUND, _GALLON, _ACRE = 1.609344, 2.54, 0.3048, 0.9144, 0.45359237, 3.78541, 0.404686
_UNITS: tuple[tuple[tuple[str, ...], tuple[str, ...], Callable[[float], tuple[float, ...]]], ...] = (
    (("mile", "мил", "মাইল"), ("mi", "mph"), lambda v: (v * _MILE,)),
    (("kilomet", "километр", "কিলোমিটার"), ("km", "км", "kph", "kmh"), lambda v: (v / _MILE,)),
    (("inch", "дюйм", "ইঞ্চি"), (), lambda v: (v * _INCH,)),
    (("centimet", "centimèt", "сантиметр", "সেন্টিমিটার"), ("cm", "см"), lambda v: (v / _INCH,)),
    (("foot", "feet", "фут", "ফুট"), ("ft",), lambda v: (v * _FOOT,)),
    (("yard", "ярд", "গজ"), ("yd", "yds"), lambda v: (v * _YARD,)),
    (("metre", "meter", "mètre", "метр", "মিটার"), ("м",), lambda v: (v / _FOOT,)),  # not yards: too near
    (("pound", "фунт", "পাউন্ড"), ("lb", "lbs"), lambda v: (v * _POUND,)),
    (("kilogram", "килограмм", "কিলোগ্রাম", "কেজি"), ("kg", "кг"), lambda v: (v / _POUND,)),
    (("gallon", "галлон", "গ্যালন"), (), lambda v: (v * _GALLON,)),
    (("litre", "liter", "литр", "লিটার"), (), lambda v: (v / _GALLON,)),
    (("acre", "акр", "একর"), (), lambda v: (v * _ACRE,)),
    (("hectare", "гектар", "হেক্টর"), ("ha", "га"), lambda v: (v / _ACRE,)),
    (("fahrenheit", "фаренгейт"), ("°f", "f"), lambda v: ((v - 32) / 1.8,)),
    (("celsius", "цельси"), ("°c", "c"), lambda v: (v * 1.8 + 32,)),
    (("degree", "градус", "ডিগ্রি"), ("°",), lambda v: ((v - 32) / 1.8, v * 1.8 + 32)),
)
_UNIT_WORD = re.compile(r"[\s\u00a0-]?(°\s?[FCfc]\b|°|[^\W\d_]+)")


def _unit_after(text: str, end: int) -> Callable[[float], tuple[float, ...]] | None:
    """The conversion of the unit written right after a number (``45 miles``, ``550-pound``,
    ``80 °F``, ``80 degrees Fahrenheit``), if any."""
    m = _UNIT_WORD.match(text, end)
    if m is None:
        return None
    word = fold(m.group(1)).replace(" ", "")
    if word == "°" or word.startswith(("degree", "градус")):  # degrees Fahrenheit: the scale word decides
        nxt = _UNIT_WORD.match(text, m.end())
        if nxt is not None and nxt.group(0)[:1].isspace():
            scale = _unit_for(fold(nxt.group(1)))
            if scale is not None and scale is not _UNITS[-1][2]:
                return scale
    return _unit_for(word)


def _unit_for(word: str) -> Callable[[float], tuple[float, ...]] | None:
    for stems, abbrs, convert in _UNITS:
        if word in abbrs or any(word.startswith(st) and len(word) - len(st) <= 4 for st in stems):
            return convert
    return None


_RANGE = re.compile(r"[\s\u00a0]*(?:-|–|—|to|and|or|до|или|থেকে)[\s\u00a0]*")
_PAREN_ALT = re.compile(r"[\s\u00a0]*(?:[^\W\d_]+[\s\u00a0]*){0,3}\([\s\u00a0]*\Z")


def _alternatives(text: str, qs: list[Quantity]) -> Iterator[Quantity]:
    """Give amounts their unit conversions; a value in parentheses right after an amount and
    its unit (``45 miles (72 kilometers)``) is the same amount: soft, and an alternative of it."""
    prev: Quantity | None = None
    for i, q in enumerate(qs):
        if q.value is None or q.is_date or q.clock:
            yield q
            continue
        convert = _unit_after(text, q.end)
        if convert is None and i + 1 < len(qs) and _RANGE.fullmatch(text, q.end, qs[i + 1].start):
            convert = _unit_after(text, qs[i + 1].end)  # 1 to 4 inches: the unit covers both ends
        if convert is not None:
            q = replace(q, alts=tuple(round(x, 3) for x in convert(q.value)))
        if (prev is not None and prev.value is not None and not prev.is_date and prev.end <= q.start
                and _PAREN_ALT.fullmatch(text, prev.end, q.start)):
            q = replace(q, soft=True)
            yield replace(prev, alts=(*prev.alts, q.value, *q.alts))
            prev = q
            continue
        if prev is not None:
            yield prev
        prev = q
    if prev is not None:
        yield prev


def _compound_words(text: str, tokens: Sequence[Token], lang0: str) -> Iterator[Quantity]:
    """Tens-and-unit number words as one soft number: ``forty-eight``, ``сорока восьми``,
    ``achtundvierzig``."""
    words = _WORDS.get(lang0)
    if not words:
        return
    for t, nxt in zip(tokens, tokens[1:]):
        tens = _word_value(t.text, lang0)
        if tens is None or tens < 20 or tens % 10 or tens > 90 or text[t.end : nxt.start] not in {" ", "-", "\u00a0"}:
            continue
        unit = _word_value(nxt.text, lang0)
        if unit is not None and 1 <= unit <= 9:
            yield Quantity(t.start, nxt.end, text[t.start : nxt.end], value=float(tens + unit), soft=True)
    if lang0 == "de":
        for t in tokens:
            m = _DE_COMPOUND.fullmatch(fold(t.text))
            if m and m.group(1) in words and m.group(2) in words:
                yield Quantity(t.start, t.end, t.text, value=float(words[m.group(1)] + words[m.group(2)]), soft=True)


_DE_COMPOUND = re.compile(r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)")


_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_CLASSIFIERS = ("টার", "টায়", "টা", "টি", "জন", "টে")  # Bengali counters: ছয়টার = at six
_CLOCK = re.compile(r"\s?(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|heures?\b|Uhr\b|ч\b|час|時)", re.I)


_TIME = re.compile(r"([01]?\d|2[0-3])(?:[.:]|\s?h\s?)([0-5]\d)\s?(?:Uhr|h|ч|heures?|hrs?|a\.m\.|p\.m\.|am|pm)?\b", re.I)
_ROUND_THE_CLOCK = re.compile(r"[\s-]?(?:hours?\s+a\s+day|hours|h\b|/7)", re.I)


# Bengali and Hindi clock and amount fractions before a number: সাড়ে ১০ = 10.5 (half past ten),
# সোয়া ১০ = 10.25 (quarter past), পৌনে ১০ = 9.75 (quarter to).
_FRACTIONS = {unicodedata.normalize("NFC", w): f for w, f in (
    ("সাড়ে", 0.5), ("साढ़े", 0.5), ("সোয়া", 0.25), ("सवा", 0.25), ("পৌনে", -0.25), ("पौने", -0.25))}
_FRACTION_BEFORE = re.compile("(" + "|".join(sorted({v for w in _FRACTIONS for v in (
    w, unicodedata.normalize("NFD", w), w.replace("\u09af\u09bc", "\u09df"))})) + r")\s*\Z")
_VISARGA_COLON = re.compile(r"(?<=\d)[\u0983\u0903](?=\d)")
# A clock time in Bengali and Hindi words: ৪ টা ৪০ মিনিট, ৪টা ৪০ মিনিটে, 4 बजकर 40 मिनट.
_HOUR_MINUTE = re.compile(r"([01]?\d|2[0-3])\s?(?:টা|টায়|টায়|ঘটিকা|बजकर|बज)\s*([0-5]?\d)\s?(?:মিনিট|मिनट)")
_CENTURY = re.compile(r"(?:st|nd|rd|th|-?й|-?го|-?м|e|ème|\.)?[\s-]*(?:centur|век|শতা?ক|शताब्दी|सदी|jahrhundert|siècle)",
                      re.I)


def _is_time(text: str, s: int, e: int) -> bool:
    """``18.30 Uhr``, ``18h30``, ``6.30 pm``: a clock time, compared on a 12-hour dial
    (18.30 = 6.30 pm)."""
    m = _TIME.match(text, s)
    return m is not None and m.end(2) >= e and bool(m.group(0)[m.end(2) - s :].strip() or text[s:e].count(":"))


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


@lru_cache(maxsize=65536)
def _word_value(token: str, lang0: str) -> int | None:
    """The number a word token spells in ``lang0`` (see ``_WORDS``), if any; cached per word."""
    return _number_word(fold(token), _WORDS.get(lang0, {}))


def _number_word(word: str, words: dict[str, int]) -> int | None:
    if word in words:
        return words[word]
    for c in _CLASSIFIERS:
        if word.endswith(c) and word[: -len(c)] in words:
            return words[word[: -len(c)]]
    return None


def _join_space_groups(text: str, nums: list[tuple[int, int, float]], lang: str) -> list[tuple[int, int, float]]:
    """``1 500`` is one number in French or Russian: join a 1-3 digit number with following
    space-separated groups of exactly three digits."""
    if lang not in _SPACE_GROUPS or len(nums) < 2:
        return nums
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(nums):
        s, e, v = nums[i]
        j = i
        # 0800 555 111: a group after another number is part of a phone number, not thousands
        run = i > 0 and text[nums[i - 1][1] : s] in {" ", "\u00a0", "\u202f"}
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
        if len(gap) <= 3 and all(c in " .,\u00a0-" for c in gap):
            return i
    return None


def _year_near(
    text: str, nums: Sequence[tuple[int, int, float]], start: int, end: int, used: set[int]
) -> int | None:
    """A four-digit year (1000-2999) next to a month name: right after it (``June 2025``,
    ``марте 2023``) or before it with at most one short word between (``২০২৩ সালের মে``)."""
    for i, (s, e, v) in enumerate(nums):
        if i in used or e - s != 4 or not 1000 <= v <= 2999:
            continue
        if s >= end and len(text[end:s]) <= 2 and all(c in " ,\u00a0" for c in text[end:s]):
            return i
        if e <= start and len(text[e:start]) <= 10 and len(text[e:start].split()) <= 1:
            return i
    return None


def _scale_after(text: str, end: int) -> tuple[float, int]:
    # A space, or a hyphen before an inflected scale word (25-тысячная толпа, a 25,000-strong crowd).
    gap = 1 if text[end : end + 1] in {" ", "\u00a0"} or (text[end : end + 1] == "-" and not text[end + 1 : end + 2].isascii()) else 0
    toks = word_tokens(text[end + gap : end + gap + 24])
    if toks and toks[0].start == 0:
        word = fold(toks[0].text)
        if word not in _SCALES and not word.isascii():  # a case ending on the scale word: ৮ লাখের, 10 тысячам
            word = next((k for k in _SCALES if len(k) > 1 and not k.isascii() and word.startswith(k)
                         and len(word) - len(k) <= 3 and k not in _NO_ENDINGS), word)
        if word in _SCALES:
            stop = end + gap + toks[0].end
            if text[stop : stop + 1] == "." and word in {"mio", "mrd", "тыс", "млн", "млрд"}:
                stop += 1
            return _SCALES[word], stop
    if end < len(text) and text[end] in "万億千":
        return _SCALES[text[end]], end + 1
    return 1.0, end


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
