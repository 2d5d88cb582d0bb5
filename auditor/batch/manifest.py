"""Expand ``auditor batch PATH...`` arguments into a deterministic list of chain jobs.

An argument may be a chain folder (holding ``chain.toml``), a ``chain.toml``, a folder of
chain folders (searched recursively), a saved TEI audit, a text file, an XLIFF or TMX file,
a glob (``corpus/*/chain.toml``, ``**`` allowed), or a CSV/JSONL manifest listing chain paths.

Each job gets an output name that is stable across runs of the same command, so that a resumed
batch finds the outputs of the interrupted one.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from auditor.errors import InputError

MANIFEST_SUFFIXES = (".csv", ".jsonl", ".ndjson")
BILINGUAL_SUFFIXES = (".xlf", ".xliff", ".xlf2", ".tmx")
_GLOB_CHARS = re.compile(r"[*?\[]")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.\-]+")
Warn = Callable[[str], None]


@dataclass(frozen=True)
class ChainJob:
    """One chain to audit: where it is, what it depends on, and what to call its output."""

    path: str
    """The chain (folder, chain.toml, text, TEI, XLIFF or TMX file)."""
    name: str
    """Output base name, unique within the batch: the TEI is ``<out-dir>/<name>.tei.xml``."""
    lang: str | None = None
    """Language of a bare text file, from a manifest column (else guessed)."""
    manifest: str | None = None
    """The CSV/JSONL manifest that listed this chain, if any (an input for resumption)."""


def expand(args: list[str], warn: Warn | None = None) -> list[ChainJob]:
    """Every chain named by ``args``, deduplicated by resolved path, in argument order.

    A path that does not exist still becomes a job (the worker reports it as a failed chain),
    so one typo in a manifest does not stop the batch. A glob that matches nothing is warned
    about. Raises :class:`InputError` for an unreadable or malformed manifest.
    """
    raw: list[tuple[ChainJob, str]] = []  # (job with provisional name, group key for naming)
    for arg in args:
        raw.extend(_expand_one(arg, warn))
    seen: set[str] = set()
    unique: list[ChainJob] = []
    for job, _ in raw:
        key = _resolved(job.path)
        if key in seen:
            continue
        seen.add(key)
        unique.append(job)
    return _unique_names(unique)


def _expand_one(arg: str, warn: Warn | None) -> list[tuple[ChainJob, str]]:
    p = Path(arg)
    if not p.exists() and _GLOB_CHARS.search(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches and warn:
            warn(f"{arg}: the pattern matches nothing")
        base = _glob_base(arg)
        out: list[tuple[ChainJob, str]] = []
        for m in matches:
            mp = Path(m)
            if mp.is_dir() and not (mp / "chain.toml").is_file():
                out.extend(_from_folder(mp))
            else:
                out.append((ChainJob(path=m, name=_name_for(mp, base)), arg))
        return out
    if p.is_file() and p.suffix.lower() in MANIFEST_SUFFIXES:
        return [(j, arg) for j in read_manifest(p)]
    if p.is_dir() and not (p / "chain.toml").is_file():
        return _from_folder(p)
    return [(ChainJob(path=arg, name=_name_for(p, None)), arg)]


def _from_folder(folder: Path) -> list[tuple[ChainJob, str]]:
    """A folder of chains: every ``chain.toml`` below it, plus XLIFF/TMX files."""
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue  # hidden folders, e.g. an out-dir's own state
        if path.name == "chain.toml" and path.is_file():
            found.append(path.parent)
        elif path.is_file() and path.suffix.lower() in BILINGUAL_SUFFIXES:
            found.append(path)
    out = []
    for chain in found:
        rel = chain.relative_to(folder)
        name = _slug("__".join(rel.parts) if rel.parts else folder.name)
        out.append((ChainJob(path=str(chain), name=name), str(folder)))
    return out


def read_manifest(path: Path) -> list[ChainJob]:
    """Chains listed in a CSV (column ``path``, or the first column) or JSONL manifest.

    Relative paths are relative to the manifest's folder. Optional columns/keys: ``name``
    (output name) and ``lang`` (language of a bare text file).
    """
    base = path.parent
    rows: list[dict[str, str]] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read manifest: {exc}", path) from None
    if path.suffix.lower() == ".csv":
        rows = _csv_rows(text, path)
    else:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {n}: not JSON: {exc.msg}", path) from None
            if isinstance(obj, str):
                obj = {"path": obj}
            if not isinstance(obj, dict) or not isinstance(obj.get("path"), str):
                raise InputError(f"line {n}: expected a string or an object with a 'path'", path)
            rows.append({k: str(v) for k, v in obj.items() if v is not None})
    jobs = []
    for row in rows:
        rel = row["path"].strip()
        if not rel:
            continue
        chain = Path(rel) if Path(rel).is_absolute() else base / rel
        name = _slug(row["name"]) if row.get("name") else _name_for(chain, base)
        jobs.append(ChainJob(path=str(chain), name=name, lang=row.get("lang") or None, manifest=str(path)))
    return jobs


def _csv_rows(text: str, path: Path) -> list[dict[str, str]]:
    reader = list(csv.reader(text.splitlines()))
    reader = [r for r in reader if r and any(c.strip() for c in r)]
    if not reader:
        return []
    header = [c.strip().lower() for c in reader[0]]
    if "path" in header:
        body = reader[1:]
        cols = header
    else:  # no header: first column is the path
        body = reader
        cols = ["path"] + [f"col{i}" for i in range(1, max(len(r) for r in reader))]
    out = []
    for n, r in enumerate(body, 2 if "path" in header else 1):
        row = {cols[i]: c for i, c in enumerate(r) if i < len(cols)}
        if "path" not in row:
            raise InputError(f"row {n}: no path", path)
        out.append(row)
    return out


def chain_inputs(job: ChainJob) -> list[Path]:
    """Files whose change makes a chain's output stale: the chain itself (its ``chain.toml``
    and every witness and translation file it names) and the manifest that listed it."""
    p = Path(job.path)
    files: list[Path] = []
    toml = p / "chain.toml" if p.is_dir() else p
    files.append(toml)
    if toml.name.endswith(".toml") and toml.is_file():
        try:
            data = tomllib.loads(toml.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            data = {}
        witnesses = data.get("witness", [])
        for w in witnesses if isinstance(witnesses, list) else []:
            if not isinstance(w, dict):
                continue
            for key in ("file", "translation"):
                if isinstance(w.get(key), str):
                    files.append(toml.parent / w[key])
    if job.manifest:
        files.append(Path(job.manifest))
    return files


def _unique_names(jobs: list[ChainJob]) -> list[ChainJob]:
    """Give clashing names a short hash of their resolved path (deterministic, order-free)."""
    counts: dict[str, int] = {}
    for j in jobs:
        counts[j.name.lower()] = counts.get(j.name.lower(), 0) + 1
    out = []
    for j in jobs:
        if counts[j.name.lower()] > 1:
            digest = hashlib.sha256(_resolved(j.path).encode()).hexdigest()[:8]
            j = replace(j, name=f"{j.name}-{digest}")
        out.append(j)
    return out


def _name_for(path: Path, base: Path | str | None) -> str:
    target = path.parent if path.name == "chain.toml" else path
    if base is not None:
        try:
            rel = target.resolve().relative_to(Path(base).resolve())
            if rel.parts:
                parts = list(rel.parts)
                parts[-1] = _strip_suffixes(parts[-1])
                return _slug("__".join(parts))
        except ValueError:
            pass
    return _slug(_strip_suffixes(target.resolve().name or "chain"))


def _strip_suffixes(name: str) -> str:
    # XLIFF/TMX keep their suffix: "a.xlf" next to a chain folder "a" must not clash with it.
    for suffix in (".tei.xml", ".xml", ".txt", ".toml"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _glob_base(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts:
        if _GLOB_CHARS.search(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _slug(name: str) -> str:
    s = _UNSAFE.sub("_", name).strip("._") or "chain"
    return s[:150]


def _resolved(path: str) -> str:
    """The identity of a chain: a ``chain.toml`` and its folder are the same chain."""
    p = Path(path)
    if p.name == "chain.toml":
        p = p.parent
    try:
        return str(p.resolve())
    except OSError:
        return str(p)
