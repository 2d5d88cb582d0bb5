"""Case endings, articles and initial mutations of names, per script and language: the tables
``namekeys`` compares forms with.

Pure data and small pure functions, split from ``auditor.core.namekeys`` (which re-exports
them). A suffix table lists endings a name takes in a language (``Осечкину``,
``ওসেচকিনের``, Hungarian ``Debrecenben``); the mutation tables list the first letters a
Celtic name changes to after a particle (Welsh ``Caerdydd`` / ``yng Nghaerdydd``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from auditor.core.normalize import fold, primary_language

_EN = ("", "s", "es", "n", "an", "ans", "ian", "ians", "ns", "ese", "ish", "i", "is", "er", "ers",
       "ern", "e", "ic", "ics", "ite", "ites", "ly")  # ly: National / Nationally, an adverb
_LATIN = _EN + ("en", "ens", "isch", "ische", "ischen", "ais", "aise", "aises", "ois", "oise",
                "o", "os", "a", "as", "ien", "ienne", "iens", "ano", "ana", "anos", "iano", "iana",
                "ern", "ers", "es", "ie", "ia", "ya")
_CYRILLIC = ("", "а", "я", "у", "ю", "е", "ы", "и", "о", "й", "ой", "ей", "ом", "ем", "ым", "им", "ах",
             "ях", "ам", "ям", "ами", "ями", "ов", "ев", "ёв", "ий", "ый", "ая", "яя", "ое", "ее",
             "ого", "его", "ому", "ему", "ую", "юю", "ых", "их", "ь", "ью", "ию", "ии", "ия", "ией",
             "ией", "ой", "ою", "ею", "і", "ї", "ові", "еві", "ом", "ського", "ський", "ська",
             "ский", "ская", "ского", "скому", "ском", "ской", "ские", "ских", "ским", "скую",
             "цы", "ца", "цу", "цем", "ец", "ые", "ие", "ыми", "ими")
_BENGALI = ("", "র", "ের", "কে", "েকে", "তে", "েতে", "এ", "ে", "য়", "য়ে", "য়ের", "দের", "রা",
            "েরা", "টি", "টা", "টির", "টার", "ও", "ই", "েই", "রই", "েরই", "দেরকে", "রও", "েরও",
            "র্", "ি", "িয়", "ীয়", "িয়ান", "ীয়দের", "ান", "য়া", "্য",
            # the honorific -babu written onto a surname (মণ্ডলবাবু, Mr Mondal) and its cases
            "বাবু", "বাবুর", "বাবুকে", "বাবুরা", "বাবুও", "বাবুই")
_ASSAMESE = ("ৰ", "ত", "ই", "ক", "লৈ", "ৰ পৰা", "ত্", "ৰে", "য়ে", "য়ে", "ৰা", "বোৰ", "সকল", "খন", "জন", "জনে")
_ODIA = ("", "ର", "ରେ", "କୁ", "ଙ୍କ", "ଙ୍କର", "ଙ୍କୁ", "ଙ୍କଠାରୁ", "ଠାରୁ", "ରୁ", "ଟି", "ମାନେ", "ମାନଙ୍କ", "େ", "ଙ୍କୁ")
_DEVANAGARI = ("", "ों", "ो", "े", "ी", "ा", "का", "की", "के", "ने", "को", "में", "से")
# Marathi and Nepali case markers written onto the name (यवतमाळच्या, खड्काले, धादिङमा).
_DEVANAGARI_MORE: dict[str, tuple[str, ...]] = {
    "mr": ("च्या", "चा", "ची", "चे", "ला", "ना", "ने", "नी", "त", "ात", "मध्ये", "कडे", "ही", "साठी", "शी", "ांना",
           "ांनी", "ाचा", "ाची", "ाचे", "ाच्या", "ाला", "ाने", "ाशी", "ाकडे"),
    "ne": ("ले", "लाई", "को", "का", "की", "मा", "बाट", "सँग", "हरू", "हरूको", "हरूले", "द्वारा", "मै", "ज्यू", "कै"),
    # Maithili: मिथिलाक (of Mithila), पासवानकेँ (to Paswan), दरभंगामे (in Darbhanga)
    "mai": ("क", "केँ", "कें", "मे", "सँ", "लेल", "के", "क'", "ें", "ेँ"),
}
# Gujarati and Gurmukhi postpositions written onto the name (યવતમાળના, ਪਟਿਆਲਾ ਦਾ is spaced).
_GUJARATI = ("", "ના", "ની", "નું", "ને", "નો", "માં", "થી", "એ", "ે", "નાં", " માંથી", "ની સાથે")
_GURMUKHI = ("", "ਦਾ", "ਦੀ", "ਦੇ", "ਨੂੰ", "ਵਿੱਚ", "ਨੇ", "ਤੋਂ", "ੇ", "ਾਂ")


# Korean particles and copulas written onto the noun (보건소를, 보건소는, 하다드는).
_HANGUL = ("", "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "께서", "로", "으로",
           "와", "과", "도", "만", "까지", "부터", "보다", "처럼", "이나", "나", "랑", "이랑", "하고", "에는",
           "에서는", "으로는", "로는", "과는", "와는", "들", "들은", "들이", "들을", "들의", "들에", "들에게",
           "들도", "이다", "이며", "이고", "였다", "이었다")



# Case endings of Latin-script languages that decline names (Bohunice: Bohunic, Bohunicích;
# Debrecen: Debrecenben; Helsinki: Helsingissä is a stem change and stays a variant).
_LATIN_CASES: dict[str, tuple[str, ...]] = {
    "cs": ("u", "e", "ě", "em", "ou", "y", "ů", "ům", "ech", "ích", "ic", "ice", "i", "í", "ovi", "ové", "ův",
           "ova", "ovo", "ovy", "ách", "ami", "ími", "ého", "ému", "ém", "ým", "é", "á"),
    "pl": ("u", "e", "em", "ie", "y", "ów", "om", "ami", "ach", "owi", "ę", "ą", "iem", "ego", "emu", "ym", "im",
           "ej"),
    "hu": ("ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "hoz", "hez", "höz", "tól", "től",
           "nak", "nek", "val", "vel", "on", "ön", "n", "t", "ot", "et", "öt", "at", "ig", "ért", "ként", "é",
           "ék", "ja", "je", "ban", "i"),
    "fi": ("n", "ä", "ta", "tä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä",
           "iin", "hin", "seen", "in", "ien", "ille", "issa", "ista", "en", "een", "ella", "ellä", "essa",
           "essä", "esta", "estä", "elle", "eelle"),
    "et": ("s", "st", "ga", "le", "l", "lt", "ks", "ni", "d", "de", "i", "sse"),
    # (and the demonyms and adjectives of a place: Mostar / Mostarac, Mostarci, mostarski)
    "hr": ("u", "e", "om", "em", "i", "ima", "ama", "ovi", "ova", "ove", "oj", "og", "ome", "ih", "im",
           "ac", "ca", "cu", "ci", "aca", "anin", "anka", "ski", "ska", "sko", "skog", "skoj", "skom"),
    "lt": ("us", "ys", "ui", "ą", "ų", "ės", "ei", "ę", "s", "u", "am", "ai", "os", "ams", "uose",
           "ius", "iaus", "iui", "ių", "iumi", "iuje", "ienė", "ienės", "ienei", "ienę",  # Vaitkevičiaus
           "aus", "umi", "uje", "io", "iu", "į", "yje", "ė", "ėje", "ėmis"),  # Vaitkus / Vaitkaus, Jonaitis / Jonaičio
    # (Kalniņš, Kalniņa, Kalniņam: -š/-s of the nominative gives way to the case ending)
    "lv": ("s", "u", "am", "ai", "ā", "ē", "ī", "os", "ām", "iem", "im", "ij", "ei", "š", "a", "is", "us",
           "e", "es", "ēm", "ās", "i"),
    "ro": ("ul", "ului", "ei", "ii", "le", "lor", "i"),
    # Albanian definite and case forms: Ksamil, Ksamili, Ksamilit; Sarandë, Saranda, Sarandës
    "sq": ("i", "it", "in", "a", "ës", "së", "s", "në", "n", "ën", "ve", "t", "u", "ut", "un", "ja", "je", "jes"),
    "tr": ("da", "de", "ta", "te", "dan", "den", "tan", "ten", "ya", "ye", "ı", "ü", "u", "yı", "yi", "nın",
           "nin", "un", "ün", "ın", "la", "le", "lar", "ler",
           # a title word, capitalised in an office's name, takes the possessive with no apostrophe
           # (Muğla Valisi, its governor); -lık derives another word (Bakan/Bakanlık: minister, ministry)
           "si", "sı", "su", "sü", "sine", "sına", "sinde", "sında", "sinin", "sının"),
}
_LATIN_CASES["eu"] = ("a", "ak", "ek", "k", "ko", "n", "an", "ean", "tik", "etik", "ra", "era", "ren", "aren", "ri",
                      "ari", "rekin", "arekin", "z", "az", "ez", "rako", "arako", "koa", "ok", "ako")
_LATIN_CASES.update({"sk": _LATIN_CASES["cs"], "sl": _LATIN_CASES["hr"], "bs": _LATIN_CASES["hr"],
                     "sr": _LATIN_CASES["hr"], "az": _LATIN_CASES["tr"]})
# Armenian articles and cases (Ղազարյանը, Ղազարյանի, Ղազարյանին); Georgian cases
# (სააკაშვილი, სააკაშვილის, სააკაშვილმა).
_ARMENIAN = ("", "ը", "ն", "ի", "ին", "ից", "ով", "ում", "ու", "երի", "եր")
_GEORGIAN = ("", "ი", "ის", "მა", "ს", "ში", "ზე", "თან", "ით", "ად", "ო", "ისა", "ისთვის")


_TURKIC_CYRILLIC = ("да", "дә", "та", "тә", "га", "гә", "ка", "кә", "ның", "нең", "ны", "не", "дан", "дән", "тан",
                    "тән", "нан", "нән", "ға", "ге", "қа", "ке", "дың", "дің", "тың", "тің", "дa", "де", "те", "дын",
                    "дин", "тын", "тин", "дагы", "дәге", "нда", "ндә", "на", "нә", "ын", "ен", "ы", "е")
_LATIN_CASES["om"] = ("tti", "ti", "tii", "rraa", "irraa", "dhaa", "f", "n", "dha", "tiin", "iin", "dhaaf", "tiif",
                      "iif", "itti", "ttii", "ni", "s", "tu")  # Oromo: Jimmaatti, Jimmaarraa
_LATIN_CASES["is"] = ("ar", "ur", "i", "a", "u", "um", "s", "ir", "ins", "inn", "num", "nar", "na", "ið", "inu", "sins",
                      "ann", "inni", "innar", "unum", "anna", "unnar", "r")  # Icelandic: Guðrún / Guðrúnar
# Uzbek cases: Buxoroda (in Bukhara), Buxoroga, Buxorodan, Toshkentning
_LATIN_CASES["uz"] = ("da", "ga", "ka", "qa", "dan", "ning", "ni", "dagi", "gacha", "dek", "day", "lar", "larda",
                      "larga", "lardan", "larning", "ta", "tan")
_LATIN_CASES["tk"] = ("yň", "iň", "nyň", "niň", "a", "e", "ya", "ye", "na", "ne", "y", "i", "ny", "ni", "da", "de",
                      "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "ndan", "nden")  # Turkmen: Orazowyň
_LATIN_CASES["la"] = ("a", "ae", "am", "as", "arum", "is", "us", "i", "o", "um", "orum", "os", "em", "e", "es", "ibus",
                      "ei", "ii", "io", "ium")  # Latin: Franciscus / Francisci / Francisco, Missa / Missam
_LATIN_CASES["fo"] = ("ur", "i", "ar", "s", "a", "u", "ir", "um", "ins", "in", "num", "ið", "nar", "ini", "inum",
                      "ri", "ra", "rar")  # Faroese: Sjúrður / Sjúrði, Tróndur / Tróndi
_LATIN_CASES["qu"] = ("q", "p", "pa", "qa", "ta", "pi", "man", "manta", "wan", "kuna", "pas", "mi", "m", "n",
                      "paq", "kaq", "ntin", "pin", "qpa", "ppa", "pata")  # Quechua: Calcaq (of Calca)
PL_SOFT = str.maketrans("źśńćż", "zsncz")


def unaccented(word: str) -> str:
    """The word without its combining accents."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word)
                                                if not unicodedata.combining(c)))


