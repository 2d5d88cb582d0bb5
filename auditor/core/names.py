"""Proper-name mentions: word tokens, name candidates, inflection and phonetic keys.

Shared by ``name-variant`` and ``term-mismatch``. Pure and deterministic. Offsets are code
points into the witness text. Nothing here knows about checks or findings.

In cased scripts a mention is a capitalised token that is not a known common word of the
witness (the witness never uses it lower-cased, it is no stopword). Sentence-initial
capitals prove nothing, so such a token is kept as *unconfirmed*: it may be a variant of a
confirmed name but never defines a name on its own. Uncased scripts (Bengali, Han, …) get
their mentions from alignment with a cased witness, outside this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from auditor.core.models import Segment

# Re-exported: names.py is the public entry for name keys too ("X as X" marks them so).
from auditor.core.namekeys import NO_NAME_CASES
from auditor.core.namekeys import cross_key as cross_key
from auditor.core.namekeys import group_inflections as group_inflections
from auditor.core.namekeys import inflection_suffixes as inflection_suffixes
from auditor.core.namekeys import is_derivation as is_derivation
from auditor.core.namekeys import is_inflection as is_inflection
from auditor.core.namekeys import name_norm as name_norm
from auditor.core.namekeys import name_stem as name_stem
from auditor.core.namekeys import phonetic_key as phonetic_key
from auditor.core.namekeys import same_transliteration as same_transliteration
from auditor.core.namekeys import strip_article as strip_article
from auditor.core.namekeys import strip_inflection as strip_inflection
from auditor.core.namekeys import strip_invisible as strip_invisible
from auditor.core.namekeys import token_script as token_script
from auditor.core.namekeys import vowel_ending_only as vowel_ending_only
from auditor.core.normalize import fold, primary_language
from auditor.core.number_words import month_of
from auditor.core.stopwords import STOPWORDS as STOPWORDS
from auditor.core.stopwords import stopwords as stopwords

# Invisible characters that may sit inside a word: Indic joiners, and zero-width characters
# pasted into names (hidden-text reports those; matching must see through them).
_JOINERS = {"\u200c", "\u200d", "\u200b", "\u2060", "\ufeff", "\u00ad"}
_APOSTROPHES = {"'", "’", "ʼ"}
_CLITICS = {"s", "ll", "re", "ve", "d", "t", "m"}
# French and Italian articles and prepositions elided onto the next word: l'AeroLite, d'Alembert,
# dell'Aquila; before a capital, the name is the part after the apostrophe
_ELISIONS = {"l", "d", "qu", "j", "n", "s", "c", "m", "t", "dell", "all", "dall", "nell", "sull", "coll", "quell",
             "un", "lorsqu", "puisqu", "jusqu"}
_OPENERS = set("\"“‘«‹„‚([{—–-:;")
_SENTENCE_END = set(".!?।。！？")


class Token(NamedTuple):
    """A word: letters and combining marks, an internal apostrophe joining a non-clitic tail.

    A named tuple, not a dataclass: every check tokenises every segment, and building
    hundreds of thousands of frozen dataclasses was most of the tokeniser's time."""

    start: int
    end: int
    text: str


def _is_word_char(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch)[0] == "M" or ch in _JOINERS


def _run_class(ch: str) -> str:
    """Katakana, hiragana and ideographs run together without spaces; split words where they change."""
    if ch == "ー":
        return ""  # the long-vowel mark continues whatever kana run it is in
    o = ord(ch)
    if 0x30A0 <= o <= 0x30FF or 0xFF66 <= o <= 0xFF9F or 0x31F0 <= o <= 0x31FF:
        return "K"
    if 0x3040 <= o <= 0x309F:
        return "H"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or ch in "々〆":
        return "C"
    return "O"


def _class_ranges(pred) -> str:  # type: ignore[no-untyped-def]
    """A regex character class body for the BMP code points where ``pred`` holds (``pred`` must
    hold for none of the ideographs, Hangul syllables, surrogates and private-use points)."""
    out, run = [], None
    # CJK ideographs, Hangul syllables, surrogates and private use hold no marks: skip them
    for o in (*range(0x3400), *range(0xA000, 0xAC00), *range(0xF900, 0x10000)):
        if pred(chr(o)):
            if run is None:
                run = [o, o]
            elif run[1] == o - 1:
                run[1] = o
            else:
                out.append(run)
                run = [o, o]
    if run:
        out.append(run)
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in out)


