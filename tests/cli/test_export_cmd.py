"""``auditor export`` from a saved TEI, a chain folder and an XLIFF file."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from auditor.batch.worker import open_source
from auditor.config import Settings
from auditor.io.tei_write import write_tei
from tests.batch.conftest import make_chain
from tests.cli.conftest import run_auditor
from tests.io.test_xliff import XLIFF12


def test_export_from_tei_to_every_format(tmp_path: Path) -> None:
    write_tei(open_source(make_chain(tmp_path / "c"), Settings()), tmp_path / "c.tei.xml")
    for fmt in ("tmx", "tsv", "html"):
        proc = run_auditor("export", "c.tei.xml", "--to", fmt, "-o", f"out.{fmt}", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    tsv = (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[0].startswith("hop_source\thop_target") and len(tsv) > 1
    assert "Osechkin" in (tmp_path / "out.tmx").read_text(encoding="utf-8")
    doc = lxml_html.fromstring((tmp_path / "out.html").read_bytes())
    assert len(doc.xpath("//svg[@id='hop-chart']//*[local-name()='rect']")) == 1
    assert doc.xpath("//article[@id='witness-de']")


def test_export_audits_a_chain_or_xliff_first_and_writes_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.xlf").write_text(XLIFF12, encoding="utf-8")
    proc = run_auditor("export", "a.xlf", "--to", "tsv", "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 + 6 and lines[1].split("\t")[:2] == ["en-US", "de"]
    html = run_auditor("export", "a.xlf", "--to", "html", "-o", "r.html", cwd=tmp_path)
    assert html.returncode == 0, html.stderr
    assert "mark class=\"hl sev-" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_export_refuses_to_overwrite_its_input_and_bad_input(tmp_path: Path) -> None:
    write_tei(open_source(make_chain(tmp_path / "c"), Settings()), tmp_path / "c.tei.xml")
    same = run_auditor("export", "c.tei.xml", "--to", "html", "-o", "c.tei.xml", cwd=tmp_path)
    assert same.returncode == 2 and "never overwrites" in same.stderr
    (tmp_path / "bad.tmx").write_text("<tmx", encoding="utf-8")
    bad = run_auditor("export", "bad.tmx", "--to", "tsv", "-o", "x.tsv", cwd=tmp_path)
    assert bad.returncode == 2 and "bad.tmx" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.tsv").exists()
