"""Reading the ``teiHeader`` and the witness texts of a TEI audit record.

:class:`TextReader` holds what the rest of the reader needs: the xml:id index, pointer lookups,
and for each witness its text and where its segments start (offsets are rebuilt from the
concatenated text nodes of the witness's ``<text>``). See :mod:`auditor.io.tei_read`.
"""

from __future__ import annotations

from lxml import etree

from auditor.core.models import Segment, Witness
from auditor.io.tei_names import TEI_NS, XML_ID, XML_LANG, codepoint_of, is_codepoint_g, parse_pointer, t, text_of
from auditor.io.tei_validate import describe

_S, _P, _TEXT = t("s"), t("p"), t("text")


class BadRecord(Exception):
    """A structural problem, turned into an InputError naming the file."""


class TextReader:
    """Lookups over one record, people from the ``titleStmt``, witnesses and their texts."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.ids = {el.get(XML_ID): el for el in root.iter(etree.Element) if el.get(XML_ID) is not None}
        self.header = self.one(root, "teiHeader")
        self.seg_witness: dict[str, str] = {}
        self.seg_start: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    def one(self, parent: etree._Element, path: str) -> etree._Element:
        """The first match of ``path`` under ``parent``; missing is a :class:`BadRecord`."""
        el = parent.find(path, {"": TEI_NS}) if "/" in path else parent.find(t(path))
        if el is None:
            raise BadRecord(f"missing <{path.split('/')[-1]}> in {describe(parent)}")
        return el

    def all(self, parent: etree._Element | None, path: str) -> list[etree._Element]:
        """Every match of ``path`` (TEI namespace) under ``parent``; none when ``parent`` is absent."""
        return [] if parent is None else parent.findall(path, {"": TEI_NS})

    def target(self, token: str, el: etree._Element) -> etree._Element:
        """The element a ``#id`` or ``#string-range(id,…)`` pointer of ``el`` names; dangling is bad."""
        ptr = parse_pointer(token)
        if ptr is None or ptr[0] not in self.ids:
            raise BadRecord(f"dangling pointer {token} in {describe(el)}")
        return self.ids[ptr[0]]

    def people(self) -> dict[str, str]:
        """``respStmt`` id → person (or tool) name."""
        out = {}
        for rs in self.all(self.header, "fileDesc/titleStmt/respStmt"):
            name = rs.find(t("persName"))
            if name is None:
                name = rs.find(t("name"))
            if rs.get(XML_ID) and name is not None:
                out[rs.get(XML_ID, "")] = text_of(name)
        return out

    def person(self, pointer: str, people: dict[str, str], el: etree._Element) -> str:
        """The name behind a ``#resp-N`` pointer of ``el``."""
        key = pointer[1:] if pointer.startswith("#") else pointer
        if key not in people:
            raise BadRecord(f"{describe(el)} points to {pointer!r}, which is not a person in the titleStmt")
        return people[key]

    # -- witnesses and their texts ----------------------------------------------------------

    def witnesses(self) -> tuple[tuple[Witness, ...], dict[str, tuple[Segment, ...]]]:
        """The witnesses (parents from the ``translationOf`` relations) and the segments of each."""
        parents: dict[str, str] = {}
        for rel in self.root.findall(f"{t('standOff')}/{t('listRelation')}/{t('relation')}[@name='translationOf']"):
            child = self.target(rel.get("active", ""), rel).get(XML_ID, "")
            parent = self.target(rel.get("passive", ""), rel).get(XML_ID, "")
            if child in parents:
                raise BadRecord(f"witness #{child} has two parents")
            parents[child] = parent
        witnesses, segments = [], {}
        for w in self.all(self.header, "fileDesc/sourceDesc/listWit/witness"):
            xml_id = w.get(XML_ID, "")
            if not xml_id.startswith("wit-"):
                raise BadRecord(f"{describe(w)}: witness ids must look like wit-ID")
            wid = xml_id[4:]
            notes = {n.get("type"): text_of(n) for n in w.findall(t("note"))}
            text_el = self.ids.get(f"T-{wid}")
            if text_el is None or text_el.tag != t("text"):
                raise BadRecord(f"witness {wid} has no <text xml:id=\"T-{wid}\">")
            text, segs = self.witness_text(wid, text_el)
            parent = parents.get(xml_id)
            witnesses.append(
                Witness(
                    id=wid,
                    lang=notes.get("lang", text_el.get(XML_LANG, "")),
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
            raise BadRecord("no <witness> in sourceDesc/listWit")
        return tuple(witnesses), segments

    def witness_text(self, wid: str, text_el: etree._Element) -> tuple[str, tuple[Segment, ...]]:
        """The text of a witness and its segments, offsets counted over the concatenated text nodes."""
        out: list[str] = []
        found: list[tuple[etree._Element, int, int, int]] = []
        pos = 0

        def visit(el: etree._Element, paragraph: int, in_s: bool) -> None:
            nonlocal pos
            start = pos
            if el.tag == _P:
                n = el.get("n", "1")
                if not n.isdigit() or int(n) < 1:
                    raise BadRecord(f"{describe(el)} has n={n!r}; paragraph numbers start at 1")
                paragraph = int(n) - 1
            if el.tag == _S:
                if in_s:
                    raise BadRecord(f"nested <s> in {describe(el)}")
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
                raise BadRecord(f"{describe(s)} in witness {wid} has no xml:id")
            n = s.get("n")
            index = int(n) if n is not None and n.isdigit() else i
            segs.append(Segment(sid, wid, index, start, end, text[start:end], paragraph))
            self.seg_witness[sid] = wid
            self.seg_start[sid] = start
        return text, tuple(segs)

    def witness_of(self, el: etree._Element) -> str | None:
        """The witness id of a ``<text xml:id="T-X">`` or of an ``<s>`` inside one."""
        xml_id: str = el.get(XML_ID, "")
        if el.tag == _S:
            return self.seg_witness.get(xml_id)
        if el.tag == _TEXT and xml_id.startswith("T-") and xml_id[2:] in self.texts:
            return xml_id[2:]
        return None
