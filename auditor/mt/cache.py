"""The MT cache: SQLite in WAL mode, safe for several processes at once.

One row per translated text, keyed by provider, options, source language, target language
and the SHA-256 of the text. WAL lets readers run beside one writer; ``busy_timeout`` plus a
short retry loop absorbs the moments two writers collide. Each write is its own small
transaction, so a run killed midway leaves every finished translation usable and nothing
half-written (SQLite's journal rolls back the rest on the next open).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_cache_dir

from auditor.errors import InputError

log = logging.getLogger(__name__)

CACHE_FILE = "mt-cache.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000
T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    provider TEXT NOT NULL,
    options TEXT NOT NULL,
    src TEXT NOT NULL,
    tgt TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    source_text TEXT NOT NULL,
    translation TEXT NOT NULL,
    engine TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    PRIMARY KEY (provider, options, src, tgt, text_sha256)
);
CREATE INDEX IF NOT EXISTS translations_by_text ON translations (src, tgt, text_sha256);
"""


def text_hash(text: str) -> str:
    """SHA-256 hex digest of the UTF-8 text: the cache key of a source text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def options_key(options: Mapping[str, Any]) -> str:
    """Canonical JSON of the (secret-free) options: the same settings give the same key."""
    return json.dumps({str(k): str(v) for k, v in options.items()}, sort_keys=True, ensure_ascii=False)


def default_cache_path(
    explicit: str | Path | None = None, cache_dir: str | Path | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """Where the cache lives: an explicit file, else a folder from settings, else
    ``$AUDITOR_CACHE_DIR`` (or ``$AUDITOR_MT_CACHE_DIR``), else the user's XDG cache folder."""
    env = os.environ if env is None else env
    if explicit:
        return Path(explicit)
    folder = cache_dir or env.get("AUDITOR_CACHE_DIR") or env.get("AUDITOR_MT_CACHE_DIR")
    base = Path(folder) if folder else Path(user_cache_dir("auditor"))
    return base / CACHE_FILE


