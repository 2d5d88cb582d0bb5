"""Score ``omission`` and ``addition`` findings on NTREX against the gold's unaligned lines.

Usage (from the repo root)::

    .venv/bin/python bench/checks_real_gold.py       # precision and recall per check
    .venv/bin/python bench/checks_real_gold.py -v    # also list the findings the gold does not back

The NTREX dev sets (``../shared/bench/align/ntrex-*``) drop about 3 % of target lines (gold
``[i]:[]``: the source line has no translation, an omission) and 2 % of source lines (``[]:[j]``:
a translation line with no source, an addition). A finding is backed by the gold when a line it
says has no counterpart is such a line: the finding's segments on the check's side (source for
``omission``, target for ``addition``), or, for a whole-bead length outlier, any segment of the
bead on that side. Recall is over the gold's unaligned lines with at least 12 letters (a finding
can match several lines). Professional translators also drop or add clauses inside aligned lines,
which the gold does not mark: a clause finding it does not back is not necessarily false, so
``-v`` lists them to be read. Those read and found true are in ``READ`` (document, segment,
what the translation lacks or adds); column ``P+read`` counts them as right.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks import REAL, REAL_SETS, real_audits

# Findings the gold does not back that were read against both texts and are true.
READ = {
    ("ntrex-eng-ben-dev/bbc.381647", "en-s4"): "‘which was released in June’ (and ‘eighth’) is not in the Bengali",
    ("ntrex-eng-ben-dev/newsweek.51338", "en-s16"): "the Bengali keeps only ‘up to 10 inches’, not ‘3 to 6 inches’",
}

_BEAD = re.compile(r"\[([\d,\s]*)\]:\[([\d,\s]*)\]")


def gold_nulls(name: str) -> tuple[set[int], set[int]]:
    """0-based (source lines, target lines) the gold leaves unaligned in document ``name``."""
    folder, doc = name.split("/")
    src: set[int] = set()
    tgt: set[int] = set()
    for line in (REAL / folder / "docs" / f"{doc}.gold").read_text(encoding="utf-8").splitlines():
        m = _BEAD.match(line.strip())
        if not m:
            continue
        s = [int(x) for x in m.group(1).replace(",", " ").split()]
        t = [int(x) for x in m.group(2).replace(",", " ").split()]
        if s and not t:
            src.update(s)
        elif t and not s:
            tgt.update(t)
    return src, tgt


def _line(seg_id: str) -> int:
    return int(seg_id.rsplit("-s", 1)[1]) - 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    tp: dict[str, int] = defaultdict(int)
    read: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    found: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    unbacked: list[str] = []
    for name, audit in real_audits(REAL_SETS):
        src_null, tgt_null = gold_nulls(name)
        texts = {w.id: audit.segments[w.id] for w in audit.chain.witnesses}
        src_id, tgt_id = audit.chain.witnesses[0].id, audit.chain.witnesses[1].id
        gold = {"omission": (src_null, texts[src_id]), "addition": (tgt_null, texts[tgt_id])}
        hit: dict[str, set[int]] = defaultdict(set)
        for f in audit.findings:
            if f.check not in gold:
                continue
            nulls = gold[f.check][0]
            if f.evidence_value("length-ratio"):
                # A whole-bead outlier: the bead's segments on the check's side.
                if f.check == "omission":
                    lines = {_line(s) for s in (f.evidence_value("source-segments") or "").split()}
                else:
                    lines = {_line(s) for s in f.segments}
            else:
                lines = {_line(s) for s in f.segments}
            good = lines & nulls
            if good:
                tp[f.check] += 1
                hit[f.check] |= good
            else:
                fp[f.check] += 1
                read[f.check] += any((name, s) in READ for s in f.segments)
                span = f.spans[0].text if f.spans else ""
                kind = f.evidence_value("kind") or f.evidence_value("bead") or "ratio"
                unbacked.append(f"  {f.check} [{kind}] {name} {' '.join(f.segments)}: ‘{span[:80]}’")
        for check, (nulls, segs) in gold.items():
            real = {i for i in nulls if sum(ch.isalpha() for ch in segs[i].text) >= 12}
            total[check] += len(real)
            found[check] += len(hit[check] & real)
    print(f"{'check':<12}{'findings':>9}{'backed':>8}{'P':>7}{'P+read':>8}{'gold nulls':>12}{'found':>7}{'R':>7}")
    for check in ("omission", "addition"):
        n = tp[check] + fp[check]
        p = tp[check] / n if n else 1.0
        pr = (tp[check] + read[check]) / n if n else 1.0
        r = found[check] / total[check] if total[check] else 1.0
        print(f"{check:<12}{n:>9}{tp[check]:>8}{p:>7.2f}{pr:>8.2f}{total[check]:>12}{found[check]:>7}{r:>7.2f}")
    if args.verbose:
        print("not backed by the gold:")
        print("\n".join(unbacked))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
