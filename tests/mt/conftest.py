"""A LibreTranslate-compatible HTTP server on 127.0.0.1, scripted per test.

deep-translator's real ``LibreTranslator`` talks to it: ``POST /translate`` with ``q``,
``source``, ``target``, ``api_key`` and ``format`` (deep-translator sends them in the query
string; a form or JSON body is read too), answering ``{"translatedText": ...}``.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


def fake_translate(text: str, target: str) -> str:
    """Deterministic 'translation': each line tagged with the target language, case swapped."""
    return "\n".join(f"<{target}> {line.swapcase()}" if line.strip() else line for line in text.split("\n"))


@dataclass
class LibreServer:
    url: str
    port: int
    actions: list[str] = field(default_factory=list)
    """Consumed one per request: ok | 429 | 500 | 403 | hang | badjson | merge. Empty = ok."""
    seen: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_action(self) -> str:
        with self.lock:
            return self.actions.pop(0) if self.actions else "ok"


def _handler(state: LibreServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, code: int, body: bytes, ctype: str = "application/json") -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if body:
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params.update({k: str(v) for k, v in json.loads(body).items()})
                else:
                    params.update({k: v[0] for k, v in parse_qs(body.decode()).items()})
            with state.lock:
                state.seen.append(params)
            if parts.path != "/translate":
                self._send(404, b'{"error": "not found"}')
                return
            action = state.next_action()
            if action == "hang":
                state.release.wait(10)
                return
            if action in ("429", "500", "403"):
                self._send(int(action), json.dumps({"error": f"scripted {action}"}).encode())
                return
            if action == "badjson":
                self._send(200, b'{"translatedText": "unterminated')
                return
            out = fake_translate(params.get("q", ""), params.get("target", "?"))
            if action == "merge":
                out = out.replace("\n", " ")
            self._send(200, json.dumps({"translatedText": out}).encode())

    return Handler


@pytest.fixture
def libre_server() -> Iterator[LibreServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(None))  # type: ignore[arg-type]
    port = httpd.server_address[1]
    state = LibreServer(url=f"http://127.0.0.1:{port}/", port=port)
    httpd.RequestHandlerClass = _handler(state)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def closed_port() -> int:
    """A 127.0.0.1 port with nothing listening (bound, then released)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """A socket guard: any outgoing connection attempt is recorded and refused."""
    attempts: list[Any] = []

    def guard(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("network disabled by test guard")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    return attempts
