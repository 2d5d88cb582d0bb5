"""Snapshots of the main screens at fixed terminal sizes (pytest-textual-snapshot).

The audits are synthetic (built from the models), so the pictures change only when the TUI
does, not when a check or the aligner improves. Update the SVG baselines with
``pytest tests/tui/test_snapshots.py --snapshot-update`` after a deliberate change of the look,
and look at them before committing.
"""

from __future__ import annotations

from auditor.tui.app import make_app
from auditor.tui.synthetic import synthetic_audit


def app_for(langs: tuple[str, ...] = ("en", "fr", "de"), beads: int = 40):  # type: ignore[no-untyped-def]
    # no save target: nothing (not even a journal) is written by these tests
    return make_app(synthetic_audit(beads, langs), path=None, save_path=None)


class TestReviewScreen:
    """The review screen: aligned columns, findings list, detail, legend, status, footer."""

    def test_first_finding(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """Three witnesses at 120×36 after n: the first finding is highlighted and detailed."""
        assert snap_compare(app_for(), press=["n"], terminal_size=(120, 36))

    def test_four_witnesses_at_120_columns(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """Four witnesses in three scripts share 120 columns; a dismissed finding is dimmed."""
        assert snap_compare(app_for(("ru", "en", "fr", "de")), press=["n", "d"], terminal_size=(120, 36))

    def test_narrow_terminal_scrolls_horizontally(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """At 80 columns three witnesses do not fit: the view scrolls to the focused column."""
        assert snap_compare(app_for(), press=["l", "l"], terminal_size=(80, 30))


class TestOtherScreens:
    """Help and chain overview."""

    def test_help(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        assert snap_compare(app_for(), press=["question_mark"], terminal_size=(120, 40))

    def test_overview(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        assert snap_compare(app_for(), press=["o"], terminal_size=(120, 36))
