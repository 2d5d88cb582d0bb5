"""The findings list with its filters (check, severity, status, witness, text), counts included."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Select

from auditor.core.models import Finding, Verdict
from auditor.tui.widgets.findings_list import FindingsList

FACETS = ("check", "severity", "status", "witness")


@dataclass(frozen=True)
class Filters:
    """The current filter values; an empty string means 'any'."""

    check: str = ""
    severity: str = ""
    status: str = ""
    witness: str = ""
    text: str = ""

    def matches(self, f: Finding, status: str, skip: str = "") -> bool:
        """Whether ``f`` passes every facet (except ``skip``, used to count a facet's own options)."""
        values = {"check": f.check, "severity": f.severity.value, "status": status, "witness": f.witness}
        for facet in FACETS:
            want = getattr(self, facet)
            if facet != skip and want and values[facet] != want:
                return False
        if self.text:
            key = self.text.casefold()
            hay = " ".join([f.message, *(s.text for s in f.spans)]).casefold()
            if key not in hay:
                return False
        return True


class FindingsPanel(Vertical):
    """Filters on top, the filtered findings below, in grid order."""

    class Selected(Message):
        """The reviewer picked a finding in the list (click or enter)."""

        def __init__(self, fingerprint: str) -> None:
            self.fingerprint = fingerprint
            super().__init__()

    class FiltersChanged(Message):
        """The filtered set changed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filters = Filters()
        self.ordered: list[Finding] = []
        """All findings, in grid order."""
        self.filtered: list[Finding] = []
        self._status: Callable[[Finding], str] = lambda f: "open"
        self._syncing = False
        self._options: dict[str, list[tuple[str, str]]] = {}

    def compose(self) -> ComposeResult:
        with Horizontal(id="filter-bar"):
            for facet in FACETS:
                # "<facet> (n)" when not filtering: the facet's name must survive a narrow column.
                yield Select([(facet, "")], value="", allow_blank=False, compact=True,
                             id=f"filter-{facet}")
            yield Input(placeholder="text…", compact=True, id="filter-text")
        yield FindingsList(id="findings-table")

    def load(self, ordered: Sequence[Finding], status: Callable[[Finding], str]) -> None:
        """Show these findings (already in grid order); keeps the filters."""
        self.ordered = list(ordered)
        self._status = status
        self.apply_filters()

    def apply_filters(self) -> None:
        """Re-filter the findings and refresh the list, the options and the title."""
        self.filtered = [f for f in self.ordered if self.filters.matches(f, self._status(f))]
        self._sync_options()
        self.query_one(FindingsList).set_items(self.filtered, self._status)
        self.border_title = f"Findings {len(self.filtered)}/{len(self.ordered)}"
        self.post_message(self.FiltersChanged())

    def refresh_status(self, fingerprints: Sequence[str]) -> None:
        """Redraw the status cells (after a decision), and the counts."""
        self.query_one(FindingsList).refresh()
        self._sync_options()

    def _sync_options(self) -> None:
        """Option labels carry counts among the findings the other filters let through."""
        self._syncing = True
        try:
            for facet in FACETS:
                counts: Counter[str] = Counter()
                for f in self.ordered:
                    st = self._status(f)
                    if self.filters.matches(f, st, skip=facet):
                        counts[{"check": f.check, "severity": f.severity.value, "status": st,
                                "witness": f.witness}[facet]] += 1
                values = sorted(counts)
                if facet == "status":
                    values = [v.value for v in Verdict if v.value in counts]
                current = getattr(self.filters, facet)
                if current and current not in values:
                    values.append(current)
                options = [(f"{facet} ({sum(counts.values())})", "")]
                options += [(f"{v} ({counts.get(v, 0)})", v) for v in values]
                select: Select[str] = self.query_one(f"#filter-{facet}", Select)
                if self._options.get(facet) != options:
                    self._options[facet] = options
                    select.set_options(options)
                if select.value != current:
                    select.value = current
        finally:
            self._syncing = False

    def set_filter(self, **values: str) -> None:
        """Change some facets and re-filter."""
        from dataclasses import replace

        self.filters = replace(self.filters, **values)
        if "text" in values:
            self.query_one("#filter-text", Input).value = values["text"]
        self.apply_filters()

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        # set_options posts a Changed for its reset too: only the select's present value counts
        if self._syncing or event.select.id is None or event.value != event.select.value:
            return
        facet = event.select.id.removeprefix("filter-")
        value = "" if event.value is Select.NULL else str(event.value)
        if getattr(self.filters, facet) != value:
            self.set_filter(**{facet: value})

    @on(Input.Submitted, "#filter-text")
    def _text_changed(self, event: Input.Submitted) -> None:
        self.set_filter(text=event.value.strip())
        self.query_one(FindingsList).focus()

    @on(FindingsList.Selected)
    def _row_picked(self, event: FindingsList.Selected) -> None:
        event.stop()
        self.post_message(self.Selected(event.finding.fingerprint))

    def show(self, fingerprint: str) -> None:
        """Move the list cursor to a finding, if it is in the filtered set."""
        self.query_one(FindingsList).move_to(fingerprint)
