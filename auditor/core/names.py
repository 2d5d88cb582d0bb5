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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from auditor.core.models import Segment
from auditor.core.normalize import char_script, fold, primary_language, transliterate

_JOINERS = {"\u200c", "\u200d"}
_APOSTROPHES = {"'", "’", "ʼ"}
_CLITICS = {"s", "ll", "re", "ve", "d", "t", "m"}
_OPENERS = set("\"“‘«‹„‚([{—–-:;")
_SENTENCE_END = set(".!?।。！？")


@dataclass(frozen=True)
class Token:
    """A word: letters and combining marks, an internal apostrophe joining a non-clitic tail."""

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


def word_tokens(text: str) -> list[Token]:
    """Word tokens of ``text``; English clitics (``’s``, ``’ll``) are left out of the token.

    Digits, hyphens and punctuation split words, so ``Washington-based`` gives two tokens;
    so do changes between katakana, hiragana and ideographs (``プーチン大統領`` gives two).
    """
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        if not _is_word_char(text[i]) or text[i] in _JOINERS:
            i += 1
            continue
        j = i
        cls = _run_class(text[i])
        while j < n and _is_word_char(text[j]) and _run_class(text[j]) in (cls, ""):
            j += 1
        # O'Brien, D’Artagnan stay whole; Russia’s loses its clitic.
        while j + 1 < n and text[j] in _APOSTROPHES and _is_word_char(text[j + 1]):
            k = j + 1
            while k < n and _is_word_char(text[k]):
                k += 1
            if text[j + 1 : k].lower() in _CLITICS:
                break
            j = k
        out.append(Token(i, j, text[i:j]))
        i = j
        # skip a clitic tail so it does not become a token of its own
        if j + 1 < n and text[j] in _APOSTROPHES and _is_word_char(text[j + 1]):
            k = j + 1
            while k < n and _is_word_char(text[k]):
                k += 1
            i = k
    return out


def is_cased_script(token: str) -> bool:
    """True when the token's script distinguishes upper and lower case (Latin, Cyrillic, Greek…)."""
    return any(ch.isupper() or ch.islower() for ch in token)


def token_script(token: str) -> str:
    """The first non-Common script of the token's characters."""
    for ch in token:
        s = char_script(ch)
        if s not in {"Common", "Inherited"}:
            return s
    return "Common"


# Function words that start sentences; the lower-case test catches most others.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "a an the this that these those there here he she it its they them their we our you your i "
        "his her my me us who whom whose which what why when where how and but or nor so yet for of "
        "in on at to by from with without into onto as if then than though although because while "
        "after before since until during due according all any some many most more much such no not "
        "only also even mainly meanwhile however therefore thus both each every either neither other "
        "another one two three first second last next is was are were be been being has have had do "
        "does did will would can could may might must shall should mr mrs ms dr st mt".split()
    ),
    "ru": frozenset(
        "и в во не что он она оно они на я с со как а то все она так его но да ты к у же вы за бы по "
        "только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже "
        "или ни быть был была были него до вас нибудь опять уж вам ведь там потом себя ничего ей может "
        "тут где есть надо ней для мы тебя их чем сам чтобы без будто чего раз тоже себе под будет ж "
        "тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее "
        "сейчас куда зачем всех никогда можно при наконец два об другой хоть после над больше тот "
        "через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед "
        "иногда лучше чуть том нельзя такой им более всегда конечно всю между по-видимому однако "
        "также кроме именно поэтому это эта".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einer eines einem einen und oder aber doch wenn weil als wie "
        "er sie es wir ihr ich du man im in am an auf aus bei mit nach von vor zu zum zur über unter "
        "nicht auch nur noch schon so dann da dort hier dies diese dieser dieses jener alle viele".split()
    ),
    "fr": frozenset(
        "le la les un une des du de et ou mais donc or ni car il elle ils elles nous vous je tu on ce "
        "cet cette ces son sa ses leur leurs dans en sur sous pour par avec sans selon après avant "
        "pendant depuis quand si comme que qui quoi où pourquoi comment tous toutes tout aussi ainsi".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas y o pero ni que quien cual donde cuando como por para con sin "
        "sobre entre desde hasta según él ella ellos ellas nosotros yo tú este esta estos estas ese esa "
        "aquel su sus también así".split()
    ),
}


def stopwords(lang: str) -> frozenset[str]:
    return STOPWORDS.get(primary_language(lang), frozenset())


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

    @property
    def norm(self) -> str:
        return name_norm(self.text)


def name_norm(text: str) -> str:
    """Latin-ASCII, lower-case, letters only: the form names are compared in."""
    return re.sub(r"[^a-z]", "", transliterate(text))


def _initial(text: str, seg_start: int, tok: Token) -> bool:
    """Is a capital at ``tok`` forced by position (sentence or quotation start)?"""
    i = tok.start - 1
    while i >= seg_start and text[i].isspace():
        i -= 1
    if i < seg_start:
        return True
    prev = text[i]
    return prev in _OPENERS or prev in _SENTENCE_END or prev.isdigit()


