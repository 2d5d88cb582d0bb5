"""Run tasks in parallel: local processes (default) or a Dask cluster.

Both keep only a bounded window of tasks in flight, so a corpus of millions of chains costs
the parent no more memory than one of a hundred. Results arrive in completion order through
the ``on_result`` callback.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

from auditor.batch.worker import Task, ignore_sigint, run_chain
from auditor.errors import UsageError

OnResult = Callable[[dict[str, Any]], None]
WINDOW_PER_WORKER = 4


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def failed_row(task: Task, message: str) -> dict[str, Any]:
    """The row of a task whose worker died (a crash, not a bad chain)."""
    return {"name": task.name, "path": task.path, "output": task.out_path, "status": "error",
            "error": f"{task.path}: {message}", "warnings": [], "seconds": 0.0}


def run_local(tasks: Iterable[Task], jobs: int, on_result: OnResult) -> None:
    """Run ``tasks`` in a pool of ``jobs`` spawned processes."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: the parent runs a progress-bar thread, and fork with threads is unsafe.
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=ignore_sigint)
    pending: dict[Future[dict[str, Any]], Task] = {}
    it: Iterator[Task] = iter(tasks)
    window = jobs * WINDOW_PER_WORKER
    try:
        while True:
            while len(pending) < window:
                task = next(it, None)
                if task is None:
                    break
                pending[pool.submit(run_chain, task)] = task
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                task = pending.pop(fut)
                try:
                    on_result(fut.result())
                except BrokenProcessPool:
                    # A worker died (killed, out of memory): report the chain, start a new pool.
                    on_result(failed_row(task, "worker process died while auditing this chain"))
                    for other_fut, other in list(pending.items()):
                        pending.pop(other_fut)
                        it = _chain_first(other, it)
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=ignore_sigint)
                    break
        pool.shutdown(wait=True)
    except BaseException:
        _stop_pool(pool)
        raise


def _chain_first(first: Task, rest: Iterator[Task]) -> Iterator[Task]:
    yield first
    yield from rest


def _stop_pool(pool: Any) -> None:
    """On interrupt: drop queued work and end our own worker processes now (their writes are
    atomic, so a chain cut short leaves no partial output)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(timeout=3)
        if p.is_alive():
            p.kill()
            p.join(timeout=3)


def run_dask(tasks: Iterable[Task], scheduler: str | Any, on_result: OnResult) -> None:
    """Run ``tasks`` on a Dask cluster. ``scheduler`` is an address (``tcp://host:8786``) or a
    ``distributed.Client``/cluster object. Workers must have auditor installed and see the
    inputs and the out-dir at the same paths (a shared filesystem). ``AUDITOR_DASK_TIMEOUT``
    sets the connection timeout in seconds (default 30)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError("the dask executor needs dask.distributed: pip install 'auditor[dask]'") from None

    own_client = not isinstance(scheduler, Client)
    try:
        timeout = float(os.environ.get("AUDITOR_DASK_TIMEOUT", "30"))
        client = scheduler if isinstance(scheduler, Client) else Client(scheduler, timeout=f"{timeout}s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        threads = sum(client.nthreads().values()) or 1
        window = threads * WINDOW_PER_WORKER
        it = iter(tasks)
        by_key: dict[Hashable, Task] = {}  # future key -> its task
        ac = as_completed()

        def submit_next() -> bool:
            task = next(it, None)
            if task is None:
                return False
            fut = client.submit(run_chain, task, pure=False)
            by_key[fut.key] = task
            ac.add(fut)
            return True

        for _ in range(window):
            if not submit_next():
                break
        for fut in ac:
            task = by_key.pop(fut.key)
            try:
                row = fut.result()
            except Exception as exc:
                row = failed_row(task, f"dask task failed: {type(exc).__name__}: {exc}")
            fut.release()
            on_result(row)
            submit_next()
    finally:
        if own_client:
            client.close()
