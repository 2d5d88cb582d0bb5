"""Plan a batch (what is already done), run the rest, and write the summaries.

Resumption: a chain is skipped when its output TEI is newer than every input that could change
it (chain.toml, witness and translation files, the manifest that listed it, the config file and
glossaries) and its stored summary row exists. ``--force`` redoes everything.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from auditor.batch.manifest import ChainJob, chain_inputs
from auditor.batch.summary import write_summaries
from auditor.batch.worker import Task, read_sidecar, sidecar_path
from auditor.config import Settings
from auditor.errors import InputError, UsageError

OnRow = Callable[[dict[str, Any]], None]


@dataclass
class BatchResult:
    """The rows in job order, where the summaries went, and whether the run was cut short."""

    rows: list[dict[str, Any]]
    summary_json: Path
    summary_csv: Path
    wall_seconds: float
    interrupted: bool = False
    to_run: int = 0
    skipped: int = 0


def output_path(out_dir: Path, job: ChainJob) -> Path:
    """Where the TEI record of ``job`` goes in ``out_dir``."""
    return out_dir / f"{job.name}.tei.xml"


def settings_inputs(settings: Settings) -> list[Path]:
    """Files behind the settings: a change to them makes every output stale."""
    files = [Path(settings.config_file)] if settings.config_file else []
    files.extend(Path(f) for f in settings.glossary_files)
    return files


def is_fresh(job: ChainJob, out: Path, extra_inputs: Sequence[Path] = ()) -> bool:
    """True when ``out`` is newer than every input of ``job`` and its summary row is stored."""
    try:
        done = out.stat().st_mtime_ns
    except OSError:
        return False
    for f in [*chain_inputs(job), *extra_inputs]:
        try:
            if f.stat().st_mtime_ns >= done:
                return False
        except OSError:
            return False  # a missing input: let the worker report it
    return read_sidecar(out) is not None


def plan(chain_jobs: Sequence[ChainJob], out_dir: Path, settings: Settings, *, force: bool = False
         ) -> tuple[list[Task], dict[str, dict[str, Any]]]:
    """Split the jobs into tasks to run and rows of chains already done (status ``skipped``)."""
    extra = settings_inputs(settings)
    tasks: list[Task] = []
    skipped: dict[str, dict[str, Any]] = {}
    for job in chain_jobs:
        out = output_path(out_dir, job)
        if not force and is_fresh(job, out, extra):
            row = read_sidecar(out) or {}
            row.update(name=job.name, path=job.path, output=str(out), status="skipped", seconds=0.0)
            skipped[job.name] = row
            continue
        tasks.append(Task(path=job.path, name=job.name, out_path=str(out), lang=job.lang, settings=settings))
    return tasks, skipped


def _remove_orphans(tasks: Sequence[Task]) -> None:
    """Temporary files of this batch's own outputs (``.c005.tei.xml.k3x9.tmp``) left by a
    worker stopped mid-write: the workers are gone, nothing will rename them now."""
    for t in tasks:
        for target in (Path(t.out_path), sidecar_path(t.out_path)):
            for tmp in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()


def chain_settings(settings: Settings, executor: str, n_jobs: int) -> Settings:
    """The settings each chain is audited with: when chains run side by side (several jobs, or
    dask's workers) they already share the cores, so a chain's checks fork no workers of their
    own unless ``check_workers`` was set."""
    if settings.check_workers == 0 and (executor == "dask" or n_jobs > 1):
        return replace(settings, check_workers=1)
    return settings


def run_batch(
    chain_jobs: Sequence[ChainJob],
    out_dir: Path,
    settings: Settings,
    *,
    jobs: int | None = None,
    executor: str = "local",
    scheduler: Any = None,
    force: bool = False,
    fail_on: str = "never",
    on_plan: Callable[[int, int], None] | None = None,
    on_row: OnRow | None = None,
) -> BatchResult:
    """Audit every chain, writing one TEI per chain and the summaries into ``out_dir``.

    ``on_plan(to_run, skipped)`` is called once before work starts, ``on_row(row)`` after
    each chain. On KeyboardInterrupt the summaries of what finished are written (marked
    ``interrupted``) and the interrupt is re-raised.
    """
    from auditor.batch.executors import default_jobs, run_dask, run_local

    if executor not in ("local", "dask"):
        raise UsageError(f"unknown executor {executor!r} (expected local or dask)")
    if executor == "dask" and not scheduler:
        raise UsageError("--executor dask needs --scheduler tcp://HOST:PORT")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder: {exc.strerror or exc}", out_dir) from None
    t0 = time.perf_counter()
    n_jobs = 1 if executor == "dask" else max(1, min(jobs or default_jobs(), len(chain_jobs)))
    settings = chain_settings(settings, executor, n_jobs)
    tasks, skipped = plan(chain_jobs, out_dir, settings, force=force)
    if on_plan:
        on_plan(len(tasks), len(skipped))
    done: dict[str, dict[str, Any]] = dict(skipped)

    def collect(row: dict[str, Any]) -> None:
        done[row["name"]] = row
        if on_row:
            on_row(row)

    interrupted = False
    try:
        if tasks:
            if executor == "dask":
                run_dask(tasks, scheduler, collect)
            else:
                run_local(tasks, max(1, min(n_jobs, len(tasks))), collect)
    except KeyboardInterrupt:
        interrupted = True
        _remove_orphans(tasks)
        raise
    finally:
        rows = [done[j.name] for j in chain_jobs if j.name in done]
        wall = time.perf_counter() - t0
        js, cs = write_summaries(out_dir, rows, fail_on=fail_on, wall_seconds=wall, interrupted=interrupted)
    return BatchResult(rows=rows, summary_json=js, summary_csv=cs, wall_seconds=wall,
                       to_run=len(tasks), skipped=len(skipped))
