"""Settings: defaults < config file < ``AUDITOR_*`` environment variables < command-line flags.

The config file is TOML (see the documented ``config.toml`` at the repository root). It is
looked for at ``--config FILE``, then ``$AUDITOR_CONFIG``, then ``./auditor.toml``, then the
user's config folder (``auditor/config.toml`` under the XDG config home). With none, defaults
apply, and MT is off.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from auditor.core.checks.base import CheckConfig, GlossaryEntry
from auditor.core.models import Severity
from auditor.errors import UsageError

FAIL_ON_CHOICES = ("critical", "major", "minor", "never")


@dataclass(frozen=True)
class MTSettings:
    """Machine translation. Off unless ``provider`` names one (or ``--mt`` is given)."""

    provider: str = "none"
    """none | google | mymemory | libre | deepl | microsoft | file | offline"""
    timeout: float = 10.0
    """Seconds before one HTTP request is abandoned (deep-translator sets none itself)."""
    retries: int = 3
    """Retries on 429, 5xx and timeouts, with exponential backoff and jitter."""
    max_chars: int = 200_000
    """Per-run budget of characters sent to the provider."""
    max_requests: int = 1_000
    """Per-run budget of HTTP requests."""
    cache_dir: str = ""
    """Where the SQLite cache lives; empty means the user's cache folder (XDG)."""
    options: Mapping[str, Any] = field(default_factory=dict)
    """Provider options, e.g. ``custom_url`` for LibreTranslate. Keys come from the environment."""


@dataclass(frozen=True)
class Settings:
    """Everything that changes what an audit produces, plus who reviews it."""

    checks: Mapping[str, CheckConfig] = field(default_factory=dict)
    align: Mapping[str, Any] = field(default_factory=dict)
    """Overrides of ``auditor.core.align.AlignParams`` fields."""
    mt: MTSettings = field(default_factory=MTSettings)
    glossary: tuple[GlossaryEntry, ...] = ()
    glossary_files: tuple[str, ...] = ()
    """TSV or TBX glossaries, relative to the config file."""
    reviewer: str = "reviewer"
    """Name recorded on review decisions."""
    fail_on: str = "never"
    """Default for ``--fail-on``: critical | major | minor | never."""
    check_workers: int = 0
    """Processes a long chain's checks share (0: one per core); never changes the findings."""
    config_file: str = ""
    """The file these settings were read from, if any (for the record)."""


def find_config(explicit: str | Path | None = None, env: Mapping[str, str] | None = None) -> Path | None:
    """The config file to use: ``explicit``, else ``$AUDITOR_CONFIG``, else ``./auditor.toml``, else the
    user config folder; ``None`` when there is none. A named file that is missing is a :class:`UsageError`."""
    env = os.environ if env is None else env
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise UsageError("config file not found", path)
        return path
    if env.get("AUDITOR_CONFIG"):
        path = Path(env["AUDITOR_CONFIG"])
        if not path.is_file():
            raise UsageError("config file named by AUDITOR_CONFIG not found", path)
        return path
    for candidate in (Path("auditor.toml"), Path(user_config_dir("auditor")) / "config.toml"):
        if candidate.is_file():
            return candidate
    return None


def load_settings(
    config: str | Path | None = None, env: Mapping[str, str] | None = None
) -> Settings:
    """Read settings from the config file found by ``find_config`` and ``AUDITOR_*`` variables."""
    env = os.environ if env is None else env
    path = find_config(config, env)
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"invalid TOML: {exc}", path) from None
        except RecursionError:
            raise UsageError("invalid TOML: nested too deeply", path) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read config: {exc}", path) from None
    settings = settings_from_dict(data, source=str(path) if path else "")
    return apply_env(settings, env)


