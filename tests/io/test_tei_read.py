"""The TEI reader: lossless round trip, safe parsing, clear errors for broken records."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from auditor.core.models import Audit, Chain, Change, Decision, Finding, Severity, Span, Verdict
from auditor.errors import InputError
from auditor.io.tei_read import is_tei_file, read_tei, tei_to_audit
from auditor.io.tei_write import audit_to_tei, write_tei
from tests.io._tei_samples import sample_audit, single_witness_audit
from tests.io.test_xmlsafe import BILLION_LAUGHS

SHARED_EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "tei" / "example-audit.xml"


def error_of(data: bytes, path: str = "a.xml") -> str:
    with pytest.raises(InputError) as info:
        tei_to_audit(data, path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


def test_round_trip_gives_an_equal_audit_and_identical_bytes() -> None:
    a = sample_audit()
    data = audit_to_tei(a)
    back = tei_to_audit(data)
    assert back == a
    assert back.segments["en"] == a.segments["en"]  # offsets rebuilt exactly
    assert audit_to_tei(back) == data


def test_round_trip_keeps_details_that_are_easy_to_lose() -> None:
    a = sample_audit()
    back = tei_to_audit(audit_to_tei(a))
    assert back.chain.witness("en").text.endswith("An addition!   ")
    assert back.chain.witness("bn").text.startswith("\n  ")
    assert "\r\n\r\n" in back.chain.witness("en").text
    assert [b.kind for b in back.alignment("bn", "en").beads] == ["1-1", "1-1", "1-2", "0-1"]
    assert back.alignment("en", "fr").beads[2] == dataclasses.replace(a.alignment("en", "fr").beads[2])
    assert back.findings[1].evidence == a.findings[1].evidence  # repeated keys, in order
    assert back.decisions[3].finding == "0" * 64 and back.decisions[3].correction == "fixed"
    assert back.decisions[2].note == "  spaces kept  \n"
    assert back.history[0].who == "auditor" and back.history[1].text == ""
    assert back.skipped == a.skipped and back.signature == a.signature


def test_file_round_trip_through_write_and_read(tmp_path: Path) -> None:
    a = sample_audit()
    out = tmp_path / "audit.xml"
    write_tei(a, out)
    assert read_tei(out) == a
    assert is_tei_file(out)


def test_unsegmented_witness_round_trips() -> None:
    a = dataclasses.replace(single_witness_audit("One. Two."), segments={})
    assert tei_to_audit(audit_to_tei(a)) == a


_ILLEGAL = st.sampled_from(["\x00", "\x01", "\x1f", "\ud800", "\udfff", "\ufffe", "\uffff", "\x0b", "\x0c"])
_TRICKY = st.sampled_from(
    ["\u202e", "\u2066", "\u200f", "\u200d", "\u0301", "\U0001f600", "\U00010348", "\r", "\r\n", "\t", "\xa0",
     "\u2028", "\ufeff", "\ufffd", "]]>", "&amp;", "<s>", "  ", "\n\n", "।", "ক্ষ"]
)  # fmt: skip
_TEXT = st.lists(st.one_of(st.text(max_size=8), _TRICKY, _ILLEGAL), max_size=12).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, message=_TEXT, note=_TEXT, author=_TEXT, bounds=st.tuples(st.integers(0, 99), st.integers(0, 99)))
def test_property_any_unicode_round_trips_byte_identically(
    tei_schema: etree.RelaxNG, text: str, message: str, note: str, author: str, bounds: tuple[int, int]
) -> None:
    """XML-illegal characters included: they are stored as <g type="codepoint"> and come back."""
    a = single_witness_audit(text)
    lo, hi = sorted(min(b, len(text)) for b in bounds)
    f = Finding("hidden-text", Severity.MAJOR, "w", (), (Span("w", lo, hi, text[lo:hi]),), message, note,
                evidence=((author, message),), fingerprint="ab" * 32)  # fmt: skip
    a = dataclasses.replace(
        a,
        chain=dataclasses.replace(a.chain, title=note),
        findings=(f,),
        decisions=(Decision(f.fingerprint, Verdict.CORRECTED, note, message, author, "2026-11-26T10:00:00Z"),),
        history=(Change("2026-11-26", author, "reviewed", message),),
    )
    data = audit_to_tei(a)
    back = tei_to_audit(data)
    assert back == a
    assert audit_to_tei(back) == data
    assert tei_schema.validate(etree.fromstring(data).getroottree()), tei_schema.error_log


def test_illegal_characters_in_every_free_text_field_round_trip(tei_schema: etree.RelaxNG) -> None:
    x = "a\x00b\x1f\ud83d"
    a = sample_audit()
    a = dataclasses.replace(
        a,
        chain=Chain(x, tuple(dataclasses.replace(w, via=x, title=x, source_file=x) for w in a.chain.witnesses)),
        findings=tuple(dataclasses.replace(f, message=x, suggestion=x, evidence=((x, x),)) for f in a.findings),
        decisions=tuple(dataclasses.replace(d, note=x, correction=x, author=x + d.author) for d in a.decisions),
        history=tuple(dataclasses.replace(h, who=x + h.who, text=x) for h in a.history),
    )
    data = audit_to_tei(a)
    assert tei_schema.validate(etree.fromstring(data).getroottree()), tei_schema.error_log
    assert tei_to_audit(data) == a


def test_dangling_pointer_is_a_clear_error() -> None:
    a = sample_audit()
    data = audit_to_tei(a).replace(f'target="#{a.findings[0].id}"'.encode(), b'target="#nowhere"')
    assert error_of(data) == 'a.xml: dangling pointer #nowhere in <annotation xml:id="rev-1">'


def test_dangling_string_range_and_out_of_range_offsets() -> None:
    data = audit_to_tei(sample_audit())
    gone = data.replace(b"#string-range(en-s4,0,39)", b"#string-range(en-s99,0,39)")
    assert "dangling pointer #en-s99 in <span xml:id=" in error_of(gone)
    past = data.replace(b"#string-range(en-s4,0,39)", b"#string-range(en-s4,0,9999)")
    assert "reaches past the end of #en-s4" in error_of(past)


def test_malformed_record_names_the_line() -> None:
    data = audit_to_tei(sample_audit()).replace(b"</titleStmt>", b"</titleStmnt>", 1)
    line = data[: data.index(b"</titleStmnt>")].count(b"\n") + 1
    assert error_of(data).startswith(f"a.xml: malformed XML at line {line}, column ")


def test_non_tei_xml_is_refused_clearly() -> None:
    assert "not a TEI audit record: root element is <tmx> outside the TEI namespace" in error_of(
        b'<tmx version="1.4"><body/></tmx>'
    )


def test_tei_of_another_shape_is_refused_clearly() -> None:
    message = error_of(SHARED_EXAMPLE.read_bytes())
    assert message.endswith("@domains must point to two witness texts")  # a three-way linkGrp


def test_hostile_input_is_refused_before_loading(tmp_path: Path) -> None:
    f = tmp_path / "lol.xml"
    f.write_bytes(BILLION_LAUGHS)
    with pytest.raises(InputError, match="entity-expansion"):
        read_tei(f)
    assert is_tei_file(f) is True  # the sniff only dispatches; loading is what refuses
    assert is_tei_file(tmp_path / "missing.xml") is False


def test_is_tei_file_sniffs_cheaply(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_bytes(b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><x/></TEI>')
    (tmp_path / "b.xml").write_bytes(b"<TEI><x/></TEI>")  # not in the TEI namespace
    (tmp_path / "c.txt").write_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    (tmp_path / "d.xml").write_bytes(b"\x00\x01 binary")
    assert [is_tei_file(tmp_path / n) for n in ("a.xml", "b.xml", "c.txt", "d.xml")] == [True, False, False, False]
    assert is_tei_file(tmp_path) is False


def test_witness_and_segment_fields_come_back(tmp_path: Path) -> None:
    a: Audit = sample_audit()
    back = tei_to_audit(audit_to_tei(a))
    assert back.chain.witnesses == a.chain.witnesses
    assert back.chain.witness("fr").parent == "en" and back.chain.witness("bn").parent is None
    assert [s.paragraph for s in back.segments["bn"]] == [0, 0, 1]