# Greek cases (compared without accents): Υπηρεσία / Υπηρεσίας, Παπαδόπουλος / Παπαδόπουλου.
_GREEK = tuple(e.replace("ς", "σ") for e in (  # compared case-folded: final ς folds to σ
    "", "ς", "ν", "ου", "ων", "ας", "ης", "ες", "οι", "α", "η", "ο", "ους", "ος", "ε", "ιας", "ια"))


_MONGOLIAN = ("ийн", "ын", "ний", "ны", "гийн", "ий", "д", "т", "ыг", "ийг", "г", "аас", "ээс", "оос", "өөс", "иас",
              "иос", "гаас", "гээс", "аар", "ээр", "оор", "өөр", "иар", "иор", "гаар", "гээр", "тай", "тэй", "той",
              "руу", "рүү", "луу", "лүү", "ад", "эд", "од", "өд")


def inflection_suffixes(lang: str, script: str) -> frozenset[str]:
    if script == "Greek":
        return frozenset(_GREEK)
    if script == "Armenian":
        return frozenset(_ARMENIAN)
    if script == "Georgian":
        return frozenset(_GEORGIAN)
    if script == "Hangul":
        return frozenset(_HANGUL)
    if script == "Cyrillic":
        if primary_language(lang) in {"bg", "mk"}:  # the article is written onto the noun: съдът, градът
            return frozenset(_CYRILLIC + ("ът", "ят", "та", "то", "те", "ите", "ата", "ото", "ета"))
        if primary_language(lang) in {"tt", "ba", "kk", "ky"}:  # Turkic cases: Казанда, Казанның
            return frozenset(_CYRILLIC + _TURKIC_CYRILLIC)
        if primary_language(lang) == "mn":  # Mongolian: Батсүхийн (of), Оюунчимэгт (to), Улаанбаатараас (from)
            return frozenset(_CYRILLIC + _MONGOLIAN)
        if primary_language(lang) == "sah":  # Sakha: Мииринэйгэ (to Mirny), Мииринэйтэн (from)
            return frozenset(_CYRILLIC + _SAKHA)
        if primary_language(lang) == "cv":  # Chuvash: Шупашкарта (in), Шупашкара (to), Шупашкарӑн (of)
            return frozenset(_CYRILLIC + _CHUVASH)
        if primary_language(lang) == "ce":  # Chechen: Ирисхановн (of), Ирисхановс (by), Шелара (from)
            return frozenset(_CYRILLIC + ("н", "с", "на", "ра", "ца", "га", "ехь", "хь", "ла", "ан", "ас", "ара",
                                          "чу", "ера", "ана", "ица"))
        return frozenset(_CYRILLIC)
    if script == "Bengali":
        if primary_language(lang) == "as":  # Assamese writes r as ৰ: গুৱাহাটীৰ, ধুবুৰীত, শইকীয়াই
            return frozenset(_BENGALI + _ASSAMESE)
        return frozenset(_BENGALI)
    if script == "Oriya":
        return frozenset(_ODIA)
    if script == "Devanagari":
        return frozenset(_DEVANAGARI + _DEVANAGARI_MORE.get(primary_language(lang), ()))
    if script == "Gujarati":
        return frozenset(_GUJARATI)
    if script == "Gurmukhi":
        return frozenset(_GURMUKHI)
    if script == "Sinhala":
        return frozenset(_SINHALA)
    if script == "Tamil":
        return frozenset(_TAMIL)
    if script == "Telugu":
        return frozenset(_TELUGU)
    if script == "Kannada":
        return frozenset(_KANNADA)
    if script == "Malayalam":
        return frozenset(_MALAYALAM)
    if script == "Latin":
        code = primary_language(lang)
        return _latin_suffixes(code)
    if script == "Ethiopic":
        return frozenset(_ETHIOPIC)
    if script == "Thaana":
        return frozenset(_THAANA)
    if script == "Hebrew" and primary_language(lang) == "yi":
        return frozenset(("", "ס", "ן", "ען", "ס׳", "ס'"))  # Yiddish possessive and dative: זילבערס
    return frozenset({""})


