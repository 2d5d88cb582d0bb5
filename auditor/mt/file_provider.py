"""The file provider: translations someone already made, one line per segment or a TMX file.

Lookups are by source text (NFC, whitespace collapsed) and language pair, so the same file
serves every run and every hop that needs it. Language tags match on their primary subtag
(``en-GB`` in a TMX serves a request for ``en``) when there is no exact match.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from auditor.errors import InputError
from auditor.mt.protocol import MissingTranslation


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _lang(tag: str) -> str:
    return tag.replace("_", "-").lower()


class FileProvider:
    """Given translations behind the ``Translator`` protocol (never remote, never cached)."""

    name = "file"
    remote = False
    max_chars = 1 << 30

    def __init__(self, files: Sequence[str] = ()) -> None:
        self.files = [Path(f).name for f in files]
        self.engine = "provided translations"
        self.options: dict[str, str] = {"files": ",".join(self.files)} if self.files else {}
        self._pairs: dict[tuple[str, str], dict[str, str]] = {}

    def __repr__(self) -> str:
        return f"FileProvider(files={self.files!r})"

    def add(self, src: str, tgt: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Add (source text, translation) pairs for ``src`` → ``tgt``; later pairs win."""
        table = self._pairs.setdefault((_lang(src), _lang(tgt)), {})
        for source, target in pairs:
            if _norm(source):
                table[_norm(source)] = target

    @classmethod
    def from_lines(cls, path: str | Path, sources: Sequence[str], src: str, tgt: str) -> FileProvider:
        """A file with one translation per line, line *i* translating ``sources[i]``.

        Blank trailing lines are ignored; any other count mismatch is an error naming the file.
        """
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read translations: {exc}", path) from None
        lines = text.splitlines()
        while lines and not lines[-1].strip():
            lines.pop()
        if len(lines) != len(sources):
            raise InputError(f"has {len(lines)} lines for {len(sources)} segments", path)
        provider = cls([str(path)])
        provider.add(src, tgt, zip(sources, lines, strict=True))
        return provider

    @classmethod
    def from_tmx(cls, path: str | Path) -> FileProvider:
        """Every language pair of every ``<tu>`` in a TMX file, read with the safe XML parser."""
        from auditor.io.xmlsafe import XML_LANG, parse_xml_file

        root = parse_xml_file(path).getroot()
        if not isinstance(root.tag, str) or root.tag.rsplit("}", 1)[-1] != "tmx":
            raise InputError("not a TMX file (root element is not <tmx>)", path)
        provider = cls([str(path)])
        for tu in root.iter("{*}tu"):
            variants: list[tuple[str, str]] = []
            for tuv in tu.iter("{*}tuv"):
                lang = tuv.get(XML_LANG) or tuv.get("lang")
                seg = next(tuv.iter("{*}seg"), None)
                if lang and seg is not None:
                    variants.append((lang, "".join(seg.itertext())))
            for sl, stext in variants:
                for tl, ttext in variants:
                    if _lang(sl) != _lang(tl):
                        provider.add(sl, tl, [(stext, ttext)])
        return provider

    def _table(self, src: str, tgt: str) -> dict[str, str]:
        exact = self._pairs.get((_lang(src), _lang(tgt)))
        if exact is not None:
            return exact
        s, t = _lang(src).split("-")[0], _lang(tgt).split("-")[0]
        merged: dict[str, str] = {}
        for (ps, pt), table in sorted(self._pairs.items()):
            if ps.split("-")[0] == s and pt.split("-")[0] == t:
                merged.update(table)
        return merged

    def lookup(self, texts: Sequence[str], src: str, tgt: str) -> list[str | None]:
        """The given translation of each text (exact pair first, then by primary language), else ``None``."""
        table = self._table(src, tgt)
        return [table.get(_norm(t)) if _norm(t) else t for t in texts]

    def translate(self, texts: Sequence[str], src: str, tgt: str) -> list[str]:
        """Like :meth:`lookup`, but a missing translation raises :class:`MissingTranslation`."""
        out = self.lookup(texts, src, tgt)
        if any(t is None for t in out):
            raise MissingTranslation("file: no provided translation for some texts")
        return [t for t in out if t is not None]
