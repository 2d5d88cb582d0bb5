"""Units whose amounts translators convert, and the values an amount may become.

A helper of ``numbers``: ``unit_after`` reads the unit written right after a number and gives
the conversion of the amount into the other system (miles → km, °F → °C …). Only the number
is compared across a bead, so a target number within rounding of a conversion accounts for
the source number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from auditor.core.normalize import fold

Convert = Callable[[float], tuple[float, ...]]

# (stems that take endings, exact abbreviations) → conversion.
_MILE, _INCH, _FOOT, _YARD, _POUND, _GALLON, _ACRE = 1.609344, 2.54, 0.3048, 0.9144, 0.45359237, 3.78541, 0.404686
_UNITS: tuple[tuple[tuple[str, ...], tuple[str, ...], Convert], ...] = (
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
    # a quintal is 100 kg, a tenth of a tonne (62 quintali = 6.2 tonnes): Italy, Spain, Latin America, India
    (("quintal", "quintale", "quintali", "центнер", "কুইন্টাল", "क्विंटल"), ("q", "qq"), lambda v: (v / 10, v * 100)),
    (("hectolit", "ettolitr", "hectolitr", "hektolit"), ("hl",), lambda v: (v * 100,)),
    (("litre", "liter", "литр", "লিটার"), (), lambda v: (v / _GALLON,)),
    (("acre", "акр", "একর"), (), lambda v: (v * _ACRE,)),
    (("hectare", "гектар", "হেক্টর"), ("ha", "га"), lambda v: (v / _ACRE,)),
    (("fahrenheit", "фаренгейт"), ("°f", "f"), lambda v: ((v - 32) / 1.8,)),
    (("celsius", "цельси"), ("°c", "c"), lambda v: (v * 1.8 + 32,)),
    (("degree", "градус", "ডিগ্রি"), ("°",), lambda v: ((v - 32) / 1.8, v * 1.8 + 32)),
)
_UNIT_WORD = re.compile(r"[\s\u00a0-]?(°\s?[FCfc]\b|°|[^\W\d_]+)")


def unit_after(text: str, end: int) -> Convert | None:
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


@lru_cache(maxsize=65536)  # asked for the word after every number; words repeat
def _unit_for(word: str) -> Convert | None:
    for stems, abbrs, convert in _UNITS:
        if word in abbrs or any(word.startswith(st) and len(word) - len(st) <= 4 for st in stems):
            return convert
    return None
