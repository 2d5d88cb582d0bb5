"""Phrases copied verbatim from the aligned source into a translation in the same script.

A helper of ``untranslated-span`` (not a check): ``die paid business version`` in a German
segment whose English source says ``the paid business version``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from auditor.core.checks.base import CheckContext
from auditor.core.models import Alignment
from auditor.core.name_endings import MUTATIONS, radicals
from auditor.core.names import Token, stopwords, token_script, word_tokens
from auditor.core.normalize import close_languages, expected_scripts, fold, primary_language
from auditor.core.number_words import SCALES


@lru_cache(maxsize=65536)
def _folded(text: str) -> tuple[str, ...]:
    """Case-folded word tokens of one segment (cached: every hop reads each segment twice)."""
    return tuple(fold(t.text) for t in word_tokens(text))


@lru_cache(maxsize=65536)
def unmarked(text: str) -> str:
    """``text`` with its placeholders, tags, URLs and e-mail addresses blanked (same offsets):
    ``{count}``, ``href`` and ``support@…`` are kept on purpose, not left untranslated."""
    from auditor.core.checks.markup_mismatch import markup_spans

    for s, e in markup_spans(text):
        text = text[:s] + " " * (e - s) + text[e:]
    if _CODE.search(text):
        text = _CODE.sub(_blank_code, text)
    return text


# File names, paths, dotted or snake_case keys and command-line flags (config.yaml,
# ~/.config/app/presets/, cache.max_size, --no-cache): code, kept as it is in every language.
_CODE = re.compile(r"(?<![\w.])~?/?(?:[\w-]+[./\\])+[\w-]*\w/?|(?<![\w-])--?[a-z][\w-]+|\b[a-z]+_\w+")
_LETTERS2 = re.compile(r"[A-Za-z]{2}")


def _blank_code(m: re.Match[str]) -> str:
    code = m.group()
    if code.startswith("-") or "_" in code or ("/" in code and _LETTERS2.search(code)):
        return " " * len(code)
    # dotted: a file name or key has a part of two letters or more after a dot (not U.S., e.g.)
    parts = re.split(r"[.\\]", code)
    if len(parts) >= 2 and any(_LETTERS2.search(p) for p in parts[1:]) and code[:1].islower():
        return " " * len(code)
    return code


def copied_phrases(
    ctx: CheckContext, a: Alignment, min_words: int, min_letters: int, word_letters: int = 0,
    foreign: Callable[[], frozenset[str]] | None = None,
) -> Iterator[tuple[str, int, int, str]]:
    """(segment id, start, end, source language) of each copied phrase in the hop's target.

    ``word_letters`` (0: off): also a single copied word that long, lower-case, used once in
    the witness and spelt with a letter of ``foreign()`` (see ``foreign_letters``; asked only
    when a candidate turns up, since it reads the whole witness): French
    ``irréalistes`` left in English. Words the two languages share (``important``,
    ``situation``) are spelt with letters of both and never qualify.
    """
    src_w, tgt_w = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
    scripts = expected_scripts(tgt_w.lang)
    if primary_language(src_w.lang) == primary_language(tgt_w.lang) or not scripts & expected_scripts(src_w.lang):
        return
    if close_languages(src_w.lang, tgt_w.lang):
        return  # Catalan shares "de la semifinal" with its Spanish source: copies prove nothing
    if code_switching(src_w.lang, tgt_w.lang):
        return  # Tagalog and Cebuano news keep English terms (state of calamity), Lingala French ones
    vocab = Counter(fold(t.text) for t in word_tokens(tgt_w.text))  # cached: name-variant reads it too
    # Celtic sources mutate a word's first letter (yn ei filltir sgwâr): its copy may be radical
    mutating = primary_language(src_w.lang) in MUTATIONS
    tgt_stop = stopwords(tgt_w.lang)
    foreign_set: list[frozenset[str]] = []  # foreign(), once it is needed
    beads = a.beads
    for n, b in enumerate(beads):
        if not b.target:
            continue
        # The bead's source and its neighbours': a phrase is copied from the text, not from the
        # one sentence the aligner chose (a retelling's shifted bead, a sentence split in two).
        # Tokens never span the space that joins two segments: tokenise each (cached).
        near = [seg for k in range(max(0, n - 1), min(len(beads), n + 2)) for seg in beads[k].source]
        parts = [_folded(unmarked(ctx.segment(s).text)) for s in near]
        src_toks = [f for part in parts for f in part]
        grams = {tuple(part[i : i + min_words]) for part in parts for i in range(len(part) - min_words + 1)}
        if not grams:
            continue
        src_seq = " " + " | ".join(" ".join(part) for part in parts) + " "
        unmutated: dict[str, str] = {}
        if mutating:
            known = set(src_toks)
            unmutated = {r: w for w in src_toks for r in radicals(w, src_w.lang) if r not in known}
        for sid in b.target:
            seg = ctx.segment(sid)
            text = unmarked(seg.text)
            toks = word_tokens(text)
            folded = _folded(text)
            if unmutated:
                folded = tuple(unmutated.get(f, f) for f in folded)
            i = 0
            while i <= len(toks) - min_words:
                if tuple(folded[i : i + min_words]) not in grams:
                    i += 1
                    continue
                j = i + min_words  # grow while the run stays a substring of the source
                while j < len(toks) and f" {' '.join(folded[i : j + 1])} " in src_seq:
                    j += 1
                run = toks[i:j]
                run = _before_quoted_title(text, run)
                if len(run) < min_words:
                    i = j  # a title in quotes, kept in its language: the campaign “Ñamopotĩ ñande róga”
                    continue
                if any(token_script(t.text) not in scripts for t in run):
                    i = j
                    continue
                if (i > 0 and toks[i - 1].text[:1].isupper() and text[toks[i - 1].end : run[0].start] == " "
                        and primary_language(tgt_w.lang) not in ("de", "lb")):
                    i = j  # the tail of a name kept in its language: Cesta k nemocnici, Rue de la Paix
                    continue
                if _listed_after_copy(text, toks, folded, i, tgt_stop, set(src_toks)):
                    i = j  # qompis, puka mama y yana imilla: a list of kept terms (varieties, dishes)
                    continue
                # words the target language also uses as function words (Danish "workshops for
                # skoleklasser") do not make a loanword a copied phrase
                # (l'Italia, d'Amico: a capital after the elision makes a name)
                # (a capital opening a quotation counts as lower case: “Þetta reddast,” he said)
                # (nor do scale words: "1,2 miljard euro" is an amount, in Frisian as in Dutch)
                lower = [t for t in run if (t.text.islower() or _opens_quote(text, t.start, t.text))
                         and fold(t.text) not in tgt_stop and fold(t.text) not in SCALES]
                letters = sum(len(t.text) for t in lower)
                run_counts = Counter(folded[i:j])
                rare = any(vocab[f] <= run_counts[f] for f in folded[i:j] if len(f) > 3)
                # (one hyphenated word, lithium-ion, is a loanword, not a phrase, even with its
                # acronym in brackets after it: gru ship-to-shore (STS))
                spaced = bool(lower) and any(ch.isspace() for ch in text[lower[0].start : lower[-1].end])
                # (a run across a bracket is two pieces, a term and its gloss: conilon (robusta))
                spaced = spaced and not any(ch in "()[]（）" for ch in text[run[0].start : run[-1].end])
                if 2 * len(lower) >= len(run) and len(lower) >= 2 and letters >= min_letters and rare and spaced:
                    yield sid, seg.start + run[0].start, seg.start + run[-1].end, src_w.lang
                i = j
            if not word_letters or foreign is None:
                continue
            src_set = set(src_toks)
            for t, f in zip(toks, folded, strict=True):
                if not (len(f) >= word_letters and not f.isascii() and t.text[:1].islower()
                        and vocab[f] == 1 and f in src_set):
                    continue
                if not foreign_set:
                    foreign_set.append(foreign())
                if not foreign_set[0].isdisjoint(f):
                    yield sid, seg.start + t.start, seg.start + t.end, src_w.lang


_TITLE_WORDS = 6
"""A quoted title kept in its language has at most this many words."""


def _before_quoted_title(text: str, run: list[Token]) -> list[Token]:
    """``run`` without the title in quotes it ends with (``programa “Ñande Tesãi”``): the name of
    a programme, campaign, book or song, kept in its language; a run that is all title goes."""
    for k, t in enumerate(run):
        gap = text[run[k - 1].end : t.start] if k else text[max(0, t.start - 2) : t.start]
        if not (t.text[:1].isupper() and gap.strip(" \u00a0") and gap.strip(" \u00a0")[-1] in _OPENING_QUOTES):
            continue
        # the title's closing quote comes right after the run, with no punctuation inside
        # (‘Wy hawwe gjin kar,’ zei hij: a quotation); it is short
        end = run[-1].end
        if (text[end : end + 1] in _CLOSING_QUOTES and len(run) - k <= _TITLE_WORDS
                and not any(c in _CLOSING_QUOTES for c in text[t.start : end])):
            return run[:k]
    return run


def _listed_after_copy(text: str, toks: Sequence[Token], folded: Sequence[str], i: int,
                       stop: frozenset[str], source: set[str], items: int = 2) -> bool:
    """The run at ``i`` ends a list whose ``items`` items before it are words copied from the
    source too, each past at most two function words and a comma (``la qompis, la puka mama y
    la yana imilla``). A list of kept terms is the translator's choice, not a lapse; one copied
    word before is not enough (``atención dental y mental health services``)."""
    for _ in range(items):
        k, skipped = i - 1, 0
        while k >= 0 and folded[k] in stop and skipped < 2:
            k, skipped = k - 1, skipped + 1
        if k < 0:
            return False
        bounds = [toks[k].end, *(x for t in toks[k + 1 : i] for x in (t.start, t.end)), toks[i].start]
        gaps = "".join(text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))
        if ("," not in gaps and not skipped) or gaps.strip(" ,\u00a0"):
            return False  # a sentence break, a bracket or no list between them
        if not (toks[k].text.islower() and folded[k] in source and folded[k] not in stop):
            return False
        i = k  # the previous item starts where its copied words do
        while i > 0 and folded[i - 1] in source and folded[i - 1] not in stop and toks[i - 1].text.islower() \
                and text[toks[i - 1].end : toks[i].start] == " ":
            i -= 1
    return True


# Languages whose news writing keeps the other language's terms as a matter of course
# (Taglish, Bislish; Lingala and Wolof with French; English with Hawaiian and Māori): a copied
# phrase between them proves nothing.
_CODE_SWITCHING = {
    **{(lang, "en"): True for lang in ("tl", "fil", "ceb", "hil", "ilo", "war", "pam", "bik")},
    **{(lang, "fr"): True for lang in ("ln", "wo", "kg", "sg", "bm", "lua")},
    # English in Hawaiʻi and New Zealand keeps Hawaiian and Māori terms (hula kahiko, iwi, whenua)
    ("haw", "en"): True, ("mi", "en"): True,
}


def code_switching(a: str, b: str) -> bool:
    """Is one of the two a language that writes the other's terms as a matter of course?"""
    pa, pb = primary_language(a), primary_language(b)
    return (pa, pb) in _CODE_SWITCHING or (pb, pa) in _CODE_SWITCHING


