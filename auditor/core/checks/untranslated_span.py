"""``untranslated-span``: text left in a script (or language) foreign to its witness."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.foreign_phrases import RareLetters
from auditor.core.checks.foreign_scripts import ForeignRun, foreign_runs, own_table
from auditor.core.models import Alignment, Finding, Segment, Severity, Witness
from auditor.core.normalize import fold, primary_language, witness_scripts

# URLs, e-mail addresses and bare domains are written in Latin in every language.
_URLISH = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
# (an apostrophe between letters, d’abord, is no closing quote)
_QUOTE_BODY = r"(?:[^«»“”‘’„\"]|(?<=\w)’(?=\w)){20,}"
_ENCLOSED = re.compile(r"[«“‘„\"](" + _QUOTE_BODY + r")[»”’“\"]|\(([^()]{20,})\)")
_QUOTED = re.compile(r"[«“‘„\"](" + _QUOTE_BODY + r")[»”’“\"]")
_PAIRS = {"[": "]", "(": ")", "{": "}", "«": "»", "“": "”", "‘": "’", "\"": "\"", "'": "'", "「": "」", "【": "】"}


def _latin_looks_untranslated(words: Sequence[str], min_words: int) -> bool:
    """Inside a non-Latin witness, Latin brand names, acronyms and titles are normal
    (``Newsweek``, ``FSB``, ``Wind of Change Research Group``); a clause is not: enough words,
    at least half of them lower-case."""
    lower = sum(1 for w in words if w[:1].islower())
    letters = sum(len(w) for w in words if w[:1].islower())
    return len(words) >= min_words and lower >= 2 and 2 * lower >= len(words) and letters >= 8


def enclosing(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The extent of a bracket or quote pair directly around ``text[start:end]``, if any."""
    i = start - 1
    while i >= 0 and text[i] in " \u00a0":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    if i >= 0 and j < len(text) and _PAIRS.get(text[i]) == text[j]:
        return i, j + 1
    return None


def _original_title(ctx: CheckContext, w: Witness, start: int, end: int) -> bool:
    """Is ``w.text[start:end]`` a short capitalised name in brackets that every ancestor gives in
    brackets too: a film's or a book's original title, carried down the chain as the source
    gave it (``«Дом на берегу» (A parti ház)`` after ``„Kuća na obali” (A parti ház)``)?"""
    run = w.text[start:end]
    if not run[:1].isupper() or len(run.split()) > 5 or enclosing(w.text, start, end) is None or w.parent is None:
        return False
    wid: str | None = w.parent
    while wid is not None:
        anc = ctx.chain.witness(wid)
        if not any(enclosing(anc.text, m.start(), m.end()) for m in re.finditer(re.escape(run), anc.text)):
            return False
        wid = anc.parent
    return True


def _authors_gloss(ctx: CheckContext, w: Witness, start: int, end: int) -> bool:
    """Is the run a parenthesis in the chain's source text, the author's own gloss of a term in
    another language (``블루카본(blue carbon)``)? The source translates nothing; only a witness made
    from another can leave something untranslated. (Audited alone, a text is treated as the
    translation it may be.)"""
    if w.parent is not None or not any(x.parent == w.id for x in ctx.chain.witnesses):
        return False
    around = enclosing(w.text, start, end)
    return around is not None and w.text[around[0]] in "(（"  # (square brackets are an editor's)


