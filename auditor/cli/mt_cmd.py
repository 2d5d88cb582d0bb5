"""``auditor mt``: look after the MT cache, and try a provider by hand."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from auditor.cli.common import config_option, handle_errors
from auditor.errors import InputError, UsageError

if TYPE_CHECKING:  # the cache module is imported lazily: `auditor --help` stays fast
    from auditor.mt.cache import MTCache

cache_option = click.option(
    "--cache", "cache_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="The cache file. Default: [mt] cache_dir, $AUDITOR_CACHE_DIR, else the user cache folder.",
)


def _open_cache(cache_file: Path | None, config_path: str | None, must_exist: bool = False) -> MTCache:
    from auditor.config import load_settings
    from auditor.mt.cache import MTCache, default_cache_path

    settings = load_settings(config_path)
    path = default_cache_path(cache_file, settings.mt.cache_dir or None)
    if must_exist and not path.exists():
        raise InputError("no MT cache here yet", path)
    return MTCache(path)


@click.group("mt")
def mt() -> None:
    """Machine translation: the cache, and a manual translate for checking a provider."""


@mt.group("cache")
def cache() -> None:
    """Inspect, export, import or clear the MT cache (SQLite, shared by all runs)."""


@cache.command("stats")
@cache_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@handle_errors
def stats(cache_file: Path | None, config_path: str | None, as_json: bool) -> None:
    """Entries per provider and language pair, and the file's size."""
    with _open_cache(cache_file, config_path) as c:
        info = c.stats()
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"cache: {info['path']}")
    click.echo(f"entries: {info['entries']}  size: {info['bytes']} bytes")
    for row in info["by_pair"]:
        click.echo(f"  {row['provider']:<10} {row['src']:>6} → {row['tgt']:<6} "
                   f"{row['entries']:>7} entries {row['characters']:>9} characters")


@cache.command("export")
@click.argument("output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@cache_option
@config_option
@click.option("--provider", default=None, help="Only this provider's entries.")
@handle_errors
def export(output: Path, cache_file: Path | None, config_path: str | None, provider: str | None) -> None:
    """Write the cache as JSON Lines to OUTPUT (atomically; '-' for stdout)."""
    from auditor.io.atomic import atomic_write_text

    with _open_cache(cache_file, config_path, must_exist=True) as c:
        lines = [json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True)
                 for e in c.entries() if provider is None or e.provider == provider]
    text = "".join(line + "\n" for line in lines)
    if str(output) == "-":
        sys.stdout.write(text)
        return
    atomic_write_text(output, text)
    click.echo(f"exported {len(lines)} entries to {output}", err=True)


@cache.command("import")
@click.argument("source", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@cache_option
@config_option
@handle_errors
def import_(source: Path, cache_file: Path | None, config_path: str | None) -> None:
    """Add the entries of a JSON Lines export to the cache (all or nothing)."""
    from auditor.mt.cache import CacheEntry

    entries = []
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", source) from None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entries.append(CacheEntry.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"line {n}: not a cache entry ({type(exc).__name__}: {exc})", source) from None
    with _open_cache(cache_file, config_path) as c:
        n = c.import_entries(entries)
    click.echo(f"imported {n} entries", err=True)


@cache.command("clear")
@cache_option
@config_option
@click.option("--provider", default=None, help="Only this provider's entries.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@handle_errors
def clear(cache_file: Path | None, config_path: str | None, provider: str | None, yes: bool) -> None:
    """Delete cached translations (all, or one provider's)."""
    with _open_cache(cache_file, config_path, must_exist=True) as c:
        what = f"{provider} entries" if provider else "all entries"
        if not yes and not click.confirm(f"Delete {what} from {c.path}?", err=True):
            click.echo("nothing deleted", err=True)
            return
        n = c.clear(provider)
    click.echo(f"deleted {n} entries", err=True)


@mt.command("translate")
@click.argument("text")
@click.option("--provider", default=None, help="google, mymemory, libre, deepl, microsoft, offline (default: config).")
@click.option("--src", required=True, help="Source language (BCP 47).")
@click.option("--tgt", required=True, help="Target language (BCP 47).")
@click.option("--option", "options", multiple=True, metavar="KEY=VALUE",
              help="Provider option, e.g. custom_url=http://localhost:5000/ (keys: use the environment).")
@click.option("--timeout", type=float, default=None, help="Seconds per request.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@cache_option
@config_option
@handle_errors
def translate(text: str, provider: str | None, src: str, tgt: str, options: tuple[str, ...], timeout: float | None,
              no_cache: bool, cache_file: Path | None, config_path: str | None) -> None:
    """Translate TEXT once, to check that a provider works. Prints the translation."""
    from auditor.config import load_settings
    from auditor.mt.service import MTService

    settings = load_settings(config_path).mt
    extra = {}
    for item in options:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--option expects KEY=VALUE, got {item!r}")
        extra[key.strip()] = value
    settings = replace(settings, options={**settings.options, **extra})
    if provider:
        settings = replace(settings, provider=provider)
    if timeout is not None:
        settings = replace(settings, timeout=timeout)
    if settings.provider == "none":
        raise UsageError("no MT provider: pass --provider or set [mt] provider in the config")
    warnings: list[str] = []
    cache_path = Path(":memory:") if no_cache else cache_file
    with MTService(settings, warn=warnings.append, cache_path=cache_path) as service:
        result = service.translate_segments([text], src, tgt)
    for w in warnings:
        click.echo(f"auditor: warning: {w}", err=True)
    out = result.translations[0]
    if out is None:
        raise UsageError(f"no translation: {result.reason or 'unknown reason'}")
    click.echo(out)
    if result.from_cache[0]:
        click.echo("(from the cache)", err=True)
