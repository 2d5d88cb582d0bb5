"""``bracket-insertion``: editorial brackets added in translation; unbalanced brackets and quotes."""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Alignment, Finding, Severity, Witness
from auditor.core.normalize import char_script, expected_scripts

_OPEN = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "«": "»", "„": "“", "「": "」", "『": "』", "（": "）"}
_CLOSE = {v: k for k, v in _OPEN.items() if k != "„"}
_MARK = re.compile("[" + re.escape("".join(set(_OPEN) | set(_CLOSE))) + "]")
# Combining marks (Bengali and Devanagari vowel signs) are not \w: a word runs through them.
_COMBINING = "\u0300-\u036f\u0900-\u0dff\u1dc0-\u1dff\u200c\u200d"
_SQUARE = re.compile(r"\[[^\[\]\n]{1,400}\]")


_ROUND = re.compile(r"[(（]([^()（）\[\]\n]{1,300})[)）]")
# "about", "some", "approximately" before an amount: an editor's conversion, in many languages
_APPROX = re.compile(r"(?i)(?<!\w)(?:about|approx(?:imately)?|around|roughly|some|circa|ca\.|environ|près de|etwa|rund|"
                     r"ungefähr|примерно|около|приблизно|aproximadamente|cerca de|unos|unas|alrededor de|circa|ok\.|około|ongeveer|"
                     r"omkring|cirka|noin|körülbelül|kb\.|yaklaşık|sekitar|kira-kira|khoảng|takriban|"
                     r"approssimativamente|circa|aproximativ|přibližně|zhruba|približno|περίπου|apie|maždaug|"
                     r"apmēram|aptuveni|umbes|yaklaşık olarak|shamamana|takriban|დაახლოებით|დაახლ\.|"
                     r"մոտավորապես|մոտ|təxminən|шамамен|taxminan|ойролцоогоор|приблизительно|порядка|"
                     r"humigit-kumulang|kimanin|qiyaastii|близько|приблизно|близо|otprilike|oko|około|cca\.?)(?!\w)"
                     r"|约合|约|約|大约|≈|~|약|প্রায়|লগভগ|लगभग|करीब|क़रीब|حوالي|نحو|قرابة|حدود|تقریباً|تقريبا|בערך|כ-"
                     r"|சுமார்|సుమారు|ಸುಮಾರು|ഏകദേശം|सुमारे|આશરે|करिब|ประมาณ|ប្រហែល|ປະມານ|පමණ")
# A note's own signature: nota del traduttore / della redazione, note du traducteur / de la
# rédaction, Anmerkung der Redaktion / des Übersetzers, примечание редакции / переводчика, ed. note
_NOTE_MARK = re.compile(r"(?i)(?<!\w)(?:n\.\s?d\.\s?[trl]\.?|ndt|ndlr|n\.\s?d\.\s?l\.\s?r\.?|anm\.\s?d\.\s?(?:red|übers)|"
                        r"прим\.\s?(?:ред|пер)|(?<=[–—-] )red\.|ed\.\s?note|editor['’]s note|translator['’]s note)(?!\w)")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


_CONVERTED = re.compile(r"(?:US\$|[$€£¥₹]|USD|EUR|GBP)\s?\d[\d.,\u00a0\u202f ]*(?:\s?(?:million|billion|m|bn))?")


def _gloss(inner: str) -> bool:
    """Is a parenthesis long enough to be an explanation or a conversion rather than an
    acronym, a name or a short aside: three words (eight ideographs), or an approximate amount?
    Or does it sign itself as the translator's or the editor's note (N.d.T., Прим. ред.)?"""
    if _NOTE_MARK.search(inner):
        return True
    if any(ch.isdigit() for ch in inner) and (_APPROX.search(inner) or _CONVERTED.fullmatch(inner.strip())):
        return True  # (an amount in another currency alone: "28 million afghanis ($390,000)")
    if _CJK.search(inner):
        return len(_CJK.findall(inner)) >= 8
    return len(inner.split()) >= 3 and sum(ch.isalpha() for ch in inner) >= 15


