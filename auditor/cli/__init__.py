"""The ``auditor`` command line: a click group whose subcommands live one per module.

Subcommands are imported only when invoked, so ``auditor checks`` does not pay for Textual
and ``auditor align`` does not pay for lxml.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

import click

# name -> "module:attribute"; the order is the order of `auditor --help`.
COMMANDS = {
    "audit": "auditor.cli.audit_cmd:audit",
    "tui": "auditor.cli.tui_cmd:tui",
    "align": "auditor.cli.align_cmd:align",
    "checks": "auditor.cli.checks_cmd:checks",
    "validate": "auditor.cli.validate_cmd:validate",
    "mt": "auditor.cli.mt_cmd:mt",
    "batch": "auditor.cli.batch_cmd:batch",
    "export": "auditor.cli.export_cmd:export",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._available(name)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name].split(":")
        try:
            cmd: Any = getattr(importlib.import_module(module), attr)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                return None
            raise
        return cmd  # type: ignore[no-any-return]

    @staticmethod
    def _available(name: str) -> bool:
        return importlib.util.find_spec(COMMANDS[name].split(":")[0]) is not None


@click.group(cls=LazyGroup)
@click.version_option(package_name="auditor")
def cli() -> None:
    """Audit a chain of translations: align every hop, run the checks, review, record in TEI."""


def main() -> None:
    """Run the CLI; usage errors are one stderr line and exit code 2, like every other error."""
    import sys

    from auditor import exit_codes

    try:
        rv = cli.main(standalone_mode=False)
    except click.exceptions.UsageError as exc:
        where = f"{exc.ctx.command_path.split(' ', 1)[1]}: " if exc.ctx and " " in exc.ctx.command_path else ""
        click.echo(f"auditor: error: {where}{' '.join(exc.format_message().split())}", err=True)
        sys.exit(exit_codes.BAD_INPUT)
    except click.exceptions.Abort:
        click.echo("auditor: interrupted", err=True)
        sys.exit(exit_codes.INTERRUPTED)
    except click.ClickException as exc:
        click.echo(f"auditor: error: {' '.join(exc.format_message().split())}", err=True)
        sys.exit(exc.exit_code)
    sys.exit(rv if isinstance(rv, int) else exit_codes.OK)
