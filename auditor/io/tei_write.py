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

An Audit that breaks the model's invariants (overlapping segments, a span whose text is not the
witness text at its offsets, a score outside [0, 1], ...) raises ``ValueError``: better than writing
a record that does not load back to the same Audit.
"""

from __future__ import annotations

import bisect
import math
import re
from importlib import metadata
from pathlib import Path

from lxml import etree

from auditor.core.models import NCNAME, Audit, Decision, Finding, Segment, Severity, Verdict, Witness
from auditor.io.atomic import atomic_write_bytes
from auditor.io.tei_names import (
    DECISION_PREFIX,
    FLAG_PREFIX,
    FLAGS_ID,
    FS_PREFIX,
    PLACEHOLDER,
    SEVERITY_PREFIX,
    TEI_NS,
    TOOL_NAME,
    TOOL_RESP,
    XML_ID,
    XML_LANG,
    append_text,
    has_illegal,
    is_xml_whitespace,
    string_range,
    t,
    text_id,
    wit_id,
)

_W3C_DATE = re.compile(
    r"-?\d{4,}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?"
)
_ILLEGAL_SUB = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]").sub
_WORD = re.compile(r"[^\s\x00-\x1f\x7f-\x9f]+")

# Elements whose content is only other elements: the only ones that get indentation.
_CONTAINERS = frozenset(
    "TEI teiHeader fileDesc titleStmt respStmt publicationStmt sourceDesc listWit witness encodingDesc "
    "appInfo application profileDesc langUsage revisionDesc group standOff listRelation linkGrp "
    "interpGrp spanGrp fvLib fs listAnnotation annotation text".split()
)


def _version() -> str:
    try:
        v = metadata.version("auditor")
    except metadata.PackageNotFoundError:
        v = "0"
    m = re.match(r"\d+(\.\d+){0,2}", v)
    return m.group(0) if m else "0"


def _attr(value: str, what: str) -> str:
    if has_illegal(value):
        raise ValueError(f"{what} holds a character XML cannot store: {value!r}")
    return value


def _prob(value: float, what: str) -> str:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"{what} must be a number in [0, 1], got {value!r}")
    return repr(float(value))


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, t(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    if text:
        append_text(el, text)
    return el


class _Writer:
    def __init__(self, audit: Audit) -> None:
        self.audit = audit
        self.ids: set[str] = set()
        self.people: dict[str, str] = {TOOL_NAME: TOOL_RESP}
        self.seg_by_id: dict[str, Segment] = {}
        self.finding_ids: list[str] = []
        self.seg_starts: dict[str, list[int]] = {}
        self.suffixes: dict[str, int] = {}

    def new_id(self, value: str, what: str) -> str:
        if not NCNAME.match(value):
            raise ValueError(f"{what} {value!r} is not a valid XML name (NCName)")
        if value in self.ids:
            raise ValueError(f"{what} {value!r} is used twice")
        self.ids.add(value)
        return value

    def person(self, name: str) -> str:
        if name not in self.people:
            self.people[name] = self.new_id(f"resp-{len(self.people)}", "person id")
        return self.people[name]

    # -- document ---------------------------------------------------------------------------

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
        outer = _sub(root, "text")
        group = _sub(outer, "group")
        for w in a.chain.witnesses:
            self.witness_text(group, w)
        self.stand_off(root)
        _indent(root, 0)
        return root

    def header(self, root: etree._Element) -> None:
        a = self.audit
        header = _sub(root, "teiHeader")
        file_desc = _sub(header, "fileDesc")
        title_stmt = _sub(file_desc, "titleStmt")
        _sub(title_stmt, "title", a.chain.title)
        for name, rid in self.people.items():
            rs = _sub(title_stmt, "respStmt", **{XML_ID: rid})
            if rid == TOOL_RESP:
                _sub(rs, "resp", "segmentation, alignment and automatic flagging")
                _sub(rs, "name", name, type="software")
            else:
                _sub(rs, "resp", "review")
                _sub(rs, "persName", name)
        pub = _sub(file_desc, "publicationStmt")
        _sub(pub, "p", "Unpublished translation-chain audit record written by auditor.")
        list_wit = _sub(_sub(file_desc, "sourceDesc"), "listWit")
        for w in a.chain.witnesses:
            self.witness(list_wit, w)
        app = _sub(
            _sub(_sub(header, "encodingDesc"), "appInfo"),
            "application",
            ident=TOOL_NAME,
            version=_version(),
        )
        _sub(app, "label", TOOL_NAME)
        # <desc> cannot hold <g>: tool-made values with XML-illegal characters are refused.
        for key, value in a.signature:
            _sub(app, "desc", _attr(value, "signature value"), type="signature", n=_attr(key, "signature key"))
        for check, reason in a.skipped:
            _sub(app, "desc", _attr(reason, "skipped reason"), type="skipped", n=_attr(check, "skipped check id"))
        usage = _sub(_sub(header, "profileDesc"), "langUsage")
        for lang in dict.fromkeys(w.lang for w in a.chain.witnesses):
            _sub(usage, "language", lang, ident=_attr(lang, "language"))
        if a.history:
            rev = _sub(header, "revisionDesc")
            for c in a.history:
                attrs = {"who": f"#{self.people[c.who]}"}
                if c.when:
                    attrs["when"] = _when(c.when)
                if c.status:
                    attrs["status"] = _word(c.status, "change status")
                _sub(rev, "change", c.text, **attrs)

    def witness(self, list_wit: etree._Element, w: Witness) -> None:
        el = _sub(list_wit, "witness", **{XML_ID: wit_id(w.id), "n": _attr(w.role, "witness role")})
        _sub(el, "abbr", w.id, type="siglum")
        _sub(el, "note", w.lang, type="lang")
        for kind, value in (("via", w.via), ("title", w.title), ("source_file", w.source_file)):
            if value:
                _sub(el, "note", value, type=kind)

    # -- witness texts ----------------------------------------------------------------------

    def witness_text(self, group: etree._Element, w: Witness) -> None:
        attrs = {XML_ID: text_id(w.id), XML_LANG: _attr(w.lang, "language"), "corresp": f"#{wit_id(w.id)}"}
        if w.id not in self.audit.segments:
            attrs["type"] = "unsegmented"
        body = _sub(_sub(group, "text", **attrs), "body")
        segs = self.audit.segments.get(w.id, ())
        text = w.text
        if not segs:
            _sub(body, "p", text)
            return
        pos = 0
        p: etree._Element | None = None
        for i, seg in enumerate(segs):
            self.check_segment(w, seg, i, pos)
            gap = text[pos : seg.start]
            if p is None:
                if is_xml_whitespace(gap):
                    body.text, gap = gap or None, ""
                p = _sub(body, "p", gap, n=str(seg.paragraph + 1))
            elif seg.paragraph + 1 != int(p.get("n", "0")):
                if is_xml_whitespace(gap):
                    p.tail = gap or None
                else:
                    append_text(p, gap)
                p = _sub(body, "p", n=str(seg.paragraph + 1))
            else:
                append_text(p, gap)
            s = _sub(p, "s", seg.text, **{XML_ID: self.new_id(seg.id, "segment id")})
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
        if seg.witness != w.id:
            raise ValueError(f"segment {seg.id} is listed under witness {w.id} but belongs to {seg.witness}")
        if not (pos <= seg.start <= seg.end <= len(w.text)):
            raise ValueError(f"segment {seg.id} ({seg.start}-{seg.end}) overlaps or leaves witness {w.id}")
        if w.text[seg.start : seg.end] != seg.text:
            raise ValueError(f"segment {seg.id}: text differs from the witness text at its offsets")
        if seg.paragraph < 0:
            raise ValueError(f"segment {seg.id}: negative paragraph number")

    # -- stand-off --------------------------------------------------------------------------

    def stand_off(self, root: etree._Element) -> None:
        a = self.audit
        so = etree.Element(t("standOff"))
        parented = [w for w in a.chain.witnesses if w.parent is not None]
        if parented:
            rels = _sub(so, "listRelation", type="translation")
            for w in parented:
                _sub(rels, "relation", name="translationOf", active=f"#{wit_id(w.id)}", passive=f"#{wit_id(w.parent or '')}")
        for al in a.alignments:
            self.alignment(so, al.source, al.target, al.beads)
        if a.findings or a.decisions:
            self.findings(so)
        if a.decisions:
            self.decisions(so)
        if len(so):
            root.append(so)

    def alignment(self, so: etree._Element, src: str, tgt: str, beads: tuple) -> None:
        grp = _sub(so, "linkGrp", type="alignment", resp=f"#{TOOL_RESP}", domains=f"#{text_id(src)} #{text_id(tgt)}")
        for k, bead in enumerate(beads):
            for side, wid in ((bead.source, src), (bead.target, tgt)):
                for sid in side:
                    seg = self.seg_by_id.get(sid)
                    if seg is None or seg.witness != wid:
                        raise ValueError(f"alignment {src}→{tgt}, bead {k + 1}: {sid!r} is not a segment of {wid}")
            if not bead.source and not bead.target:
                raise ValueError(f"alignment {src}→{tgt}, bead {k + 1} is empty")
            src_ptrs = [f"#{s}" for s in bead.source] or [f"#{text_id(src)}"]
            tgt_ptrs = [f"#{s}" for s in bead.target] or [f"#{text_id(tgt)}"]
            kind = "addition" if not bead.source else "omission" if not bead.target else "translation"
            link = _sub(grp, "link", type=kind, target=" ".join(src_ptrs + tgt_ptrs))
            if bead.confirmed:
                link.set("subtype", "confirmed")
            link.set("cert", _prob(bead.score, f"alignment {src}→{tgt}, bead {k + 1} score"))

    def findings(self, so: etree._Element) -> None:
        a = self.audit
        checks = _sub(so, "interpGrp", type="flagType")
        for check in dict.fromkeys(f.check for f in a.findings):
            _sub(checks, "interp", check, **{XML_ID: self.new_id(FLAG_PREFIX + check, "check id")})
        sevs = _sub(so, "interpGrp", type="severity")
        for sev in Severity:
            _sub(sevs, "interp", sev.value, **{XML_ID: self.new_id(SEVERITY_PREFIX + sev.value, "severity")})
        span_grp = _sub(so, "spanGrp", type="flags", resp=f"#{TOOL_RESP}", **{XML_ID: FLAGS_ID})
        lib = _sub(so, "fvLib", n="findings") if a.findings else None
        for i, f in enumerate(a.findings):
            fid = f.id if f.id and NCNAME.match(f.id) else f"flag-{i + 1}"
            base, k = fid, self.suffixes.get(fid, 1)
            while fid in self.ids:  # same fingerprint twice (or a 12-hex-digit prefix clash)
                k += 1
                fid = f"{base}-{k}"
            self.suffixes[base] = k
            self.new_id(fid, "finding id")
            self.finding_ids.append(fid)
            fs_id = self.new_id(FS_PREFIX + fid, "finding id")
            # <span> content cannot hold <g>: an XML-illegal character goes there as U+FFFD and the
            # exact message into the feature structure.
            _sub(
                span_grp,
                "span",
                _ILLEGAL_SUB(PLACEHOLDER, f.message),
                **{XML_ID: fid},
                ana=f"#{FLAG_PREFIX}{f.check} #{SEVERITY_PREFIX}{Severity(f.severity).value} #{fs_id}",
                target=" ".join(self.span_pointers(f)),
                cert=_prob(f.confidence, f"finding {fid} confidence"),
            )
            assert lib is not None
            self.feature_structure(lib, fs_id, f)

    def span_pointers(self, f: Finding) -> list[str]:
        if f.witness not in self.audit.chain.ids:
            raise ValueError(f"finding {f.id or f.check}: unknown witness {f.witness!r}")
        if not f.spans:
            return [f"#{text_id(f.witness)}"]
        out = []
        for sp in f.spans:
            try:
                w = self.audit.chain.witness(sp.witness)
            except KeyError:
                raise ValueError(f"finding {f.id or f.check}: span in unknown witness {sp.witness!r}") from None
            if not (0 <= sp.start <= sp.end <= len(w.text)) or w.text[sp.start : sp.end] != sp.text:
                raise ValueError(
                    f"finding {f.id or f.check}: span {sp.start}-{sp.end} text differs from witness {w.id}"
                )
            seg = self.segment_around(w.id, sp.start, sp.end)
            if seg is not None:
                out.append(string_range(seg.id, sp.start - seg.start, sp.end - sp.start))
            else:
                out.append(string_range(text_id(w.id), sp.start, sp.end - sp.start))
        return out

    def segment_around(self, wid: str, start: int, end: int) -> Segment | None:
        """The first segment of ``wid`` that contains ``start:end`` (segments are sorted, disjoint)."""
        segs = self.audit.segments.get(wid, ())
        if wid not in self.seg_starts:
            self.seg_starts[wid] = [s.start for s in segs]
        i = bisect.bisect_right(self.seg_starts[wid], start) - 1
        # A zero-length span at a boundary belongs to the earlier segment.
        while i > 0 and segs[i - 1].end == start == end:
            i -= 1
        if i >= 0 and segs[i].start <= start and end <= segs[i].end:
            return segs[i]
        return None

    def feature_structure(self, lib: etree._Element, fs_id: str, f: Finding) -> None:
        fs = _sub(lib, "fs", type="finding", **{XML_ID: fs_id})
        if f.fingerprint:
            _sub(_sub(fs, "f", name="fingerprint"), "string", f.fingerprint)
        _sub(_sub(fs, "f", name="witness"), "symbol", value=_word(f.witness, "witness id"))
        for name, values in (("segments", f.segments), ("hop", f.hop or ())):
            if values:
                coll = _sub(_sub(fs, "f", name=name), "vColl", org="list")
                for v in values:
                    _sub(coll, "symbol", value=_word(v, f"finding {fs_id} {name}"))
        if has_illegal(f.message):
            _sub(_sub(fs, "f", name="message"), "string", f.message)
        if f.suggestion:
            _sub(_sub(fs, "f", name="suggestion"), "string", f.suggestion)
        if f.evidence:
            coll = _sub(_sub(fs, "f", name="evidence"), "vColl", org="list")
            for key, value in f.evidence:
                pair = _sub(coll, "fs", type="pair")
                _sub(_sub(pair, "f", name="key"), "string", key)
                _sub(_sub(pair, "f", name="value"), "string", value)

    def decisions(self, so: etree._Element) -> None:
        a = self.audit
        verdicts = _sub(so, "interpGrp", type="decision")
        for v in Verdict:
            _sub(verdicts, "interp", v.value, **{XML_ID: self.new_id(DECISION_PREFIX + v.value, "verdict")})
        by_fp: dict[str, int] = {}
        for i, f in enumerate(a.findings):
            by_fp.setdefault(f.fingerprint, i)
        grp = _sub(so, "listAnnotation", type="review")
        for n, d in enumerate(a.decisions, start=1):
            self.decision(grp, n, d, by_fp.get(d.finding))

    def decision(self, grp: etree._Element, n: int, d: Decision, finding: int | None) -> None:
        who = f"#{self.people[d.author]}"
        target = f"#{self.finding_ids[finding]}" if finding is not None else f"#{FLAGS_ID}"
        ann = _sub(
            grp,
            "annotation",
            **{XML_ID: self.new_id(f"rev-{n}", "decision id")},
            motivation="assessing",
            target=target,
            ana=f"#{DECISION_PREFIX}{Verdict(d.verdict).value}",
            resp=who,
        )
        change = _sub(_sub(ann, "revisionDesc"), "change", status="created", who=who)
        if d.when:
            change.set("when", _when(d.when))
        _sub(ann, "note", d.finding, type="fingerprint")
        if d.note:
            _sub(ann, "note", d.note, type="comment")
        if d.correction:
            note = _sub(ann, "note", type="suggestion")
            choice = _sub(note, "choice")
            if finding is not None and self.audit.findings[finding].spans:
                note.set("target", self.span_pointers(self.audit.findings[finding])[0])
                _sub(choice, "sic", self.audit.findings[finding].spans[0].text)
            else:
                _sub(choice, "sic")
            _sub(choice, "corr", d.correction, resp=who)


def _when(value: str) -> str:
    if not _W3C_DATE.fullmatch(value):
        raise ValueError(f"date {value!r} is not a W3C date/time such as 2026-11-26T11:10:00Z")
    return value


def _word(value: str, what: str) -> str:
    if not _WORD.fullmatch(value):
        raise ValueError(f"{what} {value!r} must be one word without spaces or control characters")
    return value


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
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def write_tei(audit: Audit, path: str | Path) -> None:
    """Write the TEI record of ``audit`` to ``path`` atomically (never a half-written file)."""
    atomic_write_bytes(path, audit_to_tei(audit))
