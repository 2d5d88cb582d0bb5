"""Name keys and morphology: inflection suffixes, stems, phonetic and cross-script keys.

Split from ``auditor.core.names`` (which re-exports everything here). Pure and deterministic.
A name is compared as its Latin-ASCII transliteration (``name_norm``); ``phonetic_key`` and
``cross_key`` are consonant skeletons used for blocking and as variant guards; the suffix
tables tell a case ending or possessive (``Осечкину``, ``ওসেচকিনের``, ``Russia’s``) from a
different spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from auditor.core.name_endings import _CYRILLIC, MUTATIONS, PL_SOFT, unaccented
from auditor.core.name_endings import NO_NAME_CASES as NO_NAME_CASES
from auditor.core.name_endings import VOWEL_SWAP_IS_SPELLING as VOWEL_SWAP_IS_SPELLING
from auditor.core.name_endings import inflection_suffixes as inflection_suffixes
from auditor.core.name_endings import radicals as radicals
from auditor.core.normalize import char_script, fold, primary_language, transliterate

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def strip_invisible(text: str) -> str:
    """The text without zero-width characters and soft hyphens, which must not split or
    change a name for matching (``Osech\u200bkin`` is ``Osechkin``)."""
    return text.translate(_ZERO_WIDTH)


@lru_cache(maxsize=65536)
def token_script(token: str) -> str:
    """The first non-Common script of the token's characters."""
    for ch in token:
        s = char_script(ch)
        if s not in {"Common", "Inherited"}:
            return s
    return "Common"



@lru_cache(maxsize=65536)
def name_norm(text: str) -> str:
    """Latin-ASCII, lower-case, letters only: the form names are compared in."""
    return re.sub(r"[^a-z]", "", transliterate(strip_invisible(text)))

# --- morphology: the tables are in ``auditor.core.name_endings`` -----------------------------

_NORSE_VOWELS = re.compile("[aeöoøuiy]")
_ONE_LETTER = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