_AFTER_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* ?\(\Z")


def _name_in_own_script(text: str, start: int, end: int) -> bool:
    """Is the run a person's name in its own characters, two to four Han or Hangul ones in
    round brackets right after the romanised name (``Chen Qiming (陳啓明)``), as papers write it?"""
    run = text[start:end]
    if not 2 <= len(run) <= 4 or not all("\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" for c in run):
        return False
    return text[end : end + 1] in ")）" and _AFTER_NAME.search(text, max(0, start - 60), start) is not None


def _glossed_in_source(source: str, phrase: str) -> bool:
    """Does the source give ``phrase`` as a parenthesis of its own (a term glossed in another
    language, ``korongo (ship-to-shore cranes)``)? A translation that keeps the gloss keeps the
    source's choice; it left nothing of the source's language untranslated."""
    for m in re.finditer(re.escape(phrase), source, re.IGNORECASE):
        around = enclosing(source, m.start(), m.end())
        if around is not None and source[around[0]] in "([（":
            return True
    return False


def overlapping_segments(segments: Sequence[Segment], start: int, end: int) -> tuple[str, ...]:
    """Ids of the segments that overlap ``start``-``end`` (segments are in text order)."""
    import bisect

    starts = _starts(segments)
    lo = max(0, bisect.bisect_right(starts, start) - 1)
    hi = bisect.bisect_left(starts, end)
    near = segments[lo : max(hi, lo + 1)]
    return tuple(s.id for s in near if s.start < end and start < s.end) or tuple(
        s.id for s in near if s.start <= start <= s.end
    )[:1]


_STARTS: dict[int, tuple[tuple[Segment, ...], list[int]]] = {}


def _starts(segments: Sequence[Segment]) -> list[int]:
    """Segment starts, remembered for the last segment sequence (one witness is searched
    many times in a row); the check clears it when it is done."""
    got = _STARTS.get(id(segments))
    if got is None or got[0] is not segments:
        got = (tuple(segments) if not isinstance(segments, tuple) else segments, [s.start for s in segments])
        _STARTS.clear()
        _STARTS[id(segments)] = got
    return got[1]


# Languages the identifier may answer with: the common ones written in Latin or Cyrillic. A
# closed set keeps rare look-alikes (Latin, Esperanto, Occitan) from winning on short text.
LANGID_LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "bg", "sr", "pl", "cs",
                "sk", "sv", "da", "no", "fi", "tr", "id", "vi", "ro", "hu", "ca", "hr", "sl")


_IDENTIFIER: list[Any] = []
_LOADING: list[bool] = []  # a background load has started
_LOADER: list[threading.Thread] = []
_IDENTIFIER_LOCK = threading.Lock()
_START_LOCK = threading.Lock()


def _identifier() -> Any:
    """py3langid's identifier, loaded once (about half a second, mostly LZMA decompression,
    which releases the GIL) and only when needed; the lock makes a background load and a
    caller that gets there first share one load."""
    with _IDENTIFIER_LOCK:
        if not _IDENTIFIER:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            ident.set_languages(list(LANGID_LANGS))
            _IDENTIFIER.append(ident)
        return _IDENTIFIER[0]


@lru_cache(maxsize=8192)  # a retelling often repeats its parent's sentences word for word
def identify(text: str) -> tuple[str, float]:
    """(language, probability) of a text among ``LANGID_LANGS``."""
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def _in_own_language(phrase: str, lang: str, src_lang: str, cfg: CheckConfig) -> bool:
    """Does a copied phrase read as the target's own language, not the source's? Then the
    source had borrowed it (Taglish ``family food pack``) and keeping it is right."""
    own, other = primary_language(lang), primary_language(src_lang)
    if own == other or own not in LANGID_LANGS or not cfg.get("language_id", True):
        return False
    got, prob = identify(phrase)
    if got != own:
        return False
    if prob >= float(cfg.get("own_language_confidence", 0.5)):
        return True
    # a technical phrase the identifier is unsure of (English "mixed hydroxide precipitate"
    # kept in Indonesian): still own, when the source's language is far less likely
    if other not in LANGID_LANGS:
        return False
    p_other = float(dict(_identifier().rank(phrase)).get(other, 0.0))
    return p_other * 4 <= prob


