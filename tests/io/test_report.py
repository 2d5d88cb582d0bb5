"""The HTML report made from the TEI by XSLT: checked in lxml and in a real headless Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from auditor.core.models import (
    Alignment,
    Audit,
    Bead,
    Chain,
    Decision,
    Finding,
    Segment,
    Severity,
    Span,
    Verdict,
    Witness,
    fingerprint_of,
    segment_id,
)
from auditor.errors import InputError
from auditor.io.report import tei_bytes_to_html, tei_file_to_html
from auditor.io.tei_write import audit_to_tei

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

RU = "Осечкин отправил письмо. Журнал Newsweek его опубликовал."
EN = "Osechkin sent the letter. Newsweek published it."
BN = "ওসেচকিন চিঠি পাঠান। News এটি প্রকাশ করে। [প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি]"


def _segs(wid: str, text: str, ends: tuple[str, ...]) -> tuple[Segment, ...]:
    out, pos = [], 0
    for n, end in enumerate(ends):
        stop = text.index(end, pos) + len(end)
        start = pos + (len(text[pos:stop]) - len(text[pos:stop].lstrip()))
        out.append(Segment(segment_id(wid, n), wid, n, start, stop, text[start:stop]))
        pos = stop
    return tuple(out)


def _span(wid: str, text: str, needle: str) -> Span:
    i = text.index(needle)
    return Span(wid, i, i + len(needle), needle)


def report_audit() -> Audit:
    """ru → en → bn: two hops; overlapping spans in one segment; one finding attributed to hop 1."""
    chain = Chain("Report test: the letter", (
        Witness("ru", "ru", RU, None, "source"),
        Witness("en", "en", EN, "ru", "translation"),
        Witness("bn", "bn", BN, "en", "retelling"),
    ))
    segs = {
        "ru": _segs("ru", RU, ("письмо.", "опубликовал.")),
        "en": _segs("en", EN, ("letter.", "it.")),
        "bn": _segs("bn", BN, ("পাঠান।", "করে।", "হয়নি]")),
    }
    aligns = (
        Alignment("ru", "en", (Bead(("ru-s1",), ("en-s1",), 0.9), Bead(("ru-s2",), ("en-s2",), 0.3))),
        Alignment("en", "bn", (Bead(("en-s1",), ("bn-s1",), 0.8), Bead(("en-s2",), ("bn-s2", "bn-s3"), 0.7))),
    )
    raw = [
        Finding("name-variant", Severity.MAJOR, "bn", ("bn-s2",), (_span("bn", BN, "News"),),
                "‘News’ looks like a truncation of ‘Newsweek’", suggestion="Newsweek", hop=("ru", "en")),
        Finding("term-mismatch", Severity.MINOR, "bn", ("bn-s2",), (_span("bn", BN, "News এটি"),),
                "term not rendered as agreed", hop=("en", "bn")),
        Finding("untranslated-span", Severity.CRITICAL, "bn", ("bn-s3",),
                (_span("bn", BN, "প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি"),), "Bengali text looks untranslated"),
        Finding("name-variant", Severity.MAJOR, "en", ("en-s1",), (_span("en", EN, "Osechkin"),), "a variant"),
    ]
    texts = {s.id: s.text for ss in segs.values() for s in ss}
    findings = tuple(Finding(**{**f.__dict__, "fingerprint": fingerprint_of(f, texts)}) for f in raw)
    decisions = (Decision(findings[3].fingerprint, Verdict.DISMISSED, note="fine", when="2026-11-26T10:00:00Z"),)
    return Audit(chain=chain, segments=segs, alignments=aligns, findings=findings, decisions=decisions)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    tei = folder / "audit.tei.xml"
    tei.write_bytes(audit_to_tei(report_audit()))
    out = folder / "report.html"
    out.write_bytes(tei_file_to_html(tei))
    return out


def test_report_structure_in_lxml(report_file: Path) -> None:
    doc = lxml_html.fromstring(report_file.read_bytes())
    counts = {tr.get("data-check"): [td.text for td in tr.findall("td")[1:]]
              for tr in doc.xpath("//table[@id='check-counts']//tr[@data-check]")}
    assert counts == {"name-variant": ["2", "0", "2", "0"], "term-mismatch": ["1", "0", "0", "1"],
                      "untranslated-span": ["1", "1", "0", "0"]}
    marks = doc.xpath("//mark")
    # "News" is covered by two findings (major + minor): it is one piece, shown at the higher severity.
    pieces = [(m.text, m.get("class"), m.get("data-checks")) for m in marks]
    assert ("News", "hl sev-major", "name-variant term-mismatch") in pieces
    assert (" এটি", "hl sev-minor", "term-mismatch") in pieces
    assert ("প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি", "hl sev-critical", "untranslated-span") in pieces
    assert ("Osechkin", "hl sev-major", "name-variant") in pieces
    # The witness text reads exactly as the original, highlights and all.
    assert "".join(doc.xpath("//article[@id='witness-bn']//p//text()")) == BN  # nothing lost or doubled
    bars = {g.get("data-hop"): int(g.find("{*}rect").get("data-count")) for g in doc.xpath("//*[@class='hop']")}
    assert bars == {"ru→en": 2, "en→bn": 2}  # the hop-attributed "News" finding counts on ru→en
    decisions = [td.text for td in doc.xpath("//tr[contains(@class,'finding')]/td[@class='decision']")]
    assert sorted(decisions) == ["dismissed", "open", "open", "open"]
    assert not doc.xpath("//script | //link[@href] | //img[@src]")


def test_report_refuses_non_tei(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a TEI document"):
        tei_bytes_to_html(b"<tmx version='1.4'><body/></tmx>", tmp_path / "x.xml")


def _browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if missing:
        pytest.fail(f"headless Chromium test needs {', '.join(missing)}: apt-get install -y chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a browser or driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def test_report_in_headless_chromium(report_file: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver = _browser(tmp_path)
    try:
        driver.get(report_file.as_uri())
        assert driver.title == "Audit report: Report test: the letter"
        marks = driver.find_elements(By.CSS_SELECTOR, "article.witness mark.hl")
        assert len(marks) == 4
        critical = driver.find_element(By.CSS_SELECTOR, "mark.sev-critical")
        assert critical.text == "প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি"
        assert critical.is_displayed() and critical.size["width"] > 0
        # Highlights are coloured by severity (the stylesheet is applied; no network needed).
        colours = {m.get_attribute("class"): m.value_of_css_property("background-color") for m in marks}
        assert len(set(colours.values())) == 3
        total = driver.find_element(By.CSS_SELECTOR, "tr[data-check='name-variant'] td.total").text
        assert total == "2"
        assert driver.find_element(By.ID, "total-findings").text == "4"
        bars = driver.find_elements(By.CSS_SELECTOR, "svg#hop-chart rect.bar")
        assert len(bars) == 2  # one bar per hop
        widths = [float(b.get_attribute("width")) for b in bars]
        assert widths[0] == widths[1] > 0  # 2 findings each
        assert all(b.size["width"] > 0 for b in bars)  # really drawn
        link = driver.find_element(By.CSS_SELECTOR, "#finding-list a.quote")
        assert link.get_attribute("href").endswith("#seg-bn-s2")
    finally:
        driver.quit()
