"""Timeouts, request counting and secret hygiene for deep-translator's HTTP calls.

deep-translator calls ``requests.get`` / ``requests.post`` at module level with no timeout, so a
silent server hangs it for ever. We replace the ``requests`` name inside its provider modules
with ``Transport``, which forwards to the real ``requests.request`` (exactly what
``requests.get`` does) with a timeout added, and notes each response's status for the retry
logic. deep-translator's own code paths (URLs, parameters, parsing) run unchanged.

Per-call settings travel in a context variable, so concurrent calls do not see each other's.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import urlparse

import requests

DEFAULT_TIMEOUT = 30.0
"""Applies when deep-translator is used outside an MTService call (it has none of its own)."""

PATCHED_MODULES = ("google", "mymemory", "libre", "deepl", "microsoft")


class CallCancelled(Exception):
    """The call this request belongs to was abandoned (hard timeout); do not send it."""


@dataclass
class CallState:
    """What one provider call may do and what it did."""

    timeout: float
    cancelled: threading.Event = field(default_factory=threading.Event)
    requests: int = 0
    last_status: int | None = None
    retry_after: float | None = None
    error: BaseException | None = None
    """The last exception requests raised, kept because some clients swallow it."""
    hosts: list[str] = field(default_factory=list)


_CALL: contextvars.ContextVar[CallState | None] = contextvars.ContextVar("auditor_mt_call", default=None)
_lock = threading.Lock()
_request_total = 0


def request_total() -> int:
    """HTTP requests sent through the transport in this process (for tests and stats)."""
    return _request_total


@contextmanager
def call_scope(state: CallState) -> Iterator[CallState]:
    """Make ``state`` the current call's state in this context (thread or task) for the block."""
    token = _CALL.set(state)
    try:
        yield state
    finally:
        _CALL.reset(token)


class Transport:
    """Stands in for the ``requests`` module inside deep-translator's provider modules."""

    def __init__(self, real: ModuleType) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:  # requests.exceptions and the like
        return getattr(self._real, name)

    def get(self, url: str, params: Any = None, **kwargs: Any) -> requests.Response:
        """``requests.get`` through :meth:`request`."""
        return self.request("get", url, params=params, **kwargs)

    def post(self, url: str, data: Any = None, json: Any = None, **kwargs: Any) -> requests.Response:
        """``requests.post`` through :meth:`request`."""
        return self.request("post", url, data=data, json=json, **kwargs)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send one request with the call's timeout, counting it and recording status and host."""
        global _request_total
        state = _CALL.get()
        if state is not None and state.cancelled.is_set():
            raise CallCancelled()
        timeout = state.timeout if state is not None else DEFAULT_TIMEOUT
        kwargs["timeout"] = min(kwargs.get("timeout") or timeout, timeout)
        with _lock:
            _request_total += 1
        if state is not None:
            state.requests += 1
            state.hosts.append(urlparse(url).hostname or "")
        try:
            response: requests.Response = self._real.api.request(method, url, **kwargs)
        except BaseException as exc:
            if state is not None:
                state.error = exc
            raise
        if state is not None:
            state.last_status = response.status_code
            state.retry_after = _retry_after(response.headers.get("Retry-After"))
        return response


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: rare from MT APIs; fall back to our own backoff


_installed = False


def install() -> None:
    """Route deep-translator's provider modules through ``Transport`` (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        import importlib

        transport = Transport(requests)
        for name in PATCHED_MODULES:
            module = importlib.import_module(f"deep_translator.{name}")
            if getattr(module, "requests", None) is requests:
                module.requests = transport  # type: ignore[attr-defined]
        for logger in ("urllib3", "urllib3.connectionpool", "requests"):
            logging.getLogger(logger).addFilter(SECRETS)
        _installed = True


class SecretFilter(logging.Filter):
    """Masks registered secrets in log records (urllib3 logs URLs, and DeepL puts its key in one)."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add(self, secret: str) -> None:
        """Scrub ``secret`` from now on (very short values are ignored: they would scrub ordinary words)."""
        if len(secret) >= 4:
            self._secrets.add(secret)

    def scrub(self, text: str) -> str:
        """``text`` with every known secret replaced by ``***``."""
        for s in self._secrets:
            text = text.replace(s, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub the record's formatted message; never drops a record."""
        if self._secrets:
            msg = record.getMessage()
            clean = self.scrub(msg)
            if clean != msg:
                record.msg, record.args = clean, None
        return True


SECRETS = SecretFilter()
