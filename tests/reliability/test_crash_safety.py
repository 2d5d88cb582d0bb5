"""``kill -9`` never leaves a half-written file, and the TUI's journal brings unsaved work back.

A writer process (forked from a pre-loaded "zygote" child, so that each kill costs milliseconds,
not an interpreter start) saves large TEI records to one path in a loop; the test SIGKILLs it at
random moments and reads the file on disk each time: it is always one of the complete records.
Then the real ``auditor tui`` is killed after two decisions and reopened: it offers the journal,
replays it, and saves.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.io.tei_read import tei_to_audit
from auditor.io.tei_write import audit_to_tei
from auditor.tui.synthetic import synthetic_audit
from tests.reliability.conftest import ANSI, AUDITOR, ROOT, child_env

# Reads commands on stdin: "bytes" or "tei" forks a writer looping over two records, printing
# its pid. The zygote ignores SIGCHLD, so killed writers are reaped at once.
_ZYGOTE = """\
import os, signal, sys
from auditor.io.atomic import atomic_write_bytes
from auditor.io.tei_write import audit_to_tei, write_tei
from auditor.tui.synthetic import synthetic_audit
path = sys.argv[1]
audits = [synthetic_audit(n) for n in (1000, 1050)]
blobs = [audit_to_tei(a) for a in audits]
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
print("ready", flush=True)
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        i = 0
        while True:
            if line.strip() == "tei":
                write_tei(audits[i % 2], path)
            else:
                atomic_write_bytes(path, blobs[i % 2])
            i += 1
    print(pid, flush=True)
"""


def _wait_gone(pid: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.002)
    raise AssertionError(f"writer {pid} did not die")


@pytest.mark.parametrize("mode, kills", [("bytes", 30), ("tei", 12)])
def test_kill_9_mid_write_leaves_old_or_new_complete_record(tmp_path: Path, mode: str, kills: int) -> None:
    target = tmp_path / "audit.tei.xml"
    records = [audit_to_tei(synthetic_audit(n)) for n in (1000, 1050)]
    target.write_bytes(records[1])
    zygote = subprocess.Popen([sys.executable, "-c", _ZYGOTE, str(target)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=tmp_path, env=child_env(tmp_path))
    assert zygote.stdin is not None and zygote.stdout is not None
    rng = random.Random(8)
    seen: set[int] = set()
    orphans = 0
    try:
        assert zygote.stdout.readline().strip() == "ready"
        # Under load one TEI write can outlast a short sleep: keep killing (up to 4x the planned
        # count) until both records have been seen, so the test always proves a replacement.
        pause = 0.12 if mode == "bytes" else 0.6
        for n in range(kills * 4):
            if n >= kills and seen == {0, 1}:
                break
            zygote.stdin.write(mode + "\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            time.sleep(rng.uniform(0.0, pause))
            os.kill(pid, signal.SIGKILL)
            _wait_gone(pid)
            data = target.read_bytes()
            assert data in records, f"corrupt file after kill -9: {len(data)} bytes"
            if records.index(data) not in seen:  # and it loads (each record parsed once: same bytes)
                assert tei_to_audit(data, target).chain.witnesses
            seen.add(records.index(data))
            leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
            orphans += len(leftovers)
            for p in leftovers:  # a killed write leaves its hidden temp file, never the target
                assert p.name.startswith(".audit.tei.xml.")
                p.unlink()
    finally:
        zygote.kill()
        zygote.wait(5)
    assert seen == {0, 1}, "the writer never got to replace the file: the test proved nothing"
    if mode == "bytes":  # writes take most of the loop: some kills must have landed mid-write
        assert orphans > 0


# --- the TUI journal after a crash ------------------------------------------------------------


class Terminal:
    """``auditor tui`` in a 120x40 pseudo-terminal."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        import fcntl
        import pty
        import termios

        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.proc = subprocess.Popen([AUDITOR, "tui", *args], stdin=slave, stdout=slave, stderr=slave,
                                     cwd=cwd, env=child_env(cwd, TERM="xterm-256color"), close_fds=True)
        os.close(slave)
        self.buf = b""

    def screen(self) -> str:
        return ANSI.sub("", self.buf.decode("utf-8", "replace"))

    def wait_for(self, text: str, timeout: float = 60.0) -> None:
        """Until ``text`` appears in what was written since the last ``send``."""
        deadline = time.monotonic() + timeout
        while text not in self.screen():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(f"{text!r} never appeared; screen tail: {self.screen()[-1500:]!r}")
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    self.buf += os.read(self.master, 65536)
                except OSError:
                    pass

    def send(self, keys: bytes) -> None:
        self.buf = b""
        os.write(self.master, keys)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        os.close(self.master)


def _journal_ops(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["ops"] if path.exists() else []


def test_tui_journal_survives_kill_9_and_replays(tmp_path: Path) -> None:
    chain = tmp_path / "chain"
    shutil.copytree(ROOT / "samples" / "fsb-letter", chain)
    save = tmp_path / "review.tei.xml"
    journal = tmp_path / ".review.tei.xml.journal.json"
    args = [str(chain), "--save-to", str(save)]
    term = Terminal(args, tmp_path)
    try:
        term.wait_for("decided 0 /")
        term.send(b"n")
        time.sleep(0.3)
        term.send(b"a")  # accept the first finding
        term.wait_for("decided 1 /")
        term.send(b"n")
        time.sleep(0.3)
        term.send(b"d")  # dismiss the second
        term.wait_for("decided 2 /")
        deadline = time.monotonic() + 10
        while len(_journal_ops(journal)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(term.proc.pid, signal.SIGKILL)
        assert term.proc.wait(10) == -signal.SIGKILL
    finally:
        term.close()
    ops = _journal_ops(journal)
    assert [op["args"]["verdict"] for op in ops] == ["accepted", "dismissed"], ops
    assert not save.exists()  # nothing was saved: the journal is all there is

    term = Terminal(args, tmp_path)
    try:
        term.wait_for("Unsaved work from an earlier session was found (2 actions")
        term.send(b"y")
        term.wait_for("decided 2 /")
        term.send(b"\x13")  # ctrl+s
        deadline = time.monotonic() + 15
        while not save.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        term.wait_for("saved")
        deadline = time.monotonic() + 30
        next_quit = 0.0
        while term.proc.poll() is None and time.monotonic() < deadline:
            if time.monotonic() > next_quit:  # ctrl+q (saved, so no question); again if a key was lost
                os.write(term.master, b"\x11")
                next_quit = time.monotonic() + 5
            ready, _, _ = select.select([term.master], [], [], 0.1)
            if ready:
                try:
                    term.buf += os.read(term.master, 65536)
                except OSError:  # the terminal closed: the app is exiting
                    break
        assert term.proc.wait(10) == 0, term.screen()[-1500:]
    finally:
        term.close()
    from auditor.io.tei_read import read_tei

    saved = read_tei(save)
    verdicts = sorted(d.verdict.value for d in saved.decisions)
    assert verdicts == ["accepted", "dismissed"]
    assert {d.finding for d in saved.decisions} == {fp for op in ops for fp in op["args"]["fingerprints"]}
    assert not journal.exists()  # a clean save removes it
