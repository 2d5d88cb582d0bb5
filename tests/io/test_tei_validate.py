"""Validation: RELAX NG, referential integrity, the Schematron-only rules auditor relies on."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from auditor.io.tei_validate import integrity_problems, tei_schema, validate_tei
from auditor.io.tei_write import audit_to_tei
from tests.io._tei_samples import sample_audit
from tests.io.test_xmlsafe import BILLION_LAUGHS

EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "tei" / "example-audit.xml"


def test_the_shared_example_is_valid(tei_schema: etree.RelaxNG) -> None:
    data = EXAMPLE.read_bytes()
    assert tei_schema.validate(etree.fromstring(data).getroottree())
    assert validate_tei(data) == []


def test_a_written_audit_is_valid() -> None:
    assert validate_tei(audit_to_tei(sample_audit())) == []


def test_schema_is_compiled_once_per_process() -> None:
    assert tei_schema() is tei_schema()


def test_schema_errors_carry_line_numbers() -> None:
    data = audit_to_tei(sample_audit()).replace(b'cert="0.873"', b'cert="1.5"')
    problems = validate_tei(data)
    line = data[: data.index(b'cert="1.5"')].count(b"\n") + 1
    assert problems and all(p.startswith(f"line {line}: ") for p in problems)
    assert any("cert" in p for p in problems)


def test_dangling_and_out_of_range_pointers_are_reported() -> None:
    data = (
        EXAMPLE.read_bytes()
        .replace(b'target="#flag1"', b'target="#flag9"')
        .replace(b'target="#enB-f1"', b'target="#string-range(enB-f1,3,50)"')
    )
    assert validate_tei(data) == [
        'pointer #string-range(enB-f1,3,50) reaches past the end of #enB-f1 (11 characters) in <span xml:id="flag2">',
        'dangling pointer #flag9 in <annotation xml:id="rev-flag1">',
    ]


def test_schematron_only_rules_are_enforced() -> None:
    data = (
        EXAMPLE.read_bytes()
        .replace(b'target="#bn-s2 #enA-s2 #enB-s2"', b'target="#bn-s2"')
        .replace(b'target="#enB-f1"', b'from="#enB-s1" to="#enB-s2" target="#enB-f1"')
    )
    problems = validate_tei(data)
    assert '<link xml:id="al2">: @target needs at least two pointers' in problems
    assert '<span xml:id="flag2">: @target excludes @from and @to' in problems


def test_external_uris_are_not_resolved_or_fetched() -> None:
    root = etree.fromstring(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><ptr target="http://127.0.0.1:9/x other.xml#a"/></TEI>'
    )
    assert integrity_problems(root) == []


def test_unsafe_xml_is_one_problem() -> None:
    problems = validate_tei(BILLION_LAUGHS)
    assert len(problems) == 1 and "entity-expansion" in problems[0]
