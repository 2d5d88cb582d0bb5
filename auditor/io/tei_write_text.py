"""The ``teiHeader`` (title, people, witnesses, signature, history) and the witness texts.

Each witness's ``<text>`` holds its text exactly: ``<p n="PARAGRAPH+1">`` per paragraph and
``<s xml:id="SEGMENT">`` per segment, gaps between segments as text between elements, and
whitespace-only gaps between paragraphs between the ``<p>``s (see :mod:`auditor.io.tei_write`).
"""

from __future__ import annotations

from lxml import etree

from auditor.core.models import Segment, Witness
from auditor.io.tei_names import (
    TOOL_NAME,
    TOOL_RESP,
    XML_ID,
    XML_LANG,
    append_text,
    is_xml_whitespace,
    text_id,
    wit_id,
)
from auditor.io.tei_write_base import WriterBase, one_word, sub, tool_version, w3c_date, xml_attr


class TextWriter(WriterBase):
    """Writes the ``teiHeader`` and one ``<text>`` per witness."""

    def header(self, root: etree._Element) -> None:
        """The ``teiHeader``: title and people, ``listWit``, signature and skipped checks, languages, history."""
        a = self.audit
        header = sub(root, "teiHeader")
        file_desc = sub(header, "fileDesc")
        title_stmt = sub(file_desc, "titleStmt")
        sub(title_stmt, "title", a.chain.title)
        for name, rid in self.people.items():
            rs = sub(title_stmt, "respStmt", **{XML_ID: rid})
            if rid == TOOL_RESP:
                sub(rs, "resp", "segmentation, alignment and automatic flagging")
                sub(rs, "name", name, type="software")
            else:
                sub(rs, "resp", "review")
                sub(rs, "persName", name)
        pub = sub(file_desc, "publicationStmt")
        sub(pub, "p", "Unpublished translation-chain audit record written by auditor.")
        list_wit = sub(sub(file_desc, "sourceDesc"), "listWit")
        for w in a.chain.witnesses:
            self.witness(list_wit, w)
        app = sub(
            sub(sub(header, "encodingDesc"), "appInfo"),
            "application",
            ident=TOOL_NAME,
            version=tool_version(),
        )
        sub(app, "label", TOOL_NAME)
        # <desc> cannot hold <g>: tool-made values with XML-illegal characters are refused.
        for key, value in a.signature:
            sub(app, "desc", xml_attr(value, "signature value"), type="signature", n=xml_attr(key, "signature key"))
        for check, reason in a.skipped:
            sub(app, "desc", xml_attr(reason, "skipped reason"), type="skipped", n=xml_attr(check, "skipped check id"))
        usage = sub(sub(header, "profileDesc"), "langUsage")
        for lang in dict.fromkeys(w.lang for w in a.chain.witnesses):
            sub(usage, "language", lang, ident=xml_attr(lang, "language"))
        if a.history:
            rev = sub(header, "revisionDesc")
            for c in a.history:
                attrs = {"who": f"#{self.people[c.who]}"}
                if c.when:
                    attrs["when"] = w3c_date(c.when)
                if c.status:
                    attrs["status"] = one_word(c.status, "change status")
                sub(rev, "change", c.text, **attrs)

    def witness(self, list_wit: etree._Element, w: Witness) -> None:
        """One ``<witness>`` of the ``listWit``: siglum, language and the optional provenance notes."""
        el = sub(list_wit, "witness", **{XML_ID: wit_id(w.id), "n": xml_attr(w.role, "witness role")})
        sub(el, "abbr", w.id, type="siglum")
        sub(el, "note", w.lang, type="lang")
        for kind, value in (("via", w.via), ("title", w.title), ("source_file", w.source_file)):
            if value:
                sub(el, "note", value, type=kind)

    # -- witness texts ----------------------------------------------------------------------

    def witness_text(self, group: etree._Element, w: Witness) -> None:
        """The ``<text>`` of ``w``, whose text nodes concatenated are ``w.text`` exactly."""
        attrs = {XML_ID: text_id(w.id), XML_LANG: xml_attr(w.lang, "language"), "corresp": f"#{wit_id(w.id)}"}
        if w.id not in self.audit.segments:
            attrs["type"] = "unsegmented"
        body = sub(sub(group, "text", **attrs), "body")
        segs = self.audit.segments.get(w.id, ())
        text = w.text
        if not segs:
            sub(body, "p", text)
            return
        pos = 0
        p: etree._Element | None = None
        for i, seg in enumerate(segs):
            self.check_segment(w, seg, i, pos)
            gap = text[pos : seg.start]
            if p is None:
                if is_xml_whitespace(gap):
                    body.text, gap = gap or None, ""
                p = sub(body, "p", gap, n=str(seg.paragraph + 1))
            elif seg.paragraph + 1 != int(p.get("n", "0")):
                if is_xml_whitespace(gap):
                    p.tail = gap or None
                else:
                    append_text(p, gap)
                p = sub(body, "p", n=str(seg.paragraph + 1))
            else:
                append_text(p, gap)
            s = sub(p, "s", seg.text, **{XML_ID: self.new_id(seg.id, "segment id")})
            if seg.index != i:
                s.set("n", str(seg.index))
            self.seg_by_id[seg.id] = seg
            pos = seg.end
        assert p is not None
        rest = text[pos:]
        if is_xml_whitespace(rest):
            p.tail = rest or None
        else:
            append_text(p, rest)

    @staticmethod
    def check_segment(w: Witness, seg: Segment, i: int, pos: int) -> None:
        """Refuse a segment that is not in order, not inside its witness or not its witness's text."""
        if seg.witness != w.id:
            raise ValueError(f"segment {seg.id} is listed under witness {w.id} but belongs to {seg.witness}")
        if not (pos <= seg.start <= seg.end <= len(w.text)):
            raise ValueError(f"segment {seg.id} ({seg.start}-{seg.end}) overlaps or leaves witness {w.id}")
        if w.text[seg.start : seg.end] != seg.text:
            raise ValueError(f"segment {seg.id}: text differs from the witness text at its offsets")
        if seg.paragraph < 0:
            raise ValueError(f"segment {seg.id}: negative paragraph number")
