"""Export the aligned beads of an audit: TMX 1.4b (for CAT tools) and TSV (for spreadsheets).

Both carry every hop. A bead of several segments is exported as the witness text from its
first segment to its last, with line breaks folded to spaces. TMX leaves out 1-0 and 0-1
beads (a translation unit needs both sides); TSV keeps them with an empty side.
"""

from __future__ import annotations

import re
from importlib import metadata

from lxml import etree

from auditor.core.models import Alignment, Audit
from auditor.io.xmlsafe import XML_LANG

_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
TSV_COLUMNS = ("hop_source", "hop_target", "source_lang", "target_lang", "source_ids", "target_ids",
               "score", "confirmed", "source_text", "target_text")


def bead_text(audit: Audit, witness_id: str, seg_ids: tuple[str, ...]) -> str:
    """The text a bead side covers, on one line."""
    if not seg_ids:
        return ""
    segs = [audit.segment(s) for s in seg_ids]
    start, end = min(s.start for s in segs), max(s.end for s in segs)
    return _BREAKS.sub(" ", audit.chain.witness(witness_id).text[start:end]).strip()


def _version() -> str:
    try:
        return metadata.version("auditor")
    except metadata.PackageNotFoundError:
        return "0"


def audit_to_tmx(audit: Audit) -> bytes:
    """A TMX 1.4b document with one ``<tu>`` per 1-1, 1-n, n-1 or n-n bead of every hop."""
    root = etree.Element("tmx", version="1.4")
    srclang = audit.chain.root.lang if audit.chain.witnesses else "und"
    etree.SubElement(root, "header", {
        "creationtool": "auditor", "creationtoolversion": _version(), "segtype": "sentence",
        "o-tmf": "auditor-tei", "adminlang": "en", "srclang": srclang, "datatype": "plaintext",
    })
    body = etree.SubElement(root, "body")
    for al in audit.alignments:
        _hop_units(audit, al, body)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def _hop_units(audit: Audit, al: Alignment, body: etree._Element) -> None:
    src_w, tgt_w = audit.chain.witness(al.source), audit.chain.witness(al.target)
    for n, bead in enumerate(al.beads, 1):
        if not bead.source or not bead.target:
            continue
        tu = etree.SubElement(body, "tu", tuid=f"{al.source}-{al.target}-{n}", srclang=src_w.lang)
        for kind, value in (("x-hop", f"{al.source}>{al.target}"), ("x-score", f"{bead.score:.4f}"),
                            ("x-confirmed", "yes" if bead.confirmed else "no"),
                            ("x-segments", " ".join(bead.source + bead.target))):
            etree.SubElement(tu, "prop", type=kind).text = value
        for w, ids in ((src_w, bead.source), (tgt_w, bead.target)):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: w.lang})
            etree.SubElement(tuv, "seg").text = _ILLEGAL.sub("\ufffd", bead_text(audit, w.id, ids))


def audit_to_tsv(audit: Audit) -> str:
    """One line per bead of every hop, with a header line; tabs and breaks in text become spaces."""
    lines = ["\t".join(TSV_COLUMNS)]
    for al in audit.alignments:
        src_w, tgt_w = audit.chain.witness(al.source), audit.chain.witness(al.target)
        for bead in al.beads:
            cells = [al.source, al.target, src_w.lang, tgt_w.lang, " ".join(bead.source), " ".join(bead.target),
                     f"{bead.score:.4f}", "yes" if bead.confirmed else "no",
                     bead_text(audit, al.source, bead.source), bead_text(audit, al.target, bead.target)]
            lines.append("\t".join(c.replace("\t", " ") for c in cells))
    return "\n".join(lines) + "\n"
