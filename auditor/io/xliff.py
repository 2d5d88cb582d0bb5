"""Read XLIFF 1.2 (also 1.0/1.1) and XLIFF 2.x files as bilingual chains (see ``bilingual``).

XLIFF 1.2: one unit per ``<trans-unit>`` (or per ``<mrk mtype="seg">`` pair when the unit has
a segmented ``<seg-source>``). XLIFF 2.x: one unit per ``<segment>``; segments of one
``<unit>`` share a paragraph. Inline codes that hold native markup (1.2 ``ph bpt ept it``) are
left out of the text; paired and marker elements (``g mrk pc``) keep their text; ``<cp hex>``
becomes its character. Units marked ``translate="no"`` are skipped. Parsed with the project's
safe XML parser.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from lxml import etree

from auditor.errors import InputError
from auditor.io.bilingual import GivenDoc, GivenUnit, GivenWitness, witness_ids
from auditor.io.xmlsafe import XML_LANG, parse_xml_file

_CODE_12 = frozenset({"ph", "bpt", "ept", "it"})
_EMPTY_12 = frozenset({"x", "bx", "ex"})
_EMPTY_20 = frozenset({"ph", "sc", "ec", "sm", "em"})


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if _local(c) == name]


def inline_text(el: etree._Element, version: int) -> str:
    """The translatable text of a source/target element, inline codes resolved."""
    out: list[str] = []
    _walk(el, version, out)
    return "".join(out)


def _walk(el: etree._Element, version: int, out: list[str]) -> None:
    if el.text:
        out.append(el.text)
    for child in el:
        name = _local(child)
        if not name:
            pass  # comment or processing instruction
        elif version == 2 and name == "cp":
            with contextlib.suppress(ValueError, OverflowError):  # a bad code point is dropped
                out.append(chr(int(child.get("hex", ""), 16)))
        elif (version == 1 and name not in _CODE_12 and name not in _EMPTY_12) or (
            version == 2 and name not in _EMPTY_20
        ):
            _walk(child, version, out)
        if child.tail:
            out.append(child.tail)


def read_xliff(path: str | Path) -> GivenDoc:
    """Read an XLIFF file; raises :class:`InputError` naming the file when it is not usable."""
    p = Path(path)
    root = parse_xml_file(p).getroot()
    if _local(root) != "xliff":
        raise InputError(f"not an XLIFF file (root element <{_local(root)}>)", p)
    version = root.get("version", "")
    ns = etree.QName(root).namespace or ""
    if version.startswith("2") or ns.endswith(":2.0"):
        return _read_20(root, p, version or "2.0")
    return _read_12(root, p, version or "1.2")


def _read_12(root: etree._Element, p: Path, version: str) -> GivenDoc:
    files = _children(root, "file")
    if not files:
        raise InputError("XLIFF file holds no <file>", p)
    src_lang = tgt_lang = ""
    rows: list[tuple[str, str | None]] = []
    for f in files:
        s = f.get("source-language", "")
        t = f.get("target-language", "") or _first_lang(f, "target")
        if not s:
            raise InputError("XLIFF <file> has no source-language", p)
        if not t:
            raise InputError("XLIFF <file> has no target-language (and no target carries xml:lang)", p)
        if (src_lang, tgt_lang) not in (("", ""), (s, t)):
            raise InputError(f"XLIFF <file>s with different languages ({src_lang}→{tgt_lang}, {s}→{t}): "
                             "split the file, one language pair per chain", p)
        src_lang, tgt_lang = s, t
        for tu in f.iter("{*}trans-unit", "trans-unit"):
            if _skipped(tu):
                continue
            rows.extend(_unit_12(tu))
    return _doc(p, f"xliff-{version}", src_lang, tgt_lang, [[r] for r in rows])


def _first_lang(f: etree._Element, name: str) -> str:
    for el in f.iter(f"{{*}}{name}", name):
        lang: str = el.get(XML_LANG, "")
        if lang:
            return lang
    return ""


def _skipped(el: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node.get("translate") == "no":
            return True
        node = node.getparent()
    return False


def _unit_12(tu: etree._Element) -> list[tuple[str, str | None]]:
    source = next(iter(_children(tu, "source")), None)
    target = next(iter(_children(tu, "target")), None)
    seg_source = next(iter(_children(tu, "seg-source")), None)
    if seg_source is not None:
        src_mrks = [m for m in seg_source.iter("{*}mrk", "mrk") if m.get("mtype") == "seg"]
        if src_mrks:
            tgt_mrks = {m.get("mid"): m for m in (target.iter("{*}mrk", "mrk") if target is not None else ())
                        if m.get("mtype") == "seg"}
            return [
                (inline_text(m, 1), inline_text(tgt_mrks[m.get("mid")], 1) if m.get("mid") in tgt_mrks else None)
                for m in src_mrks
            ]
    if source is None:
        return []
    return [(inline_text(source, 1), inline_text(target, 1) if target is not None else None)]


def _read_20(root: etree._Element, p: Path, version: str) -> GivenDoc:
    src_lang = root.get("srcLang", "")
    tgt_lang = root.get("trgLang", "")
    if not src_lang:
        raise InputError("XLIFF 2 file has no srcLang", p)
    if not tgt_lang:
        raise InputError("XLIFF 2 file has no trgLang", p)
    units: list[list[tuple[str, str | None]]] = []
    for unit in root.iter("{*}unit"):
        if _skipped(unit):
            continue
        rows: list[tuple[str, str | None]] = []
        for seg in _children(unit, "segment"):
            source = next(iter(_children(seg, "source")), None)
            target = next(iter(_children(seg, "target")), None)
            if source is None:
                continue
            rows.append((inline_text(source, 2), inline_text(target, 2) if target is not None else None))
        if rows:
            units.append(rows)
    return _doc(p, f"xliff-{version}", src_lang, tgt_lang, units)


def _doc(p: Path, fmt: str, src_lang: str, tgt_lang: str, paragraphs: list[list[tuple[str, str | None]]]) -> GivenDoc:
    sid, tid = witness_ids([src_lang, tgt_lang])
    witnesses = (GivenWitness(sid, src_lang, None, "source"), GivenWitness(tid, tgt_lang, sid, "translation"))
    units: list[GivenUnit] = []
    for n, rows in enumerate(paragraphs):
        for src, tgt in rows:
            texts = {sid: src}
            if tgt is not None:
                texts[tid] = tgt
            units.append(GivenUnit(texts=texts, paragraph=n))
    if not units:
        raise InputError("XLIFF file holds no translation units", p)
    return GivenDoc(title=p.name, witnesses=witnesses, units=tuple(units), fmt=fmt, source_file=p.name)
