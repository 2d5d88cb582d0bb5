"""Days of the week, read in 51 languages for comparing a translation's dates.

Pure functions. ``on Tuesday`` and ``mardi``, ``во вторник`` or ``周二`` name the same day; a
translation that says Wednesday has changed a fact as surely as one that changes a date.
Words are matched on a stem (case endings: ``во вторник``, ``в среду``, ``w środę``) and only
as whole tokens; Chinese, Japanese and Korean, written without spaces, by pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.core.names import word_tokens
from auditor.core.normalize import fold, primary_language

# Monday first. Stems: a word starting with one, at most ``_ENDING`` letters longer.
_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "pl": ("poniedział", "wtor", "środa", "czwartek", "piątek", "sobot", "niedziel"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятниц", "суббот", "воскресень"),
    "uk": ("понеділ", "вівтор", "середа", "четвер", "п'ятниц", "субот", "неділ"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", ""),
    "id": ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", ""),
    "el": ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "he": ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "no": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "sw": ("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
    # Tagalog linggo is also "week": left out
    "tl": ("lunes", "martes", "miyerkules", "huwebes", "biyernes", "sabado", ""),
    "ne": ("सोमबार", "मङ्गलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार"),
    "mr": ("सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    "gu": ("સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર"),
    "pa": ("ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨਿੱਚਰਵਾਰ", "ਐਤਵਾਰ"),
    "te": ("సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం", "శుక్రవారం", "శనివారం", "ఆదివారం"),
    "kn": ("ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ", "ಭಾನುವಾರ"),
    "ml": ("തിങ്കളാഴ്ച", "ചൊവ്വാഴ്ച", "ബുധനാഴ്ച", "വ്യാഴാഴ്ച", "വെള്ളിയാഴ്ച", "ശനിയാഴ്ച", "ഞായറാഴ്ച"),
    "si": ("සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්‍රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා", "ඉරිදා"),
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "hu": ("hétfő", "kedd", "szerd", "csütörtök", "péntek", "szombat", "vasárnap"),
    "et": ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"),
    "lt": ("pirmadien", "antradien", "trečiadien", "ketvirtadien", "penktadien", "šeštadien", "sekmadien"),
    "lv": ("pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"),
    "sk": ("pondelok", "utorok", "", "štvrtok", "piatok", "sobot", "nedeľ"),
    "hr": ("ponedjelj", "utor", "srijed", "četvrtak", "petak", "subot", "nedjelj"),
    "sl": ("ponedelj", "torek", "", "četrtek", "petek", "sobot", "nedelj"),
    "bg": ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    "sr": ("понедељ", "утор", "", "четвртак", "петак", "субот", "недељ"),
    "ms": ("isnin", "selasa", "rabu", "khamis", "jumaat", "sabtu", ""),  # ahad is also a name
    "tpi": ("mande", "tunde", "trinde", "fonde", "fraide", "sarere", "sande"),
}
# Tamil names every day with கிழமை ("day") written on: whole words (வெள்ளி alone is silver).
_TA = ("திங்கட்கிழமை", "செவ்வாய்க்கிழமை", "புதன்கிழமை", "வியாழக்கிழமை", "வெள்ளிக்கிழமை", "சனிக்கிழமை",
       "ஞாயிற்றுக்கிழமை")
# Words that are also ordinary words when alone: they count only after the language's
# "day" word (Hebrew יום שני). Stems that begin common words are written out in full above or
# here (Russian среди "among", Polish środek "middle", czwarty "fourth"); Turkish pazar
# ("market") and Indonesian minggu ("week") are left out.
_AFTER_DAY = {"he": ("יום", "ביום")}
_FORMS = {
    "ru": {"среду": 3, "среды": 3, "среде": 3, "средой": 3},
    "uk": {"середу": 3, "середи": 3},
    "pl": {"środę": 3, "środy": 3, "środzie": 3, "czwartku": 4, "piątku": 5},
    "cs": {"středu": 3, "čtvrtku": 4, "pátku": 5, "sobotu": 6, "neděli": 7},
    "ta": {w: i + 1 for i, w in enumerate(_TA)},
    # Wednesday whole: the stem also begins "centre" and "middle" (stred, sredina, средина)
    "sk": {"streda": 3, "stredu": 3, "stredy": 3, "štvrtku": 4, "piatku": 5},
    "sl": {"sreda": 3, "sredo": 3, "srede": 3},
    "sr": {"среда": 3, "среду": 3, "среде": 3, "четвртка": 4, "петка": 5},
    "hr": {"četvrtka": 4, "četvrtkom": 4, "petka": 5},
    # Persian: whole words only (شنبه, Saturday, ends the names of four other days)
    "fa": {"دوشنبه": 1, "سه\u200cشنبه": 2, "سهشنبه": 2, "چهارشنبه": 3, "پنجشنبه": 4, "پنج\u200cشنبه": 4,
           "جمعه": 5, "شنبه": 6, "یکشنبه": 7, "یک\u200cشنبه": 7},
}
# Portuguese weekdays are ordinals (segunda = second) unless -feira follows.
_FEIRA = frozenset({1, 2, 3, 4, 5})
_ENDING = 4


def _longest_first(stems: tuple[str, ...]) -> list[int]:
    """Day indices, longest stem first: Turkish cumartesi (Saturday) starts with cuma (Friday)."""
    return sorted(range(7), key=lambda i: -len(stems[i]))


_ORDER = {lang: _longest_first(stems) for lang, stems in _STEMS.items()}
_ZH = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])")
_ZH_DAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_JA = re.compile(r"([月火水木金土日])曜日?")
_JA_DAYS = {"月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7}
_KO = re.compile(r"([월화수목금토일])요일")
_KO_DAYS = {"월": 1, "화": 2, "수": 3, "목": 4, "금": 5, "토": 6, "일": 7}
NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=65536)
def _word_day(word: str, lang0: str) -> int:
    f = fold(word)
    if f in _FORMS.get(lang0, {}):
        return _FORMS[lang0][f]
    for code in (lang0, "en") if lang0 != "en" else ("en",):
        stems = _STEMS.get(code, ())
        for i in _ORDER.get(code, ()):
            stem = fold(stems[i])
            if stem and f.startswith(stem) and len(f) - len(stem) <= (0 if code in _EXACT else _ENDING):
                return i + 1
    return 0


# Tables whose entries are whole words (their endings are in ``_FORMS``).
_EXACT = frozenset({"pt"})


def weekdays_in(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, day) of each day of the week named in ``text`` (Monday = 1)."""
    lang0 = primary_language(lang)
    if lang0 in ("zh", "ja", "ko"):
        pattern, days = {"zh": (_ZH, _ZH_DAYS), "ja": (_JA, _JA_DAYS), "ko": (_KO, _KO_DAYS)}[lang0]
        return [(m.start(), m.end(), days[m.group(1)]) for m in pattern.finditer(text)]
    out = []
    tokens = word_tokens(text)
    need = _AFTER_DAY.get(lang0)
    for k, t in enumerate(tokens):
        day = _word_day(t.text, lang0)
        if not day:
            continue
        if need and not (k and fold(tokens[k - 1].text) in need):
            continue
        if lang0 == "pt" and day in _FEIRA:
            if text[t.end : t.end + 6] != "-feira":
                continue
            out.append((t.start, t.end + 6, day))
            continue
        out.append((t.start, t.end, day))
    return out


