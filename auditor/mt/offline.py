"""The offline provider: answers only from the MT cache, whichever provider filled it.

It never touches the network. Use it to re-run an audit on a machine without network, or to
make a run reproducible from an exported cache (``auditor mt cache import``).
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.mt.cache import MTCache
from auditor.mt.protocol import MissingTranslation


class OfflineProvider:
    """Looks translations up in the cache; ``prefer`` picks one provider's entries first."""

    name = "offline"
    engine = "cache"
    remote = False
    max_chars = 1 << 30

    def __init__(self, cache: MTCache, prefer: str = "") -> None:
        self.cache = cache
        self.prefer = prefer
        self.options: dict[str, str] = {"prefer": prefer} if prefer else {}
        self.sources: dict[str, int] = {}
        """How many answers came from each provider's entries (for the record)."""

    def __repr__(self) -> str:
        return f"OfflineProvider(prefer={self.prefer!r})"

    def lookup(self, texts: Sequence[str], src: str, tgt: str) -> list[str | None]:
        """The cached translation of each text, or ``None``."""
        found = self.cache.get_any(src, tgt, list(set(texts)), prefer=self.prefer)
        out: list[str | None] = []
        for t in texts:
            hit = found.get(t)
            if hit is None:
                out.append(None)
                continue
            self.sources[hit[1]] = self.sources.get(hit[1], 0) + 1
            out.append(hit[0])
        return out

    def translate(self, texts: Sequence[str], src: str, tgt: str) -> list[str]:
        """Like :meth:`lookup`, but a text missing from the cache raises :class:`MissingTranslation`."""
        out = self.lookup(texts, src, tgt)
        if any(t is None for t in out):
            raise MissingTranslation("offline: no cached translation for some texts")
        return [t for t in out if t is not None]
