"""Drift attribution over real three-witness chains: origin hop, persistence, fixes."""

from __future__ import annotations

from auditor.core.checks.runner import run_checks
from auditor.core.models import Finding

from .checks.checkhelpers import context

EN1 = "Vladimir Osechkin runs a website. Agents wrote to Osechkin. Osechkin lives in France. The letter came on 17 March."
BN = "ভ্লাদিমির ওসেচকিন একটি ওয়েবসাইট চালান। এজেন্টরা ওসেককিনকে লিখেছিল। ওসেচকিন ফ্রান্সে থাকেন। চিঠিটি ১৮ মার্চ এসেছিল।"
EN2 = ("Vladimir Osechkin runs a website. Agents wrote to Osekkin. Osechkin lives in France. "
       "The letter came on 18 March [চিঠিটি এসেছিল].")
EN2_FIXED = "Vladimir Osechkin runs a website. Agents wrote to Osechkin. Osechkin lives in France. The letter came on 18 March."


def _by(findings: tuple[Finding, ...], check: str, witness: str) -> Finding:
    (f,) = [f for f in findings if f.check == check and f.witness == witness]
    return f


def test_origin_and_persistence_along_the_chain() -> None:
    ctx = context([("en1", "en", EN1, None), ("bn", "bn", BN, "en1"), ("en2", "en", EN2, "bn")])
    findings, _ = run_checks(ctx)
    bn_name = _by(findings, "name-variant", "bn")
    assert bn_name.hop == ("en1", "bn") and bn_name.evidence_value("introduced-in") == "bn"
    assert bn_name.evidence_value("persists-in") == "en2"
    en2_name = _by(findings, "name-variant", "en2")
    assert en2_name.spans[0].text == "Osekkin"
    assert en2_name.hop == ("en1", "bn") and en2_name.evidence_value("introduced-in") == "bn"
    untranslated = _by(findings, "untranslated-span", "en2")
    assert untranslated.hop == ("bn", "en2") and untranslated.evidence_value("persists-in") is None
    number = _by(findings, "number-mismatch", "bn")
    assert number.hop == ("en1", "bn") and number.evidence_value("persists-in") == "en2"


def test_fixed_downstream() -> None:
    ctx = context([("en1", "en", EN1, None), ("bn", "bn", BN, "en1"), ("en2", "en", EN2_FIXED, "bn")])
    findings, _ = run_checks(ctx)
    bn_name = _by(findings, "name-variant", "bn")
    assert bn_name.evidence_value("fixed-in") == "en2" and bn_name.evidence_value("persists-in") is None
    assert not [f for f in findings if f.check == "name-variant" and f.witness == "en2"]


def test_root_problems_have_no_hop() -> None:
    ctx = context([("en1", "en", EN2, None), ("bn", "bn", BN, "en1")])
    findings, _ = run_checks(ctx)
    f = _by(findings, "untranslated-span", "en1")
    assert f.hop is None and f.evidence_value("introduced-in") == "en1"
