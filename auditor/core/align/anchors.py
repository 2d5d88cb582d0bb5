"""Language-neutral sentence features for alignment: numbers, name/cognate keys, punctuation.

Every sentence becomes a set of string features. Features shared by a source and a target
sentence are evidence that they translate each other:

* ``#<digits>``: a number after normalising digit scripts (``১৭`` → ``17``);
* ``k:<key>``: a consonant skeleton of the word's Latin transliteration, so that cognates and
  names match across spelling systems (``Осечкин`` / ``Osechkin`` → ``sk..``); short skeletons
  are skipped because they collide by chance;
* ``w:<word>``: the lower-cased transliterated word itself (exact matches of names, loanwords,
  and, when a translation of the source is provided, of translated words);
* ``p:<mark>``: question and exclamation marks, quotes, brackets, colons (a class per mark, all
  quote styles folded together).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby

from anyascii import anyascii

from auditor.core.normalize import fold
from auditor.core.number_words import SCALES
from auditor.core.weekdays import any_language_day


def _mark_class() -> str:
    # Python's \w omits combining marks (Bengali and Devanagari vowel signs), which would split
    # words in the middle; collect the marks of the scripts that use them.
    ranges = [(0x0300, 0x2000), (0x20D0, 0x2100), (0xA8E0, 0xAB00), (0xFE20, 0xFE30)]
    chars = [
        chr(c) for lo, hi in ranges for c in range(lo, hi) if unicodedata.category(chr(c)).startswith("M")
    ]
    return "".join(re.escape(c) for c in chars)


class _AsciiTable(dict[int, str]):
    """anyascii as a ``str.translate`` table, filled on first use of each code point.

    anyascii maps code point by code point, so translating with this table gives the same
    result as ``anyascii(text)`` at C speed once the document's characters have been seen.
    """

    def __missing__(self, key: int) -> str:
        value = anyascii(chr(key))
        self[key] = value
        return value


_ASCII = _AsciiTable()


def transliterate(word: str) -> str:
    """Lower-cased Latin-ASCII form of a word; same result as ``normalize.transliterate``."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFC", word).translate(_ASCII).lower()


def _digit_table() -> dict[int, str]:
    # Same mapping as normalize.digits_to_ascii, as a str.translate table (much faster per text).
    table: dict[int, str] = {}
    for lo, hi in ((0x0660, 0x1C60), (0xA620, 0xAA60), (0xFF10, 0xFF1A), (0x104A0, 0x104AA), (0x1D7CE, 0x1D800)):
        for c in range(lo, hi):
            d = unicodedata.decimal(chr(c), None)
            if d is not None:
                table[c] = str(d)
    table[0x066B] = "."  # the Arabic decimal separator: ٢٦٫٨ is 26.8, not 26 and 8
    table[0x066C] = ","  # and its thousands separator
    return table


_MARKS = _mark_class()
_DIGITS = _digit_table()
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of any script but ASCII
WORD = re.compile(rf"[^\W\d_][\w{_MARKS}]*|\d+(?:[.,:]\d+)*")
_PUNCT = {
    "?": "?", "¿": "?", "？": "?", "!": "!", "¡": "!", "！": "!", ":": ":", "：": ":",
    "(": "(", "（": "(", "[": "[", "{": "(", ";": ";", "…": "…",
    '"': "q", "“": "q", "”": "q", "„": "q", "«": "q", "»": "q", "‘": "q", "‹": "q", "›": "q",
    "「": "q", "」": "q", "『": "q", "』": "q", "-": "-", "–": "-", "—": "-",
}
# Fold look-alike consonants together and drop vowels (and h), so spellings of one name meet.
_FOLD = str.maketrans({"c": "k", "q": "k", "w": "v", "z": "s", "x": "ks", "j": "g", "h": "",
                       "a": "", "e": "", "i": "", "o": "", "u": "", "y": ""})


_NON_AZ = str.maketrans({chr(c): None for c in range(128) if not ("a" <= chr(c) <= "z")})


def _skeleton(latin: str) -> str:
    latin = latin.translate(_NON_AZ)
    latin = latin.replace("dzh", "j").replace("dj", "j").replace("ph", "f").replace("th", "t")
    latin = latin.replace("ck", "k").translate(_FOLD)
    return "".join(k for k, _ in groupby(latin))[:4] if len(latin) > 1 else latin


_NON_AZ_BAR = str.maketrans({chr(c): None for c in range(128) if not ("a" <= chr(c) <= "z" or chr(c) == "|")})
_RUN_OF_ONE = re.compile(r"([a-z])\1+")


