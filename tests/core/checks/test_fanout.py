"""Sharing the checks among forked processes: the split, the worker count, and the same
findings as one process, even when a worker dies."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from auditor.core.checks.fanout import MIN_SEGMENTS, split_by_cost, usable_cores, worker_count

ROOT = Path(__file__).resolve().parents[3]
CHAIN = ROOT / "bench" / "data" / "checks" / "ru-en-bn-bribery"


def test_split_balances_cost_and_keeps_order() -> None:
    items = [("a", 1.0), ("b", 11.0), ("c", 10.0), ("d", 9.0), ("e", 2.0)]
    shares = split_by_cost(items, lambda it: it[1], 2)
    totals = sorted(sum(c for _, c in s) for s in shares)
    assert totals == [14.0, 19.0]  # b+e+a against c+d: the best split there is
    for share in shares:  # registry order inside a share
        assert [items.index(it) for it in share] == sorted(items.index(it) for it in share)
    assert sorted(it for s in shares for it in s) == sorted(items)


def test_split_keeps_a_family_together() -> None:
    items = [("omission", 6.0, "signals"), ("number", 6.0, ""), ("addition", 2.0, "signals"), ("name", 2.0, "")]
    shares = split_by_cost(items, lambda it: it[1], 2, lambda it: it[2])
    names = [{it[0] for it in s} for s in shares]
    assert {"omission", "addition"} in names
    assert {"number", "name"} in names


def test_split_never_makes_empty_shares() -> None:
    assert split_by_cost([("only", 1.0)], lambda it: it[1], 4) == [[("only", 1.0)]]
    assert split_by_cost([], lambda it: 1.0, 3) == []


def test_worker_count() -> None:
    assert worker_count(3, 10, 12) == 3  # asked for: even on a short chain
    assert worker_count(5, 10, 2) == 2  # never more than there are checks
    assert worker_count(0, MIN_SEGMENTS - 1, 12) == 1  # a short chain stays in one process
    assert 1 <= worker_count(0, MIN_SEGMENTS, 12) <= min(usable_cores(), 4)  # a long chain: one per core
    assert worker_count(0, 100 * MIN_SEGMENTS, 1) == 1  # one check runs in one process


def _probe() -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).with_name("fanout_probe.py")), str(CHAIN)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout) | {"stderr": proc.stderr}


@pytest.fixture(scope="module")
def probe() -> dict:
    if not sys.platform.startswith("linux"):
        pytest.skip("the checks fork workers on Linux only")
    return _probe()


def test_shares_run_in_two_processes_and_find_the_same(probe: dict) -> None:
    one, two = probe["one"], probe["two"]
    assert set(one["pids"].values()) == {probe["parent"]}
    assert probe["parent"] in two["pids"].values() and len(set(two["pids"].values())) == 2
    assert one["findings"] == two["findings"]  # same findings, fingerprints and order
    kinds = Counter(f[0] for f in one["findings"])
    assert len(kinds) >= 4, kinds  # the chain gives several checks something to find
    assert one["skipped"] == two["skipped"]


def test_a_dead_worker_share_is_run_again_here(probe: dict) -> None:
    dying = probe["dying"]
    assert dying["survived"] == ["survived"]  # rerun in the parent after its worker was killed
    assert dying["findings"] == probe["one"]["findings"]
    assert "check worker 1 failed" in probe["stderr"]
