"""The aligned columns: one column per witness, one (wrapped) row per multi-way row.

A Line API widget: only rows on screen are wrapped and styled, so a 10k-row audit costs the
same to draw as a 10-row one. The vertical scroll offset counts rows, not lines: scrolling
moves one aligned row at a time, which is what a reviewer steps through anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rich.segment import Segment as RichSegment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from auditor.core.models import Finding, Verdict
from auditor.tui.grid import Grid

PALETTE = ("#e5534b", "#d29922", "#57ab5a", "#539bf5", "#b083f0", "#f69d50", "#39c5cf", "#e275ad")
"""Check colours, given out in check-id order so a check keeps its colour across sessions."""

GUTTER = 7
MIN_COLUMN = 26
LOW_SCORE = 0.5
"""Beads scoring below this get a '?' in the gutter (display only, never used for findings)."""


def check_colours(check_ids: list[str]) -> dict[str, str]:
    """A stable colour per check id."""
    return {cid: PALETTE[i % len(PALETTE)] for i, cid in enumerate(sorted(set(check_ids)))}


@dataclass(frozen=True)
class _Layout:
    top: int
    width: int
    lines: tuple[tuple[int, int], ...]
    """For each screen line: (row index, line within the row); row -1 means blank."""


class AlignedView(ScrollView, can_focus=True):
    """Witness columns with aligned rows, finding spans coloured by check, a cursor row."""

    DEFAULT_CSS = """
    AlignedView { background: $surface; }
    AlignedView > .aligned-view--cursor { background: $primary 30%; }
    AlignedView > .aligned-view--stripe { background: $boost; }
    AlignedView > .aligned-view--gutter { color: $text-muted; }
    AlignedView > .aligned-view--header { color: $text; text-style: bold; background: $panel; }
    AlignedView > .aligned-view--focus-column { text-style: bold; }
    """
    COMPONENT_CLASSES = {
        "aligned-view--cursor", "aligned-view--stripe", "aligned-view--gutter",
        "aligned-view--header", "aligned-view--focus-column",
    }

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)
    focus_column: reactive[int] = reactive(0, init=False)

    class RowChanged(Message):
        """The cursor moved to another row."""

        def __init__(self, row: int) -> None:
            self.row = row
            super().__init__()

    def __init__(self, grid: Grid, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.grid = grid
        self.hidden_witnesses: set[str] = set()
        self.current: str = ""
        """Fingerprint of the current finding (drawn reversed)."""
        self.verdict: Callable[[Finding], Verdict] = lambda f: Verdict.OPEN
        self.colours = check_colours([f.check for f in grid.audit.findings])
        self._layout: _Layout | None = None
        self._version = 0

    # --- model --------------------------------------------------------------------------------

    @property
    def columns(self) -> list[str]:
        """The witnesses shown, in chain order (never none: the first stays when all are hidden)."""
        return [w for w in self.grid.witnesses if w not in self.hidden_witnesses] or list(self.grid.witnesses[:1])

    @property
    def focused_witness(self) -> str:
        """The witness of the focused column."""
        cols = self.columns
        return cols[min(self.focus_column, len(cols) - 1)]

    def set_grid(self, grid: Grid) -> None:
        """Show ``grid`` (after an edit or reload), keeping colours and clamping the cursor."""
        self.grid = grid
        self.colours = check_colours([f.check for f in grid.audit.findings]) | self.colours
        self.cursor_row = min(self.cursor_row, len(grid.rows) - 1)
        self.invalidate()

    def invalidate(self) -> None:
        """Forget cached rendering (after a decision, an edit or a column toggle)."""
        self._version += 1
        self._layout = None
        self._update_virtual_size()
        self.refresh()

    def toggle_witness(self, witness: str) -> None:
        """Hide or show the column of ``witness`` (the last visible one stays)."""
        if witness in self.hidden_witnesses:
            self.hidden_witnesses.discard(witness)
        elif len(self.columns) > 1:
            self.hidden_witnesses.add(witness)
        self.focus_column = min(self.focus_column, len(self.columns) - 1)
        self.invalidate()

    # --- geometry -----------------------------------------------------------------------------

    def _column_width(self) -> int:
        n = len(self.columns)
        avail = self.scrollable_content_region.width - GUTTER - (n - 1)
        return max(MIN_COLUMN, avail // max(n, 1))

    def _total_width(self) -> int:
        n = len(self.columns)
        return GUTTER + n * self._column_width() + (n - 1)

    def _update_virtual_size(self) -> None:
        # one scroll step per row; padding lets the last row reach the top of the view
        self.virtual_size = Size(self._total_width(), len(self.grid.rows) + max(self.size.height - 2, 0))

    def on_resize(self, event: events.Resize) -> None:
        self._layout = None
        self._update_virtual_size()

    @property
    def top_row(self) -> int:
        """The first row on screen."""
        return int(self.scroll_y)

    # --- cursor -------------------------------------------------------------------------------

    def watch_cursor_row(self, row: int) -> None:
        row = max(0, min(row, len(self.grid.rows) - 1))
        if row != self.cursor_row:
            self.cursor_row = row
            return
        self.scroll_to_row(row)
        self._version += 1
        self._layout = None
        self.refresh()
        self.post_message(self.RowChanged(row))

    def watch_focus_column(self, _: int) -> None:
        self.invalidate()

    def scroll_to_row(self, row: int) -> None:
        """Scroll so that ``row`` is fully visible, moving as little as possible."""
        top = self.top_row
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
            return
        height = self.scrollable_content_region.height or 1
        used = 1  # header line
        for r in range(top, row + 1):
            used += self._row_height(r)
        if used <= height:
            return
        # walk back from ``row`` until the screen is full
        new_top, used = row, 1 + self._row_height(row)
        while new_top > 0 and used + self._row_height(new_top - 1) <= height:
            new_top -= 1
            used += self._row_height(new_top)
        self.scroll_to(y=new_top, animate=False, immediate=True)

    # --- rendering ----------------------------------------------------------------------------

    def _cell_text(self, row: int, witness: str) -> Text:
        segs = self.grid.cell_segments(row, witness)
        if not segs:
            return Text("·", style="dim")
        text = Text()
        starts: list[tuple[int, int]] = []  # (offset in cell, offset in witness)
        for seg in segs:
            if text:
                text.append(" ")
            starts.append((len(text), seg.start))
            text.append(seg.text)
        for f in self.grid.cell_findings(row, witness):
            style = self._finding_style(f)
            for span in f.spans:
                if span.witness != witness:
                    continue
                for (cell_off, seg_start), seg in zip(starts, segs, strict=True):
                    lo, hi = max(span.start, seg.start), min(span.end, seg.end)
                    if lo < hi:
                        text.stylize(style, cell_off + lo - seg_start, cell_off + hi - seg_start)
        return text

    def _finding_style(self, f: Finding) -> Style:
        colour = self.colours.get(f.check, PALETTE[0])
        if f.fingerprint == self.current:
            return Style(color="black", bgcolor=colour, bold=True)
        if self.verdict(f) is Verdict.OPEN:
            return Style(color=colour, bold=True, underline=True)
        return Style(color=colour, dim=True)

    def _row_height(self, row: int) -> int:
        return len(self._row_strips(row, self._column_width(), self._version))

    @lru_cache(maxsize=512)  # noqa: B019 - the widget lives as long as the app
    def _row_strips(self, row: int, width: int, version: int) -> tuple[Strip, ...]:
        console = self.app.console
        cells: list[list[Strip]] = []
        for w in self.columns:
            lines = self._cell_text(row, w).wrap(console, width, overflow="fold")
            cells.append([
                Strip(list(line.render(console)), line.cell_len).adjust_cell_length(width) for line in lines
            ] or [Strip.blank(width)])
        height = max(len(c) for c in cells)
        gutter_style = self.get_component_rich_style("aligned-view--gutter")
        marks = self._bead_marks(row)
        out: list[Strip] = []
        sep = RichSegment("│", gutter_style)
        for i in range(height):
            label = f"{row + 1:>5}{marks} " if i == 0 else " " * GUTTER
            segs: list[RichSegment] = [RichSegment(label[:GUTTER].ljust(GUTTER), gutter_style)]
            for k, cell in enumerate(cells):
                if k:
                    segs.append(sep)
                segs.extend(cell[i] if i < len(cell) else Strip.blank(width))
            out.append(Strip(segs, GUTTER + len(cells) * width + len(cells) - 1))
        return tuple(out)

    def _bead_marks(self, row: int) -> str:
        """'✓' when every bead in the row is confirmed, '?' when one scores low."""
        ids = {s for ids in self.grid.rows[row].values() for s in ids}
        scores, confirmed = [], []
        for a in self.grid.audit.alignments:
            for b in self._beads_touching(a.hop, ids):
                scores.append(b.score)
                confirmed.append(b.confirmed)
        if confirmed and all(confirmed):
            return "✓"
        if scores and min(scores) < LOW_SCORE:
            return "?"
        return " "

    def _beads_touching(self, hop: tuple[str, str], ids: set[str]) -> list:  # type: ignore[type-arg]
        index = self.grid.bead_index(hop)
        return [index[1][i] for i in {index[0][s] for s in ids if s in index[0]}]

    def _header(self, width: int) -> Strip:
        style = self.get_component_rich_style("aligned-view--header")
        segs = [RichSegment(" row".ljust(GUTTER), style)]
        chain = self.grid.audit.chain
        for k, wid in enumerate(self.columns):
            w = chain.witness(wid)
            mark = "▸ " if k == self.focus_column else "  "
            label = f"{mark}{wid} ({w.lang})" + (f" ← {w.parent}" if w.parent else "")
            if k:
                segs.append(RichSegment("│", style))
            segs.append(RichSegment(label[:width].ljust(width), style))
        return Strip(segs)

    def _compute_layout(self) -> _Layout:
        width = self._column_width()
        height = self.scrollable_content_region.height
        lines: list[tuple[int, int]] = [(-2, 0)]  # header
        row = self.top_row
        while len(lines) < height and row < len(self.grid.rows):
            lines.extend((row, i) for i in range(self._row_height(row)))
            row += 1
        return _Layout(self.top_row, width, tuple(lines[:height]))

    def render_line(self, y: int) -> Strip:
        layout = self._layout
        if layout is None or layout.top != self.top_row or layout.width != self._column_width():
            layout = self._layout = self._compute_layout()
        width = self.scrollable_content_region.width
        x = int(self.scroll_x)
        if y >= len(layout.lines):
            return Strip.blank(width, self.rich_style)
        row, i = layout.lines[y]
        if row == -2:
            strip = self._header(layout.width)
        else:
            strip = self._row_strips(row, layout.width, self._version)[i]
            if row == self.cursor_row:
                strip = strip.apply_style(self.get_component_rich_style("aligned-view--cursor"))
            elif row % 2:
                strip = strip.apply_style(self.get_component_rich_style("aligned-view--stripe"))
            strip = strip.apply_style(self.rich_style)
        return strip.crop_extend(x, x + width, self.rich_style)

    # --- mouse --------------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        layout = self._layout
        if layout is None or not 0 <= event.y < len(layout.lines):
            return
        row, _ = layout.lines[event.y]
        if row >= 0:
            self.cursor_row = row
        x = event.x + int(self.scroll_x) - GUTTER
        if x >= 0:
            self.focus_column = min(x // (layout.width + 1), len(self.columns) - 1)
