"""The deep-translator adapter: Google (the default), MyMemory, LibreTranslate, DeepL, Microsoft.

Each ``translate`` call runs deep-translator's own client code, with three guards around it:
every HTTP request gets a timeout (``auditor.mt.transport``), the whole call runs under a hard
deadline, and every failure is turned into an ``MTError`` whose message names the host and
the HTTP status but never a key. Keys come from the config options (``api_key``) or the
environment (``AUDITOR_<PROVIDER>_API_KEY``, then deep-translator's own ``LIBRE_API_KEY``,
``DEEPL_API_KEY``, ``MICROSOFT_API_KEY``); they are kept out of ``repr``, options, the
signature, error messages and urllib3's log lines.

Language tags are BCP 47; each provider's table is searched for the tag, its lower-case form,
a known alias (``he`` → ``iw`` for Google, ``zh`` → ``zh-CN``), its primary subtag, then a
regional form (MyMemory's ``bn-IN``). deep-translator's LibreTranslate table is the public
server's short list (it has no Bengali), so for LibreTranslate a tag missing from it is passed
through as its primary subtag: a self-hosted server decides for itself what it supports.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests

from auditor.mt import transport
from auditor.mt.protocol import (
    FatalError,
    ItemError,
    MTError,
    TimeoutError_,
    TransientError,
    UnreachableError,
    UnsupportedLanguageError,
)
from auditor.mt.resilience import run_with_deadline

SECRET_OPTIONS = frozenset({"api_key", "key", "auth_key", "token", "secret", "password", "email"})
"""Option names whose values are never recorded, printed or used in cache keys."""
SHARED_OPTIONS = frozenset({"batch", "chunk_chars", "prefer", "tmx", "file"})
"""Options of the service or of other providers, accepted (and ignored) here."""


@dataclass(frozen=True)
class ProviderSpec:
    """How to build and drive one deep-translator provider."""
    cls: str
    module: str
    max_chars: int
    """Longest text per request, inclusive (deep-translator checks Google < 5000, MyMemory < 500)."""
    key_env: tuple[str, ...] = ()
    needs_key: bool = False
    option_names: tuple[str, ...] = ()


PROVIDERS: dict[str, ProviderSpec] = {
    "google": ProviderSpec("GoogleTranslator", "google", 4999),
    "mymemory": ProviderSpec("MyMemoryTranslator", "mymemory", 499, option_names=("email",)),
    # LibreTranslate servers set their own char_limit; 2000 is a common self-hosted setting.
    "libre": ProviderSpec("LibreTranslator", "libre", 2000, ("AUDITOR_LIBRE_API_KEY", "LIBRE_API_KEY"),
                          option_names=("custom_url", "use_free_api")),
    # DeepL gets the text in the URL query (GET), so keep requests well under URL limits.
    "deepl": ProviderSpec("DeeplTranslator", "deepl", 1500, ("AUDITOR_DEEPL_API_KEY", "DEEPL_API_KEY"),
                          needs_key=True, option_names=("use_free_api",)),
    "microsoft": ProviderSpec("MicrosoftTranslator", "microsoft", 4500,
                              ("AUDITOR_MICROSOFT_API_KEY", "MICROSOFT_API_KEY"), needs_key=True,
                              option_names=("region",)),
}

_ALIASES = {"he": "iw", "jv": "jw", "zh": "zh-CN", "zh-hans": "zh-CN", "zh-hant": "zh-TW", "fil": "tl", "nb": "no"}
LIBRE_NO_KEY = "no-key"
"""deep-translator's LibreTranslator refuses to start without a key; keyless self-hosted servers
ignore the ``api_key`` parameter, so this placeholder is sent when none is configured."""


class Secret:
    """A string that does not show itself in ``repr`` or ``str``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret value itself, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


