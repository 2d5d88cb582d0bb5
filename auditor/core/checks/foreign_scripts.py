"""Runs of text in scripts foreign to a witness, found at C speed with ``str.translate``.

A helper of ``untranslated-span`` (not a check): every code point is mapped to a class
character (own script, common, line break, combining mark, or one private-use character per
foreign script) and a regular expression then finds the foreign runs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from auditor.core.normalize import char_script


@dataclass(frozen=True)
class ForeignRun:
    """A stretch of text in one foreign script: ``start``/``end`` cover its first and last
    foreign character; ``letters`` counts them."""

    start: int
    end: int
    script: str
    letters: int


def _script(ch: str) -> str:
    """Like ``char_script`` but gives non-ASCII digits their script (১৭ is Bengali)."""
    if ch.isdecimal() and not ("0" <= ch <= "9"):
        try:
            name = unicodedata.name(ch).removeprefix("EXTENDED ")
        except ValueError:
            return "Common"
        # ARABIC-INDIC DIGIT (Arabic), EXTENDED ARABIC-INDIC DIGIT (Persian, Urdu): Arabic script
        first = name.split(" ", 1)[0].split("-", 1)[0]
        return "Common" if first in {"FULLWIDTH", "DIGIT", "MATHEMATICAL"} else first.capitalize()
    return char_script(ch)


_JAPANESE = frozenset({"Han", "Kana", "Hiragana", "Katakana", "Katakana-hiragana"})
_KANA = re.compile("[\u3040-\u30ff]")


class _Classes(dict):  # type: ignore[type-arg]
    """``str.translate`` table: code point → one class character. ``E`` expected script,
    ``C`` common, ``N`` line break, ``I`` inherited (a combining mark); every foreign script
    gets a private-use character of its own. Filled lazily; the scan runs at C speed."""

    def __init__(self, expected: frozenset[str]) -> None:
        super().__init__()
        self.expected = expected
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}

    def __missing__(self, o: int) -> str:
        ch = chr(o)
        s = _script(ch)
        if s in {"Common", "Unknown"}:
            k = "N" if ch in "\n\r\u2028\u2029" else "C"
        elif s == "Inherited":
            k = "I"
        elif s in self.expected:
            k = "E"
        else:
            # Japanese mixes Han and kana in one phrase (降雪のペースに): one run, called kana
            family = "Kana" if s in _JAPANESE and not (_JAPANESE & self.expected) else s
            k = self.codes.setdefault(family, chr(0xE000 + len(self.codes)))
            self.names[k] = family
        self[o] = k
        return k


@lru_cache(maxsize=64)
def _classes(expected: frozenset[str]) -> _Classes:
    return _Classes(expected)


_FOREIGN = re.compile("([\ue000-\uf8ff])I*")


_CODE = re.compile(r"[A-Z]{1,3}\d{0,4}[a-z]?|\d{1,4}[A-Z]{1,2}")
_CODE_GAP = 8


def _model_codes(gap: str) -> bool:
    """Is the gap between two foreign words short and its own-script letters only model codes
    (``鸿途S7、鸿途X5车辆``: a title in Chinese naming two car models)?"""
    words = re.findall(r"[^\W_]+", gap)
    return len(gap) <= _CODE_GAP and bool(words) and all(_CODE.fullmatch(w) and any(c.isdigit() for c in w)
                                                         for w in words if not w.isdigit())


def foreign_runs(text: str, expected: frozenset[str], *, max_gap: int = 32) -> list[ForeignRun]:
    """Runs of characters in scripts outside ``expected``, in text order.

    Words of one foreign script joined by spaces, digits or punctuation (no native letter but
    in a model code such as ``S7``, no line break, at most ``max_gap`` characters between) form
    one run. Combining marks
    belong to the letter before them.
    """
    table = _classes(expected)
    cls = text.translate(table)
    runs: list[ForeignRun] = []
    cur: list[int] | None = None  # [start, end, letters]
    cur_code = ""
    for m in _FOREIGN.finditer(cls):
        i, j, code = m.start(), m.end(), m.group(1)
        if cur is not None and code == cur_code and i - cur[1] <= max_gap:
            gap = cls[cur[1] : i]
            if "N" not in gap and ("E" not in gap or _model_codes(text[cur[1] : i])):
                cur[1] = j
                cur[2] += j - i
                continue
        if cur is not None:
            runs.append(ForeignRun(cur[0], cur[1], table.names[cur_code], cur[2]))
        cur, cur_code = [i, j, j - i], code
    if cur is not None:
        runs.append(ForeignRun(cur[0], cur[1], table.names[cur_code], cur[2]))
    # a Han/kana run without a kana is Chinese (or Japanese kanji alone): call it Han
    return [ForeignRun(r.start, r.end, "Han", r.letters) if r.script == "Kana" and not _KANA.search(text, r.start, r.end)
            else r for r in runs]


class _Own(dict):  # type: ignore[type-arg]
    """``str.translate`` table keeping characters of the witness's scripts (and common ones)
    and blanking the rest."""

    def __init__(self, expected: frozenset[str]) -> None:
        super().__init__()
        self.expected = expected
        self.kept: set[str] = set()
        self._blanks: re.Pattern[str] | None = None  # a character not known to be kept
        self._known = -1

    def __missing__(self, o: int) -> str:
        ch = chr(o)
        s = _script(ch)
        value = ch if s in self.expected or s == "Common" else " "
        if value == ch:
            self.kept.add(ch)
        self[o] = value
        return value

    def apply(self, text: str) -> str:
        """``text`` with other scripts' characters blanked. ``str.translate`` costs about 100 ns
        a character outside ASCII; a text of characters already known to stay is returned
        as it is after one regex search at C speed."""
        if self._blanks is not None and not self._blanks.search(text):
            return text
        out = text.translate(self)
        if len(self.kept) != self._known:
            self._known = len(self.kept)
            kept = "".join(re.escape(ch) for ch in sorted(self.kept))
            self._blanks = re.compile(f"[^{kept}]" if kept else r"[\s\S]")
        return out


@lru_cache(maxsize=64)
def own_table(expected: frozenset[str]) -> _Own:
    return _Own(expected)
