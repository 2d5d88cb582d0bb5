"""Numbers that find no partner across a bead: evidence against it, weighed per document.

A sentence and its translation usually share their numbers (digits of any script, days of
the week), while a random pair of sentences almost never does. So a bead with numbers on
either side and none in common is evidence that it pairs the wrong sentences, or that a
sentence was dropped and its neighbours were paired around the gap. How strong that evidence
is depends on the document: a news translation keeps its digits (NTREX en-bn: 4 % of true
pairs with numbers share none), an OCR'd yearbook or a novel spells them out or garbles them
(Text+Berg: 57 %). The penalty is therefore the log-likelihood ratio of "no number shared"
between a matched pair, estimated from the previous pass's 1-1 beads with a weak prior, and
a random pair of the same document.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from auditor.core.align.costs import Side
from auditor.core.align.features import Bag

Bead4 = tuple[int, int, int, int]

_PRIOR_UNSHARED = 0.5
"""Prior share of true pairs with numbers that share none; weak, see ``_PRIOR_WEIGHT``."""
_PRIOR_WEIGHT = 4.0
_RANDOM_PAIRS = 4000


def number_sides(src: Bag, tgt: Bag, features: dict[str, int], src_len: np.ndarray, tgt_len: np.ndarray) -> tuple[Side, Side]:
    """Each side's number features (weight 1), kept even where the other side lacks them."""
    is_number = np.zeros(len(features) + 1, dtype=bool)
    for name, fid in features.items():
        if name.startswith("#"):
            is_number[fid] = True

    def side(bag: Bag, length: np.ndarray) -> Side:
        sel = is_number[np.minimum(bag.ids, len(is_number) - 1)] & (bag.ids < len(features))
        return Side(bag.n, bag.sent[sel], bag.ids[sel], np.ones(int(sel.sum())), length)

    return side(src, src_len), side(tgt, tgt_len)


def _sets(side: Side) -> list[frozenset[int]]:
    out: list[set[int]] = [set() for _ in range(side.n)]
    for s, f in zip(side.sent.tolist(), side.fid.tolist()):
        out[s].add(f)
    return [frozenset(x) for x in out]


def number_penalty(src: Side, tgt: Side, beads: Sequence[Bead4], seed: int = 0) -> float:
    """log(P(no number shared | random pair) / P(no number shared | matched pair)), at least 0.

    Matched pairs are the 1-1 beads of ``beads`` with numbers on either side; random pairs
    are drawn from the whole document (deterministically). 0 when either side has no numbers.
    """
    if len(src.fid) == 0 or len(tgt.fid) == 0:
        return 0.0
    s_sets, t_sets = _sets(src), _sets(tgt)
    seen = unshared = 0
    for i0, i1, j0, j1 in beads:
        if i1 - i0 == 1 and j1 - j0 == 1:
            a, b = s_sets[i0], t_sets[j0]
            if a or b:
                seen += 1
                unshared += not (a & b)
    p_true = (unshared + _PRIOR_UNSHARED * _PRIOR_WEIGHT) / (seen + _PRIOR_WEIGHT)
    rng = np.random.default_rng(seed)
    si = rng.integers(0, src.n, _RANDOM_PAIRS)
    tj = rng.integers(0, tgt.n, _RANDOM_PAIRS)
    r_seen = r_unshared = 0
    for i, j in zip(si.tolist(), tj.tolist()):
        a, b = s_sets[i], t_sets[j]
        if a or b:
            r_seen += 1
            r_unshared += not (a & b)
    if r_seen == 0:
        return 0.0
    p_random = (r_unshared + 0.5) / (r_seen + 1.0)
    return max(0.0, math.log(p_random / p_true))
