"""A block of sentences moved elsewhere (a retelling's background paragraph put at the end).

A monotone alignment cannot pair a moved block with its translation. Left alone, the block's
source sentences come out unaligned at their old place, and the block's translation is glued
onto whatever beads stand at its new place, spoiling them too (the last source sentence paired
with two sentences of the moved paragraph, its own translation left unaligned). Here such a
move is recognised after alignment: a run of source sentences whose rare anchors (numbers,
names: features found in at most two sentences of each side) point, sentence by sentence and
in order, into one compact block of target sentences far from where the path put them (see
``find_move``). The rest of the texts is then aligned again without the two blocks, and the
blocks come back as unaligned sentences at their own places, where the moved-sentence pairing
of the checks can find them. The result stays monotone and complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

MIN_RUN = 2
"""Sentences a moved block has at least (a single sentence is paired by the checks)."""
MAX_HELD = 0.8
"""Target sentences in beads at least this confident are not taken out of them."""
SURE_HELD = 0.9
"""Beads at least this confident hold their target sentences even without a shared anchor."""
NEAR = 2
"""Target sentences this close to the run's own place are no move (a local reordering)."""


class Bead(NamedTuple):
    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float


Align = Callable[[Sequence[int], Sequence[int]], list[Bead]]


def find_move(
    beads: Sequence[Bead], src: Sequence[frozenset[str]], tgt: Sequence[frozenset[str]]
) -> tuple[list[int], list[int]] | None:
    """(moved source sentences, their translation's target sentences) of the first move found.

    Each source sentence's partner is the one target sentence sharing most of its rare anchors
    (ties: none). A sentence is displaced when its partner lies more than ``NEAR`` sentences
    from where the path puts it and its own bead shares none of them. At least ``MIN_RUN``
    sentences in a row, each displaced or left unaligned, one of them displaced with strong
    evidence (two anchors or a number) and every displaced one at the same offset from its own
    partner (no two sharing one), make a move to the target block at that offset, unless a
    target sentence of that block sits in a bead of at least ``MAX_HELD`` confidence with
    another source sentence.
    """
    where: dict[int, int] = {}  # source sentence -> target position of the path
    now: dict[int, frozenset[str]] = {}  # source sentence -> anchors of the targets it is paired with
    at = 0
    bead_of_t: dict[int, Bead] = {}
    for b in beads:
        mates = frozenset(f for j in b.target for f in tgt[j])
        for i in b.source:
            where[i] = b.target[0] if b.target else at
            now[i] = mates
        for j in b.target:
            bead_of_t[j] = b
        if b.target:
            at = b.target[-1] + 1
    index: dict[str, list[int]] = {}
    for j, feats in enumerate(tgt):
        for f in feats:
            index.setdefault(f, []).append(j)
    displaced: dict[int, int] = {}
    strong: set[int] = set()
    sure: set[int] = set()  # displaced with a number and another anchor: may move alone
    elsewhere: set[int] = set()  # source sentences whose anchors point away from their own bead
    for i, feats in enumerate(src):
        if feats & now.get(i, frozenset()):
            continue  # its own bead explains its anchors
        got = _partner(feats, tgt, index)
        if got is not None:
            elsewhere.add(i)
        if got is not None and abs(got[0] - where.get(i, 0)) > NEAR:
            displaced[i] = got[0]
            if got[1]:
                strong.add(i)
            if len(feats & tgt[got[0]]) >= 2 and any(f.startswith("#") for f in feats & tgt[got[0]]):
                sure.add(i)
    lone = {i for b in beads if b.source and not b.target for i in b.source}
    single: tuple[list[int], list[int]] | None = None
    # Source blocks: consecutive sentences each displaced or unaligned, held together by the
    # displacement of their strongly anchored member(s): the block keeps its inner order.
    i, n = 0, len(src)
    while i < n:
        if i not in displaced and i not in lone:
            i += 1
            continue
        k = i
        while k < n and (k in displaced or k in lone):
            k += 1
        for block in _offset_runs(list(range(i, k)), displaced, strong):
            target = _block_target(block, displaced, strong, len(tgt), sure)
            if target is None:
                continue
            # The block's edges are placed by offset alone: a merge inside it makes the target
            # block shorter, and a confidently held sentence at its edge is no part of it.
            partners = {displaced[x] for x in block if x in displaced}
            claims = {displaced[x]: src[x] & tgt[displaced[x]] for x in block if x in displaced}
            # (a partner of the block's anchors is held only by a bead with an anchor of its own,
            # and not by one weaker than the moved sentence's: a name's key against two numbers)
            held = {j for j in target
                    if _held(bead_of_t.get(j), block, src, tgt[j], elsewhere, sure=j not in partners, tgt=tgt,
                             rival=claims.get(j, frozenset()))}
            while target and target[0] in held and target[0] not in partners:
                target = target[1:]
            while target and target[-1] in held and target[-1] not in partners:
                target = target[:-1]
            if target and not held & set(target):
                if len(block) >= MIN_RUN:
                    return block, target
                single = single or (block, target)
        i = k
    return single  # a lone sentence only when no paragraph moved: that move is the larger


