"""Fractions written as such: ``3分の2`` (two thirds), ``三分之一``, ``3분의 2``, ``two-thirds``.

Pure functions for ``auditor.core.numbers``. A fraction read as its parts gives two numbers
(3 and 2) where the other language gives one word or none (two-thirds, две трети): as one
value (0.667) the two sides meet. CJK fractions name the denominator first; European ones
are a numerator word and a denominator word, read in the languages below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.core.clock_forms import han_value

# 3分の2, 三分之二, 3분의 2: the denominator, then the numerator
_CJK = re.compile(r"(\d+|[一二两兩三四五六七八九十百]+)\s?(?:分の|分之|분의\s?)(\d+|[一二两兩三四五六七八九十]+)")

# numerator words, then denominators (stems with their plural or case endings)
_NUMERATORS = {
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4},
    "fr": {"un": 1, "deux": 2, "trois": 3},
    "es": {"un": 1, "dos": 2, "tres": 3},
    "pt": {"um": 1, "dois": 2, "duas": 2, "três": 3},
    "it": {"un": 1, "due": 2, "tre": 3},
    "de": {"ein": 1, "zwei": 2, "drei": 3},
    "ru": {"одна": 1, "одну": 1, "две": 2, "двух": 2, "три": 3, "трёх": 3},
}
_DENOMINATORS = {
    "en": {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5},
    "fr": {"tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5},
    "es": {"tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "quinto": 5, "quintos": 5},
    "pt": {"terço": 3, "terços": 3, "quarto": 4, "quartos": 4},
    "it": {"terzo": 3, "terzi": 3, "quarto": 4, "quarti": 4},
    "de": {"drittel": 3, "viertel": 4, "fünftel": 5},
    "ru": {"треть": 3, "трети": 3, "третей": 3, "четверть": 4, "четверти": 4, "четвертей": 4},
}


def _value(part: str) -> int | None:
    return int(part) if part.isdigit() else han_value(part)


def fractions(text: str, lang0: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of each fraction of ``text`` in language ``lang0``."""
    if lang0 in ("ja", "zh", "ko"):
        for m in _CJK.finditer(text):
            if m.group(1) in ("百", "千"):
                continue  # 百分之七十 is per cent, read as such
            den, num = _value(m.group(1)), _value(m.group(2))
            if den and num and num < den:
                yield m.start(), m.end(), num / den
        return
    nums, dens = _NUMERATORS.get(lang0), _DENOMINATORS.get(lang0)
    if not nums or not dens:
        return
    ordinal = _ALSO_ORDINAL.get(lang0, frozenset())
    for m in _WORD_PAIR.finditer(text):  # (overlapping: "roughly two-thirds")
        num, den = nums.get(m.group(1).lower()), dens.get(m.group(2).lower())
        if num and den and num < den:
            if m.group(2).lower() in ordinal:
                after = _NEXT_WORD.match(text, m.end(2))
                if after is not None and after.group(1).lower() not in _OF:
                    continue  # a third option, un terzo mandato: an order, not a share
            yield m.start(1), m.end(2), num / den


# Denominators that are the ordinal too: a share only before "of" or at a phrase's end
_ALSO_ORDINAL = {"en": frozenset({"third", "fifth"}), "es": frozenset({"cuarto", "quinto"}),
                 "it": frozenset({"terzo", "quarto"}), "pt": frozenset({"quarto"})}
_OF = frozenset({"of", "de", "del", "di", "dei", "della", "degli", "do", "da", "dos", "das"})
_NEXT_WORD = re.compile(r"[\s-]+([^\W\d_]+)")


_WORD_PAIR = re.compile(r"(?=\b(\w+)[\s-](\w+)\b)")
