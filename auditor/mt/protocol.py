"""What every MT provider looks like to the rest of auditor, and how providers fail.

A provider translates a batch of texts from one language into another. It never retries,
caches or budgets: ``auditor.mt.service.MTService`` does that around it. A provider reports
failure only through the ``MTError`` classes below, whose messages never carry secrets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Translator(Protocol):
    """A machine-translation provider.

    ``name`` is the provider id (``google``, ``libre``, ``file`` …), ``engine`` names the
    software and client that produced the text (for the reproducibility record), ``options``
    are the settings that change the output, without secrets (they key the cache).
    ``max_chars`` is the longest text one request may carry (inclusive).
    """


    # Read-only properties, not bare attributes: a Protocol attribute is invariant and settable,
    # so providers that declare ``options: dict[str, str]`` or a class constant would not match.
    @property
    def name(self) -> str:
        """The provider id."""
        ...

    @property
    def engine(self) -> str:
        """The software and client that produced the text."""
        ...

    @property
    def options(self) -> Mapping[str, str]:
        """Settings that change the output, without secrets."""
        ...

    @property
    def max_chars(self) -> int:
        """The longest text one request may carry."""
        ...

    @property
    def remote(self) -> bool:
        """True when ``translate`` goes to the network (then the service caches and budgets)."""
        ...

    def translate(self, texts: Sequence[str], src: str, tgt: str) -> list[str]:
        """Translate each text from ``src`` to ``tgt`` (BCP 47 tags); one output per input."""
        ...


class LocalTranslator(Translator, Protocol):
    """A provider that is not ``remote`` (a file, the cache): it can also say which texts it lacks."""

    def lookup(self, texts: Sequence[str], src: str, tgt: str) -> list[str | None]:
        """The translation of each text, or ``None`` where it has none (never raises for a miss)."""
        ...


class MTError(Exception):
    """A provider failed. ``str(err)`` is a one-line message fit for the user, free of secrets."""


class TransientError(MTError):
    """Worth retrying: HTTP 429, 5xx, a timeout, a dropped connection."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TimeoutError_(TransientError):
    """The request did not finish within the timeout."""


class UnreachableError(MTError):
    """The provider cannot be reached at all (no network, DNS failure, connection refused)."""


class FatalError(MTError):
    """The provider refuses us for the rest of the run (bad key, forbidden)."""


class UnsupportedLanguageError(MTError):
    """The provider does not handle this language pair."""


class ItemError(MTError):
    """This one text could not be translated (malformed answer, nothing found)."""


class MissingTranslation(ItemError):
    """A file or cache provider has no translation for this text."""
