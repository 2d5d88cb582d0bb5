"""A clause added or dropped inside a bead, found by length and by what the other side lacks.

A helper of ``omission`` and ``addition`` (not a check). The hop's own length model (median
and MAD of log length ratios over its beads, ``merged_beads._model``) says how long each
bead's translation should be. When a bead is long (``side`` = ``target``: an addition) or
short (``side`` = ``source``: an omission) by at least ``z`` MADs, each clause of the longer
side is tried as the missing piece: the bead must be about right without it (within ``fit``
MADs), and clearly better than without any other clause that does not overlap it (so which
clause is extra is not a guess).

Then the clause must look unmatched on the other side, on evidence the document itself
gives: its words are read as the aligner's language-neutral anchors
(``auditor.core.align.anchors``: numbers with digits normalised, consonant keys of
transliterated words, exact words), and only anchors this hop carries across somewhere
(found in both witnesses, in at most a quarter of either side's segments) count. The rest of
the longer side claims its counterparts on the other side first; the clause is reported
when it holds at least ``min_anchors`` such words, none of which finds a counterpart left,
while the rest of the bead found at least one (so the bead itself is aligned right). Length
alone is not enough: a wordy but faithful translator also makes long clauses.

A clause runs between clause marks (``, ; : — – ( )``, the CJK and Arabic commas) or a
coordinating word (``and``, ``und``, ``et``, ``и`` …), inside one segment; runs of up to
three neighbouring clauses are tried, never the whole segment (a whole sentence is the
business of null beads and ``merged_beads``).
"""

from __future__ import annotations

import math
import re
import weakref
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.core.align.anchors import analyse_word, tokens
from auditor.core.checks.base import CheckContext
from auditor.core.checks.merged_beads import _mixed, _model, numbers_told_elsewhere, split_off_neighbour
from auditor.core.checks.omission import letters
from auditor.core.models import Alignment, Bead

_MARKS = re.compile(
    r"[,;:—–()、，،；]|\s(?:and|but|while|whereas|und|aber|sowie|während|et|mais|ainsi que|tandis que"
    r"|и|а|но|причём|এবং|ও|আর|কিন্তু|और|तथा|लेकिन)\s",
    re.I,
)
_MAX_RUN = 3


@dataclass(frozen=True)
class Gap:
    bead: Bead
    segment: str
    start: int
    end: int
    """Absolute offsets of the clause in its witness."""
    z: float
    """The bead's deviation from the hop's length ratio, in MADs (positive: target long)."""
    z_without: float
    """The same without the clause."""
    anchors: int
    """Words of the clause this hop carries across elsewhere (numbers, names, cognates), none
    of which has a counterpart on the other side of the bead."""


@dataclass(frozen=True)
class BeadLengths:
    """A bead seen from the side that may hold extra text (``side``: ``source`` for
    omissions, ``target`` for additions), with the hop's length model."""

    many: tuple[str, ...]
    other: tuple[str, ...]
    l_many: int
    l_other: int
    side: str
    med: float
    mad: float

    def dev(self, l_m: int) -> float:
        """The bead's log length ratio against the hop's, in MADs, with ``l_m`` letters on
        ``many``'s side; positive when that side is longer than the ratio says."""
        ls, lt = (self.l_other, l_m) if self.side == "target" else (l_m, self.l_other)
        sign = 1.0 if self.side == "target" else -1.0
        return (math.log(lt / ls) - self.med) / self.mad * sign


def bead_lengths(ctx: CheckContext, b: Bead, side: str, med: float, mad: float) -> BeadLengths | None:
    """None for a null bead or one side without letters."""
    many, other = (b.target, b.source) if side == "target" else (b.source, b.target)
    if not many or not other:
        return None
    l_many = sum(letters(ctx.segment(s).text) for s in many)
    l_other = sum(letters(ctx.segment(s).text) for s in other)
    if not l_many or not l_other:
        return None
    return BeadLengths(many, other, l_many, l_other, side, med, mad)


Candidate = tuple[float, str, int, int]
"""(|deviation without the clause| in MADs, segment id, start, end) of a candidate clause."""


def unambiguous_best(cands: list[Candidate], fit: float) -> tuple[list[Candidate], Candidate] | None:
    """(the candidates that fit, the best of them), unless a clause that does not overlap the
    best one explains the length about as well (within one MAD): then which is extra is a guess."""
    fitting = sorted(c for c in cands if c[0] <= fit)
    if not fitting:
        return None
    best = fitting[0]
    rivals = [c for c in cands if c[1] != best[1] or c[3] <= best[2] or c[2] >= best[3]]
    if any(c[0] < best[0] + 1.0 for c in rivals):
        return None
    return fitting, best


