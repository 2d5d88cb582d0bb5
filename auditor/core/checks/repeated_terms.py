"""Repeated source terms whose two translations share no word, and names whose translated
part changes.

Used by ``inconsistent-translation``; not a check itself; needs no glossary. Words are
compared by a light stem (case folded, the longest inflection ending of
``auditor.core.namekeys``'s per-script tables cut), so ``зоны``/``зоне`` and
``artefact``/``artefacts`` are one word.

The evidence is what a reviewer sees side by side: a fixed two-word source phrase (``зона
подтопления``) in exactly two beads, whose two translations have not a single content word
in common (``flood zone``, then ``inundation area``): whatever rendered the phrase the first
time did not come back the second. Co-occurrence statistics over more beads (a majority
rendering, then one bead without it) were tried and dropped: in real news a text is too short
for them, and most such findings were paraphrase, not inconsistency.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from auditor.core.checks.base import CheckContext
from auditor.core.models import Alignment, Bead
from auditor.core.namekeys import cross_key, inflection_suffixes, token_script
from auditor.core.names import is_cased_script, stopwords, word_tokens
from auditor.core.normalize import expected_scripts, fold, primary_language, transliterate
from auditor.core.number_spelling import word_value


@dataclass(frozen=True)
class Repeat:
    """A bead whose translation of a repeated source phrase shares no word with another's."""

    bead: Bead
    term: str
    """The source phrase as written in this bead's source."""
    ref: Bead
    """The earlier bead with the same phrase."""


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """Case folded, the longest known inflection ending cut (at least three letters kept; two
    Hangul syllables, which hold as much as three letters: 백신을 → 백신)."""
    f = fold(word)
    best = f
    script = token_script(word)
    keep = 2 if script in ("Hangul", "Ethiopic") else 3  # a syllable holds a consonant and a vowel
    for suf in inflection_suffixes(lang, script):
        if suf and f.endswith(suf) and keep <= len(f) - len(suf) < len(best):
            best = f[: len(f) - len(suf)]
    return best


@dataclass
class _Side:
    """One side of a bead: content-word stems (None for others), surfaces, text length."""

    stems: list[str | None]
    surfaces: list[str]
    after_number: set[int]
    length: int
    folded: str
    titled: set[int] = field(default_factory=set)
    """Indices of words capitalised inside the sentence (part of a name or title)."""

    def content(self) -> set[str]:
        out = set(self.stems)  # built in C, then the one None dropped: called for every bead
        out.discard(None)
        return out  # type: ignore[return-value]


@lru_cache(maxsize=65536)  # a middle witness is the target of one hop and the source of the next
def _side(text: str, lang: str) -> _Side:
    """Read-only once built: it is cached."""
    stop = stopwords(lang)
    toks = word_tokens(text)
    side = _Side([], [], set(), len(text), fold(text))
    prev_end = 0
    prev_digit = False
    lang0 = primary_language(lang)
    for i, t in enumerate(toks):
        f = fold(t.text)
        side.surfaces.append(t.text)
        # a number word counts as a number: "ten days" and "every day" are not one term
        digit = _DIGIT.search(f) is not None or word_value(t.text, lang0) is not None
        if prev_digit or _DIGIT.search(text, prev_end, t.start):  # word_tokens leaves numbers out
            side.after_number.update((i, i + 1))  # 45 миллионов рублей: magnitude and unit
        prev_end, prev_digit = t.end, digit
        if i and t.text[:1].isupper() and t.text[1:2].islower():
            side.titled.add(i)
        side.stems.append(None if len(f) < 3 or digit or f in stop else stem(t.text, lang))
    return side


def _terms(side: _Side, common: set[str]) -> dict[str, int]:
    """Content-word unigrams and bigrams (keys joined by a space) → the index of their first word.
    The two words after a number (``million roubles``, ``লাখ রুবল``) belong to ``number-mismatch``."""
    out: dict[str, int] = {}
    s = [k if k is not None and k not in common else None for k in side.stems]
    for i, k in enumerate(s):
        if k is None or i in side.after_number:
            continue
        out.setdefault(k, i)
        nk = s[i + 1] if i + 1 < len(s) and i + 1 not in side.after_number else None  # no number between
        if nk is not None:
            out.setdefault(f"{k} {nk}", i)
    return out


