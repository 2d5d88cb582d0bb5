"""Helpers for the reliability tests: run the real CLI as a subprocess, measured and watched.

``run_cli`` runs ``auditor`` in a child process with a hard timeout and reports its exit code,
output and wall time. With ``tracked`` the child runs the same entry point as the console script
under a Python audit hook that logs every path it opens (so a test can prove that no file outside
the input was read) and, at exit, its peak RSS from ``/proc/self/status`` (``VmHWM`` belongs to
the exec'd image; ``getrusage`` would count the forked pytest process's pages too).
``run_tui`` runs ``auditor tui`` in a pseudo-terminal (Textual renders to stderr there).
"""

from __future__ import annotations

import http.server
import os
import pty
import re
import select
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDITOR = str(Path(sys.executable).parent / "auditor")
ANSI = re.compile(r"\x1b\[[0-9;?<>=$]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")

# The console script's entry point, under an audit hook logging each opened path (one a line),
# and the peak RSS at exit.
_TRACKER = """\
import atexit, os, sys
_fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
def _hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes)):
        os.write(_fd, os.fsencode(args[0]) + b"\\n")
def _hwm():
    with open("/proc/self/status", "rb") as fh:
        hwm = [line.split()[1] for line in fh if line.startswith(b"VmHWM:")]
    os.write(_fd, b"\\0HWM " + hwm[0] + b"\\n")
atexit.register(_hwm)
sys.addaudithook(_hook)
sys.argv = ["auditor", *sys.argv[2:]]
from auditor.cli import main
sys.exit(main())
"""


@dataclass
class Run:
    """What one CLI run did."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float
    """Peak RSS of the auditor process (only when ``tracked``)."""
    timed_out: bool
    opened: list[Path] = field(default_factory=list)
    """Resolved paths the child opened (only when ``tracked``)."""

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def child_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of a child: no user config, caches and config under ``tmp``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUDITOR_")}
    env.update(XDG_CONFIG_HOME=str(tmp / "xdg-config"), XDG_CACHE_HOME=str(tmp / "xdg-cache"),
               AUDITOR_MT_CACHE_DIR=str(tmp / "mt-cache"), COLUMNS="160", NO_COLOR="1")
    env.update(extra)
    return env


def run_cli(*args: str, cwd: Path, timeout: float = 30.0, env: dict[str, str] | None = None,
            tracked: bool = False) -> Run:
    """Run ``auditor ARGS`` (killed after ``timeout`` seconds) and measure it."""
    log = None
    if tracked:
        fd, name = tempfile.mkstemp(prefix="opens-", suffix=".log")
        os.close(fd)
        log = Path(name)
        cmd = [sys.executable, "-c", _TRACKER, str(log), *args]
    else:
        cmd = [AUDITOR, *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
                                env=env if env is not None else child_env(cwd))
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, _ = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        run = Run(proc.returncode, out.read().decode("utf-8", "replace"),
                  err.read().decode("utf-8", "replace"), seconds, 0.0, killed.is_set())
    if log is not None:
        for raw in log.read_bytes().splitlines():
            if raw.startswith(b"\0HWM "):
                run.max_rss_mb = int(raw.split()[1]) / 1024
                continue
            p = Path(os.fsdecode(raw))
            run.opened.append((p if p.is_absolute() else cwd / p).resolve())
        log.unlink()
    return run


def run_tui(*args: str, cwd: Path, timeout: float = 30.0) -> Run:
    """Run ``auditor tui ARGS`` in a 120x40 pseudo-terminal; stdout+stderr, ANSI stripped."""
    import fcntl
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = child_env(cwd, TERM="xterm-256color")
    start = time.monotonic()
    proc = subprocess.Popen([AUDITOR, "tui", *args], stdin=slave, stdout=slave, stderr=slave, cwd=cwd,
                            env=env, close_fds=True)
    os.close(slave)
    buf = b""
    timed_out = False
    try:
        while True:
            if time.monotonic() - start > timeout:
                timed_out = True
                proc.kill()
                break
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                buf += chunk
            elif proc.poll() is not None:
                # The child may have written its last line between the select and the poll:
                # drain what the pty still holds before giving up on it.
                while select.select([master], [], [], 0.2)[0]:
                    try:
                        chunk = os.read(master, 65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    buf += chunk
                break
        code = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    text = ANSI.sub("", buf.decode("utf-8", "replace")).replace("\r", "")
    return Run(code, "", text, time.monotonic() - start, 0.0, timed_out)


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with an entity declaration holding a secret, and records it."""

    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b'<!ENTITY leak "LEAKED-OVER-HTTP">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@dataclass
class Recording:
    url: str
    hits: list[str]


@pytest.fixture(scope="module")
def recording_server() -> Iterator[Recording]:
    """An HTTP server on 127.0.0.1 that records every request (the tests expect none)."""
    hits: list[str] = []
    handler = type("Handler", (_Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Recording(f"http://127.0.0.1:{server.server_port}", hits)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