_OPENING_QUOTES = frozenset("\"“„«‘‚»")
_CLOSING_QUOTES = frozenset("\"”“»’‘«")


def _opens_quote(text: str, start: int, word: str) -> bool:
    return start > 0 and text[start - 1] in _OPENING_QUOTES and word[1:].islower()


def foreign_letters(text: str, skip: Sequence[tuple[int, int]] = (), min_vocabulary: int = 60) -> frozenset[str]:
    """Non-ASCII letters that at most one distinct lower-case word of ``text`` uses, outside the
    ``skip`` spans (text already reported as untranslated), when ``text`` has at least
    ``min_vocabulary`` such words: ``é`` in English, ``ъ`` in Russian, ``ø`` in German.
    ASCII letters are never foreign: a short text may simply not have needed its ``k``."""
    words = {fold(t.text) for t in word_tokens(text)
             if t.text[:1].islower() and not any(s <= t.start < e for s, e in skip)}
    if len(words) < min_vocabulary:
        return frozenset()
    counts = Counter(ch for w in words for ch in set(w) if ch.isalpha() and not ch.isascii())
    return frozenset(ch for w in words for ch in w if ch.isalpha() and not ch.isascii() and counts[ch] <= 1)


def copied_latin_words(ctx: CheckContext, a: Alignment, min_letters: int) -> Iterator[tuple[str, int, int, str]]:
    """(segment id, start, end, source language) of a lower-case Latin word copied from a
    Latin-script source into a translation in another script (``… 2.1% rose。`` in Japanese),
    or another form of a source word (``snorkellers`` → ``snorkelling``).
    Names and brands are capitalised and acronyms upper-case: neither counts; nor does a word
    shorter than ``min_letters`` (units: ``km``, ``mph``)."""
    src_w, tgt_w = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
    if "Latin" in expected_scripts(tgt_w.lang) or "Latin" not in expected_scripts(src_w.lang):
        return
    for b in a.beads:
        if not b.source or not b.target:
            continue
        src_toks = {f for s in b.source for f in _folded(unmarked(ctx.segment(s).text))}
        for sid in b.target:
            seg = ctx.segment(sid)
            toks = word_tokens(unmarked(seg.text))
            for k, t in enumerate(toks):
                w = t.text
                if not (len(w) >= min_letters and w.isascii() and w.isalpha() and w.islower()
                        and (fold(w) in src_toks or _derived_from(fold(w), src_toks))):
                    continue
                if _URL_PART.match(seg.text, t.end) or _URL_PART_BEFORE.search(seg.text, 0, t.start):
                    continue  # weather.com, an address
                if w.endswith(_INN_STEMS):
                    continue  # a medicine's international name is written in Latin letters everywhere
                near = [toks[x] for x in (k - 1, k + 1) if 0 <= x < len(toks)]
                if any(n.text[:1].isupper() and n.text.isascii() and abs(n.start - t.start) <= len(n.text) + len(w) + 1
                       for n in near):
                    continue  # part of a name written in Latin: Global citizen
                yield sid, seg.start + t.start, seg.start + t.end, src_w.lang


# Stems of international nonproprietary names of medicines (WHO INN): aridenemab, imatinib.
_INN_STEMS = ("mab", "nib", "vir", "stat", "pril", "sartan", "olol", "mycin", "cillin", "cept", "parin",
              "tide", "zole", "dronate", "gliflozin", "gliptin", "oxacin", "afil", "vastatin")


def _derived_from(word: str, source: set[str]) -> bool:
    """Another form of a source word: the two share all but at most four final letters, and six
    at least (snorkellers in the source, snorkelling left in the translation)."""
    if len(word) < 7:
        return False
    return any(len(w) >= 7 and abs(len(w) - len(word)) <= 4
               and _shared_start(w, word) >= max(6, max(len(w), len(word)) - 4) for w in source)


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_URL_PART = re.compile(r"\.[A-Za-z]{2,}|@|/")
_URL_PART_BEFORE = re.compile(r"[./@]\Z")
