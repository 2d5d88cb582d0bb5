"""A clause set off by punctuation that the other side of the bead has no room for.

A helper of ``omission`` and ``addition`` (not a check). ``clause_gaps`` needs names or
numbers in the missing clause; many added or dropped clauses have none (“…by tankers, which
the regional government has hired from private firms”). This detector asks for two other
pieces of evidence, both measured against the hop's own beads:

* length: the bead is long (``side`` = ``target``: an addition) or short (``side`` =
  ``source``: an omission) by at least ``z`` MADs of the hop's log length ratios (scaled down,
  as in ``length_signals.length_outliers``, for a source shorter than the hop's median), and
  is about right (within ``fit`` MADs) without the clause, clearly better than without any
  other clause that does not overlap it;
* punctuation: the longer side has more clause marks (``, ; : — – ( )`` and the CJK and Arabic
  commas) than the other side, beyond the hop's usual difference (its median over the beads;
  Russian sets more commas than English), by at least as many marks as the clause takes away.
  A translator who rewords a sentence keeps its clause structure; a clause pasted in, or
  dropped, shifts it. A clause that German, Russian, Polish … set off by rule (``um … zu``,
  ``чтобы``, ``że``) is no candidate against a language that does not.

And it must not be translated: none of its words the hop carries across (numbers, names,
cognates: ``clause_gaps.shared_anchors``) finds a counterpart on the other side of the bead
once the rest of the longer side has claimed its own, while the rest does find one whenever
the other side has any (so the bead itself is aligned right).

A clause here runs between punctuation marks only (an ``and`` inside it does not cut it),
inside one segment, and holds two words at least; runs of up to three neighbouring clauses
are tried, never the whole segment and never from its start: the first piece holds the head
of the sentence, or an opening phrase, which languages set off with commas differently. (So
a clause put before its head, as Japanese and Bengali do, is out of reach.) The longer side
must be one segment (several: ``merged_beads`` looks for a whole sentence) and the other at
least twice ``min_letters`` long. Letters of a script foreign to the witness count as long as
they are fewer than ``min_letters`` (a street name left in Cyrillic); more would distort
the lengths.
"""

from __future__ import annotations

import math
import re
import statistics
import weakref
from collections.abc import Iterator, Sequence

from auditor.core.align.anchors import analyse_word, tokens
from auditor.core.checks.base import CheckContext
from auditor.core.checks.clause_gaps import Candidate, Gap, shared_anchors, unambiguous_best
from auditor.core.checks.length_signals import translated_letters
from auditor.core.checks.merged_beads import _model
from auditor.core.checks.omission import letters
from auditor.core.models import Alignment, Bead
from auditor.core.names import word_tokens
from auditor.core.normalize import char_script, expected_scripts, primary_language
from auditor.core.weekdays import is_day_word

# A comma or colon between digits is a decimal or time separator, not a clause mark.
# (full-width brackets and colons too: Chinese writes （GACC） where English writes (GACC))
PUNCT = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;—–()、，،；（）：؛]")
_MARK_CHARS = frozenset(",;:—–()、，،；（）：؛")
_MAX_RUN = 3


def marks(text: str) -> int:
    """Clause marks in ``text`` (see ``PUNCT``), but for brackets round a day of the week."""
    if _MARK_CHARS.isdisjoint(text):
        return 0
    return len(PUNCT.findall(text)) - 2 * len(_day_brackets(text))


# A day of the week in brackets is part of a date (2024年12月15日（星期日）, 15.12. (So)), not a clause.
_SHORT_BRACKETS = re.compile(r"[（(]([^()（）]{1,12})[)）]")


def _day_brackets(text: str) -> list[tuple[int, int]]:
    if "(" not in text and "（" not in text:
        return []
    return [(m.start(), m.end()) for m in _SHORT_BRACKETS.finditer(text) if is_day_word(m.group(1))]


def punct_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of one segment between clause marks, trimmed to letters
    and digits (a closing ``%`` stays)."""
    cuts = [0]
    days = _day_brackets(text)
    for m in PUNCT.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in days):
            continue
        cuts.extend((m.start(), m.end()))
    cuts.append(len(text))
    out = []
    for lo, hi in zip(cuts[::2], cuts[1::2], strict=True):
        while lo < hi and not text[lo].isalnum():
            lo += 1
        while hi > lo and not (text[hi - 1].isalnum() or text[hi - 1] == "%"):
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out


_HOP_STATS: dict[tuple[int, int], tuple[weakref.ref, weakref.ref, tuple[float, float]]] = {}  # type: ignore[type-arg]


def _label(text: str, piece: tuple[int, int]) -> bool:
    """A piece of at most two words that a colon ends: a label, not the sentence's head."""
    lo, hi = piece
    return len(tokens(text[lo:hi])) <= 2 and text[hi : hi + 2].lstrip()[:1] in {":", "："}


