"""A virtual list of findings: one line each, only the visible lines are ever built.

(``DataTable`` measures every cell of every row when rows are added, which takes about a
second for a few thousand findings; this list costs the same for ten findings or ten thousand.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import set_cell_size
from rich.segment import Segment as RichSegment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from auditor.core.models import Finding

COLUMNS = (("status", 10), ("check", 20), ("sev", 9), ("wit", 7), ("text", 0))
STATUS_STYLE = {"open": "bold", "accepted": "green", "dismissed": "dim", "corrected": "cyan"}


def finding_label(f: Finding) -> str:
    """One line for the list: the first span's text (else the message), whitespace folded, at most 80
    characters."""
    text = f.spans[0].text if f.spans else f.message
    return " ".join(text.split())[:80]


class FindingsList(ScrollView, can_focus=True):
    """Findings in grid order, with a header line and a cursor."""

    DEFAULT_CSS = """
    FindingsList { background: $surface; }
    FindingsList > .findings-list--header { text-style: bold; background: $panel; }
    FindingsList > .findings-list--cursor { background: $primary 40%; }
    FindingsList:focus > .findings-list--cursor { background: $primary 70%; }
    """
    COMPONENT_CLASSES = {"findings-list--header", "findings-list--cursor"}
    BINDINGS = [
        Binding("down,j", "cursor(1)", "Down", show=False, id="findings.down"),
        Binding("up,k", "cursor(-1)", "Up", show=False, id="findings.up"),
        Binding("enter", "select", "Go to finding", show=False, id="findings.select"),
    ]

    cursor: reactive[int] = reactive(0, init=False)

    class Selected(Message):
        """A finding was picked (click, or enter on the cursor)."""

        def __init__(self, finding: Finding) -> None:
            self.finding = finding
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[Finding] = []
        self.index: dict[str, int] = {}
        self.status: Callable[[Finding], str] = lambda f: "open"

    def set_items(self, items: Sequence[Finding], status: Callable[[Finding], str]) -> None:
        """Show ``items``; ``status`` gives the verdict word of each."""
        self.items = list(items)
        self.index = {f.fingerprint: i for i, f in enumerate(self.items)}
        self.status = status
        self.virtual_size = Size(0, len(self.items) + 1)
        self.cursor = min(self.cursor, max(len(self.items) - 1, 0))
        self.refresh()

    def move_to(self, fingerprint: str) -> bool:
        """Put the cursor on a finding (no Selected message); False when it is not listed."""
        i = self.index.get(fingerprint)
        if i is None:
            return False
        self.cursor = i
        return True

    def watch_cursor(self, cursor: int) -> None:
        height = max(self.scrollable_content_region.height - 1, 1)
        top = int(self.scroll_y)
        if cursor < top:
            self.scroll_to(y=cursor, animate=False, immediate=True)
        elif cursor >= top + height:
            self.scroll_to(y=cursor - height + 1, animate=False, immediate=True)
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        if self.items:
            self.cursor = max(0, min(self.cursor + delta, len(self.items) - 1))
            self.post_message(self.Selected(self.items[self.cursor]))

    def action_select(self) -> None:
        if self.items:
            self.post_message(self.Selected(self.items[self.cursor]))

    def on_click(self, event: events.Click) -> None:
        i = int(self.scroll_y) + event.y - 1
        if event.y >= 1 and 0 <= i < len(self.items):
            self.cursor = i
            self.post_message(self.Selected(self.items[i]))

    def _cells(self, values: Sequence[tuple[str, str | Style]], width: int) -> list[RichSegment]:
        segs: list[RichSegment] = []
        used = 0
        for (_, w), (text, style) in zip(COLUMNS, values, strict=True):
            w = w or max(width - used, 0)
            if w <= 0:
                break
            rich_style = Style.parse(style) if isinstance(style, str) else style
            segs.append(RichSegment(set_cell_size(text, w - 1) + " ", rich_style))
            used += w
        return segs

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            style = self.get_component_rich_style("findings-list--header")
            return Strip(self._cells([(name, style) for name, _ in COLUMNS], width)).adjust_cell_length(width, style)
        i = int(self.scroll_y) + y - 1
        if not 0 <= i < len(self.items):
            return Strip.blank(width, base)
        f = self.items[i]
        st = self.status(f)
        strip = Strip(self._cells([(st, STATUS_STYLE.get(st, "")), (f.check, ""), (f.severity.value, ""),
                                   (f.witness, ""), (finding_label(f), "")], width))
        if i == self.cursor:
            strip = strip.apply_style(self.get_component_rich_style("findings-list--cursor"))
        return strip.apply_style(base).adjust_cell_length(width, base)
