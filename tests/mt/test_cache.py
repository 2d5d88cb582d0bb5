"""The SQLite cache: keys, export/import round trip, several processes at once, kill safety."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.errors import InputError
from auditor.mt.cache import CacheEntry, MTCache, default_cache_path, options_key, text_hash

WRITER = """
import sys
from auditor.mt.cache import MTCache
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
cache = MTCache(path)
i = 0
while n < 0 or i < n:  # many small transactions, interleaving with the other process
    cache.put_many("libre", "{}", "en", "de", [(f"{tag} text {i}", f"{tag} Text {i}")])
    i += 1
cache.close()
"""


def _spawn(path: str, tag: str, n: int) -> subprocess.Popen[bytes]:
    # Separate interpreters (not threads): the cache must hold up across processes.
    return subprocess.Popen([sys.executable, "-c", WRITER, path, tag, str(n)])


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite3")
    MTCache(path).close()
    procs = [_spawn(path, tag, 150) for tag in ("A", "B")]
    for p in procs:
        assert p.wait(60) == 0
    with MTCache(path) as cache:
        got = cache.get_many("libre", "{}", "en", "de", [f"{t} text {i}" for t in "AB" for i in range(150)])
        assert len(got) == 300 and got["B text 7"] == "B Text 7"
        assert cache._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cache._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_killing_a_writer_midway_leaves_the_cache_usable(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite3")
    MTCache(path).close()
    proc = _spawn(path, "K", -1)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with sqlite3.connect(path, timeout=5) as db:
                if db.execute("SELECT COUNT(*) FROM translations").fetchone()[0] >= 20:
                    break
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    with MTCache(path) as cache:
        assert cache._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert cache.get_many("libre", "{}", "en", "de", ["K text 0"]) == {"K text 0": "K Text 0"}
        cache.put_many("libre", "{}", "en", "de", [("after", "nachher")])
        assert cache.stats()["entries"] >= 21


def test_key_separates_provider_options_and_languages(tmp_path: Path) -> None:
    with MTCache(tmp_path / "c.sqlite3") as cache:
        cache.put_many("google", options_key({}), "en", "de", [("Hi", "Hallo")])
        assert cache.get_many("google", options_key({}), "en", "de", ["Hi"]) == {"Hi": "Hallo"}
        assert cache.get_many("libre", options_key({}), "en", "de", ["Hi"]) == {}
        assert cache.get_many("google", options_key({"x": 1}), "en", "de", ["Hi"]) == {}
        assert cache.get_many("google", options_key({}), "en", "fr", ["Hi"]) == {}
        assert cache.get_many("google", options_key({}), "de", "en", ["Hi"]) == {}
        assert cache.get_many("google", options_key({}), "en", "de", ["Hi "]) == {}


def test_export_import_round_trip_and_tamper_check(tmp_path: Path) -> None:
    with MTCache(tmp_path / "a.sqlite3") as a:
        a.put_many("google", "{}", "bn", "en", [("আমি", "I"), ("তুমি", "you")], engine="e")
        entries = [e.to_json() for e in a.entries()]
    with MTCache(tmp_path / "b.sqlite3") as b:
        assert b.import_entries(CacheEntry.from_json(e) for e in entries) == 2
        assert b.get_many("google", "{}", "bn", "en", ["আমি"]) == {"আমি": "I"}
        assert b.clear() == 2 and b.stats()["entries"] == 0
    bad = dict(entries[0], text_sha256=text_hash("something else"))
    with pytest.raises(ValueError):
        CacheEntry.from_json(bad)


def test_get_any_prefers_the_named_provider(tmp_path: Path) -> None:
    with MTCache(tmp_path / "c.sqlite3") as cache:
        cache.put_many("google", "{}", "en", "de", [("Hi", "Hallo")])
        cache.put_many("libre", "{}", "en", "de", [("Hi", "Servus")])
        assert cache.get_any("en", "de", ["Hi"], prefer="google") == {"Hi": ("Hallo", "google")}
        assert cache.get_any("en", "de", ["Hi"], prefer="libre") == {"Hi": ("Servus", "libre")}


def test_location_explicit_then_settings_then_env(tmp_path: Path) -> None:
    assert default_cache_path(tmp_path / "x.db", "/ignored", {}) == tmp_path / "x.db"
    assert default_cache_path(None, str(tmp_path), {}).parent == tmp_path
    assert default_cache_path(None, None, {"AUDITOR_CACHE_DIR": str(tmp_path / "e")}).parent == tmp_path / "e"
    assert "auditor" in str(default_cache_path(None, None, {}))


def test_unusable_location_is_an_input_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError) as err:
        MTCache(blocker / "sub" / "c.sqlite3")
    assert "MT cache" in str(err.value)