@lru_cache(maxsize=262144)
def is_inflection(a: str, b: str, lang: str) -> bool:
    """Are two surface forms the same name inflected or derived (``Russia``/``Russia’s``/``Russian``,
    ``Осечкин``/``Осечкину``, ``ওসেচকিন``/``ওসেচকিনের``, Welsh ``Gaerdydd``/``Caerdydd``)?
    Case-insensitive."""
    # the ʻokina and the modifier apostrophe are letters, which English drops: Hawaiʻi / Hawaiian;
    # Arabic and Persian yeh and kaf are one letter each to a Pashto or Urdu writer: نورزي / نورزی
    fa, fb = (fold(x).replace("ʻ", "").replace("ʼ", "").translate(_ONE_LETTER) for x in (a, b))
    if fa == fb:
        # case folding writes ß as ss, but one text writing both is a slip (Weißmüller/Weissmüller)
        return ("ß" in a.lower()) == ("ß" in b.lower())
    if token_script(a) == "Latin" and primary_language(lang) not in MUTATIONS and _geminate_apart(fa, fb):
        return False  # no ending doubles a consonant alone: Oltmans / Oltmanns is a slip
    if token_script(a) == "Greek":  # the accent moves with the ending: Αρτοποιός / Αρτοποιού
        fa, fb = unaccented(fa), unaccented(fb)
        if fa == fb:
            return True
    if primary_language(lang) == "pl":  # softening before -ie: Drezno, Dreznem, Dreźnie
        fa, fb = fa.translate(PL_SOFT), fb.translate(PL_SOFT)
        short, long_ = sorted((fa, fb), key=len)
        # the locative's consonant change: Trybunał / Trybunale, teatr / teatrze, sąd / sądzie
        if len(short) >= 4 and any(short.endswith(hard) and long_ == short[: -len(hard)] + soft
                                   for hard, soft in _PL_LOCATIVE):
            return True
    if primary_language(lang) in ("gd", "ga", "gv") and (fa[:4] in ("mhic", "mhac")) != (fb[:4] in ("mhic", "mhac")):
        # MacDhòmhnaill, genitive MhicDhòmhnaill (of MacDonald): one surname
        ga_, gb_ = (("mac" + x[4:]) if x[:4] in ("mhic", "mhac") else x for x in (fa, fb))
        if ga_ == gb_:
            return True
    if primary_language(lang) in MUTATIONS:
        ra, rb = radicals(a, lang), radicals(b, lang)
        if ra & rb:
            return True
        if len(ra) > 1 or len(rb) > 1:  # a mutated form with a case ending (Sheáin / Seán)
            return any(is_inflection(x, y, "und") for x in ra for y in rb if (x, y) != (fa, fb))
    if primary_language(lang) in _FLEETING_LANGS and _fleeting_vowel(fa, fb, lang):
        return True
    if primary_language(lang) in ("fo", "is"):  # Smyril / Smyrli, Egill / Egli: the i drops before an ending
        short, long_ = sorted((fa, fb), key=len)
        for w, o in ((fa, fb), (fb, fa)):
            if len(w) >= 5 and w[-2] == "i" and w[-1] in "lnr" and o.startswith(w[:-2] + w[-1]) and len(o) - len(w) <= 2:
                return True
        # the stem's vowel changes with the ending (umlaut and breaking): Hveragerði, Hveragarða,
        # Hveragörðum; fjörður, firði
        ms, ml = (_NORSE_VOWELS.sub("V", x) for x in (short, long_))
        if len(short) >= 6 and ml.startswith(ms[:-1]) and len(ml) - len(ms) <= 2:
            # a vowel of the stem differs, not only one of the last syllable (Gunnar, Gunnur: two names)
            last = max(i for i, ch in enumerate(ms) if ch == "V") if "V" in ms else -1
            if any(ms[i] == "V" and short[i] != long_[i] for i in range(last)):
                return True
    if primary_language(lang) == "lt":  # t and d soften before the -io, -iui, -ių endings: Jonaitis / Jonaičio
        for x, y in ((fa, fb), (fb, fa)):
            hard = re.sub("č(?=i)", "t", re.sub("dž(?=i)", "d", y))
            if hard != y and is_inflection(x, hard, lang):
                return True
    if primary_language(lang) in _SOUTH_SLAVIC and _south_slavic(fa, fb, lang):
        return True
    if primary_language(lang) in ("fi", "et", "krl") and _nen_se(fa, fb):
        return True
    if primary_language(lang) in ("fi", "et", "krl"):
        # consonant gradation: Lappi / Lapin / Lappiin, Seppä / Sepän (a geminate shortens)
        da, db = _GEMINATE.sub(r"\1", fa), _GEMINATE.sub(r"\1", fb)
        if (da, db) != (fa, fb) and is_inflection(da, db, lang):
            return True
    if primary_language(lang) in _BANTU_PREFIXES:  # VaShumba (Mr Shumba), uSipho, kuSipho, ngoSipho
        short_o, long_o = sorted((a, b), key=len)
        head = long_o[: len(long_o) - len(short_o)]
        if (0 < len(head) <= 4 and head.isalpha() and long_o[len(head):].casefold() == short_o.casefold()
                and long_o[len(head)].isupper() and len(short_o) >= 3):
            return True
    if token_script(a) in _PROCLITICS:  # prefixes written onto the word: בבנק (in the bank), وأليشتر
        short, long_ = sorted((fa, fb), key=len)
        head = long_[: len(long_) - len(short)]
        if (long_.endswith(short) and 0 < len(head) <= 2 and all(c in _PROCLITICS[token_script(a)] for c in head)
                and len(short) >= 3):
            return True
        marks = _PROCLITICS[token_script(a)]
        if len(fa) == len(fb) >= 4 and fa[0] in marks and fb[0] in marks and fa[1:] == fb[1:]:
            return True  # two prefixes on one name: በአማራ (in Amhara) / የአማራ (of Amhara)
    if primary_language(lang) == "be":  # akanye and yakanye: Пятрусь / Петруся, the stress moving
        i = _common_prefix(fa, fb)
        if i < min(len(fa), len(fb)) - 1 and {fa[i], fb[i]} in _BE_ALTERNATIONS:
            return is_inflection(fa, fb[:i] + fa[i] + fb[i + 1 :], lang)
    if primary_language(lang) == "uk":  # і in a closed last syllable: Львів / Львова, Київ / Києва
        i = _common_prefix(fa, fb)
        short, long_ = (fa, fb) if len(fa) < len(fb) else (fb, fa)
        # the і form is the bare one (Львів), the о/е form takes an ending (Львова): not Ковалів / Ковалев
        if (2 <= i < len(short) - 1 and len(short) >= 4 and short[i] in "ії" and len(long_) > len(short)
                and {short[i], long_[i]} in _UK_ALTERNATIONS):
            return is_inflection(short, long_[:i] + short[i] + long_[i + 1 :], lang)
    if token_script(a) == "Hangul" and _korean_unit(fa, fb, lang):
        return True
    p = _common_prefix(fa, fb)
    least = 2 if token_script(a) == "Hangul" else 3  # a Hangul letter is a whole syllable
    # at most two letters of the shorter form after the shared part (an abugida's vowel signs
    # and virama are no letters of their own: Tamil பெரேராவின் / பெரேராவும்)
    if p < least or _letter_count(min((fa, fb), key=len)[p:]) > 2:
        return False
    short, long_ = sorted((fa, fb), key=len)
    if len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] == short[-1] and token_script(a) == "Latin":
        return False  # a doubled final consonant is a spelling slip (Hartman/Hartmann), not an ending
    if (len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in "ьяю"
            and short[-1] not in "аеёиоуыэюяіїєйжшчщц" and primary_language(lang) in ("ru", "uk", "be")):
        # a bare hard stem takes no soft ending, and no case drops the soft sign: Розенталь,
        # Розенталя / Розентал (whose forms are Розентала, Розенталу), Казань / Казан
        return False
    if (len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in "aeiouy"
            and primary_language(lang) in NO_NAME_CASES):
        return False  # names take no endings here: a final vowel is spelling (Tesfaye/Tesfay)
    if (len(fa) == len(fb) == p + 1 and fa[-1] in "aeiouy" and fb[-1] in "aeiouy"
            and primary_language(lang) in VOWEL_SWAP_IS_SPELLING):
        return False  # and so is a final vowel changed (Nyaboke/Nyaboki, Ferrante/Ferranti)
    suf = inflection_suffixes(lang, token_script(a))
    # The stem may end before the shared letters: Индонезийск|ое / Индонезийск|ого share an о.
    return any(fa[k:] in suf and fb[k:] in suf for k in range(p, max(p - 3, least - 1), -1))


