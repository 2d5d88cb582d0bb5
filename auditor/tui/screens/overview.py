"""The chain overview: the witness tree and per-hop statistics."""

from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from auditor.core.models import Audit, Finding
from auditor.tui.widgets.aligned_view import LOW_SCORE


def hop_of(f: Finding, audit: Audit) -> tuple[str, str] | None:
    """The hop a finding belongs to: its hop of origin, else the hop into its witness."""
    if f.hop:
        return f.hop
    parent = audit.chain.witness(f.witness).parent if f.witness in audit.chain.ids else None
    return (parent, f.witness) if parent else None


def witness_tree(audit: Audit) -> Tree:
    """The chain as a tree, each witness with its language and finding count."""
    chain = audit.chain
    counts = Counter(f.witness for f in audit.findings)

    def label(wid: str) -> Text:
        w = chain.witness(wid)
        n = len(audit.segments.get(wid, ()))
        return Text.assemble((wid, "bold"), f" ({w.lang}, {w.role}) ", (f"{n} segments, {counts[wid]} findings", "dim"),
                             (f"  via {w.via}" if w.via else "", "italic"))

    tree = Tree(Text(chain.title or "chain", style="bold underline"))

    def add(node: Tree, wid: str) -> None:
        child = node.add(label(wid))
        for c in chain.children(wid):
            add(child, c.id)

    for root in (w for w in chain.witnesses if w.parent is None):
        add(tree, root.id)
    return tree


def hop_table(audit: Audit) -> Table:
    """Per-hop statistics: beads, low-score and confirmed beads, findings by check."""
    table = Table(title="Hops", expand=True)
    for col in ("hop", "beads", f"low score (<{LOW_SCORE})", "confirmed", "findings by check"):
        table.add_column(col)
    by_hop: dict[tuple[str, str] | None, Counter[str]] = {}
    for f in audit.findings:
        by_hop.setdefault(hop_of(f, audit), Counter())[f.check] += 1
    for a in audit.alignments:
        low = sum(1 for b in a.beads if b.score < LOW_SCORE)
        confirmed = sum(1 for b in a.beads if b.confirmed)
        checks = by_hop.get(a.hop, Counter())
        table.add_row(f"{a.source} → {a.target}", str(len(a.beads)), str(low), str(confirmed),
                      ", ".join(f"{c} {n}" for c, n in sorted(checks.items())) or "–")
    if None in by_hop:
        table.add_row("(within one witness)", "", "", "",
                      ", ".join(f"{c} {n}" for c, n in sorted(by_hop[None].items())))
    return table


class OverviewScreen(ModalScreen[None]):
    """Witness tree and per-hop statistics (beads, low-confidence beads, findings by check)."""

    BINDINGS = [Binding("escape,o,q", "close", "Close", id="overview.close")]

    def __init__(self, audit: Audit) -> None:
        super().__init__()
        self.audit = audit

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog overview"):
            yield Static(Group(witness_tree(self.audit), Text(""), hop_table(self.audit),
                               Text("esc closes", style="dim")))

    def action_close(self) -> None:
        self.dismiss(None)
