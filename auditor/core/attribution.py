"""Attribution cues: the words by which a text says whose claim it reports.

News prose marks a claim as someone's (``according to the ministry``, ``по словам врача``,
``selon l'AFP``, ``業界によると``) or reports it with a verb of saying (``said``, ``заявил``,
``a déclaré``). A translation that drops the cue states the claim as its own: the fact-checker's
first worry. This module finds the cues; ``auditor.core.checks.dropped_attribution`` weighs them
across a bead.

The cue lists (``auditor.core.attribution_cues*``) are per language (primary subtag). Each
pattern is one or more words separated by spaces, matched against consecutive words (runs of
letters, marks and digits, an apostrophe between letters included: ``d’après``), case-folded,
with ``’`` read as ``'``. A word ending in
``*`` matches any word starting so (an ending: ``заяви*``); one starting with ``*`` any word
ending so (a clitic in front: Arabic ``*قال``). A word ``...`` stands for up to four words of any kind
(``по ... словам``: ``по его словам``; ``nach ... worten``: ``nach Karjalainens Worten``). In
scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese,
Tibetan) a pattern is a plain substring, and ``...`` up to twelve characters within the sentence
(``据...统计``: ``据海关总署统计``).

A source sentence counts as attributed by its ``phrases`` and ``core`` verbs only; a
translation by any of its cues. Words of saying double as ordinary words (``added``,
``estimated``, ``announced`` in "was announced in May"): as evidence that a source *has* an
attribution they would raise false alarms, while as evidence that a translation *kept* one
they can only keep a finding back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from auditor.core.normalize import expected_scripts, fold, primary_language


@dataclass(frozen=True)
class Cues:
    """One language's attribution cues."""

    phrases: tuple[str, ...]
    """Prepositions, postpositions and fixed phrases that credit a source (``according to``)."""
    verbs: tuple[str, ...]
    """Verbs (and verbal nouns) of saying, reporting and estimating (``said``, ``estimates``)."""
    core: tuple[str, ...] = ()
    """The verbs of saying that mark a source sentence too: they are hardly ever anything else
    (``said``, ``told``, ``заявил``)."""
    loose: tuple[str, ...] = ()
    """Words that credit a source only sometimes (German ``so``, Turkish ``göre``, which is also
    "compared with"): they excuse a translation, but never make a source sentence attributed."""


