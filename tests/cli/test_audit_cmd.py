"""``auditor audit`` run as a subprocess on the bundled samples and on bad input."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from tests.cli.conftest import ROOT, run_auditor

SAMPLES = sorted(p.parent for p in (ROOT / "samples").glob("*/chain.toml"))


@pytest.fixture(scope="module")
def sample_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict, Path]]:
    out = {}
    for sample in SAMPLES:
        tmp = tmp_path_factory.mktemp(sample.name)
        tei = tmp / "audit.tei.xml"
        proc = run_auditor("audit", str(sample), "-o", str(tei), "--format", "json", cwd=tmp)
        assert proc.returncode == 0, proc.stderr
        out[sample.name] = (json.loads(proc.stdout), tei)
    return out


def test_there_are_at_least_two_samples() -> None:
    assert (ROOT / "samples" / "fsb-letter" / "chain.toml").is_file()
    assert len(SAMPLES) >= 2


@pytest.mark.parametrize("sample", [p.name for p in SAMPLES])
def test_expected_findings_present_and_false_positives_absent(sample: str, sample_results) -> None:
    data, _ = sample_results[sample]
    expected = tomllib.loads((ROOT / "samples" / sample / "expected.toml").read_text(encoding="utf-8"))
    for exp in expected.get("expect", []):
        if exp.get("optional"):
            continue
        hits = [
            f for f in data["findings"]
            if f["check"] == exp["check"] and f["witness"] == exp["witness"]
            and any(exp["text"] in s["text"] for s in f["spans"])
        ]
        assert hits, f"missing {exp['check']} on {exp['text']!r} in {exp['witness']}"
    for avoid in expected.get("avoid", []):
        bad = [
            f for f in data["findings"]
            if f["check"] == avoid["check"] and f["witness"] == avoid["witness"]
            and any(s["text"] == avoid["text"] for s in f["spans"])
        ]
        assert not bad, f"false positive {avoid['check']} on {avoid['text']!r}: {bad[0]['message']}"


@pytest.mark.parametrize("sample", [p.name for p in SAMPLES])
def test_json_offsets_index_the_witness_text(sample: str, sample_results) -> None:
    data, _ = sample_results[sample]
    texts = {}
    manifest = tomllib.loads((ROOT / "samples" / sample / "chain.toml").read_text(encoding="utf-8"))
    for w in manifest["witness"]:
        raw = (ROOT / "samples" / sample / w["file"]).read_bytes()
        texts[w["id"]] = raw.decode("utf-8-sig")
    for w in data["witnesses"]:
        for s in w["segments"]:
            assert texts[w["id"]][s["start"]:s["end"]] == s["text"]
    for f in data["findings"]:
        assert f["fingerprint"] and f["id"]
        for s in f["spans"]:
            assert texts[s["witness"]][s["start"]:s["end"]] == s["text"]


def test_fsb_letter_contract(sample_results) -> None:
    data, _tei = sample_results["fsb-letter"]
    untranslated = [f for f in data["findings"] if f["check"] == "untranslated-span"]
    assert len([f for f in untranslated if f["witness"] == "en"]) == 1
    (only,) = [f for f in untranslated if f["witness"] == "en"]
    assert "প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি" in only["spans"][0]["text"]
    variants = [s["text"] for f in data["findings"] if f["check"] == "name-variant" for s in f["spans"]]
    assert "Osekkin" in variants and "News" in variants
    (hop,) = [a for a in data["alignments"] if a["hop"] == ["bn", "en"]]
    aligned_bn = {sid for b in hop["beads"] if b["target"] for sid in b["source"]}
    bn_ids = {s["id"] for w in data["witnesses"] if w["id"] == "bn" for s in w["segments"]}
    assert bn_ids and aligned_bn == bn_ids, f"unaligned bn segments: {sorted(bn_ids - aligned_bn)}"
    assert data["signature"]["mt.provider"] == "none"


def test_fingerprints_are_stable_across_runs(sample_results, tmp_path: Path) -> None:
    data, _ = sample_results["fsb-letter"]
    proc = run_auditor("audit", "samples/fsb-letter", "--format", "json")
    again = json.loads(proc.stdout)
    assert [f["fingerprint"] for f in again["findings"]] == [f["fingerprint"] for f in data["findings"]]


def test_tei_written_validates_and_loads_back(sample_results, tei_schema) -> None:
    from lxml import etree

    from auditor.io.json_report import audit_to_dict
    from auditor.io.tei_read import read_tei

    data, tei = sample_results["fsb-letter"]
    assert tei_schema.validate(etree.parse(str(tei))), tei_schema.error_log.last_error
    assert run_auditor("validate", str(tei)).returncode == 0
    loaded = audit_to_dict(read_tei(tei))
    assert loaded["findings"] == data["findings"]
    assert loaded["alignments"] == data["alignments"]
    # Auditing the saved TEI prints the same findings without re-running anything.
    proc = run_auditor("audit", str(tei), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["findings"] == data["findings"]


def test_table_output_and_fail_on(tmp_path: Path) -> None:
    proc = run_auditor("audit", "samples/fsb-letter")
    assert proc.returncode == 0, proc.stderr
    assert "untranslated-span" in proc.stdout and "name-variant" in proc.stdout
    assert run_auditor("audit", "samples/fsb-letter", "--fail-on", "minor").returncode == 1


def test_decisions_in_an_existing_output_survive_a_rerun(tmp_path: Path) -> None:
    from dataclasses import replace

    from auditor.core.models import Decision, Verdict
    from auditor.io.tei_read import read_tei
    from auditor.io.tei_write import write_tei

    out = tmp_path / "a.tei.xml"
    assert run_auditor("audit", str(ROOT / "samples/fsb-letter"), "-o", str(out)).returncode == 0
    audit = read_tei(out)
    target = audit.findings[0].fingerprint
    write_tei(replace(audit, decisions=(Decision(target, Verdict.DISMISSED, note="ok", when="2026-11-26T10:00:00Z"),)), out)
    proc = run_auditor("audit", str(ROOT / "samples/fsb-letter"), "-o", str(out), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    status = {f["fingerprint"]: f["status"] for f in json.loads(proc.stdout)["findings"]}
    assert status[target] == "dismissed"


def _one_error_line(proc) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_folder_that_is_not_a_chain(tmp_path: Path) -> None:
    proc = run_auditor("audit", str(tmp_path))
    assert proc.returncode == 2
    assert str(tmp_path) in _one_error_line(proc)


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "image.png"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    proc = run_auditor("audit", str(f))
    assert proc.returncode == 2
    assert "image.png" in _one_error_line(proc)


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    proc = run_auditor("audit", str(f))
    assert proc.returncode == 2
    line = _one_error_line(proc)
    assert "empty.txt" in line and "empty" in line


def test_malformed_tei(tmp_path: Path) -> None:
    f = tmp_path / "broken.xml"
    f.write_text('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>', encoding="utf-8")
    proc = run_auditor("audit", str(f))
    assert proc.returncode == 2
    assert "broken.xml" in _one_error_line(proc)


def test_missing_path() -> None:
    proc = run_auditor("audit", "no/such/chain")
    assert proc.returncode == 2
    assert "no/such/chain" in _one_error_line(proc)


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    src = tmp_path / "text.txt"
    src.write_text("A short text. It has two sentences.\n", encoding="utf-8")
    before = src.read_bytes()
    proc = run_auditor("audit", str(src), "-o", str(src))
    assert proc.returncode == 2 and src.read_bytes() == before


def test_single_text_file_is_a_chain_of_one(tmp_path: Path) -> None:
    proc = run_auditor("audit", str(ROOT / "samples/fsb-letter/en.txt"), "--lang", "en", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [w["id"] for w in data["witnesses"]] and data["alignments"] == []
    assert any(f["check"] == "untranslated-span" for f in data["findings"])


def test_checks_lists_the_registry() -> None:
    proc = run_auditor("checks")
    assert proc.returncode == 0
    for check_id in ("untranslated-span", "name-variant"):
        assert check_id in proc.stdout


@pytest.mark.parametrize(
    "args",
    [("audit",), ("audit", "samples/fsb-letter", "--format", "xml"), ("audit", "samples/fsb-letter", "--mt", "bogus"), ("bogus",)],
)
def test_usage_errors_are_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    proc = run_auditor(*args)
    assert proc.returncode == 2
    assert _one_error_line(proc).startswith("auditor: error:")


def test_mt_unreachable_warns_once_and_keeps_the_offline_findings(tmp_path: Path) -> None:
    offline = json.loads(run_auditor("audit", str(ROOT / "samples/fsb-letter"), "--format", "json", cwd=tmp_path).stdout)
    # Port 9 on loopback: nothing listens, so the connection is refused at once.
    cfg = tmp_path / "auditor.toml"
    cfg.write_text('[mt]\nprovider = "libre"\ncustom_url = "http://127.0.0.1:9/"\ntimeout = 2\n', encoding="utf-8")
    proc = run_auditor("audit", str(ROOT / "samples/fsb-letter"), "--format", "json", "--config", str(cfg), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    warnings = [ln for ln in proc.stderr.splitlines() if "warning" in ln]
    assert len(warnings) == 1, proc.stderr
    online = json.loads(proc.stdout)
    assert [f["fingerprint"] for f in online["findings"]] == [f["fingerprint"] for f in offline["findings"]]
    assert any(s["check"] == "mistranslation-suspect" and "unavailable" in s["reason"] for s in online["skipped"])
    assert online["signature"]["mt.provider"] == "libre"


def test_several_text_files_are_a_linear_chain(tmp_path: Path) -> None:
    (tmp_path / "english.txt").write_text(
        "Vladimir Osechkin runs the site. He said 12 agents wrote to him in March.\n", encoding="utf-8")
    (tmp_path / "bengali.txt").write_text(
        "ভ্লাদিমির ওসেচকিন সাইটটি চালান। তিনি বলেন, মার্চে ১৫ জন এজেন্ট তাঁকে লিখেছিলেন।\n", encoding="utf-8")
    (tmp_path / "back.txt").write_text(
        "Vladimir Osekkin runs the site. He said 15 agents wrote to him in March.\n", encoding="utf-8")
    proc = run_auditor("audit", "english.txt", "bengali.txt", "back.txt", "--lang", "en,,en", "--format", "json",
                       "-o", "chain.tei.xml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    ws = {w["id"]: (w["lang"], w["parent"]) for w in doc["witnesses"]}
    assert ws == {"english": ("en", None), "bengali": ("bn", "english"), "back": ("en", "bengali")}
    got = {(f["check"], f["witness"]) for f in doc["findings"]}
    assert ("number-mismatch", "bengali") in got and ("name-variant", "back") in got
    assert run_auditor("validate", "chain.tei.xml", cwd=tmp_path).returncode == 0
    # every name is an input that is never overwritten; a folder cannot be one link of the list
    bad = run_auditor("audit", "english.txt", "bengali.txt", "-o", "bengali.txt", cwd=tmp_path)
    assert bad.returncode == 2 and "never overwrites" in bad.stderr
    (tmp_path / "sub").mkdir()
    bad = run_auditor("audit", "english.txt", "sub", cwd=tmp_path)
    assert bad.returncode == 2 and "sub" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    bad = run_auditor("audit", "english.txt", "bengali.txt", "--lang", "en,bn,ru", cwd=tmp_path)
    assert bad.returncode == 2 and "3 languages given for 2 files" in bad.stderr


def test_a_path_the_file_system_refuses_is_bad_input(tmp_path: Path) -> None:
    proc = run_auditor("audit", "x" * 300 + ".txt", cwd=tmp_path)
    assert proc.returncode == 2 and "File name too long" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and len(proc.stderr) < 200


def test_a_manifest_may_make_every_line_one_segment(tmp_path: Path) -> None:
    # UI strings: each line is what the translator translated, two sentences or not
    (tmp_path / "en.txt").write_text("Couldn't connect. Check your connection and try again.\nSaved.\n", encoding="utf-8")
    (tmp_path / "de.txt").write_text("Keine Verbindung. Check your connection and try again.\nGespeichert.\n",
                                     encoding="utf-8")
    manifest = ('title = "strings"\n{seg}\n[[witness]]\nid = "en"\nlang = "en"\nfile = "en.txt"\n\n'
                '[[witness]]\nid = "de"\nlang = "de"\nfile = "de.txt"\nparent = "en"\n')
    (tmp_path / "chain.toml").write_text(manifest.format(seg='segmentation = "lines"'), encoding="utf-8")
    proc = run_auditor("audit", str(tmp_path), "--format", "json", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    found = {(f["check"], f["spans"][0]["text"]) for f in data["findings"] if f["witness"] == "de"}
    assert ("untranslated-span", "Check your connection and try again") in found
    # by sentences, the English sentence is a whole segment left as it was
    (tmp_path / "chain.toml").write_text(manifest.format(seg=""), encoding="utf-8")
    data = json.loads(run_auditor("audit", str(tmp_path), "--format", "json", cwd=tmp_path).stdout)
    assert any(f["check"] == "same-as-source" for f in data["findings"] if f["witness"] == "de")
    # a value the tool does not know is bad input, named
    (tmp_path / "chain.toml").write_text(manifest.format(seg='segmentation = "paragraphs"'), encoding="utf-8")
    proc = run_auditor("audit", str(tmp_path), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2 and "segmentation" in proc.stderr and "chain.toml" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
