"""Smoke test: the real ``auditor tui`` command in a pseudo-terminal shows the seed and quits."""

from __future__ import annotations

import os
import pty
import re
import select
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDITOR = str(Path(sys.executable).parent / "auditor")
ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")


def read_until(fd: int, proc: subprocess.Popen[bytes], wanted: list[str], timeout: float) -> str:
    buf = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            screen = ANSI.sub("", buf.decode("utf-8", "replace"))
            if all(w in screen for w in wanted):
                return screen
        elif proc.poll() is not None:
            break
    return ANSI.sub("", buf.decode("utf-8", "replace"))


def test_tui_shows_seed_witnesses_and_quits(tmp_path: Path) -> None:
    import fcntl
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    env.pop("AUDITOR_CONFIG", None)
    proc = subprocess.Popen(
        [AUDITOR, "tui", str(ROOT / "samples" / "fsb-letter"), "--save-to", str(tmp_path / "seed.tei.xml")],
        stdin=slave, stdout=slave, stderr=slave, cwd=tmp_path, env=env, close_fds=True,
    )
    os.close(slave)
    try:
        screen = read_until(master, proc, ["bn (bn)", "en (en)", "decided 0 /"], timeout=60)
        assert "bn (bn)" in screen and "en (en)" in screen, screen[-2000:]
        assert "decided 0 /" in screen
        os.write(master, b"\x11")  # ctrl+q: nothing changed, so no question
        deadline = time.monotonic() + 20
        while proc.poll() is None and time.monotonic() < deadline:
            select.select([master], [], [], 0.2)
            try:
                os.read(master, 65536)
            except OSError:
                break
        assert proc.wait(timeout=5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert not (tmp_path / "seed.tei.xml").exists()  # quitting without changes writes nothing


def test_tui_reads_several_text_files_as_one_chain(tmp_path: Path) -> None:
    from auditor.cli.tui_cmd import make_loader
    from auditor.config import Settings
    from auditor.tui.app import default_save_path

    (tmp_path / "en.txt").write_text("Vladimir Osechkin runs the site. He said 12 agents wrote.\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Владимир Осечкин ведёт сайт. Он сказал, что написали 15 агентов.\n",
                                     encoding="utf-8")
    save = default_save_path(tmp_path / "en.txt")
    audit = make_loader(tmp_path / "en.txt", save, Settings(), False, (tmp_path / "ru.txt",))(lambda *a: None)
    assert [(w.id, w.parent) for w in audit.chain.witnesses] == [("en", None), ("ru", "en")]
    assert any(f.check == "number-mismatch" for f in audit.findings)
    (tmp_path / "folder").mkdir()
    proc = subprocess.run([AUDITOR, "tui", "en.txt", "folder"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2 and "folder" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
