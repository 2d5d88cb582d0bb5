"""``MTService``: the one entry point the rest of auditor uses for machine translation.

It puts the cache, the budget, chunking, batching, retries and the "unreachable" policy
around a provider. One call translates a batch of texts for one language pair::

    mt = MTService(settings.mt, warn=print_warning)
    result = mt.translate_segments([s.text for s in segs], "bn", "en")
    result.translations   # list[str | None], one per input
    result.from_cache     # list[bool]
    mt.signature()        # [("mt.provider", "google"), ("mt.engine", ...), ...]

With provider ``none`` (the default) nothing is opened and no network call happens. When the
provider cannot be reached, or refuses the key, or keeps timing out, ``warn`` is called once
and the service stops trying for the rest of the run: every later call answers at once with
``None`` for what the cache does not hold, and ``reason`` says why.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

from auditor.errors import AuditorError, UsageError
from auditor.mt.cache import MTCache, default_cache_path, options_key
from auditor.mt.protocol import (
    FatalError,
    ItemError,
    LocalTranslator,
    MTError,
    TimeoutError_,
    TransientError,
    Translator,
    UnreachableError,
    UnsupportedLanguageError,
)
from auditor.mt.resilience import Budget, Request, RetryPolicy, join_pieces, plan_requests

log = logging.getLogger(__name__)

Warn = Callable[[str], None]
OFF = "none"
MAX_CONSECUTIVE_FAILURES = 3
"""After this many requests in a row fail (retries spent), the provider is taken as down."""


class SettingsLike(Protocol):
    """The fields of ``auditor.config.MTSettings`` that the service reads (read-only, so the frozen
    dataclass matches)."""

    @property
    def provider(self) -> str: ...

    @property
    def timeout(self) -> float: ...

    @property
    def retries(self) -> int: ...

    @property
    def max_chars(self) -> int: ...

    @property
    def max_requests(self) -> int: ...

    @property
    def cache_dir(self) -> str: ...

    @property
    def options(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class MTResult:
    """Translations of one batch, aligned with the input texts."""

    translations: list[str | None]
    from_cache: list[bool]
    reason: str | None = None
    """Why some translations are ``None`` (MT off, unreachable, budget spent …), else ``None``."""

    @property
    def complete(self) -> bool:
        """True when every text has a translation."""
        return all(t is not None for t in self.translations)

    def __len__(self) -> int:
        return len(self.translations)


@dataclass
class MTStats:
    """Counters of one run: requests, provider calls, retries, cache hits and misses, characters."""
    requests: int = 0
    """HTTP requests actually sent, retries included."""
    calls: int = 0
    """Provider payloads (a batch of short texts or one chunk of a long one)."""
    retries: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    characters: int = 0
    """Characters sent to the provider."""
    failures: int = 0


@dataclass
class _Run:
    """Per-batch bookkeeping of translated chunks."""

    parts: dict[int, dict[int, str]] = field(default_factory=dict)
    done: dict[int, str] = field(default_factory=dict)


class MTService:
    """Machine translation for one run, configured from ``auditor.config.MTSettings``."""

    def __init__(
        self,
        settings: SettingsLike | None = None,
        *,
        warn: Warn | None = None,
        cache_path: str | Path | None = None,
        provider: Translator | None = None,
        env: Mapping[str, str] | None = None,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._warn_fn = warn or (lambda msg: log.warning("%s", msg))
        self._warned: set[str] = set()
        self._stats = MTStats()
        self._reason: str | None = None
        self._unsupported: set[tuple[str, str]] = set()
        self._stored: set[tuple[str, str, str]] = set()
        self.cache: MTCache | None = None
        name = (provider.name if provider is not None else getattr(settings, "provider", OFF)) or OFF
        self.name = name.strip().lower()
        options = dict(getattr(settings, "options", {}) or {})
        self._batch = str(options.get("batch", "true")).lower() not in ("0", "false", "no")
        self.retry = RetryPolicy(retries=int(getattr(settings, "retries", 3)), base=backoff, sleep=sleep)
        self.budget = Budget(getattr(settings, "max_chars", None), getattr(settings, "max_requests", None))
        self.provider: Translator | None = None
        if self.name == OFF:
            self._reason = "machine translation is off"
            return
        remote = provider.remote if provider is not None else self.name not in ("offline", "file")
        if remote or self.name == "offline":
            path = default_cache_path(cache_path, getattr(settings, "cache_dir", "") or None, env)
            try:
                self.cache = MTCache(path)
            except AuditorError as exc:
                self._warn_once("cache", f"MT cache unusable, continuing without it ({exc})")
        self.provider = provider if provider is not None else self._make_provider(settings, options, env)

    def _make_provider(self, settings: Any, options: dict[str, Any], env: Mapping[str, str] | None) -> Translator | None:
        if self.name == "offline":
            from auditor.mt.offline import OfflineProvider

            if self.cache is None:
                self._stop("offline MT needs the cache, which could not be opened")
                return None
            return OfflineProvider(self.cache, prefer=str(options.get("prefer", "")))
        if self.name == "file":
            from auditor.mt.file_provider import FileProvider

            tmx = options.get("tmx") or options.get("file")
            if not tmx:
                raise UsageError("[mt] provider 'file' needs a 'tmx' option naming a TMX file")
            return FileProvider.from_tmx(str(tmx))
        from auditor.mt.deep import DeepProvider

        try:
            return DeepProvider(self.name, options, timeout=float(getattr(settings, "timeout", 10.0)), env=env)
        except ValueError as exc:
            raise UsageError(str(exc)) from None

    # -- public state -----------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """MT was asked for (provider is not ``none``)."""
        return self.name != OFF

    @property
    def available(self) -> bool:
        """MT can still produce translations in this run."""
        return self.provider is not None and self.name != OFF and not self._stopped

    @property
    def _stopped(self) -> bool:
        return self._reason is not None

    @property
    def reason(self) -> str | None:
        """Why MT is unavailable (for "skipped" notices), or ``None`` while it works."""
        return self._reason

    def stats(self) -> MTStats:
        """A copy of the counters; ``requests`` counts real HTTP requests when the provider knows them."""
        s = MTStats(**asdict(self._stats))
        s.requests = int(getattr(self.provider, "http_requests", s.calls))
        return s

    def signature(self) -> list[tuple[str, str]]:
        """Provider, engine, options (no secrets) and cache use, for the reproducibility record."""
        if self.provider is None:
            return [("mt.provider", self.name)] + ([("mt.status", self._reason)] if self.enabled and self._reason else [])
        opts = ";".join(f"{k}={v}" for k, v in sorted(self.provider.options.items()))
        st = self.stats()
        sig = [
            ("mt.provider", self.provider.name),
            ("mt.engine", self.provider.engine),
            ("mt.options", opts),
            ("mt.cache_hits", str(st.cache_hits)),
            ("mt.cache_misses", str(st.cache_misses)),
            ("mt.requests", str(st.requests)),
        ]
        sources = getattr(self.provider, "sources", None)
        if sources:
            sig.append(("mt.cache_sources", ",".join(f"{k}={v}" for k, v in sorted(sources.items()))))
        if self._reason:
            sig.append(("mt.status", f"unavailable: {self._reason}"))
        return sig

    def close(self) -> None:
        """Close the cache."""
        if self.cache is not None:
            self.cache.close()
            self.cache = None

    def __enter__(self) -> MTService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MTService(provider={self.provider!r}, available={self.available})"

    # -- translating ------------------------------------------------------------------------

    def translate_segments(self, texts: Sequence[str], src: str, tgt: str) -> MTResult:
        """Translate ``texts`` from ``src`` to ``tgt``: one entry per input, ``None`` when unavailable."""
        n = len(texts)
        out: list[str | None] = [None] * n
        cached = [False] * n
        if self.name == OFF or self.provider is None:
            return MTResult(out, cached, self._reason)
        unique: dict[str, None] = {}
        for i, t in enumerate(texts):
            if not t.strip():
                out[i] = t
            else:
                unique[t] = None
        todo = list(unique)
        if not todo:
            return MTResult(out, cached)
        found: dict[str, tuple[str, bool]] = {}
        reason: str | None = None
        if not self.provider.remote:
            # every provider that is not remote (file, offline) is a LocalTranslator
            lookup = cast(LocalTranslator, self.provider).lookup
            for t, tr in zip(todo, lookup(todo, src, tgt), strict=True):
                if tr is not None:
                    found[t] = (tr, self.name == "offline")
            self._stats.cache_hits += len(found) if self.name == "offline" else 0
            self._stats.cache_misses += (len(todo) - len(found)) if self.name == "offline" else 0
            if len(found) < len(todo):
                reason = f"{self.name}: no translation for some segments"
        else:
            okey = options_key(self.provider.options)
            hits = self.cache.get_many(self.provider.name, okey, src, tgt, todo) if self.cache else {}
            found.update((t, (tr, True)) for t, tr in hits.items())
            misses = [t for t in todo if t not in hits]
            self._stats.cache_hits += len(hits)
            self._stats.cache_misses += len(misses)
            if misses:
                fetched, reason = self._fetch(misses, src, tgt, okey)
                found.update((t, (tr, False)) for t, tr in fetched.items())
        for i, t in enumerate(texts):
            if t in found:
                out[i], cached[i] = found[t]
        return MTResult(out, cached, reason if any(x is None for x in out) else None)

    def _fetch(self, texts: list[str], src: str, tgt: str, okey: str) -> tuple[dict[str, str], str | None]:
        assert self.provider is not None
        if self._stopped:
            return {}, self._reason
        if (src, tgt) in self._unsupported:
            return {}, f"{self.provider.name} does not translate {src} → {tgt}"
        run = _Run()
        queue: deque[Request] = deque(plan_requests(texts, self.provider.max_chars, self._batch))
        consecutive = 0
        reason: str | None = None
        while queue:
            req = queue.popleft()
            if not self.budget.allows(len(req.payload)):
                reason = (f"MT budget spent ({self.budget.requests} requests, {self.budget.chars} characters);"
                          " raise [mt] max_requests / max_chars")
                self._warn_once("budget", reason)
                break
            self.budget.spend(len(req.payload))
            self._stats.calls += 1
            self._stats.characters += len(req.payload)
            try:
                answer = self._call(req.payload, src, tgt)
            except (UnreachableError, FatalError, TimeoutError_) as exc:
                self._stats.failures += 1
                self._stop(str(exc))
                return self._by_text(run, texts), self._reason
            except UnsupportedLanguageError as exc:
                self._unsupported.add((src, tgt))
                self._warn_once(f"lang:{src}:{tgt}", f"{exc}; those segments stay without MT")
                return self._by_text(run, texts), str(exc)
            except (TransientError, ItemError, MTError) as exc:
                self._stats.failures += 1
                consecutive += 1
                reason = str(exc)
                log.info("MT request failed: %s", exc)
                if consecutive >= MAX_CONSECUTIVE_FAILURES:
                    self._stop(f"{exc} ({consecutive} requests in a row failed)")
                    return self._by_text(run, texts), self._reason
                continue
            consecutive = 0
            self._accept(req, answer, texts, run, queue, tgt)
            self._store(run, texts, src, tgt, okey)
        return self._by_text(run, texts), reason

    @staticmethod
    def _by_text(run: _Run, texts: list[str]) -> dict[str, str]:
        return {texts[i]: tr for i, tr in run.done.items()}

    def _accept(self, req: Request, answer: str, texts: list[str], run: _Run, queue: deque[Request], tgt: str) -> None:
        if req.is_batch:
            lines = answer.split("\n")
            if len(lines) != len(req.items):
                # The provider merged or split lines: translate these one by one, and stop
                # batching for this run so we do not pay twice again.
                self._batch = False
                queue.extendleft(reversed([Request(texts[i], (i,)) for i in req.items]))
                return
            for i, line in zip(req.items, lines, strict=True):
                run.done[i] = line.strip()
            return
        i = req.items[0]
        if req.parts == 1:
            run.done[i] = answer
            return
        got = run.parts.setdefault(i, {})
        got[req.part] = answer
        if len(got) == req.parts:
            run.done[i] = join_pieces([got[k] for k in range(req.parts)], tgt)

    def _store(self, run: _Run, texts: list[str], src: str, tgt: str, okey: str) -> None:
        """Write finished translations at once, so an interrupted run keeps what it paid for."""
        if self.cache is None or self.provider is None:
            return
        new = [(texts[i], tr) for i, tr in run.done.items() if (src, tgt, texts[i]) not in self._stored]
        if new:
            try:
                self.cache.put_many(self.provider.name, okey, src, tgt, new, engine=self.provider.engine)
            except Exception as exc:  # a full disk must not end the audit
                self._warn_once("cache-write", f"MT cache write failed ({type(exc).__name__}); continuing")
            self._stored.update((src, tgt, t) for t, _ in new)

    def _call(self, payload: str, src: str, tgt: str) -> str:
        assert self.provider is not None
        provider = self.provider

        def once() -> str:
            return provider.translate([payload], src, tgt)[0]

        def on_retry(exc: TransientError) -> None:
            self._stats.retries += 1
            log.info("MT retry after: %s", exc)

        return self.retry.run(once, on_retry)

    def _stop(self, reason: str) -> None:
        if self._reason is None:
            self._reason = reason
        self._warn_once("unavailable", f"machine translation unavailable: {reason}; continuing without MT for this run")

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self._warn_fn(message)
