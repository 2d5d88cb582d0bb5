"""Which quantities of a bead's two sides account for each other (``unmatched``).

Split from ``numbers``, which reads quantities out of text; this module only compares them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from auditor.core.normalize import digits_to_ascii, fold
from auditor.core.number_words import ORDINAL_WORDS
from auditor.core.numbers import Quantity


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def unmatched(src: Sequence[Quantity], tgt: Sequence[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Hard quantities of each side that nothing on the other side accounts for.

    Dates match dates with the same month and day; failing that, a plain number equal to
    their day (a month name we could not read). Numbers match equal numbers, number words or
    a date's day. Soft items (number words, month names without a day) only help, except one
    unaccounted number word of three or more on each side of an otherwise matched bead.
    """
    if len(src) == len(tgt) and _plain_values(src) == _plain_values(tgt) is not None:
        return [], []  # the common case: the same plain numbers on both sides
    left_s, left_t = list(src), list(tgt)
    # a score first: its two numbers stand side by side on the other side (23:25 / 23-25)
    _score_for_clock(left_s, left_t)
    _score_for_clock(left_t, left_s)
    # the very same value on the other side first, soft or not: a conversion in brackets
    # ((390,000 ڈالر)) is the source's $390,000, not an alternative reading of the amount before it
    # (unless a date there has it for its day: "2 and 16 October" against "two … on Oct 2 and 16")
    for q in [q for q in left_s if not q.soft and q.value is not None and not q.is_date]:
        r = next((r for r in left_t if r.value == q.value and not r.is_date and not r.clock and r.soft), None)
        if r is not None and not any((x.value == q.value and not x.soft) or (x.is_date and x.day == q.value)
                                     for x in left_t):
            left_s.remove(q)
            left_t.remove(r)
    # exact values first, then equal values of number words, then conversions and readings:
    # 12 in "12時間" is the source's "twelve", not 11.5 feet of its "3.5 metres"
    # (a firm item is asked of the other side's firm items first: a soft reading, a Hijri date
    # read as the Gregorian days it may be, only helps and must not take a firm partner's match)
    # (a digit takes the date whose day it is before a number word: "day")
    for mode in ("strict", "day", "equal", "loose"):
        for q in [q for q in left_s if not q.soft]:
            for r in sorted(left_t, key=_is_soft):
                if _matches(q, r, mode):
                    left_s.remove(q)
                    left_t.remove(r)
                    break
        for r in [r for r in left_t if not r.soft]:
            for q in sorted(left_s, key=_is_soft):
                if _matches(r, q, mode):
                    left_t.remove(r)
                    left_s.remove(q)
                    break
    _hours_and_minutes(left_s, left_t)
    _hours_and_minutes(left_t, left_s)
    _year_with_month(left_s, left_t, src, tgt)
    _year_with_month(left_t, left_s, tgt, src)
    _month_in_a_word(left_s, left_t)
    _month_in_a_word(left_t, left_s)
    miss, extra = [q for q in left_s if not q.soft], [r for r in left_t if not r.soft]
    # one date given twice (ከጥቅምት 18 … 2017 ዓ.ም. (እ.ኤ.አ. ከኦክቶበር 28 …): a translation keeps one
    # (either way: 1 Asad 1402 (23 July 2023) for the source's اول اسد ۱۴۰۲)
    # (by identity: a whole text's quantities may stand on one side, and equality is slow)
    left_s_ids, left_t_ids = {id(x) for x in left_s}, {id(x) for x in left_t}
    matched_s = [q for q in src if id(q) not in left_s_ids]
    matched_t = [r for r in tgt if id(r) not in left_t_ids]
    miss = [q for q in miss if not _given_twice(q, matched_s)]
    extra = [r for r in extra if not _given_twice(r, matched_t)]
    # A number word each side that nothing accounts for is one number changed ("nine-year"
    # against সাত বছরের). Words for one and two are left out: they are articles and
    # idioms as often as numbers ("one of", "a couple"). Callers that have the text should
    # still ask ``spelled_within`` (the source's "fourballs" for "четыре мяча").
    if not (miss or extra):
        soft_s, soft_t = [q for q in src if q.soft], [r for r in tgt if r.soft]
        words_s = [q for q in left_s if _counting_word(q, soft_s)]
        words_t = [r for r in left_t if _counting_word(r, soft_t)]
        if (len(words_s) == 1 and len(words_t) == 1
                and not any(_matches(words_s[0], x, "loose") for x in left_t)
                and not any(_matches(words_t[0], x, "loose") for x in left_s)):
            miss, extra = words_s, words_t
    # A number against a spelt amount of another size (150,000 against پنځلس لکه, fifteen lakh):
    # one amount changed, not one dropped and one added in words.
    if len(miss) == 1 and not extra:
        extra = _spelt_amount(miss[0], left_t)
    elif len(extra) == 1 and not miss:
        miss = _spelt_amount(extra[0], left_s)
    # Days of the week: one each side, different, is a changed day (Tuesday → mercredi);
    # a day left out or added is not reported (translators write "yesterday" or a date).
    days_s = {q.weekday for q in src if q.weekday}
    days_t = {r.weekday for r in tgt if r.weekday}
    if len(days_s) == 1 and len(days_t) == 1 and days_s != days_t:
        miss = miss + [q for q in src if q.weekday][:1]
        extra = extra + [r for r in tgt if r.weekday][:1]
    if not extra:
        miss = [q for q in miss if not q.clock]
    if not miss:
        extra = [r for r in extra if not r.clock]
    return miss, extra


