"""Numbers written with words: number words and their compounds, Roman numerals, and the
scale words and characters that multiply a digit (``2 million``, ``২০ লাখ``, ``4.1万亿``).

Split from ``numbers``, which finds the quantities of a text; these read one word, or the
words next to a number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from auditor.core.names import Token, word_tokens
from auditor.core.normalize import fold
from auditor.core.number_words import (
    LONG_SCALES,
    NO_ENDINGS,
    NOT_SCALES,
    PREFIX_SCALES,
    SCALE_CHARS,
    SCALES,
    UNSPACED_SCALES,
    WORDS,
)

# French typesetting puts a narrow no-break space between a number and its word (1,5 million).
_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009", "\u2007"})


def compound_words(text: str, tokens: Sequence[Token], lang0: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of tens-and-unit number words read as one number: ``forty-eight``,
    ``сорока восьми``, ``achtundvierzig``, ``اثنا عشر``, Igbo ``otu narị na iri abụọ`` (120)."""
    if lang0 == "ig":
        yield from _igbo_numbers(text)
        return
    if lang0 == "la":
        yield from _additive_numbers(text, tokens, lang0)
    if lang0 in _MULTIPLIED_FIRST:
        yield from _multiplied_numbers(text, *_MULTIPLIED_FIRST[lang0])
        return
    words = WORDS.get(lang0)
    if not words:
        return
    for t, nxt in pairwise(tokens):
        tens = word_value(t.text, lang0)
        if tens is None or tens < 20 or tens % 10 or tens > 90 or text[t.end : nxt.start] not in {"-", *_SPACES}:
            continue
        unit = word_value(nxt.text, lang0)
        if unit is not None and 1 <= unit <= 9:
            yield t.start, nxt.end, float(tens + unit)
    if lang0 == "ar":  # اثنا عشر = 12, ثلاث عشرة = 13; خمسة وعشرون = 25
        for t, nxt in pairwise(tokens):
            unit, other = word_value(t.text, lang0), word_value(nxt.text, lang0)
            if unit is None or other is None or not 1 <= unit <= 9 or text[t.end : nxt.start] not in _SPACES:
                continue
            if other == 10 and fold(nxt.text).lstrip("و") in {"عشر", "عشرة"}:
                yield t.start, nxt.end, float(10 + unit)
            elif 20 <= other <= 90 and other % 10 == 0 and fold(nxt.text).startswith("و"):
                yield t.start, nxt.end, float(other + unit)
        for t, nxt in pairwise(tokens):  # مئتين وخمسين = 250: hundreds, then "and" and the rest
            hundreds, rest = word_value(t.text, lang0), word_value(nxt.text, lang0)
            if (hundreds is not None and rest is not None and 100 <= hundreds <= 900 and hundreds % 100 == 0
                    and 1 <= rest <= 99 and fold(nxt.text).startswith("و") and text[t.end : nxt.start] in _SPACES):
                yield t.start, nxt.end, float(hundreds + rest)
    if lang0 == "sw":  # kumi na nne = 14, ishirini na tano = 25: tens "and" unit
        for k in range(len(tokens) - 2):
            if tokens[k + 1].text.lower() != "na":
                continue
            tens, unit = word_value(tokens[k].text, lang0), word_value(tokens[k + 2].text, lang0)
            if tens and unit and tens % 10 == 0 and 10 <= tens <= 90 and 1 <= unit <= 9:
                yield tokens[k].start, tokens[k + 2].end, float(tens + unit)
    if lang0 == "fa":  # سی و پنج, سی‌وپنجمین (35th): tens, "and", unit, maybe an ordinal ending
        for k, t in enumerate(tokens):
            m = _FA_COMPOUND.fullmatch(fold(t.text))
            fa_unit = _FA_ORDINAL_STEM.get(m.group(2), m.group(2)) if m else ""
            if m and m.group(1) in words and fa_unit in words:
                yield t.start, t.end, float(words[m.group(1)] + words[fa_unit])
            elif k + 2 < len(tokens) and tokens[k + 1].text == "و":
                tens, unit = word_value(t.text, lang0), word_value(tokens[k + 2].text, lang0)
                if tens and unit and tens % 10 == 0 and 20 <= tens <= 90 and 1 <= unit <= 9:
                    yield t.start, tokens[k + 2].end, float(tens + unit)
    if lang0 == "fr":
        yield from _french_numbers(text)
    if lang0 == "it":
        for t in tokens:
            v = _italian_number(fold(t.text))
            if v is not None:
                yield t.start, t.end, float(v)
    if lang0 in _CLOSED:  # (German achtundvierzig, Dutch zestienduizend)
        for t in tokens:
            w = t.text.lower()
            v = closed_number(w, lang0)
            if v is not None and v > 12:
                yield t.start, t.end, float(v)
            elif v is None and (pm := _PERCENT_ADJECTIVE.fullmatch(w)) is not None:
                v = closed_number(pm.group(1), lang0)  # eine neunprozentige Steigung: 9 %
                if v is not None:
                    yield t.start, t.end, float(v)


