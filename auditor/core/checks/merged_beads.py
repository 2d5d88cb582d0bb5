"""A sentence hidden inside a merged bead: the aligner paired two source sentences with one
translated sentence (2-1), but the translation is only as long as one of them.

A helper of ``omission`` and ``addition`` (not a check). The hop's own length model (median
and MAD of log length ratios over its beads, as in ``omission.length_outliers``) says how
long the translation of each side should be; a segment of the longer side is reported when
the bead is short (or long) by at least ``z`` MADs with it and about right without it.
When leaving out either of two segments fits about as well, numbers decide: the one segment
whose numbers the other side lacks altogether is the missing one. Square-bracketed glosses in
the witness's own script (an editor's note) do not count as translated text.
"""

from __future__ import annotations

import math
import statistics
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.core.align.anchors import analyse_word, tokens
from auditor.core.checks.base import CheckContext
from auditor.core.checks.length_signals import translated_letters
from auditor.core.checks.omission import letters
from auditor.core.models import Alignment, Bead
from auditor.core.normalize import char_script, expected_scripts


@dataclass(frozen=True)
class Hidden:
    bead: Bead
    segment: str
    """The segment (of the bead's longer side) with no counterpart."""
    z: float
    """How far the bead's ratio is from the hop's median, in MADs, with the segment counted."""
    z_without: float


_MODELS: dict[tuple[int, int], tuple[weakref.ref, weakref.ref, tuple[float, float, int]]] = {}  # type: ignore[type-arg]


def _model(ctx: CheckContext, a: Alignment) -> tuple[float, float, int]:
    """(median, MAD, beads) of the hop's log length ratios; remembered for the last few hops
    (weakly: a finished audit is not kept alive)."""
    hit = _MODELS.get((id(ctx), id(a)))
    if hit is not None and hit[0]() is ctx and hit[1]() is a:
        return hit[2]
    if len(_MODELS) > 8:
        _MODELS.clear()
    got = _compute_model(ctx, a)
    _MODELS[(id(ctx), id(a))] = (weakref.ref(ctx), weakref.ref(a), got)
    return got


def _compute_model(ctx: CheckContext, a: Alignment) -> tuple[float, float, int]:
    logs = []
    for b in a.beads:
        ls = sum(letters(ctx.segment(s).text) for s in b.source)
        lt = sum(letters(ctx.segment(t).text) for t in b.target)
        if b.source and b.target and ls and lt:
            logs.append(math.log(lt / ls))
    if not logs:
        return 0.0, 1.0, 0
    med = statistics.median(logs)
    mad = max(statistics.median(abs(x - med) for x in logs) * 1.4826, 0.15)
    return med, mad, len(logs)


def _mixed(ctx: CheckContext, a: Alignment, b: Bead) -> bool:
    """Does either side of the bead carry letters in a script foreign to its witness?"""
    for wid, segs in ((a.source, b.source), (a.target, b.target)):
        own = expected_scripts(ctx.chain.witness(wid).lang)
        for sid in segs:
            if any(ch.isalpha() and char_script(ch) not in own for ch in ctx.segment(sid).text):
                return True
    return False




def _numbers(text: str) -> set[str]:
    return {f for tok in tokens(text) for f in analyse_word(tok)[0] if f.startswith("#")}


_OPENERS = "“«「『„"
_CLOSERS = "”»」』“"


def _quotation_split(ctx: CheckContext, segs: tuple[str, ...]) -> bool:
    """Does a quotation run from one of these segments into the next (「…。 / …」)?"""
    depth = 0
    for sid in segs[:-1]:
        text = ctx.segment(sid).text
        for ch in text:
            if ch in _OPENERS and not (ch == "“" and depth > 0):
                depth += 1
            elif ch in _CLOSERS and depth > 0:
                depth -= 1
        if depth > 0:
            return True
    return False