def _hours_and_minutes(mine: list[Quantity], theirs: list[Quantity]) -> None:
    """Eight and a half hours against 8시간 30분 (8 hours 30 minutes), three and a half years
    against 3년 6개월 (3 years 6 months): one span of time written as a fraction on one side
    and as two units on the other."""
    for q in [q for q in mine if not q.is_date and not q.clock]:
        if q.value is None:
            continue
        whole = math.floor(q.value)
        for per in (60, 12):  # minutes in an hour, months in a year
            part = (q.value - whole) * per
            if not (0.5 <= part < per and abs(part - round(part)) < 0.01):
                continue
            h = next((r for r in theirs if r.value == whole and not r.is_date), None)
            m = next((r for r in theirs if r.value == round(part) and r is not h and not r.is_date), None)
            if h is not None and m is not None:
                mine.remove(q)
                theirs.remove(h)
                theirs.remove(m)
                break


def _is_soft(q: Quantity) -> bool:
    return q.soft


def _plain_values(qs: Sequence[Quantity]) -> list[float] | None:
    """The sorted values of ``qs`` when all are plain numbers in digits (no date, day of the
    week or number word), else None."""
    out: list[float] = []
    for q in qs:
        if q.value is None or q.soft or q.month or q.day or q.weekday or q.year:
            return None
        out.append(q.value)
    return sorted(out)


def _spelt_amount(q: Quantity, leftover: Sequence[Quantity]) -> list[Quantity]:
    """The one soft amount of a thousand or more among ``leftover`` within a factor of a
    hundred of ``q`` (a spelt amount that stands where ``q`` was), as a list; else none."""
    if q.value is None or q.value < 1000:
        return []
    # (a number and its scale: a scale word alone, লাখ, is "a lakh" or part of a phrase not read)
    cands = [r for r in leftover if r.soft and r.value is not None and r.value >= 1000 and not r.is_date
             and (len(r.text.split()) >= 2 or any(ch.isdigit() for ch in r.text))]
    if len(cands) == 1 and (v := cands[0].value) is not None and q.value / 100 <= v <= q.value * 100:
        return cands
    return []


def _given_twice(q: Quantity, matched: Sequence[Quantity]) -> bool:
    """Is ``q`` a date, or a year, that its own side also gives elsewhere, matched (a date in
    two calendars, and its year twice)?"""
    if q.is_date and q.day:
        return any(m.is_date and (m.month, m.day) == (q.month, q.day) for m in matched)
    if q.is_date and q.year:  # September 2026 beside "the Ethiopian year 2018", matched: its Gregorian gloss
        return any(q.year in m.same for m in matched if not m.is_date)
    return (q.value is not None and q.value == int(q.value) and 1000 <= q.value <= 2999
            and any(m.value == q.value or q.value in m.same for m in matched))


def _year_with_month(mine: list[Quantity], theirs: list[Quantity], side: Sequence[Quantity],
                     other: Sequence[Quantity]) -> None:
    """A year and a month written apart (2024-يىلى … 8-ئايغىچە) against the month of that year
    written as one (August 2024): the year is accounted for when this side names that month
    too (the month may have been matched already, the year left over)."""
    for q in [q for q in mine if not q.soft and not q.is_date and q.value is not None]:
        r = next((r for r in other if r.is_date and not r.day and r.year and r.year == q.value
                  and any(m.is_date and m.month == r.month and not m.day for m in side)), None)
        if r is not None:
            mine.remove(q)
            if r in theirs:
                theirs.remove(r)


