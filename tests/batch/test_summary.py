"""Per-chain summary rows and the CSV written from them."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from auditor.batch.summary import csv_text, summarize_audit
from auditor.core.models import Decision, Verdict
from tests.io.test_export import export_audit
from tests.io.test_report import report_audit


def test_low_confidence_share_ignores_confirmed_beads() -> None:
    row = summarize_audit(export_audit())  # scores 0.91 (confirmed), 0.42, 0.0, 0.0
    assert row["beads"] == 4 and row["low_confidence"] == 3 and row["low_confidence_share"] == 0.75
    assert row["hops"] == 1 and row["witnesses"] == 2 and row["findings"] == 0


def test_counts_by_check_and_severity_and_dismissals() -> None:
    audit = report_audit()  # one of the four findings is dismissed
    row = summarize_audit(audit)
    assert row["by_check"] == {"name-variant": 2, "term-mismatch": 1, "untranslated-span": 1}
    assert row["by_severity"] == {"critical": 1, "major": 2, "minor": 1}
    assert row["open_by_severity"] == {"critical": 1, "major": 1, "minor": 1}
    # A later decision on the same finding wins: re-opened, it counts again.
    reopened = replace(audit, decisions=audit.decisions + (Decision(audit.findings[3].fingerprint, Verdict.OPEN),))
    assert summarize_audit(reopened)["open_by_severity"]["major"] == 2


def test_csv_has_one_column_per_check_seen() -> None:
    ok = {"name": "a", "path": "a", "status": "ok", "error": "", **summarize_audit(report_audit()), "seconds": 1.0}
    bad = {"name": "b", "path": "b", "status": "error", "error": "b: broken, \"quoted\"", "seconds": 0.0}
    rows = list(csv.DictReader(io.StringIO(csv_text([ok, bad]))))
    assert rows[0]["check:term-mismatch"] == "1" and rows[0]["critical"] == "1"
    assert rows[1]["error"] == 'b: broken, "quoted"' and rows[1]["check:term-mismatch"] == ""