class UntranslatedSpan(Check):
    """A span is written in a script foreign to its witness's language: it was not translated.

    For every witness the check knows which scripts its language uses (English: Latin;
    Bengali: Bengali; Japanese: Han and kana …) and reports each stretch in another script as
    one finding. Foreign words joined by spaces, digits or punctuation form one span; a line
    break ends it. The span runs from the first to the last foreign character: brackets or
    quotes around it are not part of the span, and their extent is recorded in the evidence
    (``enclosed``), so the seed's ``[প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি]`` gives exactly the
    Bengali words as the span. Non-ASCII digits count as their script (``১৭`` is Bengali).

    Deliberately ignored: Latin inside a non-Latin witness unless it reads as a phrase (at
    least ``min_latin_words`` words and 8 letters, at least half of them lower-case): names, brand names,
    acronyms (``FSB``, ``US``), organisation titles, URLs and e-mail addresses are normal in a
    Bengali or Russian paper. Nor is a person's name given in its own characters in brackets
    after the romanised name (``Chen Qiming (陳啓明)``). Runs of fewer than ``min_letters`` letters (a Greek ``μ`` in a
    unit) are ignored too.

    Same script, other language: a sentence of a witness in a language written in Latin or
    Cyrillic that an offline language identifier assigns to another language of the same
    script with probability at least ``min_confidence`` (a French sentence left in English
    text). It needs ``min_words`` lower-case words, so headlines and lists of names are left
    alone; the span is the sentence without surrounding quotes. The identifier is py3langid:
    a small (few MB), pure-Python/numpy, deterministic model of 97 languages that works
    offline and loads in about a second; lingua is far larger (96 MB) and fastText-based
    detectors fetch their model at run time.

    Copied phrases: inside a segment translated between two languages of the same script, a
    run of at least ``min_copied_words`` words copied verbatim from the aligned source (“die
    paid business version”), mostly lower-case, at least ``min_copied_letters`` letters,
    with a word the rest of the witness never uses. A fragment of the grandparent (the original
    the parent was translated from) set apart in brackets counts too, when the parent does not
    have it: a retelling's writer who read the original left its words (``[iba ang lakas ni
    Dalisay]`` in a Spanish retelling of an English translation of Tagalog). Names and titles (capitalised) do not
    count, nor do words the two languages share and the witness uses elsewhere, nor words the
    target language also has as function words (Danish ``workshops for``); between close
    languages (Spanish and Catalan …) copies prove nothing and are not sought, nor between a
    language and the one whose terms its news writing keeps as a matter of course (Tagalog and
    Cebuano with English, Lingala and Wolof with French: ``state of calamity``). A single
    copied word counts when it has at least ``min_copied_word_letters`` letters (0: never), is
    lower-case, used once, and spelt with a non-ASCII letter that no other lower-case word of
    the witness uses outside text already reported (``irréalistes`` in English; it needs 60
    distinct words to tell). In a witness written in another script, a lower-case Latin word of
    at least ``min_copied_latin_letters`` letters copied from its Latin-script source (``2.1%
    rose`` in Japanese) counts too, unless it is part of an address or of a Latin-script name.

    A phrase inside a translated sentence, left in the source's language although the source
    is written in another script (“… and niko neće biti ostavljen bez pomoći,” he said, from
    Serbian Cyrillic): a run of at least ``min_phrase_words`` lower-case words joined by
    spaces, none a function word of the witness's language, ``min_phrase_rare`` of them spelt
    with a letter no other lower-case word of the witness uses, which the identifier gives to
    the source's language (or a language it cannot tell from it in a few words: Serbian,
    Croatian, Bosnian) with probability ``phrase_confidence``
    (``auditor.core.checks.foreign_phrases``). Only where the sentence as a whole is not reported.

    Params: ``min_letters`` (2), ``min_latin_words`` (2), ``language_id`` (true),
    ``min_words`` (6), ``min_confidence`` (0.99), ``copied_phrases`` (true),
    ``min_copied_words`` (2), ``min_copied_letters`` (10), ``min_copied_word_letters`` (8),
    ``min_copied_latin_letters`` (4), ``min_phrase_words`` (2), ``min_phrase_rare`` (2),
    ``phrase_confidence`` (0.9), ``own_language_confidence`` (0.5).

    A copied phrase the identifier reads as the target's own language with at least
    ``own_language_confidence`` (or, below it, at least four times as likely as the source's
    language) was borrowed by the source (Taglish ``family food pack``, English ``mixed
    hydroxide precipitate`` in Indonesian) and is not reported; nor is one copied from an
    English source none of whose words is English (``auditor.core.lexicon``): the English had
    borrowed it (``yaga kundams``, ``kente``).

    Brackets around text left untranslated (the seed's ``[প্রেক্ষাপটটি …]``) are that one
    problem: this check suppresses ``bracket-insertion`` on its span.

    Suggestion: empty (machine translation may fill it). Evidence: the script found and the
    scripts expected.
    """

    id = "untranslated-span"
    title = "Untranslated text"
    severity = Severity.MAJOR
    cost = 9
    suppresses = ("number-mismatch", "same-as-source", "name-variant", "term-mismatch", "bracket-insertion")

    @classmethod
    def warm_up(cls) -> None:
        with _START_LOCK:  # not the load's lock: that one is held for the whole load
            if _IDENTIFIER or _LOADING:
                return
            _LOADING.append(True)
            loader = threading.Thread(target=_identifier, name="langid-load", daemon=True)
            _LOADER.append(loader)
        loader.start()

    @classmethod
    def wait_ready(cls) -> None:
        for loader in list(_LOADER):
            if loader.is_alive():
                loader.join()

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        seen: list[Finding] = []
        for w in ctx.chain.witnesses:
            for f in self._witness(ctx, cfg, w):
                seen.append(f)
                yield f
        taken = {(f.witness, s.start, s.end) for f in seen for s in f.spans}
        # text already reported as left untranslated, per witness: copied on into a child it is
        # the same problem carried (drift attribution follows it), not a new one
        left: dict[str, set[str]] = {}
        for f in seen:
            left.setdefault(f.witness, set()).update(fold(sp.text) for sp in f.spans)
        taken_by: dict[str, list[tuple[int, int]]] = {}  # per witness, sorted, built on first use
        if cfg.get("copied_phrases", True):
            from auditor.core.checks.copied_phrase import copied_latin_words, copied_phrases, foreign_letters

            word_letters = int(cfg.get("min_copied_word_letters", 8))
            whole = _from_the_original(ctx)
            whole_ids = {id(x) for x in whole}
            for a in [*ctx.alignments, *whole]:
                spans = [(s0, e0) for wid, s0, e0 in taken if wid == a.target]

                def foreign(text: str = ctx.chain.witness(a.target).text,
                            spans: list[tuple[int, int]] = spans) -> frozenset[str]:
                    return foreign_letters(text, spans)

                for sid, start, end, src_lang in chain(copied_phrases(
                    ctx, a, int(cfg.get("min_copied_words", 2)), int(cfg.get("min_copied_letters", 10)),
                    word_letters, foreign,
                ), copied_latin_words(ctx, a, int(cfg.get("min_copied_latin_letters", 4)))):
                    w = ctx.chain.witness(a.target)
                    if w.id not in taken_by:
                        taken_by[w.id] = sorted((s0, e0) for wid, s0, e0 in taken if wid == w.id)
                    if _overlaps(taken_by[w.id], start, end):
                        continue  # already reported by script or language, or as a longer copied phrase
                    copied = fold(w.text[start:end])
                    if id(a) in whole_ids and (not _bracketed(w.text, start, end) or (
                            w.parent != a.source and copied in fold(ctx.chain.witness(w.parent or "").text))):
                        continue  # read against a whole text: only a fragment set apart in brackets
                        # (and one of the original only when the parent does not have it)
                    if any(copied in t or t in copied for t in left.get(a.source, ())):
                        continue  # the parent left it (or a part of it) untranslated already
                    if _in_own_language(w.text[start:end], w.lang, src_lang, cfg):
                        continue  # the source's own loan phrase ("family food pack" in Tagalog)
                    if primary_language(src_lang) == "en" and _no_english(w.text[start:end]):
                        continue  # the English source's own loan (yaga kundams): no English to translate
                    if _glossed_in_source(ctx.chain.witness(a.source).text, w.text[start:end]):
                        continue  # the source gives it so itself, in brackets: (ship-to-shore cranes)
                    left.setdefault(w.id, set()).add(copied)
                    bisect.insort(taken_by[w.id], (start, end))
                    carried = _carried(ctx, a.source, w.text[start:end])
                    if carried is not None:  # the parent copied it from its own source: the problem
                        wid, sid, start, end, src_lang = carried  # arose there, and is reported there
                        if wid not in taken_by:
                            taken_by[wid] = sorted((s0, e0) for w0, s0, e0 in taken if w0 == wid)
                        if _overlaps(taken_by[wid], start, end):
                            continue
                        bisect.insort(taken_by[wid], (start, end))
                        left.setdefault(wid, set()).add(copied)
                    else:
                        wid = w.id
                    yield Finding(
                        check=self.id,
                        severity=self.severity,
                        witness=wid,
                        segments=(sid,),
                        spans=(ctx.span(wid, start, end),),
                        message=f"‘{_short(ctx.text(wid)[start:end])}’ is copied from the {src_lang} source: untranslated?",
                        hop=(ctx.chain.witness(wid).parent or a.source, wid),
                        evidence=(("kind", "copied-phrase"), ("language", src_lang)),
                    )
        _STARTS.clear()

    def _witness(self, ctx: CheckContext, cfg: CheckConfig, w: Witness) -> Iterator[Finding]:
        expected = witness_scripts(w.lang, w.text)
        min_letters = int(cfg.get("min_letters", 2))
        min_words = int(cfg.get("min_latin_words", 2))
        text = w.text
        masked = text
        if "Latin" not in expected:  # URLs, addresses, tags and placeholders are Latin everywhere
            from auditor.core.checks.copied_phrase import unmarked

            masked = _URLISH.sub(lambda m: " " * len(m.group()), unmarked(text))
        segs = ctx.segments.get(w.id, ())
        reported: list[tuple[int, int]] = []
        for run in _per_segment(foreign_runs(masked, expected), segs, masked):
            if run.letters < min_letters:
                continue
            if run.script == "Latin":
                words = re.findall(r"[^\W\d_]+", masked[run.start : run.end])
                if not _latin_looks_untranslated(words, min_words):
                    continue
            if _original_title(ctx, w, run.start, run.end):
                continue
            if _authors_gloss(ctx, w, run.start, run.end):
                continue
            if _name_in_own_script(w.text, run.start, run.end):
                continue
            reported.append((run.start, run.end))
            yield self._finding(ctx, w, segs, run, expected)
        lang = primary_language(w.lang)
        if cfg.get("language_id", True) and lang in LANGID_LANGS and expected & {"Latin", "Cyrillic"}:
            # text reported for its script is not read again for its language (one finding each)
            for s0, e0 in reported:
                masked = masked[:s0] + " " * (e0 - s0) + masked[e0:]
            for f in self._languages(ctx, cfg, w, segs, masked, expected):
                # a phrase the identifier reads across a blanked run is that run again
                if not any(s.start < e0 and s0 < s.end for s in f.spans for s0, e0 in reported):
                    yield f

    def _languages(
        self, ctx: CheckContext, cfg: CheckConfig, w: Witness, segs: Sequence[Segment], masked: str,
        expected: frozenset[str],
    ) -> Iterator[Finding]:
        lang = primary_language(w.lang)
        parent = ctx.chain.witness(w.parent) if w.parent else None
        parent_lang = primary_language(parent.lang) if parent is not None else ""
        rare = RareLetters(masked) if parent_lang and parent_lang != lang else None
        for seg in segs:
            whole = list(self._sentence(ctx, cfg, w, seg, masked, expected, lang, parent_lang))
            yield from whole
            if rare is not None and not whole:  # a phrase, only where the sentence as a whole is not
                yield from self._phrases(ctx, cfg, w, seg, masked, lang, parent_lang, rare)

    def _sentence(
        self, ctx: CheckContext, cfg: CheckConfig, w: Witness, seg: Segment, masked: str, expected: frozenset[str],
        lang: str, parent_lang: str,
    ) -> Iterator[Finding]:
        """The segment as a whole in another language, or a quotation or parenthesis of it in
        its source's language."""
        from auditor.core.names import stopwords

        min_words = int(cfg.get("min_words", 6))
        min_conf = float(cfg.get("min_confidence", 0.99))
        stops = stopwords(lang)
        # only the witness's own script counts: foreign-script runs are reported above
        own = own_table(expected).apply(masked[seg.start : seg.end])
        words = re.findall(r"[^\W\d_]+", own)
        if sum(1 for x in words if x[:1].islower()) < min_words:
            return
        if stops and sum(1 for x in words if x.lower() in stops) >= max(3, len(words) // 4):
            if parent_lang and parent_lang != lang:
                yield from self._fragments(ctx, w, seg, parent_lang, min_words, min_conf)
            return  # plainly in the witness's own language: spare the identifier
        found, prob = identify(own)
        if found == lang or prob < min_conf:
            if parent_lang and parent_lang != lang:
                yield from self._fragments(ctx, w, seg, parent_lang, min_words, min_conf)
            return
        m = re.search(r"[^\W_].*[^\W_]|[^\W_]", seg.text, re.S)
        start, end = (seg.start + m.start(), seg.start + m.end()) if m else (seg.start, seg.end)
        if end < seg.end and seg.text[end - seg.start] in ".!?…":
            end += 1
        what = "sentence"
        for q in _QUOTED.finditer(seg.text):  # a quotation inside an own-language sentence
            if identify(q.group(1))[0] == found:
                start, end, what = seg.start + q.start(1), seg.start + q.end(1), "quotation"
                break
        yield self._language_finding(
            ctx, w, seg, start, end, found, prob,
            f"This {what} of witness ‘{w.id}’ ({w.lang}) reads as ‘{found}’: untranslated?")

    def _phrases(
        self, ctx: CheckContext, cfg: CheckConfig, w: Witness, seg: Segment, masked: str, lang: str,
        parent_lang: str, rare: RareLetters,
    ) -> Iterator[Finding]:
        from auditor.core.checks.foreign_phrases import foreign_phrases

        for ph in foreign_phrases(
            masked, seg.start, seg.end, lang, parent_lang, rare, _identifier().rank,
            min_words=int(cfg.get("min_phrase_words", 2)), min_rare=int(cfg.get("min_phrase_rare", 2)),
            min_confidence=float(cfg.get("phrase_confidence", 0.9)),
        ):
            yield self._language_finding(
                ctx, w, seg, ph.start, ph.end, parent_lang, ph.probability,
                f"This phrase of witness ‘{w.id}’ ({w.lang}) is still in its source's language (‘{parent_lang}’): "
                "untranslated?")

    def _fragments(
        self, ctx: CheckContext, w: Witness, seg: Segment, parent_lang: str, min_words: int, min_conf: float
    ) -> Iterator[Finding]:
        """A quotation or a parenthesis inside an own-language sentence, left in the language
        of the witness's source (``… alcancen el 25 % (according to the regional water
        agency)``). A fragment in a third language is a quotation kept on purpose."""
        for m in _ENCLOSED.finditer(seg.text):
            frag = m.group(1) or m.group(2) or ""
            words = re.findall(r"[^\W\d_]+", frag)
            if sum(1 for x in words if x[:1].islower()) < min_words:
                continue
            found, prob = identify(frag)
            if found != parent_lang or prob < min_conf:
                continue
            g = 1 if m.group(1) is not None else 2
            start, end = seg.start + m.start(g), seg.start + m.end(g)
            yield self._language_finding(
                ctx, w, seg, start, end, found, prob,
                f"This part of witness ‘{w.id}’ ({w.lang}) is still in its source's language (‘{found}’): untranslated?")

    def _language_finding(
        self, ctx: CheckContext, w: Witness, seg: Segment, start: int, end: int, found: str, prob: float, message: str
    ) -> Finding:
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=w.id,
            segments=(seg.id,),
            spans=(ctx.span(w.id, start, end),),
            message=message,
            evidence=(("language", found), ("probability", f"{prob:.3f}"), ("expected", primary_language(w.lang))),
            confidence=prob,
        )

    def _finding(
        self, ctx: CheckContext, w: Witness, segs: Sequence[Segment], run: ForeignRun, expected: frozenset[str]
    ) -> Finding:
        span = ctx.span(w.id, run.start, run.end)
        evidence = [("script", run.script), ("expected", ", ".join(sorted(expected)))]
        enc = enclosing(w.text, run.start, run.end)
        if enc is not None:
            evidence.append(("enclosed", f"{w.text[enc[0]]}{w.text[enc[1] - 1]} {enc[0]}-{enc[1]}"))
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=w.id,
            segments=overlapping_segments(segs, run.start, run.end),
            spans=(span,),
            message=f"{run.script} text in witness ‘{w.id}’ ({w.lang}) looks untranslated: ‘{_short(span.text)}’",
            evidence=tuple(evidence),
        )


