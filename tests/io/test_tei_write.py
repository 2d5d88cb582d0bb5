"""The TEI writer: valid against tei_all, deterministic, witness text kept exactly."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree

from auditor.core.models import Audit, Bead, Chain, Decision, Segment, Span, Verdict, Witness
from auditor.io.tei_names import TEI_NS, XML_ID, t
from auditor.io.tei_validate import integrity_problems
from auditor.io.tei_write import audit_to_tei, write_tei
from tests.io._tei_samples import sample_audit, single_witness_audit

NS = {"tei": TEI_NS}


@pytest.fixture(scope="module")
def audit() -> Audit:
    return sample_audit()


@pytest.fixture(scope="module")
def doc(audit: Audit) -> etree._Element:
    return etree.fromstring(audit_to_tei(audit))


def by_id(doc: etree._Element, xml_id: str) -> etree._Element:
    (el,) = doc.xpath("//*[@xml:id=$id]", id=xml_id)
    return el


def test_written_record_validates_and_has_no_dangling_pointer(audit: Audit, tei_schema: etree.RelaxNG) -> None:
    tree = etree.fromstring(audit_to_tei(audit)).getroottree()
    assert tei_schema.validate(tree), tei_schema.error_log
    assert integrity_problems(tree.getroot()) == []


def test_output_is_deterministic_utf8_with_declaration(audit: Audit) -> None:
    data = audit_to_tei(audit)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<TEI")
    assert data == audit_to_tei(sample_audit())
    data.decode("utf-8")


def test_witness_text_nodes_concatenate_to_the_input(audit: Audit, doc: etree._Element) -> None:
    for w in audit.chain.witnesses:
        text_el = by_id(doc, f"T-{w.id}")
        assert "".join(text_el.itertext()) == w.text
        assert text_el.get("{http://www.w3.org/XML/1998/namespace}lang") == w.lang
        assert text_el.get("corresp") == f"#wit-{w.id}"


def test_segments_are_s_elements_grouped_by_paragraph(audit: Audit, doc: etree._Element) -> None:
    paragraphs = by_id(doc, "T-en").findall(".//tei:p", NS)
    assert [[s.get(XML_ID) for s in p.findall("tei:s", NS)] for p in paragraphs] == [
        ["en-s1", "en-s2"],
        ["en-s3", "en-s4", "en-s5"],
    ]
    assert by_id(doc, "en-s4").xpath("string()") == audit.segment("en-s4").text


def test_witness_metadata_is_machine_readable(doc: etree._Element) -> None:
    fr = by_id(doc, "wit-fr")
    assert fr.get("n") == "retelling"
    notes = {n.get("type"): n.text for n in fr.findall("tei:note", NS)}
    assert notes == {"lang": "fr-CA", "via": "Le Devoir", "title": "Titre « x »"}
    rel = doc.find(".//tei:relation[@active='#wit-fr']", NS)
    assert rel is not None and rel.get("passive") == "#wit-en"


def test_null_beads_point_at_the_other_text_and_keep_order(doc: etree._Element) -> None:
    grp = doc.find(".//tei:linkGrp[@domains='#T-en #T-fr']", NS)
    links = [(link.get("type"), link.get("target"), link.get("subtype"), link.get("cert")) for link in grp]
    assert links == [
        ("translation", "#en-s1 #en-s2 #fr-s1", None, "0.61"),
        ("translation", "#en-s3 #fr-s2", None, "1e-05"),
        ("omission", "#en-s4 #T-fr", "confirmed", "0.25"),
        ("translation", "#en-s5 #fr-s3", None, "0.125"),
    ]
    assert doc.find(".//tei:link[@type='addition']", NS).get("target") == "#T-bn #en-s5"


def test_spans_use_segment_string_ranges_or_witness_offsets_across_segments(audit: Audit, doc: etree._Element) -> None:
    f3 = audit.findings[2]
    span = by_id(doc, f3.id)
    second = f3.spans[1]
    assert span.get("target") == (
        f"#string-range(en-s3,0,12) #string-range(T-en,{second.start},{len(second.text)})"
    )
    assert span.get("ana") == f"#flag.bracket-insertion #severity.minor #fs.{f3.id}"
    assert span.text == "spans across segments"


def test_duplicate_fingerprints_get_distinct_ids(audit: Audit, doc: etree._Element) -> None:
    ids = [s.get(XML_ID) for s in doc.iterfind(".//tei:span", NS)]
    assert len(ids) == len(set(ids)) == len(audit.findings)
    assert ids[-1] == f"{audit.findings[-1].id}-2"
    assert ids[4] == "flag-5"  # no fingerprint


def test_decisions_are_review_annotations(audit: Audit, doc: etree._Element) -> None:
    anns = doc.findall(".//tei:listAnnotation[@type='review']/tei:annotation", NS)
    assert [a.get("ana") for a in anns] == [f"#decision.{d.verdict.value}" for d in audit.decisions]
    corrected = anns[1]
    assert corrected.get("target") == f"#{audit.findings[1].id}"
    assert corrected.find(".//tei:sic", NS).text == "Osekkin"
    assert corrected.find(".//tei:corr", NS).text == "Osechkin"
    stale = anns[3]
    assert stale.get("target") == "#flags"
    assert stale.find("tei:note[@type='fingerprint']", NS).text == "0" * 64


def test_single_witness_without_standoff_is_valid(tei_schema: etree.RelaxNG) -> None:
    data = audit_to_tei(single_witness_audit("  Hello world.  "))
    root = etree.fromstring(data)
    assert root.find(t("standOff")) is None
    assert tei_schema.validate(root.getroottree()), tei_schema.error_log


def test_xml_illegal_characters_become_codepoint_g(tei_schema: etree.RelaxNG) -> None:
    text = "NUL\x00 bell\x07 \ud800 \ufffe end"
    root = etree.fromstring(audit_to_tei(single_witness_audit(text)))
    gs = root.findall(".//tei:g[@type='codepoint']", NS)
    assert [g.get("n") for g in gs] == ["U+0000", "U+0007", "U+D800", "U+FFFE"]
    assert all(g.text == "\ufffd" for g in gs)
    # The placeholder keeps code-point offsets: one character for one character.
    assert len("".join(by_id(root, "T-w").itertext())) == len(text)
    assert tei_schema.validate(root.getroottree()), tei_schema.error_log


@pytest.mark.parametrize(
    "change, what",
    [
        ({"signature": (("key\x00", "v"),)}, "signature key"),
        ({"signature": (("key", "v\x00"),)}, "signature value"),
        ({"skipped": (("check", "no MT\x07"),)}, "skipped reason"),
    ],
)
def test_illegal_character_where_no_markup_can_go_is_refused(change: dict, what: str) -> None:
    with pytest.raises(ValueError, match=what):
        audit_to_tei(dataclasses.replace(single_witness_audit("x"), **change))


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda a: dataclasses.replace(a, segments={"w": (Segment("w-s1", "w", 0, 0, 3, "abX"),)}), "text differs"),
        (
            lambda a: dataclasses.replace(
                a, segments={"w": (Segment("w-s1", "w", 0, 0, 3, "abc"), Segment("w-s2", "w", 1, 2, 4, "cd"))}
            ),
            "overlaps",
        ),
        (lambda a: dataclasses.replace(a, segments={"w": (Segment("1bad", "w", 0, 0, 3, "abc"),)}), "NCName"),
        (lambda a: dataclasses.replace(a, findings=(dataclasses.replace(_finding(), confidence=1.5),)), r"\[0, 1\]"),
        (
            lambda a: dataclasses.replace(
                a, findings=(dataclasses.replace(_finding(), spans=(Span("w", 0, 2, "zz"),)),)
            ),
            "text differs",
        ),
        (lambda a: dataclasses.replace(a, decisions=(Decision("x", Verdict.OPEN, when="26/11/2026"),)), "W3C"),
    ],
)
def test_inconsistent_audits_are_refused_not_written_lossily(breakage, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        audit_to_tei(breakage(single_witness_audit("abcd")))


def _finding():
    from auditor.core.models import Finding, Severity

    return Finding("c", Severity.MINOR, "w", (), (Span("w", 0, 2, "ab"),), "m")


def test_bad_bead_is_refused() -> None:
    from auditor.core.models import Alignment

    a = dataclasses.replace(
        sample_audit(), alignments=(Alignment("bn", "en", (Bead(("bn-s1",), ("bn-s2",), 0.5),)),)
    )
    with pytest.raises(ValueError, match="not a segment of en"):
        audit_to_tei(a)


def test_write_tei_writes_the_same_bytes_atomically(tmp_path: Path, audit: Audit) -> None:
    out = tmp_path / "audit.xml"
    out.write_bytes(b"old")
    write_tei(audit, out)
    assert out.read_bytes() == audit_to_tei(audit)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.xml"]


def test_unsegmented_witness_is_marked(tei_schema: etree.RelaxNG) -> None:
    a = Audit(Chain("t", (Witness("w", "en", "One. Two."),)), {}, (), ())
    root = etree.fromstring(audit_to_tei(a))
    assert root.find(".//tei:text[@type='unsegmented']", NS) is not None
    assert tei_schema.validate(root.getroottree())
