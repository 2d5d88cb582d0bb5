"""The review screen: aligned witnesses on top, findings and detail below, status at the bottom.

This screen is the single coordinator: widgets post messages up, the screen applies review
operations to the ``ReviewSession`` and tells the widgets what changed. Actions that change
the audit live in ``ReviewActions`` (``screens/actions.py``) to keep both modules small.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer

from auditor.core.models import Finding, Verdict
from auditor.tui.grid import Grid
from auditor.tui.journal import Journal
from auditor.tui.review import ReviewSession, decided_count
from auditor.tui.screens.actions import ReviewActions
from auditor.tui.screens.dialogs import PromptScreen
from auditor.tui.widgets.aligned_view import PALETTE, AlignedView
from auditor.tui.widgets.detail import DetailPane, Legend, StatusBar
from auditor.tui.widgets.findings_panel import FindingsPanel

NAV_BINDINGS = [
    Binding("j,down", "move(1)", "Down", show=False, id="review.down"),
    Binding("k,up", "move(-1)", "Up", show=False, id="review.up"),
    Binding("pagedown,space", "page(1)", "Page down", show=False, id="review.page_down"),
    Binding("pageup", "page(-1)", "Page up", show=False, id="review.page_up"),
    Binding("g,home", "first", "First row", show=False, id="review.first"),
    Binding("G,end", "last", "Last row", show=False, id="review.last"),
    Binding("h,left", "column(-1)", "Previous column", show=False, id="review.column_left"),
    Binding("l,right", "column(1)", "Next column", show=False, id="review.column_right"),
    # Short footer labels (the footer must hold every key at 120 columns); help and the
    # palette use the tooltip.
    Binding("n", "next_finding(1)", "Next", tooltip="Next finding", id="review.next_finding"),
    Binding("N", "next_finding(-1)", "Prev", tooltip="Previous finding", id="review.previous_finding"),
    Binding("slash", "search", "Search", id="review.search"),
    Binding("semicolon", "search_again", "Search again", show=False, id="review.search_again"),
    Binding("f", "focus_filters", "Filters", show=False, id="review.filters"),
    Binding("escape", "focus_grid", "Back to grid", show=False, id="review.focus_grid"),
    Binding("o", "overview", "Overview", id="review.overview"),
] + [
    Binding(str(n), f"toggle_witness({n - 1})", f"Toggle witness {n}", show=False, id=f"review.toggle_{n}")
    for n in range(1, 10)
]


class ReviewScreen(ReviewActions, Screen[None]):
    """Step through a chain, decide findings, fix the alignment."""

    BINDINGS: ClassVar[list[BindingType]] = [*NAV_BINDINGS, *ReviewActions.ACTION_BINDINGS]

    def __init__(self, session: ReviewSession, *, save_path: Path | None, journal: Journal | None,
                 reviewer: str = "reviewer") -> None:
        super().__init__(id="review")
        self.session = session
        self.save_path = save_path
        self.journal = journal
        self.reviewer = reviewer
        self.grid = Grid.build(session.audit)
        self.current: str = ""
        self.last_search = ""
        self._order: list[Finding] = []
        self._rows: dict[str, int] = {}

    # --- composition --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield AlignedView(self.grid, id="aligned")
        with Horizontal(id="bottom"):
            yield FindingsPanel(id="findings")
            yield DetailPane(id="detail")
        yield Legend(id="legend")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        view = self.view
        view.verdict = self.verdict
        view.focus()
        self.rebuild(keep_row=False)

    @property
    def view(self) -> AlignedView:
        """The aligned grid widget."""
        return self.query_one(AlignedView)

    @property
    def panel(self) -> FindingsPanel:
        """The findings panel (filters and list)."""
        return self.query_one(FindingsPanel)

    # --- state --------------------------------------------------------------------------------

    def verdict(self, f: Finding) -> Verdict:
        """The current verdict on ``f`` (open when undecided)."""
        d = self.session.audit.decision_for(f.fingerprint)
        return d.verdict if d else Verdict.OPEN

    def status(self, f: Finding) -> str:
        """The verdict on ``f`` as the word the filters and the list show."""
        return self.verdict(f).value

    def finding(self, fingerprint: str) -> Finding | None:
        """The finding with this fingerprint among those shown, if any."""
        return next((f for f in self._order if f.fingerprint == fingerprint), None) if fingerprint else None

    def rebuild(self, keep_row: bool = True) -> None:
        """Rebuild the grid and every widget from the session's audit (after edits, undo, load)."""
        audit = self.session.audit
        old = self.grid.audit
        if audit.alignments is not old.alignments or audit.findings is not old.findings:
            self.grid = Grid.build(audit)
        self.grid.audit = audit
        topo = {w: i for i, w in enumerate(self.grid.witnesses)}
        self._rows = {f.fingerprint: self.grid.row_of_finding(f) for f in audit.findings}
        self._order = sorted(
            audit.findings,
            key=lambda f: (self._rows[f.fingerprint], topo.get(f.witness, 99),
                           min((s.start for s in f.spans), default=0)),
        )
        row = self.view.cursor_row if keep_row else 0
        self.view.set_grid(self.grid)
        self.view.cursor_row = min(row, len(self.grid.rows) - 1)
        self.panel.load(self._order, self.status)
        self.query_one(Legend).show({c: self.view.colours[c] for c in {f.check for f in audit.findings}}
                                    or {"no findings": PALETTE[2]})
        if self.current and not self.finding(self.current):
            self.current = ""
            self.view.current = ""
        self.show_detail()
        self.update_status()

    def show_detail(self) -> None:
        """Show the current finding and its decision in the detail pane."""
        f = self.finding(self.current)
        decision = self.session.audit.decision_for(f.fingerprint) if f else None
        self.query_one(DetailPane).show(f, decision, self.view.colours.get(f.check, "") if f else "")

    def update_status(self) -> None:
        """Refresh the status bar: decided count, row, unsaved changes, save target."""
        done, total = decided_count(self.session.audit)
        target = str(self.save_path) if self.save_path else ""
        self.query_one(StatusBar).show(done, total, self.view.cursor_row, len(self.grid.rows),
                                       self.session.dirty, target)

    # --- navigation ---------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        self.view.cursor_row = max(0, min(self.view.cursor_row + delta, len(self.grid.rows) - 1))

    def action_page(self, direction: int) -> None:
        step = max(1, self.view.scrollable_content_region.height // 4)
        self.action_move(direction * step)

    def action_first(self) -> None:
        self.view.cursor_row = 0

    def action_last(self) -> None:
        self.view.cursor_row = len(self.grid.rows) - 1

    def action_column(self, delta: int) -> None:
        view = self.view
        view.focus_column = max(0, min(view.focus_column + delta, len(view.columns) - 1))
        width = view._column_width() + 1
        left = 7 + view.focus_column * width
        if left < view.scroll_x or left + width > view.scroll_x + view.scrollable_content_region.width:
            view.scroll_to(x=max(0, left - 7), animate=False)

    def action_toggle_witness(self, index: int) -> None:
        if index < len(self.grid.witnesses):
            self.view.toggle_witness(self.grid.witnesses[index])

    def action_next_finding(self, direction: int) -> None:
        """Go to the next (or previous) open finding in the filtered list, wrapping around."""
        items = self.panel.filtered
        if not items:
            self.notify("No findings in this view.", severity="warning")
            return
        n = len(items)
        pos = next((i for i, f in enumerate(items) if f.fingerprint == self.current), None)
        if pos is None:  # start from the cursor row
            rows = [self._rows[f.fingerprint] for f in items]
            pos = bisect_left(rows, self.view.cursor_row) - (1 if direction > 0 else 0)
        for k in range(1, n + 1):
            f = items[(pos + k * direction) % n]
            if self.verdict(f) is Verdict.OPEN:
                self.jump_to(f)
                return
        self.notify("Every finding in this view is decided.")

    def jump_to(self, f: Finding) -> None:
        """Make ``f`` current: move the cursor to its row and column and select it in the list."""
        self.current = f.fingerprint
        view = self.view
        view.current = f.fingerprint
        cols = view.columns
        if f.witness in cols:
            view.focus_column = cols.index(f.witness)
        view.cursor_row = self._rows.get(f.fingerprint, 0)
        view.invalidate()
        self.panel.show(f.fingerprint)
        self.show_detail()

    @on(FindingsPanel.Selected)
    def _picked(self, event: FindingsPanel.Selected) -> None:
        f = self.finding(event.fingerprint)
        if f is not None and f.fingerprint != self.current:
            self.jump_to(f)

    @on(FindingsPanel.FiltersChanged)
    def _filtered(self) -> None:
        self.update_status()

    @on(AlignedView.RowChanged)
    def _row_changed(self, event: AlignedView.RowChanged) -> None:
        self.update_status()

    def action_focus_filters(self) -> None:
        self.query_one("#filter-check").focus()

    def action_focus_grid(self) -> None:
        self.view.focus()

    def action_search(self) -> None:
        def done(text: str | None) -> None:
            if text:
                self.last_search = text
                self.action_search_again()

        self.app.push_screen(PromptScreen("Search all witnesses", self.last_search, "text…"), done)

    def action_search_again(self) -> None:
        if not self.last_search:
            self.action_search()
            return
        row = self.grid.search(self.last_search, self.view.cursor_row)
        if row is None:
            self.notify(f"Not found: {self.last_search}", severity="warning")
        else:
            self.view.cursor_row = row

    def action_overview(self) -> None:
        from auditor.tui.screens.overview import OverviewScreen

        self.app.push_screen(OverviewScreen(self.session.audit))
