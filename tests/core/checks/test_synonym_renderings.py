"""``synonym_renderings``: one source word rendered by two English nouns WordNet calls near."""

from __future__ import annotations

from auditor.core.checks.inconsistent_translation import InconsistentTranslation
from auditor.core.checks.synonym_renderings import synonym_renderings

from .checkhelpers import context, findings

RU = ("Фермеры продали ящики какао на рынке в Кумаси. Ящик теперь стоит сто седи. "
      "Кооператив закупил новые весы. Каждый ящик взвешивают дважды. Дожди задержали сбор урожая. "
      "Склад вмещает тысячу ящиков.")
EN = ("Farmers sold boxes of cocoa at the market in Kumasi. A box now costs a hundred cedis. "
      "The cooperative bought new scales. Each box is weighed twice. Rains delayed the harvest. "
      "The warehouse holds a thousand crates.")


def test_a_noun_used_once_for_what_a_near_noun_renders_elsewhere() -> None:
    ctx = context([("ru", "ru", RU, None), ("en", "en", EN, "ru")])
    (r,) = synonym_renderings(ctx, ctx.alignments[0])
    assert ctx.text("en")[r.start:r.end] == "crates" and r.segment == "en-s6"
    assert r.reference == "boxes" and r.reference_segments == ("en-s1",)
    assert r.term == "ящиков" and r.kind == "synonym" and r.hop == ("ru", "en")
    (f,) = [f for f in findings(InconsistentTranslation, ctx) if f.evidence_value("kind") == "synonym"]
    assert f.spans[0].text == "crates" and f.suggestion == "boxes" and f.witness == "en"


def test_the_same_rendering_throughout_is_quiet() -> None:
    ctx = context([("ru", "ru", RU, None), ("en", "en", EN.replace("crates", "boxes"), "ru")])
    assert list(synonym_renderings(ctx, ctx.alignments[0])) == []


def test_a_different_source_word_behind_the_odd_noun_is_no_inconsistency() -> None:
    # the source itself says "crates" (клетей) there: the translation follows it
    ctx = context([("ru", "ru", RU.replace("тысячу ящиков", "тысячу клетей"), None), ("en", "en", EN, "ru")])
    assert list(synonym_renderings(ctx, ctx.alignments[0])) == []


def test_two_uses_of_the_usual_noun_are_not_enough() -> None:
    ru = RU.replace("Каждый ящик взвешивают дважды", "Каждую партию взвешивают дважды")
    en = EN.replace("Each box is weighed twice", "Each batch is weighed twice")
    ctx = context([("ru", "ru", ru, None), ("en", "en", en, "ru")])
    assert list(synonym_renderings(ctx, ctx.alignments[0])) == []


def test_only_english_is_read() -> None:
    # the same texts, the English labelled as another language: no lexicon for it
    ctx = context([("ru", "ru", RU, None), ("en", "de", EN, "ru")])
    assert list(synonym_renderings(ctx, ctx.alignments[0])) == []


def test_a_capitalised_noun_inside_a_sentence_is_part_of_a_name() -> None:
    en = EN.replace("a thousand crates", "a thousand Crates")
    ctx = context([("ru", "ru", RU, None), ("en", "en", en, "ru")])
    assert list(synonym_renderings(ctx, ctx.alignments[0])) == []


def test_the_signal_can_be_switched_off() -> None:
    ctx = context([("ru", "ru", RU, None), ("en", "en", EN, "ru")])
    got = findings(InconsistentTranslation, ctx, synonyms=False)
    assert not any(f.evidence_value("kind") == "synonym" for f in got)


def test_the_usual_noun_next_door_for_the_same_source_word_is_no_alignment_slip() -> None:
    # the sentence before "crates" says "boxes" for ящиков as well: a use, not a misplaced bead
    ru = RU.replace("Дожди задержали сбор урожая.", "Грузчики носят ящики вручную.")
    en = EN.replace("Rains delayed the harvest.", "Porters carry the boxes by hand.")
    ctx = context([("ru", "ru", ru, None), ("en", "en", en, "ru")])
    (r,) = synonym_renderings(ctx, ctx.alignments[0])
    assert ctx.text("en")[r.start:r.end] == "crates" and r.reference == "boxes"


def test_the_usual_noun_next_door_without_the_source_word_is_an_alignment_slip() -> None:
    ru = RU.replace("Дожди задержали сбор урожая.", "Грузчики носят мешки вручную.")
    en = EN.replace("Rains delayed the harvest.", "Porters carry the boxes by hand.")
    ctx = context([("ru", "ru", ru, None), ("en", "en", en, "ru")])
    assert list(synonym_renderings(ctx, ctx.alignments[0])) == []


def test_a_word_after_to_or_a_pronoun_is_the_verb_not_the_noun() -> None:
    # "work" four times, but twice as a verb (after "they", after "cannot"): as a noun it is used
    # twice, too few to be the usual rendering that the lone "job" departs from
    ru = ("Врачи просят оплатить работу. Фельдшеры работают сутками. Мы не можем работать бесплатно. "
          "Больница задолжала за работу. Погода стояла тёплая. Двое хирургов нашли работу в клинике.")
    en = ("Doctors ask to be paid for their work. They work around the clock. We cannot work for free. "
          "The hospital owes them for the work. The weather was warm. Two surgeons found a job at the clinic.")
    ctx = context([("ru", "ru", ru, None), ("en", "en", en, "ru")])
    assert list(synonym_renderings(ctx, ctx.alignments[0])) == []
    # with "work" a noun three times, the lone "job" is flagged
    en3 = en.replace("They work around the clock.", "They do their work around the clock.")
    ctx3 = context([("ru", "ru", ru, None), ("en", "en", en3, "ru")])
    assert [ctx3.text("en")[r.start:r.end] for r in synonym_renderings(ctx3, ctx3.alignments[0])] == ["job"]
