"""The reviewing TUI (Textual). ``make_app`` builds it; ``review`` holds the Textual-free logic."""

from __future__ import annotations

__all__ = ["make_app"]


def __getattr__(name: str) -> object:  # late import: keep `import auditor.tui.review` Textual-free
    if name == "make_app":
        from auditor.tui.app import make_app

        return make_app
    raise AttributeError(name)