def _skeletons(latins: Sequence[str]) -> list[str]:
    """``_skeleton`` of many words in a few passes over one joined string (the words hold
    no ``|``: they are transliterated letters)."""
    joined = "|".join(latins).translate(_NON_AZ_BAR)
    joined = joined.replace("dzh", "j").replace("dj", "j").replace("ph", "f").replace("th", "t")
    joined = _RUN_OF_ONE.sub(r"\1", joined.replace("ck", "k").translate(_FOLD))
    return [w[:4] for w in joined.split("|")]


def analyse_words(words: Sequence[str]) -> list[tuple[tuple[str, ...], str]]:
    """``analyse_word`` of many words, the transliteration and skeletons in bulk (what a
    document's thousands of distinct words cost is mostly per-call overhead)."""
    latins = [transliterate(w) if not w[0].isdigit() else "" for w in words]
    if any("|" in x for x in latins):
        return [analyse_word(w) for w in words]
    keys = _skeletons(latins)
    out: list[tuple[tuple[str, ...], str]] = []
    for word, latin, key in zip(words, latins, keys, strict=True):
        if word[0].isdigit():
            out.append(analyse_word(word))
            continue
        feats: tuple[str, ...] = (f"w:{latin[:7]}",) if len(latin) >= 3 else ()
        day = any_language_day(word) if word[0].isalpha() and len(word) >= 4 else 0
        if day:
            feats += (f"#d{day}",)
        stem = latin[:5] if len(latin) >= 2 else ""
        if _NOT_PHONETIC.match(word):
            out.append((feats, stem))
            continue
        if len(key) >= 3 or (len(key) == 2 and word[0].isupper()):
            feats += (f"k:{key}",)
        out.append((feats, stem))
    return out


def skeleton(word: str) -> str:
    """Consonant skeleton of a word's transliteration: ``Moscow`` and ``Москва`` → ``mskv``."""
    return _skeleton(transliterate(word))


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[tuple[str, ...], str]:
    """The anchor features of one word token and its dictionary stem ('' if none)."""
    if word[0].isdigit():
        digits = "".join(ch for ch in word if ch.isdigit()).lstrip("0") or "0"
        return (f"#{digits}",), ""
    latin = transliterate(word)
    key = _skeleton(latin)
    if len(latin) >= 3:
        feats: tuple[str, ...] = (f"w:{latin[:7]}",)
    else:
        feats = ()
    day = any_language_day(word) if word[0].isalpha() and len(word) >= 4 else 0
    if day:
        feats += (f"#d{day}",)  # Tuesday, mardi, вторник: a day of the week, like a number
    if _NOT_PHONETIC.match(word):
        # Han is not spelt by sound (its pinyin says nothing of a Japanese reading or an
        # English word) and hiragana runs are grammar: their keys would only collide by chance.
        return feats, (latin[:5] if len(latin) >= 2 else "")
    if len(key) >= 3 or (len(key) == 2 and word[0].isupper()):
        # Two-consonant keys collide often by chance; keep them for capitalised words (names).
        feats += (f"k:{key}",)
    return feats, (latin[:5] if len(latin) >= 2 else "")


def word_features(word: str) -> tuple[str, ...]:
    """Features of one word token (see module docstring)."""
    return analyse_word(word)[0]


# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
_UNSPACED = "\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f"
_NOT_PHONETIC = re.compile("[\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAS_UNSPACED = re.compile(f"[{_UNSPACED}]")
# In such text a "word" runs to the next punctuation mark; cut it where the script changes,
# so numbers (台風10号, 30日), Latin names (JR東海) and katakana loanwords stand alone.
_RUNS = re.compile(
    rf"\d+(?:[.,:]\d+)*|[\u3040-\u309f]+|[\u30a0-\u30ff]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
    rf"|[\u0e00-\u0eff]+|[\u1780-\u17ff]+|[\u1000-\u109f]+|[^\d{_UNSPACED}]+"
)


# A number with a CJK myriad and a remainder (6万2000, 1万2千 is read by words): one number, as
# 62,000 is. A bare myriad (8,500만, 1.2万) keeps its digits too: other languages say it with
# a scale word of their own (85 million), which the aligner reads as its digits alone.
_MYRIAD = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?([万萬만億亿억])"
                     # the rest under the myriad: 17만8천32 (8 thousand 32), 2万3千, or plain digits
                     r"(?:\s?(\d,\d{3}(?![\d.,])|\d{1,4}(?![\d.,万萬만億亿억천千])|\d\s?[천千](?:\s?\d{1,3}(?![\d.,]))?))?")
# Korean thousands said apart: 2천848표 (2,848 votes)
_KO_THOUSAND = re.compile(r"(?<![\d.,])(\d)\s?천(?:\s?(\d{1,3})(?![\d.,]))?")
_MYRIAD_VALUE = {"万": 10_000, "萬": 10_000, "만": 10_000, "億": 100_000_000, "亿": 100_000_000, "억": 100_000_000}


