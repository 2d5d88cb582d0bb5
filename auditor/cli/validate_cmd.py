"""``auditor validate FILE``: is FILE a valid TEI audit record that loads back?"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor import exit_codes
from auditor.cli.common import handle_errors


@click.command("validate")
@click.argument("file", type=click.Path(path_type=Path))
@handle_errors
def validate(file: Path) -> None:
    """Check that FILE is a valid TEI audit record.

    In order, cheapest first: the XML is safe (no DOCTYPE/entities, no XInclude, at most
    100 MB) and well-formed; its root is TEI; every #id and #string-range() pointer resolves;
    it is valid TEI P5 (tei_all RELAX NG, ~6 s to compile) including the few Schematron-only
    rules auditor relies on; and it loads back into an audit.

    Exit 0 and print "FILE: valid TEI audit (N witnesses, M findings)", or exit 2 with one line per
    problem on stderr.
    """
    from auditor.errors import InputError
    from auditor.io.tei_names import t
    from auditor.io.tei_read import tei_to_audit
    from auditor.io.tei_validate import integrity_problems, validate_tree
    from auditor.io.xmlsafe import parse_xml_bytes, read_xml_bytes

    data = read_xml_bytes(file)
    tree = parse_xml_bytes(data, file)
    if tree.getroot().tag != t("TEI"):
        raise InputError("not a TEI document: the root element is not <TEI> in the TEI namespace", file)
    problems = integrity_problems(tree.getroot())
    if not problems:
        problems = validate_tree(tree)
    if not problems:
        try:
            audit = tei_to_audit(data, file)
        except InputError as exc:
            problems = [exc.message]
    if problems:
        for problem in problems:
            click.echo(f"{file}: {problem}", err=True)
        sys.exit(exit_codes.BAD_INPUT)
    n, m = len(audit.chain.witnesses), len(audit.findings)
    click.echo(f"{file}: valid TEI audit ({n} witness{'es' if n != 1 else ''}, {m} finding{'s' if m != 1 else ''})")
