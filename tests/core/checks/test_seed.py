"""The seed chain: exactly the findings issue 2 asks for, and none of the listed false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.core.checks.base import CheckContext
from auditor.core.checks.runner import run_checks
from auditor.core.models import Alignment, Bead, Chain, Finding, Witness
from auditor.core.segment import segment_text

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "samples" / "fsb-letter"
SEED = ROOT.parent / "shared" / "seeds" / "000_ca43ca88587e13da.txt"


def _seed_text() -> str:
    path = SEED if SEED.exists() else SAMPLE / "en.txt"
    return path.read_text(encoding="utf-8")


def _spans(findings: tuple[Finding, ...], check: str, witness: str) -> list[str]:
    return [s.text for f in findings if f.check == check and f.witness == witness for s in f.spans]


@pytest.fixture(scope="module")
def one_witness() -> tuple[Finding, ...]:
    text = _seed_text()
    chain = Chain("seed", (Witness("en", "en", text),))
    ctx = CheckContext(chain=chain, segments={"en": segment_text(text, "en", "en")}, alignments=())
    findings, _skipped = run_checks(ctx)
    assert not [f for f in findings if f.check == "internal-error"]
    return findings


def test_seed_has_exactly_one_untranslated_span(one_witness: tuple[Finding, ...]) -> None:
    assert _spans(one_witness, "untranslated-span", "en") == ["প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি"]


def test_seed_name_variants(one_witness: tuple[Finding, ...]) -> None:
    spans = _spans(one_witness, "name-variant", "en")
    assert sorted(spans) == ["News", "Osekkin"]
    by_span = {f.spans[0].text: f for f in one_witness if f.check == "name-variant"}
    assert by_span["Osekkin"].suggestion == "Osechkin"
    assert by_span["News"].suggestion == "Newsweek"
    text = _seed_text()
    news = by_span["News"].spans[0]
    assert text[news.start - 8 : news.end + 12] == "them to News on March 17"


@pytest.mark.parametrize("word", ["Russia", "Russia’s", "Russian", "Japan", "Japanese", "Osechkin",
                                  "Newsweek", "Putin", "Vladimir", "Kuril", "FSB", "Moscow"])
def test_seed_false_alarms_are_absent(one_witness: tuple[Finding, ...], word: str) -> None:
    assert word not in _spans(one_witness, "name-variant", "en")


def test_seed_fingerprints_are_unique_and_stable(one_witness: tuple[Finding, ...]) -> None:
    fps = [f.fingerprint for f in one_witness]
    assert len(set(fps)) == len(fps) and all(len(fp) == 64 for fp in fps)
    text = _seed_text()
    chain = Chain("seed", (Witness("en", "en", text),))
    ctx = CheckContext(chain=chain, segments={"en": segment_text(text, "en", "en")}, alignments=())
    assert [f.fingerprint for f in run_checks(ctx)[0]] == fps


def test_two_witness_seed_chain() -> None:
    bn, en = (SAMPLE / "bn.txt").read_text(encoding="utf-8"), _seed_text()
    segs = {"bn": segment_text(bn, "bn", "bn"), "en": segment_text(en, "en", "en")}
    chain = Chain("seed", (Witness("bn", "bn", bn, role="source"), Witness("en", "en", en, "bn")))
    ctx = CheckContext(chain=chain, segments=segs, alignments=(_align(segs),))
    findings, _ = run_checks(ctx)
    assert _spans(findings, "untranslated-span", "en") == ["প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি"]
    assert _spans(findings, "untranslated-span", "bn") == []
    assert sorted(_spans(findings, "name-variant", "en")) == ["News", "Osekkin"]
    bn_variants = _spans(findings, "name-variant", "bn")
    assert any("ওসেককিন" in s for s in bn_variants) and any("নিউজ" in s for s in bn_variants)
    for avoid in ("রাশিয়ার", "জাপানের", "এফএসবির", "FSB-এর", "ইউক্রেনকেই"):
        assert avoid not in bn_variants


def _align(segs: dict) -> Alignment:  # type: ignore[type-arg]
    """The hop's alignment from the aligner when it has landed, else sentence by sentence."""
    try:
        from auditor.core.align import align_hop  # type: ignore[attr-defined]
    except ImportError:
        n = min(len(segs["bn"]), len(segs["en"]))
        beads = tuple(Bead((segs["bn"][i].id,), (segs["en"][i].id,), 0.5) for i in range(n))
        return Alignment("bn", "en", beads)
    return align_hop(segs["bn"], segs["en"], src_lang="bn", tgt_lang="en", source_witness="bn",
                     target_witness="en")
