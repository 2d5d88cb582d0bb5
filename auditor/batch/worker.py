"""The work of one chain, run in a worker process (local pool or Dask).

``run_chain`` is a top-level function of picklable arguments, so it works with the ``spawn``
start method and on remote Dask workers. It writes the chain's TEI itself (atomically) and
returns only a small summary dict, so the parent's memory does not grow with the corpus.
It never raises for a bad chain: the failure becomes an ``error`` row.
"""

from __future__ import annotations

import json
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.config import Settings
from auditor.core.models import Audit
from auditor.errors import AuditorError

STATE_DIR = ".auditor-batch"
"""Per-chain summaries live here, inside the out-dir, so a resumed batch can report skipped chains."""


@dataclass(frozen=True)
class Task:
    """Everything a worker needs; plain data so it pickles cheaply."""

    path: str
    name: str
    out_path: str
    lang: str | None
    settings: Settings


def sidecar_path(out_path: str | Path) -> Path:
    """Where the summary of the chain whose TEI is ``out_path`` is kept."""
    p = Path(out_path)
    return p.parent / STATE_DIR / (p.name.removesuffix(".tei.xml") + ".json")


def ignore_sigint() -> None:
    """Pool initializer: Ctrl-C is the parent's to handle, so workers do not print tracebacks.
    SIGTERM (the parent stopping the pool) unwinds normally, so an atomic write in progress
    removes its temporary file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_term)


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def open_source(path: str | Path, settings: Settings, *, lang: str | None = None,
                warn: Any = None) -> Audit:
    """An Audit from anything ``auditor`` reads: chain folder, chain.toml, text, TEI, XLIFF, TMX."""
    from auditor.io.bilingual import is_bilingual_path, open_bilingual

    p = Path(path)
    if p.is_file() and is_bilingual_path(p):
        return open_bilingual(p, settings)
    from auditor.app_service import open_audit

    kwargs: dict[str, Any] = {"lang": lang}
    if warn is not None:
        kwargs["warn"] = warn
    return open_audit(p, settings, **kwargs)


def run_chain(task: Task) -> dict[str, Any]:
    """Audit one chain, write ``task.out_path`` and its summary; return the summary row."""
    from auditor.batch.summary import summarize_audit

    t0 = time.perf_counter()
    warnings: list[str] = []
    row: dict[str, Any] = {"name": task.name, "path": task.path, "output": task.out_path}
    try:
        audit = open_source(task.path, task.settings, lang=task.lang, warn=warnings.append)
        audit = _keep_decisions(audit, Path(task.out_path), warnings)
        from auditor.io.atomic import atomic_write_bytes
        from auditor.io.tei_write import audit_to_tei

        atomic_write_bytes(task.out_path, audit_to_tei(audit))
        row.update(summarize_audit(audit))
        row["status"] = "ok"
        row["error"] = ""
    except AuditorError as exc:
        row.update(status="error", error=str(exc))
    except MemoryError:
        row.update(status="error", error=f"{task.path}: out of memory")
    except Exception as exc:
        row.update(status="error", error=f"{task.path}: internal error: {type(exc).__name__}: {exc}")
    finally:
        from auditor.core.caches import clear_text_caches

        clear_text_caches()  # chains share no sentences: keep a long-lived worker's memory flat
    row["warnings"] = warnings
    row["seconds"] = round(time.perf_counter() - t0, 4)
    if row["status"] == "ok":
        _write_sidecar(task.out_path, row)
    return row


def _keep_decisions(audit: Audit, out: Path, warnings: list[str]) -> Audit:
    """A re-run over an earlier output keeps the reviewer's decisions recorded in it."""
    if not out.is_file():
        return audit
    from auditor.app_service import carry_decisions
    from auditor.io.tei_read import read_tei

    try:
        return carry_decisions(audit, read_tei(out))
    except AuditorError as exc:
        warnings.append(f"earlier output not readable, decisions in it not carried over: {exc}")
        return audit


def _write_sidecar(out_path: str, row: dict[str, Any]) -> None:
    from auditor.io.atomic import atomic_write_text

    side = sidecar_path(out_path)
    os.makedirs(side.parent, exist_ok=True)
    # The sidecar only lets a resumed batch skip this chain; losing it to a power cut costs one
    # re-run, so it is not worth two fsyncs per chain.
    atomic_write_text(side, json.dumps(row, ensure_ascii=False, sort_keys=True), durable=False)


def read_sidecar(out_path: str | Path) -> dict[str, Any] | None:
    """The summary row stored with an earlier output, or None when absent or unreadable."""
    try:
        data = json.loads(sidecar_path(out_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("status") == "ok" else None