def public_url(url: str) -> str:
    """``url`` without user info, query or fragment (they may hold credentials)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def split_options(options: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """(public options, secret options), values as strings."""
    public: dict[str, str] = {}
    secret: dict[str, str] = {}
    for k, v in options.items():
        (secret if k.lower() in SECRET_OPTIONS else public)[str(k)] = str(v)
    if "custom_url" in public:
        public["custom_url"] = public_url(public["custom_url"])
    return public, secret


def deep_translator_version() -> str:
    """The installed deep-translator version, for the reproducibility record."""
    try:
        return metadata.version("deep-translator")
    except metadata.PackageNotFoundError:
        return "unknown"


class DeepProvider:
    """One deep-translator provider behind the ``Translator`` protocol."""

    remote = True

    def __init__(self, name: str, options: Mapping[str, Any] | None = None, *, timeout: float = 10.0,
                 env: Mapping[str, str] | None = None) -> None:
        if name not in PROVIDERS:
            raise ValueError(f"unknown MT provider {name!r} (expected one of: {', '.join(PROVIDERS)})")
        env = os.environ if env is None else env
        self.spec = PROVIDERS[name]
        self.name = name
        public, secret = split_options(options or {})
        self._raw_url = str((options or {}).get("custom_url", "")) or None
        self.max_chars = int(public.pop("chunk_chars", self.spec.max_chars))
        if self.max_chars < 1:
            raise ValueError(f"[mt] chunk_chars must be positive, got {self.max_chars}")
        if name in ("google", "mymemory"):  # deep-translator enforces these limits itself
            self.max_chars = min(self.max_chars, self.spec.max_chars)
        public.pop("batch", None)  # a service knob, not a provider option
        unknown = sorted(set(public) - set(self.spec.option_names) - SHARED_OPTIONS)
        if unknown:  # a typo in custom_url would otherwise send text to the public server
            known = ", ".join(sorted(set(self.spec.option_names) | {"api_key", "batch", "chunk_chars"}))
            raise ValueError(f"unknown [mt] option for {name}: {', '.join(unknown)} (known: {known})")
        self.options: dict[str, str] = {k: v for k, v in public.items() if k in self.spec.option_names}
        key = secret.get("api_key") or secret.get("key") or secret.get("auth_key") or next(
            (env[v] for v in self.spec.key_env if env.get(v)), "")
        self._key = Secret(key) if key else None
        self._email = Secret(secret["email"]) if secret.get("email") else None
        for s in (self._key, self._email):
            if s is not None:
                transport.SECRETS.add(s.reveal())
        self.timeout = float(timeout)
        # Outer guard: a call may make a few requests (Microsoft fetches its language list).
        self.hard_deadline = max(3 * self.timeout, self.timeout + 1.0)
        self.engine = f"deep-translator {deep_translator_version()} {self.spec.cls}"
        self.http_requests = 0
        self._clients: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()
        transport.install()

    def __repr__(self) -> str:
        return f"DeepProvider(name={self.name!r}, options={self.options!r})"

    @property
    def host(self) -> str:
        """The host requests go to (for messages: never the full URL, which may carry a key)."""
        if self._raw_url:
            return urlsplit(self._raw_url).hostname or "?"
        from deep_translator.constants import BASE_URLS

        key = {"google": "GOOGLE_TRANSLATE", "mymemory": "MYMEMORY", "libre": "LIBRE_FREE",
               "deepl": "DEEPL_FREE", "microsoft": "MICROSOFT_TRANSLATE"}[self.name]
        return urlsplit(BASE_URLS[key]).hostname or "?"

    def translate(self, texts: Sequence[str], src: str, tgt: str) -> list[str]:
        """Translate each text with its own request under a hard deadline (the service batches beforehand)."""
        return [self._one(t, src, tgt) for t in texts]

    # -- one request ------------------------------------------------------------------------

    def _one(self, text: str, src: str, tgt: str) -> str:
        if not text.strip():
            return text
        state = transport.CallState(timeout=self.timeout)

        def call() -> Any:
            with transport.call_scope(state):
                return self._client(src, tgt).translate(text)

        try:
            out = run_with_deadline(call, self.hard_deadline, on_abandon=state.cancelled.set)
        except MTError as exc:
            raise self._scrubbed(exc) from None
        except Exception as exc:  # deep-translator raises many unrelated types
            raise self._classify(exc, state) from None
        finally:
            self.http_requests += state.requests
        if isinstance(out, list):  # MyMemory with return_all
            out = out[0] if out else None
        if not isinstance(out, str):
            raise ItemError(f"{self.name}: empty answer from {self.host}")
        return out

    def _scrubbed(self, exc: MTError) -> MTError:
        return exc if isinstance(exc, TimeoutError_) else type(exc)(transport.SECRETS.scrub(str(exc)))

    def _client(self, src: str, tgt: str) -> Any:
        if self.name == "microsoft":  # its constructor downloads the language list: keep one
            with self._lock:
                if (src, tgt) not in self._clients:
                    self._clients[(src, tgt)] = self._make_client(src, tgt)
                return self._clients[(src, tgt)]
        return self._make_client(src, tgt)  # others mutate per-call state: one per call

    def _make_client(self, src: str, tgt: str) -> Any:
        import importlib

        from deep_translator.exceptions import LanguageNotSupportedException

        module = importlib.import_module(f"deep_translator.{self.spec.module}")
        cls = getattr(module, self.spec.cls)
        kwargs: dict[str, Any] = {}
        if self.spec.needs_key and self._key is None:
            raise FatalError(f"{self.name}: no API key (set AUDITOR_{self.name.upper()}_API_KEY)")
        if self.name == "libre":
            kwargs["api_key"] = self._key.reveal() if self._key else LIBRE_NO_KEY
            if self._raw_url:
                kwargs["custom_url"] = self._raw_url if self._raw_url.endswith("/") else self._raw_url + "/"
            if "use_free_api" in self.options:
                kwargs["use_free_api"] = self.options["use_free_api"].lower() in ("1", "true", "yes")
        elif self.name == "deepl":
            kwargs["api_key"] = self._key.reveal() if self._key else ""
            if "use_free_api" in self.options:
                kwargs["use_free_api"] = self.options["use_free_api"].lower() in ("1", "true", "yes")
        elif self.name == "microsoft":
            kwargs["api_key"] = self._key.reveal() if self._key else ""
            if "region" in self.options:
                kwargs["region"] = self.options["region"]
        elif self.name == "mymemory" and self._email is not None:
            kwargs["email"] = self._email.reveal()
        if self.name == "microsoft":
            client = cls(source="auto", target="en", **kwargs)
            client.source, client.target = _lower_primary(src), _lower_primary(tgt)
            return client
        table = _table(self.name)
        s, t = _map_code(src, table), _map_code(tgt, table)
        if (s is None or t is None) and self.name == "libre":
            client = cls(source="en", target="es", **kwargs)
            client.source = s or _lower_primary(src)
            client.target = t or _lower_primary(tgt)
            return client
        if s is None or t is None:
            raise UnsupportedLanguageError(f"{self.name} does not translate {src} → {tgt}")
        try:
            return cls(source=s, target=t, **kwargs)
        except LanguageNotSupportedException:
            raise UnsupportedLanguageError(f"{self.name} does not translate {src} → {tgt}") from None

    def _classify(self, exc: BaseException, state: transport.CallState) -> MTError:
        from deep_translator import exceptions as dx

        host = state.hosts[-1] if state.hosts else self.host
        status = state.last_status
        if isinstance(exc, transport.CallCancelled):
            return TimeoutError_(f"{self.name}: abandoned call to {host}")
        # Microsoft swallows requests' errors and then fails on ``None``: look at what the
        # transport saw first.
        err = state.error
        if isinstance(err, requests.exceptions.Timeout) and not _connect_failed(err):
            return TimeoutError_(f"{self.name}: {host} did not answer within {self.timeout:g} s")
        if isinstance(err, requests.exceptions.ConnectionError):
            if _connect_failed(err):
                return UnreachableError(f"{self.name}: cannot connect to {host}")
            return TransientError(f"{self.name}: connection to {host} dropped")
        if isinstance(err, requests.exceptions.RequestException):
            return TransientError(f"{self.name}: request to {host} failed ({type(err).__name__})")
        if isinstance(exc, dx.LanguageNotSupportedException):
            return UnsupportedLanguageError(f"{self.name}: language not supported")
        if isinstance(exc, dx.ApiKeyException):
            return FatalError(f"{self.name}: no API key")
        if isinstance(exc, dx.AuthorizationException) or status in (401, 403):
            return FatalError(f"{self.name}: {host} refused the API key (HTTP {status or 403})")
        if status == 429 or isinstance(exc, dx.TooManyRequests):
            return TransientError(f"{self.name}: {host} says too many requests (HTTP 429)", state.retry_after)
        if status is not None and status >= 500:
            return TransientError(f"{self.name}: {host} failed (HTTP {status})", state.retry_after)
        if status is not None and not 200 <= status < 300:
            return ItemError(f"{self.name}: {host} rejected the request (HTTP {status})")
        if isinstance(exc, ValueError):  # includes JSONDecodeError
            return ItemError(f"{self.name}: malformed answer from {host}")
        if isinstance(exc, dx.TranslationNotFound):
            return ItemError(f"{self.name}: {host} returned no translation")
        if isinstance(exc, dx.NotValidLength):
            return ItemError(f"{self.name}: text too long for one request")
        return ItemError(f"{self.name}: unexpected answer from {host} ({type(exc).__name__})")


def _connect_failed(exc: BaseException) -> bool:
    """True when no connection was made at all (refused, no route, DNS): not worth retrying."""
    from urllib3.exceptions import NewConnectionError

    # urllib3 2 makes NewConnectionError a ConnectTimeoutError subclass; a real connect
    # timeout is a plain ConnectTimeoutError, which stays retryable.
    return any(isinstance(getattr(arg, "reason", None), NewConnectionError) for arg in exc.args)


def _lower_primary(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def _table(name: str) -> Mapping[str, str]:
    from deep_translator import constants as c

    tables: dict[str, Mapping[str, str]] = {
        "google": c.GOOGLE_LANGUAGES_TO_CODES,
        "mymemory": c.MY_MEMORY_LANGUAGES_TO_CODES,
        "libre": c.LIBRE_LANGUAGES_TO_CODES,
        "deepl": c.DEEPL_LANGUAGE_TO_CODE,
    }
    return tables[name]


def _map_code(tag: str, table: Mapping[str, str]) -> str | None:
    """The provider's code for a BCP 47 tag, or ``None``."""
    codes = {v.lower(): v for v in table.values()}
    tag = tag.replace("_", "-")
    primary = tag.split("-")[0].lower()
    for cand in (tag.lower(), _ALIASES.get(tag.lower(), ""), primary, _ALIASES.get(primary, "")):
        if cand and cand.lower() in codes:
            return codes[cand.lower()]
    regional = sorted(v for k, v in codes.items() if k.startswith(primary + "-"))
    return regional[0] if regional else None