# Slavic languages whose -ec/-ek/-ok lose the vowel before an ending (Niemiec/Niemcy,
# Němec/Němci, Kovaček/Kovačka, Кубок/Кубка).
_FLEETING_LANGS = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs", "hsb", "dsb", "ru", "uk", "be", "bg", "mk"})
_FLEETING = re.compile(r"(ie|e|o|е|о|ё|і)([cklnкцлнтр])$")  # (Египет, Египта; Пётр, Петра)


# Bantu languages write noun-class, honorific and case prefixes onto a name, which keeps its
# capital: Shona VaShumba, isiZulu uSipho, kuSipho, ngoSipho.
_BANTU_PREFIXES = frozenset({"sn", "zu", "xh", "st", "tn", "ny", "nr", "ss", "ve", "ts", "nso", "lg", "rw", "rn"})


# One-letter words written onto the next: Hebrew in/to/and/the/from/that/as, Arabic and/so/with/to/as,
# Amharic be-/ye-/le-/ke- (one syllable letter each).
_PROCLITICS = {"Hebrew": "בלוהמשכ", "Arabic": "وفبلك", "Ethiopic": "በየለከ"}  # Amharic in/of/to/from
_PL_LOCATIVE = (("ł", "le"), ("sł", "sle"), ("r", "rze"), ("t", "cie"), ("st", "scie"), ("d", "dzie"),
                ("zd", "zdzie"))
