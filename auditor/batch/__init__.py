"""Headless batch audits: many chains, parallel workers, resumable, with summaries.

Public API::

    from auditor.batch import expand, run_batch
    jobs = expand(["corpus/", "more/*.xlf", "list.csv"])
    result = run_batch(jobs, Path("out"), settings, jobs=4)   # or executor="dask", scheduler=...
"""

from __future__ import annotations

from auditor.batch.manifest import ChainJob, chain_inputs, expand, read_manifest
from auditor.batch.runner import BatchResult, is_fresh, output_path, plan, run_batch
from auditor.batch.summary import exit_code, summarize_audit
from auditor.batch.worker import Task, open_source, run_chain

__all__ = [
    "BatchResult", "ChainJob", "Task", "chain_inputs", "exit_code", "expand", "is_fresh", "open_source",
    "output_path", "plan", "read_manifest", "run_batch", "run_chain", "summarize_audit",
]
