"""``auditor batch PATH... --out-dir DIR``: audit many chains, in parallel, resumably."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from auditor import exit_codes
from auditor.cli.common import config_option, handle_errors
from auditor.config import FAIL_ON_CHOICES, load_settings
from auditor.errors import UsageError

MAX_TABLE_ROWS = 40


@click.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out-dir", "-d", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="One TEI file per chain goes here, with summary.json and summary.csv.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parallel worker processes. Default: the number of cores.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local processes, or a Dask cluster (needs --scheduler).")
@click.option("--scheduler", default=None, metavar="URL",
              help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=None,
              help="Exit 1 when a chain has an open finding of this severity or higher. "
                   "Failed chains always exit 1.")
@click.option("--force", is_flag=True, help="Redo every chain, even those whose output is up to date.")
@click.option("--lang", default=None, help="Language (BCP 47) of bare text files; guessed when absent.")
@config_option
@handle_errors
def batch(paths: tuple[str, ...], out_dir: Path, jobs: int | None, executor: str, scheduler: str | None,
          fail_on: str | None, force: bool, lang: str | None, config_path: str | None) -> None:
    """Audit many chains: folders, chain.toml files, globs, XLIFF/TMX files, or CSV/JSONL
    manifests (a 'path' column or key; optional 'name' and 'lang').

    Writes OUT_DIR/<name>.tei.xml per chain plus summary.json and summary.csv. A failing chain
    never stops the batch. Re-running the same command skips chains whose output is newer than
    their inputs, so an interrupted batch resumes where it stopped.
    """
    from dataclasses import replace

    from auditor.batch.manifest import expand
    from auditor.batch.runner import run_batch
    from auditor.batch.summary import exit_code

    settings = load_settings(config_path)
    gate = fail_on or settings.fail_on
    err = Console(stderr=True, highlight=False)

    def warn(message: str) -> None:
        err.print(f"auditor: warning: {message}", markup=False)

    chain_jobs = expand(list(paths), warn=warn)
    if lang:
        chain_jobs = [j if j.lang else replace(j, lang=lang) for j in chain_jobs]
    if not chain_jobs:
        raise UsageError("no chains found in the given paths")
    if executor == "local" and scheduler:
        raise UsageError("--scheduler needs --executor dask")
    out = Console(highlight=False)
    bar = _Progress(err)
    try:
        result = run_batch(chain_jobs, out_dir, settings, jobs=jobs, executor=executor, scheduler=scheduler,
                           force=force, fail_on=gate, on_plan=bar.start, on_row=bar.advance)
    except KeyboardInterrupt:
        bar.stop()
        err.print(f"auditor: interrupted; partial summary in {out_dir / 'summary.json'}. "
                  "Run the same command again to resume.", markup=False)
        sys.exit(exit_codes.INTERRUPTED)
    finally:
        bar.stop()
    print_summary(result.rows, out, gate, result.wall_seconds, result.to_run)
    out.print(f"Summaries: {result.summary_json}, {result.summary_csv}", markup=False)
    sys.exit(exit_code(result.rows, gate))


class _Progress:
    """A rich progress bar with ETA on stderr, only when stderr is a terminal."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress: Any = None
        self.task: Any = None
        self.failed = 0

    def start(self, to_run: int, skipped: int) -> None:
        if skipped:
            self.console.print(f"{skipped} chain(s) up to date, skipped; {to_run} to audit.", markup=False)
        if not self.console.is_terminal or not to_run:
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(TextColumn("[bold]auditing"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(),
                                 TextColumn("ETA"), TimeRemainingColumn(), console=self.console,
                                 transient=False)
        self.progress.start()
        self.task = self.progress.add_task("batch", total=to_run, failed=0)

    def advance(self, row: dict[str, Any]) -> None:
        if row.get("status") == "error":
            self.failed += 1
        if self.progress is not None:
            self.progress.update(self.task, advance=1, failed=self.failed)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


def print_summary(rows: list[dict[str, Any]], console: Console, fail_on: str, wall: float, ran: int) -> None:
    """Totals, then one line per chain (errors and the chains with most findings first when the
    batch is large; the full list is in summary.csv)."""
    from auditor.batch.summary import SEVERITIES, gate_hit, totals

    t = totals(rows)
    rate = f", {ran / wall:.1f} chains/s" if ran and wall > 0 else ""
    console.print(f"{t['chains']} chains: {t['ok']} audited, {t['skipped']} skipped (up to date), "
                  f"{t['error']} failed; {t['findings']} findings in {wall:.1f} s{rate}", markup=False)
    shown = rows
    if len(rows) > MAX_TABLE_ROWS:
        def badness(r: dict[str, Any]) -> tuple[int, ...]:
            sev = r.get("by_severity") or {}
            return (r["status"] == "error", *(int(sev.get(s, 0)) for s in SEVERITIES))
        shown = sorted(rows, key=badness, reverse=True)[:MAX_TABLE_ROWS]
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("chain", overflow="fold", max_width=36)
    table.add_column("status", no_wrap=True, min_width=9)
    for s in SEVERITIES:
        table.add_column(s, justify="right", no_wrap=True, min_width=len(s))
    for name in ("beads", "low", "s"):
        table.add_column(name, justify="right", no_wrap=True, min_width=5)
    table.add_column("top checks", overflow="fold")
    errors = []
    for r in shown:
        sev = r.get("by_severity") or {}
        status = r["status"]
        if status == "error":
            errors.append(r)
        elif gate_hit(r, fail_on):
            status += " ✗"
        top = sorted((r.get("by_check") or {}).items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        table.add_row(r["name"], status, *(str(sev.get(s, "")) for s in SEVERITIES), str(r.get("beads", "")),
                      f"{float(r['low_confidence_share']):.0%}" if "low_confidence_share" in r else "",
                      f"{float(r.get('seconds', 0)):.2f}", ", ".join(f"{c} {n}" for c, n in top))
    console.print(table)
    if len(rows) > len(shown):
        console.print(f"… {len(rows) - len(shown)} more chains in summary.csv", markup=False)
    for r in errors:
        console.print(f"failed: {r['name']}: {r.get('error', '')}", markup=False, soft_wrap=True)