def _index() -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for code, stems in _STEMS.items():
        if code in ("pt", "he"):
            continue
        for i in _ORDER[code]:
            stem = fold(stems[i])
            if stem:
                out.setdefault(stem[:2], []).append((stem, i + 1))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


_BY_PREFIX = _index()
_ALL_FORMS = {f: d for forms in _FORMS.values() for f, d in forms.items()}


def any_language_day(word: str) -> int:
    """The day a word names in any language of the tables (Monday = 1), else 0: for the
    aligner, whose features know no language. Portuguese and Hebrew, whose day words are
    also ordinals and numbers, are left out."""
    f = fold(word)
    cands = _BY_PREFIX.get(f[:2])
    if cands is None:
        return _ALL_FORMS.get(f, 0)
    for stem, day in cands:
        if f.startswith(stem) and len(f) - len(stem) <= _ENDING:
            return day
    return _ALL_FORMS.get(f, 0)


_CJK_DAY = re.compile(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?")


def is_day_word(text: str) -> bool:
    """Is ``text`` (stripped) one day of the week in any language of the tables, or in
    Chinese, Japanese or Korean (``星期日``, ``日``, ``土曜``, ``일요일``)?"""
    t = text.strip(" .")
    return bool(t) and (bool(_CJK_DAY.fullmatch(t)) or (" " not in t and any_language_day(t) > 0))