def _offset_runs(block: list[int], displaced: dict[int, int], strong: set[int]) -> list[list[int]]:
    """A run of displaced sentences cut where the offset to their partners jumps: a retelling
    that put two neighbouring paragraphs in two different places (the unaligned sentences
    between go with the run before them). A run whose offsets all agree comes back whole; the
    parts of a cut one lose the edge members displaced on weak evidence alone (one cognate key
    in common, which may be chance, would carry a neighbour's sentence along)."""
    runs: list[list[int]] = [[]]
    offset: int | None = None
    for x in block:
        if x in displaced:
            here = displaced[x] - x
            if offset is not None and abs(here - offset) > 1:
                runs.append([])
            if offset is None or abs(here - offset) > 1:
                offset = here
        runs[-1].append(x)
    if len(runs) > 1:
        for r in runs:
            while r and r[-1] in displaced and r[-1] not in strong:
                r.pop()
            while r and r[0] in displaced and r[0] not in strong:
                r.pop(0)
    return [r for r in runs if r]


def _block_target(
    block: list[int], displaced: dict[int, int], strong: set[int], m: int, sure: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[int] | None:
    """The target block a source block moved to: every displaced member's partner at the same
    offset (give or take one sentence, a merge or a split) from a strongly anchored member's,
    in order (two neighbours may share one: the retelling merged them).
    A single sentence moves alone only when it is ``sure``: a number and another anchor."""
    anchors = [i for i in block if i in strong]
    if len(block) < MIN_RUN and not (len(block) == 1 and block[0] in sure):
        return None
    if not anchors or len([i for i in block if i in displaced]) < 1:
        return None
    offset = displaced[anchors[0]] - anchors[0]
    partners = [displaced[i] for i in block if i in displaced]
    # in order, no two sentences to one unless side by side (the retelling merged them)
    members = [i for i in block if i in displaced]
    merged_ok = all(p2 > p1 or (p2 == p1 and i2 == i1 + 1)
                    for (i1, p1), (i2, p2) in zip(zip(members, partners), zip(members[1:], partners[1:])))
    # a merge joins two sentences, now and then: never three into one, nor most of the block
    merged_ok = merged_ok and max(partners.count(x) for x in partners) <= 2 and 2 * len(set(partners)) > len(partners)
    if not merged_ok or any(abs(displaced[i] - i - offset) > 1 for i in block if i in displaced):
        return None
    lo, hi = block[0] + offset, block[-1] + offset
    if lo < 0 or hi >= m:
        return None
    return list(range(lo, hi + 1))


def _partner(
    feats: frozenset[str], tgt: Sequence[frozenset[str]], index: dict[str, list[int]]
) -> tuple[int, bool] | None:
    """The target sentence sharing most rare anchors (ties: none), and whether the evidence is
    strong: two anchors, or a number (one cognate key in common may be chance)."""
    if not feats:
        return None
    near = {j for f in feats for j in index.get(f, ())}  # rare: a feature is in two targets at most
    # more anchors first; at equal counts a shared number outweighs a shared cognate key
    scored = sorted(((len(feats & tgt[j]), any(f.startswith("#") for f in feats & tgt[j]), j) for j in near),
                    reverse=True)
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
        return None
    shared = feats & tgt[scored[0][2]]
    return scored[0][2], len(shared) >= 2 or any(f.startswith("#") for f in shared)


def _held(
    b: Bead | None, moved_s: Sequence[int], src: Sequence[frozenset[str]], feats: frozenset[str],
    elsewhere: set[int] = frozenset(),  # type: ignore[assignment]
    sure: bool = True,
    tgt: Sequence[frozenset[str]] = (),
    rival: frozenset[str] = frozenset(),
) -> bool:
    """Is a target sentence in bead ``b`` confidently aligned outside the move? Confident and
    sharing a rare anchor with the bead's source: a bead held by lengths alone, inside a block
    that the moved sentences' anchors point into, is the move's casualty. Very confident beads
    hold without an anchor, unless their own source's anchors point to another sentence
    (``elsewhere``): then the bead is the shift a move leaves behind (a retelling that swapped
    two paragraphs of like lengths). ``sure`` False: the sentence's own anchors are the moved
    block's, and only a very confident bead anchored through another of its targets (``tgt``)
    holds it."""
    if b is None or not b.source or b.score < MAX_HELD or set(b.source) & set(moved_s):
        return False
    own = frozenset().union(*(feats & src[i] for i in b.source))
    if own:
        return _strength(own) >= _strength(rival)
    if not sure:  # held only when the bead itself is anchored, through another of its targets
        return b.score >= SURE_HELD and any(tgt[t] & src[i] for i in b.source for t in b.target if t < len(tgt))
    return b.score >= SURE_HELD and not any(i in elsewhere for i in b.source)


def _strength(anchors: frozenset[str]) -> tuple[int, int]:
    """Numbers first, then how many: two numbers outweigh a name's consonant key."""
    return sum(f.startswith("#") for f in anchors), len(anchors)


def _split_across(b: Bead) -> list[Bead]:
    """A bead of the remainder that merges sentences from both sides of a taken-out block
    (``[1, 4, 5] ↔ [6, 7]`` around a moved ``[2, 3]``) cannot stand in the whole text: the
    longest run keeps the partners (the later one on a tie), the rest come out unaligned."""
    def runs(ix: tuple[int, ...]) -> list[tuple[int, ...]]:
        out: list[list[int]] = []
        for i in ix:
            if out and i == out[-1][-1] + 1:
                out[-1].append(i)
            else:
                out.append([i])
        return [tuple(r) for r in out]

    rs, rt = runs(b.source), runs(b.target)
    if len(rs) <= 1 and len(rt) <= 1:
        return [b]
    keep_s = max(rs, key=len) if rs else ()
    keep_t = max(rt, key=len) if rt else ()
    keep_s = max((r for r in rs if len(r) == len(keep_s)), key=lambda r: r[0]) if rs else ()
    keep_t = max((r for r in rt if len(r) == len(keep_t)), key=lambda r: r[0]) if rt else ()
    nulls = [Bead((i,), (), 0.5) for r in rs if r != keep_s for i in r] + \
            [Bead((), (j,), 0.5) for r in rt if r != keep_t for j in r]
    return _ordered([Bead(keep_s, keep_t, b.score), *nulls])


def _ordered(beads: list[Bead]) -> list[Bead]:
    """Source nulls and target nulls around the kept bead, each side in its own order."""
    kept = beads[0]
    before_s = [x for x in beads[1:] if x.source and kept.source and x.source[0] < kept.source[0]]
    after_s = [x for x in beads[1:] if x.source and not (kept.source and x.source[0] < kept.source[0])]
    before_t = [x for x in beads[1:] if x.target and kept.target and x.target[0] < kept.target[0]]
    after_t = [x for x in beads[1:] if x.target and not (kept.target and x.target[0] < kept.target[0])]
    return [*before_s, *before_t, kept, *after_s, *after_t]


def realign_without(
    beads: Sequence[Bead], n: int, m: int, moved_src: Sequence[int], moved_tgt: Sequence[int], align: Align
) -> list[Bead] | None:
    """The texts aligned again without the moved blocks, which come back as unaligned sentences
    at their places; None when the pieces do not make one monotone, complete path."""
    out_s, out_t = set(moved_src), set(moved_tgt)
    keep_s = [i for i in range(n) if i not in out_s]
    keep_t = [j for j in range(m) if j not in out_t]
    sub = [piece for b in align(keep_s, keep_t)
           for piece in _split_across(Bead(tuple(keep_s[i] for i in b.source), tuple(keep_t[j] for j in b.target),
                                           b.score))]
    old = {i: b.score for b in beads for i in b.source if not b.target}
    path: list[Bead] = []
    si = ti = 0
    queue = list(sub)
    while si < n or ti < m:
        if si in out_s:
            path.append(Bead((si,), (), old.get(si, 0.5)))
            si += 1
        elif ti in out_t:
            path.append(Bead((), (ti,), 0.5))
            ti += 1
        elif queue:
            b = queue.pop(0)
            if (b.source and list(b.source) != list(range(si, si + len(b.source)))) or (
                    b.target and list(b.target) != list(range(ti, ti + len(b.target)))):
                return None  # a bead of the remainder spans a moved sentence
            path.append(b)
            si += len(b.source)
            ti += len(b.target)
        else:
            return None
    if queue:
        return None
    return _in_place(path, out_s, out_t, align)


def _in_place(path: list[Bead], out_s: set[int], out_t: set[int], align: Align) -> list[Bead]:
    """``path`` with a taken-out block aligned where it stands, when the rest, aligned again,
    puts no bead between its source and its target sentences: the first path misplaced the
    block, the writer did not move it (a retelling's paragraph in order once another moved)."""
    if not out_s or not out_t:
        return path
    span_s, span_t = sorted(out_s), sorted(out_t)
    if span_s[-1] - span_s[0] + 1 != len(span_s) or span_t[-1] - span_t[0] + 1 != len(span_t):
        return path
    at = [k for k, b in enumerate(path) if set(b.source) & out_s or set(b.target) & out_t]
    if at[-1] - at[0] + 1 != len(at):
        return path  # something of the rest stands between: a real move
    inner = [Bead(tuple(span_s[i] for i in b.source), tuple(span_t[j] for j in b.target), b.score)
             for b in align(span_s, span_t)]
    return [*path[:at[0]], *inner, *path[at[-1] + 1:]]


PARAGRAPH_MARGIN = 2.0
"""How many times a moved paragraph's pooled anchors must favour its new place over the place
the path gives it."""
MIN_POOLED = 2.0
"""Pooled anchor weight a moved paragraph needs at its new place (two paragraph-unique anchors)."""


def find_paragraph_move(
    beads: Sequence[Bead], src: Sequence[frozenset[str]], tgt: Sequence[frozenset[str]],
    paragraphs: tuple[Sequence[int], Sequence[int]],
) -> tuple[list[int], list[int]] | None:
    """(source paragraph's sentences, target paragraph's sentences) of a paragraph moved whole.

    Each paragraph pools its sentences' anchors; an anchor weighs one over the number of
    paragraphs that hold it (on the side that has more). A source paragraph moved when the
    target paragraph whose anchors it shares most (at least ``MIN_POOLED``, ``PARAGRAPH_MARGIN``
    times what it shares with the paragraph the path puts it in and with any other), of about as
    many sentences, shares most with it in turn, and lies away from where the path puts it.
    Texts of more than ``MAX_PARAGRAPHS`` paragraphs a side are left alone (a book; a retelling
    is an article)."""
    s_par, t_par = _paragraph_ranges(paragraphs[0]), _paragraph_ranges(paragraphs[1])
    if not 3 <= len(s_par) <= MAX_PARAGRAPHS or not 3 <= len(t_par) <= MAX_PARAGRAPHS:
        return None
    s_pool = [frozenset().union(*(src[i] for i in r)) for r in s_par]
    t_pool = [frozenset().union(*(tgt[j] for j in r)) for r in t_par]
    holders_t: dict[str, list[int]] = {}
    for k, pool in enumerate(t_pool):
        for f in pool:
            holders_t.setdefault(f, []).append(k)
    df_s: dict[str, int] = {}
    for pool in s_pool:
        for f in pool:
            df_s[f] = df_s.get(f, 0) + 1
    # the score matrix, sparse: only pairs that share an anchor
    score: list[dict[int, float]] = []
    for pool in s_pool:
        row: dict[int, float] = {}
        for f in pool:
            ts = holders_t.get(f, ())
            w = 1.0 / max(len(ts), df_s[f]) if ts else 0.0
            for t in ts:
                row[t] = row.get(t, 0.0) + w
        score.append(row)
    best_src: dict[int, int] = {}
    for a, row in enumerate(score):
        for t, v in row.items():
            if t not in best_src or v > score[best_src[t]].get(t, 0.0):
                best_src[t] = a
    t_of = {j: k for k, r in enumerate(t_par) for j in r}
    placed: dict[int, list[int]] = {}
    for bd in beads:
        for i in bd.source:
            placed.setdefault(i, []).extend(t_of[j] for j in bd.target)
    for a, r in enumerate(s_par):
        row = score[a]
        if not row:
            continue
        got = [q for i in r for q in placed.get(i, [])]
        here = max(set(got), key=got.count) if got else None
        best = max(row, key=lambda t: (row[t], -t))
        if best == here or row[best] < MIN_POOLED:
            continue
        if not len(r) <= 2 * len(t_par[best]) + 1 or not len(t_par[best]) <= 2 * len(r) + 1:
            continue  # a paragraph moves whole: about as many sentences there as here
        runner_up = max((v for t, v in row.items() if t != best), default=0.0)
        if row[best] < PARAGRAPH_MARGIN * max(row.get(here, 0.0) if here is not None else 0.0, runner_up):
            continue  # not clearly its own place (a paragraph repeated, a topic that recurs)
        if best_src.get(best) != a:
            continue  # the target paragraph favours another source paragraph
        return list(r), list(t_par[best])
    return None


MAX_PARAGRAPHS = 400
"""Paragraphs a side above which whole-paragraph moves are not sought."""


def _paragraph_ranges(par_of: Sequence[int]) -> list[range]:
    """Runs of sentences with one paragraph number, in order."""
    out: list[range] = []
    start = 0
    for k in range(1, len(par_of) + 1):
        if k == len(par_of) or par_of[k] != par_of[start]:
            out.append(range(start, k))
            start = k
    return out
