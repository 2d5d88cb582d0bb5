"""Finding glossary terms in running text, tolerant of case and inflection.

Shared by ``term-mismatch`` and ``inconsistent-translation``; not a check itself. A term
of several words matches consecutive word tokens separated only by spaces, hyphens or
apostrophes, each token equal to the term's word after case folding or an inflected form of
it (the per-language suffix tables of ``auditor.core.names``: ``Следственного комитета``
matches ``Следственный комитет``, ``Vorführungen`` matches ``Vorführung``, ``লঞ্চটি`` matches
``লঞ্চ``). Scripts written without spaces (Han, kana, Thai) are matched as substrings.

``loose`` matching, used only to decide that an agreed rendering *is* present (so it can
only remove findings), also accepts a word that contains the term's word (German compounds:
``Weltpremierenfilm``) and a shared stem of at least five letters missing at most one
letter of the term (``premiere``/``premiered``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from auditor.core.checks.base import CheckContext, GlossaryEntry
from auditor.core.names import Token, is_inflection, token_script, word_tokens
from auditor.core.normalize import fold, primary_language

_UNSPACED = frozenset({"Han", "Kana", "Thai", "Lao", "Khmer", "Myanmar"})
_JOIN = frozenset(" \u00a0\u202f-‐‑–'’")
ANY_LANG = "*"


@dataclass(frozen=True)
class Hit:
    """One occurrence of a term; offsets are code points into the searched text."""

    start: int
    end: int
    text: str
    term: str


@lru_cache(maxsize=4096)
def _unspaced(term: str) -> bool:
    from auditor.core.normalize import char_script

    return any(char_script(ch) in _UNSPACED for ch in term)


@lru_cache(maxsize=4096)
def _term_tokens(term: str) -> tuple[str, ...]:
    return tuple(t.text for t in word_tokens(term))


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return fold(text)


def _word_match(word: str, want: str, lang: str, loose: bool) -> bool:
    fw, ft = _fold(word), _fold(want)
    if fw == ft:
        return True
    # (a Hangul letter is a syllable: 보증 takes its particle, 보증이, as a longer word its ending)
    if len(ft) >= (2 if token_script(want) == "Hangul" else 3) and is_inflection(word, want, lang):
        return True
    if loose and len(ft) >= 5:
        if ft in fw:
            return True
        p = 0
        for x, y in zip(fw, ft):
            if x != y:
                break
            p += 1
        return p >= 5 and p >= len(ft) - 1
    return False


def find_term(text: str, term: str, lang: str, *, loose: bool = False, tokens: Sequence[Token] | None = None) -> list[Hit]:
    """Every occurrence of ``term`` in ``text`` (see the module docstring)."""
    if not term.strip():
        return []
    if _unspaced(term):
        out, ft, ftext = [], unicodedata.normalize("NFKC", term), unicodedata.normalize("NFKC", text)
        if len(ftext) != len(text):  # offsets must index the original
            ftext = text
        pos = ftext.find(ft)
        while pos >= 0:
            out.append(Hit(pos, pos + len(ft), text[pos : pos + len(ft)], term))
            pos = ftext.find(ft, pos + 1)
        return out
    want = _term_tokens(term)
    if not want or _fold(want[0])[:3] not in _fold(text):  # endings change, the first letters stay
        return []
    own_gaps = _term_gaps(term)
    toks = list(tokens) if tokens is not None else word_tokens(text)
    out = []
    k = len(want)
    for i in range(len(toks) - k + 1):
        if not _word_match(toks[i].text, want[0], lang, loose):
            continue
        ok = True
        for j in range(1, k):
            gap = text[toks[i + j - 1].end : toks[i + j].start]
            if ((len(gap) > 3 or any(ch not in _JOIN for ch in gap)) and _APOSTROPHE.sub("'", gap) != own_gaps[j - 1]) or not _word_match(
                toks[i + j].text, want[j], lang, loose
            ):
                ok = False
                break
        if ok:
            s, e = toks[i].start, toks[i + k - 1].end
            out.append(Hit(s, e, text[s:e], term))
    return out


_APOSTROPHE = re.compile("[’‘ʼ`´]")


@lru_cache(maxsize=4096)
def _term_gaps(term: str) -> tuple[str, ...]:
    """What stands between the term's words (``’s `` in ``Attorney’s Office``, ``, `` in
    ``Ministry of Economy, Trade and Industry``): the text may have the same there, with either
    apostrophe, besides the spaces and hyphens that join any two words."""
    toks = word_tokens(term)
    return tuple(_APOSTROPHE.sub("'", term[a.end : b.start]) for a, b in pairwise(toks))


def find_any(text: str, terms: Iterable[str], lang: str, *, loose: bool = False) -> list[Hit]:
    """Hits of any of ``terms``, longest first where they overlap, in text order."""
    toks = word_tokens(text)
    hits = [h for t in terms for h in find_term(text, t, lang, loose=loose, tokens=toks)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def for_lang(table: Mapping[str, tuple[str, ...]], lang: str) -> tuple[str, ...]:
    """Renderings of a glossary column that apply to a witness language (``*`` = any)."""
    p = primary_language(lang)
    out: list[str] = []
    for tl, rs in table.items():
        if tl == ANY_LANG or primary_language(tl) == p:
            out.extend(rs)
    return tuple(dict.fromkeys(out))


def applies(entry: GlossaryEntry, src_lang: str, tgt_lang: str) -> bool:
    """Does the entry govern a hop from ``src_lang`` into ``tgt_lang``?"""
    sl = primary_language(entry.source_lang)
    if sl not in {"und", "", ANY_LANG} and sl != primary_language(src_lang):
        return False
    return bool(for_lang(entry.allowed, tgt_lang) or for_lang(entry.forbidden, tgt_lang))


def bead_windows(ctx: CheckContext, source: str, target: str) -> dict[str, tuple[str, ...]]:
    """For every target segment of a hop, the source segments of its bead and the beads
    either side (alignment slips by one bead are common around splits and merges)."""
    a = ctx.alignment(source, target)
    if a is None:
        return {}
    beads = a.beads
    out: dict[str, tuple[str, ...]] = {}
    for i, b in enumerate(beads):
        window: list[str] = []
        for j in (i - 1, i, i + 1):
            if 0 <= j < len(beads):
                window.extend(beads[j].source)
        for t in b.target:
            out[t] = tuple(dict.fromkeys(window))
    return out


def own_sources(ctx: CheckContext, source: str, target: str) -> dict[str, tuple[str, ...]]:
    """For every target segment of a hop, the source segments of its own bead."""
    a = ctx.alignment(source, target)
    out: dict[str, tuple[str, ...]] = {}
    if a is not None:
        for b in a.beads:
            for t in b.target:
                out[t] = b.source
    return out
