"""Sentence segmentation with exact code-point offsets: ICU's sentence rules plus our own repairs.

Why ICU: its sentence BreakIterator (UAX #29 plus CLDR data, via pyicu-wheels) already knows
the danda ``।``/``॥``, ``。！？``, closing quotes and brackets after a terminator, decimals,
and "no break before a lower-case word". What it gets wrong for edited prose we repair with
small, language-keyed rules applied to ICU's candidate breaks (never to text):

* abbreviations that precede a name or a word (``Mr.``, ``Dr.``, ``St.``, ``e.g.``, ``z. B.``,
  ``M.``, ``т. е.``, ``ড.``) and ones that precede a number (``No. 5``, ``Jan. 5``, ``S. 12``);
* initials and dotted initialisms (``V. Putin``, ``U.S. Congress``) unless the next word is a
  typical sentence opener (``The``, ``Der``, ``Il``, ``Он`` …);
* German-style ordinals (``am 24. Februar``, ``im 19. Jahrhundert``);
* ``?``/``!`` followed by a lower-case word (``“Is it?” he asked``);
* a closing quote separated by a space (French ``« Non. »``) stays with its sentence;
* Japanese ``「…。」と`` stays one sentence; URLs and e-mail addresses are never split;
* list markers (``1.``, ``a)``) are not sentences of their own.

Line structure: a blank line (or U+2029) always ends a sentence and starts a new paragraph.
A single line break is a hard break too (one paragraph or heading per line is the common plain
text layout), except where it looks like soft wrapping: the line does not end in a sentence
terminator and the next line starts with a lower-case letter; then the sentence continues.
When a text has no blank line at all, every line is its own paragraph.

Offsets are code points into the text exactly as given (ICU's UTF-16 offsets are converted).
A segment never starts or ends with whitespace, segments never overlap, and every
non-whitespace character lies in exactly one segment.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

import icu

from auditor.core.models import Segment, segment_id

SEGMENTER_VERSION = "rules-20"  # 20: Polish degrees (dr n. med.); 19: the Arabic press's two-dot pause (المعدية.. وارتفاع) is no sentence end; 18: Marathi abbreviations (ता. १५, जि., सौ.); 17: a Chinese quotation's opening mark, which ICU leaves after the sentence before (支持。“我们…), opens the next; a note in square brackets closing within 40 characters is not cut, nor English Assoc. and Asst.; 16: Thai and Lao witnesses a translation reorders (its numbers tell) cut at spaces too; 15: a dot inside a short parenthesis, (დაახლ. 127 მლნ ლარი); 14: Thai and Lao witnesses a retelling reorders cut at spaces; 13: Latin dates (a.d. V Id. Feb.), Tamil ரூ., Eng. (engineer), a note after a dash; 12: Tibetan shad, prefixed Bantu titles (uMnu.); 11: two-letter romanised initials (Ts.); 10: Indic initials (കെ., എസ്.); 9: Inż., dott., all'ing., रु.; 8: Dutch titles; 7: 16 languages, Thai
_TWO_DOT_PAUSE = frozenset({"ar", "fa", "ur", "ps", "ckb", "prs", "sd", "ug"})
"""Languages whose press writes ``..`` as a pause inside a sentence (headlines and leads)."""
MAX_SEGMENT_CHARS = 1_000_000
"""A longer run without any sentence break is cut at the last whitespace before this length
(or hard, if there is none): XML parsers refuse text nodes over 10,000,000 characters, and a
"sentence" that long is a broken input, not prose."""
"""Bumped whenever a rule change can move a segment boundary."""

_NEWLINE = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")
_UNIVERSAL_NEWLINE = re.compile(r"\r\n|[\n\r]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Bounded quantifiers keep these linear on a 1 MB line without spaces.
_URL_OR_EMAIL = re.compile(
    r"(?:\b(?:https?|ftp|file)://|\bwww\.)[^\s<>\"]{1,2000}"
    r"|[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}",
    re.IGNORECASE,
)
_DIALOGUE = re.compile(r"[.!?…][\"'»”’)\]]*()\s+(--|[-‐‑‒–—―])")
_WORD = re.compile(r"[^\W\d_]+")
_QUOTES = "\"'"
_SHAD = re.compile("[\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f14][\"'”»’)]*(?=[ \u00a0]+\\S)")
_DANDA_LANGS = frozenset({"bn", "as", "hi", "ne", "sa", "pa", "or", "mai", "bho"})


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Abbreviations that (almost) never end a sentence: the word after them belongs to the same one.
# Languages without a list of their own use the English one (common in international text).
# (Ts., Sh., Kh.: Mongolian, Kazakh and Russian patronymic initials romanised as two letters)
_ABBREV_ANY = _words("e.g i.e cf vs viz al approx ca Dr Prof Ts Sh Kh Zh Ch Ya Yu Yo Ye Dzh Sch Shch")
_ABBREV = {
    "en": _words(
        "Mr Mrs Ms Messrs Dr Prof Sr Jr St Mt Ft Gen Col Lt Maj Capt Cmdr Sgt Adm Gov "
        "Sen Sens Rep Reps Rev Hon Pres Supt Insp Det Amb Pvt Cpl Fr Br Sr Mme Mlle Eng Assoc Asst"
    ),
    "de": _words("z d.h u.a z.B Dr Prof Hr Fr Frl St vgl bzw evtl ggf inkl sog usf bspw ü ü.M"),
    "fr": _words("MM Mme Mmes Mlle Mlles Dr Pr Me Mgr St Ste cf env"),
    "ru": _words("т т.е т.к т.н т.п см ср напр проф акад ул пл пр-т просп св тов г-н г-жа"),
    "uk": _words("т.зв див проф акад вул ім"),
    "es": _words("Sr Sra Srta Dr Dra Prof Ud Uds Vd Vds D Dña"),
    "it": _words("Sig Sigg Sig.ra Dott Prof Ing Avv On dott dott.ssa prof ing avv sig geom arch on"),
    "pt": _words("Sr Sra Dr Dra Prof Exmo Exma"),
    "nl": _words("dhr mevr mw Dr dr Prof prof ing ir mr drs ds bijv d.w.z o.a i.v.m m.b.t e.a t.a.v i.p.v z.g.a"),
    "is": _words("t.d o.fl m.a þ.e"),
    "bn": _words("ড ডা মো মোসা মি মিস অধ্যা প্রফে"),
    "hi": _words("डॉ श्री श्रीमती प्रो"),
    # Marathi: titles, ता. (the date's day, ता. १५, or a taluka, ता. माजलगाव), जि. (district)
    "mr": _words("डॉ श्री श्रीमती सौ कु प्रा प्रो मा ना जि ता रा"),
    "ne": _words("डा प्रा श्री"),
    # titles and "for example"-type abbreviations; none that often ends a sentence (pl "r.",
    # hu "stb.", tr "vb.", fi "mm." are left out)
    "sw": _words("Dkt Dk Bi Bw Mhe Mh Prof Mwl Mch n.k k.m"),
    # (dr n. med., dr hab. n. hum.: the degree's field, doctor of medical sciences)
    "pl": _words("dr prof mgr inż hab ks np m.in tzw ul godz ok al mec adw red św st im n med hum farm tech wet"),
    "cs": _words("MUDr JUDr PhDr Ing Mgr Bc doc prof např tzv tj resp ul"),
    "sk": _words("MUDr JUDr PhDr Ing Mgr Bc doc prof napr tzv tj resp ul"),
    "hu": _words("dr pl ill ifj id özv"),
    "sv": _words("t.ex bl.a dvs d.v.s p.g.a f.d"),
    "da": _words("f.eks bl.a dvs hr fru ca"),
    "nb": _words("f.eks bl.a dvs ca"),
    "no": _words("f.eks bl.a dvs ca"),
    "fi": _words("esim ns ts n tri"),
    "ro": _words("dl dna dlui dnei prof dr str nr"),
    "tr": _words("Dr Prof Doç Av Op Yrd Sn"),
    "id": _words("dr Dr Bpk Jl Prof Ir Drs Dra"),
    "ms": _words("Dr Prof Tn Pn Jln"),
    "vi": _words("TS ThS PGS GS TP BS"),
    "el": _words("κ κα π.χ δηλ"),
    # Latin: dates counted from the Kalends, Nones and Ides (a.d. V Id. Feb.), titles
    "la": _words("a.d Kal Non Id Ian Feb Mart Mar Apr Mai Iun Iul Aug Sept Sep Oct Nov Dec Card Em Exc Rev S Ss"),
}
# Abbreviations that continue the sentence when a number follows: ``No. 5``, ``Jan. 5``.
# Brahmic scripts from Devanagari to Sinhala. An initial there is one letter with its vowel
# sign (കെ., மு.), or the name of a Latin letter spelt with two (എസ്. = S.; the names of F, L,
# M, N, R, S, H and X, which begin with a vowel letter; ആണ്. "is" has that shape too, so only
# these names are listed).
_INDIC_WORD = re.compile("[\u0900-\u0dff]+")
_INDIC_INITIALS = frozenset("""
എഫ് എൽ എം എൻ ആർ എസ് എച്ച് എക്സ് எஃப் எல் எம் என் ஆர் எஸ் எச் எக்ஸ் ఎఫ్ ఎల్ ఎం ఎన్ ఆర్ ఎస్ హెచ్ ఎక్స్
ಎಫ್ ಎಲ್ ಎಂ ಎನ್ ಆರ್ ಎಸ್ ಎಚ್ ಎಕ್ಸ್ एफ एल एम एन आर एस एच एक्स এফ এল এম এন এস এইচ এক্স
એફ એલ એમ એન આર એસ એચ එෆ් එල් එම් එන් ආර් එස් එච්""".split())


def _base_letters(word: str) -> int:
    return sum(not unicodedata.category(c).startswith("M") for c in word)


_ELIDING = frozenset({"it", "fr", "ca", "oc", "fur", "lld", "sc", "co"})  # l', d', all', dell'
_ABBREV_NUMBER = _words(
    "No Nos no nr Nr Nrn p pp vol Vol art Art fig Fig ch Ch sec Sec ed S Bd Abs Ziff Abb "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec janv févr avr juil sept oct nov déc "
    "Jän Feb Febr Okt Dez стр с рис табл гл ч янв февр апр авг сент окт нояб дек № тел "
    # clock, currency and count abbreviations: kl. 20, godz. 14, kr. 120, Rs. 500, ok. 30, tys. 5
    "kl Kl klo godz kr Kr tlf tel Tel Rs Tk ok tys str रु रू ரூ "
    # born / died / circa before a year: (b. 1911), (d. 3 Mart 1911), geb. 3. März, ö. 1987
    "b c d ö geb gest fl"
)
# Scale abbreviations that a currency may follow (61,5 Mio. Euro) and the currencies.
_SCALE_ABBREV = frozenset({"Mio", "Mrd", "Tsd", "Mill", "Bio", "mio", "mrd", "tsd", "mln", "mld", "tys", "млн",
                           "млрд", "тыс", "тис", "mil", "milj", "md"})
_CURRENCY_AFTER = re.compile(r"\s*(?:Euro|EUR|Dollar|USD|US-Dollar|Franken|CHF|Pfund|Yen|Yuan|Rubel|Kronen|Forint|"
                             r"Zloty|zł|złotych|euro|dolarów|dollars?|рубл|гривен|долл|евро|€|\$|£)")
# Southern Bantu titles take a noun-class or case prefix and keep their capital: isiXhosa and
# isiZulu uMnu. (Mr), uNksz. (Mrs), uGqr. (Dr), uMfu. (Rev), kuMnu., ngokukaNksz.
_PREFIXED_TITLE_LANGS = frozenset({"xh", "zu", "nr", "ss", "nso", "st", "tn"})
_PREFIXED_TITLE = re.compile(r"(?:[A-Za-z][a-z]{0,9})?(?:Mnu|Nksz|Nkszn|Nkk|Gqr|Mfu|Njing|Prof|Dkt|Mna|Mme|Ngk|Rre)")
# Russian "г." is "город" before a name but "год" after a number, where it may end a sentence.
_ABBREV_UNLESS_AFTER_NUMBER = _words("г гг")
# Words that typically open a sentence: after an initial or an ordinal they mean "new sentence".
_OPENERS = {
    "en": _words(
        "The A An He She It They We I You This That These Those There Here His Her Its Their Our "
        "My Your But And Or So Yet In On At For If When While As After Before Since Although "
        "However Meanwhile Then Now Also Still Yes No Why What Who How Where"
    ),
    "de": _words(
        "Der Die Das Ein Eine Er Sie Es Wir Ich Ihr Dies Diese Dieser Dort Hier Aber Und Oder "
        "Doch Im In Am An Auf Als Wenn Nach Vor Seit Dann Nun Auch Noch Ja Nein Warum Was Wer Wie "
        "Wo Man Zudem Dabei Damit Deshalb"
    ),
    "fr": _words(
        "Le La Les Un Une Il Elle Ils Elles On Nous Vous Je Ce Cette Ces Mais Et Ou Donc Dans En "
        "Au Aux Pour Si Quand Après Avant Puis Alors Oui Non Pourquoi Qui Comment Où"
    ),
    "ru": _words(
        "Он Она Оно Они Мы Я Вы Ты Это Этот Эта Эти Тот Та Те Там Здесь Но И А Или В Во На По С "
        "Со К Из За Для Если Когда После До Тогда Теперь Да Нет Почему Что Кто Как Где"
    ),
}
_OPENERS["uk"] = _OPENERS["ru"]
# Ordinals are written "24." in many languages; ICU already keeps them before a lower-case
# word, but German capitalises nouns and months ("am 24. Februar", "im 19. Jahrhundert").
_CAPITALISED_NOUN_LANGS = frozenset({"de", "lb", "gsw"})
_LIST_MARKER = re.compile(r"[(\[]?(?:\d{1,3}|[ivxlcIVXLC]{1,5}|[A-Za-z])[.)\]]")


def segmenter_signature() -> str:
    """The segmenter's identity for reproducibility signatures, e.g. ``icu-77.1+rules-2``."""
    return f"icu-{icu.ICU_VERSION}+{SEGMENTER_VERSION}"


