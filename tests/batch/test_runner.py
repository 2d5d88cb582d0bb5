"""run_batch: one TEI per chain, summaries, a broken chain reported, resumption and --force."""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

from auditor.batch import exit_code, expand, run_batch
from auditor.batch.worker import Task, run_chain, sidecar_path
from auditor.config import Settings
from auditor.io.tei_read import read_tei


def _mtimes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.glob("*.tei.xml")}


def test_batch_writes_tei_and_summaries_and_reports_the_broken_chain(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    jobs = expand([str(corpus)])
    result = run_batch(jobs, out, Settings(), jobs=2, fail_on="critical")
    by_name = {r["name"]: r for r in result.rows}
    assert [r["name"] for r in result.rows] == ["c0", "c1", "c2", "c3", "zz-broken"]
    assert by_name["zz-broken"]["status"] == "error"
    assert "missing.txt" in by_name["zz-broken"]["error"]
    assert not (out / "zz-broken.tei.xml").exists()
    for n in range(4):
        row = by_name[f"c{n}"]
        assert row["status"] == "ok" and row["witnesses"] == 2 and row["hops"] == 1
        audit = read_tei(out / f"c{n}.tei.xml")
        assert row["beads"] == sum(len(a.beads) for a in audit.alignments) > 0
        assert row["findings"] == len(audit.findings) == sum(row["by_check"].values())
        assert sum(row["by_severity"].values()) == row["findings"]
        assert 0.0 <= row["low_confidence_share"] <= 1.0 and row["seconds"] > 0
    doc = json.loads(result.summary_json.read_text(encoding="utf-8"))
    assert doc["totals"]["chains"] == 5 and doc["totals"]["error"] == 1 and doc["totals"]["ok"] == 4
    with result.summary_csv.open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert [r["status"] for r in table] == ["ok"] * 4 + ["error"]
    assert exit_code(result.rows, "never") == 1  # a failed chain always fails the batch


def test_resume_skips_done_chains_and_redoes_stale_ones(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    jobs = expand([str(corpus)])
    first = run_batch(jobs, out, Settings(), jobs=2)
    before = _mtimes(out)
    time.sleep(0.01)
    # An interrupted run: c1's output never got written. c2's witness changed since.
    (out / "c1.tei.xml").unlink()
    de = corpus / "c2" / "de.txt"
    de.write_text(de.read_text(encoding="utf-8") + "Ein neuer Satz.\n", encoding="utf-8")
    second = run_batch(jobs, out, Settings(), jobs=2)
    status = {r["name"]: r["status"] for r in second.rows}
    assert status == {"c0": "skipped", "c1": "ok", "c2": "ok", "c3": "skipped", "zz-broken": "error"}
    after = _mtimes(out)
    assert after["c0.tei.xml"] == before["c0.tei.xml"] and after["c3.tei.xml"] == before["c3.tei.xml"]
    assert after["c2.tei.xml"] > before["c2.tei.xml"]
    # Skipped rows keep the counts of the run that produced them: the summary stays complete.
    old = {r["name"]: r for r in first.rows}
    for name in ("c0", "c3"):
        row = next(r for r in second.rows if r["name"] == name)
        assert row["findings"] == old[name]["findings"] and row["beads"] == old[name]["beads"]
    assert json.loads(second.summary_json.read_text(encoding="utf-8"))["totals"]["chains"] == 5
    forced = run_batch(jobs, out, Settings(), jobs=2, force=True)
    assert [r["status"] for r in forced.rows] == ["ok"] * 4 + ["error"]


def test_a_newer_manifest_or_config_makes_outputs_stale(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('"corpus/c0"\n', encoding="utf-8")
    config = tmp_path / "auditor.toml"
    config.write_text("[checks.name-variant]\nenabled = true\n", encoding="utf-8")
    settings = Settings(config_file=str(config))
    jobs = expand([str(manifest)])
    assert [r["status"] for r in run_batch(jobs, out, settings, jobs=1).rows] == ["ok"]
    assert [r["status"] for r in run_batch(jobs, out, settings, jobs=1).rows] == ["skipped"]
    future = time.time() + 5
    os.utime(config, (future, future))
    assert [r["status"] for r in run_batch(jobs, out, settings, jobs=1).rows] == ["ok"]
    os.utime(manifest, (future + 5, future + 5))
    assert [r["status"] for r in run_batch(jobs, out, settings, jobs=1).rows] == ["ok"]


def test_worker_never_raises_and_writes_output_with_its_summary(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "one.tei.xml"
    row = run_chain(Task(path=str(corpus / "c0"), name="one", out_path=str(out), lang=None, settings=Settings()))
    assert row["status"] == "ok" and out.is_file()
    stored = json.loads(sidecar_path(out).read_text(encoding="utf-8"))
    assert stored["findings"] == row["findings"]
    bad = run_chain(Task(path=str(tmp_path / "nope"), name="nope", out_path=str(tmp_path / "nope.tei.xml"),
                         lang=None, settings=Settings()))
    assert bad["status"] == "error" and "nope" in bad["error"]
    garbage = tmp_path / "garbage.xlf"
    garbage.write_text("<xliff version='1.2'><file", encoding="utf-8")
    bad = run_chain(Task(path=str(garbage), name="g", out_path=str(tmp_path / "g.tei.xml"), lang=None,
                         settings=Settings()))
    assert bad["status"] == "error" and "malformed XML" in bad["error"]


def test_fail_on_gates_on_open_findings_only() -> None:
    row = {"status": "ok", "by_severity": {"critical": 0, "major": 2, "minor": 0},
           "open_by_severity": {"critical": 0, "major": 0, "minor": 0}}
    assert exit_code([row], "major") == 0  # both majors were dismissed by a reviewer
    row["open_by_severity"]["major"] = 1
    assert exit_code([row], "major") == 1 and exit_code([row], "critical") == 0
    assert exit_code([row], "never") == 0
    assert exit_code([{**row, "status": "skipped"}], "minor") == 1


def test_chains_side_by_side_fork_no_check_workers() -> None:
    from auditor.batch.runner import chain_settings

    auto = Settings()
    assert chain_settings(auto, "local", 2).check_workers == 1  # the jobs already share the cores
    assert chain_settings(auto, "dask", 1).check_workers == 1
    assert chain_settings(auto, "local", 1).check_workers == 0  # one job: its checks may share them
    assert chain_settings(Settings(check_workers=3), "local", 2).check_workers == 3  # asked for
