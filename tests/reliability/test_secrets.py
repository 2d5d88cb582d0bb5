"""MT keys never show up in the TEI record, the JSON, the logs (at DEBUG), messages or the cache.

The real CLI runs against a LibreTranslate-like server on 127.0.0.1 (tests/mt/conftest.py), which
must receive the key (so the test could fail), then against a closed port and a refusing server.
Every file the run leaves behind, stdout and stderr are searched for the key.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mt import conftest as mt_fixtures
from tests.mt.conftest import LibreServer
from tests.reliability.conftest import ROOT, child_env

# The 127.0.0.1 LibreTranslate stand-in and a closed port, shared with tests/mt.
libre_server = mt_fixtures.libre_server
closed_port = mt_fixtures.closed_port

CONFIG_KEY = "cfg-KEY-5e1f0a9d"
ENV_KEY = "env-KEY-77c2b4e1"
URL_PASSWORD = "url-PW-0d9e3c"

# The console script's entry point with every logger at DEBUG on stderr (urllib3 logs URLs).
_DEBUG_CLI = """\
import logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
sys.argv = ["auditor", *sys.argv[1:]]
from auditor.cli import main
sys.exit(main())
"""


def _run(tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _DEBUG_CLI, *args], capture_output=True, text=True,
                          timeout=120, cwd=tmp, env=child_env(tmp, **env), stdin=subprocess.DEVNULL)


def _setup(tmp: Path, url: str, key_in_config: bool) -> tuple[Path, Path]:
    chain = tmp / "chain"
    shutil.copytree(ROOT / "samples" / "fsb-letter", chain)
    config = tmp / "auditor.toml"
    key = f'api_key = "{CONFIG_KEY}"\n' if key_in_config else ""
    config.write_text(f'[mt]\nprovider = "libre"\ntimeout = 2\nretries = 1\ncache_dir = "{tmp / "cache"}"\n'
                      f'custom_url = "{url}"\n{key}', encoding="utf-8")
    return chain, config


def _leaks(tmp: Path, proc: subprocess.CompletedProcess[str], secrets: tuple[str, ...], config: Path) -> list[str]:
    """Where any of ``secrets`` appears: stdout, stderr, or any file but the config itself."""
    found = [f"{name}: {s}" for name, text in (("stdout", proc.stdout), ("stderr", proc.stderr))
             for s in secrets if s in text]
    for f in tmp.rglob("*"):
        if f.is_file() and f != config:
            data = f.read_bytes()
            found += [f"{f.relative_to(tmp)}: {s}" for s in secrets
                      if s.encode() in data or s.encode("utf-16-le") in data]
    return found


@pytest.mark.parametrize("key_in_config", [True, False], ids=["config-key", "env-key"])
def test_keys_reach_the_server_and_nothing_else(tmp_path: Path, libre_server: LibreServer,
                                                key_in_config: bool) -> None:
    chain, config = _setup(tmp_path, libre_server.url, key_in_config)
    out = tmp_path / "out.tei.xml"
    proc = _run(tmp_path, "audit", str(chain), "--config", str(config), "--format", "json", "-o", str(out),
                AUDITOR_LIBRE_API_KEY=ENV_KEY if not key_in_config else "")
    assert proc.returncode == 0, proc.stderr[-2000:]
    key = CONFIG_KEY if key_in_config else ENV_KEY
    assert libre_server.seen and {r.get("api_key") for r in libre_server.seen} == {key}
    assert "DEBUG" in proc.stderr and "urllib3" in proc.stderr  # the logs really were on
    assert out.exists() and '"mt.provider": "libre"' in proc.stdout
    assert _leaks(tmp_path, proc, (CONFIG_KEY, ENV_KEY), config) == []


def test_unreachable_server_and_credentials_in_the_url_stay_secret(tmp_path: Path, closed_port: int) -> None:
    url = f"http://reviewer:{URL_PASSWORD}@127.0.0.1:{closed_port}/"
    chain, config = _setup(tmp_path, url, key_in_config=True)
    out = tmp_path / "out.tei.xml"
    proc = _run(tmp_path, "audit", str(chain), "--config", str(config), "--format", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr[-2000:]
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("auditor: warning:")]
    assert len(warnings) == 1 and "unavailable" in warnings[0]
    assert out.exists()
    assert _leaks(tmp_path, proc, (CONFIG_KEY, URL_PASSWORD), config) == []


def test_a_refusing_server_and_manual_translate_keep_the_key_out_of_errors(
        tmp_path: Path, libre_server: LibreServer) -> None:
    chain, config = _setup(tmp_path, libre_server.url, key_in_config=True)
    libre_server.actions.extend(["403"] * 50)
    proc = _run(tmp_path, "audit", str(chain), "--config", str(config), "--format", "json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert any(r.get("api_key") == CONFIG_KEY for r in libre_server.seen)
    assert "auditor: warning:" in proc.stderr
    libre_server.actions.extend(["403"] * 5)
    manual = _run(tmp_path, "mt", "translate", "Hello there.", "--src", "en", "--tgt", "fr", "--no-cache",
                  "--config", str(config))
    assert manual.returncode != 0 and "auditor: error:" in manual.stderr
    assert "Traceback" not in manual.stderr
    for p in (proc, manual):
        assert _leaks(tmp_path, p, (CONFIG_KEY,), config) == []
