"""Settings precedence and the documented defaults in config.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from auditor.config import Settings, load_settings, settings_from_dict
from auditor.core.models import Severity
from auditor.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]


def test_root_config_documents_the_builtin_defaults() -> None:
    data = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    from dataclasses import replace

    settings = settings_from_dict(data)
    assert replace(settings, checks={}) == Settings()


def test_root_config_has_a_section_per_check_matching_its_docstring() -> None:
    import re

    from auditor.core.checks.registry import CHECKS

    checks = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))["checks"]
    assert set(checks) == {c.id for c in CHECKS}
    for c in CHECKS:
        section = dict(checks[c.id])
        assert section.pop("enabled") is True and section.pop("severity") == c.severity.value
        params = re.search(r"Params:(.*?)(?:\n\s*\n|\Z)", c.documentation(), re.S)
        documented = dict(re.findall(r"``([a-z_]+)``\s*\(([^)]*)\)", params.group(1))) if params else {}
        assert {k: tomllib.loads(f"v = {v}")["v"] for k, v in documented.items()} == section, c.id


def test_auditing_with_the_root_config_changes_nothing() -> None:
    from auditor.app_service import open_audit

    data = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    plain = open_audit(ROOT / "samples" / "museum-fire", Settings())
    configured = open_audit(ROOT / "samples" / "museum-fire", settings_from_dict(data))
    assert [f.fingerprint for f in configured.findings] == [f.fingerprint for f in plain.findings]
    assert [(f.severity, f.message) for f in configured.findings] == [(f.severity, f.message) for f in plain.findings]


def test_file_then_environment_precedence(tmp_path: Path) -> None:
    cfg = tmp_path / "auditor.toml"
    cfg.write_text(
        '[audit]\nfail_on = "major"\ncheck_workers = 3\n[mt]\nprovider = "offline"\ntimeout = 3\n'
        '[checks.name-variant]\nseverity = "minor"\nmin_score = 80\n',
        encoding="utf-8",
    )
    s = load_settings(cfg, env={})
    assert s.fail_on == "major" and s.mt.provider == "offline" and s.mt.timeout == 3
    assert s.check_workers == 3
    assert s.checks["name-variant"].severity is Severity.MINOR
    assert s.checks["name-variant"].params == {"min_score": 80}
    s2 = load_settings(cfg, env={"AUDITOR_FAIL_ON": "critical", "AUDITOR_MT_PROVIDER": "none",
                                 "AUDITOR_CHECK_WORKERS": "1"})
    assert s2.fail_on == "critical" and s2.mt.provider == "none" and s2.check_workers == 1
    with pytest.raises(UsageError, match="AUDITOR_CHECK_WORKERS must be a whole number"):
        load_settings(cfg, env={"AUDITOR_CHECK_WORKERS": "two"})


@pytest.mark.parametrize(
    "text, needle",
    [
        ("[audit]\nfail_on = 'sometimes'\n", "fail_on"),
        ("[audit]\ncheck_workers = -1\n", "check_workers must be a whole number"),
        ("[audit]\ncheck_workers = true\n", "check_workers must be a whole number"),
        ("[checks.x]\nseverity = 'huge'\n", "unknown severity"),
        ("[bogus]\n", "unknown section"),
        ("[audit\n", "invalid TOML"),
    ],
)
def test_bad_config_is_a_clear_usage_error(tmp_path: Path, text: str, needle: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        load_settings(cfg, env={})
    assert needle in str(err.value) and str(cfg) in str(err.value)


def test_deeply_nested_config_is_a_usage_error(tmp_path: Path) -> None:
    cfg = tmp_path / "deep.toml"
    cfg.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="invalid TOML"):
        load_settings(cfg, env={})
