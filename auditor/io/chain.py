"""Load a chain: a folder with ``chain.toml``, a ``chain.toml`` file, or one bare text file.

Manifest (TOML)::

    title = "FSB letter"            # optional; defaults to the folder name
    description = "..."             # optional, free text, not used by the audit

    [[witness]]                     # one table per witness, in the order they are listed
    id = "bn"                       # required, an XML NCName; unique
    lang = "bn"                     # required, a BCP 47 tag (bn, en-GB, sr-Latn, zh-Hant-TW)
    file = "bn.txt"                 # required, relative to the manifest's folder, inside it
    role = "source"                 # source | translation | retelling | machine-translation
                                    # | back-translation; default: source for the root,
                                    # translation for the others
    parent = "..."                  # the witness this one was translated from; exactly one
                                    # witness (the root) has none
    via = "..."                     # provenance: translator, engine or outlet
    title = "..."
    translation = "bn-en.txt"       # a provided translation of the PARENT into this witness's
                                    # language, one line per parent segment, for the aligner;
                                    # read it with ``load_manifest_extras``

Every problem is one ``InputError`` line naming the manifest (or the witness file): bad TOML
(with line and column), unknown keys, missing or mistyped fields, bad ids or language tags,
duplicate ids, unknown parents, cycles, several roots, files that are missing or outside the
chain folder (absolute paths, ``..`` or symlinks that leave it), and every witness-file error
of :mod:`auditor.io.text` (undecodable bytes with their offset, empty witness, binary file).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor.core.models import NCNAME, Chain, Witness
from auditor.errors import InputError, UsageError
from auditor.io.text import decode_text, read_bytes, read_text

MANIFEST_NAME = "chain.toml"
MAX_MANIFEST_BYTES = 1024 * 1024
ROLES = ("source", "translation", "retelling", "machine-translation", "back-translation")
XML_SUFFIXES = frozenset({".xml", ".tei", ".tmx", ".xlf", ".xliff"})

_TOP_KEYS = ("title", "description", "witness", "glossary", "segmentation")
SEGMENTATIONS = ("sentences", "lines")
_WITNESS_KEYS = ("id", "lang", "file", "role", "parent", "via", "title", "translation")
_REQUIRED = ("id", "lang", "file")
# RFC 5646 language tag (without the irregular grandfathered ones), case-insensitive.
_BCP47 = re.compile(
    r"^(?:(?P<lang>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-(?P<script>[a-z]{4}))?"
    r"(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
    r"(?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?"
    r"|x(?:-[a-z0-9]{1,8})+)$",
    re.IGNORECASE,
)
_SEGMENT_LIKE = re.compile(r"-s\d+$")


@dataclass(frozen=True)
class _Entry:
    id: str
    lang: str
    file: str
    role: str
    parent: str | None
    via: str
    title: str
    translation: str | None


def load_chain(path: str | Path, lang: str | None = None) -> Chain:
    """Load the chain at ``path``: a chain folder, a manifest file, or one text file.

    ``lang`` applies to a bare text file only (a chain of one); without it the language is
    guessed from the text (:func:`guess_language`). XML files (TEI audits, TMX, XLIFF) are
    refused: the caller dispatches them to their own readers.
    """
    p = Path(path)
    if p.is_dir():
        manifest = p / MANIFEST_NAME
        if not manifest.is_file():
            raise InputError(f"not a chain: no {MANIFEST_NAME} in this folder", p)
        return _load_manifest_chain(manifest)
    if not p.exists():
        raise InputError("no such file or folder", p)
    if p.suffix.lower() == ".toml":
        return _load_manifest_chain(p)
    if p.suffix.lower() in XML_SUFFIXES:
        raise InputError("an XML file is not a text witness or chain manifest: "
                         "TEI audits, TMX and XLIFF have their own readers", p)
    return _single_text_chain(p, lang)


def load_text_chain(paths: Sequence[str | Path], langs: Sequence[str | None] = ()) -> Chain:
    """Plain-text files as one linear chain: each file is a translation of the one before.

    ``auditor audit original.txt english.txt bengali.txt`` without writing a ``chain.toml``.
    ``langs`` gives each file's language (missing or None: guessed from the text). Witness ids
    come from the file names (``english.txt`` → ``english``), made unique with a suffix.
    """
    if len(langs) > len(paths):
        raise UsageError(f"{len(langs)} languages given for {len(paths)} files")
    witnesses: list[Witness] = []
    seen: set[str] = set()
    for k, path in enumerate(paths):
        p = Path(path)
        if p.is_dir() or p.suffix.lower() == ".toml" or p.suffix.lower() in XML_SUFFIXES:
            raise InputError("only plain-text files can be listed as a chain: give a chain folder "
                             "or chain.toml on its own", p)
        if not p.exists():
            raise InputError("no such file or folder", p)
        w = _single_text_chain(p, langs[k] if k < len(langs) else None).witnesses[0]
        wid, n = w.id, 2
        while wid in seen:
            wid, n = f"{w.id}-{n}", n + 1
        seen.add(wid)
        parent = witnesses[-1].id if witnesses else None
        witnesses.append(replace(w, id=wid, parent=parent, role="translation" if parent else "source"))
    if not witnesses:
        raise UsageError("no files given")
    return Chain(title=" → ".join(Path(p).name for p in paths), witnesses=tuple(witnesses))


def load_manifest_extras(path: str | Path) -> dict[str, Path]:
    """Provided translations: witness id → file holding its parent translated, one line a segment.

    ``path`` is a chain folder or manifest; a bare text file has none. Paths are checked like
    witness files (inside the chain folder and existing).
    """
    p = Path(path)
    manifest = p / MANIFEST_NAME if p.is_dir() else p
    if manifest.suffix.lower() != ".toml":
        return {}
    _, entries = _parse_manifest(manifest)
    return {e.id: _resolve(manifest, e.translation, f"witness '{e.id}'")
            for e in entries if e.translation is not None}


def guess_language(text: str) -> str:
    """A BCP 47 primary language guessed from ``text`` (py3langid), or ``und`` when unsure."""
    sample = text[:20000]
    if sum(ch.isalpha() for ch in sample[:2000]) < 3:
        return "und"
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.3 and lang != "zxx" and _BCP47.match(lang) else "und"


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def canonical_lang(tag: str) -> str | None:
    """``tag`` with BCP 47 letter case (``en-gb`` → ``en-GB``), or None when malformed."""
    m = _BCP47.match(tag.strip())
    if not m:
        return None
    parts = tag.strip().split("-")
    out = [parts[0].lower()]
    for i, sub in enumerate(parts[1:], 1):
        if parts[i - 1].lower() == "x" or any(len(q) == 1 for q in parts[1:i]):
            out.append(sub.lower())  # after a singleton, keep everything lower-case
        elif len(sub) == 4 and sub.isalpha():
            out.append(sub.title())
        elif (len(sub) == 2 and sub.isalpha()) or (len(sub) == 3 and sub.isdigit()):
            out.append(sub.upper())
        else:
            out.append(sub.lower())
    return "-".join(out)


def _single_text_chain(p: Path, lang: str | None) -> Chain:
    text = read_text(p)
    if text.lstrip()[:5] in ("<?xml", "<TEI ", "<TEI>"):
        raise InputError("looks like XML, not a plain-text witness: TEI audits have their own "
                         "reader", p)
    if lang is None:
        tag = guess_language(text)
    else:
        canon = canonical_lang(lang)
        if canon is None:
            raise UsageError(f"bad language tag {lang!r}: expected BCP 47, e.g. en, bn, sr-Latn")
        tag = canon
    witness = Witness(id=_id_from_name(p.stem), lang=tag, text=text, title=p.name,
                      source_file=p.name)
    return Chain(title=p.name, witnesses=(witness,))


def _id_from_name(stem: str) -> str:
    wid = re.sub(r"[^A-Za-z0-9_.\-]", "_", stem) or "w"
    if not NCNAME.match(wid):
        wid = "_" + wid
    return wid + "_" if _SEGMENT_LIKE.search(wid) else wid


def _load_manifest_chain(manifest: Path) -> Chain:
    title, entries = _parse_manifest(manifest)
    witnesses = []
    for e in entries:
        where = f"witness '{e.id}'"
        file = _resolve(manifest, e.file, where)
        if e.translation is not None:
            _resolve(manifest, e.translation, where)
        witnesses.append(Witness(id=e.id, lang=e.lang, text=read_text(file), parent=e.parent,
                                 role=e.role, via=e.via, title=e.title, source_file=e.file))
    return Chain(title=title or _chain_folder(manifest).name, witnesses=tuple(witnesses))


def load_manifest_glossaries(path: str | Path) -> list[Path]:
    """Glossary files named by the manifest's top-level ``glossary`` key (a file or a list),
    TSV or TBX, relative to the manifest and checked like witness files."""
    p = Path(path)
    manifest = p / MANIFEST_NAME if p.is_dir() else p
    if manifest.suffix.lower() != ".toml":
        return []
    data = _read_toml(manifest)
    value = data.get("glossary", [])
    files = [value] if isinstance(value, str) else value
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise InputError("'glossary' must be a file name or a list of file names", manifest)
    return [_resolve(manifest, f, "'glossary'") for f in files]


def manifest_segmentation(path: str | Path) -> str:
    """The manifest's top-level ``segmentation``: ``sentences`` (the default: the texts are
    split into sentences) or ``lines`` (each line is one segment, as in string files, subtitles
    and release notes, where a line is the unit a translator translated)."""
    p = Path(path)
    manifest = p / MANIFEST_NAME if p.is_dir() else p
    if manifest.suffix.lower() != ".toml" or not manifest.is_file():
        return "sentences"
    value = _read_toml(manifest).get("segmentation", "sentences")
    if value not in SEGMENTATIONS:
        raise InputError(f"'segmentation' must be one of {', '.join(SEGMENTATIONS)}, not {value!r}", manifest)
    return str(value)


def _parse_manifest(manifest: Path) -> tuple[str, list[_Entry]]:
    """Validate the manifest's structure and graph; no witness file is read here."""
    data = _read_toml(manifest)
    _check_keys(data, _TOP_KEYS, "at the top level", manifest)
    title = _opt_str(data, "title", "the manifest", manifest)
    raw = data.get("witness")
    if raw is None or raw == []:
        raise InputError("no witness: add a [[witness]] table for each text", manifest)
    if not isinstance(raw, list) or not all(isinstance(w, dict) for w in raw):
        raise InputError("'witness' must be an array of tables: write [[witness]]", manifest)
    entries: list[_Entry] = []
    seen: set[str] = set()
    for n, w in enumerate(raw, 1):
        where = f"witness {n}"
        _check_keys(w, _WITNESS_KEYS, f"in {where}", manifest)
        for key in _REQUIRED:
            if key not in w:
                raise InputError(f"{where} has no '{key}'", manifest)
        wid = _opt_str(w, "id", where, manifest)
        if not NCNAME.match(wid):
            raise InputError(f"{where}: id {wid!r} is not a valid name (letters, digits, "
                             "_ . -; starting with a letter or _)", manifest)
        if _SEGMENT_LIKE.search(wid):
            raise InputError(f"{where}: id {wid!r} ends like a segment id (-s<number>)", manifest)
        if wid in seen:
            raise InputError(f"duplicate witness id {wid!r}", manifest)
        seen.add(wid)
        where = f"witness '{wid}'"
        lang_raw = _opt_str(w, "lang", where, manifest)
        lang = canonical_lang(lang_raw)
        if lang is None:
            raise InputError(f"{where}: bad language tag {lang_raw!r} (expected BCP 47, "
                             "e.g. en, bn, en-GB, sr-Latn)", manifest)
        role = _opt_str(w, "role", where, manifest)
        if role and role not in ROLES:
            raise InputError(f"{where}: unknown role {role!r} (expected one of: "
                             f"{', '.join(ROLES)})", manifest)
        parent = _opt_str(w, "parent", where, manifest) or None
        translation = _opt_str(w, "translation", where, manifest) or None
        if translation is not None and parent is None:
            raise InputError(f"{where}: 'translation' needs a parent to translate", manifest)
        entries.append(_Entry(
            id=wid, lang=lang, file=_opt_str(w, "file", where, manifest),
            role=role or ("translation" if parent else "source"), parent=parent,
            via=_opt_str(w, "via", where, manifest), title=_opt_str(w, "title", where, manifest),
            translation=translation,
        ))
    _check_graph(entries, manifest)
    return title, entries