# Nepali and Hindi postpositions a short scale word may take (६ सयभन्दा बढी: more than 600)
_POSTPOSITIONS = frozenset({"भन्दा", "को", "मा", "ले", "सम्म", "से", "तक", "ों",
                            "बराबर", "बराबरको", "भन्दाबढी", "भन्दाबढीको",  # ८५ करोडबराबरको: worth 85 crore
                            "देखि", "बाट"})  # Nepali from: रु. ८ सयदेखि (from Rs 800)
SCALE_POSTPOSITIONS = _POSTPOSITIONS
_PERCENT_ADJECTIVE = re.compile(r"(\w+?)(?:prozentig|procentig|procents)(?:e|en|er|es|em)?")


# Dutch and German write a number below a million as one word: zestienduizend (16,000),
# tweehonderdvijftig (250), sechzehntausend, dreihundertzwölf.
_CLOSED: dict[str, tuple[dict[str, int], dict[str, int], dict[str, int], tuple[str, ...], str, str]] = {
    "nl": ({"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
            "negen": 9},
           {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
            "zeventien": 17, "achttien": 18, "negentien": 19},
           {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
            "tachtig": 80, "negentig": 90},
           ("ën", "en"), "honderd", "duizend"),
    "de": ({"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
            "neun": 9},
           {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
            "siebzehn": 17, "achtzehn": 18, "neunzehn": 19},
           {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
            "achtzig": 80, "neunzig": 90},
           ("und",), "hundert", "tausend"),
}


def closed_number(word: str, lang0: str) -> int | None:
    """The value of a number written as one word (``zestienduizend``), or None."""
    units, teens, tens, ands, hundred, thousand = _CLOSED[lang0]

    def below_100(w: str) -> int | None:
        if w in units or w in teens or w in tens:
            return units.get(w) or teens.get(w) or tens[w]
        for u, uv in units.items():
            for a in ands:
                if w.startswith(u + a) and w[len(u) + len(a):] in tens:
                    return uv + tens[w[len(u) + len(a):]]
        return None

    def below_1000(w: str) -> int | None:
        if hundred in w:
            head, _, rest = w.partition(hundred)
            mult = 1 if not head else units.get(head)
            low = 0 if not rest else below_100(rest)
            return None if mult is None or low is None else mult * 100 + low
        return below_100(w)

    if thousand in word:
        head, _, rest = word.partition(thousand)
        mult = 1 if not head else below_1000(head)
        low = 0 if not rest else below_1000(rest)
        return None if mult is None or low is None else mult * 1000 + low
    return below_1000(word) if word else None


def _additive_numbers(text: str, tokens: Sequence[Token], lang0: str) -> Iterator[tuple[int, int, float]]:
    """Hundreds, tens and units written one after another, maybe joined by ``et``: Latin
    ``ducenti septuaginta tres`` (273), ``centum et quinque`` (105)."""
    run: list[tuple[Token, int]] = []

    def flush() -> Iterator[tuple[int, int, float]]:
        if len(run) >= 2:
            yield run[0][0].start, run[-1][0].end, float(sum(v for _, v in run))

    for t in tokens:
        if run and t.text == "et":
            continue  # centum et quinque
        v = word_value(t.text, lang0)
        gap = text[run[-1][0].end : t.start] if run else ""
        joined = bool(run) and gap.strip() in ("", "et") and "\n" not in gap
        # each part a smaller place than the one before: 200, then 70, then 3
        if (v is not None and v < 1000 and joined and len(str(run[-1][1])) > len(str(v))
                and run[-1][1] % 10 ** len(str(v)) == 0):
            run.append((t, v))
            continue
        if (v is not None and joined and len(run) == 1 and run[0][1] < 10 and 20 <= v <= 90 and v % 10 == 0
                and gap.strip() == "et"):
            run.append((t, v))  # quinque et viginti (25): the unit first, then "and" the ten
            continue
        yield from flush()
        run = [(t, v)] if v is not None and v < 1000 else []
    yield from flush()