"""Polish stem-final consonants and the locative ending that changes them (softened as ``PL_SOFT``
writes them: ``most`` / ``moście`` is ``most`` / ``moscie``)."""
_BE_ALTERNATIONS = ({"я", "е"}, {"а", "о"}, {"ё", "е"})
_UK_ALTERNATIONS = ({"і", "о"}, {"і", "е"}, {"ї", "є"})
_BE_BLOCK = str.maketrans("яаё", "еое")


_SOUTH_SLAVIC = frozenset({"sr", "hr", "bs", "sh", "cnr"})
_FLEETING_A = re.compile(r"(a|а)([rcklntzрцкнлтз])$")
_POSSESSIVE = re.compile(r"(?:ев|ов|ин|ev|ov|in)(?:а|о|е|у|ом|ој|их|им|ог|ем|a|o|e|u|om|oj|ih|im|og|em)?$")


def _south_slavic(fa: str, fb: str, lang: str) -> bool:
    """Serbian, Croatian, Bosnian: a fleeting a (Јадар/Јадра, Kragujevac/Kragujevca, Petar/Petra)
    and the possessive adjective of a name (Ристић/Ристићева изјава, Ana/Anin)."""
    if _fleeting_vowel(fa, fb, lang, _FLEETING_A):
        return True
    for x, y in ((fa, fb), (fb, fa)):
        base = x[:-1] if x[-1:] in "aаeе" else x  # Ana / Anin: the possessive replaces a final vowel
        if len(base) >= 3 and y.startswith(base) and _POSSESSIVE.fullmatch(y[len(base):]):
            return True
    return False


def _korean_unit(fa: str, fb: str, lang: str) -> bool:
    """A Korean place name with its administrative unit (춘천 / 춘천시에서, 강원 / 강원도): the
    unit and a particle after the bare name."""
    short, long_ = sorted((fa, fb), key=len)
    if len(short) < 2 or not long_.startswith(short):
        return False
    rest = long_[len(short):]
    return rest[:1] in "시군구도읍면" and rest[1:] in inflection_suffixes(lang, "Hangul")


def _nen_se(fa: str, fb: str) -> bool:
    """Finnish and Estonian surnames in -nen (-ne) decline on a stem in -se-: Kettunen /
    Kettusen / Kettuselle / Kettusta, Virtanen / Virtasen."""
    for x, y in ((fa, fb), (fb, fa)):
        for end in ("nen", "ne"):
            if x.endswith(end) and len(x) - len(end) >= 3:
                stem = x[: -len(end)] + "s"
                if y.startswith(stem) and len(y) - len(stem) <= 5 and y != x:
                    return True
    return False


def _fleeting_vowel(fa: str, fb: str, lang: str, pattern: re.Pattern[str] | None = None) -> bool:
    """Кубок/Кубка, Niemiec/Niemcy: the vowel before the last consonant drops before an ending
    (``pattern``: which vowel before which consonant; the Slavic e/o by default)."""
    suf = inflection_suffixes(lang, token_script(fa))
    for x, y in ((fa, fb), (fb, fa)):
        m = (pattern or _FLEETING).search(x)
        if m and m.start() >= 3:
            stem = x[: m.start()] + m.group(2)
            if y.startswith(stem) and y != stem and y[len(stem):] in suf:
                return True
    return False


# Derivation: a place or group name and its adjective or demonym share a stem and differ by a
# derivational suffix plus an inflection (Europe/European, Европа/Европейская, Север/Северная,
# ইন্দোনেশিয়া/ইন্দোনেশিয়). A misspelling differs inside the word instead (Osekkin/Osechkin).
# One side ends in a base ending, the other in a derivational suffix and its inflection.
# "onia": Catalonia/Catalan, where the demonym drops more than the -ia.
_LATIN_BASE = ("", "a", "ia", "onia", "o", "y", "e", "s")
_LATIN_DERIVED = ("an", "ans", "ian", "ians", "al", "ese", "ish", "ic", "ics", "ean", "eans",
                  "ais", "aise", "ois", "oise", "ien", "ienne", "ano", "ana", "anos", "anas",
                  "iano", "iana", "isch", "ische", "ischen", "er", "ers", "nais", "naise", "nnais", "nnaise",
                  "ale", "ali")  # Italian Comune / Comunale