def settings_from_dict(data: Mapping[str, Any], source: str = "") -> Settings:
    """Settings from parsed TOML; an unknown key or a bad value is a :class:`UsageError` naming ``source``."""
    where = source or "config"
    known = {"checks", "align", "mt", "glossary", "glossary_files", "review", "audit"}
    for key in data:
        if key not in known:
            raise UsageError(f"unknown section or key {key!r}", where)
    checks: dict[str, CheckConfig] = {}
    for check_id, table in dict(data.get("checks", {})).items():
        if not isinstance(table, Mapping):
            raise UsageError(f"[checks.{check_id}] must be a table", where)
        params = {k: v for k, v in table.items() if k not in {"enabled", "severity"}}
        try:
            severity = Severity.parse(table["severity"]) if "severity" in table else None
        except ValueError as exc:
            raise UsageError(f"[checks.{check_id}]: {exc}", where) from None
        checks[check_id] = CheckConfig(
            enabled=bool(table.get("enabled", True)), severity=severity, params=params
        )
    mt_table = dict(data.get("mt", {}))
    mt_fields = {f for f in MTSettings.__dataclass_fields__ if f != "options"}
    mt_kwargs = {k: v for k, v in mt_table.items() if k in mt_fields}
    mt_options = {k: v for k, v in mt_table.items() if k not in mt_fields}
    mt_options.update(mt_table.get("options", {}) if isinstance(mt_table.get("options"), Mapping) else {})
    mt_options.pop("options", None)
    glossary = tuple(_glossary_entry(e, where) for e in data.get("glossary", []))
    review = dict(data.get("review", {}))
    audit = dict(data.get("audit", {}))
    fail_on = str(audit.get("fail_on", "never"))
    if fail_on not in FAIL_ON_CHOICES:
        raise UsageError(f"[audit] fail_on must be one of {', '.join(FAIL_ON_CHOICES)}", where)
    check_workers = _workers(audit.get("check_workers", 0), "[audit] check_workers", where)
    base = Path(source).parent if source else Path(".")
    return Settings(
        checks=checks,
        align=dict(data.get("align", {})),
        mt=MTSettings(**mt_kwargs, options=mt_options),
        glossary=glossary,
        glossary_files=tuple(str(base / f) for f in data.get("glossary_files", [])),
        reviewer=str(review.get("reviewer", "reviewer")),
        fail_on=fail_on,
        check_workers=check_workers,
        config_file=source,
    )


def _workers(value: Any, what: str, where: str | None = None) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        n = -1
    if isinstance(value, bool) or n < 0:
        raise UsageError(f"{what} must be a whole number ≥ 0 (0: one per core), not {value!r}", where)
    return n


def _glossary_entry(entry: Any, where: str) -> GlossaryEntry:
    if not isinstance(entry, Mapping) or "source" not in entry:
        raise UsageError("each [[glossary]] entry needs a 'source' term", where)
    def langmap(value: Any) -> dict[str, tuple[str, ...]]:
        if not isinstance(value, Mapping):
            return {}
        return {str(k): tuple(str(x) for x in (v if isinstance(v, list) else [v])) for k, v in value.items()}
    return GlossaryEntry(
        source=str(entry["source"]),
        source_lang=str(entry.get("source_lang", "und")),
        allowed=langmap(entry.get("allowed", {})),
        forbidden=langmap(entry.get("forbidden", {})),
        note=str(entry.get("note", "")),
    )


def apply_env(settings: Settings, env: Mapping[str, str]) -> Settings:
    """``AUDITOR_MT_PROVIDER``, ``AUDITOR_MT_TIMEOUT``, ``AUDITOR_REVIEWER``, ``AUDITOR_FAIL_ON``,
    ``AUDITOR_CHECK_WORKERS``."""
    mt = settings.mt
    if env.get("AUDITOR_MT_PROVIDER"):
        mt = replace(mt, provider=env["AUDITOR_MT_PROVIDER"])
    if env.get("AUDITOR_MT_TIMEOUT"):
        try:
            mt = replace(mt, timeout=float(env["AUDITOR_MT_TIMEOUT"]))
        except ValueError:
            raise UsageError("AUDITOR_MT_TIMEOUT must be a number of seconds") from None
    if env.get("AUDITOR_MT_CACHE_DIR"):
        mt = replace(mt, cache_dir=env["AUDITOR_MT_CACHE_DIR"])
    out = replace(settings, mt=mt)
    if env.get("AUDITOR_REVIEWER"):
        out = replace(out, reviewer=env["AUDITOR_REVIEWER"])
    if env.get("AUDITOR_FAIL_ON"):
        if env["AUDITOR_FAIL_ON"] not in FAIL_ON_CHOICES:
            raise UsageError(f"AUDITOR_FAIL_ON must be one of {', '.join(FAIL_ON_CHOICES)}")
        out = replace(out, fail_on=env["AUDITOR_FAIL_ON"])
    if env.get("AUDITOR_CHECK_WORKERS"):
        out = replace(out, check_workers=_workers(env["AUDITOR_CHECK_WORKERS"], "AUDITOR_CHECK_WORKERS"))
    return out
