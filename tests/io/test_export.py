"""Exporting aligned beads: TMX 1.4b that reads back as the same pairs, and TSV."""

from __future__ import annotations

from pathlib import Path

from auditor.core.models import Alignment, Audit, Bead, Chain, Segment, Witness, segment_id
from auditor.io.export import TSV_COLUMNS, audit_to_tmx, audit_to_tsv
from auditor.io.tmx import read_tmx
from auditor.io.xmlsafe import parse_xml_bytes

SRC = "Erster Satz.\nZweiter\tSatz. Dritter Satz.\n\nVierter Satz."
TGT = "First sentence. Second sentence and third.\nAn added line."


def _segs(wid: str, text: str, pieces: list[str]) -> tuple[Segment, ...]:
    out, pos = [], 0
    for n, piece in enumerate(pieces):
        start = text.index(piece, pos)
        out.append(Segment(segment_id(wid, n), wid, n, start, start + len(piece), piece))
        pos = start + len(piece)
    return tuple(out)


def export_audit() -> Audit:
    chain = Chain("export", (Witness("de", "de", SRC, None, "source"), Witness("en", "en", TGT, "de")))
    segs = {
        "de": _segs("de", SRC, ["Erster Satz.", "Zweiter\tSatz.", "Dritter Satz.", "Vierter Satz."]),
        "en": _segs("en", TGT, ["First sentence.", "Second sentence and third.", "An added line."]),
    }
    beads = (Bead(("de-s1",), ("en-s1",), 0.91, confirmed=True), Bead(("de-s2", "de-s3"), ("en-s2",), 0.42),
             Bead(("de-s4",), (), 0.0), Bead((), ("en-s3",), 0.0))
    return Audit(chain=chain, segments=segs, alignments=(Alignment("de", "en", beads),), findings=())


def test_tmx_export_is_tmx14b_and_reads_back(tmp_path: Path) -> None:
    data = audit_to_tmx(export_audit())
    root = parse_xml_bytes(data).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    for attr in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"):
        assert header.get(attr), attr  # every attribute TMX 1.4b requires
    tus = root.findall("body/tu")
    assert len(tus) == 2  # null beads have no translation unit
    assert [p.text for p in tus[1].findall("prop")] == ["de>en", "0.4200", "no", "de-s2 de-s3 en-s2"]
    path = tmp_path / "out.tmx"
    path.write_bytes(data)
    doc = read_tmx(path)
    pairs = [(u.texts["de"], u.texts["en"]) for u in doc.units]
    # A 2-1 bead keeps its source text as written between its segments; tabs survive, breaks fold.
    assert pairs == [("Erster Satz.", "First sentence."), ("Zweiter\tSatz. Dritter Satz.", "Second sentence and third.")]


def test_tsv_export_keeps_every_bead(tmp_path: Path) -> None:
    lines = audit_to_tsv(export_audit()).splitlines()
    assert lines[0].split("\t") == list(TSV_COLUMNS)
    rows = [dict(zip(TSV_COLUMNS, line.split("\t"), strict=False)) for line in lines[1:]]
    assert len(rows) == 4 and all(len(line.split("\t")) == len(TSV_COLUMNS) for line in lines)
    assert rows[1]["source_text"] == "Zweiter Satz. Dritter Satz."  # the tab became a space
    assert rows[1]["source_ids"] == "de-s2 de-s3" and rows[1]["score"] == "0.4200" and rows[1]["confirmed"] == "no"
    assert rows[2]["target_text"] == "" and rows[3]["source_text"] == "" and rows[3]["target_text"] == "An added line."
    assert rows[0]["confirmed"] == "yes"