_CYR_ADJ = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их",
            "ым", "им", "ыми", "ими", "ые", "ие", "ом", "ем", "ей")
# Endings only adjectives take (not the noun cases -ом, -ем, -ей of Ивановом, Москвой's kin)
CYRILLIC_ADJECTIVE_ENDINGS = ("ый", "ий", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ую", "юю", "ых", "ыми", "ими",
                              "ной", "ской")
_CYR_NOUN = ("", "а", "у", "е", "ом", "ы", "ев", "ам", "ами", "ах", "ой", "и")
_CYR_DERIVED = tuple(m + e for m in ("ск", "йск", "ейск", "ийск", "анск", "янск", "инск", "овск", "н", "ан",
                                     "ян", "еан", "ийн")
                     for e in _CYR_ADJ) + tuple(m + e for m in ("анц", "янц", "ийц", "ейц")
                                                  for e in ("ы", "а", "у", "ев", "ем", "ам", "ами", "ах")) \
    + ("анец", "янец", "иец", "еец", "анк", "анка", "анки", "анку", "анкой") \
    + tuple(m + e for m in ("ськ", "зьк", "цьк", "івськ")  # Ukrainian: Полтава, Полтавській
            for e in ("а", "ий", "ої", "ій", "ому", "ою", "у", "і", "их", "им", "ими"))
_BN_CASE = ("", "র", "ের", "কে", "েকে", "তে", "েতে", "ে", "য়", "য়ে", "য়ের", "দের", "রা", "েরা",
            "ই", "ও", "রই", "েরই")
_BN_BASE = tuple(v + e for v in ("", "া", "িয়া", "ীয়া", "ি", "ী") for e in _BN_CASE)
_BN_DERIVED = tuple(m + e for m in ("ীয়", "িয়", "ীয়ান", "িয়ান", "ান", "িক", "ী", "ি") for e in _BN_CASE)


# Nouns in -ика drop the к before the adjective's -ийск- (Балтика/Балтийском, Африка/африканский).
_CYR_KA = tuple("к" + e for e in _CYR_NOUN)
# -ск- after a stem that ends in с/з/ц keeps one с: Одесса/одесской, Черкаси/Черкаської.
_CYR_SIBILANT_K = frozenset("к" + e for e in _CYR_ADJ) | frozenset(
    "ьк" + e for e in (*_CYR_ADJ, "а", "ої", "ій", "ою", "у", "і"))
# The Arabic-script nisba: البحرين/البحرينية, مصر/المصري, ایران/ایرانی, پاکستان/پاکستانی.
_ARABIC_BASE = ("", "ا", "ة", "يا")  # -يا is -ia: ماليزيا / ماليزي, سوريا / سوري
# (and "and" written onto the name: وماليزيا, and Malaysia)
_ARABIC_ARTICLE = re.compile("^(?:وال|بال|فال|كال|لل|ال|و(?=....))(?=..)")
_ARABIC_DERIVED = ("ي", "ية", "يون", "يين", "يان", "يات", "ی", "یہ", "یوں", "یان", "ای")


