"""Run in a fresh interpreter by ``test_fanout.py`` (a test runner's own threads forbid a fork).

Audits a chain's checks in one process and in shares over forked workers, with probe checks
that tell which process ran them and one that kills its worker, and prints what it saw as JSON.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.registry import CHECKS
from auditor.core.checks.runner import run_checks
from auditor.core.models import Finding, Severity
from auditor.core.pipeline import align_chain, segment_chain
from auditor.io.chain import load_chain

PARENT = os.getpid()


class _Pid(Check):
    """Reports the process that ran it.

    Test check."""

    title = "pid"
    severity = Severity.MINOR
    cost = 1000.0  # the two probes go to different shares, first of all

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        yield Finding(self.id, self.severity, ctx.chain.ids[0], (), (), str(os.getpid()))


class PidA(_Pid):
    __doc__ = _Pid.__doc__
    id = "pid-a"


class PidB(_Pid):
    __doc__ = _Pid.__doc__
    id = "pid-b"


class DiesInWorker(Check):
    """Kills any process but the parent that runs it, as an out-of-memory kill would.

    Test check."""

    id = "dies-in-worker"
    title = "dies"
    severity = Severity.MINOR
    cost = 999.0

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        if os.getpid() != PARENT:
            os._exit(9)
        yield Finding(self.id, self.severity, ctx.chain.ids[0], (), (), "survived")


def main() -> None:
    chain = load_chain(Path(sys.argv[1]))
    segments = segment_chain(chain)
    ctx = CheckContext(chain=chain, segments=segments, alignments=align_chain(chain, segments))
    found = {}
    for name, workers, extra in (("one", 1, (PidA, PidB)), ("two", 2, (PidA, PidB)),
                                 ("dying", 2, (DiesInWorker, PidA))):
        findings, skipped = run_checks(ctx, checks=[*extra, *CHECKS], workers=workers)
        found[name] = {
            "pids": {f.check: int(f.message) for f in findings if f.check.startswith("pid-")},
            "findings": [[f.check, f.fingerprint, f.witness, f.message, [[s.witness, s.start, s.end] for s in f.spans]]
                         for f in findings if not f.check.startswith(("pid-", "dies-"))],
            "survived": [f.message for f in findings if f.check == "dies-in-worker"],
            "skipped": [list(s) for s in skipped],
        }
    print(json.dumps({"parent": PARENT, **found}))


if __name__ == "__main__":
    main()
