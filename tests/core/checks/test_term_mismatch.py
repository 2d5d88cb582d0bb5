"""``term-mismatch``: real sentence pairs with a glossary; inflection and case tolerated."""

from __future__ import annotations

import pytest

from auditor.core.checks.base import CheckConfig, GlossaryEntry
from auditor.core.checks.term_mismatch import TermMismatch

from .checkhelpers import fails, pair, passes, retold


def entry(source: str, src_lang: str, tgt_lang: str, allowed: str, forbidden: str = "") -> GlossaryEntry:
    split = lambda s: tuple(x for x in s.split("|") if x)  # noqa: E731
    return GlossaryEntry(source, src_lang, {tgt_lang: split(allowed)}, {tgt_lang: split(forbidden)})


KURILS = (
    entry("Кунашир", "ru", "en", "Kunashir", "Kunashiri"),
    entry("Итуруп", "ru", "en", "Iturup", "Itorofu|Etorofu"),
)
COMMITTEE = (entry("Следственный комитет", "ru", "en", "Investigative Committee", "Investigation Committee"),)

FAILS = [
    # (src lang, source, tgt lang, target, glossary, flagged span)
    ("ru", "ФСБ готовила диверсии на Кунашире и Итурупе.", "en",
     "The FSB prepared sabotage on Kunashiri and Itorofu.", KURILS, ["Kunashiri", "Itorofu"]),
    ("ru", "Дело возбудил Следственный комитет.", "en",
     "The Investigation Committee opened a case.", COMMITTEE, ["Investigation Committee"]),
    # inflected source term, plural forbidden rendering
    ("fr", "Les conducteurs de bus sont en grève.", "en", "Bus conductors are on strike.",
     (entry("conducteur", "fr", "en", "driver", "conductor"),), ["conductors"]),
    # German plural of a forbidden rendering
    ("en", "There will be twelve screenings of the film.", "de", "Es gibt zwölf Aufführungen des Films.",
     (entry("screening", "en", "de", "Vorführung|Vorstellung", "Aufführung"),), ["Aufführungen"]),
    # no forbidden list: the agreed rendering is missing, the closest words are the span
    ("ru", "Материалы передали в Следственный комитет.", "en",
     "The files went to the Investigations Committee.",
     (entry("Следственный комитет", "ru", "en", "Investigative Committee"),), ["Investigations Committee"]),
    # Japanese source (no spaces)
    ("ja", "気象庁は特別警報を発表した。", "en", "The weather bureau issued a special warning.",
     (entry("気象庁", "ja", "en", "Japan Meteorological Agency|JMA", "weather bureau"),), ["weather bureau"]),
]

PASSES = [
    # allowed rendering, inflected source
    ("ru", "Дело возбудил Следственный комитет. Представитель Следственного комитета отказался.", "en",
     "The Investigative Committee opened a case. A spokesman for the Investigative Committee declined.",
     COMMITTEE),
    ("ru", "ФСБ готовила диверсии на Кунашире и Итурупе.", "en",
     "The FSB prepared sabotage on Kunashir and Iturup.", KURILS),
    # the forbidden word is there, but the source does not contain the term
    ("fr", "Le chef d’orchestre a salué le public.", "en", "The conductor greeted the audience.",
     (entry("conducteur", "fr", "en", "driver", "conductor"),)),
    # a synonym the glossary allows; case differs
    ("en", "The screening starts at eight.", "de", "Die vorstellung beginnt um acht.",
     (entry("screening", "en", "de", "Vorführung|Vorstellung", "Aufführung"),)),
    # entry for another target language
    ("ru", "Дело возбудил Следственный комитет.", "de", "Das Ermittlungskomitee eröffnete ein Verfahren.",
     COMMITTEE),
]


@pytest.mark.parametrize("src_lang,src,tgt_lang,tgt,glossary,spans", FAILS)
def test_fails(src_lang: str, src: str, tgt_lang: str, tgt: str, glossary: tuple, spans: list[str]) -> None:
    got = fails(TermMismatch, pair(src_lang, src, tgt_lang, tgt, glossary=glossary))
    assert [s.text for f in got for s in f.spans] == spans
    assert all(f.witness == "tgt" and f.hop == ("src", "tgt") and f.suggestion for f in got)


@pytest.mark.parametrize("src_lang,src,tgt_lang,tgt,glossary", PASSES)
def test_passes(src_lang: str, src: str, tgt_lang: str, tgt: str, glossary: tuple) -> None:
    passes(TermMismatch, pair(src_lang, src, tgt_lang, tgt, glossary=glossary))


def test_missing_can_be_switched_off() -> None:
    ctx = pair("ru", "Материалы передали в Следственный комитет.", "en", "The files went to the investigators.",
               glossary=(entry("Следственный комитет", "ru", "en", "Investigative Committee"),))
    got = fails(TermMismatch, ctx)
    assert got[0].evidence_value("kind") == "missing"
    passes(TermMismatch, ctx, missing=False)


def test_no_glossary_no_findings() -> None:
    passes(TermMismatch, pair("ru", "Дело возбудил Следственный комитет.", "en", "The Inquiry Committee opened it."))


def test_severity_override_through_the_runner() -> None:
    from auditor.core.checks.runner import run_checks
    from auditor.core.models import Severity

    ctx = pair("ru", "Дело возбудил Следственный комитет.", "en", "The Investigation Committee opened a case.",
               glossary=COMMITTEE)
    found, _ = run_checks(ctx, {"term-mismatch": CheckConfig(severity=Severity.CRITICAL)}, checks=(TermMismatch,))
    assert [f.severity for f in found] == [Severity.CRITICAL]


def test_a_retelling_that_leaves_the_term_out_renders_nothing_wrong() -> None:
    ctx = pair("ru", "Материалы передали в Следственный комитет.", "en", "The files went to the investigators.",
               glossary=(entry("Следственный комитет", "ru", "en", "Investigative Committee"),))
    retold_ctx = retold(ctx)
    passes(TermMismatch, retold_ctx)
    fails(TermMismatch, ctx)  # a translation that leaves it out is still reported


def test_a_term_named_in_full_may_then_be_referred_to_by_its_last_word() -> None:
    jma = (entry("気象庁", "ja", "en", "Japan Meteorological Agency"),)
    ja = "気象庁は午前4時12分に地震を観測した。気象庁は津波警報を出した。"
    en = "The Japan Meteorological Agency recorded the quake at 4:12 a.m. The agency issued a tsunami warning."
    passes(TermMismatch, pair("ja", ja, "en", en, glossary=jma))
    # not before the full name has been given, nor with another word
    (f,) = fails(TermMismatch, pair("ja", ja, "en", en.replace("The Japan Meteorological Agency", "Officials"), glossary=jma))
    assert f.evidence_value("kind") == "missing"


def test_the_agreed_word_in_another_word_class_is_a_rendering_but_another_phrase_is_not() -> None:
    fa = (entry("اختلاس", "fa", "en", "embezzlement"),)
    src = "او به اختلاس ۵۳ میلیارد ریال متهم شد. دادگاه رای داد."
    passes(TermMismatch, pair("fa", src, "en", "He embezzled 53 billion rials. The court ruled.", glossary=fa))
    ic = (entry("Следственный комитет", "ru", "en", "Investigative Committee"),)
    (f,) = fails(TermMismatch, pair("ru", "Дело передали в Следственный комитет. Суд назначен.", "en",
                                    "The case went to the Investigation Committee. A trial is set.", glossary=ic))
    assert f.spans[0].text == "Investigation Committee"