def _has(stems: set[str], want: str) -> bool:
    """``want`` among ``stems``, a stem sharing its first five letters (derivation) or one
    containing it (compound); in unspaced scripts, one sharing two characters with it."""
    if want in stems:
        return True
    if _UNSPACED.search(want):  # 鳥取社長 / 鳥取三津子社長: unspaced scripts share two characters
        grams = {want[k : k + 2] for k in range(len(want) - 1)}
        return any(g in s for g in grams for s in stems if _UNSPACED.search(s))
    # an Ethiopic syllable holds a consonant and a vowel: ማና (Mana) is inside በማና (in Mana)
    size = len(want) + len(_ETHIOPIC.findall(want))
    return any(
        (len(want) >= 5 and len(s) >= 5 and s[:5] == want[:5]) or (size >= 4 and want in s)
        for s in stems
    )


_ETHIOPIC = re.compile("[\u1200-\u137f]")


# Han, kana, Thai: words are not separated, so a "word" is a run of one script.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


_SYLLABLES = frozenset({"Tibetan"})
"""Scripts whose tokens are syllables, a tsheg between them, not words."""
_SHORT = 3
"""Segments of this many words or fewer are left to the whole-segment comparison."""


def repeats(ctx: CheckContext, a: Alignment, *, max_df: float = 0.5) -> list[Repeat]:
    """Later beads of a fixed two-word source phrase found in exactly two beads, whose two
    translations share no content word (see the module docstring)."""
    src_lang = ctx.chain.witness(a.source).lang
    tgt_lang = ctx.chain.witness(a.target).lang
    if expected_scripts(src_lang) & _SYLLABLES:
        return []  # tokens are syllables (ཉམས་གསོ): two of them are one word, no fixed phrase
    rows: list[tuple[Bead, _Side, _Side]] = []
    for b in a.beads:
        if b.source and b.target:
            src = _side(" ".join(ctx.segment(s).text for s in b.source), src_lang)
            tgt = _side(" ".join(ctx.segment(t).text for t in b.target), tgt_lang)
            rows.append((b, src, tgt))
    if len(rows) < 2:
        return []
    src_common = _common([r[1] for r in rows], max_df, src_lang)
    src_terms = [_terms(r[1], src_common) for r in rows]
    tgt_common = _common([r[2] for r in rows], max_df, tgt_lang)
    tgt_stems = [r[2].content() - tgt_common for r in rows]
    where = _occurrences(src_terms)
    ratios = [r[2].length / max(1, r[1].length) for r in rows]
    usual = statistics.median(ratios)
    found: dict[int, Repeat] = {}
    for key in sorted(k for k in where if " " in k):
        idx = sorted(where[key])
        if len(idx) != 2 or idx[1] in found:
            continue
        i, j = idx
        if min(len(rows[i][1].stems), len(rows[j][1].stems)) <= _SHORT:
            continue  # the phrase is (nearly) the whole segment: "Está bien." said twice, a line of dialogue
        # a fixed phrase (a name, a term), not two words that met twice: one of its words is
        # nowhere else
        if not any(len(where[w]) == 2 for w in key.split()) or not _disjoint(tgt_stems, i, j):
            continue
        if not _excused(rows, j, i, key, src_terms[j], ratios[j] < usual / 2):
            found[j] = Repeat(rows[j][0], _surface(rows[j][1], src_terms[j], key), rows[i][0])
    return [found[i] for i in sorted(found)]


def _surface(side: _Side, terms: dict[str, int], key: str) -> str:
    j = _position(terms, key)
    return " ".join(side.surfaces[j : j + len(key.split())]) if j is not None else key


def _disjoint(tgt_stems: Sequence[set[str]], i: int, j: int) -> bool:
    """No content word of bead ``i``'s target in bead ``j``'s, nor in the beads either side of
    it (an alignment slip would put the shared rendering there)."""
    near = set().union(*(tgt_stems[x] for x in (j - 1, j, j + 1) if 0 <= x < len(tgt_stems)))
    return not any(_has(near, w) for w in tgt_stems[i]) and not any(_has(tgt_stems[i], w) for w in tgt_stems[j])