def hop_stats(ctx: CheckContext, a: Alignment) -> tuple[float, float]:
    """(median of target marks − source marks, median source letters) over the hop's beads;
    remembered weakly for the last few hops."""
    hit = _HOP_STATS.get((id(ctx), id(a)))
    if hit is not None and hit[0]() is ctx and hit[1]() is a:
        return hit[2]
    count = {s.id: marks(s.text) for w in (a.source, a.target) for s in ctx.segments[w]}
    size = {s.id: letters(s.text) for s in ctx.segments[a.source]}
    diffs, sizes = [], []
    for b in a.beads:
        if b.source and b.target:
            diffs.append(sum(count[t] for t in b.target) - sum(count[s] for s in b.source))
            sizes.append(sum(size[s] for s in b.source))
    got = (float(statistics.median(diffs)), float(statistics.median(sizes))) if diffs else (0.0, 1.0)
    if len(_HOP_STATS) > 8:
        _HOP_STATS.clear()
    _HOP_STATS[(id(ctx), id(a))] = (weakref.ref(ctx), weakref.ref(a), got)
    return got


def _foreign(ctx: CheckContext, a: Alignment, b: Bead) -> int:
    """Letters of either side of the bead in a script foreign to their witness."""
    n = 0
    for wid, segs in ((a.source, b.source), (a.target, b.target)):
        own = expected_scripts(ctx.chain.witness(wid).lang)
        for sid in segs:
            n += sum(1 for ch in ctx.segment(sid).text if ch.isalpha() and char_script(ch) not in own)
    return n


def _anchored(text: str, vocab: frozenset[str]) -> list[frozenset[str]]:
    out = []
    for tok in tokens(text):
        keep = frozenset(f for f in analyse_word(tok)[0] if f in vocab)
        if keep:
            out.append(keep)
    return out


def _number_words(ctx: CheckContext, segs: Sequence[str]) -> list[frozenset[str]]:
    """Number words of the segments as the aligner's number features (``three`` → ``#3``)."""
    from auditor.core.number_spelling import word_value

    out: list[frozenset[str]] = []
    for sid in segs:
        seg = ctx.segment(sid)
        lang0 = primary_language(ctx.chain.witness(seg.witness).lang)
        for tok in word_tokens(seg.text):
            n = word_value(tok.text, lang0)
            if n is not None:
                out.append(frozenset({f"#{n}"}))
    return out


def _numbers(text: str) -> list[frozenset[str]]:
    """Numbers written in digits, as the aligner's number features (``9`` → ``#9``)."""
    return [frozenset({f}) for tok in tokens(text) for f in analyse_word(tok)[0] if f.startswith("#")]


def _word_numbers(ctx: CheckContext, sid: str, text: str) -> list[frozenset[str]]:
    """Number words of a piece of a segment's text, as number features (``девяти`` → ``#9``)."""
    from auditor.core.number_spelling import word_value

    lang0 = primary_language(ctx.chain.witness(ctx.segment(sid).witness).lang)
    return [frozenset({f"#{n}"}) for tok in word_tokens(text) if (n := word_value(tok.text, lang0)) is not None]


def _claim(pool: list[frozenset[str]], words: Sequence[frozenset[str]]) -> int:
    """Words that find a counterpart word in ``pool`` (each used once, whichever of its
    features matched); removes the counterparts."""
    hit = 0
    for feats in words:
        k = next((i for i, other in enumerate(pool) if feats & other), None)
        if k is not None:
            del pool[k]
            hit += 1
    return hit