# Dhivehi case endings on a name: ރަޝީދު (nominative -u), ރަޝީދަށް (to), ރަޝީދުގެ / ރިޔާޒްގެ (of),
# ރަޝީދުން (by, from), ރަޝީދާ (with), ރަޝީދެވެ (it is).
_THAANA = ("", "ު", "ަށް", "ުގެ", "ގެ", "ުން", "ން", "ާ", "ެވެ", "ަކީ", "ކީ", "އަށް", "ގެން", "ުމެން", "ާއި", "އާ")


# Amharic and Tigrinya endings written onto a noun after a final vowel: the plural ወረዳዎች,
# the article ወረዳው, the object ወረዳውን, and, their; Tigrinya plural -ታት.
_ETHIOPIC = ("", "ዎች", "ዎቹ", "ዎችን", "ዎቹን", "ዎቻቸው", "ው", "ዋ", "ውን", "ን", "ም", "ና", "ቸው", "ታት")


# Sinhala case endings written onto a name: කොළඹට (to Colombo), කොළඹදී (at), කොළඹින් (from),
# ජයසූරියගේ (of), and ත් (also).
_SINHALA = ("", "ගේ", "ට", "දී", "ින්", "ෙන්", "ගෙන්", "හි", "ෙහි", "ේ", "යි", "ව", "වල", "ත්", "ටත්", "දීත්", "ය", "යේ")
# Tamil case endings, with the -த்த- an -ம் name takes before them: யாழ்ப்பாணம் / யாழ்ப்பாணத்தில்.
_TAMIL: tuple[str, ...] = ("", "்", "ம்", "ின்", "ில்", "ை", "க்கு", "ுக்கு", "ிற்கு", "ால்", "ுடன்", "ிடம்", "ும்", "ிலிருந்து", "ிலும்",
          "த்தில்", "த்தின்", "த்திற்கு", "த்தை", "த்திலிருந்து", "த்திலும்", "வின்", "விற்கு", "வில்", "வை",
          "யின்", "யை", "யிடம்", "யுடன்", "யால்", "யும்", "யிடமிருந்து")  # after -i: ராமசாமியின்
