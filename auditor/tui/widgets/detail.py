"""Small read-only widgets: the finding detail pane, the legend and the status bar."""

from __future__ import annotations

from collections.abc import Mapping

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from auditor.core.models import Decision, Finding, Verdict


def _evidence_rows(f: Finding) -> list[tuple[str, str]]:
    return [(k, v) for k, v in f.evidence]


class DetailPane(Static):
    """Evidence, variants with counts, hop of origin and suggestion of the current finding."""

    def show(self, f: Finding | None, decision: Decision | None, colour: str = "") -> None:
        """Show finding ``f`` with its decision, or a hint when none is selected."""
        if f is None:
            self.update(Text("No finding selected. n / N step through the open findings.", style="dim"))
            return
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        verdict = decision.verdict if decision else Verdict.OPEN
        grid.add_row("check", Text(f"{f.check}  ({f.severity.value})", style=f"bold {colour}"))
        grid.add_row("status", verdict.value + (f"  by {decision.author}" if decision and decision.author else ""))
        grid.add_row("where", f"{f.witness}  {' '.join(f.segments)}")
        grid.add_row("message", f.message)
        for span in f.spans:
            grid.add_row("span", Text.assemble(f"{span.witness} {span.start}–{span.end} ", (repr(span.text), "italic")))
        if f.hop:
            grid.add_row("hop", f"introduced in {f.hop[0]} → {f.hop[1]}")
        for key, value in _evidence_rows(f):
            grid.add_row(key, value)
        if f.suggestion:
            grid.add_row("suggest", Text(f.suggestion, style="green"))
        if decision and decision.correction:
            grid.add_row("corrected", Text(decision.correction, style="cyan"))
        if decision and decision.note:
            grid.add_row("note", Text(decision.note, style="italic"))
        grid.add_row("id", Text(f.id, style="dim"))
        self.update(grid)


class Legend(Static):
    """Which colour marks which check."""

    def show(self, colours: Mapping[str, str]) -> None:
        """One coloured swatch per check."""
        text = Text(" ")
        for check, colour in sorted(colours.items()):
            text.append("■ ", style=colour)
            text.append(check + "   ")
        text.append("✓ confirmed bead  ? low-score bead  · no segment", style="dim")
        self.update(text)


class StatusBar(Static):
    """Progress (decided X / Y), position, save state."""

    def show(self, decided: int, total: int, row: int, rows: int, dirty: bool, target: str) -> None:
        """Decided count, cursor row, saved state and the save target."""
        text = Text.assemble(
            (f" decided {decided} / {total} ", "bold"),
            f"  row {row + 1} / {rows}  ",
            ("● unsaved" if dirty else "saved", "yellow" if dirty else "green"),
            (f"  → {target}" if target else "", "dim"),
        )
        self.update(text)
