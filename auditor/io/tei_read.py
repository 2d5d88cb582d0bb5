"""Load an :class:`~auditor.core.models.Audit` back from the TEI record :mod:`auditor.io.tei_write` makes.

Parsing goes through :mod:`auditor.io.xmlsafe`; every ``#id`` pointer must resolve (see
:func:`auditor.io.tei_validate.integrity_problems`). Segment offsets are rebuilt from the
concatenated text of each witness's ``<text>``. Any problem is an :class:`InputError` one-liner.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from lxml import etree

from auditor.core.models import (
    Alignment,
    Audit,
    Bead,
    Chain,
    Change,
    Decision,
    Finding,
    Segment,
    Severity,
    Span,
    Verdict,
    Witness,
)
from auditor.errors import InputError
from auditor.io.tei_names import (
    DECISION_PREFIX,
    FLAG_PREFIX,
    FS_PREFIX,
    SEVERITY_PREFIX,
    TEI_NS,
    XML_ID,
    codepoint_of,
    is_codepoint_g,
    parse_pointer,
    split_pointers,
    t,
    text_of,
)
from auditor.io.tei_validate import describe, integrity_problems
from auditor.io.xmlsafe import parse_xml_bytes, read_xml_bytes


_S, _P, _TEXT = t("s"), t("p"), t("text")


class _Bad(Exception):
    """A structural problem, turned into an InputError naming the file."""


class _Reader:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.ids = {el.get(XML_ID): el for el in root.iter(etree.Element) if el.get(XML_ID) is not None}
        self.header = self.one(root, "teiHeader")
        self.witness_of_text: dict[int, str] = {}  # id(<text>) → witness id
        self.seg_witness: dict[str, str] = {}
        self.seg_start: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    def one(self, parent: etree._Element, path: str) -> etree._Element:
        el = parent.find(path, {"": TEI_NS}) if "/" in path else parent.find(t(path))
        if el is None:
            raise _Bad(f"missing <{path.split('/')[-1]}> in {describe(parent)}")
        return el

    def all(self, parent: etree._Element | None, path: str) -> list[etree._Element]:
        return [] if parent is None else parent.findall(path, {"": TEI_NS})

    def target(self, token: str, el: etree._Element) -> etree._Element:
        ptr = parse_pointer(token)
        if ptr is None or ptr[0] not in self.ids:
            raise _Bad(f"dangling pointer {token} in {describe(el)}")
        return self.ids[ptr[0]]

    # -- audit ------------------------------------------------------------------------------

    def audit(self) -> Audit:
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

    def people(self) -> dict[str, str]:
        out = {}
        for rs in self.all(self.header, "fileDesc/titleStmt/respStmt"):
            name = rs.find(t("persName"))
            if name is None:
                name = rs.find(t("name"))
            if rs.get(XML_ID) and name is not None:
                out[rs.get(XML_ID, "")] = text_of(name)
        return out

    def person(self, pointer: str, people: dict[str, str], el: etree._Element) -> str:
        key = pointer[1:] if pointer.startswith("#") else pointer
        if key not in people:
            raise _Bad(f"{describe(el)} points to {pointer!r}, which is not a person in the titleStmt")
        return people[key]

    # -- witnesses and their texts ----------------------------------------------------------

    def witnesses(self) -> tuple[tuple[Witness, ...], dict[str, tuple[Segment, ...]]]:
        parents: dict[str, str] = {}
        for rel in self.root.findall(f"{t('standOff')}/{t('listRelation')}/{t('relation')}[@name='translationOf']"):
            child = self.target(rel.get("active", ""), rel).get(XML_ID, "")
            parent = self.target(rel.get("passive", ""), rel).get(XML_ID, "")
            if child in parents:
                raise _Bad(f"witness #{child} has two parents")
            parents[child] = parent
        witnesses, segments = [], {}
        for w in self.all(self.header, "fileDesc/sourceDesc/listWit/witness"):
            xml_id = w.get(XML_ID, "")
            if not xml_id.startswith("wit-"):
                raise _Bad(f"{describe(w)}: witness ids must look like wit-ID")
            wid = xml_id[4:]
            notes = {n.get("type"): text_of(n) for n in w.findall(t("note"))}
            text_el = self.ids.get(f"T-{wid}")
            if text_el is None or text_el.tag != t("text"):
                raise _Bad(f"witness {wid} has no <text xml:id=\"T-{wid}\">")
            text, segs = self.witness_text(wid, text_el)
            parent = parents.get(xml_id)
            witnesses.append(
                Witness(
                    id=wid,
                    lang=notes.get("lang", text_el.get("{http://www.w3.org/XML/1998/namespace}lang", "")),
                    text=text,
                    parent=parent[4:] if parent else None,
                    role=w.get("n", "translation"),
                    via=notes.get("via", ""),
                    title=notes.get("title", ""),
                    source_file=notes.get("source_file", ""),
                )
            )
            if text_el.get("type") != "unsegmented":
                segments[wid] = segs
        if not witnesses:
            raise _Bad("no <witness> in sourceDesc/listWit")
        return tuple(witnesses), segments

    def witness_text(self, wid: str, text_el: etree._Element) -> tuple[str, tuple[Segment, ...]]:
        out: list[str] = []
        found: list[tuple[etree._Element, int, int, int]] = []
        pos = 0

        def visit(el: etree._Element, paragraph: int, in_s: bool) -> None:
            nonlocal pos
            start = pos
            if el.tag == _P:
                n = el.get("n", "1")
                if not n.isdigit() or int(n) < 1:
                    raise _Bad(f"{describe(el)} has n={n!r}; paragraph numbers start at 1")
                paragraph = int(n) - 1
            if el.tag == _S:
                if in_s:
                    raise _Bad(f"nested <s> in {describe(el)}")
                in_s = True
            if el.text:
                out.append(el.text)
                pos += len(el.text)
            for child in el:
                if isinstance(child.tag, str):
                    if is_codepoint_g(child):
                        out.append(codepoint_of(child))
                        pos += 1
                    else:
                        visit(child, paragraph, in_s)
                if child.tail:
                    out.append(child.tail)
                    pos += len(child.tail)
            if el.tag == _S:
                found.append((el, start, pos, paragraph))

        visit(text_el, 0, False)
        text = "".join(out)
        self.texts[wid] = text
        segs = []
        for i, (s, start, end, paragraph) in enumerate(found):
            sid = s.get(XML_ID)
            if not sid:
                raise _Bad(f"{describe(s)} in witness {wid} has no xml:id")
            n = s.get("n")
            index = int(n) if n is not None and n.isdigit() else i
            segs.append(Segment(sid, wid, index, start, end, text[start:end], paragraph))
            self.seg_witness[sid] = wid
            self.seg_start[sid] = start
        return text, tuple(segs)

    def witness_of(self, el: etree._Element) -> str | None:
        """The witness id of a ``<text xml:id="T-X">`` or of an ``<s>`` inside one."""
        xml_id = el.get(XML_ID, "")
        if el.tag == _S:
            return self.seg_witness.get(xml_id)
        if el.tag == _TEXT and xml_id.startswith("T-") and xml_id[2:] in self.texts:
            return xml_id[2:]
        return None

    # -- stand-off --------------------------------------------------------------------------

    def alignment(self, grp: etree._Element) -> Alignment:
        domains = [self.witness_of(self.target(tok, grp)) for tok in split_pointers(grp.get("domains", ""))]
        if len(domains) != 2 or None in domains:
            raise _Bad(f"{describe(grp)}: @domains must point to two witness texts")
        src, tgt = str(domains[0]), str(domains[1])
        beads = []
        for link in grp.findall(t("link")):
            sides: dict[str, list[str]] = {src: [], tgt: []}
            for tok in split_pointers(link.get("target", "")):
                el = self.target(tok, link)
                wid = self.witness_of(el)
                if wid not in sides:
                    raise _Bad(f"{describe(link)}: {tok} is not in either witness of the hop")
                if el.tag == t("s"):
                    sides[wid].append(el.get(XML_ID, ""))
            beads.append(
                Bead(tuple(sides[src]), tuple(sides[tgt]), _prob(link, "cert"), link.get("subtype") == "confirmed")
            )
        return Alignment(src, tgt, tuple(beads))

    def findings(self, stand_off: etree._Element | None) -> tuple[tuple[Finding, ...], dict[str, str]]:
        findings, fingerprints = [], {}
        for span in self.all(stand_off, "spanGrp[@type='flags']/span"):
            check, severity, fs = None, None, None
            for tok in split_pointers(span.get("ana", "")):
                ref = tok[1:]
                if ref.startswith(FLAG_PREFIX):
                    check = ref[len(FLAG_PREFIX) :]
                elif ref.startswith(SEVERITY_PREFIX):
                    severity = ref[len(SEVERITY_PREFIX) :]
                elif ref.startswith(FS_PREFIX):
                    fs = self.target(tok, span)
            if check is None or severity is None or fs is None:
                raise _Bad(f"{describe(span)}: @ana must name a flag.*, a severity.* and an fs.*")
            feats = {f.get("name"): f for f in fs.findall(t("f"))}
            witness = self.symbols(feats.get("witness"))
            if len(witness) != 1:
                raise _Bad(f"{describe(fs)}: needs one witness symbol")
            segments = self.symbols(feats.get("segments"))
            for sid in segments:
                if sid not in self.seg_witness:
                    raise _Bad(f"{describe(fs)}: unknown segment {sid}")
            hop = self.symbols(feats.get("hop"))
            if hop and (len(hop) != 2 or any(h not in self.texts for h in hop)):
                raise _Bad(f"{describe(fs)}: hop must name two witnesses")
            try:
                sev = Severity.parse(severity)
            except ValueError as exc:
                raise _Bad(f"{describe(span)}: {exc}") from None
            finding = Finding(
                check=check,
                severity=sev,
                witness=witness[0],
                segments=segments,
                spans=self.spans(span),
                message=self.string(feats["message"]) if "message" in feats else text_of(span),
                suggestion=self.string(feats.get("suggestion")),
                hop=(hop[0], hop[1]) if hop else None,
                evidence=tuple(
                    (self.string(p.find(f"{t('f')}[@name='key']")), self.string(p.find(f"{t('f')}[@name='value']")))
                    for p in self.all(feats.get("evidence"), "vColl/fs")
                ),
                confidence=_prob(span, "cert"),
                fingerprint=self.string(feats.get("fingerprint")),
            )
            if finding.witness not in self.texts:
                raise _Bad(f"{describe(fs)}: unknown witness {finding.witness}")
            findings.append(finding)
            fingerprints[span.get(XML_ID, "")] = finding.fingerprint
        return tuple(findings), fingerprints

    def spans(self, span: etree._Element) -> tuple[Span, ...]:
        out = []
        for tok in split_pointers(span.get("target", "")):
            el = self.target(tok, span)
            wid = self.witness_of(el)
            ptr = parse_pointer(tok)
            if wid is None or ptr is None:
                raise _Bad(f"{describe(span)}: {tok} does not point into a witness text")
            _, offset, length = ptr
            if offset is None or length is None:
                if el.tag == t("text"):
                    continue  # a finding without spans points at its witness text
                raise _Bad(f"{describe(span)}: {tok} must be a #string-range() pointer")
            base = self.seg_start[el.get(XML_ID, "")] if el.tag == t("s") else 0
            start, end = base + offset, base + offset + length
            limit = base + len(text_of(el)) if el.tag == t("s") else len(self.texts[wid])
            if end > limit:
                raise _Bad(f"{describe(span)}: {tok} reaches past the end of its text")
            out.append(Span(wid, start, end, self.texts[wid][start:end]))
        return tuple(out)

    def symbols(self, f: etree._Element | None) -> tuple[str, ...]:
        if f is None:
            return ()
        return tuple(s.get("value", "") for s in f.iter(t("symbol")))

    def string(self, f: etree._Element | None) -> str:
        if f is None:
            return ""
        s = f.find(t("string"))
        return text_of(s) if s is not None else ""

    def decision(self, ann: etree._Element, people: dict[str, str], fingerprints: dict[str, str]) -> Decision:
        verdict = None
        for tok in split_pointers(ann.get("ana", "")):
            if tok.startswith("#" + DECISION_PREFIX):
                verdict = tok[1 + len(DECISION_PREFIX) :]
        try:
            v = Verdict(verdict)
        except ValueError:
            raise _Bad(f"{describe(ann)}: @ana must name a decision.* verdict") from None
        notes = {n.get("type"): n for n in ann.findall(t("note"))}
        if "fingerprint" in notes:
            fingerprint = text_of(notes["fingerprint"])
        else:
            fingerprint = fingerprints.get(ann.get("target", "")[1:], "")
        corr = notes["suggestion"].find(f".//{t('corr')}") if "suggestion" in notes else None
        change = ann.find(f"{t('revisionDesc')}/{t('change')}")
        return Decision(
            finding=fingerprint,
            verdict=v,
            note=text_of(notes["comment"]) if "comment" in notes else "",
            correction=text_of(corr) if corr is not None else "",
            author=self.person(ann.get("resp", ""), people, ann),
            when=change.get("when", "") if change is not None else "",
        )


def _prob(el: etree._Element, attr: str) -> float:
    raw = el.get(attr)
    if raw is None:
        return 1.0
    try:
        value = float(raw)
    except ValueError:
        value = {"high": 1.0, "medium": 0.5, "low": 0.25, "unknown": 0.0}.get(raw, math.nan)
    if not (0.0 <= value <= 1.0):
        raise _Bad(f"{describe(el)}: @{attr}={raw!r} is not a number in [0, 1]")
    return value


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
    except _Bad as exc:
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
    try:
        with p.open("rb") as fh:
            head = fh.read(65536)
        for _, el in etree.iterparse(
            io.BytesIO(head), events=("start",), resolve_entities=False, no_network=True, load_dtd=False
        ):
            return bool(el.tag == t("TEI"))
    except (OSError, etree.XMLSyntaxError, ValueError):
        return False
    return False
