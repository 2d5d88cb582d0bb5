"""How two spellings of a name differ, for ``name-variant``: by an accent or a letter that
transliterates alike, by an ending or a derivation, by a romanised aspirate, or as the first
words of two different longer names. Pure functions of the two groups."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import OSA

from auditor.core.checks.base import CheckContext
from auditor.core.checks.name_evidence import NameGroup
from auditor.core.namekeys import cross_key, same_transliteration
from auditor.core.names import is_derivation, is_inflection, phonetic_key, token_script
from auditor.core.normalize import fold, primary_language, transliterate


def derived(a: NameGroup, b: NameGroup, lang: str) -> bool:
    """Is one group a derived form of the other (a place and its adjective or demonym:
    ``Mexico``/``Mexican``, ``Европа``/``Европейская``)? Any pair of their written forms counts."""
    fa = sorted(a.forms)[:8]
    fb = sorted(b.forms)[:8]
    return any(is_derivation(x, y, lang) or _nisba(x, y) or _nisba(y, x) or _class_prefix(x, y, lang)
               or _class_prefix(y, x, lang) or _english_word_formation(x, y, lang)
               or _slavic_adjective(x, y, lang) or _slavic_adjective(y, x, lang)
               or _dutch_demonym(x, y, lang) or _dutch_demonym(y, x, lang)
               or _english_spellings(x, y, lang) or _korean_place(x, y, lang) for x in fa for y in fb)


_KO_PLACE_NOUNS = ("시청", "공항", "시", "역", "현", "군", "구", "항", "도", "강", "산", "섬", "만", "호")
"""Korean nouns written onto a place name that make another place of it: 아키타역 (Akita
Station), 아키타시 (Akita City), 아키타현 (Akita Prefecture)."""
_KO_PARTICLES = frozenset(("", "의", "와", "과", "에", "에서", "은", "는", "이", "가", "을", "를", "로", "으로",
                           "도", "까지", "부터", "에는", "에서는", "이며", "와의"))


def _korean_place(x: str, y: str, lang: str) -> bool:
    """Are ``x`` and ``y`` one place name of two syllables or more, each with a particle or a
    place noun (and a particle) written on (아키타역, 아키타시의, 아키타와)?"""
    if primary_language(lang) != "ko" or x == y:
        return False
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    if n < 2:
        return False

    def tail_ok(rest: str) -> bool:
        return rest in _KO_PARTICLES or any(rest.startswith(p) and rest[len(p):] in _KO_PARTICLES
                                            for p in _KO_PLACE_NOUNS)

    return tail_ok(x[n:]) and tail_ok(y[n:])


_EN_CONVENTIONS = ((re.compile(r"(?<=\w{3})is(ation|ations|ed|ing|er|ers)\b"), r"iz\1"),
                   (re.compile(r"\b(lab|col|hon|harb|neighb|fav|behavi|endeav|vap|rum|hum|arm|parl|sav|splend|tum)our"), r"\1or"),
                   (re.compile(r"\b(cen|thea|me|li|fib|calib|spec|somb)tre"), r"\1ter"),
                   (re.compile(r"\b(defe|offe|lice|prete)nce"), r"\1nse"))


def _english_spellings(x: str, y: str, lang: str) -> bool:
    """British and American spellings of one word (``Organisation``/``Organization``,
    ``Labour``/``Labor``, ``Centre``/``Center``): a house style, not a name spelt two ways."""
    if primary_language(lang) != "en":
        return False
    fx, fy = fold(x), fold(y)
    if fx == fy:
        return False
    for pattern, repl in _EN_CONVENTIONS:
        fx, fy = pattern.sub(repl, fx), pattern.sub(repl, fy)
    return fx == fy


_DUTCH_PERSON = re.compile(r"(?:n?ers?)\Z")
_DUTCH_ADJECTIVE = re.compile(r"(?:se|sche?)\Z")


def _dutch_demonym(person: str, adjective: str, lang: str) -> bool:
    """Dutch (and Afrikaans) people and their adjective: ``Japanners``/``Japanse``,
    ``Amsterdammers``/``Amsterdamse``: two words of one place, not one name spelt two ways."""
    if primary_language(lang) not in ("nl", "af", "fy", "li"):
        return False
    fp, fa = fold(person), fold(adjective)
    mp, ma = _DUTCH_PERSON.search(fp), _DUTCH_ADJECTIVE.search(fa)
    if mp is None or ma is None:
        return False
    stem = fa[: ma.start()]  # (the person may double the stem's last consonant: Amsterdammers)
    return len(stem) >= 4 and fp[: mp.start()].startswith(stem) and mp.start() - len(stem) <= 1


_SLAVIC = frozenset({"uk", "ru", "be", "pl", "cs", "sk", "bg", "mk", "sr", "hr", "bs", "sl", "rue", "csb", "hsb"})
# -ськ-/-цьк-/-ск-/-sk-/-ck- and an adjective's ending: Лисецький (of Лисець), Київського, Gdańskiego
_SLAVIC_ADJECTIVE = re.compile(
    r"(?:[сзцscz]ь?к|[sc]k)(?:ий|ого|ому|им|ім|ом|ая|а|ої|ой|ій|ую|у|ою|ое|е|і|ие|их|ими|ага|аму|ай|ае|"
    r"i|iego|iemu|im|a|iej|ą|ie|ich|imi|y|ý|ého|ému|ým|á|é|ou|ých|ými|o|og|om|oj|u|e|ih)\Z")
_SLAVIC_LINK = re.compile(r"(?<=\w{4})(?:ин|ін|ын|in|yn)\Z")
_VOWELS = re.compile(r"[aeiouyаеёиоуыэюяіїєъьáéíóúýěůąęó]")


def _slavic_adjective(adj: str, noun: str, lang: str) -> bool:
    """Is ``adj`` the adjective of the place ``noun`` names (``Лисецький`` beside ``Лисця``, the
    genitive of ``Лисець``, whose fleeting vowel the adjective keeps)? Consonants decide."""
    if primary_language(lang) not in _SLAVIC:
        return False
    fa, fn = fold(adj), fold(noun)
    m = _SLAVIC_ADJECTIVE.search(fa)
    if m is None or _SLAVIC_ADJECTIVE.search(fn) is not None:
        return False
    stem = fa[: m.start()] + (fa[m.start()] if fa[m.start()] in "цc" else "")
    skel_n = _VOWELS.sub("", fn)
    # the noun adds at most a case ending's consonant or the -sk the adjective shares (Gdańsk);
    # the adjective may add a linking -in- (Караганда, Карагандинская)
    for st in dict.fromkeys((stem, _SLAVIC_LINK.sub("", stem))):
        skel_a = _VOWELS.sub("", st)
        if (len(st) >= 3 and len(skel_a) >= (2 if st == stem else 3) and skel_n.startswith(skel_a)
                and len(skel_n) - len(skel_a) <= 2):
            return True
    return False


# English derivational endings: two capitalised words of one stem with two of them are two words
# of a title (Regulation, Regulatory; Election, Electoral), not one name spelt two ways
_EN_SUFFIXES = re.compile(r"(ions?|ory|ories|ive|ives|ism|ist|ists|ity|ities|al|ial|ment|ments|ance|ence|ing)\Z")


def _english_word_formation(x: str, y: str, lang: str) -> bool:
    if primary_language(lang) != "en":
        return False
    mx, my = _EN_SUFFIXES.search(fold(x)), _EN_SUFFIXES.search(fold(y))
    for m, word, other in ((mx, x, y), (my, y, x)):
        # a name ending in a vowel and its follower or doctrine: Esperanto, Esperantists
        if m is not None and m.group() in ("ist", "ists", "ism") and len(o := fold(other)) >= 6 \
                and o[-1] in "aeio" and fold(word)[: m.start()] == o[:-1]:
            return True
    if mx is None or my is None or mx.group() == my.group():
        return False
    sx, sy = fold(x)[: mx.start()], fold(y)[: my.start()]
    return len(sx) >= 5 and (sx == sy or sx.rstrip("e") == sy.rstrip("e"))


# Bantu noun-class prefixes make people, a person and a language of a place: Tanzania,
# Watanzania (Tanzanians), Mtanzania, Kiswahili; Buganda, Baganda, Muganda, Luganda.
_CLASS_PREFIXES = {"sw": ("wa", "m", "mw", "ki"), "lg": ("ba", "mu", "lu"), "rw": ("aba", "umu", "iki"),
                   "rn": ("aba", "umu", "iki")}


def _class_prefix(place: str, word: str, lang: str) -> bool:
    """Is ``word`` the place name with a noun-class prefix before it (Watanzania)?"""
    prefixes = _CLASS_PREFIXES.get(primary_language(lang))
    if not prefixes:
        return False
    p, w = fold(place), fold(word)
    stems = {p, p[2:]} if p.startswith("bu") and len(p) > 5 else {p}  # Buganda: the land's own prefix goes
    return len(p) >= 4 and any(w == pre + stem for pre in prefixes for stem in stems)


def _nisba(place: str, adjective: str) -> bool:
    """An Arabic adjective of place in a Latin-script text: the place's consonants plus a final
    -i, a vowel changed on the way (Maghreb/Maghribi). A name with an -i added and nothing else
    changed (Nawej/Naweji) or one vowel swapped at the end (Nyaboke/Nyaboki) stays a variant."""
    p, q = fold(place), fold(adjective)
    return (len(p) >= 4 and len(q) == len(p) + 1 and q.endswith("i") and q[:-1] != p and not p.endswith("i")
            and p.isascii() and q.isascii() and cross_key(p) == cross_key(q) and p[:2] == q[:2])


def tail_only(a: str, b: str) -> bool:
    """Two long forms that differ only in their last two or three letters (Prokurator /
    Prokuratura), where a misspelling would differ inside the word."""
    fa, fb = fold(a), fold(b)
    common = next((i for i, (x, y) in enumerate(zip(fa, fb)) if x != y), min(len(fa), len(fb)))
    return min(len(fa), len(fb)) >= 7 and common >= min(len(fa), len(fb)) - 2 and max(len(fa), len(fb)) - common >= 2


def letter_form_inside(a: str, b: str) -> bool:
    """The first difference is inside the word and between two letters that transliterate
    alike (Ukrainian Г/Ґ, Ганчева/Ґанчев): not grammar, whatever the endings do."""
    la, lb = a.lower(), b.lower()
    i = next((k for k, (x, y) in enumerate(zip(la, lb)) if x != y), None)
    if i is None or i >= min(len(la), len(lb)) - 2:
        return False
    return transliterate(la[i]) == transliterate(lb[i]) != "" and is_inflection(la[:i] + lb[i] + la[i + 1 :], lb, "und")


def diacritics_only(a: str, b: str) -> bool:
    """Spellings of one script that transliterate alike but are written differently: a lost
    umlaut or accent (Hölzl/Holzl), Bengali khanda ta for ta (কোচেৎকভ/কোচেতকভ), ß typed as
    ss (Weißmüller/Weissmüller). Russian ё/е is optional in print and does not count."""
    # lower(), not fold(): case folding writes ß as ss
    fa, fb = (unicodedata.normalize("NFKC", x).lower().replace("ё", "е") for x in (a, b))
    if fa == fb or token_script(a) != token_script(b):
        return False
    return len(fa) == len(fb) or fa.replace("ß", "ss") == fb.replace("ß", "ss")


# (and the voiced affricate romanised three ways: Zhumabaev / Jumabayev, Dzikunu / Jikunu)
_ASPIRATES = (("ph", "p"), ("bh", "b"), ("dh", "d"), ("gh", "g"), ("jh", "j"), ("dzh", "j"), ("dz", "j"), ("zh", "j"))


def plain_key(g: NameGroup) -> str:
    """The phonetic key with romanised aspirates as plain stops: Thai and Indic ``ph`` is an
    aspirated p, not an f (``Thanaphon``/``Thanapol`` are one name); ``zh``, ``dz`` and ``j``
    alike."""
    norm = g.norm
    for a, b in _ASPIRATES:
        norm = norm.replace(a, b)
    return phonetic_key(norm)


def later_at_sentence_start(a: NameGroup, b: NameGroup, witness: str) -> bool:
    """One group known only from a sentence's first word (unconfirmed: any word is capitalised
    there), first written after the other was introduced mid-sentence, and long enough not to
    be a common word that happens to be one letter from a name (``Thanaphon`` …, then
    ``Thanapol added …``)."""
    late, known = (a, b) if not a.confirmed else (b, a)
    first_late = min((m.start for m in late.mentions if m.witness == witness), default=-1)
    first_known = min((m.start for m in known.mentions if m.witness == witness), default=-1)
    return len(late.norm) >= 6 and 0 <= first_known < first_late


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)")


def parts_of_other_names(ctx: CheckContext, a: NameGroup, b: NameGroup) -> bool:
    """Are both groups only ever the first word of a longer name, and never of the same one
    (``Chang Khlan Road`` against ``Chiang Mai`` and ``Chiang Rai``)? Then they are parts of
    two different names, however alike they look."""
    def nexts(g: NameGroup) -> set[str] | None:
        out: set[str] = set()
        for m in g.mentions:
            nxt = _NEXT_WORD.match(ctx.chain.witness(m.witness).text, m.end)
            if nxt is None or not nxt.group(1)[:1].isupper():
                return None
            out.add(nxt.group(1).lower())
        return out

    na, nb = nexts(a), nexts(b)
    if na is not None and nb is not None:
        return not na & nb
    # A given name always before one surname (Koichi Takanashi, twice), the other word never
    # before it (the city of Kikuchi): a person's name and something else. Not for names a
    # letter apart (Sergey Lavrov … Sergei said): that may be the given name respelt.
    if OSA.distance(a.norm, b.norm) <= 1 or same_transliteration(a.root, b.root):
        return False
    for g, ng, other in ((a, na, b), (b, nb, a)):
        if ng is not None and len(ng) == 1 and len(g.mentions) >= 2:
            (surname,) = ng
            if not any((nxt := _NEXT_WORD.match(ctx.chain.witness(m.witness).text, m.end)) is not None
                       and nxt.group(1).lower() == surname for m in other.mentions):
                return True
    return False


_PINYIN_INITIALS = ("", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z",
                    "c", "s", "y", "w")
_PINYIN_FINALS = ("a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ve", "er", "an", "en", "in", "un",
                  "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang", "ue")
_PINYIN = frozenset(i + f for i in _PINYIN_INITIALS for f in _PINYIN_FINALS)


# Chinese syllables as Russian writes them (the Palladius system: Синьхуа, Цзянси, Гуйин)
_PALLADIUS_INITIALS = ("", "б", "п", "м", "ф", "д", "т", "н", "л", "г", "к", "х", "цз", "ц", "с", "чж", "ч", "ш", "ж", "в")
_PALLADIUS_FINALS = ("а", "о", "э", "и", "у", "ы", "юй", "ай", "эй", "уй", "ао", "оу", "ю", "е", "е", "ие", "юэ", "эр",
                     "ань", "энь", "инь", "унь", "юнь", "ан", "эн", "ин", "ун", "я", "яо", "янь", "ян", "юн", "уа",
                     "уо", "уай", "уань", "уан", "юань", "ь", "и", "ао", "инь")
_PALLADIUS = frozenset(i + f for i in _PALLADIUS_INITIALS for f in _PALLADIUS_FINALS)


def pinyin_name(name: str) -> bool:
    """Can the name be read as a run of Chinese syllables, in pinyin (Xiaolan, Guiying, Ji’an)
    or as Russian writes them (Синьхуа, Цзянси)? Such names are built of some four hundred
    syllables, so two a letter apart are often two names."""
    s = re.sub(r"[’'ʼ-]", "", fold(name))
    if not s.isalpha():
        return False
    table = _PINYIN if s.isascii() else _PALLADIUS if all("а" <= ch <= "я" or ch == "ё" for ch in s) else None
    if table is None:
        return False
    ok = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        ok[end] = any(ok[start] and s[start:end] in table for start in range(max(0, end - 6), end))
    return ok[-1]


_PREV_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+\Z")


def syllables_of_two_names(ctx: CheckContext, a: NameGroup, b: NameGroup) -> bool:
    """Where names are built of a few thousand syllables (Vietnamese), are two alike syllables
    each only ever inside a longer name, and never beside the same word (``Hai Bà Trưng``, the
    street; ``Trương Minh Khải``, the man)? Then they are parts of two names."""
    def neighbours(g: NameGroup) -> set[str] | None:
        out: set[str] = set()
        for m in g.mentions:
            text = ctx.chain.witness(m.witness).text
            near = [w.group(1) for w in (_PREV_WORD.search(text[max(0, m.start - 40) : m.start]),
                                         _NEXT_WORD.match(text, m.end)) if w is not None]
            near = [w for w in near if w[:1].isupper()]
            if not near:
                return None
            out.update(fold(w) for w in near)
        return out

    na = neighbours(a)
    nb = neighbours(b) if na is not None else None
    return na is not None and nb is not None and not na & nb


def dj_alike(a: NameGroup, b: NameGroup) -> bool:
    """South Slavic đ written ``dj`` (its usual ASCII form, and how Cyrillic ђ is romanised)
    against the transliteration's plain ``d``: one name, written two ways."""
    if not any("đ" in r.lower() for r in (a.root, b.root)):
        return False
    return a.norm != b.norm and a.norm.replace("dj", "d") == b.norm.replace("dj", "d")


_NEXT_CAPITAL = re.compile(r"[ \u00a0]+[A-ZÄÖÜ]")


def place_adjective(ctx: CheckContext, g: NameGroup) -> bool:
    """German adjectives of place end in -er and stand before a noun, which German capitalises
    (Berner Alpen, Zürcher Oberland, Wiener Staatsoper): such a word is no spelling of a name."""
    if primary_language(g.lang) not in ("de", "lb", "gsw") or not g.root.endswith("er"):
        return False
    return all(m.text.endswith("er") and _NEXT_CAPITAL.match(ctx.chain.witness(m.witness).text, m.end)
               for m in g.mentions)


def final_h_only(a: str, b: str) -> bool:
    """Do two Latin forms differ only by an ``h`` after their final vowel (``Khaimah``/``Khaima``,
    ``Fatimah``/``Fatima``)?"""
    short, long_ = sorted((fold(a), fold(b)), key=len)
    return (long_ == short + "h" and len(short) >= 4 and short[-1] in "aeiou"
            and token_script(a) == token_script(b) == "Latin")
