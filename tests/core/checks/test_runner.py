"""The runner: config, containment of failures, MT gating, suppression, fingerprints, order."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.runner import run_checks
from auditor.core.models import Finding, Severity

from .checkhelpers import context, single

TEXT = "Agents wrote to Osekkin and Osekkin replied. Nothing else happened here."


def _word_finding(check: Check, ctx: CheckContext, wid: str, word: str, nth: int = 0) -> Finding:
    text = ctx.text(wid)
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    seg = next(s for s in ctx.segments[wid] if s.start <= start < s.end)
    return Finding(check.id, check.severity, wid, (seg.id,), (ctx.span(wid, start, start + len(word)),), f"{word}!")


class Words(Check):
    """Flags both ‘Osekkin’ in the first sentence.

    Test check."""

    id = "words"
    title = "Words"
    severity = Severity.MINOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        for wid in ctx.chain.ids:
            if "Osekkin" in ctx.text(wid):
                yield _word_finding(self, ctx, wid, "Osekkin", 1)
                yield _word_finding(self, ctx, wid, "Osekkin", 0)


class Happened(Check):
    """Flags ‘happened’, and suppresses ‘words’ on the same span.

    Test check."""

    id = "happened"
    title = "Happened"
    severity = Severity.MAJOR
    suppresses = ("words", "other")

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        yield _word_finding(self, ctx, "w", "happened")
        yield _word_finding(self, ctx, "w", "Osekkin", 1)


class Boom(Check):
    """Always fails.

    Test check."""

    id = "boom"
    title = "Boom"
    severity = Severity.MINOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        yield _word_finding(self, ctx, "w", "Nothing")
        raise ValueError("bad input")


class NeedsMT(Check):
    """Needs machine translation.

    Test check."""

    id = "needs-mt"
    title = "MT"
    severity = Severity.MINOR
    needs_mt = True

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        yield _word_finding(self, ctx, "w", "else")


def test_a_failing_check_becomes_an_internal_error_and_others_carry_on() -> None:
    findings, skipped = run_checks(single("en", TEXT), checks=(Boom, Words))
    errors = [f for f in findings if f.check == "internal-error"]
    assert len(errors) == 1 and errors[0].severity is Severity.MAJOR
    assert "boom" in errors[0].message and "ValueError" in errors[0].message and "bad input" in errors[0].message
    assert [f.check for f in findings if f.check != "internal-error"] == ["words", "words"]
    assert skipped == ()


def test_checks_needing_mt_are_skipped_without_translations() -> None:
    findings, skipped = run_checks(single("en", TEXT), checks=(NeedsMT,))
    assert findings == () and skipped[0][0] == "needs-mt" and "machine translation" in skipped[0][1]
    ctx = single("en", TEXT)
    ctx = CheckContext(ctx.chain, ctx.segments, ctx.alignments, translations={"w-s1": "x"})
    findings, skipped = run_checks(ctx, checks=(NeedsMT,))
    assert [f.check for f in findings] == ["needs-mt"] and skipped == ()


def test_config_disables_and_overrides_severity() -> None:
    ctx = single("en", TEXT)
    cfg = {"words": CheckConfig(severity=Severity.CRITICAL), "boom": CheckConfig(enabled=False)}
    findings, _ = run_checks(ctx, cfg, checks=(Boom, Words))
    assert {(f.check, f.severity) for f in findings} == {("words", Severity.CRITICAL)}


def test_suppression_drops_overlapping_findings_only() -> None:
    findings, _ = run_checks(single("en", TEXT), checks=(Words, Happened))
    got = [(f.check, f.spans[0].start) for f in findings]
    first = TEXT.index("Osekkin")
    second = TEXT.index("Osekkin", first + 1)
    assert got == [("words", first), ("happened", second), ("happened", TEXT.index("happened"))]


def test_suppression_is_per_witness() -> None:
    ctx = context([("w", "en", TEXT, None), ("v", "en", TEXT, "w")])
    findings, _ = run_checks(ctx, checks=(Words, Happened))
    assert [(f.witness, f.check) for f in findings if f.check == "words"] == [("w", "words"), ("v", "words"), ("v", "words")]


def test_findings_sorted_by_witness_then_position_then_check() -> None:
    ctx = context([("v", "en", TEXT, "w"), ("w", "en", TEXT, None)])  # listed child first
    findings, _ = run_checks(ctx, checks=(Words,))
    assert [(f.witness, f.spans[0].start) for f in findings] == [
        ("w", 16), ("w", 28), ("v", 16), ("v", 28)
    ]


def test_colliding_fingerprints_are_disambiguated_deterministically() -> None:
    # The two mentions share check, witness, segment and span text: fingerprint_of collides.
    runs = [run_checks(single("en", TEXT), checks=(Words,))[0] for _ in range(2)]
    fps = [f.fingerprint for f in runs[0]]
    assert len(set(fps)) == 2 and [f.fingerprint for f in runs[1]] == fps
    assert all(f.id.startswith("f-") and len(f.id) == 14 for f in runs[0])


def test_fingerprints_survive_edits_to_other_segments() -> None:
    before = run_checks(single("en", TEXT), checks=(Words,))[0]
    edited = TEXT.replace("Nothing else happened here.", "Nothing more happened at all, they say.")
    after = run_checks(single("en", edited), checks=(Words,))[0]
    assert [f.fingerprint for f in after] == [f.fingerprint for f in before]
    changed = run_checks(single("en", TEXT.replace("Agents wrote", "Agents often wrote")), checks=(Words,))[0]
    assert {f.fingerprint for f in changed}.isdisjoint(f.fingerprint for f in before)


def test_untranslated_fragment_suppresses_its_numbers_and_a_covering_copy_wins() -> None:
    from auditor.core.checks.number_mismatch import NumberMismatch
    from auditor.core.checks.same_as_source import SameAsSource
    from auditor.core.checks.untranslated_span import UntranslatedSpan

    from .checkhelpers import pair

    # a Bengali clause left in English, its digit mistyped: only untranslated-span reports it
    ctx = pair("bn", "নিখোঁজ রয়েছেন আরও ৯ জন, জানিয়েছে পুলিশ।",
               "en", "Police said নিখোঁজ রয়েছেন আরও ৮ জন.")
    got, _ = run_checks(ctx, checks=(UntranslatedSpan, NumberMismatch, SameAsSource))
    assert [f.check for f in got] == ["untranslated-span"]
    # a whole segment copied: same-as-source covers the untranslated span, and wins
    ctx = pair("bn", "নিখোঁজ রয়েছেন আরও ৯ জন। গতকাল রাতে দুর্ঘটনা ঘটে।",
               "en", "নিখোঁজ রয়েছেন আরও ৯ জন। The accident happened last night.")
    got, _ = run_checks(ctx, checks=(UntranslatedSpan, NumberMismatch, SameAsSource))
    assert [f.check for f in got] == ["same-as-source"]


EVENTS: list[str] = []


class SlowModel(Check):
    """Records when it warms up and when it runs.

    Test check."""

    id = "slow-model"
    title = "Slow model"
    severity = Severity.MINOR

    @classmethod
    def warm_up(cls) -> None:
        EVENTS.append(f"warm {cls.id}")

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        EVENTS.append(f"run {self.id}")
        return ()


class SlowModelOff(SlowModel):
    """Same, but disabled in the test.

    Test check."""

    id = "slow-model-off"


class SlowModelMT(SlowModel):
    """Same, but needs MT, which the test does not have.

    Test check."""

    id = "slow-model-mt"
    needs_mt = True


def test_enabled_checks_warm_up_before_any_check_runs() -> None:
    EVENTS.clear()
    run_checks(single("en", TEXT), {"slow-model-off": CheckConfig(enabled=False)},
               checks=(SlowModel, SlowModelOff, SlowModelMT))
    # Only a check that will run loads its model, and it starts before the first check runs.
    assert EVENTS == ["warm slow-model", "run slow-model"]


def test_the_language_identifier_loads_once_when_warmed_up_and_asked_at_once() -> None:
    from auditor.core.checks import untranslated_span as us

    us.UntranslatedSpan.warm_up()
    first = us._identifier()  # asked while the background load may still be running
    assert first is us._identifier() and len(us._IDENTIFIER) == 1
    assert us.identify("Le gouvernement a annoncé une nouvelle loi sur le travail.")[0] == "fr"


def test_an_audit_can_warm_up_before_aligning_and_disabled_checks_stay_cold() -> None:
    from auditor.core.checks.runner import warm_up_checks

    EVENTS.clear()
    warm_up_checks({"slow-model-off": CheckConfig(enabled=False)}, checks=(SlowModel, SlowModelOff))
    assert EVENTS == ["warm slow-model"]


def test_an_omission_does_not_swallow_a_changed_number_reported_with_its_numbers() -> None:
    # uk → en: "з 90 до 35 суден" became "from 90 to 53 vessels", and the next sentence (with
    # "до 30 квітня") was cut short. The number finding reports 53 along with the cut
    # sentence's date; the omission explains the date, not the 53.
    from pathlib import Path

    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    chain = load_chain(Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "uk-en-grain")
    findings = audit_chain(chain).findings
    numbers = [f for f in findings if f.check == "number-mismatch"]
    assert any(s.text == "53" for f in numbers for s in f.spans)
    (omitted,) = [f for f in findings if f.check == "omission"]
    assert {s.witness for s in omitted.spans} == {"en", "uk"}  # the short translation and its source
    assert any("30 квітня" in s.text for s in omitted.spans)
