"""Sentences that moved with a paired one: the helpers of ``moved_segments`` that walk out from
the pairs it made.

Two source sentences in a row merged into one moved target sentence (``merged``), the
unanchored middle of a moved paragraph between two pairs (``between``) and a sentence beside a
moved block, split or condensed (``beside``). Not a check; ``Moved`` is the pair they all yield.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from auditor.core.checks.base import CheckContext
from auditor.core.checks.clause_gaps import _anchored, _claim
from auditor.core.checks.omission import letters
from auditor.core.models import Alignment, Bead


@dataclass(frozen=True)
class Moved:
    source_bead: Bead
    target_bead: Bead
    anchors: int
    """Anchors of the source segment matched in the target segment."""
    z: float
    """The pair's length ratio against the hop's, in MADs."""



def merged(
    ctx: CheckContext, lone_s: list[Bead], lone_t: list[Bead], pairs: list[tuple[int, int]],
    t_words: list[list[tuple[str, ...]]], vocab: frozenset[str], med: float, mad: float, z: float,
) -> list[Moved]:
    """Two source sentences in a row moved and merged into one target sentence (a retelling
    joins "The union demands 6.5 %." and "The operator offers 4.1 %."): each finds anchors in
    it, and together their length fits it."""
    used_s = {i for i, _ in pairs}
    used_t = {j for _, j in pairs}
    s_words = [_anchored(ctx.segment(b.source[0]).text, vocab) for b in lone_s]
    by_feature: dict[str, set[int]] = {}
    for i, words in enumerate(s_words):
        for feats in words:
            for f in feats:
                by_feature.setdefault(f, set()).add(i)
    out: list[Moved] = []
    t_at = {ctx.segment(b.target[0]).index: k for k, b in enumerate(lone_t)}  # position → index in lone_t
    for j, tb in enumerate(lone_t):
        if j in used_t:
            continue
        # blocking: only sources sharing a feature with this target, and their successors
        near = {i for feats in t_words[j] for f in feats for i in by_feature.get(f, ())}
        for i in sorted(near):
            if i + 1 not in near or i in used_s or i + 1 in used_s:
                continue
            s1, s2 = ctx.segment(lone_s[i].source[0]), ctx.segment(lone_s[i + 1].source[0])
            if s2.index != s1.index + 1:
                continue
            pool = [set(f) for f in t_words[j]]
            m1, m2 = _claim(pool, s_words[i]), _claim(pool, s_words[i + 1])
            if not m1 or not m2:
                continue
            t_text = ctx.segment(tb.target[0]).text
            dev = (math.log(letters(t_text) / (letters(s1.text) + letters(s2.text))) - med) / mad
            alone = (math.log(letters(t_text) / letters(s1.text)) - med) / mad
            after = t_at.get(ctx.segment(tb.target[0]).index + 1)
            if abs(alone) < z and after is not None and _claim([set(f) for f in t_words[after]], s_words[i + 1]):
                continue  # the first fits alone, the second has anchors in the next one: no merge
            if abs(dev) < z:
                out += [Moved(lone_s[i], tb, m1, dev), Moved(lone_s[i + 1], tb, m2, dev)]
                used_s.update((i, i + 1))
                used_t.add(j)
                break
    # a pair already made may have taken only half of such a merge: the source sentence beside its
    # own, unpaired, with anchors of its own in the same target (none its partner claims), and
    # the two together fitting it ("18 beds, six more" and "four operating theatres" in one)
    for i, j in pairs:
        t_text = ctx.segment(lone_t[j].target[0]).text
        own = ctx.segment(lone_s[i].source[0])
        for k in (i - 1, i + 1):
            if not 0 <= k < len(lone_s) or k in used_s:
                continue
            other = ctx.segment(lone_s[k].source[0])
            if abs(other.index - own.index) != 1:
                continue
            pool = [set(f) for f in t_words[j]]
            _claim(pool, s_words[i])
            m = _claim(pool, s_words[k])
            both = (math.log(letters(t_text) / (letters(own.text) + letters(other.text))) - med) / mad
            if m and abs(both) < z:
                out.append(Moved(lone_s[k], lone_t[j], m, both))
                used_s.add(k)
                break
    return out


def between(
    ctx: CheckContext, a: Alignment, lone_s: list[Bead], lone_t: list[Bead], pairs: list[tuple[int, int]],
    med: float, mad: float, z: float,
) -> list[Moved]:
    """Unpaired sentences inside a moved block: between two moved pairs, as many unaligned
    source sentences in a row as unaligned target sentences in a row, paired in order when
    their lengths fit (a moved paragraph whose middle sentence has no number or name)."""
    order_s = [ctx.segment(b.source[0]).index for b in lone_s]
    order_t = [ctx.segment(b.target[0]).index for b in lone_t]
    out: list[Moved] = []
    for (i1, j1), (i2, j2) in pairwise(pairs):
        gap_s, gap_t = range(i1 + 1, i2), range(j1 + 1, j2)
        if not gap_s or len(gap_s) != len(gap_t):
            continue
        # consecutive sentences on both sides: one block, nothing aligned in between
        if order_s[i2] - order_s[i1] != i2 - i1 or order_t[j2] - order_t[j1] != j2 - j1:
            continue
        devs = [(math.log(letters(ctx.segment(lone_t[j].target[0]).text)
                          / letters(ctx.segment(lone_s[i].source[0]).text)) - med) / mad
                for i, j in zip(gap_s, gap_t, strict=True)]
        if all(abs(d) < z for d in devs):
            out.extend(Moved(lone_s[i], lone_t[j], 0, d) for i, j, d in zip(gap_s, gap_t, devs, strict=True))
    return out


def beside(
    ctx: CheckContext, lone_s: list[Bead], lone_t: list[Bead], found: list[Moved], med: float, mad: float, z: float,
    vocab: frozenset[str] = frozenset(),
) -> list[Moved]:
    """Unpaired sentences at the edge of a moved block: the unaligned source sentences right
    before (or after) a moved pair's source, and the one unaligned target sentence right before
    (or after) its target, when together their lengths fit (a retelling that moved a paragraph
    and merged its opening sentences, which have no number or name of their own), or, for
    one sentence that shares an anchor with it, fit within twice the usual spread (the
    retelling moved a title into the quote it kept: Honcharuk / szef … Witalij Honczaruk)."""
    taken_s = {id(m.source_bead) for m in found}
    taken_t = {id(m.target_bead) for m in found}
    s_at = {ctx.segment(b.source[0]).index: b for b in lone_s if id(b) not in taken_s}
    t_at = {ctx.segment(b.target[0]).index: b for b in lone_t if id(b) not in taken_t}
    out: list[Moved] = []
    queue = list(found)  # a pair found here is the edge of the block in turn: walk outwards
    while queue:
        m = queue.pop(0)
        si, ti = ctx.segment(m.source_bead.source[0]).index, ctx.segment(m.target_bead.target[0]).index
        for step in (-1, 1):
            run: list[Bead] = []
            k = si + step
            while k in s_at and len(run) < 2:
                run.append(s_at[k])
                k += step
            t = t_at.get(ti + step)
            if not run or t is None:
                continue
            t_text = ctx.segment(t.target[0]).text
            # one sentence cut in two: the next target beside the block too
            t2 = t_at.get(ti + 2 * step)
            split = _split_dev(ctx, run[0], t, t2, med, mad) if t2 is not None else math.inf
            # the shortest run that fits: one sentence, or two merged into the target
            got: list[Moved] = []
            for n in range(1, len(run) + 1):
                ls = sum(letters(ctx.segment(b.source[0]).text) for b in run[:n])
                dev = (math.log(letters(t_text) / ls) - med) / mad
                if n == 1 and abs(split) < abs(dev):
                    break
                shared = n == 1 and _claim([set(f) for f in _anchored(t_text, vocab)],
                                           _anchored(ctx.segment(run[0].source[0]).text, vocab)) > 0
                if abs(dev) < (2 * z if shared else z):
                    got = [Moved(b, t, 0, dev) for b in run[:n]]
                    break
            if not got and t2 is not None and abs(split) < z:
                # the far target first: omission points at the last one listed, the split's start
                got = [Moved(run[0], t2, 0, split), Moved(run[0], t, 0, split)]
            if not got:
                continue
            out.extend(got)
            queue.append(got[0])
            for g in got:
                s_at.pop(ctx.segment(g.source_bead.source[0]).index, None)
                t_at.pop(ctx.segment(g.target_bead.target[0]).index, None)
    return out


def _split_dev(ctx: CheckContext, sb: Bead, t1: Bead, t2: Bead, med: float, mad: float) -> float:
    ls = letters(ctx.segment(sb.source[0]).text)
    lt = letters(ctx.segment(t1.target[0]).text) + letters(ctx.segment(t2.target[0]).text)
    return (math.log(lt / ls) - med) / mad
