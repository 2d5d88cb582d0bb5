"""Matching-only text normalisation: digit scripts, transliteration, scripts of characters.

None of this changes a witness's text; callers map results back to original offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Decimal digits of every script map to ASCII through unicodedata.decimal, which covers
# Bengali ০-৯, Devanagari ०-९, Arabic-Indic ٠-٩, full-width ０-９ and the rest.


def digits_to_ascii(text: str) -> str:
    """Replace every decimal digit of any script by its ASCII digit; same length as the input."""
    if text.isascii() or not _OTHER_DIGIT.search(text):  # fast paths: nothing to replace
        return text
    return text.translate(_DIGITS)


# A decimal digit outside ASCII: one C-speed scan spares str.translate (slow on non-ASCII text).
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


class _DigitTable(dict):  # type: ignore[type-arg]
    """``str.translate`` table filled on first sight of each character (C-speed scan)."""

    def __missing__(self, o: int) -> str:
        ch = chr(o)
        d = unicodedata.decimal(ch, None) if ch.isdecimal() and not ("0" <= ch <= "9") else None
        value = str(d) if d is not None else ch
        self[o] = value
        return value


_DIGITS = _DigitTable()


def fold(text: str) -> str:
    """Case-folded NFKC form for comparisons (not length-preserving)."""
    # Most calls fold one word, and words repeat: those are memoised; long texts are not kept.
    return _fold_word(text) if len(text) <= 48 else unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=262_144)
def _fold_word(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


# Gemination marks anyascii drops: Gurmukhi addak doubles the consonant after it, Arabic
# shadda the one before it. Without them ਢਿੱਲੋਂ reads dhilom and votes for Dhilon, not Dhillon.
_ADDAK = re.compile("\u0a71([^\u0a16\u0a18\u0a1b\u0a1d\u0a20\u0a22\u0a25\u0a27\u0a2b\u0a2d\\W])")
_SHADDA = re.compile("(\\w)\u0651")
# A Hangul syllable closed by ㅅ before another consonant: in a loanword the ㅅ doubles that
# consonant (홋카이도 Hokkaido, 삿포로 Sapporo), where anyascii writes an s (hoskaido).
_HANGUL_S_FINAL = "".join(chr(0xAC00 + 28 * k + 19) for k in range(19 * 21))
_HANGUL_GEMINATE = re.compile(f"([{_HANGUL_S_FINAL}])(?=([\uac00-\ud7a3]))")


def _geminate(m: re.Match[str]) -> str:
    after = m.group(2)
    if (ord(after) - 0xAC00) // 588 == 11:  # ㅇ: no consonant to double (옷을 is oseul)
        return m.group(1)
    return chr(ord(m.group(1)) - 19) + anyascii(after)[0]


# Thai and Lao vowels written before the consonant they follow in speech (แพง is phaeng).
_PREPOSED = re.compile("([\u0e40-\u0e44\u0ec0-\u0ec4])([\u0e01-\u0e2e\u0e81-\u0eae])")


@lru_cache(maxsize=65536)
def transliterate(text: str) -> str:
    """Latin-ASCII transliteration for cross-script name matching (anyascii), lower-cased."""
    text = unicodedata.normalize("NFC", text)
    if "\u0a71" in text:
        # an aspirate is doubled by its plain consonant (ਸਿੱਧੂ Siddhu); Sidhu is the usual spelling
        text = _ADDAK.sub("\\1\u0a4d\\1", text).replace("\u0a71", "")
    if "\u0651" in text:
        text = _SHADDA.sub("\\1\\1", text)
    if _HANGUL_GEMINATE.search(text):
        text = _HANGUL_GEMINATE.sub(_geminate, text)
    if _PREPOSED.search(text):
        # and Lao ແ is the ae of Thai แ, though anyascii writes it e (ຄຳແພງ Khamphaeng)
        text = _PREPOSED.sub("\\2\\1", text).replace("\u0ec1", "\u0e41")
    return anyascii(text).lower()


@lru_cache(maxsize=4096)
def char_script(ch: str) -> str:
    """A coarse script name for one character: Latin, Bengali, Cyrillic, Han, … or Common."""
    if not ch.isalpha() and not unicodedata.category(ch).startswith("M"):
        return "Common"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "Unknown"
    first = name.split(" ", 1)[0]
    if first in {"CJK", "IDEOGRAPHIC"}:
        return "Han"
    if first in {"HIRAGANA", "KATAKANA"}:
        return "Kana"
    if first == "HANGUL":
        return "Hangul"
    if first in {"FULLWIDTH", "HALFWIDTH"}:
        return "Latin" if "LATIN" in name else ("Kana" if "KATAKANA" in name else "Common")
    if first == "MODIFIER" or first == "COMBINING":
        return "Inherited"
    return first.capitalize()


# Scripts expected in a witness of a given language (primary subtag). Anything else is foreign.
LANG_SCRIPTS: dict[str, frozenset[str]] = {
    "en": frozenset({"Latin"}),
    "de": frozenset({"Latin"}),
    "fr": frozenset({"Latin"}),
    "es": frozenset({"Latin"}),
    "it": frozenset({"Latin"}),
    "pt": frozenset({"Latin"}),
    "is": frozenset({"Latin"}),
    "nl": frozenset({"Latin"}),
    "pl": frozenset({"Latin"}),
    "cs": frozenset({"Latin"}),
    "tr": frozenset({"Latin"}),
    "vi": frozenset({"Latin"}),
    "id": frozenset({"Latin"}),
    "ru": frozenset({"Cyrillic"}),
    "uk": frozenset({"Cyrillic"}),
    "bg": frozenset({"Cyrillic"}),
    "sr": frozenset({"Cyrillic", "Latin"}),
    "bn": frozenset({"Bengali"}),
    "as": frozenset({"Bengali"}),
    "hi": frozenset({"Devanagari"}),
    "mr": frozenset({"Devanagari"}),
    "ne": frozenset({"Devanagari"}),
    "ar": frozenset({"Arabic"}),
    "fa": frozenset({"Arabic"}),
    "ur": frozenset({"Arabic"}),
    "he": frozenset({"Hebrew"}),
    "el": frozenset({"Greek"}),
    "ja": frozenset({"Han", "Kana"}),
    "zh": frozenset({"Han"}),
    "ko": frozenset({"Hangul", "Han"}),
    "th": frozenset({"Thai"}),
    "ta": frozenset({"Tamil"}),
    "ka": frozenset({"Georgian"}),
    "hy": frozenset({"Armenian"}),
}
_MORE_SCRIPTS = {
    "Latin": "af sq az eu bs ca hr da et fi gl ha hu ig ga lv lt lb mt ms mi nb no nn ro gd sk sl so sw "
             "sv tl fil tk uz cy xh yo zu eo la jv su ceb qu ht rw sn ny mg sm to ku om ln lg wo ff fo br "
             "co fy oc rm se",
    "Cyrillic": "be kk ky mk mn tg tt ba cv ce os",
    "Arabic": "ps sd ug ckb ks",
    "Hebrew": "yi",
    "Devanagari": "sa mai bho new kok doi",
    "Bengali": "mni",
    "Gurmukhi": "pa",
    "Gujarati": "gu",
    "Oriya": "or",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Sinhala": "si",
    "Lao": "lo",
    "Khmer": "km",
    "Myanmar": "my",
    "Tibetan": "bo dz",
    "Ethiopic": "am ti",
    "Thaana": "dv",
    "Han": "yue wuu",
}
for _script, _langs in _MORE_SCRIPTS.items():
    for _lang in _langs.split():
        LANG_SCRIPTS.setdefault(_lang, frozenset({_script}))


def known_language(lang: str) -> bool:
    """Does the tag name a language whose scripts are known (or an explicit script subtag)?"""
    return primary_language(lang) in LANG_SCRIPTS or any(
        len(sub) == 4 and sub.isalpha() for sub in lang.split("-")[1:])


def dominant_script(text: str) -> str:
    """The script most of the text's letters are written in ("Latin" for a text without letters)."""
    counts: dict[str, int] = {}
    for ch in text[:20000]:
        if ch.isalpha():
            sc = char_script(ch)
            counts[sc] = counts.get(sc, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else "Latin"


def mostly_other_scripts(text: str, own: frozenset[str]) -> bool:
    """Is most of the text (over 60 % of its letters) written in scripts other than ``own``: an
    English quotation a Hindi translation left, which a back-translation into English copies?"""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(char_script(ch) not in own for ch in letters) > 0.6 * len(letters)


def witness_scripts(lang: str, text: str) -> frozenset[str]:
    """``expected_scripts`` of a witness; for a language the table does not know, the script its
    own text is mostly written in (an Amharic witness tagged with an unlisted code is not all
    "foreign" to itself)."""
    return expected_scripts(lang) if known_language(lang) else frozenset({dominant_script(text)})


# Languages close enough that a careful translation between them repeats many words and
# phrases of its source (Spanish "de la semifinal" is Catalan too).
_CLOSE: tuple[frozenset[str], ...] = (
    frozenset({"es", "ca", "gl", "pt", "ast"}), frozenset({"cs", "sk"}), frozenset({"da", "no", "nb", "nn", "sv"}),
    frozenset({"ru", "uk", "be"}), frozenset({"ms", "id", "jv", "su"}), frozenset({"sr", "hr", "bs", "me", "sh"}),
    frozenset({"bg", "mk"}), frozenset({"hi", "ur"}), frozenset({"hi", "mai", "bho", "mag", "awa"}), frozenset({"fa", "prs", "tg"}), frozenset({"nl", "af"}),
    frozenset({"tr", "az"}), frozenset({"kk", "ky"}), frozenset({"th", "lo"}),
)


def close_languages(a: str, b: str) -> bool:
    """Two different languages of one close group (Spanish and Catalan, Czech and Slovak …)."""
    pa, pb = primary_language(a), primary_language(b)
    return pa != pb and any(pa in g and pb in g for g in _CLOSE)


@lru_cache(maxsize=1024)
def primary_language(lang: str) -> str:
    """The primary subtag of a BCP 47 tag, lower-cased: ``bn-BD`` → ``bn``. A three-letter
    ISO 639-2/3 code of a language that has a two-letter one is read as that (``ben`` → ``bn``,
    ``deu``/``ger`` → ``de``), as BCP 47 itself prescribes the shorter code."""
    head = lang.split("-", 1)[0].lower()
    return _ISO3.get(head, head)


_ISO3 = dict(pair.split(":") for pair in (
    "eng:en ben:bn rus:ru deu:de ger:de fra:fr fre:fr spa:es por:pt ita:it nld:nl dut:nl isl:is ice:is "
    "pol:pl ces:cs cze:cs slk:sk slo:sk tur:tr vie:vi ind:id msa:ms may:ms ukr:uk bel:be bul:bg srp:sr "
    "hrv:hr bos:bs slv:sl mkd:mk mac:mk ron:ro rum:ro hun:hu fin:fi est:et lav:lv lit:lt swe:sv dan:da "
    "nor:no nob:nb nno:nn cat:ca glg:gl eus:eu baq:eu ell:el gre:el hin:hi mar:mr nep:ne pan:pa guj:gu "
    "ori:or tel:te kan:kn mal:ml sin:si tam:ta asm:as urd:ur ara:ar fas:fa per:fa pus:ps heb:he yid:yi "
    "jpn:ja zho:zh chi:zh kor:ko tha:th lao:lo khm:km mya:my bur:my kat:ka geo:ka hye:hy arm:hy amh:am "
    "tir:ti kaz:kk kir:ky uzb:uz tgk:tg tat:tt mon:mn swa:sw hau:ha yor:yo ibo:ig zul:zu xho:xh som:so "
    "afr:af tgl:tl fil:tl sqi:sq alb:sq aze:az").split())


@lru_cache(maxsize=1024)
def expected_scripts(lang: str) -> frozenset[str]:
    """Scripts native to a language; Latin for unknown languages, since that is safest."""
    tag = lang.split("-")
    for sub in tag[1:]:
        if len(sub) == 4 and sub.isalpha():  # explicit script subtag, e.g. sr-Latn
            return frozenset({_SCRIPT_SUBTAGS.get(sub.title(), sub.title())})
    return LANG_SCRIPTS.get(primary_language(lang), frozenset({"Latin"}))


_SCRIPT_SUBTAGS = {
    "Latn": "Latin", "Cyrl": "Cyrillic", "Beng": "Bengali", "Deva": "Devanagari",
    "Arab": "Arabic", "Hebr": "Hebrew", "Grek": "Greek", "Hans": "Han", "Hant": "Han",
    "Jpan": "Han", "Kore": "Hangul", "Thai": "Thai", "Taml": "Tamil", "Ethi": "Ethiopic", "Geor": "Georgian",
    "Armn": "Armenian", "Guru": "Gurmukhi", "Gujr": "Gujarati", "Orya": "Oriya", "Telu": "Telugu",
    "Knda": "Kannada", "Mlym": "Malayalam", "Sinh": "Sinhala", "Laoo": "Lao", "Khmr": "Khmer",
    "Mymr": "Myanmar", "Tibt": "Tibetan", "Thaa": "Thaana",
}