def _derivation_tails(lang: str, script: str) -> tuple[frozenset[str], frozenset[str]]:
    if script == "Cyrillic":
        return frozenset(_CYRILLIC + _CYR_KA), frozenset(_CYR_DERIVED)
    if script == "Arabic":
        return frozenset(_ARABIC_BASE), frozenset(_ARABIC_DERIVED)
    if script == "Bengali":
        return frozenset(_BN_BASE), frozenset(_BN_DERIVED)
    if script == "Latin" and primary_language(lang) in _WEST_SLAVIC_LATIN:
        return (frozenset(_LATIN_BASE) | _SLAVIC_NOUN_ENDINGS,
                frozenset(_LATIN_DERIVED) | frozenset(m + e for m in ("", "sk", "ck", "n", "ov", "in") for e in _SLAVIC_ADJ
                                                      if len(m + e) >= 2))
    if script == "Latin" and primary_language(lang) in ("tr", "az", "tk", "crh", "gag"):
        # Tebriz / Tebrizli (a man of Tabriz), Bakı / Bakılı: -li and its vowel forms, declined;
        # an office and its holder, title words capitalised in a name: Muğla Valisi (its
        # governor) / Valilik, Valiliği (the governorship)
        return frozenset(_LATIN_BASE) | {"si", "sı", "su", "sü", "ı", "ü"}, frozenset(_LATIN_DERIVED) | {
            f"{suffix}{e}" for suffix in ("li", "lı", "lu", "lü") for e in ("", "ler", "lar", "nin", "nın", "yi", "yı", "ye", "ya")} | {
            f"{suffix}{e}" for suffix in ("lik", "lık", "luk", "lük") for e in ("", "te", "ta", "ten", "tan")} | {
            f"{suffix}{e}" for suffix in ("liğ", "lığ", "luğ", "lüğ") for e in ("i", "ı", "u", "ü", "e", "a", "in", "ın",
                                                                          "ine", "ına", "inde", "ında")}
    if script == "Latin" and primary_language(lang) in ("nl", "af", "fy", "li"):
        return frozenset(_LATIN_BASE), frozenset(_LATIN_DERIVED) | {"se"}  # Rotterdam / Rotterdamse haven
    if script == "Latin" and primary_language(lang) == "en":
        # demonyms and languages in -i: Nepal / Nepali, Pakistan / Pakistani, Israel / Israelis
        return frozenset(_LATIN_BASE), frozenset(_LATIN_DERIVED) | {"i", "is"}
    if script == "Latin":
        return frozenset(_LATIN_BASE), frozenset(_LATIN_DERIVED)
    return frozenset(), frozenset()


# Czech, Slovak, Polish, Slovene, Croatian (Latin): a country or place and its adjective
# (Česko / s Českom / Českého ústavu, Polska / polskiego, Slovenija / slovenskega).
_WEST_SLAVIC_LATIN = frozenset({"cs", "sk", "pl", "sl", "hr", "bs", "hsb", "dsb"})
_SLAVIC_NOUN_ENDINGS = frozenset({"", "a", "o", "u", "e", "y", "i", "om", "ou", "em", "ě", "ie", "ą", "ę", "ija", "iji",
                                  "ijo", "ije", "ach", "ách"})
_SLAVIC_ADJ = ("ý", "á", "é", "ého", "ému", "ém", "ým", "ou", "ých", "ými", "ej", "ie", "iego", "iemu", "im", "ich",
               "imi", "ą", "i", "a", "o", "e", "u", "om", "og", "oj", "ega", "emu", "em", "ih", "imi")


@lru_cache(maxsize=262144)
def is_derivation(a: str, b: str, lang: str) -> bool:
    """Is one form derived from the other by a derivational suffix (``Mexico``/``Mexican``,
    ``Европа``/``Европейская``, ``Север``/``Северная``, ``ইন্দোনেশিয়া``/``ইন্দোনেশিয়``)? A
    name and its adjective or demonym, not a misspelling: the forms share a stem of at least
    four letters and differ only in their endings, one a base ending, the other a derivational
    suffix with an inflection. Case-insensitive."""
    fa, fb = fold(a), fold(b)
    if fa == fb or token_script(a) != token_script(b):
        return False
    if token_script(a) == "Latin" and unaccented(fa[:1]) == unaccented(fb[:1]):
        fa, fb = unaccented(fa[:1]) + fa[1:], unaccented(fb[:1]) + fb[1:]  # África / africano
    base, derived = _derivation_tails(lang, token_script(a))
    if not derived:
        return False
    arabic = token_script(a) == "Arabic"
    if arabic:  # the article and the prepositions written onto it: الإسرائيلية / إسرائيل
        fa, fb = _ARABIC_ARTICLE.sub("", fa), _ARABIC_ARTICLE.sub("", fb)
    p = _common_prefix(fa, fb)
    for k in range(p, 3, -1):
        ta, tb = fa[k:], fb[k:]
        if {ta, tb} & {"i", "is"} and (k < 5 or "" not in (ta, tb)):
            continue  # Nepal / Nepali, but Ross / Rossi are two surnames, Sergei / Sergey one
        if (ta in base and tb in derived) or (tb in base and ta in derived):
            return True
        if arabic and ta in derived and tb in derived:
            return True  # one nisba adjective, masculine and feminine: إسرائيلي / إسرائيلية
        if token_script(a) == "Cyrillic" and fa[k - 1] in "сзц" and (
                (ta in base and tb in _CYR_SIBILANT_K) or (tb in base and ta in _CYR_SIBILANT_K)):
            return True
        if token_script(a) == "Latin" and ((ta, tb) in _NOUN_PAIRS or (tb, ta) in _NOUN_PAIRS):
            return True
    return False


