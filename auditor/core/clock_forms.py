"""Clock times and Chinese numerals as written in many languages: the patterns ``numbers`` reads.

Pure data and small pure functions, split from ``auditor.core.numbers``. A clock time is
compared on a 12-hour dial (18.30 = 6.30 pm = 午後6時30分); the words around a number say
whether it is one (``18.30 Uhr``, ``kl. 14``, ``午前3時14分``, ``രാവിലെ 8.30``).
"""

from __future__ import annotations

import re

# The hour word after the time: Hindi बजे, Urdu بجے, Tamil மணி (மணிக்கு), Thai น. …
CLOCK = re.compile(r"\s?(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|heures?\b|Uhr\b|ч\b|час|時(?!間)"
                   r"|बजे|بجے|மணி|वाजता|ਵਜੇ|વાગ્યે|മണി|గంటల|ಗಂಟೆ|น\.|นาฬิกา"
                   r"|uur\b|hod\b|hodin|hodiny|óra|órakor|órától|óráig|val\.|tundi|valandą"
                   # Māori: in the morning, afternoon, at night after the time (5.30 i te ata)
                   r"|i te (?:ata|ahiahi|pō|po)\b"
                   # Malay and Indonesian: in the morning, at midday, afternoon, evening, night
                   r"|(?<=\d[.:]\d\d )(?:pagi|tengah hari|petang|sore|malam)\b"
                   # Irish r.n. and i.n. (roimh nóin, iar nóin: before and after noon)
                   r"|[ri]\.n\."
                   r"|(?<=\d[.:]\d\d)f\b)", re.I)  # Scottish Gaelic 2.30f (feasgar: in the afternoon)
# 10.30 in a language that writes decimals with a comma: neither a decimal nor a thousands
# group (three digits), so a clock time (Czech "v 10.30", Dutch "om 10.30").
# (Not German: Swiss prices are written Fr. 3.50, and German times carry "Uhr".)
DOTTED_PRICES = frozenset({"de", "lb", "rm"})
DOTTED_TIME = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![.,]?\d)")


# (ends where no letter of the word goes on: Sinhala writes a suffix straight on, 2.30ට)
TIME = re.compile(r"([01]?\d|2[0-3])(?:[.:]|\s?h\s?|\s?giờ\s?)([0-5]\d)\s?(?:Uhr|h|ч|heures?|hrs?|a\.m\.|p\.m\.|am|pm)?"
                  r"(?![\dA-Za-z])", re.I)
# Words written before a clock time in languages that put no unit after it (Indonesian pukul,
# Scandinavian kl., Finnish klo, Turkish saat, Polish godz., Vietnamese lúc, Italian alle …).
CLOCK_BEFORE = re.compile(r"(?:\b(?:pukul|jam|kl|klo|kello|klockan|klokken|klokka|klukkan|kl|saat|saet|godz|godzinie|alle|om|um)"
                          r"|lúc|às|a las|\bà|ساعت|الساعة|ප\.ව|පෙ\.ව|பிற்பகல்|காலை|மாலை|இரவு"
                          # Sinhala morning, afternoon, evening, night, a.m., p.m. written out
                          r"|උදේ|දහවල්|සවස|රාත්\u200d?රී|පෙරවරු|පස්වරු"
                          # morning, evening, night before the time in Indic languages
                          r"|രാവിലെ|വൈകിട്ട്|വൈകുന്നേരം|രാത്രി|सुबह|शाम|रात|दोपहर|सकाळी|संध्याकाळी|সকাল|বিকেল"
                          r"|সন্ধ্যা|রাত|ఉదయం|సాయంత్రం|ಬೆಳಿಗ್ಗೆ|ಸಂಜೆ|સવારે|સાંજે)\.?\s*\Z", re.I)
HOUR_BEFORE = re.compile(r"(?:\b(?:pukul|jam|kl|klo|kello|klockan|klokken|klokka|klukkan|kl|saat|godz|godzinie)|ساعت|الساعة"
                         r"|ප\.ව|පෙ\.ව)\.?\s*\Z", re.I)
ROUND_THE_CLOCK = re.compile(r"[\s-]?(?:hours?\s+a\s+day|hours|h\b|/7)", re.I)

# A clock time in Bengali and Hindi words: ৪ টা ৪০ মিনিট, ৪টা ৪০ মিনিটে, 4 बजकर 40 मिनट.
# ৪ টা ৪০ মিনিট, 4 बजकर 40 मिनट, Urdu 7 بج کر 40 منٹ, Persian and Arabic ساعت ۴ و ۱۷ دقیقه (4 and 17 minutes)
# Hungarian 5 óra 12 perckor (at 5.12; 5 óra 12 perc alone is as often a duration).
# Odia writes o'clock and then the minutes with a case ending and no minute word: ୪ଟା ୧୦ରେ.
HOUR_MINUTE = re.compile(r"([01]?\d|2[0-3])\s?(?:টা|টায়|টায়|ঘটিকা|बजकर|बज\s?के|बज|بج\s?کر|بج\s?کے|و|និង|ଟା|óra)\s*([0-5]?\d)"
                         r"\s?(?:মিনিট|मिनट|منٹ|دقیقه|دقيقة|دقائق|នាទី|ମିନିଟ|perckor|(?<=\d)(?=ରେ|ରୁ|ଯାଏ))")

CJK_TIME = re.compile(
    r"(?:(?<=午前)|(?<=午後)|(?<=上午)|(?<=下午)|(?<=早上)|(?<=晚上)|(?<=오전 )|(?<=오후 )|(?<=오전)|(?<=오후))?"
    r"(?<![\d.,])(\d{1,2})\s?[時点시](?:\s?(\d{1,2})\s?[分분])?(\s?(?:頃|ごろ))?"
)


HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
HAN_NUMERAL = re.compile("[一二两兩三四五六七八九十百千]+")


def han_value(run: str) -> int | None:
    """二十五 = 25, 十五 = 15, 三百 = 300; None for what is no numeral (a lone unit)."""
    total, digit = 0, None
    for ch in run:
        if ch in HAN_DIGITS:
            if digit is not None:
                return None  # 一二: not a positional numeral
            digit = HAN_DIGITS[ch]
        else:
            total += (digit if digit is not None else 1) * HAN_UNITS[ch]
            digit = None
    total += digit or 0
    return total or None


def is_time(text: str, s: int, e: int) -> bool:
    """``18.30 Uhr``, ``18h30``, ``6.30 pm``: a clock time, compared on a 12-hour dial
    (18.30 = 6.30 pm)."""
    m = TIME.match(text, s)
    return m is not None and m.end(2) >= e and bool(m.group(0)[m.end(2) - s :].strip() or text[s:e].count(":"))
