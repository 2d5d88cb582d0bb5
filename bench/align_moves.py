"""Alignment when a block of sentences was moved (a retelling's background paragraph put later).

Usage (from the repo root)::

    .venv/bin/python bench/align_moves.py

For every gold document of the NTREX and ParIce sets long enough, three consecutive 1-1 gold
beads have their target sentences moved later in the target (to the end, or five sentences on).
A monotone alignment cannot pair them, so the gold follows: the moved source sentences become
1-0 beads, the moved target sentences 0-1 beads, everything else keeps its gold bead. Prints
pooled strict F1 with the aligner's move recognition off and on (``AlignParams.move_blocks``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align import gold_sets, lines

from auditor.core.align import AlignParams, align_texts
from auditor.core.align.scoring import Counts, count, parse_beads, scores

Pair = tuple[tuple[int, ...], tuple[int, ...]]


def moved(gold: list[Pair], n_tgt: int, k0: int, shift: int | None) -> tuple[list[int], list[Pair]] | None:
    """(target order, gold) with the target sentences of gold beads k0..k0+2 moved."""
    block = gold[k0 : k0 + 3]
    if len(block) < 3 or not all(len(a) == 1 and len(b) == 1 for a, b in block):
        return None
    out_t = [b[0] for _, b in block]
    rest = [j for j in range(n_tgt) if j not in out_t]
    at = len(rest) if shift is None else min(len(rest), rest.index(out_t[-1] + 1) + shift if out_t[-1] + 1 in rest else len(rest))
    order = rest[:at] + out_t + rest[at:]
    new = {j: k for k, j in enumerate(order)}
    g2: list[Pair] = []
    for a, b in gold:
        g2.append((a, ()) if b and b[0] in out_t else (a, tuple(new[j] for j in b)))
    g2 += [((), (new[j],)) for j in out_t]
    return order, g2


def main() -> int:
    print("Moved 3-sentence block: pooled strict F1, move recognition off / on")
    print(f"{'set':26s} {'moved to the end':>18s} {'moved 5 further':>18s}")
    for gs in gold_sets()[2:5]:
        cells = []
        for shift in (None, 5):
            res = {}
            for flag in (False, True):
                tot, rng = Counts(), random.Random(3)
                for doc in gs.docs:
                    src, tgt = lines(gs.path(doc, gs.src)), lines(gs.path(doc, gs.tgt))
                    gold = [(tuple(a), tuple(b)) for a, b in parse_beads(gs.path(doc, "gold").read_text(encoding="utf-8"))]
                    if len(gold) < 12:
                        continue
                    got = moved(gold, len(tgt), rng.randrange(1, len(gold) // 2), shift)
                    if got is None:
                        continue
                    order, g2 = got
                    beads = align_texts(src, [tgt[j] for j in order], src_lang=gs.src, tgt_lang=gs.tgt,
                                        params=AlignParams(move_blocks=flag))
                    tot = tot + count(g2, [(b.source, b.target) for b in beads])
                res[flag] = scores(tot).f_strict
            cells.append(f"{res[False]:.3f} / {res[True]:.3f}")
        print(f"{gs.name:26s} {cells[0]:>18s} {cells[1]:>18s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
