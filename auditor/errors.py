"""Errors that reach the user as one line on stderr, and the exit codes they map to."""

from __future__ import annotations

from pathlib import Path


class AuditorError(Exception):
    """A problem the user can fix: bad input, bad usage, bad configuration.

    ``str(error)`` is the complete one-line message, naming the file when there is one.
    """

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.message = " ".join(message.split())
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {self.message}" if self.path else self.message)


class InputError(AuditorError):
    """An input file or folder is missing, unreadable, malformed or unsafe."""


class UsageError(AuditorError):
    """The command line or configuration asks for something impossible."""
