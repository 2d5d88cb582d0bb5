"""``auditor mt``: cache stats/export/import/clear and a manual translate."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import cli
from auditor.mt.cache import MTCache
from tests.mt.conftest import LibreServer, fake_translate, libre_server  # noqa: F401  (fixture)


def _run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), env={"AUDITOR_CONFIG": "", **(env or {})}, catch_exceptions=False)


def test_export_import_stats_clear(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    with MTCache(a) as c:
        c.put_many("google", "{}", "bn", "en", [("প্রেক্ষাপট", "context"), ("আমি", "I")])
    out = tmp_path / "dump.jsonl"
    r = _run("mt", "cache", "export", str(out), "--cache", str(a))
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {row["source_text"] for row in rows} == {"প্রেক্ষাপট", "আমি"}
    assert _run("mt", "cache", "import", str(out), "--cache", str(b)).exit_code == 0
    r = _run("mt", "cache", "stats", "--json", "--cache", str(b))
    info = json.loads(r.output)
    assert info["entries"] == 2 and info["by_pair"][0]["provider"] == "google"
    assert "bn → en" in _run("mt", "cache", "stats", "--cache", str(b)).output
    r = _run("mt", "cache", "clear", "--yes", "--cache", str(b))
    assert r.exit_code == 0 and "deleted 2" in r.output
    assert json.loads(_run("mt", "cache", "stats", "--json", "--cache", str(b)).output)["entries"] == 0


def test_import_rejects_a_bad_line_naming_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"provider": "g", "src": "en", "tgt": "de", "source_text": "a", "translation": "b"}\nnot json\n')
    r = _run("mt", "cache", "import", str(bad), "--cache", str(tmp_path / "c.sqlite3"))
    assert r.exit_code == 2 and "bad.jsonl: line 2" in r.output
    with MTCache(tmp_path / "c.sqlite3") as c:
        assert c.stats()["entries"] == 0  # all or nothing


def test_export_refuses_a_missing_cache(tmp_path: Path) -> None:
    r = _run("mt", "cache", "export", str(tmp_path / "x.jsonl"), "--cache", str(tmp_path / "none.sqlite3"))
    assert r.exit_code == 2 and "no MT cache" in r.output and not (tmp_path / "x.jsonl").exists()


def test_translate_by_hand_then_from_cache(libre_server: LibreServer, tmp_path: Path) -> None:  # noqa: F811
    args = ("mt", "translate", "Hello.", "--provider", "libre", "--src", "en", "--tgt", "bn",
            "--option", f"custom_url={libre_server.url}", "--cache", str(tmp_path / "c.sqlite3"))
    r = _run(*args)
    assert r.exit_code == 0 and fake_translate("Hello.", "bn") in r.output
    r = _run(*args)
    assert r.exit_code == 0 and "from the cache" in r.output and len(libre_server.seen) == 1


def test_translate_unreachable_is_one_warning_and_exit_2(tmp_path: Path) -> None:
    r = _run("mt", "translate", "Hello.", "--provider", "libre", "--src", "en", "--tgt", "de",
             "--option", "custom_url=http://127.0.0.1:9/", "--no-cache")
    assert r.exit_code == 2
    assert r.output.count("warning:") == 1 and "cannot connect" in r.output