# Before a word starting with க, ச, த or ப, a dative or accusative ending doubles that consonant
# onto itself (செந்தில்குமாருக்குத் தெரியும், ராமனைப் பார்த்தேன்): sandhi, still the same ending.
_TAMIL += tuple(e + c for e in _TAMIL if e.endswith(("கு", "ை")) for c in ("க்", "ச்", "த்", "ப்"))


# Telugu endings: మెట్రోలో (in), హైదరాబాద్‌కు (to), రెడ్డితో (with), ను / ని (object), నుంచి (from).
_TELUGU = ("", "లో", "లోని", "కు", "కి", "ను", "ని", "తో", "నుంచి", "నుండి", "పై", "గారు", "గారి", "‌లో", "‌కు", "‌తో",
           "‌ను", "‌కి", "‌నుంచి")
# Kannada endings: ಬೆಂಗಳೂರಿನಲ್ಲಿ (in), ಹೆಗ್ಡೆಯವರು (honorific), ನ / ರ / ದ (of), ಗೆ / ಕ್ಕೆ (to).
_KANNADA = ("", "ನಲ್ಲಿ", "ದಲ್ಲಿ", "ಯಲ್ಲಿ", "ಲ್ಲಿ", "ನ", "ರ", "ದ", "ಯ", "ಗೆ", "ಕ್ಕೆ", "ಿಗೆ", "ನ್ನು", "ವನ್ನು", "ಅನ್ನು", "ನಿಂದ",
            "ದಿಂದ", "ಿಂದ", "ಯವರು", "ಅವರು", "ರು", "ಿನ", "ಿನಲ್ಲಿ", "‌ನಲ್ಲಿ", "‌ಗೆ", "‌ನ")