# Letters, combining marks (Bengali vowel signs are marks, not letters) and invisible joiners.
_MARKS = _class_ranges(lambda ch: unicodedata.category(ch)[0] == "M")
_START = re.compile(f"[^\\W\\d_]|[{_MARKS}]")
_RUN = re.compile(f"(?:[^\\W\\d_]|[{_MARKS}{''.join(sorted(_JOINERS))}])+")
_TOKEN = re.compile(f"(?:[^\\W\\d_]|[{_MARKS}])(?:[^\\W\\d_]|[{_MARKS}{''.join(sorted(_JOINERS))}])*"
                    f"(?:[{''.join(sorted(_APOSTROPHES))}](?:[^\\W\\d_]|[{_MARKS}])(?:[^\\W\\d_]|[{_MARKS}{''.join(sorted(_JOINERS))}])*)*")


def word_tokens(text: str) -> list[Token]:
    """Word tokens of ``text``; English clitics (``’s``, ``’ll``) are left out of the token.

    Digits, hyphens and punctuation split words, so ``Washington-based`` gives two tokens;
    so do changes between katakana, hiragana and ideographs (``プーチン大統領`` gives two).
    Cached by text: every check tokenises the same segments.
    """
    if len(text) > _WHOLE_TEXT and "\n" in text:
        return list(_text_tokens(text))
    return list(_word_tokens(text))


_WHOLE_TEXT = 4096


@lru_cache(maxsize=4)
def _text_tokens(text: str) -> tuple[Token, ...]:
    # A whole witness: tokenised line by line, since a token never spans a line break and
    # most lines take the all-ASCII fast path even when the text as a whole does not.
    out: list[Token] = []
    at = 0
    for line in text.split("\n"):
        out += [_new_token(Token, (at + i, at + j, w)) for i, j, w in _word_tokens(line)] if at else _word_tokens(line)
        at += len(line) + 1
    return tuple(out)


_new_token = tuple.__new__  # Token(...) goes through a Python-level __new__; this does not


@lru_cache(maxsize=65536)
def _word_tokens(text: str) -> tuple[Token, ...]:
    if text.isascii() and "'" not in text:  # the common case: every match is a plain word
        # findall runs at C speed; each word is then found from where the last one ended (a
        # word starts with a letter, so it cannot occur in the gap before its own match).
        out_ascii: list[Token] = []
        pos, find = 0, text.find
        for w in _TOKEN.findall(text):
            i = find(w, pos)
            pos = i + len(w)
            out_ascii.append(_new_token(Token, (i, pos, w)))
        return tuple(out_ascii)
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        i, j = m.span()
        word = m.group()
        if word.isascii() and "'" not in word:  # the common case, at C speed
            out.append(_new_token(Token, (i, j, word)))
            continue
        if max(word) < "\u3040" and not _APOSTROPHES.intersection(word) and word[-1] not in _JOINERS:
            out.append(_new_token(Token, (i, j, word)))  # Cyrillic, Bengali …: one plain word
            continue
        _split_token(text, i, j, out)
    return tuple(out)


def _split_token(text: str, i: int, j: int, out: list[Token]) -> None:
    """One regex match: apostrophe parts (O'Brien stays whole, Russia’s loses its clitic),
    kana/ideograph run changes and trailing invisible characters."""
    pieces: list[tuple[int, int]] = []
    k = i
    start = i
    first = next((x for x in range(i, j) if text[x] in _APOSTROPHES), j)
    if first < j - 1 and text[i:first].lower() in _ELISIONS and (
            text[first + 1].isupper() or (text[i].isupper() and text[first + 1].islower())):
        # l'AeroLite: the article is no part of the name; L’association opening a sentence is
        # the common word association, capitalised for its article
        start = k = first + 1
    while k < j:
        a = k
        while a < j and text[a] not in _APOSTROPHES:
            a += 1
        if a >= j:
            break
        b = a + 1
        while b < j and text[b] not in _APOSTROPHES:
            b += 1
        if text[a + 1 : b].lower() in _CLITICS:
            pieces.append((start, a))
            start = b + 1  # the clitic tail is not a token
            if b < j and start < j and not _START.match(text, start):
                start = j
        k = b
    if start < j:
        pieces.append((start, j))
    for s0, e0 in pieces:
        while s0 < e0:
            e = e0
            if max(text[s0:e0]) >= "\u3040":  # kana and ideographs: split where the class changes
                cls = _run_class(text[s0])
                e = s0 + 1
                while e < e0 and _run_class(text[e]) in (cls, ""):
                    e += 1
            t_end = e
            while t_end > s0 + 1 and text[t_end - 1] in _JOINERS:
                t_end -= 1
            out.append(_new_token(Token, (s0, t_end, text[s0:t_end])))
            s0 = e
            while s0 < e0 and (text[s0] in _JOINERS or not _START.match(text, s0)):
                s0 += 1


