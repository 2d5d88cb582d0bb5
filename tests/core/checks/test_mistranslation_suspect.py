"""``mistranslation-suspect`` on hand-built contexts with hand-written back-translations."""

from __future__ import annotations

from dataclasses import replace

from auditor.core.checks.base import CheckContext
from auditor.core.checks.mistranslation_suspect import MistranslationSuspect, chrf
from auditor.core.models import Severity
from tests.core.checks.checkhelpers import findings, pair

SOURCES = [
    "The minister visited the northern islands on Monday morning.",
    "Fishermen there complained about the new quotas for salmon.",
    "A spokesman said the government would review the decision.",
    "Local officials asked for more money to repair the harbour.",
    "The visit lasted three hours and ended with a press conference.",
    "Journalists asked about the dispute with the neighbouring country.",
    "The minister refused to answer questions about the border.",
    "Protesters gathered outside the town hall during the meeting.",
    "Police said that nobody had been arrested by the evening.",
    "The minister will travel to the capital again next week.",
]
# Faithful back-translations: paraphrases, the usual MT drift.
BACKS = [
    "The minister visited the northern islands on Monday morning.",
    "The fishermen there complained about new salmon quotas.",
    "A spokesperson said the government would review the decision.",
    "Local officials asked for more money to repair the port.",
    "The visit lasted three hours and ended with a press conference.",
    "Journalists asked about the conflict with the neighbouring country.",
    "The minister refused to answer questions about the border.",
    "Demonstrators gathered outside the town hall during the meeting.",
    "The police said nobody had been arrested by evening.",
    "The minister will travel to the capital again next week.",
]


def _ctx(backs: list[str], targets: list[str] | None = None, sources: list[str] | None = None) -> CheckContext:
    sources = sources or SOURCES
    targets = targets or [f"Satz {i + 1} auf Deutsch." for i in range(len(sources))]
    ctx = pair("en", " ".join(sources), "de", " ".join(targets))
    return replace(ctx, back_translations={f"tgt-s{i + 1}": b for i, b in enumerate(backs)})


def test_chrf_behaves() -> None:
    assert chrf("The cat sat on the mat.", "The cat sat on the mat.") == 100.0
    assert chrf("xyz", "abc") == 0.0
    reordered = chrf("On the mat the cat sat.", "The cat sat on the mat.")
    changed = chrf("The dog slept under the bed.", "The cat sat on the mat.")
    assert reordered > 60 > changed
    assert chrf("১৭ মার্চ", "17 মার্চ") == 100.0  # digit scripts do not count as changes


def test_flags_the_one_sentence_whose_meaning_changed() -> None:
    backs = list(BACKS)
    backs[6] = "An expert on the security service praised the fishing industry."
    out = findings(MistranslationSuspect, _ctx(backs))
    assert [f.segments for f in out] == [("tgt-s7",)]
    f = out[0]
    assert f.severity is Severity.MAJOR and f.hop == ("src", "tgt") and f.witness == "tgt"
    assert f.evidence_value("threshold basis") == "document"
    assert float(f.evidence_value("chrF") or 0) < float(f.evidence_value("threshold") or 0)
    assert f.evidence_value("source") == SOURCES[6] and f.evidence_value("source segments") == "src-s7"


def test_faithful_document_has_no_findings() -> None:
    assert findings(MistranslationSuspect, _ctx(BACKS)) == []


def test_threshold_follows_the_document_not_a_constant() -> None:
    # A hop where every back-translation is mediocre (a weak engine): a score that would be an
    # outlier in a good document is normal here.
    mediocre = [" ".join(reversed(s.split()))[:40] for s in SOURCES]
    scores = sorted(chrf(b, s) for b, s in zip(mediocre, SOURCES))
    assert findings(MistranslationSuspect, _ctx(mediocre)) == []
    backs = list(BACKS)
    backs[3] = mediocre[3]
    flagged = findings(MistranslationSuspect, _ctx(backs))
    assert [f.segments for f in flagged] == [("tgt-s4",)] and scores[-1] < 50


def test_short_hop_uses_the_fallback_threshold() -> None:
    sources = SOURCES[:3]
    backs = [BACKS[0], "Completely unrelated words about weather and cooking.", BACKS[2]]
    out = findings(MistranslationSuspect, _ctx(backs, sources=sources), min_beads=8)
    assert [f.segments for f in out] == [("tgt-s2",)]
    assert out[0].evidence_value("threshold basis") == "fallback"


def test_unchanged_engine_output_and_missing_back_translations_are_skipped() -> None:
    targets = [f"Satz {i + 1} auf Deutsch." for i in range(10)]
    backs = list(BACKS)
    backs[4] = targets[4]  # the engine returned its input: proves nothing
    ctx = _ctx(backs, targets)
    ctx = replace(ctx, back_translations={k: v for k, v in ctx.back_translations.items() if k != "tgt-s9"})
    assert findings(MistranslationSuspect, ctx) == []


def test_no_back_translations_no_findings() -> None:
    ctx = pair("en", " ".join(SOURCES), "de", " ".join(f"Satz {i}." for i in range(10)))
    assert findings(MistranslationSuspect, ctx) == []
    assert MistranslationSuspect.needs_mt and "chrF" in MistranslationSuspect.documentation()