def _month_in_a_word(mine: list[Quantity], theirs: list[Quantity]) -> None:
    """A month of a year (August 2002) left against that year alone, where the other side has
    no month left over: the month is in a word not read as one (das Augusthochwasser 2002).
    With a month left there, a month changed is a month changed (June 2029 against июля 2029)."""
    if any(r.month for r in theirs):
        return
    for q in [q for q in mine if q.is_date and not q.day and q.year and not q.soft]:
        r = next((r for r in theirs if not r.soft and not r.is_date and _same(float(q.year), r.value)), None)
        if r is not None:
            mine.remove(q)
            theirs.remove(r)


def _counting_word(q: Quantity, side: Sequence[Quantity]) -> bool:
    """A number word from three to nine standing alone. Larger numbers are compounds in many
    languages (on iki = 12, dix-sept = 17, اثنتي عشرة = 12) whose parts alone would be read as
    other numbers; "millions" and "দশ লক্ষাধিক" are sizes, not counts."""
    if not (q.soft and not q.is_date and q.value is not None and 3 <= q.value <= 9):
        return False
    if fold(q.text) in ORDINAL_WORDS:  # the third time: an order, not a count
        return False
    return not any(r is not q and r.soft and (0 <= r.start - q.end <= 2 or 0 <= q.start - r.end <= 2) for r in side)


def _matches(a: Quantity, b: Quantity, mode: str) -> bool:
    if mode == "day":
        return a.is_date != b.is_date and _matches(a, b, "loose")
    strict = mode != "loose"
    if a.is_date and b.is_date:
        if a.year and b.year and a.year != b.year:
            return False  # November 2024 is no November 2025
        return a.month == b.month and (a.day == b.day or (not strict and (not a.day or not b.day)))
    if mode == "equal":  # a number word (no digits) for a number: "twelve" for 12
        return (not a.is_date and not b.is_date and _same_amount(a, b)
                and (not b.soft or not any(ch.isdigit() for ch in b.text)))
    if strict:
        return not a.is_date and not b.is_date and not b.soft and _same_amount(a, b)
    # A digit equal to a date's day stands for it (a month name we could not read); a number
    # word does not ("the third factory" is no 3 May).
    if a.is_date:
        return bool(a.day) and not b.soft and _same(float(a.day), b.value)
    if b.is_date:
        return bool(b.day) and not a.soft and _same(a.value, float(b.day))
    # (a converted value is written in digits: "twelve hours" is no 11.5 feet of "3.5 metres")
    converted = not a.soft and not b.soft and (_converted(a, b) or _converted(b, a))
    return _same_amount(a, b) or converted or _afternoon(a, b) or _afternoon(b, a)


def _afternoon(a: Quantity, b: Quantity) -> bool:
    """A bare hour of the 24-hour clock, ``alle 15``, ``às 15``, read as a plain number, beside
    a clock time on the 12-hour dial (``3pm``: clock values are kept on that dial)."""
    return (b.clock and not a.clock and a.value is not None and b.value is not None
            and a.value == int(a.value) and 13 <= a.value <= 23 and _same(a.value - 12, b.value))


def _same_amount(a: Quantity, b: Quantity) -> bool:
    """Equal values, or one is the other in another calendar (2567 BE = 2024), or one is the
    other rounded to the decimals it is written with before a scale word (7조 4,215억 won is
    7.42 trillion won)."""
    return (_same(a.value, b.value) or any(_same(x, b.value) for x in a.same)
            or any(_same(a.value, x) for x in b.same) or _rounded(a, b) or _rounded(b, a))


_SCALED_DECIMAL = re.compile(r"(?<![\d.,])\d+[.,](\d{1,3})(?![\d.,])")


def _rounded(short: Quantity, full: Quantity) -> bool:
    """Is ``short`` (a decimal before a scale word: ``7.42 trillion``) ``full`` rounded to the
    decimals ``short`` shows? Only amounts of a million or more: there a translator rounds on
    purpose, where 3.54 km written 3.5 km is a change."""
    if short.value is None or full.value is None or short.value < 1e6 or short.month or full.month:
        return False
    tolerance = _rounding_tolerance(short.text, short.value)
    return tolerance is not None and abs(full.value - short.value) <= tolerance and full.value != short.value


@lru_cache(maxsize=4096)  # a long text compares each large amount with many others
def _rounding_tolerance(text: str, value: float) -> float | None:
    """Half a unit of the last decimal ``text`` shows before its scale word, in the amount's
    own terms (``7.42 trillion``: 0.005 trillion); None when it shows no such decimal."""
    ascii_text = digits_to_ascii(text)
    m = _SCALED_DECIMAL.search(ascii_text)
    if m is None or not any(ch.isalpha() for ch in text[m.end() :]):
        return None
    written = float(ascii_text[m.start() : m.end()].replace(",", "."))
    if not written:
        return None
    return 0.5 * 10.0 ** -len(m.group(1)) * (value / written) * (1 + 1e-9)


