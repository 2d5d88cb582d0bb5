"""The Dask executor on a LocalCluster started by the test, against the local executor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from distributed import LocalCluster

from auditor.batch import expand, run_batch
from auditor.config import Settings
from tests.cli.conftest import run_auditor

VOLATILE = ("seconds", "output")


def _comparable(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in VOLATILE} for r in rows]


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    # In-process worker, but a real TCP scheduler on 127.0.0.1 that another process can reach.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as c:
        yield c


def test_dask_executor_matches_local_executor(corpus: Path, tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    jobs = expand([str(corpus)])
    local = run_batch(jobs, tmp_path / "local", Settings(), jobs=2)
    dask = run_batch(jobs, tmp_path / "dask", Settings(), executor="dask", scheduler=cluster.scheduler_address)
    assert _comparable(dask.rows) == _comparable(local.rows)
    assert [r["status"] for r in dask.rows] == ["ok"] * 4 + ["error"]
    for row in dask.rows[:4]:
        a = (tmp_path / "dask" / f"{row['name']}.tei.xml").read_bytes()
        b = (tmp_path / "local" / f"{row['name']}.tei.xml").read_bytes()
        # The same record, apart from the time stamp of the run.
        strip = [line for line in a.splitlines() if b"when=" not in line]
        assert strip == [line for line in b.splitlines() if b"when=" not in line]
    again = run_batch(jobs, tmp_path / "dask", Settings(), executor="dask", scheduler=cluster.scheduler_address)
    assert [r["status"] for r in again.rows] == ["skipped"] * 4 + ["error"]


def test_cli_dask_executor_with_scheduler_address(corpus: Path, tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    proc = run_auditor("batch", str(corpus), "--out-dir", str(tmp_path / "out"), "--executor", "dask",
                       "--scheduler", cluster.scheduler_address, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # the broken chain
    doc = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert doc["totals"]["ok"] == 4 and doc["totals"]["error"] == 1


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path, corpus: Path) -> None:
    proc = run_auditor("batch", str(corpus / "c0"), "--out-dir", "out", "--executor", "dask",
                       "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path, AUDITOR_DASK_TIMEOUT="1")
    assert proc.returncode == 2 and "Dask scheduler" in proc.stderr
