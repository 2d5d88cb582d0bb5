"""Serialise an :class:`~auditor.core.models.Audit` as a TEI P5 document (see ``../shared/tei/ENCODING.md``).

Shape (all ids deterministic, so the same Audit always gives the same bytes):

- ``teiHeader``: chain title and one ``respStmt`` for the tool and per person; ``listWit`` with one
  ``<witness xml:id="wit-X" n="ROLE">`` per witness and ``<note type="lang|via|title|source_file">``;
  ``appInfo/application`` carrying the signature and skipped checks as ``<desc type="signature|skipped"
  n="KEY">VALUE</desc>``; ``langUsage``; ``revisionDesc`` for ``Audit.history``.
- ``<text><group>``: per witness ``<text xml:id="T-X">``, ``<p n="PARAGRAPH+1">`` per paragraph,
  ``<s xml:id="SEGMENT">`` per segment. The text nodes of a witness's ``<text>``, concatenated, are the
  witness text exactly (XML-illegal characters: see :mod:`auditor.io.tei_names`). Gaps between
  segments stay between elements; whitespace-only gaps between paragraphs sit between ``<p>``s.
- ``standOff``: ``listRelation`` (parents); a ``linkGrp type="alignment"`` per hop, one ``<link>`` per bead
  in order (a null side points at the other witness's ``<text>``, ``type="omission|addition"``;
  ``subtype="confirmed"``); ``interpGrp``s for checks, severities and verdicts; ``spanGrp xml:id="flags"``
  with one ``<span>`` per finding, whose spans are ``#string-range(SEGMENT,offset,length)`` pointers, or
  ``#string-range(T-X,start,length)`` in witness offsets when a span is not inside one segment (and a bare
  ``#T-X`` when a finding has no span); ``fvLib`` with one ``<fs>`` per finding for the other fields;
  ``listAnnotation type="review"`` with one ``annotation`` per decision. A decision whose finding is
  gone (stale fingerprint) targets ``#flags``; every decision keeps its fingerprint in ``<note type="fingerprint">``.

People (``Change.who``, ``Decision.author``) become ``respStmt``s ``resp-1``, ``resp-2``, ... in order of
first appearance; the name ``auditor`` is the tool's own ``respStmt xml:id="auditor-tool"``.

The code is split by concern: :mod:`auditor.io.tei_write_text` (header, witness texts),
:mod:`auditor.io.tei_write_standoff` (standOff) and :mod:`auditor.io.tei_write_base` (shared checks
and id bookkeeping); this module assembles the document and holds the public API.

An Audit that breaks the model's invariants (overlapping segments, a span whose text is not the
witness text at its offsets, a score outside [0, 1], ...) raises ``ValueError``: better than writing
a record that does not load back to the same Audit.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from auditor.core.models import Audit
from auditor.io.atomic import atomic_write_bytes
from auditor.io.tei_names import FLAGS_ID, TEI_NS, TOOL_RESP, XML_LANG, t, text_id, wit_id
from auditor.io.tei_write_base import sub
from auditor.io.tei_write_standoff import StandOffWriter

# Elements whose content is only other elements: the only ones that get indentation.
_CONTAINERS = frozenset({
    "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt", "sourceDesc",
    "listWit", "witness", "encodingDesc", "appInfo", "application", "profileDesc", "langUsage",
    "revisionDesc", "group", "standOff", "listRelation", "linkGrp", "interpGrp", "spanGrp", "fvLib",
    "fs", "listAnnotation", "annotation", "text"
})


class _Writer(StandOffWriter):
    """One document: reserves the fixed ids, then writes header, texts and standOff in order."""

    def build(self) -> etree._Element:
        a = self.audit
        if not a.chain.witnesses:
            raise ValueError("cannot write an audit of a chain without witnesses")
        unknown = set(a.segments) - set(a.chain.ids)
        if unknown:
            raise ValueError(f"segments given for unknown witnesses: {sorted(unknown)}")
        for w in a.chain.witnesses:
            self.new_id(wit_id(w.id), "witness id")
            self.new_id(text_id(w.id), "witness id")
        self.ids.add(TOOL_RESP)
        self.ids.add(FLAGS_ID)
        for c in a.history:
            self.person(c.who)
        for d in a.decisions:
            self.person(d.author)
        root = etree.Element(t("TEI"), {XML_LANG: "en"}, nsmap={None: TEI_NS})
        self.header(root)
        outer = sub(root, "text")
        group = sub(outer, "group")
        for w in a.chain.witnesses:
            self.witness_text(group, w)
        self.stand_off(root)
        _indent(root, 0)
        return root


def _indent(el: etree._Element, level: int) -> None:
    """Indent element-only containers; never touch mixed content (witness text, notes, spans)."""
    if etree.QName(el).localname not in _CONTAINERS or not len(el):
        return
    if el.tag == t("text") and el.find(t("group")) is None:
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        child.tail = pad
        _indent(child, level + 1)
    el[-1].tail = "\n" + "  " * level


def audit_to_tei(audit: Audit) -> bytes:
    """The TEI P5 record of ``audit``: UTF-8 with an XML declaration, deterministic."""
    root = _Writer(audit).build()
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return data + b"\n"


def write_tei(audit: Audit, path: str | Path) -> None:
    """Write the TEI record of ``audit`` to ``path`` atomically (never a half-written file)."""
    atomic_write_bytes(path, audit_to_tei(audit))
