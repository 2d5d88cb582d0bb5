"""``hidden-text``: invisible bidi controls and zero-width characters inside the text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Finding, Severity, Witness
from auditor.core.normalize import char_script, expected_scripts

# Embeddings, overrides and isolates reorder what a reader sees (Trojan Source, CVE-2021-42574).
BIDI_OPEN = {"\u202a": "LRE", "\u202b": "RLE", "\u202d": "LRO", "\u202e": "RLO",
             "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI"}
BIDI_CLOSE = {"\u202c": "PDF", "\u2069": "PDI"}
MARKS = {"\u200e": "LRM", "\u200f": "RLM"}
ZERO_WIDTH = {"\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ", "\u2060": "WJ", "\ufeff": "ZWNBSP"}
_BIDI_ANY = re.compile("[" + "".join(BIDI_OPEN) + "".join(BIDI_CLOSE) + "".join(MARKS) + "]")
_ZW_ANY = re.compile("[" + "".join(ZERO_WIDTH) + "]")
_RTL_SCRIPTS = frozenset({"Arabic", "Hebrew", "Syriac", "Thaana", "Nko"})
# Scripts that use ZWNJ/ZWJ to control joining and conjuncts, or ZWSP as a word separator.
_JOINING_SCRIPTS = frozenset({"Bengali", "Devanagari", "Gurmukhi", "Gujarati", "Oriya", "Tamil",
                              "Telugu", "Kannada", "Malayalam", "Sinhala", "Arabic", "Syriac",
                              "Myanmar", "Khmer", "Mongolian"})
_ZWSP_SCRIPTS = frozenset({"Thai", "Lao", "Khmer", "Myanmar", "Tibetan", "Han", "Kana", "Hiragana", "Katakana"})


def describe(chars: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE, …`` for the evidence."""
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in dict.fromkeys(chars))


def visible(text: str) -> str:
    """The text with invisible controls shown as ⟨NAME⟩, for messages."""
    table = {**BIDI_OPEN, **BIDI_CLOSE, **MARKS, **ZERO_WIDTH}
    return "".join(f"⟨{table[c]}⟩" if c in table else c for c in text)


def _word_bounds(text: str, i: int) -> tuple[int, int]:
    """The word around position ``i`` (letters, marks and invisible characters)."""
    def inside(ch: str) -> bool:
        return ch.isalnum() or unicodedata.category(ch)[0] == "M" or ch in ZERO_WIDTH or ch in MARKS
    s = i
    while s > 0 and inside(text[s - 1]) and text[s - 1] != "\n":
        s -= 1
    e = i + 1
    while e < len(text) and inside(text[e]):
        e += 1
    return s, e


def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


