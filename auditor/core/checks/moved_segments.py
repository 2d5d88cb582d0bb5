"""A sentence moved, not dropped: an unaligned source segment and an unaligned target segment
elsewhere in the hop that translate each other.

A helper of ``omission`` and ``addition`` (not a check). The aligner is monotone, so a
sentence an editor or a retelling moved further than a merged bead reaches comes out as a
null bead at its old place (an omission) and another at its new one (an addition). Two null
beads of one hop are taken for one moved sentence when the source segment's anchors (words
this hop carries across elsewhere: numbers, names, cognates; see
``clause_gaps.shared_anchors``) find at least one counterpart in the target segment, their
length ratio is within ``z`` MADs of the hop's, and each is the other's best partner (most
anchors matched, then the closest length ratio). Unaligned sentences between two such pairs,
as many in a row on each side, pair up in order when their lengths fit (the middle of a moved
paragraph, with no number or name of its own). Two source sentences in a row that each find
anchors in one unaligned target sentence, and together fit its length, moved and were merged
into it (two moves to one place); one beside a moved block may also have been split in two.
Then ``omission`` reports the move once, as
a minor finding pointing at both places, and ``addition`` stays silent about the target.

In a retelling's hop, a pair whose sentences share none of the hop's anchors is also read for
anchors of its own (``direct_anchors``): amounts, numbers in words and months read in each
language, and names whose consonant keys agree as Japanese and Korean hear them (``Twelve
glassmakers … Milan … in April`` against ``4月 … ガラス職人12人がミラノ``); a retelling moves
sentences whose facts the rest of the text never carries across.
"""

from __future__ import annotations

import bisect
import math
import re
import weakref
from collections import Counter
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

from auditor.core.checks.base import CheckContext
from auditor.core.checks.clause_gaps import _anchored, _claim, shared_anchors
from auditor.core.checks.merged_beads import _model
from auditor.core.checks.moved_together import Moved, beside, between, merged
from auditor.core.checks.omission import letters
from auditor.core.checks.own_anchors import direct_anchors
from auditor.core.models import Alignment, Bead
from auditor.core.normalize import fold

_CACHE: dict[tuple[int, int, float, int, float], tuple[weakref.ref, weakref.ref, list[Moved]]] = {}  # type: ignore[type-arg]


REORDERING_BLOCKS, REORDERING_MOVES = 2, 3
"""Moved blocks, or moved sentences, found by the usual length test, from which a hop counts
as restructured."""


def reorders(ctx: CheckContext, a: Alignment, *, z: float, min_letters: int, min_beads: int) -> bool:
    """Does the hop restructure its source like a retelling? When its witness says so (``role``
    = ``retelling``), or when it moves ``REORDERING_BLOCKS`` separate blocks or
    ``REORDERING_MOVES`` sentences (a translation may move one passage; a retelling filed as a
    translation moves several)."""
    if a.target in ctx.retold:
        return True
    moved = moved_pairs(ctx, a, z=z, min_letters=min_letters, min_beads=min_beads)
    if len(moved) >= REORDERING_MOVES:
        return True
    places = sorted((ctx.segment(m.source_bead.source[0]).index, ctx.segment(m.target_bead.target[0]).index)
                    for m in moved)
    blocks = sum(1 for k, (s, t) in enumerate(places)
                 if k == 0 or not (s == places[k - 1][0] + 1 and t - places[k - 1][1] in (0, 1)))
    return blocks >= REORDERING_BLOCKS


def moved_pairs(ctx: CheckContext, a: Alignment, *, z: float, min_letters: int, min_beads: int,
                then_z: float = 0.0) -> list[Moved]:
    """The hop's null beads that pair up as one moved sentence (remembered for the last few
    hops, weakly, since both checks ask). With ``then_z`` above ``z``, the null beads left
    over are paired again with that looser length test (a retelling condenses what it moves),
    after the stricter pass has taken what it can."""
    key = (id(ctx), id(a), z, min_letters, then_z)
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is ctx and hit[1]() is a:
        return hit[2]
    got = _copies(ctx, a, min_letters)
    if got:  # a source sentence pasted untranslated elsewhere is no omission (same-as-source's)
        taken = {id(b) for m in got for b in (m.source_bead, m.target_bead)}
        a = Alignment(a.source, a.target, tuple(b for b in a.beads if id(b) not in taken))
    got += _pairs(ctx, a, z, min_letters, min_beads)
    if then_z > z:
        taken = {id(b) for m in got for b in (m.source_bead, m.target_bead)}
        rest = Alignment(a.source, a.target, tuple(b for b in a.beads if id(b) not in taken))
        got += _pairs(ctx, rest, then_z, min_letters, min_beads)
        # and walk out from every pair, the first pass's too, with the looser spread
        med, mad, n = _model(ctx, a)
        if n >= min_beads and got:
            lone_s = [b for b in a.beads if len(b.source) == 1 and not b.target
                      and letters(ctx.segment(b.source[0]).text) >= min_letters]
            lone_t = [b for b in a.beads if len(b.target) == 1 and not b.source
                      and letters(ctx.segment(b.target[0]).text) >= min_letters]
            got += beside(ctx, lone_s, lone_t, got, med, mad, then_z, shared_anchors(ctx, a))
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = (weakref.ref(ctx), weakref.ref(a), got)
    return got