# Malayalam endings: കൊച്ചിയിൽ (in), കൊച്ചിയുടെ (of), ന്റെ, ക്ക് (to).
_MALAYALAM = ("", "്", "ിൽ", "യിൽ", "ത്തിൽ", "ിന്റെ", "ന്റെ", "യുടെ", "ുടെ", "ക്ക്", "ിന്", "യ്ക്ക്", "ിലെ", "യിലെ", "ത്തിന്റെ")
# Sakha cases: dative Мииринэйгэ, ablative -тэн, accusative -ы, comitative -лыын
_SAKHA = ("га", "гэ", "ка", "кэ", "ҕа", "ҕэ", "ҥа", "ҥэ", "на", "нэ", "ко", "кө", "ҕо", "ҕө", "тан", "тэн", "ттан",
          "ттэн", "дан", "дэн", "нан", "нэн", "ны", "ни", "ну", "нү", "ы", "и", "у", "ү", "лыын", "лиин", "ынан")
# Chuvash cases: locative -ра/-ре/-та/-те, dative -а/-е/-на/-не, genitive -ӑн/-ӗн/-ын/-ин/-нӑн, ablative
_CHUVASH = ("ра", "ре", "та", "те", "а", "е", "на", "не", "ӑн", "ӗн", "ын", "ин", "нӑн", "нӗн", "ран", "рен",
            "тан", "тен", "пе", "па", "ӑ", "ӗ")