def clause_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of one segment, trimmed to letters and digits."""
    cuts = [0]
    for m in _MARKS.finditer(text):
        cuts.extend((m.start(), m.end()))
    cuts.append(len(text))
    out = []
    for lo, hi in zip(cuts[::2], cuts[1::2]):
        while lo < hi and not text[lo].isalnum():
            lo += 1
        while hi > lo and not (text[hi - 1].isalnum() or text[hi - 1] in "%"):
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out


@lru_cache(maxsize=65536)  # the vocabulary pass and the detectors read the same segments
def _words(text: str) -> tuple[tuple[str, ...], ...]:
    """Anchor features of each word that has any (see ``auditor.core.align.anchors``)."""
    return tuple(f for f in (analyse_word(t)[0] for t in tokens(text)) if f)


_VOCAB: dict[tuple[int, int], tuple[weakref.ref, weakref.ref, frozenset[str]]] = {}  # type: ignore[type-arg]


def shared_anchors(ctx: CheckContext, a: Alignment, max_share: float = 0.25) -> frozenset[str]:
    """Anchor features found in both witnesses of the hop, but in at most ``max_share`` of
    either side's segments (as the aligner weighs them): numbers, names and cognates this
    document carries across the hop. Remembered weakly for the last few hops."""
    hit = _VOCAB.get((id(ctx), id(a)))
    if hit is not None and hit[0]() is ctx and hit[1]() is a:
        return hit[2]
    got = _rare_features(ctx, a.source, max_share) & _rare_features(ctx, a.target, max_share)
    if len(_VOCAB) > 8:
        _VOCAB.clear()
    _VOCAB[(id(ctx), id(a))] = (weakref.ref(ctx), weakref.ref(a), got)
    return got


_RARE: dict[tuple[int, str, float], tuple[weakref.ref, frozenset[str]]] = {}  # type: ignore[type-arg]


def _rare_features(ctx: CheckContext, wid: str, max_share: float) -> frozenset[str]:
    """Anchor features in at most ``max_share`` of a witness's segments (a witness in two hops
    is read once)."""
    hit = _RARE.get((id(ctx), wid, max_share))
    if hit is not None and hit[0]() is ctx:
        return hit[1]
    df: Counter[str] = Counter()
    segs = ctx.segments[wid]
    for s in segs:
        df.update({f for feats in _words(s.text) for f in feats})
    cap = max(2.0, max_share * len(segs))
    got = frozenset(f for f, n in df.items() if n <= cap)
    if len(_RARE) > 16:
        _RARE.clear()
    _RARE[(id(ctx), wid, max_share)] = (weakref.ref(ctx), got)
    return got


def _anchored(text: str, vocab: frozenset[str]) -> list[tuple[str, ...]]:
    """The words of ``text`` this hop can carry across: their features found in ``vocab``."""
    out = []
    for feats in _words(text):
        keep = tuple(f for f in feats if f in vocab)
        if keep:
            out.append(keep)
    return out


def _claim(pool: list[set[str]], words: Sequence[tuple[str, ...]]) -> int:
    """Words that find a counterpart word in ``pool`` (each counterpart used once, whichever
    of its features matched); removes the counterparts."""
    hit = 0
    for feats in words:
        k = next((i for i, other in enumerate(pool) if not other.isdisjoint(feats)), None)
        if k is not None:
            del pool[k]
            hit += 1
    return hit


def clause_gaps(
    ctx: CheckContext,
    a: Alignment,
    *,
    side: str,
    z: float,
    fit: float,
    min_letters: int,
    min_beads: int,
    min_anchors: int,
) -> Iterator[Gap]:
    """Clauses dropped (``side`` = ``source``) or added (``side`` = ``target``) in a hop."""
    med, mad, n = _model(ctx, a)
    if n < min_beads:
        return
    sign = 1.0 if side == "target" else -1.0
    for b in a.beads:
        bs = bead_lengths(ctx, b, side, med, mad)
        if bs is None:
            continue
        many, other, l_many, dev = bs.many, bs.other, bs.l_many, bs.dev
        d_all = dev(l_many)
        if d_all < z or _mixed(ctx, a, b):
            continue
        cands: list[Candidate] = []
        for sid in many:
            text = ctx.segment(sid).text
            pieces = clause_pieces(text)
            for i in range(len(pieces)):
                for j in range(i, min(i + _MAX_RUN, len(pieces))):
                    if i == 0 and j == len(pieces) - 1:
                        continue  # the whole segment
                    lo, hi = pieces[i][0], pieces[j][1]
                    ln = letters(text[lo:hi])
                    if ln < min_letters or ln >= l_many:
                        continue
                    cands.append((abs(dev(l_many - ln)), sid, lo, hi))
        chosen = unambiguous_best(cands, fit)
        if chosen is None:
            continue
        fitting, best = chosen
        vocab = shared_anchors(ctx, a)
        scored = []
        for d_w, sid, lo, hi in fitting:
            if sid != best[1] or hi <= best[2] or lo >= best[3]:
                continue  # only runs overlapping the best one
            n_anch, n_hit, rest_hit = _coverage(ctx, many, other, sid, lo, hi, vocab)
            if n_anch >= min_anchors and n_hit == 0 and rest_hit > 0:
                scored.append((d_w, -n_anch, sid, lo, hi))
        if not scored:
            continue
        d_w, neg, sid, lo, hi = min(scored)
        seg = ctx.segment(sid)
        from auditor.core.checks.unpaired_clauses import moved_next_door

        if moved_next_door(ctx, a, b, side, seg.text[lo:hi], vocab):
            continue  # the clause crossed the sentence boundary (an attribution put first), not added or dropped
        yield Gap(b, sid, seg.start + lo, seg.start + hi, d_all * sign, d_w * sign, -neg)


def _coverage(
    ctx: CheckContext, many: Sequence[str], other: Sequence[str], sid: str, lo: int, hi: int, vocab: frozenset[str]
) -> tuple[int, int, int]:
    """(anchored words of the clause, those with a counterpart on the other side, anchored
    words of the rest of the longer side with one). The rest claims its counterparts first."""
    pool = [set(feats) for s in other for feats in _anchored(ctx.segment(s).text, vocab)]
    text = ctx.segment(sid).text
    rest = [ctx.segment(s).text for s in many if s != sid] + [text[:lo], text[hi:]]
    rest_hit = sum(_claim(pool, _anchored(t, vocab)) for t in rest)
    words = _anchored(text[lo:hi], vocab)
    return len(words), _claim(pool, words), rest_hit


def unanchored_segments(
    ctx: CheckContext,
    a: Alignment,
    *,
    side: str,
    z: float,
    fit: float,
    min_letters: int,
    min_beads: int,
    min_anchors: int,
) -> Iterator[Gap]:
    """Whole segments of merged beads (2-1, 3-1 …) with no counterpart, found by anchors.

    ``merged_beads`` needs the bead's length alone to say which segment is missing; in a
    short document, or one with many omissions, the length model is too loose for that. Here
    a segment of the longer side is reported when it holds at least ``min_anchors`` words this
    hop carries across elsewhere and none of them finds a counterpart in the bead, while the
    rest of the longer side finds at least one; the bead must be short (long, for additions)
    by at least ``z`` MADs, and fit within ``fit`` MADs, better than before, without the
    segment. Only one segment per bead may qualify: two would be a guess.
    """
    med, mad, n = _model(ctx, a)
    if n < min_beads:
        return
    sign = 1.0 if side == "target" else -1.0
    vocab: frozenset[str] | None = None
    for k, b in enumerate(a.beads):
        bs = bead_lengths(ctx, b, side, med, mad)
        if bs is None or len(bs.many) < 2:
            continue
        many, other, l_many, dev = bs.many, bs.other, bs.l_many, bs.dev
        lens = {s: letters(ctx.segment(s).text) for s in many}
        d_all = dev(l_many)
        if d_all < z or _mixed(ctx, a, b):
            continue
        if vocab is None:
            vocab = shared_anchors(ctx, a)
        found = []
        unanchored_fit = math.inf  # the best fit of a segment that holds no anchor at all
        for sid, ln in lens.items():
            if ln < min_letters or ln >= l_many:
                continue
            d_w = abs(dev(l_many - ln))
            if d_w > fit or d_w >= abs(d_all):
                continue
            n_anch, n_hit, rest_hit = _coverage(ctx, many, other, sid, 0, len(ctx.segment(sid).text), vocab)
            if n_anch >= min_anchors and n_hit == 0 and rest_hit > 0:
                found.append((d_w, sid, n_anch))
            elif n_anch == 0:
                unanchored_fit = min(unanchored_fit, d_w)
        if len(found) != 1:
            continue
        d_w, sid, n_anch = found[0]
        if n_anch < 2 and unanchored_fit < d_w:
            # A sentence without anchors fits better: one unmatched name (Сигнахском, written
            # Sighnaghi through Georgian) is too little to say which of the two is missing.
            continue
        if split_off_neighbour(ctx, a, k, sid, side):
            continue  # its numbers are in the next bead: a sentence split off that one
        if a.target in ctx.retold and numbers_told_elsewhere(ctx, sid, a.source if side == "target" else a.target):
            continue  # a retelling took this fact from another sentence of its parent
        seg = ctx.segment(sid)
        yield Gap(b, sid, seg.start, seg.end, d_all * sign, d_w * sign, n_anch)