# A person and the office, capitalised in titles: Minister/Ministry, President/Presidency,
# Senator/Senate, Governor/Government, Secretary/Secretariat, Ministre/Ministère.
_NOUN_PAIRS = frozenset({("er", "ry"), ("ent", "ency"), ("ent", "ence"), ("or", "e"), ("or", "ment"),
                         ("y", "iat"), ("ist", "ism"), ("re", "ère"), ("er", "erium"), ("er", "erio")})


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


def _geminate_apart(a: str, b: str) -> bool:
    """Is one form the other with one consonant doubled (``Oltmans``/``Oltmanns``), not its
    first (Welsh ``Dafydd``/``Ddafydd`` is a mutation)?"""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    i = _common_prefix(short, long_)
    return (1 < i and long_[i] == long_[i - 1] and long_[i] not in "aeiouyáéíóúàèìòùäöüåæøœ"
            and long_[:i] + long_[i + 1:] == short)


def _letter_count(text: str) -> int:
    """Characters that are not combining marks (vowel signs, viramas, accents written apart)."""
    return sum(1 for ch in text if unicodedata.category(ch) not in ("Mn", "Mc"))


def common_prefix(a: str, b: str) -> int:
    """Length of the beginning two strings share."""
    return _common_prefix(a, b)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


# dzh before zh: Джастин (dzhastin) must meet Justin, not Dustin
_DIGRAPHS = (("dzh", "j"), ("tch", "k"), ("sch", "s"), ("ch", "k"), ("ck", "k"), ("sh", "s"), ("zh", "s"),
             ("kh", "k"), ("ph", "f"), ("th", "t"), ("ts", "s"), ("tz", "s"), ("dj", "j"))
_MAP = str.maketrans({"c": "k", "q": "k", "x": "k", "z": "s", "w": "v", "y": "i"})


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
def strip_inflection(form: str, lang: str) -> str:
    """The form without its longest known inflection suffix, keeping at least 3 letters."""
    script = token_script(form)
    suf = inflection_suffixes(lang, script)
    least = 2 if script == "Hangul" else 3  # a Hangul letter is a whole syllable: 손턴은 is 손턴
    best = form
    for s in suf:
        if s and form.endswith(s) and len(form) - len(s) >= least and len(form) - len(s) < len(best):
            best = form[: len(form) - len(s)]
    return best


_GEMINATE = re.compile(r"([kpt])\1")
_STEMMED_SCRIPTS = frozenset({"Cyrillic", "Bengali", "Devanagari", "Oriya", "Gujarati", "Gurmukhi", "Hangul"})


@lru_cache(maxsize=65536)
def name_stem(form: str, lang: str) -> str:
    """The part of a name mention compared across spellings. In scripts where case endings
    are written onto the name (Russian ``Осечкину``, Bengali ``ওসেককিনকে``) the ending is
    stripped; elsewhere the form is kept, since ``Paris`` or ``Putin`` only look inflected."""
    if token_script(form) in _STEMMED_SCRIPTS:
        return strip_inflection(form, lang)
    m = _APOSTROPHE_SUFFIX.fullmatch(form)
    if m:  # İstanbul'da, Erdoğan'ın: Turkish writes a name's case ending after an apostrophe
        return m.group(1)
    return strip_article(form)