COPY_RATIO = 90.0
"""Likeness (rapidfuzz ratio, folded) of an unaligned target segment to an unaligned source
segment that makes it a copy of it."""


def _copies(ctx: CheckContext, a: Alignment, min_letters: int) -> list[Moved]:
    """Unaligned source segments copied, untranslated, into an unaligned target segment."""
    lone_s = [b for b in a.beads if len(b.source) == 1 and not b.target
              and letters(ctx.segment(b.source[0]).text) >= min_letters]
    lone_t = [b for b in a.beads if len(b.target) == 1 and not b.source
              and letters(ctx.segment(b.target[0]).text) >= min_letters]
    if not lone_s or not lone_t:
        return []
    out: list[Moved] = []
    used: set[int] = set()
    for ti, si, _score in copies_of([ctx.segment(b.target[0]).text for b in lone_t],
                                    [ctx.segment(b.source[0]).text for b in lone_s], COPY_RATIO):
        if si not in used:
            used.add(si)
            out.append(Moved(lone_s[si], lone_t[ti], 0, 0.0))
    return out


# Letters with the vowel signs and viramas of the Brahmic scripts, which are no \w in Python
# (a Tamil word would break at every sign into pieces too short to count)
_LONG_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0eff\u0f00-\u109f\u1780-\u17ff]){4,}")


def copies_of(targets: Sequence[str], sources: Sequence[str], cutoff: float) -> list[tuple[int, int, float]]:
    """(target index, source index, likeness) of each target text that copies a source text
    (rapidfuzz ratio of the folded texts at least ``cutoff``), its best one. Only sources that
    share half the target's longer words are compared: a copy shares nearly all of them."""
    index: dict[str, list[int]] = {}
    folded = [fold(t) for t in sources]
    for k, text in enumerate(folded):
        for w in set(_LONG_WORD.findall(text)):
            index.setdefault(w, []).append(k)
    out: list[tuple[int, int, float]] = []
    for ti, target in enumerate(targets):
        t = fold(target)
        words = set(_LONG_WORD.findall(t))
        if not words:
            continue
        shared = Counter(k for w in words for k in index.get(w, ()))
        near = [k for k, c in shared.items() if 2 * c >= len(words)]
        if not near:
            continue
        got = process.extractOne(t, [folded[k] for k in near], scorer=fuzz.ratio, score_cutoff=cutoff)
        if got is not None:
            out.append((ti, near[got[2]], float(got[1])))
    return out


