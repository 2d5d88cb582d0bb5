"""Indonesian and Malay numbers written in words: ``tujuh puluh dua`` (72), ``dua belas``
(12), ``seratus dua puluh lima`` (125), ``tiga ribu`` (3,000).

Pure. Units are words of their own; ``belas`` makes a teen of the unit before it, ``puluh``
tens, ``ratus`` hundreds, ``ribu`` thousands, and the prefix ``se-`` is one of each
(``sebelas``, ``sepuluh``, ``seratus``, ``seribu``). Only runs of two words or more, or a
``se-`` word, are read here: a single unit word (``dua``) is already read as a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
          "delapan": 8, "lapan": 8, "sembilan": 9}
_ONE = {"sebelas": 11, "sepuluh": 10, "seratus": 100, "seribu": 1000}
_MULT = {"belas": None, "puluh": 10, "ratus": 100, "ribu": 1000}
_WORD = re.compile(r"[^\W\d_]+")


def malay_numbers(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, value) of each number written in words of two or more (or one ``se-``)."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        j, total, group, used = i, 0, 0, 0
        while j < len(words):
            w = words[j][2]
            if j > i and text[words[j - 1][1]:words[j][0]].strip():
                break  # a comma or other mark between: two numbers, not one
            if w in _UNITS and group == 0:
                group = _UNITS[w]
            elif w in _ONE and group == 0:
                value = _ONE[w]
                if value == 1000:  # seribu: one thousand, of whatever came before or none
                    total = (total or 1) * 1000
                elif value == 100:  # seratus: a hundred, and the tens and units may follow
                    total += 100
                else:
                    group = value
            elif w == "belas" and 0 < group < 10:
                group += 10
            elif w in ("puluh", "ratus") and 0 < group < 10:
                group *= _MULT[w] or 1
                total += group
                group = 0
            elif w == "ribu" and (group or total):
                total = (total + group) * 1000
                group = 0
            else:
                break
            used += 1
            j += 1
        value = total + group
        if used >= 2 or (used == 1 and words[i][2] in _ONE):
            yield words[i][0], words[j - 1][1], value
            i = j
        else:
            i += 1