def _excused(
    rows: Sequence[tuple[Bead, _Side, _Side]], i: int, ref: int, key: str, terms: dict[str, int], short: bool
) -> bool:
    """Reasons a bead may lack the other bead's rendering without being inconsistent."""
    if short:  # the target dropped part of its source: omission's finding
        return True
    src, tgt = rows[i][1], rows[i][2]
    pos = _position(terms, key)
    if pos is not None:
        words = src.surfaces[pos : pos + len(key.split())]
        if all(fold(w) in tgt.folded for w in words):  # left untranslated, or a name kept as is
            return True
        # capitalised here inside a sentence, lower case in the other bead: a name or title
        # (``Film Festival``, ``District Court``) that is translated as a whole
        if pos in src.titled and not _position_titled(rows[ref][1], key):
            return True
    return False


def _position(terms: dict[str, int], key: str) -> int | None:
    if key in terms:
        return terms[key]
    if " " not in key:  # matched as the start of a longer word
        for k, i in terms.items():
            if " " not in k and k.startswith(key):
                return i
    return None


def _position_titled(side: _Side, key: str) -> bool:
    first = key.split()[0]
    return any(i in side.titled for i, k in enumerate(side.stems) if k is not None and k.startswith(first))


def _occurrences(src_terms: Sequence[dict[str, int]]) -> dict[str, set[int]]:
    """Term → beads whose source holds it; a one-word term of five letters or more also
    counts where a longer word starts with it."""
    where: dict[str, set[int]] = defaultdict(set)
    for i, terms in enumerate(src_terms):
        for k in terms:
            where[k].add(i)
    words = sorted(k for k in where if " " not in k)
    for k in words:
        if len(k) < 5:
            continue
        j = bisect.bisect_right(words, k)
        while j < len(words) and words[j].startswith(k):
            where[k] |= where[words[j]]
            j += 1
    return where


def _common(sides: Sequence[_Side], max_df: float, lang: str) -> set[str]:
    """Stems in more than ``max_df`` of the beads: function words of languages without a list
    (with a list, a word that frequent is the text's key term)."""
    if stopwords(lang):
        return set()
    df: dict[str, int] = defaultdict(int)
    for s in sides:
        for k in s.content():
            df[k] += 1
    return {k for k, n in df.items() if n > max_df * len(sides)}


@dataclass(frozen=True)
class NamePart:
    """A translated part of a name, next to a part copied from the source, that differs from
    the way another occurrence of the same source name was translated (``JR東海``: ``JR
    Central``, then ``JR Tokai``)."""

    segment: str
    start: int
    end: int
    """Code points into the witness: the copied part and the translated one."""
    source: str
    reference: str
    """The same name as translated in ``reference_segment``."""
    reference_segment: str


_GAP = frozenset(" -\u00a0\u2011")


def _joined(text: str, end: int, start: int) -> bool:
    """Two words of one name: at most a space or a hyphen between them."""
    return end <= start <= end + 2 and all(ch in _GAP for ch in text[end:start])


