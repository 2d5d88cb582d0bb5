"""The best strict F1 any monotone aligner could reach on each gold set.

    .venv/bin/python bench/align_oracle.py

auditor's aligner, like hunalign, Bertalign and Vecalign, outputs monotone beads of
contiguous sentences. Some gold beads are neither (Text+Berg's OCR'd yearbooks: a caption
pulled out of the running text, a sentence that crosses its neighbour, ``[98, 102]:[100]``).
Here a dynamic programme over each document picks the monotone, contiguous bead sequence
(sides of up to 8 sentences, plus 1-0 and 0-1) that contains the most gold beads, padding
with the fewest other beads, and scores it with the same rules as ``bench/align.py``. That is
a ceiling for the no-crossing family of aligners, not a target.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from align import gold_sets, lines

from auditor.core.align.scoring import BeadPair, Counts, count, parse_beads, scores

MAX_SIDE = 8
BAND = 40  # target sentences either side of the gold's path


def _contiguous(ids: tuple[int, ...]) -> bool:
    return list(ids) == list(range(ids[0], ids[0] + len(ids))) if ids else True


def monotone_gold(gold: list[BeadPair]) -> bool:
    """Is the gold itself a monotone sequence of contiguous beads?"""
    ends = [0, 0]
    for s, t in gold:  # in file order, which is text order
        if not (_contiguous(tuple(s)) and _contiguous(tuple(t))):
            return False
        for k, side in enumerate((s, t)):
            if side:
                if side[0] < ends[k]:
                    return False
                ends[k] = side[-1] + 1
    return True


def oracle(gold: list[BeadPair], n: int, m: int) -> list[BeadPair]:
    """The monotone bead sequence with the most gold beads (ties: fewest beads)."""
    good: set[tuple[int, int, int, int]] = set()
    for s, t in gold:
        s, t = tuple(s), tuple(t)
        if s and t and _contiguous(s) and _contiguous(t):
            good.add((s[0], len(s), t[0], len(t)))
        elif s and not t and len(s) == 1:
            good.add((s[0], 1, -1, 0))
        elif t and not s and len(t) == 1:
            good.add((-1, 0, t[0], 1))
    # Only cells near the gold's own path can lie on the best sequence: a band around the
    # target position the gold gives each source sentence keeps a long book fast.
    near = [0] * (n + 1)
    for s, t in gold:
        for i in s:
            if t and 0 <= i < n:
                near[i + 1] = max(near[i + 1], t[-1] + 1)
    for i in range(1, n + 1):
        near[i] = max(near[i], near[i - 1])
    neg = -(10**9)
    score = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0
    for i in range(n + 1):
        for j in range(max(0, near[i] - BAND), min(m, near[i] + BAND) + 1):
            here = score[i][j]
            if here == neg:
                continue
            for a in range(MAX_SIDE + 1):
                for b in range(MAX_SIDE + 1):
                    if (a == 0 and b == 0) or i + a > n or j + b > m or ((a == 0 or b == 0) and a + b > 1):
                        continue
                    hit = (i if a else -1, a, j if b else -1, b) in good
                    if not hit and (a > 3 or b > 3):
                        continue  # big beads only where the gold has them
                    value = here + (1000 if hit else 0) - 1
                    if value > score[i + a][j + b]:
                        score[i + a][j + b] = value
                        back[i + a][j + b] = (i, j, a, b)
    out: list[BeadPair] = []
    i, j = n, m
    while (i, j) != (0, 0):
        step = back[i][j]
        assert step is not None
        pi, pj, a, b = step
        out.append((tuple(range(pi, pi + a)), tuple(range(pj, pj + b))))
        i, j = pi, pj
    return out[::-1]


def main() -> int:
    print(f"{'set':<28}{'monotone gold':>15}{'ceiling P':>11}{'R':>7}{'F1':>7}")
    for gs in gold_sets():
        total = Counts()
        all_monotone = True
        for doc in gs.docs:
            gold = parse_beads(gs.path(doc, "gold").read_text(encoding="utf-8"))
            if monotone_gold(gold):
                total = total + count(gold, gold)
                continue
            all_monotone = False
            n, m = len(lines(gs.path(doc, gs.src))), len(lines(gs.path(doc, gs.tgt)))
            total = total + count(gold, oracle(gold, n, m))
        s = scores(total)
        print(f"{gs.name:<28}{'yes' if all_monotone else 'no':>15}{s.p_strict:>11.3f}{s.r_strict:>7.3f}{s.f_strict:>7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