def _quote_broken_by_attribution(ctx: CheckContext, many: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Does each of these segments open a quotation, where the other side's one segment holds a
    quotation too? A translator breaks a quotation with its attribution (“…,” she said. “…”):
    the split is style, not a sentence of its own."""
    if len(other) != 1 or not any(ch in _OPENERS for ch in ctx.segment(other[0]).text):
        return False
    return all(any(ch in _OPENERS or ch == '"' for ch in ctx.segment(sid).text[:2]) for sid in many)


def _numbers_kept(ctx: CheckContext, segment: str, other: tuple[str, ...]) -> bool:
    """Does ``segment`` hold numbers, every one of them also on the ``other`` side? Without
    digits, its number words count (Marathi दोन टप्प्यांत for "in two instalments")."""
    mine = _numbers(ctx.segment(segment).text) - {"#1"}
    if not mine:
        return _number_words_kept(ctx, segment, other)
    theirs: set[str] = set()
    for sid in other:
        theirs |= _numbers(ctx.segment(sid).text)
    # (digits grouped another way, 9 000 for 9,000, are the same amount: read them as numbers)
    return mine <= theirs or _number_words_kept(ctx, segment, other)


def split_off_neighbour(ctx: CheckContext, a: Alignment, k: int, segment: str, side: str) -> bool:
    """Are the numbers of ``segment`` (in bead ``k``, on ``side``) all in the other side of the
    bead before or after? Then it was split off that sentence (The cellar can hold 9,000
    wheels, from the source's "… capable d'accueillir 9 000 meules"), not added or dropped."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(a.beads):
            b = a.beads[j]
            other = b.target if side == "source" else b.source
            if other and _numbers_kept(ctx, segment, other):
                return True
    return False


def _number_words_kept(ctx: CheckContext, segment: str, other: tuple[str, ...]) -> bool:
    """Are the numbers of ``segment``, read as amounts (words too), all on the ``other`` side?"""
    from auditor.core.checks.number_mismatch import bead_quantities

    seg = ctx.segment(segment)
    mine = {q.value for _, q in bead_quantities(ctx, (segment,), ctx.chain.witness(seg.witness).lang)
            if q.value is not None and q.value >= 2 and not (q.month or q.day or q.clock)}
    if not mine or not other:
        return False
    other_lang = ctx.chain.witness(ctx.segment(other[0]).witness).lang
    theirs = {q.value for _, q in bead_quantities(ctx, other, other_lang)}
    return mine <= theirs


def numbers_told_elsewhere(ctx: CheckContext, segment: str, other_w: str) -> bool:
    """Does ``segment`` hold a number above 2 and are all its numbers somewhere in witness
    ``other_w``?"""
    mine = _numbers(ctx.segment(segment).text) - {"#1", "#2"}
    mine = {x for x in mine if x[1:].isdigit()}
    if not mine:
        return False
    theirs: set[str] = set()
    for s in ctx.segments.get(other_w, ()):
        theirs |= _numbers(s.text)
    return mine <= theirs


def _numbers_lost(ctx: CheckContext, segment: str, other: tuple[str, ...]) -> bool:
    """Does ``segment`` hold numbers of which none is in the ``other`` side's segments?"""
    mine = _numbers(ctx.segment(segment).text)
    if not mine:
        return False
    theirs: set[str] = set()
    for sid in other:
        theirs |= _numbers(ctx.segment(sid).text)
    return not (mine & theirs)


def hidden_segments(
    ctx: CheckContext, a: Alignment, *, side: str, z: float, fit: float, min_letters: int, min_beads: int,
    unsure_z: float | None = None, unsure_score: float = 0.0,
) -> Iterator[Hidden]:
    """Segments of merged beads with no counterpart: ``side`` is ``source`` (omissions) or
    ``target`` (additions). A merge the aligner itself hardly preferred (bead score below
    ``unsure_score``: leaving the segment unpaired scored almost as well) needs only
    ``unsure_z`` MADs of shortfall, unless its segments are parts of one quotation (cut by the
    segmenter, or broken by its attribution: “…,” she said. “…”)."""
    med, mad, n = _model(ctx, a)
    if n < min_beads:
        return
    retold = a.target in ctx.retold
    for k, b in enumerate(a.beads):
        many, other = (b.source, b.target) if side == "source" else (b.target, b.source)
        if len(many) < 2 or not other:
            continue
        if _mixed(ctx, a, b):
            continue  # text left in another script distorts the lengths (the seed's bracketed Bengali)
        many_w, other_w = (a.source, a.target) if side == "source" else (a.target, a.source)
        lens = {s: translated_letters(ctx, many_w, ctx.segment(s).text) for s in many}
        l_many = sum(lens.values())
        l_other = sum(translated_letters(ctx, other_w, ctx.segment(s).text) for s in other)
        if not l_many or not l_other:
            continue
        sign = 1.0 if side == "source" else -1.0  # log(target/source) drops when the source is long

        def dev(l_m: int, l_other: int = l_other, sign: float = sign) -> float:
            ls, lt = (l_m, l_other) if side == "source" else (l_other, l_m)
            return (math.log(lt / ls) - med) / mad * sign

        d_all = dev(l_many)
        need = unsure_z if unsure_z is not None and b.score < unsure_score else z
        if need != z and (_quotation_split(ctx, many) or _quote_broken_by_attribution(ctx, many, other)):
            need = z  # the segmenter cut a quotation of several sentences: an unsure bead by nature
        if d_all > -need:
            continue
        fits = sorted((abs(dev(l_many - ln)), s) for s, ln in lens.items() if min_letters <= ln < l_many)
        if not fits or fits[0][0] > fit:
            continue
        if len(fits) > 1 and fits[1][0] < fits[0][0] + 1.0:
            # Leaving out another segment fits about as well. Numbers can still say which one
            # is missing: the only candidate whose numbers the other side lacks altogether.
            lost = [f for f in fits if _numbers_lost(ctx, f[1], other)]
            if len(lost) != 1 or lost[0][0] > fit:
                continue
            fits = lost
        seg = fits[0][1]
        if _numbers_kept(ctx, seg, other):
            # Its numbers are all on the other side: it is translated, and a clause dropped
            # inside it (or added to it) fools the length model about which segment is extra.
            continue
        if split_off_neighbour(ctx, a, k, seg, side):
            continue
        if retold and numbers_told_elsewhere(ctx, seg, other_w):
            continue  # a retelling took this fact from another sentence of its parent
        yield Hidden(b, seg, d_all * sign, dev(l_many - lens[seg]) * sign)
