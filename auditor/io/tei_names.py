"""Names, id conventions and text helpers shared by the TEI writer, reader and validator.

XML 1.0 cannot hold some characters at all (NUL, most C0 controls, lone surrogates, U+FFFE,
U+FFFF). Rather than lose them, text content stores each one as
``<g type="codepoint" n="U+0000">\\uFFFD</g>``: the placeholder keeps every code-point offset
(``string-range`` pointers, segment offsets) the same, and the reader puts the real character
back. Attribute values cannot hold markup, so there such characters are refused.
"""

from __future__ import annotations

import re

from lxml import etree

# Re-exported: the TEI modules take every name from here.
from auditor.io.xmlsafe import XML_LANG as XML_LANG
from auditor.io.xmlsafe import XML_NS as XML_NS

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = f"{{{XML_NS}}}id"

TOOL_RESP = "auditor-tool"
TOOL_NAME = "auditor"
FLAGS_ID = "flags"
"""xml:id of the ``<spanGrp type="flags">``; the target of decisions whose finding is gone."""
FLAG_PREFIX = "flag."
SEVERITY_PREFIX = "severity."
DECISION_PREFIX = "decision."
FS_PREFIX = "fs."
G_TYPE = "codepoint"
PLACEHOLDER = "\ufffd"

_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
XML_WHITESPACE = frozenset(" \t\r\n")


def t(tag: str) -> str:
    """The Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{tag}"


def wit_id(witness_id: str) -> str:
    """xml:id of the ``<witness>`` of a witness."""
    return f"wit-{witness_id}"


def text_id(witness_id: str) -> str:
    """xml:id of the ``<text>`` holding a witness's text."""
    return f"T-{witness_id}"


def has_illegal(text: str) -> bool:
    """True if ``text`` holds a character XML 1.0 cannot represent."""
    return _ILLEGAL.search(text) is not None


def replace_illegal(text: str) -> str:
    """``text`` with each character XML 1.0 cannot represent replaced by :data:`PLACEHOLDER`."""
    return _ILLEGAL.sub(PLACEHOLDER, text)


def is_xml_whitespace(text: str) -> bool:
    """True for text made only of XML whitespace (space, tab, CR, LF), including ''."""
    return all(c in XML_WHITESPACE for c in text)


def _add_run(elem: etree._Element, run: str) -> None:
    if not run:
        return
    if len(elem):
        last = elem[-1]
        last.tail = (last.tail or "") + run
    else:
        elem.text = (elem.text or "") + run


def append_text(elem: etree._Element, text: str) -> None:
    """Append ``text`` at the end of ``elem``'s content, storing XML-illegal characters as ``<g>``."""
    pos = 0
    for m in _ILLEGAL.finditer(text):
        _add_run(elem, text[pos : m.start()])
        g = etree.SubElement(elem, t("g"), type=G_TYPE, n=f"U+{ord(m.group()):04X}")
        g.text = PLACEHOLDER
        pos = m.end()
    _add_run(elem, text[pos:])


def is_codepoint_g(elem: etree._Element) -> bool:
    """True for the ``<g type=...>`` element that stands for one XML-illegal code point."""
    return bool(elem.tag == t("g") and elem.get("type") == G_TYPE)


def codepoint_of(elem: etree._Element) -> str:
    """The character a ``<g type="codepoint" n="U+XXXX">`` stands for (ValueError if malformed)."""
    n = elem.get("n", "")
    if not re.fullmatch(r"U\+[0-9A-F]{4,6}", n):
        raise ValueError(f'<g type="codepoint"> has a malformed n="{n}"')
    return chr(int(n[2:], 16))


def text_of(elem: etree._Element) -> str:
    """All text inside ``elem`` (not its tail), with ``<g type="codepoint">`` decoded, comments skipped."""
    out: list[str] = []
    _collect(elem, out)
    return "".join(out)


def _collect(elem: etree._Element, out: list[str]) -> None:
    if elem.text and isinstance(elem.tag, str):
        out.append(elem.text)
    for child in elem:
        if not isinstance(child.tag, str):  # comment or processing instruction
            pass
        elif is_codepoint_g(child):
            out.append(codepoint_of(child))
        else:
            _collect(child, out)
        if child.tail:
            out.append(child.tail)


_STRING_RANGE = re.compile(r"#string-range\(\s*([^,\s()]+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)")


def string_range(target_id: str, offset: int, length: int) -> str:
    """A TEI SATS pointer to ``length`` characters from ``offset`` in the string value of ``target_id``."""
    return f"#string-range({target_id},{offset},{length})"


def parse_pointer(token: str) -> tuple[str, int | None, int | None] | None:
    """``#id`` → (id, None, None); ``#string-range(id,o,l)`` → (id, o, l); other URIs → None."""
    m = _STRING_RANGE.fullmatch(token)
    if m:
        return m.group(1), int(m.group(2)), int(m.group(3))
    if token.startswith("#") and "(" not in token and len(token) > 1:
        return token[1:], None, None
    return None


def split_pointers(value: str) -> list[str]:
    """The whitespace-separated pointers of an attribute, keeping ``string-range( … )`` whole."""
    return re.findall(r"#string-range\([^)]*\)|\S+", value)
