"""Run a long chain's checks side by side in forked processes, one share of the catalogue each.

The checks are independent of one another given the context, so on a machine with more than
one core the catalogue splits into shares of about equal cost (``Check.cost``, longest first
into the lightest share). The parent forks a worker per extra share; a forked worker inherits
the context, the loaded models and the warm caches as they are, so nothing of the chain is
pickled on the way in, only the findings on the way back. The parent runs the first share
itself and merges the rest in registry order, so the result is the same, finding for finding,
as a run in one process (``tests/core/checks/test_fanout.py`` holds it to that).

Fork only, on Linux, and only from a process with a single thread: a fork copies locks that
another thread may hold. Where fork is missing or unsafe (Windows, macOS), the chain is short, the
process already has other threads (the TUI), or a worker dies, the checks run in the calling
process as before: the fan-out only ever saves time.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Finding

log = logging.getLogger(__name__)

MIN_SEGMENTS = 2000
"""Below this many segments in the chain a fork costs about what it saves."""

MAX_WORKERS = 4
"""More shares than this gain little: the largest check alone is about a fifth of the work."""

RunOne = Callable[[type[Check], CheckContext, CheckConfig], list[Finding]]
T = TypeVar("T")

# What a forked worker inherits: set just before the fork, cleared after.
_JOB: list[tuple[CheckContext, list[list[tuple[type[Check], CheckConfig]]], RunOne]] = []


def usable_cores() -> int:
    """Cores this process may run on (its affinity mask where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(requested: int, n_segments: int, n_checks: int) -> int:
    """How many processes to run the checks in: ``requested`` when positive, else one per
    usable core (at most ``MAX_WORKERS``) for a chain of at least ``MIN_SEGMENTS`` segments."""
    if requested > 0:
        n = requested
    elif n_segments < MIN_SEGMENTS:
        n = 1
    else:
        n = min(usable_cores(), MAX_WORKERS)
    return max(1, min(n, n_checks))


def split_by_cost(
    items: Sequence[T], cost: Callable[[T], float], n: int, family: Callable[[T], str] = lambda _: ""
) -> list[list[T]]:
    """``n`` shares of about equal total cost, a family's items kept together: costliest
    family first into the lightest share (each share keeps the items' original order)."""
    groups: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(family(item) or f"#{i}", []).append(i)
    weight = {key: sum(cost(items[i]) for i in members) for key, members in groups.items()}
    shares: list[list[int]] = [[] for _ in range(n)]
    totals = [0.0] * n
    for key in sorted(groups, key=lambda key: (-weight[key], groups[key][0])):
        k = min(range(n), key=lambda k: (totals[k], k))
        shares[k].extend(groups[key])
        totals[k] += weight[key]
    return [[items[i] for i in sorted(s)] for s in shares if s]


def can_fork() -> bool:
    """Is forking safe here: the start method exists and this process runs one thread?"""
    import multiprocessing
    import sys

    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        return False  # (macOS offers fork, but its system libraries are not safe across one)
    if multiprocessing.current_process().daemon:  # a daemonic process may not have children
        return False
    return threading.active_count() == 1


def _run_share(index: int) -> dict[str, list[Finding]]:
    ctx, shares, run_one = _JOB[0]
    return _run_here(ctx, shares[index], run_one)


def run_shared(
    ctx: CheckContext, runnable: Sequence[tuple[type[Check], CheckConfig]], workers: int, run_one: RunOne
) -> dict[str, list[Finding]]:
    """Findings per check id, from ``workers`` processes when that is possible and safe,
    else from this one."""
    by_check: dict[str, list[Finding]] = {}
    shares = split_by_cost(list(runnable), lambda rc: rc[0].cost, workers, lambda rc: rc[0].family)
    if len(shares) > 1:
        for cls, _ in runnable:
            cls.wait_ready()  # a background model load is a thread, and forks copy its locks
    if len(shares) < 2 or not can_fork():
        for cls, cfg in runnable:
            by_check[cls.id] = run_one(cls, ctx, cfg)
        return by_check
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _JOB[:] = [(ctx, shares, run_one)]
    rest: dict[int, dict[str, list[Finding]]] = {}
    try:
        # Python 3.11's executor forks every worker before it starts its own manager thread.
        with ProcessPoolExecutor(len(shares) - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = {i: pool.submit(_run_share, i) for i in range(1, len(shares))}
            by_check.update(_run_here(ctx, shares[0], run_one))
            for i, fut in futures.items():
                try:
                    rest[i] = fut.result()
                except Exception as exc:  # a worker died (killed, out of memory): redo its share
                    log.warning("check worker %d failed (%s); running its checks here", i, exc)
    finally:
        _JOB.clear()
    for i in range(1, len(shares)):
        by_check.update(rest[i] if i in rest else _run_here(ctx, shares[i], run_one))
    return by_check


def _run_here(
    ctx: CheckContext, share: Sequence[tuple[type[Check], CheckConfig]], run_one: RunOne
) -> dict[str, list[Finding]]:
    return {cls.id: run_one(cls, ctx, cfg) for cls, cfg in share}
