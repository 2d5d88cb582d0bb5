"""The HTML report: the TEI record transformed by ``report.xsl`` (XSLT 1.0, run by lxml).

The report is made from the TEI, not from the in-memory Audit, so that any saved record,
including one reviewed in the TUI, renders the same way. It is one self-contained HTML file:
inline CSS and SVG, no script, nothing fetched from the network. The stylesheet itself is
run with an XSLT access control that forbids every file and network access.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from lxml import etree

from auditor.errors import InputError
from auditor.io.atomic import atomic_write_bytes
from auditor.io.xmlsafe import parse_xml_bytes, parse_xml_file


@lru_cache(maxsize=1)
def _transform() -> etree.XSLT:
    data = resources.files("auditor.io").joinpath("report.xsl").read_bytes()
    xsl = parse_xml_bytes(data, "report.xsl")
    return etree.XSLT(xsl, access_control=etree.XSLTAccessControl.DENY_ALL)


def tei_bytes_to_html(data: bytes, source: str | Path = "<bytes>", *, generated: str = "") -> bytes:
    """Render TEI bytes (as written by ``auditor.io.tei_write``) as an HTML report."""
    tree = parse_xml_bytes(data, source)
    return _render(tree, source, generated)


def tei_file_to_html(path: str | Path, *, generated: str = "") -> bytes:
    """Render a saved TEI audit file as an HTML report."""
    return _render(parse_xml_file(path), path, generated)


def _render(tree: etree._ElementTree, source: str | Path, generated: str) -> bytes:
    root = tree.getroot()
    if etree.QName(root).localname != "TEI":
        raise InputError("not a TEI document: cannot make a report from it", source)
    try:
        result = _transform()(tree, generated=etree.XSLT.strparam(generated))
    except etree.XSLTApplyError as exc:
        raise InputError(f"cannot render the report: {exc}", source) from None
    return bytes(result)


def write_report(html: bytes, path: str | Path) -> None:
    """Write the report atomically."""
    atomic_write_bytes(path, html)