def _pairs(ctx: CheckContext, a: Alignment, z: float, min_letters: int, min_beads: int) -> list[Moved]:
    def long_enough(seg_id: str) -> bool:
        return letters(ctx.segment(seg_id).text) >= min_letters

    lone_s = [b for b in a.beads if len(b.source) == 1 and not b.target and long_enough(b.source[0])]
    lone_t = [b for b in a.beads if len(b.target) == 1 and not b.source and long_enough(b.target[0])]
    if not lone_s or not lone_t:
        return []
    med, mad, n = _model(ctx, a)
    if n < min_beads:
        return []
    vocab = shared_anchors(ctx, a)
    # Blocking: a target is only scored against sources that share one of its anchor features,
    # so a long hop with many unaligned segments stays near linear.
    t_words: list[list[tuple[str, ...]]] = []
    by_feature: dict[str, set[int]] = {}
    for j, tb in enumerate(lone_t):
        words = _anchored(ctx.segment(tb.target[0]).text, vocab)
        t_words.append(words)
        for feats in words:
            for f in feats:
                by_feature.setdefault(f, set()).add(j)
    scores: dict[tuple[int, int], tuple[int, float]] = {}
    most_s: dict[int, int] = {}  # the most anchors each segment shares with any partner, fitting or not
    most_t: dict[int, int] = {}
    anchored: dict[tuple[int, int], int] = {}
    direct = a.target in ctx.retold and len(lone_s) * len(lone_t) <= _DIRECT_PAIRS

    def weigh(i: int, j: int, matched: int, s_text: str) -> None:
        if not matched:
            return
        anchored[(i, j)] = matched
        most_s[i] = max(most_s.get(i, 0), matched)
        most_t[j] = max(most_t.get(j, 0), matched)
        t_text = ctx.segment(lone_t[j].target[0]).text
        dev = (math.log(letters(t_text) / letters(s_text)) - med) / mad
        if abs(dev) < z:
            scores[(i, j)] = (matched, dev)

    for i, sb in enumerate(lone_s):
        s_text = ctx.segment(sb.source[0]).text
        words = _anchored(s_text, vocab)
        near = {j for feats in words for f in feats for j in by_feature.get(f, ())}
        if direct:
            # a retelling moves sentences whose anchors the rest of the text never carries
            # across (a month, a number in words, a city in katakana): read the pair itself
            for j in sorted(set(range(len(lone_t))) - near):
                weigh(i, j, direct_anchors(ctx, a, sb.source[0], lone_t[j].target[0]), s_text)
        for j in sorted(near):
            weigh(i, j, _claim([set(f) for f in t_words[j]], words), s_text)
    # A fitting pair that shares far fewer anchors than one side shares with a partner of the
    # wrong length is a chance match: that partner is the sentence merged with or split from
    # this one (two moved sentences a retelling joined), which ``moved_together.merged`` pairs.
    for p in [p for p, (m, _) in scores.items() if max(most_s[p[0]], most_t[p[1]]) >= max(2 * m, m + 2)]:
        del scores[p]

    def rank(p: tuple[int, int]) -> tuple[int, int, float, tuple[int, int]]:
        return (-scores[p][0], displaced(p), abs(scores[p][1]), p)

    def at(b: Bead) -> int:
        return ctx.segment((b.source or b.target)[0]).index

    def displaced(p: tuple[int, int]) -> int:
        # Sentences moved together keep their order and distance: of two partners equally
        # anchored, the one nearer where the closest firmly paired source sentence puts it
        i, j = at(lone_s[p[0]]), at(lone_t[p[1]])
        k = bisect.bisect_left(firm, (i,))
        near = [q for q in firm[max(0, k - 2):k + 2] if q[2] != p]
        if not near:
            return 0
        q = min(near, key=lambda q: (abs(q[0] - i), q))
        return abs(j - (q[1] + i - q[0]))

    # firm pairs: each the other's one partner with the most anchors, whatever their lengths (a
    # sentence merged with its neighbour is longer, yet still marks where the block went)
    top_s: dict[int, list[int]] = {}
    top_t: dict[int, list[int]] = {}
    for (i, j), m in anchored.items():
        for top, key in ((top_s, i), (top_t, j)):
            best = top.setdefault(key, [0, 0])
            if m > best[0]:
                best[:] = [m, 1]
            elif m == best[0]:
                best[1] += 1
    firm = sorted((at(lone_s[i]), at(lone_t[j]), (i, j)) for (i, j), m in anchored.items()
                  if m >= _FIRM and top_s[i] == [m, 1] and top_t[j] == [m, 1])
    pairs = _mutual(scores, rank)
    out = [Moved(lone_s[i], lone_t[j], scores[(i, j)][0], scores[(i, j)][1]) for i, j in pairs]
    out += merged(ctx, lone_s, lone_t, pairs, t_words, vocab, med, mad, z)
    out += between(ctx, a, lone_s, lone_t, pairs, med, mad, z)
    return out + beside(ctx, lone_s, lone_t, out, med, mad, z, vocab)


_FIRM = 2
"""Anchors a moved pair shares from which its place settles its neighbours' ties."""


def _mutual(
    scores: dict[tuple[int, int], tuple[int, float]], rank: Callable[[tuple[int, int]], tuple[int, int, float, tuple[int, int]]],
) -> list[tuple[int, int]]:
    """The pairs each of whose sentences is the other's best partner under ``rank``."""
    best_of_s: dict[int, tuple[int, int]] = {}
    best_of_t: dict[int, tuple[int, int]] = {}
    for p in scores:
        if p[0] not in best_of_s or rank(p) < rank(best_of_s[p[0]]):
            best_of_s[p[0]] = p
        if p[1] not in best_of_t or rank(p) < rank(best_of_t[p[1]]):
            best_of_t[p[1]] = p
    return sorted((i, j) for (i, j) in best_of_s.values() if best_of_t.get(j) == (i, j))


_DIRECT_PAIRS = 900
"""Unaligned source and target sentences of a retelling's hop (their product) up to which every
pair is read for anchors of its own (an article's worth; a book's are blocked by features)."""
