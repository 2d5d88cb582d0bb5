"""The one safe XML parser of the project: every XML read (TEI, TMX, XLIFF, schemas) goes here.

Hostile XML is refused before lxml sees it, and lxml itself is configured so that even a
document slipping past the checks cannot expand entities, load a DTD, touch the network or
grow without bound:

- any ``<!DOCTYPE`` (and so any ``<!ENTITY`` declaration) is refused: billion laughs, quadratic
  blowup and external entities (``file:``, ``http:``) all need one;
- XInclude is never processed, and a document containing XInclude elements is refused;
- files larger than :data:`MAX_XML_BYTES` are refused from ``stat`` alone, without reading them;
- libxml2's own limits stay on (``huge_tree=False``: nesting depth, text node size).

Errors are :class:`~auditor.errors.InputError` one-liners naming the file.
"""

from __future__ import annotations

import codecs
import io
import re
import stat
from pathlib import Path

from lxml import etree

from auditor.errors import InputError

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
"""Clark name of ``xml:lang``, which every XML format we read (TEI, TMX, XLIFF, TBX) uses."""

MAX_XML_BYTES = 100 * 1024 * 1024
"""Largest XML document accepted (100 MiB). A 100k-sentence, 3-witness audit is ~25 MB."""

XINCLUDE_NAMESPACES = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")

REFUSED_DOCTYPE = (
    "refused: XML with a DOCTYPE/entity declarations is not accepted (possible entity-expansion attack)"
)
REFUSED_XINCLUDE = "refused: XML with XInclude elements is not accepted (XInclude is never processed)"

_PROLOG_SCAN_CHARS = 1 << 20
# The prolog: XML declaration, processing instructions, comments and whitespace before the root.
_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DOCTYPE_MARKERS = ("<!DOCTYPE", "<!ENTITY")


def _parser() -> etree.XMLParser:
    # A fresh parser per call: lxml parsers are not thread-safe.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=False,
        strip_cdata=True,
    )


def _sniff_codec(head: bytes) -> str:
    """The codec to decode the prolog with (BOM or the first bytes of ``<?xml``)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if head.startswith(b"<\x00\x00\x00"):
        return "utf-32-le"
    if head.startswith(b"\x00\x00\x00<"):
        return "utf-32-be"
    if head.startswith(b"<\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<"):
        return "utf-16-be"
    return "utf-8"


def _has_doctype(data: bytes) -> bool:
    """True if the prolog holds a DOCTYPE (or stray ENTITY declaration).

    Scans only the prolog (before the root element), so a ``<!DOCTYPE`` quoted inside a
    CDATA section of the body is not mistaken for one. If the prolog is implausibly long,
    falls back to searching the whole document in every encoding (refusing if in doubt).
    """
    codec = _sniff_codec(data[:4])
    head = data[: _PROLOG_SCAN_CHARS * 4].decode(codec, errors="replace")[:_PROLOG_SCAN_CHARS]
    pos = 0
    while True:
        m = _PROLOG_ITEM.match(head, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    rest = head[pos:]
    if any(rest.startswith(marker) for marker in _DOCTYPE_MARKERS):
        return True
    if rest.startswith("<") and not rest.startswith("<!") and not rest.startswith("<?"):
        return False  # reached the root element: no DOCTYPE possible after it
    # Garbage or an over-long prolog: lxml would report garbage as malformed anyway, but a
    # marker hidden behind it is refused rather than handed to the parser.
    return any(
        marker.encode(enc) in data
        for marker in _DOCTYPE_MARKERS
        for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    )


def _syntax_message(exc: etree.XMLSyntaxError) -> str:
    msg = (exc.msg or str(exc)).strip()
    msg = re.sub(r",? line \d+, column \d+$", "", msg)
    msg = msg.replace(", use XML_PARSE_HUGE option", " (nesting limit)")
    # libxml2's own hint names a parser flag the user cannot set; say which limit it is instead.
    msg = msg.replace(", try XML_PARSE_HUGE", " (one text or attribute over 10,000,000 characters)")
    line, col = exc.position if exc.position else (exc.lineno, 0)
    return f"malformed XML at line {line}, column {col}: {msg}"


def parse_xml_bytes(data: bytes, path: str | Path = "<bytes>") -> etree._ElementTree:
    """Parse ``data`` safely and return the tree; ``path`` only names the source in errors.

    Raises :class:`InputError` for oversize, DOCTYPE/entity-bearing, XInclude-bearing or
    malformed documents.
    """
    if len(data) > MAX_XML_BYTES:
        raise InputError(
            f"refused: XML document of {len(data):,} bytes exceeds the limit of {MAX_XML_BYTES:,} bytes",
            path,
        )
    if _has_doctype(data):
        raise InputError(REFUSED_DOCTYPE, path)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(_syntax_message(exc), path) from None
    except ValueError as exc:  # e.g. lxml refusing an unparseable encoding declaration
        raise InputError(f"malformed XML: {exc}", path) from None
    tree = root.getroottree()
    # Belt and braces: the prolog scan should already have refused these.
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError(REFUSED_DOCTYPE, path)
    for ns in XINCLUDE_NAMESPACES:
        if next(tree.iter(f"{{{ns}}}*"), None) is not None:
            raise InputError(REFUSED_XINCLUDE, path)
    return tree


def read_xml_bytes(path: str | Path) -> bytes:
    """The bytes of an XML file, refusing missing, unreadable or oversize files (size from ``stat``)."""
    p = Path(path)
    try:
        st = p.stat()
        size, mode = st.st_size, st.st_mode
    except FileNotFoundError:
        raise InputError("file not found", p) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", p) from None
    if p.is_dir():
        raise InputError("is a folder, not an XML file", p)
    if not stat.S_ISREG(mode):  # a FIFO would block the read forever, /dev/zero never end
        raise InputError("not a regular file (device, pipe or socket)", p)
    if size > MAX_XML_BYTES:
        raise InputError(
            f"refused: XML file of {size:,} bytes exceeds the limit of {MAX_XML_BYTES:,} bytes", p
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_XML_BYTES + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", p) from None
    if len(data) > MAX_XML_BYTES:
        raise InputError(f"refused: XML file exceeds the limit of {MAX_XML_BYTES:,} bytes", p)
    return data


def parse_xml_file(path: str | Path) -> etree._ElementTree:
    """Read and parse an XML file safely (see :func:`parse_xml_bytes`)."""
    return parse_xml_bytes(read_xml_bytes(path), path)


def root_tag(path: str | Path, head_bytes: int = 65536) -> str | None:
    """The Clark name of the root element of the file at ``path``, read from its first
    ``head_bytes`` only, or ``None`` (unreadable, not XML, root not within the head). Never raises.

    A cheap sniff for routing files: it stops at the first start tag, with entities, DTDs and
    the network off, so nothing in the head can expand or reach out."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(head_bytes)
        for _, el in etree.iterparse(
            io.BytesIO(head), events=("start",), resolve_entities=False, no_network=True, load_dtd=False
        ):
            return str(el.tag)
    except (OSError, etree.XMLSyntaxError, ValueError):
        return None
    return None
