"""MT put to work on the seed chain, against the local LibreTranslate-compatible server."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from auditor.app_service import open_audit
from auditor.config import MTSettings, Settings
from auditor.core.models import Audit
from tests.mt.conftest import LibreServer

SEED = Path(__file__).resolve().parents[2] / "samples" / "fsb-letter"


def _audit(tmp_path: Path, url: str | None, warnings: list[str]) -> Audit:
    mt = MTSettings(provider="libre", options={"custom_url": url}, cache_dir=str(tmp_path), retries=1,
                    timeout=2.0) if url else MTSettings()
    return open_audit(SEED, Settings(mt=mt), warn=warnings.append)


def _untranslated(audit: Audit) -> list:
    return [f for f in audit.findings if f.check == "untranslated-span" and "প্রেক্ষাপটটি" in f.spans[0].text]


def test_suggestions_back_translations_and_a_second_run_from_cache(libre_server: LibreServer, tmp_path: Path) -> None:
    warnings: list[str] = []
    first = _audit(tmp_path, libre_server.url, warnings)
    assert warnings == []
    [f] = _untranslated(first)
    assert f.suggestion.startswith("<en> ") and f.evidence_value("suggestion from cache") == "no"
    assert f.evidence_value("suggestion languages") == "bn→en"
    sig = dict(first.signature)
    assert sig["mt.provider"] == "libre" and "LibreTranslator" in sig["mt.engine"]
    assert {r["source"] + "→" + r["target"] for r in libre_server.seen} >= {"bn→en", "en→bn"}
    n = len(libre_server.seen)
    second = _audit(tmp_path, libre_server.url, warnings)
    assert len(libre_server.seen) == n  # a second run sends no requests
    [g] = _untranslated(second)
    assert g.suggestion == f.suggestion and g.evidence_value("suggestion from cache") == "yes"
    assert dict(second.signature)["mt.requests"] == "0"


def test_unreachable_provider_one_warning_same_findings_plus_skipped(closed_port: int, tmp_path: Path) -> None:
    off_warnings: list[str] = []
    off = _audit(tmp_path, None, off_warnings)
    warnings: list[str] = []
    start = time.monotonic()
    on = _audit(tmp_path, f"http://127.0.0.1:{closed_port}/", warnings)
    assert time.monotonic() - start < 30
    assert len(warnings) == 1 and "unavailable" in warnings[0]
    assert [replace(f, evidence=()) for f in on.findings] == [replace(f, evidence=()) for f in off.findings]
    assert [f.fingerprint for f in on.findings] == [f.fingerprint for f in off.findings]
    skipped = dict(on.skipped)
    assert "mistranslation-suspect" in skipped and "cannot connect" in skipped["mistranslation-suspect"]
    assert "unavailable" in dict(on.signature)["mt.status"]
