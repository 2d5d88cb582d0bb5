"""What paragraph breaks are worth to the aligner, and what wrong ones cost.

    .venv/bin/python bench/align_paragraphs.py

The gold sets come one sentence per line, without paragraphs. Here paragraphs are laid over
them: every 2-4 gold beads end a paragraph on both sides ("true"), or the target's paragraphs
are cut at random ("random") or every target end is moved one sentence early ("shifted": a
re-cut layout). Each is run on the documents as they are and with 10 % of the sentences of
each side deleted at random (omissions and additions, as in the texts an audit looks at).
Prints pooled strict F1 per set (SCORING.md rules; the gold follows the deletions).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from align import gold_sets, lines
from align_deletions import delete_sentences

from auditor.core.align import align_texts
from auditor.core.align.scoring import BeadPair, Counts, count, parse_beads, scores

SETS = ("NTREX en-ru dev", "NTREX en-bn dev", "ParIce en-is")
LAYOUTS = ("none", "true", "random", "shifted")


def _layouts(gold: list[BeadPair], n: int, m: int, rng: random.Random) -> dict[str, tuple[list[int], list[int]] | None]:
    sp, tp = [0] * n, [0] * m
    para, left = 0, rng.randint(2, 4)
    for s, t in sorted(gold, key=lambda b: (min(b[0], default=-1), min(b[1], default=-1))):
        for i in s:
            sp[i] = para
        for j in t:
            tp[j] = para
        left -= 1
        if left == 0:
            para, left = para + 1, rng.randint(2, 4)
    for arr in (sp, tp):  # the rare crossing gold bead must not number paragraphs backwards
        for k in range(1, len(arr)):
            arr[k] = max(arr[k], arr[k - 1])
    random_tp = [0] * m
    for k in range(1, m):
        random_tp[k] = random_tp[k - 1] + (rng.random() < 1 / 3)
    shifted = [tp[min(k + 1, m - 1)] for k in range(m)]
    return {"none": None, "true": (sp, tp), "random": (sp, random_tp), "shifted": (sp, shifted)}


def main() -> int:
    print("Paragraph breaks as alignment evidence: pooled strict F1")
    print(f"{'set':18} {'deleted':>8} " + " ".join(f"{k:>8}" for k in LAYOUTS))
    for name in SETS:
        gs = next(g for g in gold_sets() if g.name == name)
        for frac in (0.0, 0.1):
            rng = random.Random(7)
            totals = {k: Counts() for k in LAYOUTS}
            for doc in gs.docs:
                src, tgt = lines(gs.path(doc, gs.src)), lines(gs.path(doc, gs.tgt))
                gold = parse_beads(gs.path(doc, "gold").read_text(encoding="utf-8"))
                keep_s, keep_t, gold = delete_sentences(gold, len(src), len(tgt), "both", frac, rng)
                s_text, t_text = [src[i] for i in keep_s], [tgt[j] for j in keep_t]
                for key, par in _layouts(gold, len(s_text), len(t_text), rng).items():
                    beads = align_texts(s_text, t_text, paragraphs=par)
                    totals[key] = totals[key] + count(gold, [(b.source, b.target) for b in beads])
            cells = " ".join(f"{scores(totals[k]).f_strict:8.3f}" for k in LAYOUTS)
            print(f"{name:18} {frac:8.0%} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
