"""``auditor audit PATH``: the headless audit."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console

from auditor import exit_codes
from auditor.cli.common import config_option, handle_errors
from auditor.config import FAIL_ON_CHOICES, load_settings
from auditor.core.models import Audit, Severity


def exit_code_for(audit: Audit, fail_on: str) -> int:
    """1 when an open (undismissed) finding reaches ``fail_on``, else 0."""
    if fail_on == "never":
        return exit_codes.OK
    floor = Severity(fail_on).rank
    dismissed = {d.finding for d in audit.decisions if d.verdict.value == "dismissed"}
    hit = any(f.severity.rank >= floor and f.fingerprint not in dismissed for f in audit.findings)
    return exit_codes.FINDINGS if hit else exit_codes.OK


@click.command("audit")
@click.argument("path", type=click.Path(path_type=Path))
@click.argument("more", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the TEI P5 record here (atomically). Decisions already in it are kept.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="What to print on stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=None,
              help="Exit 1 when an open finding has this severity or higher. Default: never (or config).")
@click.option("--mt", "mt_provider", default=None,
              type=click.Choice(["google", "mymemory", "libre", "deepl", "microsoft", "file", "offline", "none"]),
              help="Machine translation for this run (default: off, or the config's [mt] provider).")
@click.option("--lang", default=None,
              help="Language (BCP 47) of a bare text file; guessed when absent. With several files, "
                   "one tag per file, comma-separated (an empty tag is guessed): --lang ru,en,bn.")
@click.option("--given-segmentation", is_flag=True, help="Each input line is one segment; do not re-split.")
@config_option
@handle_errors
def audit(path: Path, more: tuple[Path, ...], output: Path | None, fmt: str, fail_on: str | None,
          mt_provider: str | None, lang: str | None, given_segmentation: bool, config_path: str | None) -> None:
    """Audit a chain folder, a chain.toml, a text file or a saved TEI audit.

    Several text files (PATH MORE...) are audited as a chain without a chain.toml: each file is
    a translation of the one before it (original.txt english.txt bengali.txt).

    Prints a findings table (or JSON) and, with -o, writes the TEI record.
    """
    from auditor.app_service import carry_decisions, is_tei_path, open_audit, open_text_chain

    settings = load_settings(config_path)
    if mt_provider:
        settings = replace(settings, mt=replace(settings.mt, provider=mt_provider))
    # Re-auditing a TEI record into itself is allowed (it is the audit's own record, decisions kept).
    if more:
        if output is not None and any(output.resolve() == p.resolve() for p in (path, *more)):
            raise click.UsageError("-o must not name an input: auditor never overwrites its inputs")
        langs = [t.strip() or None for t in lang.split(",")] if lang else []
        result = open_text_chain([path, *more], settings, langs=langs, given_segmentation=given_segmentation)
    else:
        if output is not None and output.resolve() == path.resolve() and not is_tei_path(path):
            raise click.UsageError("-o must not name the input: auditor never overwrites its inputs")
        result = open_audit(path, settings, lang=lang, given_segmentation=given_segmentation)
    if output is not None:
        from auditor.io.tei_read import read_tei
        from auditor.io.tei_write import write_tei

        if output.exists() and is_tei_path(output) and output.resolve() != path.resolve():
            result = carry_decisions(result, read_tei(output))
        write_tei(result, output)
    if fmt == "json":
        from auditor.io.json_report import audit_to_json

        sys.stdout.write(audit_to_json(result))
    else:
        from auditor.cli.render import print_table

        print_table(result, Console(highlight=False, width=None if sys.stdout.isatty() else 160))
        if output is not None:
            click.echo(f"TEI record written to {output}")
    sys.exit(exit_code_for(result, fail_on or settings.fail_on))