def _chain_folder(manifest: Path) -> Path:
    """The folder the manifest was named in (not where a symlinked manifest points)."""
    return manifest.absolute().parent.resolve()


def _read_toml(manifest: Path) -> dict[str, Any]:
    if not manifest.resolve().is_relative_to(_chain_folder(manifest)):
        # A symlinked chain.toml would otherwise pull in witnesses from wherever it points.
        raise InputError("the manifest is a symlink to a file outside the chain folder", manifest)
    text = decode_text(read_bytes(manifest, max_bytes=MAX_MANIFEST_BYTES, kind="chain manifests"), manifest)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"invalid TOML: {e}", manifest) from None
    except RecursionError:
        raise InputError("invalid TOML: nested too deeply", manifest) from None


def _check_keys(
    table: dict[str, Any], allowed: tuple[str, ...], where: str, manifest: Path
) -> None:
    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = (f" (did you mean '{close[0]}'?)" if close
                    else f" (allowed: {', '.join(allowed)})")
            raise InputError(f"unknown key '{key}' {where}{hint}", manifest)


def _opt_str(table: dict[str, Any], key: str, where: str, manifest: Path) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise InputError(f"{where}: '{key}' must be a string, not {type(value).__name__}",
                         manifest)
    if key in _REQUIRED and key in table and not value.strip():
        raise InputError(f"{where}: '{key}' is empty", manifest)
    return value.strip() if key in ("id", "lang", "parent", "role") else value