def name_parts(ctx: CheckContext, a: Alignment) -> list[NamePart]:
    """Names whose copied part (``JR``, ``Bonhoeffer``) is followed by the same source word
    every time, but by different capitalised target words (neither copied from the source)."""
    stop = stopwords(ctx.chain.witness(a.source).lang)
    uses: dict[tuple[str, str], list[tuple[str, int, int, str, str]]] = defaultdict(list)
    for b in a.beads:
        if not b.source or not b.target:
            continue
        tgt = [(seg, tok) for seg in (ctx.segment(t) for t in b.target) for tok in word_tokens(seg.text)]
        src = [(text, t) for text in (ctx.segment(s).text for s in b.source) for t in word_tokens(text)]
        tgt_words = {t.text for _, t in tgt}
        src_words = {t.text for _, t in src}
        if src_words.isdisjoint(tgt_words):
            continue  # nothing copied: no anchor
        for (text, t), (text2, x) in pairwise(src):
            f = fold(x.text)
            # (the copied part is a name's too: capitalised, and no function word, "de Roergue")
            if not (text is text2 and len(t.text) >= 2 and t.text in tgt_words and x.text not in tgt_words
                    and (t.text[:1].isupper() or not is_cased_script(t.text)) and fold(t.text) not in stop
                    and (x.text[:1].isupper() or not is_cased_script(x.text))  # a name's part
                    and f not in stop and not _DIGIT.search(f) and _joined(text, t.end, x.start)):
                continue
            here = [(seg, tt, y) for (seg, tt), (seg2, y) in pairwise(tgt)
                    if seg is seg2 and tt.text == t.text and y.text[:1].isupper() and y.text not in src_words
                    and _joined(seg.text, tt.end, y.start) and not _spelling(x.text, y.text)]
            # More such names here than the source has: the others stand for other source words
            # (Stuttgart College [now the State University … Stuttgart] as Stuttgart Müzik, Stuttgart Devlet).
            if len(here) > sum(1 for (u1, a1), (u2, b1) in pairwise(src) if u1 is u2 and a1.text == t.text
                               and fold(b1.text) == f and _joined(u1, a1.end, b1.start)):
                continue
            for seg, tt, y in here:
                name = f"{t.text}{text[t.end : x.end]}"
                uses[(t.text, f)].append((seg.id, seg.start + tt.start, seg.start + y.end, y.text, name))
    out: list[NamePart] = []
    for found in uses.values():
        forms = [stem(u[3], ctx.chain.witness(a.target).lang) for u in found]
        if len(set(forms)) < 2:
            continue
        ref = max(dict.fromkeys(forms), key=forms.count)  # ties: the first
        if forms.count(ref) < 2 < len(forms):
            continue  # a new word at every mention (East Flores Regency, Regional, Regent): no usual rendering
        r = found[forms.index(ref)]
        witness_text = ctx.text(a.target)
        for u, k in zip(found, forms):
            if k != ref:
                out.append(NamePart(u[0], u[1], u[2], u[4], witness_text[r[1] : r[2]], r[0]))
    return out


def _spelling(x: str, y: str) -> bool:
    """Is ``y`` ``x`` respelled or extended (``Weiß``/``Weiss``, ``Film``/``Filmfestival``) rather
    than translated? Respellings are ``name-variant``'s."""
    from rapidfuzz import fuzz

    fx, fy = fold(transliterate(x)), fold(transliterate(y))
    return fx in fy or fy in fx or fuzz.ratio(fx, fy) >= 60


# --- word comparison helpers shared with word_renderings ----------------------------------


@lru_cache(maxsize=65536)
def letters(word: str) -> int:
    """Letters in ``word``, combining marks (Indic vowel signs, virama) not counted; an
    ideograph counts two."""
    n = 0
    for ch in word:
        if unicodedata.category(ch).startswith("M"):
            continue
        n += 2 if "\u3400" <= ch <= "\u9fff" else 1
    return n


@lru_cache(maxsize=262144)
def inflected(a: str, b: str) -> bool:
    """Equal stems, or one extending the other by at most four characters (an ending the
    stemmer does not know: ``নিদর্শন``/``নিদর্শনগুলো``)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return a == b or (len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 4)


@lru_cache(maxsize=262144)
def akin(a: str, b: str) -> bool:
    """One word, inflected or derived: ``inflected``, a shared five-letter start, or one
    inside the other (a compound). Loose on purpose: used where sharing a word excuses."""
    if inflected(a, b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return (len(short) >= 5 and short[:5] == long_[:5]) or (len(short) >= 4 and short in long_)


def any_akin(keys: set[str], key: str) -> bool:
    """Is ``key`` or a word ``akin`` to it among ``keys``?"""
    return key in keys or any(akin(key, k) for k in keys)


def name_like(word: str, others: Sequence[str]) -> bool:
    """Is ``word`` a copy or transliteration of one of ``others`` (a name, a loan word)? Their
    transliterations are close, or one consonant skeleton (``cross_key``) is the other's
    plus at most one consonant (an ending)."""
    from rapidfuzz import fuzz

    s, k = fold(transliterate(word)), cross_key(word)
    if len(s) < 3:
        return False
    for o in others:
        ko = cross_key(o)
        short, long_ = sorted((k, ko), key=len)
        if fuzz.ratio(s, fold(transliterate(o))) >= 75 or (len(short) >= 3 and len(long_) - len(short) <= 1 and long_.startswith(short)):
            return True
    return False
