"""Keeping MT calls bounded: chunking, batching, retry with backoff, budget, hard deadline."""

from __future__ import annotations

import contextvars
import random
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from auditor.mt.protocol import TimeoutError_, TransientError

T = TypeVar("T")

# A sentence end: terminal punctuation (Latin, Devanagari/Bengali danda, CJK, Arabic), optional
# closing quotes/brackets, then whitespace (or, for CJK full stops, nothing).
_SENTENCE_END = re.compile(r"(?:[.!?…।॥؟]+[\"'”’»)\]]*\s+|[。！？]+[」』”’）)]*\s*)")
_SPACE = re.compile(r"\s+")
NO_SPACE_LANGS = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo"})


def split_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` code points whose concatenation is ``text``.

    Cuts at the last sentence end inside the window when there is one in its latter part, else
    at the last whitespace, else hard (never before a combining mark).
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = 0
        for m in _SENTENCE_END.finditer(window):
            cut = m.end()
        if cut < limit // 3:
            spaces = [m.end() for m in _SPACE.finditer(window)]
            cut = spaces[-1] if spaces and spaces[-1] >= limit // 3 else 0
        if cut <= 0:
            cut = limit
            while cut > 1 and unicodedata.category(rest[cut]) in ("Mn", "Mc", "Me"):
                cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def join_pieces(translations: Sequence[str], tgt: str) -> str:
    """Join translated chunks of one text: spaces between, except for scripts without them."""
    sep = "" if tgt.split("-")[0].lower() in NO_SPACE_LANGS else " "
    return sep.join(t.strip() for t in translations)


@dataclass(frozen=True)
class Request:
    """One payload for the provider, and where its output goes.

    ``items`` are indexes into the list of texts to translate. A batch carries several whole
    texts joined by newlines; a chunk carries piece ``part`` of ``parts`` of one text."""

    payload: str
    items: tuple[int, ...]
    part: int = 0
    parts: int = 1

    @property
    def is_batch(self) -> bool:
        """True when the request carries several texts joined by newlines."""
        return len(self.items) > 1


def plan_requests(texts: Sequence[str], limit: int, batch: bool, max_items: int = 50) -> list[Request]:
    """Group short single-line texts into newline-joined batches under ``limit``; split long ones."""
    out: list[Request] = []
    current: list[int] = []
    size = 0

    def flush() -> None:
        nonlocal current, size
        if current:
            out.append(Request("\n".join(texts[i] for i in current), tuple(current)))
        current, size = [], 0

    for i, text in enumerate(texts):
        if len(text) > limit:
            pieces = split_text(text, limit)
            out.extend(Request(p, (i,), k, len(pieces)) for k, p in enumerate(pieces))
            continue
        if not batch or "\n" in text or "\r" in text:
            out.append(Request(text, (i,)))
            continue
        extra = len(text) + (1 if current else 0)
        if current and (size + extra > limit or len(current) >= max_items):
            flush()
            extra = len(text)
        current.append(i)
        size += extra
    flush()
    return out


@dataclass
class Budget:
    """Per-run caps on characters sent and requests made (``None`` = no cap)."""

    max_chars: int | None = None
    max_requests: int | None = None
    chars: int = 0
    requests: int = 0

    def allows(self, chars: int) -> bool:
        """Whether one more request of ``chars`` characters stays within both limits."""
        if self.max_requests is not None and self.requests + 1 > self.max_requests:
            return False
        return self.max_chars is None or self.chars + chars <= self.max_chars

    def spend(self, chars: int) -> None:
        """Count one request of ``chars`` characters."""
        self.chars += chars
        self.requests += 1


@dataclass
class RetryPolicy:
    """Exponential backoff with equal jitter: wait in [d/2, d], d = base·2^attempt ≤ cap."""

    retries: int = 3
    base: float = 0.5
    cap: float = 20.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry ``attempt`` (0-based): capped exponential backoff with jitter, at
        least ``Retry-After`` (itself capped)."""
        d: float = min(self.cap, self.base * 2**attempt)
        wait = d / 2 + self.rng.uniform(0, d / 2)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.cap))
        return wait

    def run(self, fn: Callable[[], T], on_retry: Callable[[TransientError], None] | None = None) -> T:
        """Call ``fn``; on ``TransientError`` wait and try again, up to ``retries`` more times."""
        attempt = 0
        while True:
            try:
                return fn()
            except TransientError as exc:
                if attempt >= self.retries:
                    raise
                if on_retry is not None:
                    on_retry(exc)
                self.sleep(self.delay(attempt, exc.retry_after))
                attempt += 1


def run_with_deadline(fn: Callable[[], T], seconds: float, on_abandon: Callable[[], None] | None = None) -> T:
    """Run ``fn`` in a daemon thread and give up after ``seconds`` (raises ``TimeoutError_``).

    The outer guard around the per-request socket timeout: a server that trickles bytes can
    keep each read under the timeout for ever. An abandoned thread finishes or dies on its own;
    ``on_abandon`` tells it to send nothing more.
    """
    ctx = contextvars.copy_context()
    box: dict[str, object] = {}
    done = threading.Event()

    def target() -> None:
        try:
            box["value"] = ctx.run(fn)
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=target, name="auditor-mt-call", daemon=True).start()
    if not done.wait(seconds):
        if on_abandon is not None:
            on_abandon()
        raise TimeoutError_(f"no answer within {seconds:g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