def _converted(a: Quantity, b: Quantity) -> bool:
    """Is ``b`` one of ``a``'s alternative values, rounded as translators round conversions
    (within 10 %, or half a unit for small amounts)?"""
    return b.value is not None and any(abs(b.value - x) <= max(0.1 * abs(x), 0.5) for x in a.alts)


def spelled_within(tokens: Sequence[str], value: float, words: dict[str, int]) -> bool:
    """Does a longer word start with a number word for ``value`` (``fourballs``, ``seventies``)?
    Then the text says that number in a form ``numbers`` does not read."""
    stems = [w for w, v in words.items() if v == value and len(w) >= 3]
    return any(len(t) > len(w) + 1 and t.startswith(w) for t in tokens for w in stems)


# Words that mean "the two" without a numeral: a translation may write the number (2頭, the two
# animals; die beiden) for them, or drop it. Whole words, case-folded; CJK ones as substrings.
DUAL_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"both", "pair", "couple", "twins", "duo"}),
    "de": frozenset({"beide", "beiden", "beider", "beides", "paar", "zwillinge"}),
    "fr": frozenset({"couple", "paire", "duo", "jumeaux", "jumelles"}),
    "es": frozenset({"ambos", "ambas", "pareja", "dúo", "gemelos"}),
    "pt": frozenset({"ambos", "ambas", "casal", "dupla", "par", "gêmeos"}),
    "it": frozenset({"entrambi", "entrambe", "ambedue", "coppia", "gemelli"}),
    "nl": frozenset({"beide", "beiden", "paar", "stel", "tweeling"}),
    "sv": frozenset({"båda", "bägge", "paret", "tvillingar"}),
    "da": frozenset({"begge", "parret", "tvillinger"}), "nb": frozenset({"begge", "paret", "tvillinger"}),
    "ru": frozenset({"оба", "обе", "обоих", "обеих", "обоим", "пара", "пары", "двое"}),
    "uk": frozenset({"обидва", "обидві", "обох", "пара", "двоє"}),
    "pl": frozenset({"oba", "obie", "obaj", "obu", "obydwa", "para", "pary"}),
    "cs": frozenset({"oba", "obě", "obou", "pár", "dvojice"}),
    "ja": frozenset({"両", "二人", "ふたり", "二頭", "双方", "ペア", "夫妻", "夫婦"}),
    "zh": frozenset({"两", "兩", "俩", "倆", "双方", "雙方", "二人", "夫妇", "夫婦"}),
    "ko": frozenset({"둘", "두", "양측", "부부", "쌍"}),
}
_UNSPACED = frozenset({"ja", "zh"})


def dual_excused(lone: list[Quantity], text: str, tokens: Sequence[str], lang0: str) -> list[Quantity]:
    """``lone`` without as many bare 2s as the other side has words for "the two" (``both``,
    ``beide``, ``両``): the same two, counted on one side only."""
    words = DUAL_WORDS.get(lang0)
    if not words or not lone:
        return lone
    if lang0 in _UNSPACED:
        count = sum(text.count(w) for w in words)
    else:
        count = sum(fold(t) in words for t in tokens)
    out: list[Quantity] = []
    for q in lone:
        if count and q.value == 2 and not (q.month or q.day or q.weekday or q.clock or q.is_date):
            count -= 1
            continue
        out.append(q)
    return out


_HOUR_MINUTE_TEXT = re.compile(r"(\d{1,2})[:.](\d{2})")


def _score_for_clock(mine: list[Quantity], theirs: list[Quantity]) -> None:
    """A colon pair read as a clock time (``23:25``) where the other side has its two numbers
    plainly (``23-25``): a score, which one language writes with a colon and the other with a
    dash. Both sides' items are taken out of the lists in place."""
    for q in [q for q in mine if q.clock]:
        if any(r.clock and r.value == q.value for r in theirs):
            continue  # the same time there: a time
        m = _HOUR_MINUTE_TEXT.fullmatch(digits_to_ascii(q.text).strip())
        if m is None:
            continue
        a, b = float(m.group(1)), float(m.group(2))
        plain = [r for r in theirs if not r.clock and not r.is_date]
        pair = next(((ra, rb) for ra in plain if ra.value == a for rb in plain
                     if rb is not ra and rb.value == b and 0 < rb.start - ra.end <= 3), None)
        if pair is not None:  # written side by side: 23-25
            mine.remove(q)
            theirs.remove(pair[0])
            theirs.remove(pair[1])
