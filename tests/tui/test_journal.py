"""The crash journal: atomic rewrite, read back, removal, and tolerance of junk."""

from __future__ import annotations

from pathlib import Path

from auditor.tui.journal import Journal, journal_path
from auditor.tui.review import Op


def test_round_trip_and_discard(tmp_path: Path) -> None:
    j = Journal(journal_path(tmp_path / "audit.tei.xml"), source="chain")
    assert j.path.name == ".audit.tei.xml.journal.json"
    ops = [Op("decide", {"fingerprints": ["abc"], "verdict": "dismissed"}, "ann", "2026-01-01T00:00:00Z"),
           Op("merge", {"hop": ["bn", "en"], "bead": 4})]
    j.write(ops)
    entry = j.read()
    assert entry is not None and list(entry.ops) == ops and entry.source == "chain"
    j.write([])
    assert not j.path.exists() and j.read() is None


def test_unreadable_journal_is_ignored(tmp_path: Path) -> None:
    j = Journal(tmp_path / "j.json")
    j.path.write_text("{not json", encoding="utf-8")
    assert j.read() is None
    j.path.write_text('{"format": "other", "ops": []}', encoding="utf-8")
    assert j.read() is None


def test_write_failure_does_not_raise(tmp_path: Path) -> None:
    j = Journal(tmp_path / "missing-folder" / "j.json")
    j.write([Op("decide", {"fingerprints": ["x"], "verdict": "accepted"})])  # logs, never raises
    assert j.read() is None
