"""Read TMX (1.1–1.4b) translation memories as chains with a given alignment (see ``bilingual``).

The source language is the header's ``srclang`` (or, when it is ``*all*`` or absent, the
language of the first ``<tuv>``); every other language becomes a witness translated from it,
so a multilingual memory is a star-shaped chain. One unit per ``<tu>``. Inline elements that
hold native codes (``bpt ept it ph ut``) are left out of the text; ``hi`` and ``sub`` keep
theirs. Parsed with the project's safe XML parser.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from auditor.errors import InputError
from auditor.io.bilingual import GivenDoc, GivenUnit, GivenWitness, witness_ids
from auditor.io.xmlsafe import XML_LANG, parse_xml_file

_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def seg_text(seg: etree._Element) -> str:
    """The text of a ``<seg>``, native-code inline elements left out."""
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.text:
            out.append(el.text)
        for child in el:
            name = _local(child)
            if name and name not in _CODES:
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(seg)
    return "".join(out)


def read_tmx(path: str | Path) -> GivenDoc:
    """Read a TMX file; raises :class:`InputError` naming the file when it is not usable."""
    p = Path(path)
    root = parse_xml_file(p).getroot()
    if _local(root) != "tmx":
        raise InputError(f"not a TMX file (root element <{_local(root)}>)", p)
    header = next((c for c in root if _local(c) == "header"), None)
    body = next((c for c in root if _local(c) == "body"), None)
    if body is None:
        raise InputError("TMX file has no <body>", p)
    rows: list[dict[str, str]] = []
    spelled: dict[str, str] = {}  # case-folded language -> first spelling seen
    for tu in body.iter("{*}tu"):
        row: dict[str, str] = {}
        for tuv in (c for c in tu if _local(c) == "tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            if not lang:
                raise InputError(f"TMX <tuv> without xml:lang (tu {tu.get('tuid', '?')})", p)
            key = lang.lower()
            spelled.setdefault(key, lang)
            seg = next((c for c in tuv if _local(c) == "seg"), None)
            if seg is not None and key not in row:
                row[key] = seg_text(seg)
        if row:
            rows.append(row)
    if not rows:
        raise InputError("TMX file holds no translation units", p)
    src = (header.get("srclang", "") if header is not None else "").lower()
    if not src or src == "*all*" or src not in spelled:
        src = next(iter(rows[0]))
    langs = [src] + [k for k in spelled if k != src]
    if len(langs) < 2:
        raise InputError(f"TMX file holds only one language ({spelled[src]})", p)
    ids = witness_ids([spelled[k] for k in langs])
    wid = dict(zip(langs, ids, strict=True))
    witnesses = tuple(
        GivenWitness(wid[k], spelled[k], None if k == src else wid[src], "source" if k == src else "translation")
        for k in langs
    )
    units = tuple(
        GivenUnit(texts={wid[k]: v for k, v in row.items()}, paragraph=n) for n, row in enumerate(rows)
    )
    version = root.get("version", "1.4")
    return GivenDoc(title=p.name, witnesses=witnesses, units=units, fmt=f"tmx-{version}", source_file=p.name)