def _carried(ctx: CheckContext, parent_id: str, phrase: str) -> tuple[str, str, int, int, str] | None:
    """Where ``phrase``, copied from witness ``parent_id``, stands in that parent, when the
    parent has it from its own source (in that source's language, not the parent's): (witness,
    segment, start, end, language of the source), else None. A phrase carried unchanged down a
    chain was left untranslated at its first hop."""
    parent = ctx.chain.witness(parent_id)
    if parent.parent is None:
        return None
    grand = ctx.chain.witness(parent.parent)
    if primary_language(grand.lang) == primary_language(parent.lang) or fold(phrase) not in _folded_text(grand.text):
        return None
    at = parent.text.find(phrase)
    if at < 0:
        return None
    seg = next((s for s in ctx.segments.get(parent_id, ()) if s.start <= at < s.end), None)
    if seg is None or at + len(phrase) > seg.end:
        return None
    return parent_id, seg.id, at, at + len(phrase), grand.lang


@lru_cache(maxsize=8)
def _folded_text(text: str) -> str:
    # a whole witness, folded once per audit, not once per copied phrase
    return fold(text)


def _no_english(text: str) -> bool:
    """Is no word of ``text`` English (``auditor.core.lexicon``; function words count as
    English)? A phrase an English text borrowed from another language, kept as it is by a
    translation of it, was not left untranslated."""
    from auditor.core import lexicon
    from auditor.core.names import stopwords

    words = lexicon.words(text)
    stop = stopwords("en")
    return bool(words) and not any(w in stop or lexicon.english_word(w) for w, _s, _e in words)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted spans (reported spans barely overlap)?"""
    k = bisect.bisect_left(spans, (end, end))
    return any(e0 > start for _s0, e0 in spans[max(0, k - 3) : k])


def _per_segment(runs: Sequence[ForeignRun], segs: Sequence[Segment], text: str) -> Iterator[ForeignRun]:
    """Runs cut where segments end: two sentences left in English are two segments not
    translated, each ``same-as-source``'s finding where its source is the same."""
    ends = [s.end for s in segs]
    for run in runs:
        start = run.start
        k = bisect.bisect_right(ends, start)
        while k < len(ends) and ends[k] < run.end:
            piece = text[start : ends[k]].rstrip()
            if piece:
                yield ForeignRun(start, start + len(piece), run.script, sum(ch.isalpha() for ch in piece))
            nxt = segs[k + 1].start if k + 1 < len(segs) else run.end
            start = max(nxt, ends[k])
            while start < run.end and not text[start].isalpha():
                start += 1
            k += 1
        if start < run.end:
            yield ForeignRun(start, run.end, run.script, sum(ch.isalpha() for ch in text[start : run.end])
                             if start != run.start else run.letters)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _from_the_original(ctx: CheckContext) -> list[Alignment]:
    """Whole texts against whole texts, for bracketed fragments only. For a retelling, its
    parent: the sentence it took a fragment from may be aligned elsewhere (``[fish breeding and
    release station]`` in a Spanish retelling of English). For each witness whose parent was
    itself translated from a third language, the grandparent: a writer who read the original
    too may leave a phrase of it untranslated (Tagalog words in brackets inside a Spanish
    quotation retold from English), which its own parent cannot show."""
    from auditor.core.models import Bead
    from auditor.core.normalize import primary_language

    out: list[Alignment] = []
    for w in ctx.chain.witnesses:
        if w.parent and w.id in ctx.retold:
            p_segs = tuple(s.id for s in ctx.segments.get(w.parent, ()))
            w_segs = tuple(s.id for s in ctx.segments.get(w.id, ()))
            if p_segs and w_segs:
                out.append(Alignment(w.parent, w.id, (Bead(p_segs, w_segs, 1.0),)))
        parent = ctx.chain.witness(w.parent) if w.parent else None
        grand = ctx.chain.witness(parent.parent) if parent is not None and parent.parent else None
        if parent is None or grand is None or primary_language(grand.lang) in {
                primary_language(w.lang), primary_language(parent.lang)}:
            continue
        g_segs = tuple(s.id for s in ctx.segments.get(grand.id, ()))
        w_segs = tuple(s.id for s in ctx.segments.get(w.id, ()))
        if g_segs and w_segs:
            out.append(Alignment(grand.id, w.id, (Bead(g_segs, w_segs, 1.0),)))
    return out


def _bracketed(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the whole of a bracket's content (give or take punctuation)?"""
    before = text[max(0, start - 3):start].rstrip(" \u00a0\"“«")
    after = text[end:end + 3].lstrip(" \u00a0.,;!?\"”»")
    return before[-1:] in ("[", "(", "（", "［") and after[:1] in ("]", ")", "）", "］")
