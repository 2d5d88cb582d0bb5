"""Pause Python's cycle collector around allocation-heavy pure work.

The aligner and the checks allocate millions of short-lived tuples, sets and small arrays,
which reference counting frees at once. The cycle collector is triggered by the allocation
count alone, so it kept rescanning every long-lived segment and bead of the audit: about a
fifth of the checks' time and an eighth of the aligner's on a 10k-segment chain. Neither makes
reference cycles worth collecting; the collector resumes (and catches up) afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Disable the cycle collector for the block; restore its previous state after (nested
    use leaves it to the outermost block)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
