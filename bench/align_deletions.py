"""Alignment when sentences were dropped or added: what an audit actually aligns.

    .venv/bin/python bench/align_deletions.py [--no-hunalign]

The gold sets are careful translations; the texts an audit reads have omissions and additions.
Here a share of the sentences is deleted at random, from the target only (omissions) or from
both sides (omissions and additions), the gold follows the deletions (a bead that loses one side
becomes a null bead), and auditor and hunalign 1.1 (WASM, empty dictionary) align the result.
Prints pooled strict F1 (SCORING.md rules) per set; seeds are fixed, so runs repeat.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from align import HUNALIGN, gold_sets, hunalign_ready, lines

from auditor.core.align import align_texts
from auditor.core.align.scoring import BeadPair, Counts, count, parse_beads, scores

SETS = ("Text+Berg test de-fr", "ParIce en-is", "NTREX en-bn dev", "NTREX en-ru dev")
CASES = (("target", 0.1), ("target", 0.2), ("both", 0.1))


def delete_sentences(gold: list[BeadPair], n: int, m: int, sides: str, frac: float, rng: random.Random
            ) -> tuple[list[int], list[int], list[BeadPair]]:
    """Kept source and target lines and the gold made to follow: ``sides`` is ``target`` or
    ``both``; a bead that loses one side becomes a null bead."""
    keep_s = [i for i in range(n) if sides == "target" or rng.random() >= frac]
    keep_t = [j for j in range(m) if rng.random() >= frac]
    new_s = {i: k for k, i in enumerate(keep_s)}
    new_t = {j: k for k, j in enumerate(keep_t)}
    out: list[BeadPair] = []
    for s, t in gold:
        s2 = tuple(new_s[i] for i in s if i in new_s)
        t2 = tuple(new_t[j] for j in t if j in new_t)
        if s2 or t2:
            out.append((s2, t2))
    return keep_s, keep_t, out


def run(name: str, sides: str, frac: float, hunalign: bool, tmp: Path) -> tuple[float, float | None]:
    gs = next(g for g in gold_sets() if g.name == name)
    rng = random.Random(f"{name}/{sides}/{frac}")
    ours, theirs = Counts(), Counts()
    args: list[str] = []
    golds: dict[str, list[BeadPair]] = {}
    for doc in gs.docs:
        src, tgt = lines(gs.path(doc, gs.src)), lines(gs.path(doc, gs.tgt))
        gold = parse_beads(gs.path(doc, "gold").read_text(encoding="utf-8"))
        keep_s, keep_t, gold = delete_sentences(gold, len(src), len(tgt), sides, frac, rng)
        s_text, t_text = [src[i] for i in keep_s], [tgt[j] for j in keep_t]
        ours = ours + count(gold, [(b.source, b.target) for b in align_texts(s_text, t_text)])
        if hunalign:
            (tmp / f"{doc}.s").write_text("".join(x + "\n" for x in s_text), encoding="utf-8")
            (tmp / f"{doc}.t").write_text("".join(x + "\n" for x in t_text), encoding="utf-8")
            args += [str(tmp / f"{doc}.s"), str(tmp / f"{doc}.t"), str(tmp / f"{doc}.a")]
            golds[doc] = gold
    if not hunalign:
        return scores(ours).f_strict, None
    subprocess.run(["node", str(HUNALIGN / "run.mjs"), *args], check=True, capture_output=True, timeout=1800)
    for doc, gold in golds.items():
        theirs = theirs + count(gold, parse_beads((tmp / f"{doc}.a").read_text(encoding="utf-8")))
    return scores(ours).f_strict, scores(theirs).f_strict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-hunalign", action="store_true", help="skip hunalign")
    args = ap.parse_args(argv)
    why_not = "disabled" if args.no_hunalign else hunalign_ready()
    print("Alignment with sentences deleted at random: pooled strict F1, auditor / hunalign 1.1")
    print(f"{'set':22} " + " ".join(f"{f'{side} {frac:.0%}':>18}" for side, frac in CASES))
    with tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            cells = []
            for side, frac in CASES:
                ours, theirs = run(name, side, frac, why_not is None, Path(tmp))
                cells.append(f"{ours:.3f} / {theirs:.3f}" if theirs is not None else f"{ours:.3f} /   n/a")
            print(f"{name:22} " + " ".join(f"{c:>18}" for c in cells))
    if why_not is not None:
        print(f"hunalign n/a: {why_not}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