def _amounts(text: str, lang: str) -> frozenset[float]:
    from auditor.core.numbers import extract_quantities

    return frozenset(q.value for q in extract_quantities(text, lang) if q.value is not None and q.value >= 10)


@lru_cache(maxsize=8)
def _all_amounts(text: str, lang: str) -> frozenset[float]:
    return _amounts(text, lang)


_ACRONYM = re.compile(r"[A-ZÀ-Þ0-9&.-]{2,8}")


def _original_name(ctx: CheckContext, w: Witness, inner: str) -> bool:
    """Is a parenthesis the original of a name, in a script the witness does not write and as
    the parent writes it (``（Hallwanger Antriebstechnik AG）`` in Chinese, ``(Bodegas Arrieta)``
    in Hebrew)? The press of many languages gives a foreign name so; it glosses nothing."""
    letters = [ch for ch in inner if ch.isalpha()]
    if not letters or not inner.strip()[:1].isupper():
        return False
    own = expected_scripts(w.lang)
    if any(char_script(ch) in own for ch in letters):
        return False
    return inner.strip() in ctx.chain.witness(w.parent or "").text


@lru_cache(maxsize=8)  # asked per bracket of the child: read the parent once
def _glossed_amounts(text: str, lang: str) -> frozenset[float]:
    """Amounts (10 or more) a text gives inside its own glossing parentheses."""
    return frozenset(v for m in _ROUND.finditer(text) if _gloss(m.group(1)) for v in _amounts(m.group(1), lang))


def _moved_box(ctx: CheckContext, a: Alignment, box: str) -> bool:
    """Does the parent of a retold hop have a square-bracketed insertion of its own that this
    one (``box``) translates, as far as lengths tell: as long as the hop's length ratio
    predicts, within a factor of two?"""
    from auditor.core.checks.merged_beads import _model
    from auditor.core.checks.omission import letters

    med = _model(ctx, a)[0]
    mine = letters(box)
    return any(abs(math.log(max(mine, 1) / max(letters(p.group()), 1)) - med) <= math.log(2)
               for p in _SQUARE.finditer(ctx.chain.witness(a.source).text))


def editorial_boxes(source_texts: Sequence[str], target_texts: Sequence[str]) -> list[tuple[int, int, int]]:
    """(target index, start, end) of the brackets a translator added to one bead: square
    brackets when no source text has any, and glossing parentheses (see ``_gloss``) when no
    source text has a bracket of any kind. Offsets are within each target text."""
    if not any(c in text for text in target_texts for c in "[(（【〔［"):
        return []  # most sentences: no bracket at all
    src = " ".join(source_texts)
    out: list[tuple[int, int, int]] = []
    for k, text in enumerate(target_texts):
        if not any(c in src for c in "[【〔［"):  # (a Japanese 【会社概要】 is the heading's own bracket)
            out.extend((k, m.start(), m.end()) for m in _SQUARE.finditer(text))
        if not any(c in src for c in "([（［"):
            out.extend((k, m.start(), m.end()) for m in _ROUND.finditer(text)
                       if _gloss(m.group(1)) and not _translated_aside(m.group(1), src))
        elif not any(_AMOUNT.search(m.group(1)) for m in _ROUND.finditer(src)):
            # the source's brackets hold no amount ((WKN: A3E7KP)): a conversion is still added
            out.extend((k, m.start(), m.end()) for m in _ROUND.finditer(text) if _conversion(m.group(1)))
    return out


_AMOUNT = re.compile(r"(?<![\dA-Za-z])\d")  # a number, not a code's digits (A3E7KP): no Latin letter before it


def _conversion(inner: str) -> bool:
    """An amount given again, approximately or in another currency: (approx. US$139 million)."""
    return any(ch.isdigit() for ch in inner) and bool(_APPROX.search(inner) or _CONVERTED.fullmatch(inner.strip()))


