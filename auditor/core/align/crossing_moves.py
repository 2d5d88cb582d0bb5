"""Blocks of sentences that cross each other: a retelling that swapped two runs of paragraphs.

``moves.find_move`` starts from the path and looks for one block the path failed to hold.
When a retelling swaps two long passages, the path holds neither: it threads a compromise
through both (confident-looking 1-1 beads pairing unrelated sentences of like lengths), and no
single block stands out against it. Here the path is not consulted. Rare anchors (numbers,
names: features in at most two sentences of each side) pair sentences that are each other's
best partner; the heaviest chain of pairs that keeps order on both sides is the text's own
order, and pairs off that chain, in runs at one offset, are passages that moved. All of them
are taken out at once and the rest is aligned again (``moves.realign_without``).
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_PAIRS = 3
"""Anchored sentence pairs a passage needs before it is taken out here (shorter moves are
``moves.find_move``'s, which weighs them against the path)."""
NEAR = 2
"""Sentences from the chain's place within which a pair is a local reordering, not a move."""
MIN_CHAIN = 3
"""Pairs the kept order needs before anything off it counts as moved."""


def crossing_moves(pairs: list[Pair], n: int, m: int) -> tuple[list[int], list[int]] | None:
    """(moved source sentences, their target sentences) of the largest passage off the texts' own
    order, or None. ``pairs`` are the texts' ``anchor_pairs``; ``n`` and ``m`` their sentences."""
    if len(pairs) < MIN_CHAIN + 1:
        return None
    chain = _heaviest_chain(pairs)
    if len(chain) < MIN_CHAIN:
        return None
    on = set(chain)
    kept = [pairs[k] for k in chain]
    off = [k for k in range(len(pairs)) if k not in on and _far(pairs[k], kept)]
    best: tuple[int, int, int, int] | None = None
    best_run: list[Pair] = []
    for run in _runs([pairs[k] for k in off]):
        if not any(strong for _i, _j, _w, strong in run):
            continue
        lo_s, hi_s = run[0][0], run[-1][0]
        lo_t, hi_t = min(j for _i, j, _w, _s in run), max(j for _i, j, _w, _s in run)
        if 2 * len(run) < max(hi_s - lo_s, hi_t - lo_t) + 1:
            continue  # anchors too sparse to say where the passage's edges are
        if any(lo_s <= i <= hi_s or lo_t <= j <= hi_t for i, j, _w, _s in kept):
            continue  # the kept order passes through the run: not one passage moved whole
        if len(run) == 1:  # (not two pairs: equal gaps beside them are a coincidence too often)
            lo_s, hi_s, lo_t, hi_t = _widened(pairs, (lo_s, hi_s, lo_t, hi_t), n, m)
        if len(run) < MIN_PAIRS and not (len(run) == 1 and run[0][2] >= 3
                                         and min(hi_s - lo_s, hi_t - lo_t) + 1 >= MIN_PAIRS + 1) \
                and not (len(run) == 2 and all(strong for _i, _j, _w, strong in run) and hi_s - lo_s <= 2):
            # (one pair of two anchors will do where the passage it opens is as long; two strong
            # pairs at most one sentence apart are the passage: a retelling's two sentences with
            # their numbers, moved together, split or not)
            continue
        if best is None or hi_s - lo_s > best[1] - best[0]:
            best, best_run = (lo_s, hi_s, lo_t, hi_t), run
    if best is None:
        return None
    # the largest passage only: what else moved is sought again in the remainder; a sentence
    # inside its span that anchors pair with one outside it stays behind with its partner
    lo_s, hi_s, lo_t, hi_t = best
    mine = set(best_run)
    other_s = {p[0] for p in pairs if p not in mine}
    other_t = {p[1] for p in pairs if p not in mine}
    return ([i for i in range(lo_s, hi_s + 1) if i not in other_s],
            [j for j in range(lo_t, hi_t + 1) if j not in other_t])


def _widened(pairs: list[Pair], block: tuple[int, int, int, int], n: int, m: int) -> tuple[int, int, int, int]:
    """The block run on over sentences that no anchor pairs, where as many follow (or precede)
    it on both sides, two at least, before the next paired sentence or the text's edge: a
    moved passage keeps its sentences, and its quotations and asides carry no anchors."""
    lo_s, hi_s, lo_t, hi_t = block
    after_s = min((i for i, _j, _w, _x in pairs if i > hi_s), default=n) - hi_s - 1
    after_t = min((j for _i, j, _w, _x in pairs if j > hi_t), default=m) - hi_t - 1
    if after_s == after_t >= 2:
        hi_s, hi_t = hi_s + after_s, hi_t + after_t
    before_s = lo_s - max((i for i, _j, _w, _x in pairs if i < lo_s), default=-1) - 1
    before_t = lo_t - max((j for _i, j, _w, _x in pairs if j < lo_t), default=-1) - 1
    if before_s == before_t >= 2:
        lo_s, lo_t = lo_s - before_s, lo_t - before_t
    return lo_s, hi_s, lo_t, hi_t


Pair = tuple[int, int, int, bool]  # source, target, anchors shared, strong (a number or two anchors)


def disorder(pairs: list[Pair], moved: tuple[list[int], list[int]]) -> int:
    """Anchor pairs still out of the text's order once the ``moved`` blocks are taken out (off
    the heaviest order-keeping chain of what is left): the move that leaves fewer explains
    the reordering better."""
    out_s, out_t = set(moved[0]), set(moved[1])
    rest = [p for p in pairs if p[0] not in out_s and p[1] not in out_t]
    return len(rest) - len(_heaviest_chain(rest))


def anchor_pairs(src: Sequence[frozenset[str]], tgt: Sequence[frozenset[str]]) -> list[Pair]:
    """Sentence pairs whose rare anchors make each the other's unique best partner."""
    def index(side: Sequence[frozenset[str]]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for k, feats in enumerate(side):
            for f in feats:
                out.setdefault(f, []).append(k)
        return out

    def best(feats: frozenset[str], other: Sequence[frozenset[str]], where: dict[str, list[int]]) -> int | None:
        near = {k for f in feats for k in where.get(f, ())}
        scored = sorted(((len(feats & other[k]), _numbers(feats & other[k]), k) for k in near), reverse=True)
        if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
            return None
        return scored[0][2]

    t_index, s_index = index(tgt), index(src)
    out: list[Pair] = []
    for i, feats in enumerate(src):
        j = best(feats, tgt, t_index) if feats else None
        if j is None or best(tgt[j], src, s_index) != i:
            continue
        shared = feats & tgt[j]
        out.append((i, j, len(shared), len(shared) >= 2 or _numbers(shared) > 0))
    return out


def _numbers(feats: frozenset[str]) -> int:
    return sum(f.startswith("#") for f in feats)


def _heaviest_chain(pairs: list[Pair]) -> list[int]:
    """Indices of the pairs (sorted by source) forming the heaviest chain that never goes back
    on the target side (two neighbours may share a target: a merge). Quadratic in the pairs,
    which are a few hundred at most in the texts moves are sought in."""
    n = len(pairs)
    score = [0.0] * n
    back = [-1] * n
    for k, (i, j, w, _s) in enumerate(pairs):
        score[k] = float(w)
        for q in range(k):
            i0, j0 = pairs[q][0], pairs[q][1]
            if j0 < j or (j0 == j and i0 == i - 1):
                if score[q] + w > score[k]:
                    score[k], back[k] = score[q] + w, q
    if not n:
        return []
    k = max(range(n), key=lambda x: (score[x], -x))
    out = []
    while k >= 0:
        out.append(k)
        k = back[k]
    return out[::-1]


def _far(pair: Pair, kept: list[Pair]) -> bool:
    """Is the pair's target more than ``NEAR`` sentences outside the range the kept order
    allows at its source position?"""
    i, j = pair[0], pair[1]
    before = [t for s, t, _w, _x in kept if s < i]
    after = [t for s, t, _w, _x in kept if s > i]
    lo = before[-1] if before else 0
    hi = after[0] if after else max(t for _s, t, _w, _x in kept) + NEAR + 1
    return j < lo - NEAR or j > hi + NEAR


def _runs(pairs: list[Pair]) -> list[list[Pair]]:
    """Off-order pairs grouped into passages: consecutive in source order, each target at
    about the same offset as the one before (a merge or a split moves it by one or two)."""
    out: list[list[Pair]] = []
    for p in pairs:
        if out:
            i0, j0 = out[-1][-1][0], out[-1][-1][1]
            if j0 <= p[1] <= j0 + (p[0] - i0) + 2:
                out[-1].append(p)
                continue
        out.append([p])
    return out
