"""Omission and addition findings on real translations with sentences deleted or moved at random.

    .venv/bin/python bench/checks_deletions.py

The labelled corpus has a handful of omissions per chain; an audit of a hurried translation,
or of a retelling, meets many. Here the gold sets' documents are audited as two-witness chains
(given segmentation) after deleting a share of the target's sentences (each deleted sentence's
source is then an omission) or of the source's (each deleted sentence's translation is then
an addition), with fixed seeds. Printed per set: recall of those sentences (ones with at least
12 letters, as the checks require), and findings on sentences that still have their
counterpart, per 100 segments (with nothing deleted these are the translator's own omissions
and additions plus false alarms; the growth with deletions is what the deletions cost).

A second table moves one target sentence four or five places later in every document of ten
lines or more, and counts how the audit reports it: as one ``moved`` finding pointing at both
places, as an omission plus an addition, as only one of them, or not at all (a merged bead
swallowed the move).
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from align import GoldSet, gold_sets, lines

from auditor.core.align.scoring import BeadPair, parse_beads
from auditor.core.models import Audit, Chain, Finding, Witness
from auditor.core.pipeline import audit_chain

SETS = ("Text+Berg test de-fr", "ParIce en-is", "NTREX en-bn dev", "NTREX en-ru dev")
RATES = (0.0, 0.1, 0.2, 0.5)
MIN_LETTERS = 12


@dataclass
class Tally:
    found: int = 0
    deleted: int = 0
    stray: int = 0
    segments: int = 0

    def recall(self) -> str:
        return f"{self.found / self.deleted:.2f}" if self.deleted else "—"

    def stray_per_100(self) -> str:
        return f"{100 * self.stray / self.segments:.1f}" if self.segments else "—"


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def orphans(gold: list[BeadPair], keep: list[bool], side: str) -> tuple[set[int], set[int]]:
    """(lines of the other side that lost their whole counterpart, lines that kept some), for
    ``keep`` flags over the ``side`` ('source' or 'target') whose lines are deleted."""
    lost: set[int] = set()
    kept: set[int] = set()
    for s, t in gold:
        mine, other = (s, t) if side == "source" else (t, s)
        if not mine or not other:
            continue
        (lost if all(not keep[i] for i in mine) else kept).update(other)
    return lost, kept


def flagged(audit: Audit, check: str, witness: str) -> set[int]:
    """Line numbers of ``witness`` that a finding of ``check`` points at."""
    segs = audit.segments[witness]
    out: set[int] = set()
    for f in audit.findings:
        if f.check != check:
            continue
        for sp in f.spans:
            if sp.witness == witness:
                out.update(k for k, s in enumerate(segs) if s.start < sp.end and sp.start < s.end)
    return out


def run(gs: GoldSet, side: str, rate: float) -> Tally:
    """Delete ``rate`` of ``side``'s lines in every document of ``gs`` and audit."""
    rng = random.Random(f"{gs.name}/{side}/{rate}")
    check, watched = ("omission", "src") if side == "target" else ("addition", "tgt")
    tally = Tally()
    for doc in gs.docs:
        src, tgt = lines(gs.path(doc, gs.src)), lines(gs.path(doc, gs.tgt))
        gold = parse_beads(gs.path(doc, "gold").read_text(encoding="utf-8"))
        cut = tgt if side == "target" else src
        keep = [rng.random() >= rate for _ in cut]
        lost, kept = orphans(gold, keep, side)
        kept_lines = [x for x, k in zip(cut, keep) if k]
        s_lines, t_lines = (src, kept_lines) if side == "target" else (kept_lines, tgt)
        chain = Chain(doc, (
            Witness("src", gs.src, "\n".join(s_lines) + "\n", role="source"),
            Witness("tgt", gs.tgt, "\n".join(t_lines) + "\n", parent="src"),
        ))
        audit = audit_chain(chain, given_segmentation=True)
        hit = flagged(audit, check, watched)
        whole = src if side == "target" else tgt  # the watched side is never cut
        lost = {i for i in lost if _letters(whole[i]) >= MIN_LETTERS}
        tally.found += len(lost & hit)
        tally.deleted += len(lost)
        tally.stray += len(hit & kept)
        tally.segments += len(kept)
    return tally


def run_moves(gs: GoldSet) -> dict[str, int]:
    """How a sentence moved 4-5 places later in each document is reported."""
    rng = random.Random(f"{gs.name}/moved")
    out = {"moved": 0, "omission+addition": 0, "one of them": 0, "nothing": 0}
    for doc in gs.docs:
        src, tgt = lines(gs.path(doc, gs.src)), lines(gs.path(doc, gs.tgt))
        if len(tgt) < 10:
            continue
        j = rng.randrange(1, len(tgt) - 6)
        k = j + rng.randrange(4, 6)
        order = [*range(j), *range(j + 1, k + 1), j, *range(k + 1, len(tgt))]
        chain = Chain(doc, (
            Witness("src", gs.src, "\n".join(src) + "\n", role="source"),
            Witness("tgt", gs.tgt, "\n".join(tgt[x] for x in order) + "\n", parent="src"),
        ))
        audit = audit_chain(chain, given_segmentation=True)
        new_place = order.index(j)
        moved = any(f.check == "omission" and f.evidence_value("kind") == "moved" and new_place in
                    flagged_lines(audit, f, "tgt") for f in audit.findings)
        added = new_place in flagged(audit, "addition", "tgt")
        omitted = any(f.check == "omission" and f.evidence_value("kind") != "moved" for f in audit.findings)
        key = ("moved" if moved else "omission+addition" if added and omitted
               else "one of them" if added or omitted else "nothing")
        out[key] += 1
    return out


def flagged_lines(audit: Audit, f: Finding, witness: str) -> set[int]:
    segs = audit.segments[witness]
    return {k for sp in f.spans if sp.witness == witness
            for k, s in enumerate(segs) if s.start < sp.end and sp.start < s.end}


def main() -> int:
    t0 = time.perf_counter()
    head = " | ".join(f"{int(100 * r):>3}%: recall, stray/100" for r in RATES)
    print("Omission (target sentences deleted) and addition (source sentences deleted)")
    print(f"{'set':<22}{'check':<10}| {head}")
    print("-" * (34 + len(head)))
    for gs in (g for g in gold_sets() if g.name in SETS):
        for side, check in (("target", "omission"), ("source", "addition")):
            cells = []
            for rate in RATES:
                t = run(gs, side, rate)
                cells.append(f"{t.recall():>13}, {t.stray_per_100():>9}")
            print(f"{gs.name[:21]:<22}{check:<10}| " + " | ".join(cells))
    print()
    print("One target sentence moved 4-5 places later per document: how the audit reports it")
    kinds = ("moved", "omission+addition", "one of them", "nothing")
    print(f"{'set':<22}" + "".join(f"{k:>20}" for k in kinds))
    for gs in (g for g in gold_sets() if g.name in SETS):
        got = run_moves(gs)
        print(f"{gs.name[:21]:<22}" + "".join(f"{got[k]:>20}" for k in kinds))
    print(f"[{time.perf_counter() - t0:.0f} s]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