def cased_mentions(
    text: str, lang: str, witness: str, segments: Sequence[Segment], *, min_len: int = 2
) -> list[Mention]:
    """Name-candidate mentions in a witness written in a cased script."""
    stops = stopwords(lang)
    tokens = word_tokens(text)
    lower_vocab = {fold(t.text) for t in tokens if t.text[0].islower()}
    seg_bounds = _segment_bounds(segments, len(text))
    caps: list[tuple[Token, bool, str]] = []
    for tok in tokens:
        first = tok.text[0]
        if not first.isupper() or len(tok.text) < min_len:
            continue
        if tok.text.isupper():  # acronyms: FSB, NATO; too short to tell variants from names
            continue
        f = fold(tok.text)
        if f in stops or f in lower_vocab:
            continue
        s0, _e0, sid = _find_segment(seg_bounds, tok.start)
        caps.append((tok, _initial(text, s0, tok), sid))
    confirmed_forms = {fold(t.text) for t, initial, _ in caps if not initial}
    cap_starts = {t.start for t, _, _ in caps} | {t.start for t in tokens if t.text[:1].isupper()}
    cap_ends = {t.end for t in tokens if t.text[:1].isupper()}
    out: list[Mention] = []
    for idx, (tok, initial, sid) in enumerate(caps):
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
    return out


def _dot_continues(text: str, dot: int) -> bool:
    """A full stop followed by a lower-case word or a digit is an abbreviation's."""
    m = re.match(r"\.\s*(\S)", text[dot:])
    return bool(m) and (m.group(1).islower() or m.group(1).isdigit())


def _has_capital_neighbour(text: str, tok: Token, cap_starts: set[int], cap_ends: set[int]) -> bool:
    j = tok.end
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    if j != tok.end and j in cap_starts:
        return True
    i = tok.start
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    return i != tok.start and i in cap_ends


def _segment_bounds(segments: Sequence[Segment], n: int) -> list[tuple[int, int, str]]:
    if not segments:
        return [(0, n, "")]
    return [(s.start, s.end, s.id) for s in segments]


def _find_segment(bounds: list[tuple[int, int, str]], pos: int) -> tuple[int, int, str]:
    import bisect

    i = bisect.bisect_right([b[0] for b in bounds], pos) - 1
    return bounds[max(i, 0)]


# --- morphology -----------------------------------------------------------------------------

_EN = ("", "s", "es", "n", "an", "ans", "ian", "ians", "ns", "ese", "ish", "i", "is", "er", "ers",
       "ern", "e", "ic", "ics", "ite", "ites")
_LATIN = _EN + ("en", "ens", "isch", "ische", "ischen", "ais", "aise", "aises", "ois", "oise",
                "o", "os", "a", "as", "ien", "ienne", "iens", "ano", "ana", "anos", "iano", "iana",
                "ern", "ers", "es", "ie", "ia", "ya")
_CYRILLIC = ("", "а", "я", "у", "ю", "е", "ы", "и", "о", "ой", "ей", "ом", "ем", "ым", "им", "ах",
             "ях", "ам", "ям", "ами", "ями", "ов", "ев", "ёв", "ий", "ый", "ая", "яя", "ое", "ее",
             "ого", "его", "ому", "ему", "ую", "юю", "ых", "их", "ь", "ью", "ию", "ии", "ия", "ией",
             "ией", "ой", "ою", "ею", "і", "ї", "ові", "еві", "ом", "ського", "ський", "ська",
             "ский", "ская", "ского", "скому", "ском", "ской", "ские", "ских", "ским", "скую",
             "цы", "ца", "цу", "цем", "ец")
_BENGALI = ("", "র", "ের", "কে", "েকে", "তে", "েতে", "এ", "ে", "য়", "য়ে", "য়ের", "দের", "রা",
            "েরা", "টি", "টা", "টির", "টার", "ও", "ই", "েই", "রই", "েরই", "দেরকে", "রও", "েরও",
            "র্", "ি", "িয়", "ীয়", "িয়ান", "ীয়দের", "ান", "য়া", "্য")
_DEVANAGARI = ("", "ों", "ो", "े", "ी", "ा", "का", "की", "के", "ने", "को", "में", "से")


def inflection_suffixes(lang: str, script: str) -> frozenset[str]:
    if script == "Cyrillic":
        return frozenset(_CYRILLIC)
    if script == "Bengali":
        return frozenset(_BENGALI)
    if script == "Devanagari":
        return frozenset(_DEVANAGARI)
    if script == "Latin":
        return frozenset(_EN if primary_language(lang) == "en" else _LATIN)
    return frozenset({""})