def _rest(part: str | None) -> float:
    """The value under a myriad: ``32``, ``8천32`` (8,032), ``3千``."""
    if not part:
        return 0.0
    m = re.fullmatch(r"(\d)\s?[천千]\s?(\d{1,3})?", part.strip())
    if m:
        return 1000.0 * int(m.group(1)) + float(m.group(2) or 0)
    return float(part.replace(",", ""))  # 1만 2,400


def _myriad(m: re.Match[str]) -> str:
    lead = m.group(1).replace(",", "")
    value = float(lead) * _MYRIAD_VALUE[m.group(2)] + _rest(m.group(3))
    if value != int(value):
        return m.group()
    if m.group(3):
        return f" {value:.0f} "
    return f" {lead} {value:.0f} "


# South Asian numbers said in parts: २६ हजार ५ सय ५७ = 26,557, ৬২ কোটি ৫০ লাখ = 625 million. The
# whole is one anchor, and a large whole is also read in millions and billions, as English
# gives it (Rs 625 million: the aligner reads "625" alone).
_INDIC_SCALE = {"सय": 100, "सौ": 100, "हजार": 1_000, "हज़ार": 1_000, "लाख": 100_000, "करोड": 10_000_000,
                "करोड़": 10_000_000, "হাজার": 1_000, "লাখ": 100_000, "লক্ষ": 100_000, "কোটি": 10_000_000,
                # Urdu and Sindhi: ۴ کروڑ ۸۰ لاکھ, ۲ ڪروڙ ۷۵ لک
                "ہزار": 1_000, "هزار": 1_000, "لاکھ": 100_000, "لک": 100_000, "کروڑ": 10_000_000,
                "ڪروڙ": 10_000_000, "سئو": 100}
_INDIC_PART = rf"\d+(?:\.\d+)?\s?(?:{'|'.join(sorted(_INDIC_SCALE, key=len, reverse=True))})"
_INDIC = re.compile(rf"{_INDIC_PART}(?:\s{_INDIC_PART})*(?:\s\d+(?![\d.,]))?")
_INDIC_PIECE = re.compile(rf"(\d+(?:\.\d+)?)\s?({'|'.join(sorted(_INDIC_SCALE, key=len, reverse=True))})?")


def _indic(m: re.Match[str]) -> str:
    value, last = 0.0, float("inf")
    for piece in _INDIC_PIECE.finditer(m.group()):
        scale = _INDIC_SCALE[piece.group(2)] if piece.group(2) else 1
        if scale >= last:
            return m.group()  # not one number said in falling parts
        value, last = value + float(piece.group(1)) * scale, scale
    if value != int(value):
        return m.group()
    out = [f"{value:.0f}"]
    out += [f"{value / unit:g}" for unit in (1e6, 1e9) if value >= unit and value % (unit / 10) == 0]
    return " " + " ".join(out) + " "


# 21 450, 2 740: thousands grouped by a space (French, Russian, Kinyarwanda …) are one number
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]\d)")


def _joined(m: re.Match[str]) -> str:
    return re.sub(r"[ \u00a0\u202f\u2009]", "", m.group())


# A digit before a space or a myriad: the only places the two rewrites above can apply (one
# cheap scan instead of two full ones: tokens() reads every sentence of a 100k-sentence book).
_MAYBE_GROUPED = re.compile("\\d[ \u00a0\u202f\u2009万萬만億亿억]")
_MAYBE_SCALED = re.compile(r"\d[ \u00a0-]?[^\W\d_]")
_MAYBE_INDIC = re.compile("\\d ?[सहलकহলকہهلکڪس]")


# A number and the scale word after it (6.2 million, 45 milliards, 3,5 млрд) also give the
# whole amount: the other side may write it in digits or with a myriad (620万, 4600만).
_NUMBER_THEN_WORD = re.compile(r"(\d+(?:[.,]\d+)*)[ \u00a0-]?([^\W\d_]+)")
_SCALE_WORDS = {w: v for w, v in SCALES.items()
                if v >= 1000 and w.isalpha() and (len(w) >= 4 or not w.isascii() or w in ("mn", "bn", "mln"))}
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def _scaled(text: str) -> list[str]:
    """The whole amounts of the numbers followed by a scale word, as digit tokens."""
    out: list[str] = []
    for m in _NUMBER_THEN_WORD.finditer(text):
        scale = _SCALE_WORDS.get(fold(m.group(2)))  # (SCALES' keys are case-folded)
        if scale is None:
            continue
        digits = m.group(1)
        if _THOUSANDS.fullmatch(digits):  # 1,500 million; 1.500 Millionen
            value = float(re.sub(r"[.,]", "", digits))
        else:
            try:
                value = float(digits.replace(",", "."))
            except ValueError:
                continue
        value *= scale
        if value == int(value) and value < 1e16:
            out.append(f"{value:.0f}")
    return out