def is_cased_script(token: str) -> bool:
    """True when the token's script distinguishes upper and lower case (Latin, Cyrillic, Greek…)."""
    # A cased letter changes under case mapping; scripts without case (Bengali, CJK) never do.
    return token.lower() != token.upper()


@dataclass(frozen=True)
class Mention:
    """One occurrence of a proper-name candidate."""

    witness: str
    lang: str
    start: int
    end: int
    text: str
    confirmed: bool
    """Capitalised somewhere a capital is not forced (not sentence-initial), or aligned."""
    standalone: bool = True
    """No capitalised neighbour: not part of a multi-word name such as ``Fox News``."""
    dotted: bool = False
    """Directly followed by a full stop and then a lower-case word or a digit: an abbreviation."""
    segment: str = ""
    compound: bool = False
    """A capitalised word with a short lower-case syllable hyphened on (``Min-jun``, the
    romanised Korean given name); compared only with compounds of the same head."""

    @property
    def norm(self) -> str:
        return name_norm(self.text)



def _initial(text: str, seg_start: int, tok: Token) -> bool:
    """Is a capital at ``tok`` forced by position (sentence or quotation start)?"""
    i = tok.start - 1
    while i >= seg_start and text[i].isspace():
        i -= 1
    if i < seg_start:
        return True
    prev = text[i]
    if prev in "-‐" and i == tok.start - 1 and i > seg_start and text[i - 1].isalpha():
        return False  # inside a hyphened word: al-Subaihi, Jean-Pierre
    return prev in _OPENERS or prev in _SENTENCE_END or prev.isdigit()


# The common nouns that head Turkish names of places and bodies, capitalised inside them and
# declined with them (Iğdır Ovası, Ticaret ve Sanayi Odası, Aras Nehri): words, not names, and
# two of them a letter apart (Odası, Ovası) are no name spelt two ways
_GENERIC_HEADS: dict[str, frozenset[str]] = {
    "tr": frozenset(
        "oda odası odasi ova ovası ovasi sanayi ticaret nehri nehir baraj barajı gölü göl dağı dağ ili il ilçesi "
        "bakanlığı bakanlık belediyesi belediye üniversitesi müdürlüğü genel kurumu kurum başkanlığı derneği "
        "vakfı limanı liman havalimanı köyü mahallesi caddesi sokağı meydanı parkı köprüsü vadisi adası "
        "körfezi bölgesi merkezi hastanesi okulu lisesi müzesi sarayı camii kalesi".split()
    ),
}


def cased_mentions(
    text: str, lang: str, witness: str, segments: Sequence[Segment], *, min_len: int = 2
) -> list[Mention]:
    """Name-candidate mentions in a witness written in a cased script."""
    stops = stopwords(lang) | _GENERIC_HEADS.get(primary_language(lang), frozenset())
    tokens = word_tokens(text)
    # Distinct words first: a long text repeats its words, and each is folded once.
    lower_vocab = set(map(fold, {t.text for t in tokens if t.text[0].islower()}))
    # Where words take case endings, a capitalised word whose other forms occur in lower case
    # is a common noun written as a defined term (Polish Usług, with usługi in the text).
    inflecting = primary_language(lang) not in NO_NAME_CASES
    by_prefix: dict[str, list[str]] = {}
    if inflecting:
        for w in lower_vocab:
            if len(w) >= 4:
                by_prefix.setdefault(w[:4], []).append(w)
    upper = [t for t in tokens if t.text[0].isupper()]
    seg_bounds = _segment_bounds(segments, len(text))
    seg_starts = [b[0] for b in seg_bounds]
    caps: list[tuple[Token, bool, str]] = []
    candidate: dict[str, bool] = {}  # per distinct word: a long text repeats its names
    for tok in upper:
        ok = candidate.get(tok.text)
        if ok is None:
            ok = candidate[tok.text] = _name_candidate(tok.text, lang, stops, lower_vocab, by_prefix, inflecting, min_len)
        if not ok:
            continue
        s0, _e0, sid = _find_segment(seg_bounds, tok.start, seg_starts)
        caps.append((tok, _initial(text, s0, tok), sid))
    confirmed_forms = {fold(t.text) for t, initial, _ in caps if not initial}
    if primary_language(lang) == "en":
        # English has a dictionary at hand: a sentence-initial word it lacks is a name (Azulai
        # was promised …), one it has may be a word (Officials said …) and stays unconfirmed
        from auditor.core.lexicon import english_word

        confirmed_forms |= {fold(t.text) for t, initial, _ in caps
                            if initial and t.text.isalpha() and not english_word(t.text)}
    cap_starts = {t.start for t in upper}
    cap_ends = {t.end for t in upper}
    out: list[Mention] = []
    for tok, initial, sid in caps:
        confirmed = not initial or fold(tok.text) in confirmed_forms
        out.append(
            Mention(
                witness=witness,
                lang=lang,
                start=tok.start,
                end=tok.end,
                text=tok.text,
                confirmed=confirmed,
                standalone=not _has_capital_neighbour(text, tok, cap_starts, cap_ends),
                dotted=tok.end < len(text) and text[tok.end] == "." and _dot_continues(text, tok.end),
                segment=sid,
            )
        )
    out.extend(_hyphen_compounds(text, tokens, caps, confirmed_forms, witness, lang))
    return out