@dataclass(frozen=True)
class CacheEntry:
    """One cached translation, as exported and imported (JSON lines)."""
    provider: str
    options: str
    src: str
    tgt: str
    text_sha256: str
    source_text: str
    translation: str
    engine: str
    created: float

    def to_json(self) -> dict[str, Any]:
        """The entry as a JSON object."""
        return {
            "provider": self.provider, "options": self.options, "src": self.src, "tgt": self.tgt,
            "text_sha256": self.text_sha256, "source_text": self.source_text,
            "translation": self.translation, "engine": self.engine, "created": self.created,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CacheEntry:
        """An entry from a JSON object; a ``text_sha256`` that does not match the text is a ``ValueError``."""
        source_text = str(data["source_text"])
        digest = str(data.get("text_sha256") or text_hash(source_text))
        if digest != text_hash(source_text):
            raise ValueError("text_sha256 does not match source_text")
        return cls(
            provider=str(data["provider"]), options=str(data.get("options", "{}")),
            src=str(data["src"]), tgt=str(data["tgt"]), text_sha256=digest,
            source_text=source_text, translation=str(data["translation"]),
            engine=str(data.get("engine", "")), created=float(data.get("created", time.time())),
        )


class MTCache:
    """A connection to the cache file. Use one per process (or per thread)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        memory = str(path) == ":memory:"
        try:
            if not memory:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not memory:
                self._retry(lambda: self._db.execute("PRAGMA journal_mode = WAL").fetchone())
            # NORMAL is durable against a killed process in WAL mode; only a power cut can lose
            # the last few commits, never corrupt the file.
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._retry(lambda: self._db.executescript(_SCHEMA))
            self._retry(lambda: self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}"))
        except (sqlite3.Error, OSError) as exc:
            raise InputError(f"cannot open the MT cache: {exc}", path) from None

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> MTCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MTCache({str(self.path)!r})"

    @staticmethod
    def _retry(fn: Callable[[], T], attempts: int = 8) -> T:
        """Run ``fn``, retrying when another process holds the lock longer than busy_timeout."""
        for attempt in range(attempts):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                msg = str(exc).lower()
                if ("locked" not in msg and "busy" not in msg) or attempt == attempts - 1:
                    raise
                time.sleep(min(2.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.0))
        raise AssertionError("unreachable")

    def _select(self, sql: str, params: Sequence[Any]) -> list[Any]:
        """All rows of a query, retried while the database is locked."""
        return self._retry(lambda: self._db.execute(sql, params).fetchall())

    def get_many(
        self, provider: str, options: str, src: str, tgt: str, texts: Sequence[str]
    ) -> dict[str, str]:
        """Cached translations of ``texts`` (by text) for this provider and options."""
        out: dict[str, str] = {}
        hashes = {text_hash(t): t for t in texts}
        keys = list(hashes)
        for i in range(0, len(keys), 500):  # stay under SQLite's bound-variable limit
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self._select(
                "SELECT text_sha256, translation FROM translations WHERE provider=? AND options=?"
                f" AND src=? AND tgt=? AND text_sha256 IN ({marks})",
                (provider, options, src, tgt, *part),
            )
            for digest, translation in rows:
                out[hashes[digest]] = translation
        return out

    def get_any(self, src: str, tgt: str, texts: Sequence[str], prefer: str = "") -> dict[str, tuple[str, str]]:
        """Cached translations from any provider: text → (translation, provider).

        The ``prefer`` provider wins, then the most recent entry."""
        out: dict[str, tuple[str, str]] = {}
        hashes = {text_hash(t): t for t in texts}
        keys = list(hashes)
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self._select(
                "SELECT text_sha256, translation, provider FROM translations"
                f" WHERE src=? AND tgt=? AND text_sha256 IN ({marks})"
                " ORDER BY (provider = ?) ASC, created ASC",
                (src, tgt, *part, prefer),
            )
            for digest, translation, provider in rows:  # later rows (preferred, newer) win
                out[hashes[digest]] = (translation, provider)
        return out

    def put_many(
        self, provider: str, options: str, src: str, tgt: str, pairs: Iterable[tuple[str, str]], engine: str = ""
    ) -> None:
        """Store (text, translation) pairs in one short transaction."""
        now = time.time()
        rows = [(provider, options, src, tgt, text_hash(t), t, tr, engine, now) for t, tr in pairs]
        if rows:
            self._write("INSERT OR REPLACE INTO translations VALUES (?,?,?,?,?,?,?,?,?)", rows)

    def _write(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        def run() -> None:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(sql, rows)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

        self._retry(run)

    def import_entries(self, entries: Iterable[CacheEntry]) -> int:
        """Store ``entries`` (replacing equal keys); returns how many were given."""
        rows = [
            (e.provider, e.options, e.src, e.tgt, e.text_sha256, e.source_text, e.translation, e.engine, e.created)
            for e in entries
        ]
        self._write("INSERT OR REPLACE INTO translations VALUES (?,?,?,?,?,?,?,?,?)", rows)
        return len(rows)

    def entries(self) -> Iterator[CacheEntry]:
        """Every cached translation, ordered by provider, languages and age."""
        cur = self._db.execute(
            "SELECT provider, options, src, tgt, text_sha256, source_text, translation, engine, created"
            " FROM translations ORDER BY provider, src, tgt, created"
        )
        for row in cur:
            yield CacheEntry(*row)

    def stats(self) -> dict[str, Any]:
        """Entry counts per provider and language pair, and the file size."""
        rows = self._db.execute(
            "SELECT provider, src, tgt, COUNT(*), SUM(LENGTH(source_text)) FROM translations"
            " GROUP BY provider, src, tgt ORDER BY provider, src, tgt"
        ).fetchall()
        size = self.path.stat().st_size if self.path.exists() else 0
        return {
            "path": str(self.path),
            "entries": sum(r[3] for r in rows),
            "bytes": size,
            "by_pair": [
                {"provider": p, "src": s, "tgt": t, "entries": n, "characters": c or 0} for p, s, t, n, c in rows
            ],
        }

    def clear(self, provider: str | None = None) -> int:
        """Delete every entry (or one provider's); returns how many went."""
        def run() -> int:
            if provider:
                cur = self._db.execute("DELETE FROM translations WHERE provider = ?", (provider,))
            else:
                cur = self._db.execute("DELETE FROM translations")
            return cur.rowcount

        n = self._retry(run)
        self._retry(lambda: self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
        return n