# 3割, 七成 → 30: tenths, how Japanese and Chinese give a share (other languages say 30%)
_TENTHS = re.compile(r"(?<![\d.])(\d)\s?[割成](?![员員功立长長為为就果本交績绩人年])")
# A digit right after a character of an unspaced script: 占地1.8公顷 reads 1.8, not 占地1 and 8.
_UNSPACED_BEFORE_DIGIT = re.compile(f"(?<=[{_UNSPACED}])(?=\\d)")


def tokens(text: str) -> list[str]:
    """Word and number tokens of a sentence, digits already ASCII."""
    if text.isascii():
        if _MAYBE_GROUPED.search(text):
            text = _SPACE_GROUPED.sub(_joined, text)
        found = WORD.findall(text)
        return found + _scaled(text) if _MAYBE_SCALED.search(text) else found
    if _OTHER_DIGIT.search(text):
        text = text.translate(_DIGITS)
    if _MAYBE_GROUPED.search(text):
        text = _MYRIAD.sub(_myriad, _SPACE_GROUPED.sub(_joined, text))
        if _MAYBE_INDIC.search(text):
            text = _INDIC.sub(_indic, text)
    if "천" in text:
        text = _KO_THOUSAND.sub(lambda k: f" {1000 * int(k.group(1)) + int(k.group(2) or 0)} ", text)
    unspaced = _HAS_UNSPACED.search(text) is not None
    if unspaced:
        text = _UNSPACED_BEFORE_DIGIT.sub(" ", text)
    found = WORD.findall(text)
    if _MAYBE_SCALED.search(text):
        found += _scaled(text)
    if not unspaced:
        return found
    if "割" in text or "成" in text:
        found += [str(10 * int(m.group(1))) for m in _TENTHS.finditer(text)]
    return [run for tok in found for run in (_RUNS.findall(tok) if _HAS_UNSPACED.search(tok) else (tok,))]


def stem(word: str) -> str:
    """Lower-cased transliterated word prefix, the unit of the learnt dictionary ('' if none)."""
    return analyse_word(word)[1]


def stems(text: str) -> list[str]:
    """The dictionary units of a sentence."""
    return [s for s in map(stem, tokens(text)) if s]


_PUNCT_RE = re.compile("[" + re.escape("".join(_PUNCT)) + "]")


# A hyphen between two word characters joins a compound ("45-year-old", "из-за"): spelling,
# not punctuation a translation carries over. Only a free-standing one is a dash.
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def punctuation_features(text: str) -> list[str]:
    """One ``p:`` feature per distinctive punctuation class present in the text, and which
    quote marks it has: ``p:q<`` an opening one, ``p:q>`` a closing one. A quotation running
    across sentences opens in one (“We played patiently …) and closes in another (… a single
    moment,” he said), which their translations do too; a sentence split in two keeps both
    between its halves."""
    if "-" in text:
        text = _WORD_HYPHEN.sub("", text)
    out = [f"p:{c}" for c in {_PUNCT[ch] for ch in _PUNCT_RE.findall(text)}]
    ends = {"p:q<" if _opens(text, m.start()) else "p:q>" for m in _QUOTE_RE.finditer(text)}
    return out + sorted(ends)


def _opens(text: str, i: int) -> bool:
    """Does the quote mark at ``i`` open a quotation? By its neighbours, so that every
    language's marks are read alike (“…”, „…“, «…», »…«, ”…”): a mark after a space or at
    the start, with a letter after it, opens; one after a letter or punctuation closes. French
    spacing (« Oui ») leaves the glyph to say, as do CJK corner brackets."""
    if text[i] in "「『„":
        return True  # openers in every language that uses them (CJK text has no spaces to go by)
    if text[i] in "」』":
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before.isspace() or before in "([{—–-"):
        return False
    return after.isalnum() or text[i] in "«“‹‘"


_QUOTE_RE = re.compile("[" + re.escape("".join(ch for ch, c in _PUNCT.items() if c == "q")) + "]")


def sentence_features(text: str) -> set[str]:
    """The anchor features of one sentence."""
    feats: set[str] = set()
    toks = tokens(text)
    for tok in toks:
        feats.update(word_features(tok))
    if len(toks) <= 3:
        feats.update(roman_features(toks))
    feats.update(punctuation_features(text))
    return feats


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_features(toks: list[str]) -> list[str]:
    """Chapter numbers such as ``CHAPTER II`` / ``II``, only in short (heading) lines."""
    out = []
    for tok in toks:
        if tok.isupper() and all(ch in _ROMAN for ch in tok):
            vals = [_ROMAN[ch] for ch in tok]
            total = sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))
            out.append(f"#{total}")
    return out
