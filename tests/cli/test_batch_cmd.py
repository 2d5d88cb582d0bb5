"""``auditor batch`` as a user runs it: exit codes, the summary table, interruption and resumption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from tests.batch.conftest import make_chain
from tests.cli.conftest import AUDITOR, run_auditor


def test_batch_exit_codes_and_summary_table(tmp_path: Path) -> None:
    for n in range(3):
        make_chain(tmp_path / "corpus" / f"c{n}")
    proc = run_auditor("batch", "corpus", "--out-dir", "out", "-j", "2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "3 chains: 3 audited" in proc.stdout
    for n in range(3):
        assert f"c{n}" in proc.stdout and (tmp_path / "out" / f"c{n}.tei.xml").is_file()
    doc = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert doc["totals"]["ok"] == 3
    again = run_auditor("batch", "corpus", "--out-dir", "out", cwd=tmp_path)
    assert again.returncode == 0 and "3 skipped" in again.stdout
    make_chain(tmp_path / "corpus" / "broken", broken=True)
    failed = run_auditor("batch", "corpus", "--out-dir", "out", cwd=tmp_path)
    assert failed.returncode == 1
    assert "failed: broken:" in failed.stdout and "missing.txt" in failed.stdout


def test_fail_on_uses_the_findings(tmp_path: Path) -> None:
    chain = make_chain(tmp_path / "c")
    # A Bengali fragment left in the German text: an untranslated-span finding (major).
    de = chain / "de.txt"
    de.write_text(de.read_text(encoding="utf-8") + "[প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি]\n", encoding="utf-8")
    gate = run_auditor("batch", "c", "--out-dir", "out", "--fail-on", "minor", cwd=tmp_path)
    assert gate.returncode == 1, gate.stdout + gate.stderr
    assert "ok ✗" in gate.stdout
    assert run_auditor("batch", "c", "--out-dir", "out", "--fail-on", "never", cwd=tmp_path).returncode == 0


def test_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    make_chain(tmp_path / "c")
    nothing = run_auditor("batch", "nothing-*", "--out-dir", "out", cwd=tmp_path)
    assert nothing.returncode == 2 and "no chains found" in nothing.stderr
    dask = run_auditor("batch", "c", "--out-dir", "out", "--executor", "dask", cwd=tmp_path)
    assert dask.returncode == 2 and "--scheduler" in dask.stderr
    assert len(dask.stderr.strip().splitlines()) == 1


def test_interrupted_batch_resumes_without_redoing_work(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for n in range(150):
        make_chain(corpus / f"c{n:03d}")
    make_chain(corpus / "c050-broken", broken=True)
    env = {**os.environ}
    env.pop("AUDITOR_CONFIG", None)
    proc = subprocess.Popen([AUDITOR, "batch", "corpus", "--out-dir", "out", "-j", "1"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    state = tmp_path / "out" / ".auditor-batch"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(state.glob("*.json")) if state.is_dir() else []) < 5:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (err, out[-500:])
    assert "resume" in err
    assert not list((tmp_path / "out").glob(".*.tmp"))  # stopped workers leave no temporary files
    partial = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    # A worker may have written its sidecar before the parent collected its row: the
    # summary can be one short of the sidecars; a resumed run skips those chains all the same.
    assert partial["interrupted"] is True and 1 <= partial["totals"]["chains"] < 151
    done = {p.name.removesuffix(".json") for p in state.glob("*.json")}
    stamps = {n: (tmp_path / "out" / f"{n}.tei.xml").stat().st_mtime_ns for n in done}

    resumed = run_auditor("batch", "corpus", "--out-dir", "out", "-j", "2", cwd=tmp_path)
    assert resumed.returncode == 1  # the broken chain
    doc = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    rows = {r["name"]: r for r in doc["chains"]}
    assert len(rows) == 151 and doc["interrupted"] is False
    assert rows["c050-broken"]["status"] == "error"
    assert sum(r["status"] == "ok" for r in rows.values()) == 150 - len(done)
    for name, stamp in stamps.items():
        assert rows[name]["status"] == "skipped"
        assert (tmp_path / "out" / f"{name}.tei.xml").stat().st_mtime_ns == stamp