@lru_cache(maxsize=256)
def _latin_suffixes(code: str) -> frozenset[str]:
    return frozenset(_EN if code == "en" else _LATIN + _LATIN_CASES.get(code, ()))


# Languages whose names take no case endings (a possessive 's aside): a final vowel of a name
# is spelling there, not grammar.
NO_NAME_CASES = frozenset({"en", "fr", "es", "it", "pt", "nl", "id", "ms", "vi", "tl", "sw", "ca", "gl", "da",
                           "no", "nb", "sv", "af"})
# Where no ending swaps one final vowel for another, a swapped vowel is a spelling slip: German
# names take -s and adjectives -e/-en/-er, never e → i (Ferrante/Ferranti).
VOWEL_SWAP_IS_SPELLING = NO_NAME_CASES | {"de", "lb"}


# Celtic initial mutations: the first letters of a name change after a particle (Welsh
# Caerdydd / yng Nghaerdydd / o Gaerdydd; Irish Murchú / Uí Mhurchú, Baile / i mBaile).
# Each entry maps a mutated beginning to the radical beginnings it may stand for.
MUTATIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "cy": (("ngh", ("c",)), ("mh", ("p",)), ("nh", ("t",)), ("ng", ("g",)), ("ch", ("c",)), ("ph", ("p",)),
           ("th", ("t",)), ("dd", ("d",)), ("g", ("c",)), ("b", ("p",)), ("d", ("t",)), ("f", ("b", "m")),
           ("l", ("ll",)), ("r", ("rh",)), ("m", ("b",)), ("n", ("d",)), ("", ("g",))),
    "ga": (("bhf", ("f",)), ("mb", ("b",)), ("gc", ("c",)), ("nd", ("d",)), ("ng", ("g",)), ("bp", ("p",)),
           ("dt", ("t",)), ("ts", ("s",)), ("t-", ("",)), ("n-", ("",)), ("h", ("",)),
           ("bh", ("b",)), ("ch", ("c",)), ("dh", ("d",)), ("fh", ("f",)), ("gh", ("g",)), ("mh", ("m",)),
           ("ph", ("p",)), ("sh", ("s",)), ("th", ("t",))),
}
MUTATIONS["gd"] = MUTATIONS["ga"]
# Nguni noun-class prefixes written onto a name (isiZulu uDlamini, kuDlamini, nguDlamini,
# kwaZulu; capitalised at a sentence's start: UDlamini): the name is what follows.
MUTATIONS["zu"] = tuple((p, ("",)) for p in ("ngu", "ngo", "kwa", "ku", "ka", "no", "na", "ku", "u", "e"))
for _nguni in ("xh", "ss", "nr", "nd"):
    MUTATIONS[_nguni] = MUTATIONS["zu"]
MUTATIONS["br"] = (("c'h", ("k",)), ("g", ("k",)), ("b", ("p",)), ("d", ("t",)), ("v", ("b", "m")), ("z", ("d",)),
                    ("f", ("p",)), ("h", ("t",)))


def radicals(word: str, lang: str) -> frozenset[str]:
    """The forms a mutated word may stand for (itself included); folded."""
    f = fold(word)
    out = {f}
    for mutated, bases in MUTATIONS.get(primary_language(lang), ()):
        if f.startswith(mutated) and len(f) > len(mutated) + 2:
            out.update(base + f[len(mutated):] for base in bases)
    return frozenset(out)