def _letter(ch: str) -> bool:
    # Vowel signs (Bengali ি, Devanagari ा) are marks, not letters, but sit inside words.
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def _between_letters(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and _letter(text[i - 1]) and _letter(text[i + 1])


_LIST_MARK = re.compile(r"[ \t]*(?:[a-zA-Z]|[ivxlcIVXLC]{1,5}|\d{1,2}|[\u0600-\u06ff])\)")
# Scripts where a ’ before a word opens a quotation: Latin (a mistyped ‘), and right-to-left
# text, which types its quotes mirrored (’…‘).
_QUOTE_FIRST = frozenset({"Latin", "Arabic", "Hebrew", "Syriac", "Thaana"})


# A word's first letters elided (Dutch ’t, ’s, ’n; English ’em, ’til) or a year's century.
_ELISION = re.compile(r"’(?:[tsnk]|em|til|tis|twas)(?![^\W\d_])|’\d\d(?!\d)")


def _is_apostrophe(text: str, i: int) -> bool:
    """’ between letters (Russia’s, don’t) or after a plural s (agents’ letters) is an apostrophe."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if not _letter(prev) and _ELISION.match(text, i):
        return True  # Van ’t Hoff, ’s-Hertogenbosch, ’n, rock ’n’ roll, the ’90s
    if prev.isspace() and _letter(nxt) and not nxt.isascii() and char_script(nxt) not in _QUOTE_FIRST \
            and text.find("‘", max(0, i - 200), i) < 0:
        return True  # an elision at a word's start in a script without ‘ quotes: Punjabi ’ਤੇ (on)
    one_letter = prev.lower() in "ldsjnmtc" and (i < 2 or not _letter(text[i - 2]))
    qu = text[max(0, i - 2) : i].lower() == "qu" and (i < 3 or not _letter(text[i - 3]))
    if (one_letter or qu) and (nxt.isdigit() or nxt in "«“\""):
        return True  # a Romance article or preposition elided before a number or a quotation: l’8, d’« un …
    if prev.isdigit() and nxt.isalpha() and (nxt.isascii() or char_script(nxt) == "Latin") and not _closes_quote(text, i):
        return True  # a suffix after a number: Turkish 2011’den, %60’ı, the 1990’s
    if _letter(prev) and nxt.isspace() and text.find("‘", max(0, i - 200), i) < 0:
        word = re.search(r"(\w+)\Z", text[max(0, i - 4) : i])
        if word and word.group(1) in _ELIDED_WORDS:
            return True  # an elided short word, no ‘ open before it: Gaelic a’ (of the), th’, m’
        if text[i + 2 : i + 3].islower() and len(_MID_APOSTROPHE.findall(text, max(0, i - 300), i + 300)) >= 2:
            # mid-sentence, no ‘ open before it, and not the only one: a glottal mark of the
            # orthography (Santali tumdak’ and tamak’ drums); one alone may close a quotation
            return True
    if _letter(prev) and _letter(nxt) and _closes_quote(text, i) and (
            not _same_script(prev, nxt) or char_script(nxt) in _NO_APOSTROPHE):
        return False  # ‘WR-350S’가, ‘빛으로 물든 호수’를: a particle written straight after the closing quote
    return _letter(prev) and (_letter(nxt) or (prev in "sS" and (nxt.isspace() or nxt in ".,;:!?")
                                               and not _closes_quote(text, i)))


_MID_APOSTROPHE = re.compile(r"[^\W\d_]’ [^\W\d_]")
# Short words written elided before a space (Gaelic a’ for ag/an, th’ for tha, m’, d’, b’;
# Italian po’ for poco and the imperatives di’, fa’, va’, sta’; Greek απ’, γι’).
_ELIDED_WORDS = frozenset({"a", "th", "m", "d", "b", "g", "dh", "bh", "o", "n",
                           "po", "mo", "di", "fa", "va", "sta", "be",  # Italian un po’ (poco), a mo’ di
                           # Greek απ’ (από), γι’ (για), σ’, τ’, μ’, θ’, ν’, κι’, ουτ’, ποτ’
                           "απ", "γι", "σ", "τ", "μ", "θ", "ν", "κι", "ουτ", "ποτ", "π", "δ"})
# Scripts whose words never hold an apostrophe: a ’ between their letters closes a quotation.
_NO_APOSTROPHE = frozenset({"Hangul", "Han", "Hiragana", "Katakana", "Thai", "Devanagari", "Bengali", "Gujarati",
                            "Gurmukhi", "Oriya", "Kannada", "Telugu", "Tamil", "Malayalam", "Sinhala", "Myanmar",
                            "Khmer", "Lao", "Tibetan", "Ethiopic", "Georgian"})


def _same_script(a: str, b: str) -> bool:
    return a.isascii() == b.isascii() and (a.isascii() or char_script(a) == char_script(b))


def _closes_quote(text: str, i: int) -> bool:
    """Is a ‘ open before ``i``: no ’ since it but apostrophes inside words (‘if you don’t …’)?"""
    j = text.rfind("‘", 0, i)
    if j < 0 or "\n" in text[j:i]:
        return False
    return all(_letter(text[k - 1]) and _letter(text[k + 1])
               for k in range(j + 1, i) if text[k] == "’")


def unbalanced(text: str, start: int = 0, end: int | None = None, rtl: bool = False) -> list[tuple[int, str]]:
    """Positions of brackets and curly quotes without a partner in ``text[start:end]``,
    as (offset, kind) with kind ``open`` or ``close``. Nesting is checked with a stack; a
    closer that matches an outer opener closes it and reports the inner ones. ``rtl``: the
    text is right-to-left, where quotes are often typed mirrored (Urdu ``’…‘``, ``”…“``)."""
    end = len(text) if end is None else end
    stack: list[int] = []
    bad: list[tuple[int, str]] = []
    # Typographic conventions that reuse a closing mark: Finnish and Swedish ”…” (no “ in the
    # text), Danish and German »…« (the first guillemet points right).
    same_close = text.find("“", start, end) < 0
    left, right = text.find("«", start, end), text.find("»", start, end)  # str.find: no loop over characters
    first_guillemet = "" if left < 0 and right < 0 else ("«" if right < 0 or 0 <= left < right else "»")
    opens, closes = _OPEN, _CLOSE
    if first_guillemet == "»":
        opens = {**{k: v for k, v in _OPEN.items() if k != "«"}, "»": "«"}
        closes = {v: k for k, v in opens.items() if k != "„"}
    for m in _MARK.finditer(text, start, end):  # jump from mark to mark
        i = m.start()
        ch = text[i]
        if ch == "’" and _is_apostrophe(text, i):
            continue
        if ch in "“”" and stack and text[stack[-1]] == "„":
            stack.pop()  # German „…“, Polish, Romanian and Hungarian „…”
            continue
        if ch == "”" and same_close:
            if stack and text[stack[-1]] == "”":
                stack.pop()
            elif "“" not in closes or not any(text[p] == "“" for p in stack):
                stack.append(i)  # ”…”: this one opens
            continue
        if ch == ")" and i - text.rfind("\n", 0, i) <= 8 and _LIST_MARK.fullmatch(text, text.rfind("\n", 0, i) + 1, i + 1):
            continue  # a) b) 1) at a line's start: a list item's mark, opened by nothing
        if ch in opens:
            stack.append(i)
        elif ch in closes:
            opener = closes[ch]
            k = next((n for n in range(len(stack) - 1, -1, -1) if text[stack[n]] == opener), None)
            if k is None:
                bad.append((i, "close"))
            else:
                bad.extend((p, "open") for p in stack[k + 1 :])
                del stack[k:]
    # a lone ” left open was as likely a closer missing its opener: say so, as before
    bad.extend((p, "close" if text[p] == "”" else "open") for p in stack)
    bad = sorted(bad)
    if rtl:
        bad = _pair_mirrored(text, bad)
    return _pair_straight(text, bad, start, end)


_MIRRORED = {"’": "‘", "”": "“"}


def _pair_mirrored(text: str, bad: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop quotes of right-to-left text typed the mirrored way round: a ’ "closer" with no
    opener before it and a ‘ "opener" with no closer after it, in that order, are one quote
    (BBC Urdu writes ’شمال کی …‘, which reads correctly right to left)."""
    kept = list(bad)
    for pos, kind in bad:
        want = _MIRRORED.get(text[pos])
        if kind != "close" or want is None or (pos, kind) not in kept:
            continue
        partner = next((q for q in kept if q[1] == "open" and q[0] > pos and text[q[0]] == want), None)
        if partner is not None:
            kept.remove((pos, kind))
            kept.remove(partner)
    return kept


def _pair_straight(text: str, bad: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    """Drop curly quotes that a straight quote partners (“China …," he said; ‘ … '): mixed
    styles are common in web copy and say nothing about missing text. A curly quote turned the
    wrong way with no straight partner on the right side (``"… বলেন?“``) stays."""
    free = {
        '"': [start + m.start() for m in re.finditer('"', text[start:end])],
        "'": [start + m.start() for m in re.finditer("'", text[start:end])
              if not _between_letters(text, start + m.start())],
    }
    kept: list[tuple[int, str]] = []
    for pos, kind in bad:
        partner = '"' if text[pos] in "“”„«»" else "'" if text[pos] in "‘’" else ""
        side = [q for q in free.get(partner, ()) if (q > pos if kind == "open" else q < pos)]
        if not side:
            kept.append((pos, kind))
            continue
        free[partner].remove(side[0] if kind == "open" else side[-1])
    return kept


def _rtl(lang: str) -> bool:
    """Is the language written right to left (its expected scripts include Arabic or Hebrew)?"""
    return bool(expected_scripts(lang) & {"Arabic", "Hebrew"})


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in re.finditer(r"\n\s*\n|\Z", text):
        yield pos, m.start()
        pos = m.end()


class BracketInsertion(Check):
    """Editorial brackets added in a translation, and brackets or quotes left unbalanced.

    Editorial brackets: a ``[…]`` in a translated witness whose aligned source segment has no
    square bracket, like the seed's ``[প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি]``: translators
    and MT post-editors mark their own insertions (or leftovers) that way. Square brackets in a
    root witness are the author's and are left alone. A parenthesis is editorial when it is a
    gloss (three words or more, eight ideographs, or an approximate amount: ``(a town at the
    northern tip of the Jaffna peninsula)``, ``（约合人民币2100元）``) and the aligned source
    has no bracket of any kind (param ``glosses``); acronyms and short asides are left alone,
    and so is a parenthesis whose two or more numbers and names all stand in the aligned source
    (a clause of the source set in brackets: ``(which has operated the Mokpo–Jeju route since
    2019)``).
    Text inside such brackets is this check's: ``addition`` and ``number-mismatch`` skip it.

    Unbalanced: within each paragraph, an opening bracket or curly quote (``( [ { “ ‘ « „ 「``)
    without its partner, or a closer without an opener. Apostrophes (``Russia’s``,
    ``agents’``) are not quotes. A translated segment whose aligned source segment is
    unbalanced the same way (a quotation running on into the next paragraph) is following
    its source and is not reported; the source is. A source segment whose straight quotes
    (which have no direction) do not pair up excuses both kinds in its translation. The span is the mark with the word next to
    it (``‘two``, ``chip.’``, ``“মেক্সিকোর``), so it can be read in a list.

    Params: ``editorial`` (true), ``glosses`` (true), ``unbalanced`` (true).
    """

    id = "bracket-insertion"
    title = "Bracket or quote inserted or unbalanced"
    severity = Severity.MINOR
    cost = 2.5

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        for w in ctx.chain.witnesses:
            if cfg.get("editorial", True) and w.parent is not None:
                yield from self._editorial(ctx, w, bool(cfg.get("glosses", True)))
            if cfg.get("unbalanced", True):
                yield from self._unbalanced(ctx, w)

    def _editorial(self, ctx: CheckContext, w: Witness, cfg_round: bool = True) -> Iterator[Finding]:
        a = ctx.alignment(w.parent or "", w.id)
        source_of: dict[str, tuple[str, ...]] = {}
        if a is not None:
            for b in a.beads:
                for t in b.target:
                    source_of[t] = b.source
        all_segs = ctx.segments.get(w.id, ())
        starts = [s.start for s in all_segs]
        square = [(m, "[") for m in _SQUARE.finditer(w.text)]
        round_ = [(m, "(") for m in _ROUND.finditer(w.text) if _gloss(m.group(1))] if cfg_round else []
        for m, kind in sorted(square + round_, key=lambda x: x[0].start()):
            lo = max(0, bisect.bisect_right(starts, m.start()) - 1)
            hi = bisect.bisect_left(starts, m.end())
            segs = tuple(s.id for s in all_segs[lo:hi] if s.start < m.end() and m.start() < s.end)
            src = {s for sid in segs for s in source_of.get(sid, ())}
            if not src and kind == "(":
                # no aligned source to compare with (a retelling merged the sentence): an amount
                # the parent gives nowhere is the editor's conversion all the same
                parent = ctx.chain.witness(w.parent or "")
                amounts = _amounts(m.group(1), w.lang)
                if not amounts or amounts & _all_amounts(parent.text, parent.lang):
                    continue
            if kind == "[" and any(c in ctx.segment(s).text for s in src for c in "[【〔［"):
                continue
            if kind == "[" and w.id in ctx.retold and a is not None and _moved_box(ctx, a, m.group()):
                continue  # a retelling moved the parent's own bracketed insertion (reported there)
            if kind == "(" and any(c in ctx.segment(s).text for s in src for c in "[［【〔"):
                continue
            own = [g.group(1).strip() for s in src for g in _ROUND.finditer(ctx.segment(s).text)]
            if kind == "(" and own and (not all(_ACRONYM.fullmatch(x) for x in own)
                                        or not any(ch.isdigit() for ch in m.group(1))):
                continue  # the source has brackets of its own: an acronym a translation may spell out,
                # but which excuses no converted amount ((DNA) and then (about €250,000))
            parent = ctx.chain.witness(w.parent or "")
            if kind == "(" and _glossed_amounts(parent.text, parent.lang).intersection(_amounts(m.group(1), w.lang)):
                continue  # the parent glosses the same amount in brackets elsewhere: a retelling moved it
            if kind == "(" and _original_name(ctx, w, m.group(1)):
                continue
            if kind == "(" and src and _translated_aside(m.group(1), " ".join(ctx.segment(s).text for s in sorted(src))):
                continue  # the source's own clause, put in brackets: (which has run the route since 2019)
            yield Finding(
                check=self.id,
                severity=self.severity,
                witness=w.id,
                segments=segs,
                spans=(ctx.span(w.id, m.start(), m.end()),),
                message=("Square brackets not in the source: an editorial insertion or a leftover" if kind == "["
                         else "A gloss in brackets the source does not have: an editorial insertion"),
                hop=(w.parent, w.id) if w.parent else None,
                evidence=(("kind", "editorial" if kind == "[" else "gloss"),
                          ("source-segments", " ".join(sorted(src)) or "—")),
            )

    def _marks(self, ctx: CheckContext, w: Witness) -> Iterator[tuple[int, str, tuple[str, ...]]]:
        """(offset, kind, segment ids) of every unbalanced mark of a witness."""
        segs = ctx.segments.get(w.id, ())
        starts = [x.start for x in segs]
        rtl = _rtl(w.lang)
        for p0, p1 in _paragraphs(w.text):
            for pos, kind in unbalanced(w.text, p0, p1, rtl):
                k = bisect.bisect_right(starts, pos) - 1
                yield pos, kind, ((segs[k].id,) if k >= 0 and pos < segs[k].end else ())

    def _odd_straight(self, ctx: CheckContext, w: Witness) -> set[str]:
        """Segments whose straight quotes do not pair up within the segment.

        Straight quotes have no direction, so such a source segment may open or close a
        quotation that runs past it (NTREX's one-sentence lines: ``Now we have this great
        relationship."``); its translation's curly quote is then no more unbalanced than it.
        A ``'`` counts only where it cannot be an apostrophe: not between letters.
        """
        out: set[str] = set()
        for seg in ctx.segments.get(w.id, ()):
            t = seg.text
            if "'" not in t and '"' not in t:
                continue
            singles = sum(1 for i, ch in enumerate(t) if ch == "'" and not _between_letters(t, i))
            if t.count('"') % 2 or singles % 2:
                out.add(seg.id)
        return out

    def _inherited(self, ctx: CheckContext, w: Witness) -> set[tuple[str, str]]:
        """(segment id, kind) of this witness's segments aligned with a source segment that is
        unbalanced the same way: a quotation that runs on past its sentence or paragraph in the
        source does so in a faithful translation too."""
        if w.parent is None:
            return set()
        a = ctx.alignment(w.parent, w.id)
        if a is None:
            return set()
        parent = ctx.chain.witness(w.parent)
        src_bad = {(sid, kind) for _, kind, sids in self._marks(ctx, parent) for sid in sids}
        src_bad |= {(sid, kind) for sid in self._odd_straight(ctx, parent) for kind in ("open", "close")}
        out: set[tuple[str, str]] = set()
        for b in a.beads:
            for kind in ("open", "close"):
                if any((s, kind) in src_bad for s in b.source):
                    out.update((t, kind) for t in b.target)
        return out

    def _unbalanced(self, ctx: CheckContext, w: Witness) -> Iterator[Finding]:
        text = w.text
        inherited = self._inherited(ctx, w)
        rtl = _rtl(w.lang)
        for p0, p1 in _paragraphs(text):
            for pos, kind in unbalanced(text, p0, p1, rtl):
                if kind == "open":
                    m = re.match(rf"\S*?[^\W_][\w{_COMBINING}]*", text[pos + 1 : p1])
                    s, e = pos, pos + 1 + (m.end() if m else 0)
                else:
                    m = re.search(rf"[^\W_][\w{_COMBINING}]*\W*$", text[p0:pos])
                    s, e = (p0 + m.start() if m else pos), pos + 1
                seg_ids = tuple(x.id for x in ctx.segments.get(w.id, ()) if x.start <= pos < x.end)
                if any((sid, kind) in inherited for sid in seg_ids):
                    continue
                yield Finding(
                    check=self.id,
                    severity=self.severity,
                    witness=w.id,
                    segments=seg_ids,
                    spans=(ctx.span(w.id, s, e),),
                    message=f"Unbalanced {text[pos]}: {'never closed' if kind == 'open' else 'never opened'} in this paragraph",
                    evidence=(("kind", f"unbalanced-{kind}"), ("mark", text[pos])),
                )


def _translated_aside(inner: str, source: str) -> bool:
    """Does the bracket hold two or more numbers and names, every one of them in its aligned
    source, and no approximation? Then it translates a clause of the source that the
    translation set in brackets (``(which has operated the Mokpo–Jeju route since 2019)``); a
    gloss brings what the source does not say."""
    from auditor.core.checks.own_anchors import name_keys
    from auditor.core.normalize import digits_to_ascii

    if _APPROX.search(inner):
        return False
    theirs = [x.replace(",", "").replace(".", "") for x in _DIGIT_RUN.findall(digits_to_ascii(source))]
    numbers = [x.replace(",", "").replace(".", "") for x in _DIGIT_RUN.findall(digits_to_ascii(inner))]
    for x in numbers:
        if x not in theirs:
            return False
        theirs.remove(x)
    names = name_keys(" " + inner)
    if names - name_keys(" " + source):
        return False
    return len(numbers) + len(names) >= 2


_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")
