"""Words that stand for numbers, scales and months, per language: the data ``numbers`` reads.

Number words are *soft* there (they may satisfy a number on the other side, never be reported
missing); scale words multiply the number before them (``2 million`` = ``২০ লাখ``); month
stems make dates comparable across forms (``17 March``, ``১৭ মার্চ``, ``17 марта``).
"""

from __future__ import annotations

# Month stems: a token starting with one of these (and at most a few letters more) names a month.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
           "অক্টোবর", "নভেম্বর", "ডিসেম্বর"),
    "ru": ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"),
    "uk": ("січн", "лют", "берез", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн",
           "листопад", "грудн"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "hi": ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
           "नवंबर", "दिसंबर"),
}
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "mn": 1e6, "bn": 1e9, "হাজার": 1e3, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7,
    "মিলিয়ন": 1e6, "বিলিয়ন": 1e9, "শত": 1e2, "শো": 1e2, "শতাধিক": 1e2,
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3,
    "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9,
    "миллиарда": 1e9, "миллиардов": 1e9, "tausend": 1e3, "mio": 1e6, "millionen": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mille": 1e3, "milliard": 1e9,
    "milliards": 1e9, "mil": 1e3, "millones": 1e6, "millón": 1e6, "lakh": 1e5, "crore": 1e7,
    "万": 1e4, "億": 1e8, "千": 1e3, "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7,
}
# Too short to take a case ending: শত (hundred) would read শতাংশ (per cent) as hundreds.
NO_ENDINGS = frozenset({"শত", "শো"})
WORDS: dict[str, dict[str, int]] = {
    "en": {w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split())},
    "bn": {"এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8,
           "নয়": 9, "দশ": 10, "দুজন": 2, "একজন": 1, "এগারো": 11, "বারো": 12, "তেরো": 13,
           "চোদ্দ": 14, "চৌদ্দ": 14, "পনেরো": 15, "ষোলো": 16, "সতেরো": 17, "আঠারো": 18, "উনিশ": 19,
           "বিশ": 20, "কুড়ি": 20, "ত্রিশ": 30, "চল্লিশ": 40, "পঞ্চাশ": 50, "ষাট": 60, "সত্তর": 70,
           "আশি": 80, "নব্বই": 90, "একশ": 100, "একশো": 100, "একশত": 100, "শতাধিক": 100},
    "ru": {"один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3,
           "трех": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
           "десять": 10, "двое": 2, "трое": 3, "одного": 1, "одной": 1, "одному": 1, "двум": 2,
           "двумя": 2, "трём": 3, "трем": 3, "тремя": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
           "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двадцать": 20,
           "двадцати": 20, "третьего": 3, "второго": 2, "первого": 1},
    "de": {w: i for i, w in enumerate("null eins zwei drei vier fünf sechs sieben acht neun zehn".split())},
    "fr": {w: i for i, w in enumerate("zéro un deux trois quatre cinq six sept huit neuf dix".split())},
}
# Teens and tens, read as words too; a tens word followed by a unit word is one number
# (forty-eight, сорока восьми, vingt-deux), German writes it as one (achtundvierzig).
TENS: dict[str, dict[str, int]] = {
    "en": {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
           "ninety": 90, "hundred": 100},
    "ru": {"одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
           "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
           "девятнадцать": 19, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13,
           "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17,
           "восемнадцати": 18, "девятнадцати": 19, "тридцать": 30, "тридцати": 30, "сорок": 40,
           "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
           "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
           "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100},
    "de": {"ein": 1, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
           "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100},
    "fr": {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100},
}
for _lang, _extra in TENS.items():
    WORDS.setdefault(_lang, {}).update(_extra)
