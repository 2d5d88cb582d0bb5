"""Strict and lax precision, recall and F1 of sentence alignments (``bench/align/SCORING.md``).

Beads are compared as ordered tuples and as sets (duplicates count once, empty beads are
ignored). Precision judges every system bead, null beads included; recall judges the gold
beads with both sides non-empty against the system's non-null beads. Counts are pooled over
the documents of a set before dividing (micro-average).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BeadPair = tuple[tuple[int, ...], tuple[int, ...]]
_LINE = re.compile(r"^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]")


def parse_beads(text: str) -> list[BeadPair]:
    """Beads from the gold format: one ``[i, ...]:[j, ...]`` per line; trailing fields ignored."""
    out: list[BeadPair] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match is None:
            raise ValueError(f"line {lineno}: not a bead: {line.strip()[:60]!r}")
        src, tgt = (tuple(int(x) for x in side.replace(",", " ").split()) for side in match.groups())
        out.append((src, tgt))
    return out


def format_beads(beads: Iterable[Sequence[Sequence[int]]]) -> str:
    """The gold format, one bead per line, indices ascending as given."""
    lines = []
    for bead in beads:
        src, tgt = bead[0], bead[1]
        lines.append(f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]")
    return "".join(line + "\n" for line in lines)


@dataclass(frozen=True)
class Counts:
    """The four pooled counts (plus denominators) from which every score follows."""

    strict_correct: int = 0
    lax_correct: int = 0
    hyp: int = 0
    strict_found: int = 0
    lax_found: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.astuple(), other.astuple())))

    def astuple(self) -> tuple[int, ...]:
        return (self.strict_correct, self.lax_correct, self.hyp, self.strict_found, self.lax_found, self.gold)


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1, strict and lax."""

    p_strict: float
    r_strict: float
    f_strict: float
    p_lax: float
    r_lax: float
    f_lax: float


def _links(beads: Iterable[BeadPair]) -> set[tuple[int, int]]:
    return {(a, b) for src, tgt in beads for a in src for b in tgt}


def _matched(candidates: set[BeadPair], reference: set[BeadPair]) -> tuple[int, int]:
    """(strict, lax) matches of ``candidates`` in ``reference``: the same bead, or a bead that
    shares at least one source–target link with one of the reference's beads."""
    links = _links(reference)
    strict = lax = 0
    for src, tgt in candidates:
        if (src, tgt) in reference:
            strict += 1
            lax += 1
        elif any((a, b) in links for a in src for b in tgt):
            lax += 1
    return strict, lax


def count(gold: Iterable[BeadPair], hyp: Iterable[BeadPair]) -> Counts:
    """Counts for one document: precision over every hypothesis bead, recall over the gold
    beads with both sides filled (null beads count for precision only)."""
    g = {(tuple(s), tuple(t)) for s, t in gold if s or t}
    h = {(tuple(s), tuple(t)) for s, t in hyp if s or t}
    strict_c, lax_c = _matched(h, g)
    g2 = {b for b in g if b[0] and b[1]}
    h2 = {b for b in h if b[0] and b[1]}
    strict_f, lax_f = _matched(g2, h2)
    return Counts(strict_c, lax_c, len(h), strict_f, lax_f, len(g2))


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return _div(2 * p * r, p + r)


def scores(counts: Counts) -> Scores:
    """P/R/F1 from pooled counts; any 0/0 is 0."""
    ps, pl = _div(counts.strict_correct, counts.hyp), _div(counts.lax_correct, counts.hyp)
    rs, rl = _div(counts.strict_found, counts.gold), _div(counts.lax_found, counts.gold)
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def score_documents(pairs: Iterable[tuple[Iterable[BeadPair], Iterable[BeadPair]]]) -> Scores:
    """Pooled scores over (gold, hypothesis) bead lists of several documents."""
    total = Counts()
    for gold, hyp in pairs:
        total = total + count(gold, hyp)
    return scores(total)
