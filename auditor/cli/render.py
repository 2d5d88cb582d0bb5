"""Human-readable output: the findings table printed by ``auditor audit``."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditor.core.models import Audit, Finding, Severity
from auditor.core.signature import short_signature

SEVERITY_STYLE = {Severity.CRITICAL: "bold red", Severity.MAJOR: "yellow", Severity.MINOR: "cyan"}


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def drift_summary(finding: Finding) -> str:
    """Where a problem entered the chain and where it went next, e.g. ``ru→en; persists bn``."""
    origin = finding.evidence_value("introduced-in") or ""
    if finding.hop:
        first = f"{finding.hop[0]}→{finding.hop[1]}"
    elif origin and origin != finding.witness:
        first = f"already in {origin}"
    else:
        first = "in the original" if origin else ""
    parts = [first]
    if persists := finding.evidence_value("persists-in"):
        parts.append(f"persists {persists}")
    if fixed := finding.evidence_value("fixed-in"):
        parts.append(f"fixed {fixed}")
    return "; ".join(p for p in parts if p)


def print_table(audit: Audit, console: Console) -> None:
    """Print the findings table of ``audit`` (the default ``audit`` output)."""
    status = {d.finding: d.verdict.value for d in audit.decisions}
    n_seg = {w: len(s) for w, s in audit.segments.items()}
    console.print(f"[bold]{audit.chain.title or 'audit'}[/bold]  ", end="")
    console.print(
        ", ".join(f"{w.id} ({w.lang}, {n_seg.get(w.id, 0)} segments)" for w in audit.chain.witnesses),
        highlight=False,
    )
    for a in audit.alignments:
        low = sum(1 for b in a.beads if b.score < 0.5)
        console.print(f"  hop {a.source} → {a.target}: {len(a.beads)} beads, {low} below 0.5", highlight=False)
    table = Table(show_lines=False, expand=False, pad_edge=False)
    show_status = bool(audit.decisions)
    show_drift = len(audit.chain.witnesses) > 1
    columns = ["#", "severity", "check", "segment", "text", "message"]
    columns += (["origin"] if show_drift else []) + (["status"] if show_status else [])
    for col in columns:
        table.add_column(col, overflow="fold", no_wrap=col in {"#", "severity", "check", "segment"})
    for n, f in enumerate(audit.findings, 1):
        span_text = " / ".join(_clip(s.text, 40) for s in f.spans[:2])
        # Cells are Text, never markup: witness text and messages hold brackets of their own.
        row: list[Text] = [
            Text(str(n)),
            Text(f.severity.value, style=SEVERITY_STYLE[f.severity]),
            Text(f.check),
            Text(f.segments[0] if f.segments else f.witness),
            Text(span_text),
            Text(_clip(f.message, 90)),
        ]
        if show_drift:
            row.append(Text(drift_summary(f)))
        if show_status:
            row.append(Text(status.get(f.fingerprint, "open")))
        table.add_row(*row)
    console.print(table)
    by_sev = {s: sum(1 for f in audit.findings if f.severity is s) for s in Severity}
    console.print(
        f"{len(audit.findings)} findings: "
        + ", ".join(f"{n} {s.value}" for s, n in by_sev.items())
        + f"   [dim]{short_signature(audit.signature)}[/dim]",
        highlight=False,
    )
    for check, reason in audit.skipped:
        console.print(f"[dim]skipped {check}: {reason}[/dim]", highlight=False)
