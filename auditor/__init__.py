"""auditor: audit a chain of translations.

The core is a library::

    from auditor import audit_chain, Chain, Witness
    audit = audit_chain(Chain("demo", (Witness("en", "en", "Hello."),)))
"""

from __future__ import annotations

from typing import Any

__all__ = ["Audit", "Chain", "Finding", "Severity", "Witness", "audit_chain"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Lazy, so that `import auditor` stays cheap for the CLI's fast paths.
    if name == "audit_chain":
        from auditor.core.pipeline import audit_chain

        return audit_chain
    if name in {"Audit", "Chain", "Witness", "Finding", "Severity"}:
        from auditor.core import models

        return getattr(models, name)
    raise AttributeError(name)
