"""The crash journal: the review operations made since the last save, written atomically.

It sits next to the save target as ``.<name>.journal.json``. After each decision the whole
list is rewritten (it is small: one entry per action), so killing the process loses nothing
that was on screen. A clean save or a deliberate discard removes it; finding it on the next
open means the previous session ended without either, and the TUI offers to replay it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.io.atomic import atomic_write_text
from auditor.tui.review import Op, now_w3c

log = logging.getLogger(__name__)

FORMAT = "auditor-journal/1"


def journal_path(save_path: Path) -> Path:
    """Where the journal for a given save target lives."""
    return save_path.with_name(f".{save_path.name}.journal.json")


@dataclass(frozen=True)
class JournalEntry:
    """What a journal file holds."""

    ops: tuple[Op, ...]
    written: str
    source: str
    """The path the session was opened from (the base the operations apply to)."""


class Journal:
    """Writes and reads one journal file."""

    def __init__(self, path: Path, source: str = "") -> None:
        self.path = path
        self.source = source

    def write(self, ops: Sequence[Op]) -> None:
        """Record ``ops`` (or remove the journal when there are none). Never raises: a failing
        journal must not take the review down, so it logs and carries on."""
        try:
            if not ops:
                self.discard()
                return
            data = {"format": FORMAT, "written": now_w3c(), "source": self.source,
                    "ops": [op.to_json() for op in ops]}
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        except Exception:
            log.exception("could not write the journal %s", self.path)

    def read(self) -> JournalEntry | None:
        """The journal's content, or None when there is none or it is unreadable."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return None
            ops = tuple(Op.from_json(o) for o in data["ops"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return JournalEntry(ops, str(data.get("written", "")), str(data.get("source", ""))) if ops else None

    def discard(self) -> None:
        """Remove the journal (after a save); a missing one is fine."""
        self.path.unlink(missing_ok=True)