_UNSPACED = frozenset({"Han", "Kana", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"})


@dataclass(frozen=True)
class _Word:
    text: str
    prefix: bool  # the pattern word ends in ``*``: any ending
    suffix: bool  # the pattern word starts with ``*``: anything in front
    gap: bool = False  # ``...``: up to ``_GAP`` words of any kind

    def matches(self, token: str) -> bool:
        if self.prefix and self.suffix:
            return self.text in token
        if self.prefix:
            return token.startswith(self.text)
        if self.suffix:
            return token.endswith(self.text)
        return token == self.text


_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")
"""Arabic short-vowel signs, shadda and tatweel, written or not at will (``وبيّن``/``وبين``)."""


def _norm(text: str) -> str:
    out = fold(text).replace("’", "'").replace("ʼ", "'").replace("\u200b", "")
    return _TASHKEEL.sub("", out)


@lru_cache(maxsize=512)
def _compiled(lang: str, loose: bool) -> tuple[bool, tuple[tuple[_Word, ...], ...], re.Pattern[str] | None]:
    """(unspaced, token patterns, substring regex) of a language's cues (``loose``: with its
    loose ones)."""
    found = cues_for(lang)
    if found is None:
        return False, (), None
    patterns = (*found.phrases, *found.core, *((*found.verbs, *found.loose) if loose else ()))
    scripts = expected_scripts(lang)
    if scripts & _UNSPACED and "Hangul" not in scripts:  # (Korean, spaced, also lists Hanja)
        alts = sorted(("[^。．.!?！？]{0,12}?".join(re.escape(_norm(part.strip())) for part in p.replace("*", "").split("..."))
                       for p in patterns), key=len, reverse=True)
        rx = "|".join(alts)
        return True, (), re.compile(rx) if rx else None
    return False, _parsed(patterns), None


def _parsed(patterns: tuple[str, ...]) -> tuple[tuple[_Word, ...], ...]:
    out: list[tuple[_Word, ...]] = []
    for p in patterns:
        words = []
        for w in p.split():
            if w == "...":
                words.append(_Word("", False, False, gap=True))
                continue
            core = w.strip("*")
            if core:
                words.append(_Word(_norm(core), w.endswith("*"), w.startswith("*")))
        while words and words[-1].gap:
            words.pop()
        if words and not words[0].gap:
            out.append(tuple(words))
    return tuple(out)


NOT_CUES: dict[str, tuple[str, ...]] = {
    "en": ("according to plan", "according to schedule", "according to the plan*", "according to the schedule"),
    "hu": ("terv* szerint", "menetrend szerint", "ütemterv szerint"),
    "de": ("laut plan", "nach plan", "laut fahrplan", "laut zeitplan"),
    "fr": ("selon le calendrier", "selon le plan", "selon le programme", "selon le planning"),
    "es": ("según lo previsto", "según lo planeado", "según lo programado", "según el calendario", "según el plan"),
    "it": ("secondo i piani", "secondo il programma", "secondo il calendario", "secondo il piano"),
    "pt": ("segundo o plano", "segundo o cronograma", "de acordo com o plano", "de acordo com o cronograma"),
    "ru": ("по плану", "согласно плану", "по графику", "согласно графику", "по расписанию"),
    "pl": ("zgodnie z planem", "według planu", "zgodnie z harmonogramem", "według harmonogramu"),
    "nl": ("volgens plan", "volgens planning", "volgens schema"),
    "tr": ("plana göre", "programa göre", "takvime göre"),
}
"""Phrases built on a cue that credit no one: "as planned", "on schedule" (Hungarian ``a tervek
szerint``, literally "according to the plans"). A cue inside one is no cue."""


@lru_cache(maxsize=64)
def _not_patterns(lang: str) -> tuple[tuple[_Word, ...], ...]:
    return _parsed(NOT_CUES.get(primary_language(lang), ()))


def cues_for(lang: str) -> Cues | None:
    """The cue lists of ``lang`` (by its primary subtag), or ``None`` when none are known."""
    from auditor.core.attribution_cues import CUES

    return CUES.get(primary_language(lang))


def knows(lang: str) -> bool:
    """Are attribution cues known for ``lang``?"""
    return cues_for(lang) is not None


@lru_cache(maxsize=65536)
def find_cues(text: str, lang: str, loose: bool = False) -> tuple[tuple[int, int], ...]:
    """Offsets (start, end) into ``text`` of the attribution cues in it, in order (``loose``:
    the loose ones too)."""
    unspaced, patterns, rx = _compiled(lang, loose)
    if unspaced:
        if rx is None:
            return ()
        folded, at = _norm_mapped(text)
        return tuple((at[m.start()], at[m.end() - 1] + 1) for m in rx.finditer(folded) if m.end() > m.start())
    toks = _words(text)
    norm = [_norm(text[a:b]) for a, b in toks]
    blocked: set[int] = set()
    for j in range(len(toks)):
        for words in _not_patterns(lang):
            n = _match(words, norm, j)
            if n:
                blocked.update(range(j, j + n))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if i in blocked:
            i += 1
            continue
        best = 0
        for words in patterns:
            n = _match(words, norm, i)
            if n > best:
                best = n
        if best:
            out.append((toks[i][0], toks[i + best - 1][1]))
            i += best
        else:
            i += 1
    return tuple(out)


def _norm_mapped(text: str) -> tuple[str, list[int]]:
    """``_norm`` of ``text`` character by character, with each folded character's offset in
    ``text`` (folding may drop a zero-width space or a vowel sign, or make one letter two)."""
    out: list[str] = []
    at: list[int] = []
    for i, ch in enumerate(text):
        f = _norm(ch)
        out.append(f)
        at.extend([i] * len(f))
    return "".join(out), at


_GAP = 4
_APOSTROPHES = "'’ʼ"


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def _words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word: letters, marks and digits, with an apostrophe between letters."""
    out: list[tuple[int, int]] = []
    start = -1
    n = len(text)
    for i, ch in enumerate(text):
        inside = _is_word_char(ch) or (
            ch in _APOSTROPHES and start >= 0 and i + 1 < n and _is_word_char(text[i + 1]))
        if inside and start < 0:
            start = i
        elif not inside and start >= 0:
            out.append((start, i))
            start = -1
    if start >= 0:
        out.append((start, n))
    return out


def _match(words: tuple[_Word, ...], norm: list[str], i: int) -> int:
    """How many tokens from ``i`` the pattern covers (0: no match)."""
    if not words:
        return 0
    w, rest = words[0], words[1:]
    if w.gap:
        for skip in range(_GAP + 1):
            n = _match(rest, norm, i + skip)
            if n:
                return skip + n
        return 0
    if i >= len(norm) or not w.matches(norm[i]):
        return 0
    if not rest:
        return 1
    n = _match(rest, norm, i + 1)
    return n + 1 if n else 0
