"""Per-text memo caches of the core, and a way to drop them between independent audits.

The checks and the aligner memoise work per sentence text (tokens, numbers, language guesses),
which pays off within one audit, where several checks read the same sentences. Across the
chains of a batch nothing repeats, so a long-lived worker would only grow towards the caches'
bounds. Small caches (models, tables: ``maxsize`` ≤ ``KEEP_AT_MOST``) and unbounded ones
(singletons such as the compiled TEI schema) are kept, since loading them is what is slow.
"""

from __future__ import annotations

import sys

KEEP_AT_MOST = 64


def clear_text_caches() -> int:
    """Clear every large ``functools.lru_cache`` in loaded ``auditor`` modules; return how many."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("auditor.") or module is None:
            continue
        for obj in list(vars(module).values()):
            info = getattr(obj, "cache_info", None)
            if info is None or not callable(getattr(obj, "cache_clear", None)):
                continue
            maxsize = info().maxsize
            # Unbounded caches (maxsize None) are deliberate singletons, e.g. the compiled schema.
            if maxsize is not None and maxsize > KEEP_AT_MOST:
                obj.cache_clear()
                cleared += 1
    return cleared