class HiddenText(Check):
    """Invisible characters that change what a reader sees or break matching: bidi controls
    and zero-width characters inside words.

    Bidi controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates) make text
    display in another order than it is stored, the “Trojan Source” trick: a reviewer reads
    one thing, search and the next tool in the chain another. Each run of them is one finding,
    severity critical; in a right-to-left witness (Arabic, Hebrew …), where they have honest
    uses, a pair opened and closed on the same line is only ``rtl_severity`` (minor).
    Directional marks (U+200E, U+200F) are reported only inside a word of a left-to-right
    witness, where no writer needs them.

    Zero-width characters (U+200B, U+2060, U+FEFF, and U+200C/U+200D outside scripts that
    use them for joining) between two letters of a word: ``Osech​kin`` looks like ``Osechkin``
    but does not match it. Name matching sees through them (``auditor.core.namekeys``), and
    this check reports them, severity ``zero_width_severity`` (major). A byte-order mark at the
    very start of a text and a zero-width space between Thai, Khmer or Japanese words are
    normal and ignored.

    The span is the affected word (or the text between a bidi control and its closer); the
    suggestion is that text without the invisible characters; evidence names the code points.

    Params: ``bidi`` (true), ``zero_width`` (true), ``rtl_severity`` ("minor"),
    ``zero_width_severity`` ("major").
    """

    id = "hidden-text"
    title = "Hidden bidi or zero-width characters"
    severity = Severity.CRITICAL
    cost = 0.2

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        for w in ctx.chain.witnesses:
            if cfg.get("bidi", True):
                yield from self._bidi(ctx, cfg, w)
            if cfg.get("zero_width", True):
                yield from self._zero_width(ctx, cfg, w)

    def _bidi(self, ctx: CheckContext, cfg: CheckConfig, w: Witness) -> Iterator[Finding]:
        text = w.text
        rtl = bool(expected_scripts(w.lang) & _RTL_SCRIPTS)
        i, n = 0, len(text)
        while i < n:
            m = _BIDI_ANY.search(text, i)  # jump to the next candidate: most texts have none
            if m is None:
                break
            i = m.start()
            ch = text[i]
            if ch in MARKS:
                if not rtl and 0 < i < n - 1 and _letter(text[i - 1]) and _letter(text[i + 1]):
                    s, e = _word_bounds(text, i)
                    yield self._finding(ctx, w, s, e, text[i], Severity.CRITICAL, "directional mark inside a word")
                i += 1
                continue
            if ch not in BIDI_OPEN and ch not in BIDI_CLOSE:
                i += 1
                continue
            j = i
            while j < n and (text[j] in BIDI_OPEN or text[j] in BIDI_CLOSE):
                j += 1
            controls = text[i:j]
            line_end = text.find("\n", j)
            line_end = n if line_end < 0 else line_end
            close = -1
            if any(c in BIDI_OPEN for c in controls):
                close = next((k for k in range(j, line_end) if text[k] in BIDI_CLOSE), -1)
            if close >= 0:
                end = close + 1
                while end < line_end and text[end] in BIDI_CLOSE:
                    end += 1
                s, e = i, end
                controls += text[close:end]
            else:
                s, e = _word_bounds(text, j if j < n else i)
                s, e = min(s, i), max(e, j)
            severity = Severity.CRITICAL
            if rtl and close >= 0:
                severity = Severity.parse(str(cfg.get("rtl_severity", "minor")))
            yield self._finding(ctx, w, s, e, controls, severity, "bidirectional control characters")
            i = max(e, j)

    def _zero_width(self, ctx: CheckContext, cfg: CheckConfig, w: Witness) -> Iterator[Finding]:
        text = w.text
        severity = Severity.parse(str(cfg.get("zero_width_severity", "major")))
        i, n = 0, len(text)
        while i < n:
            m = _ZW_ANY.search(text, i)
            if m is None:
                break
            i = m.start()
            ch = text[i]
            if ch not in ZERO_WIDTH or i == 0 or i == n - 1:
                i += 1
                continue
            prev, nxt = text[i - 1], text[i + 1]
            k = i + 1
            while k < n and text[k] in ZERO_WIDTH:
                k += 1
            nxt = text[k] if k < n else " "
            scripts = {char_script(prev), char_script(nxt)}
            benign = not (_letter(prev) and _letter(nxt))
            if ch in "\u200c\u200d" and scripts & _JOINING_SCRIPTS:
                benign = True
            if ch == "\u200b" and scripts & _ZWSP_SCRIPTS:
                benign = True
            if not benign:
                s, e = _word_bounds(text, i)
                yield self._finding(ctx, w, s, e, text[i:k], severity, "zero-width character inside a word")
            i = k

    def _finding(
        self, ctx: CheckContext, w: Witness, s: int, e: int, chars: str, severity: Severity, what: str
    ) -> Finding:
        span = ctx.span(w.id, s, e)
        clean = "".join(c for c in span.text if c not in BIDI_OPEN and c not in BIDI_CLOSE
                        and c not in MARKS and c not in ZERO_WIDTH)
        segs = tuple(x.id for x in ctx.segments.get(w.id, ()) if x.start < e and s < x.end)
        return Finding(
            check=self.id,
            severity=severity,
            witness=w.id,
            segments=segs,
            spans=(span,),
            message=f"Hidden {what} in ‘{w.id}’: ‘{visible(span.text)[:80]}’",
            suggestion=clean,
            evidence=(("characters", describe(chars)),),
        )
