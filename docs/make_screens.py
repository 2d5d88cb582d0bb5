"""Regenerate the README's pictures of the TUI on the seed chain.

    .venv/bin/python docs/make_screens.py

Audits samples/fsb-letter, steps to the untranslated Bengali fragment, and writes
docs/tui-fsb-letter.svg (Textual's screenshot through Pilot, 120 × 36) and
docs/tui-fsb-letter.txt (the real ``auditor tui`` in a tmux pane of the same size, captured
with ``tmux capture-pane``; skipped when tmux is not installed). Nothing else is written.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.app_service import open_audit
from auditor.io.atomic import atomic_write_text
from auditor.tui.app import make_app

SIZE = (120, 36)
TARGET = "untranslated-span"


def _presses(audit_findings: list[str]) -> int:
    """How many ``n`` presses reach the first finding of ``TARGET`` from the start."""
    return audit_findings.index(TARGET) + 1


async def _svg(tei: Path) -> tuple[str, int]:
    audit = open_audit(tei)
    app = make_app(audit, path=tei, save_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panel = app.screen.query_one("FindingsPanel")
        order = [f.check for f in panel.filtered]  # type: ignore[attr-defined]
        presses = _presses(order)
        for _ in range(presses):
            await pilot.press("n")
        await pilot.pause()
        return app.export_screenshot(title="auditor"), presses


def _tmux(tei: Path, presses: int) -> str | None:
    if shutil.which("tmux") is None:
        return None
    name = f"auditor-screens-{int(time.time())}"
    cmd = f"{ROOT / '.venv' / 'bin' / 'auditor'} tui {tei.name}"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", str(SIZE[0]), "-y", str(SIZE[1]), "-c", str(tei.parent), cmd],
        check=True,
    )
    try:
        time.sleep(4)
        for _ in range(presses):
            subprocess.run(["tmux", "send-keys", "-t", name, "n"], check=True)
            time.sleep(0.3)
        time.sleep(1)
        out = subprocess.run(["tmux", "capture-pane", "-p", "-t", name], check=True, capture_output=True, text=True)
        return out.stdout
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], check=False)


def main() -> int:
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        # The status line shows the file as given: a relative name keeps machine paths out.
        os.chdir(tmp)
        tei = Path(tmp) / "fsb-letter.tei.xml"
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "auditor"), "audit", str(ROOT / "samples" / "fsb-letter"), "-o", str(tei),
             "--format", "json"],
            check=True, stdout=subprocess.DEVNULL,
        )
        svg, presses = asyncio.run(_svg(Path(tei.name)))
        atomic_write_text(ROOT / "docs" / "tui-fsb-letter.svg", svg)
        text = _tmux(tei, presses)
        if text is not None:
            atomic_write_text(ROOT / "docs" / "tui-fsb-letter.txt", text)
        os.chdir(here)
    print(f"wrote docs/tui-fsb-letter.svg{' and .txt' if text is not None else ''} ({presses} × n)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
