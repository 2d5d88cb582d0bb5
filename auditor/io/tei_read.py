"""Load an :class:`~auditor.core.models.Audit` back from the TEI record :mod:`auditor.io.tei_write` makes.

Parsing goes through :mod:`auditor.io.xmlsafe`; every ``#id`` pointer must resolve (see
:func:`auditor.io.tei_validate.integrity_problems`). Segment offsets are rebuilt from the
concatenated text of each witness's ``<text>``. Any problem is an :class:`InputError` one-liner.

Split by concern: :mod:`auditor.io.tei_read_text` (header, witness texts) and
:mod:`auditor.io.tei_read_standoff` (alignments, findings, decisions); this module assembles the
:class:`Audit` and holds the public API.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from auditor.core.models import Audit, Chain, Change
from auditor.errors import InputError
from auditor.io.tei_names import TEI_NS, t, text_of
from auditor.io.tei_read_standoff import StandOffReader
from auditor.io.tei_read_text import BadRecord
from auditor.io.tei_validate import integrity_problems
from auditor.io.xmlsafe import parse_xml_bytes, read_xml_bytes, root_tag


class _Reader(StandOffReader):
    """One record: header and texts first (the standOff points into them), then the standOff."""

    def audit(self) -> Audit:
        """The whole :class:`Audit` of the record."""
        title_el = self.header.find(f"{t('fileDesc')}/{t('titleStmt')}/{t('title')}")
        title = text_of(title_el) if title_el is not None else ""
        people = self.people()
        witnesses, segments = self.witnesses()
        app = self.header.find(f".//{t('application')}[@ident='auditor']")
        signature = tuple(
            (d.get("n", ""), text_of(d)) for d in self.all(app, "desc[@type='signature']")
        )
        skipped = tuple((d.get("n", ""), text_of(d)) for d in self.all(app, "desc[@type='skipped']"))
        history = tuple(
            Change(c.get("when", ""), self.person(c.get("who", ""), people, c), c.get("status", ""), text_of(c))
            for c in self.all(self.header, "revisionDesc/change")
        )
        stand_off = self.root.find(t("standOff"))
        alignments = tuple(
            self.alignment(g) for g in self.all(stand_off, "linkGrp[@type='alignment']")
        )
        findings, fingerprints = self.findings(stand_off)
        decisions = tuple(
            self.decision(a, people, fingerprints)
            for a in self.all(stand_off, "listAnnotation[@type='review']/annotation")
        )
        return Audit(
            chain=Chain(title, witnesses),
            segments=segments,
            alignments=alignments,
            findings=findings,
            decisions=decisions,
            signature=signature,
            history=history,
            skipped=skipped,
        )


def tei_to_audit(data: bytes, path: str | Path = "<bytes>") -> Audit:
    """Parse a TEI audit record (bytes) safely and rebuild the :class:`Audit`; ``path`` names it in errors."""
    tree = parse_xml_bytes(data, path)
    root = tree.getroot()
    if root.tag != t("TEI"):
        raise InputError(
            f"not a TEI audit record: root element is <{etree.QName(root).localname}>"
            f"{'' if etree.QName(root).namespace == TEI_NS else ' outside the TEI namespace'}",
            path,
        )
    problems = integrity_problems(root)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise InputError(problems[0] + more, path)
    try:
        return _Reader(root).audit()
    except BadRecord as exc:
        raise InputError(str(exc), path) from None
    except ValueError as exc:  # e.g. a malformed <g type="codepoint">
        raise InputError(f"not a valid auditor record: {exc}", path) from None


def read_tei(path: str | Path) -> Audit:
    """Load the :class:`Audit` saved in the TEI file at ``path`` (see :func:`tei_to_audit`)."""
    return tei_to_audit(read_xml_bytes(path), path)


def is_tei_file(path: str | Path) -> bool:
    """A cheap sniff: ``path`` is a ``.xml`` file whose root element is TEI's ``<TEI>``. Never raises."""
    p = Path(path)
    if p.suffix.lower() != ".xml" or not p.is_file():
        return False
    return root_tag(p) == t("TEI")