# Units written straight before a scale in scripts without spaces: Thai สามแสน (300,000),
# Burmese သုံးသိန်း, Lao ສາມແສນ, Khmer បីសែន
_UNSPACED_UNITS = {
    **{w: k + 1 for k, w in enumerate(("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"))},
    **{w: k + 1 for k, w in enumerate(("ນຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ"))},
    **{w: k + 1 for k, w in enumerate(("មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន"))},
    **{w: k + 1 for k, w in enumerate(("တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး"))},
}
_UNSPACED_WORD_AMOUNT = re.compile(
    "(" + "|".join(sorted(_UNSPACED_UNITS, key=len, reverse=True)) + ")("
    + "|".join(sorted(UNSPACED_SCALES, key=len, reverse=True)) + ")(?!ธ)")  # พันธุ์ (a breed) is no thousand


def unspaced_word_amounts(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of a unit word written onto its scale word: ``สามแสน``, ``သုံးသိန်း``."""
    for m in _UNSPACED_WORD_AMOUNT.finditer(text):
        scale = SCALES.get(m.group(2))
        if scale:
            yield m.start(), m.end(), _UNSPACED_UNITS[m.group(1)] * scale


# Igbo counts in tens by multiplying: iri abụọ (10 × 2) = 20; otu narị (1 × 100); na = and
_IG_UNITS = {"otu": 1, "abụọ": 2, "atọ": 3, "anọ": 4, "ise": 5, "isii": 6, "asaa": 7, "asatọ": 8,
             "itoolu": 9, "iteghete": 9}
_IG_UNIT = "(" + "|".join(sorted(_IG_UNITS, key=len, reverse=True)) + ")"
_IG_NUMBER = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_IG_UNIT}\s+narị|narị(?:\s+{_IG_UNIT})?)(?:\s+na)?\s*)?"
    rf"(?:iri(?:\s+{_IG_UNIT})?(?:\s+na)?\s*)?(?:{_IG_UNIT})?(?!\w)")


def _igbo_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    for m in _IG_NUMBER.finditer(text):
        body = m.group().strip()
        if not body or (" " not in body and fold(body) not in {"iri", "narị"}):
            continue  # a lone unit word is read as a plain number word elsewhere
        words = fold(body).split()
        value, k = 0, 0
        while k < len(words):
            w = words[k]
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if w in _IG_UNITS and nxt == "narị":
                value += 100 * _IG_UNITS[w]
                k += 2
            elif w == "narị":
                value += 100 * _IG_UNITS.get(nxt, 1)
                k += 2 if nxt in _IG_UNITS else 1
            elif w == "iri":
                value += 10 * _IG_UNITS.get(nxt, 1)
                k += 2 if nxt in _IG_UNITS else 1
            elif w in _IG_UNITS:
                value += _IG_UNITS[w]
                k += 1
            else:
                k += 1  # na
        if value:
            end = m.start() + len(m.group().rstrip())
            yield m.start() + (len(m.group()) - len(m.group().lstrip())), end, float(value)


# Languages that say the multiplier before its ten, hundred or thousand and join the units on
# with a word or a suffix: Māori e waru tekau mā whitu (8 × 10 + 7 = 87), Quechua tawa chunka
# pichqayuq (4 × 10 + 5 = 45). (units, scale words, joining words, unit suffixes)
_MULTIPLIED_FIRST: dict[str, tuple[dict[str, int], dict[str, int], frozenset[str], tuple[str, ...]]] = {
    "mi": ({"tahi": 1, "kotahi": 1, "rua": 2, "toru": 3, "whā": 4, "wha": 4, "rima": 5, "ono": 6,
            "whitu": 7, "waru": 8, "iwa": 9},
           {"tekau": 10, "rau": 100, "mano": 1000}, frozenset({"mā", "ma"}), ()),
    "qu": ({"huk": 1, "iskay": 2, "kimsa": 3, "kinsa": 3, "tawa": 4, "pichqa": 5, "pisqa": 5, "phichqa": 5,
            "suqta": 6, "soqta": 6, "qanchis": 7, "pusaq": 8, "isqun": 9, "isqon": 9},
           {"chunka": 10, "pachak": 100, "waranqa": 1000}, frozenset(), ("niyuq", "yuq", "ni")),
}


def _unit(word: str, units: dict[str, int], suffixes: tuple[str, ...]) -> int | None:
    if word in units:
        return units[word]
    for suffix in suffixes:
        if word.endswith(suffix) and word[: -len(suffix)] in units:
            return units[word[: -len(suffix)]]
    return None


def _multiplied_numbers(text: str, units: dict[str, int], scales: dict[str, int], joins: frozenset[str],
                        suffixes: tuple[str, ...]) -> Iterator[tuple[int, int, float]]:
    """Runs of number words with at least one scale word; a lone unit word is too often an
    ordinary word (Māori rua is also a pit) to read without one."""
    run: list[tuple[int, int, str]] = []
    for m in [*re.finditer(r"\w+", text), None]:
        word = fold(m.group()) if m else ""
        gap = text[run[-1][1] : m.start()] if m and run else " "
        if m and gap.strip() == "" and (word in scales or word in joins or _unit(word, units, suffixes) is not None):
            run.append((m.start(), m.end(), word))
            continue
        while run and run[-1][2] in joins:
            run.pop()
        if any(w in scales for _, _, w in run):
            value, pending, last = 0, None, None
            for _, _, w in run:
                if w in scales:
                    value += (pending or 1) * scales[w]
                    pending = None
                elif w not in joins:
                    if pending is not None:
                        break  # two units in a row: no numeral
                    pending = _unit(w, units, suffixes)
                last = w
            else:
                value += pending or 0
                if last is not None:
                    yield run[0][0], run[-1][1], float(value)
        run = []
        if m and (word in scales or _unit(word, units, suffixes) is not None):
            run.append((m.start(), m.end(), word))


_FA_COMPOUND = re.compile("(بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود)\u200c?و\u200c?(یک|دو|سه|سو|چهار|پنج|شش|هفت|هشت|نه)"
                          "(?:\u200c?مین|م|مین)?")
_FA_ORDINAL_STEM = {"سو": "سه"}  # سومین (third): the ordinal's own stem
# French counts 17-19 and 70-99 by adding to ten and twenty (dix-huit, soixante-quinze,
# quatre-vingt-dix-neuf) and joins one with "et" (vingt et un, soixante et onze); Belgium and
# Switzerland say septante, huitante (octante) and nonante.
_FR_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
             "neuf": 9}
_FR_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
             "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
            "huitante": 80, "octante": 80, "nonante": 90}
_FR_NUMBER = re.compile(
    r"(?<![\w-])(?:(?P<score>quatre-vingts?|soixante)(?:-(?P<teen>dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize)|[- ]et[- ](?P<and_teen>onze))?"
    r"|(?P<tens>vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante)[- ]et[- ](?P<one>une?)"
    r"|(?P<plain_teen>dix-sept|dix-huit|dix-neuf)"
    r"|quatre-vingt-(?P<eighty_unit>deux|trois|quatre|cinq|six|sept|huit|neuf|une?))(?![\w-])",
    re.IGNORECASE)


def _french_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    for m in _FR_NUMBER.finditer(text):
        g = {k: (v or "").lower() for k, v in m.groupdict().items()}
        if g["score"]:
            base = 80 if g["score"].startswith("quatre") else 60
            teen = g["teen"] or g["and_teen"]
            if not teen and base == 60:
                continue  # soixante alone is a plain tens word, read already
            yield m.start(), m.end(), float(base + (_FR_TEENS[teen] if teen else 0))
        elif g["tens"]:
            yield m.start(), m.end(), float(_FR_TENS[g["tens"]] + 1)
        elif g["plain_teen"]:
            yield m.start(), m.end(), float(_FR_TEENS[g["plain_teen"]])
        elif g["eighty_unit"]:
            yield m.start(), m.end(), float(80 + _FR_UNITS[g["eighty_unit"]])


# Italian writes tens and units as one word, the ten's vowel dropped before uno and otto
# (trentotto, quarantadue), and an age as the number with -enne (trentottenne, ventenne)
_IT_TENS = {"vent": 20, "trent": 30, "quarant": 40, "cinquant": 50, "sessant": 60, "settant": 70, "ottant": 80,
            "novant": 90}
_IT_UNITS = {"uno": 1, "un": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
             "otto": 8, "ott": 8, "nove": 9, "": 0}
_IT_NUMBER = re.compile("(" + "|".join(_IT_TENS) + ")[aei]?(" + "|".join(sorted(_IT_UNITS, key=len, reverse=True))
                        + ")")


def _italian_number(word: str) -> int | None:
    """``trentotto`` → 38, ``quarantadue`` → 42, ``trentottenne`` → 38 (an age), ``ventenne`` → 20."""
    for w in ((word, word[:-4], word[:-3]) if word.endswith("enne") else (word,)):
        m = _IT_NUMBER.fullmatch(w)
        if m is not None and (w == word or w.endswith(("ott", "u", "e", "tr", "due", "tre")) or not m.group(2)):
            return _IT_TENS[m.group(1)] + _IT_UNITS[m.group(2)]
    return None


ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_CLASSIFIERS = ("টার", "টায়", "টা", "টি", "জন", "টে")  # Bengali counters: ছয়টার = at six
def roman_value(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


@lru_cache(maxsize=65536)
def word_value(token: str, lang0: str) -> int | None:
    """The number a word token spells in ``lang0`` (see ``WORDS``), if any; cached per word."""
    word, words = fold(token), WORDS.get(lang0, {})
    n = number_word(word, words)
    if n is None and lang0 == "ar":  # the article and "and" are written onto the word: الاثنتي, وعشرون
        # (and "with", "for", "so": بثلاثة أهداف, by three goals)
        for prefix in ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"):
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                n = number_word(word[len(prefix) :], words)
                if n is not None:
                    break
    return n


def number_word(word: str, words: dict[str, int]) -> int | None:
    if word in words:
        return words[word]
    for c in _CLASSIFIERS:
        if word.endswith(c) and word[: -len(c)] in words:
            return words[word[: -len(c)]]
    return None


def _case_ending(lang0: str, ending: str) -> bool:
    """A short Latin scale word (Turkish bin) takes only the language's case endings: binden
    (from a thousand) is one, bina (building) is not."""
    from auditor.core.name_endings import _LATIN_CASES

    return lang0 in _CASED_LATIN and (ending in _LATIN_CASES.get(lang0, ()) or ending in _SCALE_CASES.get(lang0, ()))


# Case endings a scale word takes straight on (no apostrophe, as a name has): Turkish 85 bine
# (to 85 thousand), bini, binin; Azerbaijani minə, mini
_SCALE_CASES = {"tr": ("e", "i", "in", "le", "den", "de", "ce"), "az": ("ə", "i", "in", "dən", "də", "lə")}


def _max_ending(scale_word: str) -> int:
    """Letters of case ending a scale word may carry: Dravidian languages stack several
    suffixes (Tamil லட்சத்துக்கும், "and more than a lakh")."""
    if _DRAVIDIAN.search(scale_word):
        return 6
    # (Cyrillic: an adjective of the scale, 19-тисячному місту, a town of 19,000)
    # (Georgian: a case and a postposition, 600 ათასამდე, up to 600,000)
    return 4 if "\u0400" <= scale_word[:1] <= "\u04ff" or "\u10d0" <= scale_word[:1] <= "\u10ff" else 3


_DRAVIDIAN = re.compile("[\u0b80-\u0dff]")  # Tamil, Telugu, Kannada, Malayalam


def _ending_letters(ending: str) -> int:
    """Letters of a case ending, vowel signs and viramas not counted: Tamil கோடிக்கும் ends
    in க்கும் (6 code points, 3 letters)."""
    return sum(1 for ch in ending if not unicodedata.category(ch).startswith("M"))


# Latin-script languages whose nouns take case endings, scale words included (Finnish
# 45 miljoonalla, Hungarian 2 milliárddal, Czech 3 milionech); elsewhere an ASCII word that
# merely starts with a scale word (millionaire, Milano) is not one.
_CASED_LATIN = frozenset({"fi", "et", "hu", "tr", "az", "uz", "tk", "lt", "lv", "cs", "sk", "pl", "sl", "hr",
                          "bs", "sr", "ro", "sq", "eu", "ga", "cy"})


_MONEY_UNIT = re.compile(r"[\s\u00a0\u202f]?(Mds|Md|Mrd|Mio|M|k)[\s\u00a0\u202f]?[€$£]")
# Sizes of data: a translation that writes 2 GB for 2 TB changed the amount. Capitals only (980
# mb is millibars); French octets (Go, To) in French text only.
_DATA_UNIT = re.compile(r"[ \u00a0\u202f]?(KB|kB|MB|GB|TB|PB|КБ|МБ|ГБ|ТБ|Ko|Mo|Go|To)(?![A-Za-zА-Яа-яЁё])")
_FRENCH_OCTETS = frozenset({"Ko", "Mo", "Go", "To"})
_DATA_UNIT_SCALE = {"K": 1e3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15,
                    "К": 1e3, "М": 1e6, "Г": 1e9, "Т": 1e12}
_MONEY_UNIT_SCALE = {"mds": 1e9, "md": 1e9, "mrd": 1e9, "mio": 1e6, "m": 1e6, "k": 1e3}
_VOLUME_UNIT = re.compile(r"[\s\u00a0]?(bcm|bcf|tcf|tcm|mcm)\b", re.I)
_VOLUME_UNIT_SCALE = {"bcm": 1e9, "bcf": 1e9, "tcf": 1e12, "tcm": 1e12, "mcm": 1e6}
# Korean 조 (10¹²) is also the 조 of 제3조 (Article 3).
_ARTICLE = re.compile(r"제\s?[\d.,]+\Z")
_HYPHEN_SCALE = re.compile(r"(?:crore|lakh|million|billion|trillion|thousand)\b", re.I)
# 兆 is mega before a unit in Chinese: 兆瓦 (megawatt), 兆赫, 兆帕, 兆字节
_MEGA_UNITS = ("瓦", "赫", "帕", "焦", "欧", "字", "比", "位", "伏", "吨", "克", "米", "升", "大卡")
# 千 is kilo before a unit in Chinese: 千克 (kilogram), 千米 (kilometre), 千瓦 (kilowatt) …
KILO_UNITS = ("克", "米", "瓦", "帕", "赫", "伏", "焦", "卡", "字节", "比特", "升")
# Sizes of data written out: 3.6 terabytes is 3.6 TB
_DATA_WORD = re.compile(r"[ \u00a0\u202f]?(kilo|mega|giga|tera|peta|кило|мега|гига|тера|пета)"
                        r"(?:bytes?|byte|octets?|байт\w*)(?![A-Za-z])", re.I)
_DATA_WORD_SCALE = {"kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12, "peta": 1e15,
                    "кило": 1e3, "мега": 1e6, "гига": 1e9, "тера": 1e12, "пета": 1e15}
# … and in Japanese, Korean and Chinese (太字节 is tera-, 吉字节 giga-)
_CJK_DATA_WORDS = {"キロバイト": 1e3, "メガバイト": 1e6, "ギガバイト": 1e9, "テラバイト": 1e12, "ペタバイト": 1e15,
                   "킬로바이트": 1e3, "메가바이트": 1e6, "기가바이트": 1e9, "테라바이트": 1e12, "페타바이트": 1e15,
                   "千字节": 1e3, "兆字节": 1e6, "吉字节": 1e9, "太字节": 1e12, "拍字节": 1e15}
_BERBER = frozenset({"kab", "zgh", "tzm", "shi", "rif", "ber", "taq", "thv"})
# Scales written as two words: Mongolian их наяд (10¹²).
_TWO_WORD_SCALES = {("их", "наяд"): 1e12}


def scale_after(text: str, end: int, lang0: str = "") -> tuple[float, int]:
    # A space, or a hyphen before an inflected scale word (25-тысячная толпа, a 25,000-strong crowd).
    gap = 1 if text[end : end + 1] in _SPACES or (text[end : end + 1] == "-" and not text[end + 1 : end + 2].isascii()) else 0
    if text[end : end + 1] == "-" and _HYPHEN_SCALE.match(text, end + 1):
        gap = 1  # a ₹12-crore dredging plan, a $5-million grant
    data = _DATA_UNIT.match(text, end)
    if data is not None and (data.group(1) not in _FRENCH_OCTETS or lang0 == "fr"):
        return _DATA_UNIT_SCALE[data.group(1)[0].upper()], end  # 2 TB is no 2 GB; the unit stays text
    data_word = _DATA_WORD.match(text, end)
    if data_word is not None:
        return _DATA_WORD_SCALE[data_word.group(1).lower()], end
    cjk_data = next((w for w in _CJK_DATA_WORDS if text.startswith(w, end + (text[end : end + 1] == " "))), None)
    if cjk_data is not None:
        return _CJK_DATA_WORDS[cjk_data], end
    money = _MONEY_UNIT.match(text, end)
    if money is not None:  # 350 M€, 1,2 Md€, 30 k€: the scale written into the currency unit
        return _MONEY_UNIT_SCALE[money.group(1).lower()], money.end(1)
    volume = _VOLUME_UNIT.match(text, end)
    if volume is not None:  # 2.8 bcm (billion cubic metres), 3 tcf: the scale is in the unit
        return _VOLUME_UNIT_SCALE[volume.group(1).lower()], end
    if lang0 == "ro" and text.startswith(" de ", end):
        end += 3  # 100 de miliarde: Romanian puts "de" between a number from 20 and its noun
    elif lang0 == "mn" and text.startswith(" орчим ", end):
        end += 6  # 10 орчим мянган тонн: Mongolian puts "about" between a number and its scale
    elif lang0 in _BERBER and text[end : end + 3] in (" n ", " ⵏ "):
        end += 2  # 46,8 n yimelyan, 14,2 ⵏ ⵉⵎⵍⵢⵓⵏⵏ: Berber links a number to its noun with "n"
    toks = word_tokens(text[end + gap : end + gap + 24])
    if len(toks) > 1 and toks[0].start == 0 and (fold(toks[0].text), fold(toks[1].text)) in _TWO_WORD_SCALES:
        return _TWO_WORD_SCALES[(fold(toks[0].text), fold(toks[1].text))], end + gap + toks[1].end
    if toks and toks[0].start == 0:
        word = fold(toks[0].text)
        scales = SCALES
        if lang0 in LONG_SCALES:
            scales = {**SCALES, **LONG_SCALES[lang0]}
        if word in NOT_SCALES.get(lang0, ()):
            return 1.0, end  # a unit here (45 mil laut: nautical miles), no scale
        if word not in scales and (not word.isascii() or lang0 in _CASED_LATIN):
            # a case ending on the scale word: ৮ লাখের, 10 тысячам, 45 miljoonalla
            word = next((k for k in SCALES if len(k) > 1 and word.startswith(k)
                         and (not k.isascii() or len(k) >= 4 or _case_ending(lang0, word[len(k) :]))
                         and (_ending_letters(word[len(k) :]) <= _max_ending(k) or word[len(k) :] in _POSTPOSITIONS)
                         and (k not in NO_ENDINGS or word[len(k) :] in _POSTPOSITIONS)), word)
            word = next((k for k in UNSPACED_SCALES if word.startswith(k)), word)
        if word in scales:
            stop = end + gap + toks[0].end
            if word in UNSPACED_SCALES:
                stop = end + gap + toks[0].start + len(word)
            if text[stop : stop + 1] == "." and word in {"mio", "mió", "mrd", "mia", "milj", "mill", "тыс", "тис", "млн", "млрд", "εκατ", "δισ", "χιλ"}:
                stop += 1
            scale = scales[word]
            if word in UNSPACED_SCALES:
                # หมื่นล้าน, แสนล้าน: ten thousand million, a hundred thousand million
                nxt = next((k for k in UNSPACED_SCALES if text.startswith(k, stop) and scales.get(k, 0) > scale), None)
                if nxt is not None:
                    return scale * scales[nxt], stop + len(nxt)
            if word not in UNSPACED_SCALES:
                more, more_stop = scale_after(text, stop, lang0)
                if more > scale:  # mil millones = 10⁹, a thousand million
                    return scale * more, more_stop
            return scale, stop
    if end < len(text) and text[end] == "조" and not _ARTICLE.search(text, max(0, end - 12), end):
        return 1e12, end + 1  # 677조4000억: the caller adds the smaller amount after it
    if end < len(text) and text[end] == "兆" and not text.startswith(_MEGA_UNITS, end + 1):
        return 1e12, end + 1  # 1兆2800億ドン (Japanese, Taiwanese): the caller adds the 億 after it
    if text.startswith(("百万", "百萬"), end):
        return 1e6, end + 2  # 11,382百万円: Japanese accounts count in millions of yen
    if end + 1 < len(text) and text[end] in "余多" and text[end + 1] in SCALE_CHARS:
        end += 1  # 40余万, 3千多万: "over" between the number and its scale
    if text.startswith("千", end) and text.startswith(KILO_UNITS, end + 1):
        return 1.0, end  # 2850千克 is 2,850 kilograms: 千 is kilo- before a unit, the unit stays text
    if end < len(text) and text[end] in SCALE_CHARS:
        scale, stop = SCALES[text[end]], end + 1
        while True:
            at = stop + 1 if stop + 1 < len(text) and text[stop] in "余多" else stop  # 3千多万
            if not (at < len(text) and text[at] in SCALE_CHARS and SCALES[text[at]] > SCALES[text[stop - 1]]):
                break
            scale *= SCALES[text[at]]  # 4.1万亿 = 4.1 × 10⁴ × 10⁸, 3千万 = 3 × 10³ × 10⁴
            stop = at + 1
        return scale, stop
    return 1.0, end


# (Indic and Burmese vowel signs are marks, not \w: the word runs through them, මිලියන, သိန်း)
_SCALE_BEFORE = re.compile(r"((?:\w|[\u0300-\u036f\u0900-\u0dff\u1000-\u109f])+)[\s\u00a0]+\Z")


# Tibetan syllables end in a tsheg (་), which also parts the scale word from its digits: ཁྲི་༣༤༥༠
_TIBETAN_SCALE_BEFORE = re.compile("(སྟོང་ཕྲག|ཁྲི་ཕྲག|འབུམ་ཕྲག|ཁྲི|འབུམ|ས་ཡ|བྱེ་བ)་?[ \u00a0]?\\Z")


def scale_before(text: str, start: int) -> tuple[float, int]:
    """A scale word written before its number (Swahili ``milioni 2``, ``elfu 3``, Sinhala
    ``මිලියන 250``, Tibetan ``ཁྲི་༣༤༥༠``)."""
    tib = _TIBETAN_SCALE_BEFORE.search(text, max(0, start - 14), start)
    if tib is not None:
        return PREFIX_SCALES[tib.group(1)], tib.start(1)
    m = _SCALE_BEFORE.search(text, max(0, start - 16), start)
    if m is not None and fold(m.group(1)) in _PREFIX_LINKS:  # limilione tse 48,5: "of" between
        m = _SCALE_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if m is not None and fold(m.group(1)) in _PREFIX_LINKS:
            m = None
    if m is None:
        return 1.0, start
    return PREFIX_SCALES.get(fold(m.group(1)), 1.0), m.start(1)


# Sotho-Tswana joins a scale word to its number with a possessive (tse, tsa, ya, a)
_PREFIX_LINKS = frozenset({"tse", "tsa", "tsela", "ya", "a"})


_EN_SMALL = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_EN_SCALE_ORDINAL = re.compile(
    r"\b(?:(" + "|".join(_EN_SMALL) + r")[- ])?(hundredth|thousandth|millionth)\b", re.I)
_EN_SMALL_VALUE = {w: (i + 1 if i < 20 else 30 + 10 * (i - 20)) for i, w in enumerate(_EN_SMALL)}


def scale_ordinals(text: str) -> Iterator[tuple[int, int, float]]:
    """English ordinals of a scale, spelt out: ``the six-hundredth day`` (600), ``thousandth``."""
    low = text.lower()
    if "hundredth" not in low and "thousandth" not in low and "millionth" not in low:
        return
    for m in _EN_SCALE_ORDINAL.finditer(text):
        unit = _EN_SMALL_VALUE[m.group(1).lower()] if m.group(1) else 1
        scale = {"hundredth": 100, "thousandth": 1000, "millionth": 1_000_000}[m.group(2).lower()]
        yield m.start(), m.end(), float(unit * scale)