def is_inflection(a: str, b: str, lang: str) -> bool:
    """Are two surface forms the same name inflected or derived (``Russia``/``Russia’s``/``Russian``,
    ``Осечкин``/``Осечкину``, ``ওসেচকিন``/``ওসেচকিনের``)? Case-insensitive."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    p = _common_prefix(fa, fb)
    if p < 3 or p < min(len(fa), len(fb)) - 2:
        return False
    suf = inflection_suffixes(lang, token_script(a))
    return fa[p:] in suf and fb[p:] in suf


def same_transliteration(a: str, b: str) -> bool:
    """Equal once ``y``≡``i`` and doubled letters are ignored: ``Sergei``/``Sergey``,
    ``Zelensky``/``Zelenskyy``: the classic ways one Cyrillic spelling is romanised."""

    def squash(s: str) -> str:
        s = name_norm(s).replace("y", "i")
        return "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])

    return squash(a) == squash(b)


def vowel_ending_only(a: str, b: str) -> bool:
    """Do two Latin forms differ only in final vowels (``Maria``/``Marie``, ``Georgia``/``George``)?
    Such pairs are usually different names or grammatical forms, not misspellings."""
    na, nb = name_norm(a), name_norm(b)
    p = _common_prefix(na, nb)
    return p >= 4 and all(c in "aeiouy" for c in na[p:] + nb[p:])


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


_DIGRAPHS = (("tch", "k"), ("sch", "s"), ("ch", "k"), ("ck", "k"), ("sh", "s"), ("zh", "s"),
             ("kh", "k"), ("ph", "f"), ("th", "t"), ("ts", "s"), ("tz", "s"), ("dzh", "j"),
             ("dj", "j"))
_MAP = str.maketrans({"c": "k", "q": "k", "x": "k", "z": "s", "w": "v", "y": "i"})


def phonetic_key(text: str) -> str:
    """A coarse consonant skeleton of a name's transliteration: ``Osechkin``, ``Osekkin``,
    ``ওসেচকিন`` and ``Осечкин`` all give ``oskn``. Used for blocking and as a variant guard."""
    s = name_norm(text)
    if not s:
        return ""
    for src, dst in _DIGRAPHS:
        s = s.replace(src, dst)
    s = s.translate(_MAP)
    head, tail = s[0], s[1:]
    tail = "".join(c for c in tail if c not in "aeiouh")
    out = [head]
    for c in tail:
        if c != out[-1]:
            out.append(c)
    return "".join(out)


def strip_inflection(form: str, lang: str) -> str:
    """The form without its longest known inflection suffix, keeping at least 3 letters."""
    suf = inflection_suffixes(lang, token_script(form))
    best = form
    for s in suf:
        if s and form.endswith(s) and len(form) - len(s) >= 3 and len(form) - len(s) < len(best):
            best = form[: len(form) - len(s)]
    return best


_STEMMED_SCRIPTS = frozenset({"Cyrillic", "Bengali", "Devanagari"})


def name_stem(form: str, lang: str) -> str:
    """The part of a name mention compared across spellings. In scripts where case endings
    are written onto the name (Russian ``Осечкину``, Bengali ``ওসেককিনকে``) the ending is
    stripped; elsewhere the form is kept, since ``Paris`` or ``Putin`` only look inflected."""
    if token_script(form) in _STEMMED_SCRIPTS:
        return strip_inflection(form, lang)
    return form


def group_inflections(
    forms: Iterable[str], lang: str, *, distinct: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Map every surface form to a representative of its inflection group (the shortest form,
    then alphabetical). Blocks by the first three folded letters to stay near linear.

    Two different folded forms both in ``distinct`` (e.g. a glossary's allowed ``Kunashir``
    and forbidden ``Kunashiri``) are never merged directly."""
    forms = sorted(set(forms), key=lambda f: (len(f), f))
    parent = {f: f for f in forms}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[str, list[str]] = {}
    for f in forms:
        blocks.setdefault(fold(f)[:3], []).append(f)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                fa, fb = fold(a), fold(b)
                if fa != fb and fa in distinct and fb in distinct:
                    continue
                if is_inflection(a, b, lang):
                    ra, rb = find(a), find(b)
                    if ra != rb:
                        keep, drop = sorted((ra, rb), key=lambda f: (len(f), f))
                        parent[drop] = keep
    return {f: find(f) for f in forms}


_XDIGRAPHS = (("tch", "k"), ("sch", "s"), ("ch", "k"), ("ck", "k"), ("sh", "s"), ("zh", "s"),
              ("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("bh", "b"),
              ("ts", "s"), ("tz", "s"), ("ng", "n"))
_XMAP = str.maketrans({"c": "k", "q": "k", "x": "k", "z": "s", "j": "s", "v": "b", "w": "", "y": ""})


def cross_key(text: str) -> str:
    """A looser consonant skeleton for matching a name across scripts whose transliterations
    differ in vowels, glides and sibilants: ``Newsweek`` and ``নিউজউইক`` (``niujuik``) both
    give ``nsk``; ``Russia`` and ``রাশিয়া`` give ``rs``."""
    s = name_norm(text)
    for src, dst in _XDIGRAPHS:
        s = s.replace(src, dst)
    s = "".join(c for c in s.translate(_XMAP) if c not in "aeiouh")
    return "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])
