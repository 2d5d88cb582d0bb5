"""``auditor checks``: the registry, generated from each check's own docstring."""

from __future__ import annotations

import click

from auditor.cli.common import handle_errors


@click.command("checks")
@click.option("--long", "long_", is_flag=True, help="Print each check's full documentation.")
@click.option("--markdown", is_flag=True, help="Print the catalogue as a Markdown table (for the README).")
@handle_errors
def checks(long_: bool, markdown: bool) -> None:
    """List every check with its id, title, severity and description."""
    from auditor.core.checks.registry import CHECKS

    if markdown:
        click.echo("| id | title | severity | description |\n|---|---|---|---|")
        for c in CHECKS:
            click.echo(f"| `{c.id}` | {c.title} | {c.severity.value} | {c.description()} |")
        return
    width = max(len(c.id) for c in CHECKS)
    for c in CHECKS:
        mt = " (needs MT)" if c.needs_mt else ""
        click.echo(f"{c.id:<{width}}  {c.severity.value:<8}  {c.title}{mt}")
        if long_:
            doc = c.documentation()
            click.echo("\n".join("    " + line for line in doc.splitlines()) + "\n")
        else:
            click.echo(f"{'':<{width}}  {'':<8}  {c.description()}")
