"""Hostile XML is refused quickly, with one clear line, and never reads files or the network."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from auditor.errors import InputError
from auditor.io import xmlsafe
from auditor.io.xmlsafe import MAX_XML_BYTES, parse_xml_bytes, parse_xml_file

SECRET = "TOP-SECRET-4f1c2a"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0">&lol9;</TEI>
"""


def quadratic_blowup() -> bytes:
    entity = "x" * 50_000
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "{entity}">]>\n<r>' + "&a;" * 50_000 + "</r>"
    ).encode()


def refusal(call, *args) -> tuple[str, float]:
    """The one-line message of the InputError ``call`` raises, and how long it took."""
    t0 = time.perf_counter()
    with pytest.raises(InputError) as info:
        call(*args)
    elapsed = time.perf_counter() - t0
    message = str(info.value)
    assert "\n" not in message
    return message, elapsed


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    p = tmp_path / "secret.txt"
    p.write_text(SECRET)
    return p


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        _Recorder.hits.append(self.path)
        body = f'<!ENTITY leak "{SECRET}">'.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[str]:
    """A server on 127.0.0.1 that records every request it gets (none must arrive)."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_plain_document_parses_and_keeps_whitespace() -> None:
    tree = parse_xml_bytes(b"<?xml version='1.0'?>\n<!-- c --><r> <a>x</a>\n <b/> </r>")
    assert tree.getroot().text == " "
    assert tree.getroot()[0].tail == "\n "


def test_billion_laughs_is_refused_fast(tmp_path: Path) -> None:
    message, elapsed = refusal(parse_xml_bytes, BILLION_LAUGHS, "lol.xml")
    assert message == f"lol.xml: {xmlsafe.REFUSED_DOCTYPE}"
    assert elapsed < 1.0
    f = tmp_path / "lol.xml"
    f.write_bytes(BILLION_LAUGHS)
    message, _ = refusal(parse_xml_file, f)
    assert message.startswith(str(f)) and "DOCTYPE" in message


def test_quadratic_blowup_is_refused_fast() -> None:
    message, elapsed = refusal(parse_xml_bytes, quadratic_blowup())
    assert "entity-expansion" in message
    assert elapsed < 1.0


def test_external_entity_to_a_file_never_reads_it(secret_file: Path) -> None:
    doc = f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret_file}">]><r>&x;</r>'.encode()
    message, elapsed = refusal(parse_xml_bytes, doc, "xxe.xml")
    assert "DOCTYPE" in message and SECRET not in message
    assert elapsed < 1.0
    # Defence in depth: even the raw lxml configuration, without the prolog check, leaves it unread.
    root = etree.fromstring(doc, xmlsafe._parser())
    assert SECRET not in etree.tostring(root, encoding="unicode")


def test_external_entity_and_dtd_over_http_make_no_request(http_server: str) -> None:
    docs = [
        f'<!DOCTYPE r [<!ENTITY x SYSTEM "{http_server}/entity">]><r>&x;</r>',
        f'<!DOCTYPE r SYSTEM "{http_server}/schema.dtd"><r/>',
        f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{http_server}/param"> %p;]><r>&leak;</r>',
    ]
    for doc in docs:
        message, elapsed = refusal(parse_xml_bytes, doc.encode())
        assert "DOCTYPE" in message and SECRET not in message
        assert elapsed < 1.0
    for doc in docs[:2]:
        root = etree.fromstring(doc.encode(), xmlsafe._parser())
        assert SECRET not in etree.tostring(root, encoding="unicode")
    assert _Recorder.hits == []


def test_doctype_in_utf16_or_after_comments_is_refused() -> None:
    utf16 = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>'.encode("utf-16")
    assert "DOCTYPE" in refusal(parse_xml_bytes, utf16)[0]
    hidden = b"<?xml version='1.0'?>\n<!-- <r> -->\n<?pi x?>\n<!DOCTYPE r><r/>"
    assert "DOCTYPE" in refusal(parse_xml_bytes, hidden)[0]


def test_doctype_text_inside_cdata_of_the_body_is_just_text() -> None:
    root = parse_xml_bytes(b"<r><![CDATA[<!DOCTYPE x [<!ENTITY a 'b'>]>]]></r>").getroot()
    assert root.text == "<!DOCTYPE x [<!ENTITY a 'b'>]>"


def test_xinclude_is_refused_and_never_processed(secret_file: Path) -> None:
    doc = (
        '<r xmlns:xi="http://www.w3.org/2001/XInclude">'
        f'<xi:include href="{secret_file}" parse="text"/></r>'
    ).encode()
    message, elapsed = refusal(parse_xml_bytes, doc, "xi.xml")
    assert message == f"xi.xml: {xmlsafe.REFUSED_XINCLUDE}"
    assert SECRET not in message and elapsed < 1.0


def test_a_200_mb_file_is_refused_within_a_second_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as fh:
        fh.write(b"<r>")
        fh.truncate(200 * 1024 * 1024)  # sparse: instant, no disk use
    message, elapsed = refusal(parse_xml_file, big)
    assert elapsed < 1.0
    assert "exceeds the limit" in message and f"{MAX_XML_BYTES:,}" in message


def test_malformed_xml_names_the_line() -> None:
    message, _ = refusal(parse_xml_bytes, b"<r>\n<a>\n</b>\n</r>", "bad.xml")
    assert message.startswith("bad.xml: malformed XML at line 3")
    assert "mismatch" in message


@pytest.mark.parametrize(
    "data",
    [b"", b"not xml at all", b"\x00\x01\x02", b"<r>&undefined;</r>", b"<a/><b/>", b"\xff\xfe\x00"],
)
def test_garbage_gives_one_clear_line(data: bytes) -> None:
    message, elapsed = refusal(parse_xml_bytes, data, "g.xml")
    assert message.startswith("g.xml: ") and elapsed < 1.0


def test_absurd_nesting_is_refused_by_the_parser_limits() -> None:
    deep = b"<a>" * 100_000 + b"</a>" * 100_000
    message, elapsed = refusal(parse_xml_bytes, deep)
    assert "malformed XML" in message and elapsed < 1.0


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert refusal(parse_xml_file, tmp_path / "nope.xml")[0].endswith("file not found")
    assert "folder" in refusal(parse_xml_file, tmp_path)[0]


def test_root_tag_sniffs_the_root_and_never_raises(tmp_path: Path, http_server: str) -> None:
    tei = tmp_path / "a.xml"
    tei.write_bytes(b'<?xml version="1.0"?>\n<!-- c --><TEI xmlns="http://www.tei-c.org/ns/1.0"><x/></TEI>')
    assert xmlsafe.root_tag(tei) == "{http://www.tei-c.org/ns/1.0}TEI"
    garbage = tmp_path / "b.xml"
    garbage.write_bytes(b"\x00\x01 not xml")
    assert xmlsafe.root_tag(garbage) is None
    assert xmlsafe.root_tag(tmp_path / "missing.xml") is None
    assert xmlsafe.root_tag(tmp_path) is None  # a folder
    late = tmp_path / "c.xml"
    late.write_bytes(b"<!--" + b"x" * 70_000 + b"--><r/>")
    assert xmlsafe.root_tag(late) is None  # the root is past the sniffed head
    # An external DTD in the head is never fetched.
    dtd = tmp_path / "d.xml"
    dtd.write_bytes(f'<!DOCTYPE r SYSTEM "{http_server}/x.dtd"><r/>'.encode())
    assert xmlsafe.root_tag(dtd) == "r" and _Recorder.hits == []