def segment_text(text: str, lang: str, witness_id: str, *, spaced: bool = False) -> tuple[Segment, ...]:
    """Split ``text`` into sentence segments with ids ``<witness_id>-s<n>`` (see module doc).
    ``spaced``: Thai and Lao are also cut at a space between two long runs of their script
    (``spaced_sentences``), for a witness a retelling reorders."""
    spans = sentence_spans(text, lang)
    if spaced and lang.split("-", 1)[0].lower() in SPACED_LANGUAGES:
        spans = spaced_sentences(text, spans)
    return tuple(
        Segment(segment_id(witness_id, i), witness_id, i, s, e, text[s:e], p)
        for i, (s, e, p) in enumerate(spans)
    )


SPACED_LANGUAGES = frozenset({"th", "lo"})
"""Languages whose witnesses ``spaced`` cuts at spaces (see ``spaced_sentences``)."""

# Thai and Lao write no full stop: a space between two words of the script ends a sentence or a
# clause. Cut there only where both sides are long (spaces also set off names, titles and
# numbers), and only for a witness a retelling reorders: there a paragraph is too coarse a unit
# to follow its sentences to their new places, while a translation keeps the paragraph's order
# and is served better by the paragraph whole.
_SPACED_BREAK = re.compile(
    "(?<=[\u0e01-\u0e4e\u0e81-\u0ece]) +(?=[\u0e01-\u0e2e\u0e40-\u0e44\u0e81-\u0eae\u0ec0-\u0ec4])")