def _check_graph(entries: list[_Entry], manifest: Path) -> None:
    ids = {e.id for e in entries}
    parent_of = {e.id: e.parent for e in entries}
    for e in entries:
        if e.parent is not None and e.parent not in ids:
            raise InputError(f"witness '{e.id}': unknown parent {e.parent!r}", manifest)
    for e in entries:
        path, cur = [e.id], e.parent
        while cur is not None:
            if cur in path:
                loop = path[path.index(cur):] + [cur]
                raise InputError(f"cycle in parents: {' → '.join(reversed(loop))}", manifest)
            path.append(cur)
            cur = parent_of[cur]
    roots = [e.id for e in entries if e.parent is None]
    if len(roots) > 1:
        raise InputError(f"{len(roots)} witnesses have no parent ({', '.join(roots)}): a chain "
                         "has exactly one root, the original", manifest)


def _resolve(manifest: Path, file: str, where: str) -> Path:
    """A manifest-relative path, refused if absolute, outside the chain folder, or missing."""
    folder = _chain_folder(manifest)
    if "\x00" in file:  # the OS cannot name such a file (and pathlib raises ValueError)
        raise InputError(f"{where}: file {file!r} contains a NUL character", manifest)
    if Path(file).is_absolute() or re.match(r"^[A-Za-z]:[\\/]", file):
        raise InputError(f"{where}: file {file!r} is an absolute path; give it relative to the "
                         "chain folder", manifest)
    try:
        target = (folder / file).resolve()
        if not target.is_relative_to(folder):
            raise InputError(f"{where}: file {_short(file)!r} is outside the chain folder", manifest)
        if not target.exists():
            raise InputError(f"{where}: file {_short(file)!r} not found (looked in {folder.name}/)", manifest)
    except OSError as exc:  # a name too long for the file system, a loop of links
        raise InputError(f"{where}: file {_short(file)!r} cannot be opened: {exc.strerror or exc}", manifest) from None
    return target


def _short(name: str, limit: int = 80) -> str:
    """A file name as an error message can show it: long names cut."""
    return name if len(name) <= limit else name[: limit - 1] + "…"
