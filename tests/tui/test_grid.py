"""The grid: every segment in exactly one row, findings located, search wraps."""

from __future__ import annotations

from auditor.core.models import Audit
from auditor.tui.grid import Grid, _fallback_rows


def test_every_segment_in_one_row(seed_audit: Audit, small_audit: Audit) -> None:
    for audit in (seed_audit, small_audit):
        grid = Grid.build(audit)
        placed = [s for row in grid.rows for ids in row.values() for s in ids]
        assert sorted(placed) == sorted(s.id for s in audit.iter_segments())
        fallback = [s for row in _fallback_rows(audit) for ids in row.values() for s in ids]
        assert sorted(fallback) == sorted(placed)


def test_finding_rows_and_beads(small_audit: Audit) -> None:
    grid = Grid.build(small_audit)
    f = next(f for f in small_audit.findings if f.check == "untranslated-span")
    row = grid.row_of_finding(f)
    assert f.segments[0] in grid.rows[row]["de"]
    assert f in grid.cell_findings(row, "de")
    bead = grid.bead_at(row, ("fr", "de"))
    assert bead is not None and f.segments[0] in small_audit.alignment("fr", "de").beads[bead].target


def test_search_is_case_folded_and_wraps(small_audit: Audit) -> None:
    grid = Grid.build(small_audit)
    first = grid.search("BÜRGERMEISTER", 0)
    assert first is not None and "Bürgermeister" in grid.segment[grid.rows[first]["de"][0]].text
    assert grid.search("bürgermeister", first) == first  # the only match: wraps back to itself
    assert grid.search("no such text anywhere", 0) is None