MIN_SPACED_SENTENCE = 60
"""Characters each side of a Thai or Lao space needs before the space ends a segment."""


def spaced_sentences(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``spans`` (start, end, paragraph) cut at the spaces ``_SPACED_BREAK`` finds between two
    runs of at least ``MIN_SPACED_SENTENCE`` characters."""
    out: list[tuple[int, int, int]] = []
    for s, e, p in spans:
        start = s
        for m in _SPACED_BREAK.finditer(text, s, e):
            if m.start() - start >= MIN_SPACED_SENTENCE and e - m.end() >= MIN_SPACED_SENTENCE:
                out.append((start, m.start(), p))
                start = m.end()
        out.append((start, e, p))
    return out


def segment_lines(text: str, witness_id: str) -> tuple[Segment, ...]:
    """Given segmentation: line ``i`` (0-based) is segment ``i``.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (Python's universal newlines).
    Empty lines are kept as empty segments so line numbers map 1:1 to segment indices; a final
    line terminator does not open an extra line. Surrounding whitespace is left out of each
    segment (an all-blank line becomes an empty segment at the line's start). The paragraph
    index grows after every run of blank lines.
    """
    out: list[Segment] = []
    if not text:
        return ()
    para, pos, blank_before = 0, 0, False
    bounds = [(m.start(), m.end()) for m in _UNIVERSAL_NEWLINE.finditer(text)]
    if not bounds or bounds[-1][1] < len(text):
        bounds.append((len(text), len(text)))
    for i, (term_start, term_end) in enumerate(bounds):
        line = text[pos:term_start]
        stripped = line.strip()
        if stripped:
            if blank_before and out:
                para += 1
            blank_before = False
            s = pos + (len(line) - len(line.lstrip()))
            e = s + len(stripped)
        else:
            blank_before, s, e = True, pos, pos
        out.append(Segment(segment_id(witness_id, i), witness_id, i, s, e, text[s:e], para))
        pos = term_end
    return tuple(out)


def sentence_spans(text: str, lang: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of every sentence of ``text``, in order."""
    if not text.strip():
        return []
    work, para_of_line, line_starts = _prepare(text)
    cuts = _icu_breaks(work, lang)
    if lang.split("-", 1)[0].lower() in ("bo", "dz"):
        # ICU knows no Tibetan full stop: a shad (།, ༎) followed by a space ends the sentence
        cuts = sorted(set(cuts) | {m.end() for m in _SHAD.finditer(work)})
    pieces: list[tuple[int, int]] = []
    prev = 0
    for cut in cuts:
        s, e = _trim(text, prev, cut)
        if s < e:
            pieces.append((s, e))
        prev = cut
    merged = _tags_forward(text, _cap_length(text, _repair(text, work, _split_dialogue(text, pieces), lang)))
    return [(s, e, para_of_line[bisect.bisect_right(line_starts, s) - 1]) for s, e in merged]


def _tags_forward(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line-break tag that ends a sentence opens the next one instead, where a script that
    needs no space after its full stop (``。<br/>``) puts it too."""
    out = list(spans)
    for k in range(len(out) - 1):
        (s1, e1), (s2, e2) = out[k], out[k + 1]
        m = _BR_AT_END.search(text, s1, e1)
        if m and m.end() == e1 and not text[e1:s2].strip():
            out[k], out[k + 1] = (s1, m.start() + 1), (m.start() + 1, e2)
    return out


_BR_AT_END = re.compile(r"[.!?…]<br\s*/?>", re.I)


def _cap_length(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if all(e - s <= MAX_SEGMENT_CHARS for s, e in spans):
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > MAX_SEGMENT_CHARS:
            limit = s + MAX_SEGMENT_CHARS
            cut = max(text.rfind(" ", s + 1, limit), text.rfind("\t", s + 1, limit))
            cut = cut if cut > s else limit
            a, b = _trim(text, s, cut)
            out.append((a, b))
            s, _ = _trim(text, cut, e)
        out.append((s, e))
    return out


def _split_dialogue(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Break before a dialogue dash after a terminator ("Да. — Нет"), which ICU never does."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        for m in _DIALOGUE.finditer(text, s, e):
            after = text[m.end():m.end() + 4].lstrip(" \t\"'«„“‘")
            if after and after[0].isalpha() and not after[0].islower():
                out.append((s, m.start(1)))
                s = m.start(2)
        out.append((s, e))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    chunk = text[a:b]
    core = chunk.strip()
    if not core:
        return a, a
    s = a + len(chunk) - len(chunk.lstrip())
    return s, s + len(core)


def _prepare(text: str) -> tuple[str, list[int], list[int]]:
    """Blank out soft line breaks for ICU; number the paragraph of every line."""
    lines: list[tuple[int, int, str]] = []  # (start, end without terminator, terminator)
    pos = 0
    for m in _NEWLINE.finditer(text):
        lines.append((pos, m.start(), m.group()))
        pos = m.end()
    lines.append((pos, len(text), ""))
    blank = [not text[s:e].strip() for s, e, _ in lines]
    content = [i for i, b in enumerate(blank) if not b]
    paragraph_marks = "\u2029" in text or (
        bool(content) and any(blank[content[0]:content[-1]])
    )
    line_starts = [s for s, _, _ in lines]
    para_of_line: list[int] = []
    soft: list[tuple[int, int]] = []
    para, prev_content, gap = 0, -1, False
    for i, (s, _e, term) in enumerate(lines):
        if blank[i]:
            gap = True
        else:
            if prev_content >= 0:
                if gap:
                    para += 1
                elif _soft_break(text, lines[prev_content][1], s):
                    _, pe, pterm = lines[prev_content]
                    soft.append((pe, pe + len(pterm)))
                elif not paragraph_marks:
                    para += 1
            prev_content, gap = i, False
        if term == "\u2029":
            gap = True
        para_of_line.append(para)
    work = text
    if soft:
        parts, last = [], 0
        for a, b in soft:
            parts.append(text[last:a])
            parts.append(" " * (b - a))
            last = b
        parts.append(text[last:])
        work = "".join(parts)
    # Lone surrogates cannot cross into ICU; U+FFFD has the same length in both encodings.
    work = _SURROGATE.sub("\ufffd", work)
    # A line-break tag after a sentence's end is a space to ICU ("paused.<br/>Connect"), as it
    # is to a reader; Japanese 。 needs no space, so both sides split alike.
    work = _BR_AFTER_END.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), work)
    return work, para_of_line, line_starts


_BR_AFTER_END = re.compile(r"([.!?…])<br\s*/?>", re.I)


def _soft_break(text: str, prev_end: int, next_start: int) -> bool:
    """A line break between two content lines that only wraps a running sentence."""
    tail = text[max(0, prev_end - 8):prev_end].rstrip()
    head = text[next_start:next_start + 8].lstrip()
    if not tail or not head or not head[0].islower():
        return False
    last = tail.rstrip("".join(c for c in tail if _is_closer(c)) or None)
    return not last or not _is_terminator(last[-1])


@lru_cache(maxsize=512)
def _is_terminator(ch: str) -> bool:
    return bool(icu.Char.hasBinaryProperty(ch, icu.UProperty.S_TERM))


@lru_cache(maxsize=512)
def _is_closer(ch: str) -> bool:
    return ch in _QUOTES or unicodedata.category(ch) in ("Pe", "Pf", "Pi")


def _icu_breaks(work: str, lang: str) -> list[int]:
    """ICU sentence boundaries in code points (ICU counts UTF-16 units)."""
    try:
        locale = icu.Locale.forLanguageTag(lang or "und")
    except icu.ICUError:
        locale = icu.Locale.getRoot()
    it = icu.BreakIterator.createSentenceInstance(locale)
    it.setText(work)
    units = list(it)
    astral = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(work))]  # UTF-16 positions
    if not astral:
        return units
    return [u - bisect.bisect_left(astral, u) for u in units]


def _repair(
    text: str, work: str, pieces: list[tuple[int, int]], lang: str
) -> list[tuple[int, int]]:
    """Merge ICU pieces that our rules say belong together (never across a hard line break)."""
    if not pieces:
        return []
    primary = lang.split("-", 1)[0].lower() if lang else "und"
    urls = [(m.start(), m.end()) for m in _URL_OR_EMAIL.finditer(text)]
    url_starts = [a for a, _ in urls]
    out = [pieces[0]]
    for rs, re_ in pieces[1:]:
        ls, le = out[-1]
        if _NEWLINE.search(work, le, rs):
            out.append((rs, re_))
            continue
        # A closing quote or bracket that ICU left at the front of the next piece (« Non. »).
        k = rs
        while k < re_ and _is_closer(text[k]) and text[k] not in "‘“„«‹":
            k += 1
        if k > rs and (k == re_ or text[k].isspace()):
            if k == re_:
                out[-1] = (ls, re_)
                continue
            out[-1] = (ls, k)
            ls, le = out[-1]
            rs = _trim(text, k, re_)[0]
        if _url_straddles(urls, url_starts, le, rs) or _continues(text, ls, le, rs, re_, primary):
            out[-1] = (ls, re_)
        elif le == rs and le - ls >= 2 and text[le - 1] in "“「『" and text[le - 2] in "。！？":
            out[-1] = (ls, le - 1)  # 支持。“我们…: ICU left the next quotation's opening mark behind
            out.append((le - 1, re_))
        else:
            out.append((rs, re_))
    return out


def _url_straddles(urls: list[tuple[int, int]], starts: list[int], le: int, rs: int) -> bool:
    i = bisect.bisect_left(starts, le) - 1
    return i >= 0 and urls[i][0] < le and urls[i][1] > rs


_NOTE_AFTER_DASH = re.compile(r"[—–]\s*(?:Прим|Примеч|Ред|Прым|Red|Anm|N\.\s?d\.|Nota|Note|Ed)\.?", re.I)


def _continues(text: str, ls: int, le: int, rs: int, re_: int, lang: str) -> bool:
    """Whether the piece starting at ``rs`` continues the sentence ending at ``le``."""
    left = text[max(ls, le - 80):le]
    right = text[rs:min(re_, rs + 80)]
    gap = le == rs
    last, first = left[-1], right[0]
    if _LIST_MARKER.fullmatch(text[ls:le]) if le - ls <= 6 else False:
        return True
    if lang == "ja" and gap and _is_closer(last) and "\u3041" <= first <= "\u309f":
        return True  # 「…。」と言った: the quotative particle continues the sentence
    if first in "—–" and _NOTE_AFTER_DASH.match(right):
        return True  # (… МЧС КР. — Прим. ред.): an editor's note signing off a bracket
    if last == "." and lang in ("th", "lo"):
        # Thai and Lao abbreviations are a letter or two between dots (พ.ศ. 2567, 10.00 น., ก.พ.);
        # a dot after a longer word, before a word, ends a sentence where the text uses them.
        word = re.split(r"[\s.]", left[:-1])[-1]
        letters = sum(not unicodedata.category(c).startswith("M") for c in word)
        after_number = bool(re.search(r"\d\s*\S{1,3}\Z", left[:-1]))  # 10 กม. (km), 5 ชม. (hours)
        # (Lao writes its classifier after the number and ends the sentence there: 86.450 ຄົນ.)
        # An acronym is bare consonants, no vowel sign (ททท. = TAT, กทม. = Bangkok, สตช.)
        acronym = lang == "th" and 2 <= len(word) <= 5 and all("\u0e01" <= c <= "\u0e2e" for c in word)
        return letters <= 1 or (letters <= 2 and after_number and lang == "th") or first.isdigit() or acronym
    if lang in ("th", "lo") and left.endswith(".)"):
        return True  # an abbreviation in brackets: (ททท.) กล่าวว่า …
    if last == "." and _open_bracket(text[ls:le]) and _CLOSES_SOON.match(right):
        return True  # an abbreviation inside a short parenthesis: (დაახლ. 127 მლნ ლარი), (approx. 45 km)
    if text[ls:le].count("[") > text[ls:le].count("]") and _SQUARE_CLOSES_SOON.match(right):
        return True  # a note in square brackets runs on to its signature: [… del condenado. N. del T.]
    if last != ".":
        body = left.rstrip("".join(c for c in left[-4:] if _is_closer(c)))
        return bool(body) and body[-1] in "?!‼⁇⁈⁉" and first.islower()
    if gap and first.isalpha():
        return True  # "বি.এন.পি.", "e.Mail": ICU breaks before a letter without a space
    tokens = left.split()
    token = tokens[-1].lstrip("([{\"'‘“„«‹¿¡")
    core = token[:-1]
    if (core.endswith(".") and not core.endswith("..") and lang.split("-", 1)[0].lower() in _TWO_DOT_PAUSE
            and first.isalpha()):
        return True  # حبس مالك المعدية.. وارتفاع: the Arabic press's two-dot pause, inside a sentence
    if not core or core.endswith("."):
        return False  # an ellipsis, not an abbreviation
    if lang in _ELIDING and re.search(r"\w['’]\w", core):
        core = re.split(r"['’]", core)[-1]  # all'ing., dell'avv., l'abbé: the word after the elision
    if first.isalpha() and _INDIC_WORD.fullmatch(core) and (_base_letters(core) <= 1 or core in _INDIC_INITIALS):
        return True  # an initial: കെ. സുധാകരൻ, மு. கருணாநிதி, എസ്. ഉണ്ണിക്കൃഷ്ണൻ (S.), एस. जयशंकर
    own = _ABBREV.get(lang, _ABBREV["en"])
    if core in _ABBREV_ANY or core in own or (core[:1].isupper() and core.lower() in own):
        return True  # (a title listed in lower case opens a sentence capitalised: Inż., Dott.)
    if len(tokens) > 1 and len(core) == 1 and re.fullmatch(r"\w\.", tokens[-2]) and f"{tokens[-2]}{core}" in own:
        return True  # written with a space: u. a. (u.a), d. h., z. B.
    if core in _SCALE_ABBREV and _CURRENCY_AFTER.match(right):
        return True  # 61,5 Mio. Euro, 3,4 Mrd. Dollar, 2,3 mln zł: the amount goes on
    if lang in _PREFIXED_TITLE_LANGS and (m := _PREFIXED_TITLE.fullmatch(core)) is not None:
        return True  # a class prefix written onto a title: uMnu. Dyantyi, NgokukaMnu. (according to Mr)
    if core in _ABBREV_NUMBER and first.isdigit():
        return True
    if first.isdigit() and "." in core and _is_initials(core):
        return True  # a dotted abbreviation before a number: Sinhala ප.ව. 2.30 (p.m. 2.30)
    if lang in ("ru", "uk", "be") and core in _ABBREV_UNLESS_AFTER_NUMBER:
        return not (len(tokens) > 1 and tokens[-2].rstrip(",").isdigit())
    m = _WORD.match(right)
    word = m.group() if m else ""
    word_is_initial = m is not None and right[m.end():m.end() + 1] == "."
    opener = word in _OPENERS.get(lang, _OPENERS["en"]) and not word_is_initial
    initials = _is_initials(core) or (
        len(tokens) > 1 and _is_initials(tokens[-2][:-1]) and tokens[-2].endswith(".")
        and core.isalpha() is False and len(core) <= 3 and core[0].isalpha()
    )
    if initials and word and (word[0].isupper() or not word[0].islower()):
        return not opener
    if core.isdigit() and len(core) <= 3 and lang in _CAPITALISED_NOUN_LANGS and word:
        return not opener
    return False


_CLOSES_SOON = re.compile(r"[^.!?。()\n]{1,60}\)")
_SQUARE_CLOSES_SOON = re.compile(r"[^\[\]\n]{1,40}\]")


def _open_bracket(piece: str) -> bool:
    """Does the piece leave a parenthesis open?"""
    return piece.count("(") > piece.count(")")


def _is_initials(core: str) -> bool:
    """``V``, ``U.S``, ``В.В``, ``এ``: single letters (with their marks) joined by periods."""
    parts = core.split(".")
    if len(parts) > 1 and all(len(p) == 1 and p.isalpha() for p in parts):
        return True  # "U.S", "a.m"
    for part in parts:
        if not part or not part[0].isalpha() or part[0].islower():
            return False
        if len(parts) > 1 and not part[0].isupper() and len(part) <= 3 and _letters(part):
            continue  # caseless "বি.এন.পি": parts are syllables, vowel signs included
        # Cased letters may carry non-spacing accents; a caseless letter must stand alone,
        # since Bengali "না" (letter + vowel sign) is a word, not an initial.
        marks_ok = part[0].isupper() and all(unicodedata.category(c) == "Mn" for c in part[1:])
        if len(part) > 1 and not marks_ok:
            return False
    return True


def _letters(part: str) -> bool:
    return all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in part)
