"""Per-chain summary rows, the batch totals, ``summary.json``/``summary.csv`` and the gate.

A row is a small JSON-able dict::

    {"name", "path", "output", "status": "ok"|"error"|"skipped", "error", "warnings": [str],
     "witnesses", "hops", "segments", "beads", "low_confidence", "low_confidence_share",
     "findings", "by_severity": {sev: n}, "open_by_severity": {sev: n}, "by_check": {id: n},
     "seconds"}

``open_by_severity`` leaves out findings a reviewer dismissed; ``--fail-on`` gates on it.
A ``skipped`` row (resumed batch) carries the counts of the earlier run.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from auditor.core.models import Audit, Severity, Verdict
from auditor.io.atomic import atomic_write_text

SUMMARY_VERSION = 1
LOW_CONFIDENCE = 0.5
"""Beads scoring below this count as low-confidence (reviewer-confirmed beads never do)."""
SEVERITIES = tuple(s.value for s in sorted(Severity, key=lambda s: -s.rank))


def low_confidence_count(scores: Sequence[float]) -> int:
    """Beads below the fixed cut-off. Fixed on purpose: the aligner's per-document cut-off
    (``low_confidence_threshold``) is relative, so a chain whose beads are all doubtful would
    report none, and shares would not compare across a corpus."""
    return sum(1 for s in scores if s < LOW_CONFIDENCE)


def summarize_audit(audit: Audit) -> dict[str, Any]:
    """The counts of one audit that a batch reports."""
    beads = [b for a in audit.alignments for b in a.beads]
    # Beads a reviewer confirmed are not doubtful, whatever their score.
    low = sum(low_confidence_count([b.score for b in a.beads if not b.confirmed]) for a in audit.alignments)
    latest: dict[str, str] = {}
    for d in audit.decisions:  # the last decision on a finding wins
        latest[d.finding] = d.verdict.value
    dismissed = {fp for fp, v in latest.items() if v == Verdict.DISMISSED.value}
    by_sev = Counter(f.severity.value for f in audit.findings)
    open_sev = Counter(f.severity.value for f in audit.findings if f.fingerprint not in dismissed)
    return {
        "witnesses": len(audit.chain.witnesses),
        "hops": len(audit.alignments),
        "segments": sum(len(s) for s in audit.segments.values()),
        "beads": len(beads),
        "low_confidence": low,
        "low_confidence_share": round(low / len(beads), 4) if beads else 0.0,
        "findings": len(audit.findings),
        "by_severity": {s: by_sev.get(s, 0) for s in SEVERITIES},
        "open_by_severity": {s: open_sev.get(s, 0) for s in SEVERITIES},
        "by_check": dict(sorted(Counter(f.check for f in audit.findings).items())),
    }


def gate_hit(row: dict[str, Any], fail_on: str) -> bool:
    """Does this row have an open finding at or above ``fail_on``?"""
    if fail_on == "never":
        return False
    floor = Severity(fail_on).rank
    counts = row.get("open_by_severity") or row.get("by_severity") or {}
    return any(n and Severity(s).rank >= floor for s, n in counts.items())


def exit_code(rows: Iterable[dict[str, Any]], fail_on: str) -> int:
    """1 when a chain failed or a chain's open findings reach ``fail_on``, else 0."""
    return 1 if any(r["status"] == "error" or gate_hit(r, fail_on) for r in rows) else 0


def totals(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Batch-wide counts."""
    status = Counter(r["status"] for r in rows)
    sev: Counter[str] = Counter()
    checks: Counter[str] = Counter()
    beads = low = 0
    for r in rows:
        sev.update(r.get("by_severity") or {})
        checks.update(r.get("by_check") or {})
        beads += int(r.get("beads") or 0)
        low += int(r.get("low_confidence") or 0)
    return {
        "chains": len(rows),
        "ok": status.get("ok", 0),
        "error": status.get("error", 0),
        "skipped": status.get("skipped", 0),
        "findings": sum(int(r.get("findings") or 0) for r in rows),
        "by_severity": {s: sev.get(s, 0) for s in SEVERITIES},
        "by_check": dict(sorted(checks.items())),
        "beads": beads,
        "low_confidence_share": round(low / beads, 4) if beads else 0.0,
        "seconds": round(sum(float(r.get("seconds") or 0) for r in rows), 3),
    }


def summary_document(rows: Sequence[dict[str, Any]], *, fail_on: str, wall_seconds: float,
                     interrupted: bool = False) -> dict[str, Any]:
    """The batch summary (JSON): settings of the run, totals, and one row per chain."""
    return {
        "format": "auditor-batch-summary",
        "version": SUMMARY_VERSION,
        "fail_on": fail_on,
        "interrupted": interrupted,
        "wall_seconds": round(wall_seconds, 3),
        "totals": totals(rows),
        "chains": list(rows),
    }


def csv_text(rows: Sequence[dict[str, Any]]) -> str:
    """One line per chain; one ``check:<id>`` column per check seen anywhere in the batch."""
    check_ids = sorted({c for r in rows for c in (r.get("by_check") or {})})
    head = ["name", "path", "status", "error", "witnesses", "hops", "beads", "low_confidence_share",
            "findings", *SEVERITIES, *(f"check:{c}" for c in check_ids), "seconds", "output"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(head)
    for r in rows:
        sev = r.get("by_severity") or {}
        chk = r.get("by_check") or {}
        w.writerow([r.get("name", ""), r.get("path", ""), r["status"], r.get("error", ""),
                    r.get("witnesses", ""), r.get("hops", ""), r.get("beads", ""),
                    r.get("low_confidence_share", ""), r.get("findings", ""),
                    *(sev.get(s, 0) if r["status"] != "error" else "" for s in SEVERITIES),
                    *(chk.get(c, 0) if r["status"] != "error" else "" for c in check_ids),
                    r.get("seconds", ""), r.get("output", "")])
    return buf.getvalue()


def write_summaries(out_dir: Path, rows: Sequence[dict[str, Any]], *, fail_on: str,
                    wall_seconds: float, interrupted: bool = False) -> tuple[Path, Path]:
    """Write ``summary.json`` and ``summary.csv`` atomically into ``out_dir``."""
    doc = summary_document(rows, fail_on=fail_on, wall_seconds=wall_seconds, interrupted=interrupted)
    js, cs = out_dir / "summary.json", out_dir / "summary.csv"
    atomic_write_text(js, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    atomic_write_text(cs, csv_text(rows))
    return js, cs
