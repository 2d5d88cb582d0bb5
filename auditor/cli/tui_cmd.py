"""``auditor tui PATH``: review an audit in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from auditor.cli.common import config_option, handle_errors
from auditor.core.models import Audit
from auditor.errors import InputError

Progress = Callable[[str, int, int], None]


def make_loader(path: Path, save_path: Path, settings: Any, fresh: bool,
                more: tuple[Path, ...] = ()) -> Callable[[Progress], Audit]:
    """What the TUI's worker runs: a saved TEI as it is; a chain, re-using its saved audit when
    the saved witness texts are still the chain's texts (so reopening shows the saved state),
    else audited afresh with the saved decisions carried over. ``more``: further text files,
    making ``path`` and them a linear chain (as ``auditor audit`` reads them)."""
    from auditor.app_service import carry_decisions, is_tei_path, open_audit, open_text_chain

    def load(progress: Progress) -> Audit:
        warnings: list[str] = []
        if is_tei_path(path) and not more:
            from auditor.io.tei_read import read_tei

            progress("reading", 0, 1)
            return read_tei(path)
        saved: Audit | None = None
        if not fresh and save_path.is_file() and is_tei_path(save_path):
            from auditor.io.chain import load_chain, load_text_chain
            from auditor.io.tei_read import read_tei

            progress("reading saved audit", 0, 1)
            saved = read_tei(save_path)
            chain = load_text_chain([path, *more]) if more else load_chain(path)
            if {w.id: w.text for w in chain.witnesses} == {w.id: w.text for w in saved.chain.witnesses}:
                return saved
        if more:
            audit = open_text_chain([path, *more], settings, warn=warnings.append, progress=progress)
        else:
            audit = open_audit(path, settings, warn=warnings.append, progress=progress)
        return carry_decisions(audit, saved) if saved is not None else audit

    return load


@click.command("tui")
@click.argument("path", type=click.Path(path_type=Path))
@click.argument("more", nargs=-1, type=click.Path(path_type=Path))
@click.option("--save-to", "save_to", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where ctrl+s writes the TEI record. Default: the TEI file itself, or audit.tei.xml "
                   "in the chain folder.")
@click.option("--fresh", is_flag=True, help="Audit the chain again even if a saved audit exists.")
@click.option("--reviewer", default=None, help="Name recorded on decisions (default: config, else 'reviewer').")
@config_option
@handle_errors
def tui(path: Path, more: tuple[Path, ...], save_to: Path | None, fresh: bool, reviewer: str | None,
        config_path: str | None) -> None:
    """Review an audit in the terminal: a chain folder, a chain.toml, a text file or a saved TEI audit.

    Several text files (PATH MORE...) are one chain, each a translation of the one before, as
    for ``auditor audit``; the record is saved beside the first (``<name>.audit.tei.xml``).

    Keys: n/N next/previous finding, a accept, d dismiss, c correct, ctrl+s save, ? help,
    ctrl+p every action, ctrl+q quit.
    """
    from auditor.app_service import is_tei_path
    from auditor.config import load_settings
    from auditor.tui.app import default_save_path, make_app

    settings = load_settings(config_path)
    if reviewer:
        settings = replace(settings, reviewer=reviewer)
    for p in (path, *more):
        if not p.exists():
            raise InputError("no such file or folder", p)
        if more and (p.is_dir() or is_tei_path(p)):
            raise InputError("only plain-text files can be listed as a chain: give a chain folder, "
                             "chain.toml or TEI audit on its own", p)
    save_path = save_to or default_save_path(path)
    if save_path.exists() and any(save_path.resolve() == p.resolve() for p in (path, *more)) and (
            more or not is_tei_path(path)):
        raise click.UsageError("--save-to must not name an input: auditor never overwrites its inputs")
    if save_path.exists() and save_path.is_file() and not is_tei_path(save_path) and save_to is not None:
        raise InputError("exists and is not a TEI audit; refusing to overwrite it", save_path)
    app = make_app(None, path=path, save_path=save_path, settings=settings,
                   loader=make_loader(path, save_path, settings, fresh, more))
    app.run()
    if app.load_error is not None:
        raise app.load_error
