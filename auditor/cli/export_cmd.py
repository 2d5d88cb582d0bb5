"""``auditor export AUDIT --to tmx|tsv|html -o FILE``: the aligned beads or an HTML report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor.cli.common import config_option, handle_errors
from auditor.config import load_settings


@click.command("export")
@click.argument("audit", type=click.Path(path_type=Path))
@click.option("--to", "fmt", type=click.Choice(["tmx", "tsv", "html"]), required=True,
              help="tmx: TMX 1.4b of the aligned beads; tsv: one line per bead; html: the report.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="The file to write (atomically), or - for stdout.")
@click.option("--lang", default=None, help="Language (BCP 47) of a bare text file; guessed when absent.")
@config_option
@handle_errors
def export(audit: Path, fmt: str, output: Path, lang: str | None, config_path: str | None) -> None:
    """Export AUDIT: a saved TEI audit, or any chain (folder, chain.toml, text, XLIFF, TMX),
    which is audited first.

    The HTML report is made from the TEI by an XSLT stylesheet: highlighted findings, counts
    per check, a chart of findings per hop and the alignment. It is one self-contained file.
    """
    from auditor.app_service import is_tei_path
    from auditor.errors import UsageError

    if str(output) != "-" and output.resolve() == audit.resolve():
        raise UsageError("-o must not name the input: auditor never overwrites its inputs")
    if fmt == "html":
        data = _html(audit, lang, config_path)
    else:
        from auditor.batch.worker import open_source
        from auditor.io.export import audit_to_tmx, audit_to_tsv

        if is_tei_path(audit):
            from auditor.io.tei_read import read_tei

            result = read_tei(audit)
        else:
            result = open_source(audit, load_settings(config_path), lang=lang)
        data = audit_to_tmx(result) if fmt == "tmx" else audit_to_tsv(result).encode("utf-8")
    if str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from auditor.io.atomic import atomic_write_bytes

    atomic_write_bytes(output, data)
    click.echo(f"{fmt.upper()} written to {output}", err=True)


def _html(audit: Path, lang: str | None, config_path: str | None) -> bytes:
    from auditor.app_service import is_tei_path, now_w3c
    from auditor.io.report import tei_bytes_to_html, tei_file_to_html

    if is_tei_path(audit):
        return tei_file_to_html(audit, generated=now_w3c())
    from auditor.batch.worker import open_source
    from auditor.io.tei_write import audit_to_tei

    result = open_source(audit, load_settings(config_path), lang=lang)
    return tei_bytes_to_html(audit_to_tei(result), audit, generated=now_w3c())