_APOSTROPHE_SUFFIX = re.compile(r"(\w{3,}?)['’][^\W\d_A-Z]{1,5}")


_ARABIC_ARTICLES = ("وال", "بال", "فال", "ال")


def strip_article(form: str) -> str:
    """An Arabic name without the article written onto it (الصبيحي is al-Subaihi: the
    article is not the name); other forms unchanged."""
    if len(form) > 4 and token_script(form) == "Arabic":
        for article in _ARABIC_ARTICLES:
            if form.startswith(article) and len(form) - len(article) >= 3:
                return form[len(article) :]
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
    mutating = primary_language(lang) in MUTATIONS
    belarusian = primary_language(lang) == "be"  # Пятрусь / Петруся must meet
    for f in forms:
        # (a mutated form is also blocked with its radicals: Mhurchú with Murchú)
        if mutating:
            keys = {r[:3] for r in radicals(f, lang)}
        elif belarusian:
            keys = {fold(f)[:3].translate(_BE_BLOCK)}
        else:  # (a Hangul letter is a syllable: 손턴 blocks with 손턴은)
            keys = {fold(f)[: 2 if token_script(f) == "Hangul" else 3]}
        if primary_language(lang) in ("gd", "ga", "gv") and fold(f)[:4] in ("mhic", "mhac"):
            keys.add("mac")  # MhicDhòmhnaill meets MacDhòmhnaill
        if token_script(f) in _PROCLITICS:  # and after one or two prefix letters: בבנק with בנק
            keys |= {fold(f)[k : k + 3] for k in (1, 2) if len(f) - k >= 3}
        if primary_language(lang) in _BANTU_PREFIXES:  # and after a prefix before a capital: VaShumba
            keys |= {fold(f)[k : k + 3] for k in range(1, 5) if k < len(f) and f[k].isupper()}
        for key in keys:
            blocks.setdefault(key, []).append(f)
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


_XDIGRAPHS = (("tch", "k"), ("tsh", "k"), ("sch", "s"), ("ch", "k"), ("ck", "k"), ("sh", "s"), ("zh", "s"),
              ("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("bh", "b"),
              ("ts", "s"), ("tz", "s"), ("ng", "n"))
_XMAP = str.maketrans({"c": "k", "q": "k", "x": "k", "z": "s", "j": "s", "v": "b", "w": "", "y": ""})


@lru_cache(maxsize=65536)
def cross_key(text: str) -> str:
    """A looser consonant skeleton for matching a name across scripts whose transliterations
    differ in vowels, glides and sibilants: ``Newsweek`` and ``নিউজউইক`` (``niujuik``) both
    give ``nsk``; ``Russia`` and ``রাশিয়া`` give ``rs``; Arabic ``تش`` (``tsh``) is the ``ch`` of
    ``Kordić`` (``krdk``)."""
    s = name_norm(text)
    for src, dst in _XDIGRAPHS:
        s = s.replace(src, dst)
    s = "".join(c for c in s.translate(_XMAP) if c not in "aeiouh")
    return "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])



_POSTVOCALIC_R = re.compile(r"(?<=[aeiouy])r+(?![aeiouy])")


def loan_keys(text: str) -> frozenset[str]:
    """Cross keys of a Latin-script name as Korean and Japanese write it, by its English sound:
    ``r`` after a vowel is silent (Carter is カーター, Garner 가너) and ``th`` is an s or a t
    (Thornton is 손턴, Smith スミス, Thompson 톰슨). Lateral and rhotic are one consonant
    there, so ``l`` is read as ``r`` on both sides."""
    s = _POSTVOCALIC_R.sub("", name_norm(text))
    return frozenset(cross_key(s.replace("th", x)).replace("l", "r") for x in ("s", "t"))
