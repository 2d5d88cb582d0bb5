from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDITOR = str(Path(sys.executable).parent / "auditor")


def run_auditor(*args: str, cwd: Path | None = None, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {**os.environ, "AUDITOR_CACHE_DIR": str(cwd or ROOT), **env}
    full_env.pop("AUDITOR_CONFIG", None)
    return subprocess.run(
        [AUDITOR, *args], capture_output=True, text=True, timeout=timeout, cwd=cwd or ROOT, env=full_env
    )


@pytest.fixture
def auditor_cli():
    return run_auditor