def _name_candidate(word: str, lang: str, stops: frozenset[str], lower_vocab: set[str],
                    by_prefix: dict[str, list[str]], inflecting: bool, min_len: int) -> bool:
    """Can this capitalised word be a name (not an acronym, a stopword, a month, or a common
    word the text also writes in lower case, inflected or not)?"""
    if len(word) < min_len or word.isupper():  # acronyms: FSB, NATO; too short to tell
        return False
    f = fold(word)
    if f in stops or f in lower_vocab or month_of(word, lang, whole=True):
        return False  # Μαρτίου (of March) is no variant of Μάριο
    return not (inflecting and any(is_inflection(f, w, lang) for w in by_prefix.get(f[:4], ())))


_MAX_TAIL = 6


def _hyphen_compounds(
    text: str, tokens: Sequence[Token], caps: Sequence[tuple[Token, bool, str]], confirmed_forms: set[str],
    witness: str, lang: str,
) -> Iterator[Mention]:
    """``Min-jun``: a name candidate with a lower-case tail of at most ``_MAX_TAIL`` letters
    hyphened on that the witness never writes on its own (so ``Trump-era`` or
    ``Washington-based``, whose tails are words, are not names)."""
    heads = {t.end: (t, initial, sid) for t, initial, sid in caps if text[t.end : t.end + 1] == "-"}
    if not heads:
        return
    free = {fold(t.text) for t in tokens if t.text[0].islower() and text[t.start - 1 : t.start] != "-"}
    for tok in tokens:
        head = heads.get(tok.start - 1)
        if head is None or not (tok.text.isalpha() and tok.text.islower() and 2 <= len(tok.text) <= _MAX_TAIL):
            continue
        if fold(tok.text) in free or text[tok.end : tok.end + 1] == "-":
            continue
        h, initial, sid = head
        yield Mention(witness=witness, lang=lang, start=h.start, end=tok.end, text=text[h.start : tok.end],
                      confirmed=not initial or fold(h.text) in confirmed_forms, standalone=False,
                      segment=sid, compound=True)


_DOT_NEXT = re.compile(r"\.\s*(\S)")


def _dot_continues(text: str, dot: int) -> bool:
    """A full stop followed by a lower-case word or a digit is an abbreviation's."""
    m = _DOT_NEXT.match(text, dot)  # at a position: slicing would copy the rest of the text
    return m is not None and (m.group(1).islower() or m.group(1).isdigit())


def _has_capital_neighbour(text: str, tok: Token, cap_starts: set[int], cap_ends: set[int]) -> bool:
    """Joined to another capitalised word by a space or a hyphen (``Fox News``, ``Shin-Osaka``)?"""
    j = tok.end
    while j < len(text) and text[j] in " \u00a0-‐":
        j += 1
    if j != tok.end and j in cap_starts:
        return True
    i = tok.start
    while i > 0 and text[i - 1] in " \u00a0-‐":
        i -= 1
    return i != tok.start and i in cap_ends


def _segment_bounds(segments: Sequence[Segment], n: int) -> list[tuple[int, int, str]]:
    if not segments:
        return [(0, n, "")]
    return [(s.start, s.end, s.id) for s in segments]


def _find_segment(bounds: list[tuple[int, int, str]], pos: int, starts: list[int] | None = None) -> tuple[int, int, str]:
    import bisect

    i = bisect.bisect_right(starts if starts is not None else [b[0] for b in bounds], pos) - 1
    return bounds[max(i, 0)]
