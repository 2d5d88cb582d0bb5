"""Validate a TEI document: RELAX NG (``tei_all``), referential integrity, and the few
Schematron-only TEI rules auditor relies on (which neither lxml nor jing enforce).

The schema is the vendored ``auditor/io/schema/tei_all.rng`` (TEI P5 4.12.0, identical to
``../shared/tei/tei_all.rng``). Compiling it takes ~6 s, so :func:`tei_schema` does it once
per process, on first use.
"""

from __future__ import annotations

import functools
from pathlib import Path

from lxml import etree

from auditor.errors import InputError
from auditor.io.tei_names import XML_ID, parse_pointer, split_pointers, t, text_of
from auditor.io.xmlsafe import parse_xml_bytes, parse_xml_file

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "tei_all.rng"

POINTER_ATTRS = (
    "target", "ana", "corresp", "ref", "who", "resp", "domains", "active", "passive", "mutual",
    "sameAs", "copyOf", "next", "prev", "from", "to", "inst", "synch", "select", "exclude",
    "fVal", "feats", "decls", "hand", "wit", "scheme", "source", "change", "facs",
)  # fmt: skip
"""Attributes holding (lists of) URI pointers; local ``#id`` pointers among them must resolve."""

_POINTER_SET = frozenset(POINTER_ATTRS)
_LINK, _SPAN, _LINKGRP = t("link"), t("span"), t("linkGrp")
MAX_PROBLEMS = 100


@functools.cache
def tei_schema() -> etree.RelaxNG:
    """The compiled ``tei_all`` RELAX NG schema (compiled on first call, then cached)."""
    return etree.RelaxNG(parse_xml_file(SCHEMA_PATH))


def describe(el: etree._Element) -> str:
    """``<span xml:id="f-1">`` or ``<link> at line 12``: how an element is named in messages."""
    name = etree.QName(el).localname
    xml_id = el.get(XML_ID)
    return f'<{name} xml:id="{xml_id}">' if xml_id else f"<{name}> at line {el.sourceline}"


def integrity_problems(root: etree._Element) -> list[str]:
    """Dangling or out-of-range ``#id`` / ``#string-range()`` pointers and Schematron-only rule breaks."""
    ids: dict[str, etree._Element] = {}
    for el in root.iter(etree.Element):
        xml_id = el.get(XML_ID)
        if xml_id is not None:
            ids.setdefault(xml_id, el)
    lengths: dict[str, int] = {}
    problems: list[str] = []
    for el in root.iter(etree.Element):
        for attr, value in el.items():
            if attr not in _POINTER_SET:
                continue
            tokens = split_pointers(value)
            for token in tokens:
                problem = _pointer_problem(token, ids, lengths)
                if problem:
                    problems.append(f"{problem} in {describe(el)}")
        problems.extend(_schematron_problems(el))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems[:MAX_PROBLEMS]


def _pointer_problem(token: str, ids: dict[str, etree._Element], lengths: dict[str, int]) -> str | None:
    if not token.startswith("#"):
        return None  # an external URI: not ours to resolve (and never fetched)
    ptr = parse_pointer(token)
    if ptr is None:
        return f"unsupported pointer {token}"
    target_id, offset, length = ptr
    if target_id not in ids:
        return f"dangling pointer #{target_id}"
    if offset is not None and length is not None:
        if target_id not in lengths:
            try:
                lengths[target_id] = len(text_of(ids[target_id]))
            except ValueError as exc:
                return str(exc)
        if offset + length > lengths[target_id]:
            return f"pointer {token} reaches past the end of #{target_id} ({lengths[target_id]} characters)"
    return None


def _schematron_problems(el: etree._Element) -> list[str]:
    out: list[str] = []
    if el.tag not in (_LINK, _SPAN, _LINKGRP):
        return out
    if el.tag == _LINK and len(split_pointers(el.get("target", ""))) < 2:
        out.append(f"{describe(el)}: @target needs at least two pointers")
    if el.tag == _SPAN:
        if el.get("to") is not None and el.get("from") is None:
            out.append(f"{describe(el)}: @to requires @from")
        if el.get("target") is not None and (el.get("from") is not None or el.get("to") is not None):
            out.append(f"{describe(el)}: @target excludes @from and @to")
    if el.tag == _LINKGRP and el.get("domains") is not None and len(split_pointers(el.get("domains", ""))) < 2:
        out.append(f"{describe(el)}: @domains needs at least two pointers")
    return out


def validate_tree(tree: etree._ElementTree) -> list[str]:
    """RELAX NG errors (``line N: message``) followed by integrity problems; [] when valid."""
    schema = tei_schema()
    problems = []
    if not schema.validate(tree):
        problems = [f"line {e.line}: {e.message}" for e in schema.error_log][:MAX_PROBLEMS]
    return problems + integrity_problems(tree.getroot())


def validate_tei(data: bytes) -> list[str]:
    """Every problem of a TEI document given as bytes; an empty list means valid.

    Unsafe or malformed XML gives a single problem (the parser's refusal).
    """
    try:
        tree = parse_xml_bytes(data)
    except InputError as exc:
        return [exc.message]
    return validate_tree(tree)