def unpaired_clauses(
    ctx: CheckContext, a: Alignment, *, side: str, z: float, fit: float, min_letters: int, min_beads: int
) -> Iterator[Gap]:
    """Clauses dropped (``side`` = ``source``) or added (``side`` = ``target``) in a hop, set
    off by punctuation the other side lacks."""
    med, mad, n = _model(ctx, a)
    if n < min_beads:
        return
    sign = 1.0 if side == "target" else -1.0
    many_w, other_w = (a.target, a.source) if side == "target" else (a.source, a.target)
    texts = {s.id: s.text for w in (a.source, a.target) for s in ctx.segments[w]}
    stats: tuple[float, float] | None = None
    for b in a.beads:
        if not b.source or not b.target:
            continue
        many, other = (b.target, b.source) if side == "target" else (b.source, b.target)
        if len(many) != 1:
            continue  # several sentences: a whole one is more likely missing (``merged_beads``)
        # An editor's bracketed gloss translates nothing: it must not pass for an added clause.
        l_many = translated_letters(ctx, many_w, texts[many[0]])
        l_other = sum(translated_letters(ctx, other_w, texts[s]) for s in other)
        if l_other < 2 * min_letters or not l_many:
            continue  # a short sentence's length says little about its translation's

        def dev(l_m: int, l_other: int = l_other) -> float:
            ls, lt = (l_other, l_m) if side == "target" else (l_m, l_other)
            return (math.log(lt / ls) - med) / mad * sign

        d_all = dev(l_many)
        if d_all < z:
            continue
        stats = stats or hop_stats(ctx, a)
        m_med, typical = stats
        # A short source predicts its translation's length loosely (``length_outliers``).
        l_src = l_other if side == "target" else l_many
        if d_all * math.sqrt(min(1.0, l_src / typical)) < z:
            continue
        m_many = marks(texts[many[0]])
        m_other = sum(marks(texts[s]) for s in other)
        excess = (m_many - m_other) - sign * m_med
        if excess < 1 or _foreign(ctx, a, b) >= min_letters:
            continue
        by_rule = _comma_openers(ctx.chain.witness(many_w).lang, ctx.chain.witness(other_w).lang)
        cands: list[Candidate] = []
        en = primary_language(ctx.chain.witness(many_w).lang) == "en"
        for sid in many:
            text = texts[sid]
            pieces = punct_pieces(text)
            # Not the first piece (see the module docstring): a clause is appended or inserted.
            # A short label before a colon ("Tip:", "Hinweis:") leaves the head to the next.
            first = 2 if len(pieces) > 2 and _label(text, pieces[0]) else 1
            for i in range(first, len(pieces)):
                for j in range(i, min(i + _MAX_RUN, len(pieces))):
                    lo, hi = pieces[i][0], pieces[j][1]
                    words = tokens(text[lo:hi])
                    if len(words) < 2:
                        continue  # one word is not a clause (a dash standing for a verb)
                    if en and words[0].lower() in _PREDICATE_START:
                        continue  # "X, currently Y, is scheduled to …": the sentence's own predicate
                    if words[0].lower() in by_rule:
                        continue  # „…, um die Finanzierung zu bekommen“: a comma the grammar sets

                    ln = translated_letters(ctx, many_w, text[lo:hi])
                    if ln < min_letters or ln >= l_many:
                        continue
                    cands.append((abs(dev(l_many - ln)), sid, lo, hi))
        chosen = unambiguous_best(cands, fit)
        if chosen is None:
            continue
        fitting, best = chosen
        vocab = shared_anchors(ctx, a)
        for d_w, sid, lo, hi in fitting:
            if sid != best[1] or hi <= best[2] or lo >= best[3]:
                continue  # only runs overlapping the best one
            text = texts[sid]
            # The clause takes its inner marks and one of those around it.
            if marks(text[lo:hi]) + 1 > excess:
                continue
            if not _unmatched(ctx, many, other, sid, lo, hi, vocab):
                continue
            if moved_next_door(ctx, a, b, side, text[lo:hi], vocab):
                continue
            seg = ctx.segment(sid)
            n_anch = len(_anchored(text[lo:hi], vocab))
            yield Gap(b, sid, seg.start + lo, seg.start + hi, d_all * sign, d_w * sign, n_anch)
            break


# English auxiliaries and copulas: a piece after an apposition that starts with one is the
# predicate of the sentence's subject, not a clause of its own.
_PREDICATE_START = frozenset("is was are were has have had will would can could should must may might "
                             "does did do shall".split())


def moved_next_door(ctx: CheckContext, a: Alignment, b: Bead, side: str, clause: str, vocab: frozenset[str]) -> bool:
    """Do the clause's anchors turn up on the other side of a neighbouring bead, where that
    bead's own sentence does not have them? Then the translation moved the clause into the
    sentence before or after (``…, a ua piha nā hōkele a pau o Hilo.`` → ``Every hotel in Hilo
    was full, and …``), it did not drop it."""
    med = _model(ctx, a)[0]
    words = _anchored(clause, vocab)
    # names written alike on both sides count too, however common in the text (Hilo)
    names = [t for t in tokens(clause)[1:] if t[:1].isupper()]
    if not words and not names:
        return False
    k = a.beads.index(b)
    for n in (k - 1, k + 1):
        if not 0 <= n < len(a.beads):
            continue
        nb = a.beads[n]
        own, there = (nb.target, nb.source) if side == "target" else (nb.source, nb.target)
        if not own or not there:
            continue
        # the neighbour's translation is long for its source (it took the clause in), or, for
        # an added clause, short (it gave the clause away)
        l_src = sum(letters(ctx.segment(s).text) for s in nb.source)
        l_tgt = sum(letters(ctx.segment(s).text) for s in nb.target)
        if not l_src or not l_tgt or (math.log(l_tgt / l_src) - med) * (1 if side == "source" else -1) <= 0:
            continue
        pool = [w for s in there for w in _anchored(ctx.segment(s).text, vocab)]
        mine = [w for s in own for w in _anchored(ctx.segment(s).text, vocab)]
        _claim(pool, mine)  # the neighbour's own anchors first
        if words and _claim(pool, words):
            return True
        there_words = [t for s in there for t in tokens(ctx.segment(s).text)]
        own_words = [t for s in own for t in tokens(ctx.segment(s).text)]
        if any(there_words.count(w) > own_words.count(w) for w in names):
            return True
    return False


def _unmatched(
    ctx: CheckContext, many: Sequence[str], other: Sequence[str], sid: str, lo: int, hi: int, vocab: frozenset[str]
) -> bool:
    """Whether no anchored word of the clause finds a counterpart on the other side once the
    rest of the longer side has claimed its own, and the rest found one if there is any."""
    pool = [w for s in other for w in _anchored(ctx.segment(s).text, vocab)]
    had = bool(pool)
    pool += _number_words(ctx, other)  # "two to three days" renders 2～3日
    text = ctx.segment(sid).text
    rest = [ctx.segment(s).text for s in many if s != sid] + [text[:lo], text[hi:]]
    rest_hit = sum(_claim(pool, _anchored(t, vocab)) for t in rest)
    if had and not rest_hit:
        return False
    # the clause's numbers count whether or not the hop writes them as digits both sides, or
    # as words on one (в девяти случаях, in 9 cases)
    numbers = _numbers(text[lo:hi]) + _word_numbers(ctx, sid, text[lo:hi])
    digits = [w for s in other for w in _numbers(ctx.segment(s).text)] + _number_words(ctx, other)
    for t in rest:
        _claim(digits, _numbers(t))
    if _claim(pool, _anchored(text[lo:hi], vocab)) or _claim(list(pool), numbers) or _claim(digits, numbers):
        return False
    return not (numbers and _number_changed(ctx, many, other, sid, lo, hi))


def _number_changed(ctx: CheckContext, many: Sequence[str], other: Sequence[str], sid: str, lo: int, hi: int) -> bool:
    """Does a number of the clause stand against another number the other side has in its
    place (56.82 per cent, then 56.28)? Then the clause is there, its number changed
    (``number-mismatch``'s finding), not dropped or added."""
    from auditor.core.checks.number_mismatch import bead_quantities
    from auditor.core.number_match import unmatched

    lang_many = ctx.chain.witness(ctx.segment(sid).witness).lang
    lang_other = ctx.chain.witness(ctx.segment(other[0]).witness).lang
    mine, extra = unmatched([q for _, q in bead_quantities(ctx, many, lang_many)],
                            [q for _, q in bead_quantities(ctx, other, lang_other)])
    seg = ctx.segment(sid)
    return bool(extra) and any(seg.start + lo <= q.start < seg.start + hi for q in mine)


# Languages whose grammar sets a comma before every subordinate clause, and the conjunctions that
# open one: there the extra comma against an English (or French …) sentence is no sign of a
# clause pasted in (German „um … zu“, Russian «чтобы», Polish „że“). Relative clauses are left
# in: an explanatory "which …" is what translators add.
_COMMA_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset("um dass weil wenn ob als damit obwohl während nachdem bevor sodass".split()),
    "ru": frozenset("что чтобы если потому поскольку хотя".split()),
    "uk": frozenset("що щоб якщо тому оскільки хоча".split()),
    "be": frozenset("што каб калі".split()),
    "pl": frozenset("że żeby aby jeśli ponieważ chociaż".split()),
    "cs": frozenset("že aby pokud protože ačkoli".split()),
    "sk": frozenset("že aby ak pretože".split()),
}


def _comma_openers(lang: str, other_lang: str) -> frozenset[str]:
    """Clause openers that take a comma by rule in ``lang`` but not in ``other_lang``."""
    own, other = primary_language(lang), primary_language(other_lang)
    if own not in _COMMA_OPENERS or other in _COMMA_OPENERS:
        return frozenset()
    return _COMMA_OPENERS[own]
