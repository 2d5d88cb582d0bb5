"""``omission`` and ``addition``: null beads and length-ratio outliers against the hop's own ratio."""

from __future__ import annotations

from pathlib import Path

from auditor.core.checks.addition import Addition
from auditor.core.checks.base import CheckConfig, CheckContext
from auditor.core.checks.omission import Omission
from auditor.core.checks.runner import run_checks

from .checkhelpers import EN_TEN as EN
from .checkhelpers import RU_TEN as RU
from .checkhelpers import context, fails, findings, pair, passes, retold


def test_faithful_translation_passes_both() -> None:
    ctx = pair("en", " ".join(EN), "ru", " ".join(RU))
    passes(Omission, ctx)
    passes(Addition, ctx)


def test_null_beads() -> None:
    beads = [([i], [i]) for i in range(1, 4)] + [([4], [])] + [([i + 1], [i]) for i in range(4, 10)]
    ctx = context(
        [("en", "en", " ".join(EN), None), ("ru", "ru", " ".join(RU[:3] + RU[4:]), "en")],
        beads={("en", "ru"): beads},
    )
    (f,) = fails(Omission, ctx)
    assert f.witness == "ru" and f.hop == ("en", "ru") and f.segments == ("en-s4",)
    assert f.spans[0].witness == "en" and f.spans[0].text == EN[3]
    passes(Addition, ctx)
    back = context(
        [("ru", "ru", " ".join(RU[:3] + RU[4:]), None), ("en", "en", " ".join(EN), "ru")],
        beads={("ru", "en"): [(t, s) for s, t in beads]},
    )
    (g,) = fails(Addition, back)
    assert g.witness == "en" and g.spans[0].text == EN[3] and g.segments == ("en-s4",)


def test_short_and_long_beads_against_the_hop_ratio() -> None:
    short = RU.copy()
    short[5] = "Они злились."
    (f,) = fails(Omission, pair("en", " ".join(EN), "ru", " ".join(short)))
    assert f.spans[0].text == "Они злились." and float(f.evidence_value("z") or 0) < -3.5
    long = RU.copy()
    long[6] = RU[6][:-1] + ", а также пишет длинные комментарии о политике, экономике, истории и культуре России и Японии."
    (g,) = fails(Addition, pair("en", " ".join(EN), "ru", " ".join(long)))
    assert g.segments == ("tgt-s7",)


def test_an_editors_gloss_does_not_make_up_for_a_dropped_clause() -> None:
    # "He runs an anti-corruption website and lives in exile in France." with the exile
    # dropped and the website explained in brackets: as long as usual, but only with the gloss
    short = RU.copy()
    short[3] = "Он руководит сайтом [борющимся с коррупцией в России]."
    (f,) = fails(Omission, pair("en", " ".join(EN), "ru", " ".join(short)))
    assert f.spans[0].text == short[3] and any(sp.text == EN[3] for sp in f.spans)
    # without brackets the same words count as translation: the bead is not short
    wordy = RU.copy()
    wordy[3] = "Он руководит сайтом, борющимся с коррупцией в России."
    passes(Omission, pair("en", " ".join(EN), "ru", " ".join(wordy)))


def test_tiny_segments_and_short_documents_are_ignored() -> None:
    ctx = pair("en", "Chapter 1. It rained.", "ru", "Шёл дождь.")
    passes(Omission, ctx)  # 'It rained.' is under min_letters, and two beads are too few for ratios


def test_sentence_hidden_in_a_merged_bead_is_an_omission() -> None:
    from auditor.core.checks.omission import Omission

    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    src += " The bridge stays shut. Residents of the lower town were told to leave their homes early today."
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    tgt += " Die Brücke bleibt zu."
    beads = {("src", "tgt"): [([i], [i]) for i in range(1, 11)] + [([11, 12], [11])]}
    ctx = context([("src", "en", src, None), ("tgt", "de", tgt, "src")], beads=beads)
    got = [f for f in fails(Omission, ctx) if f.evidence_value("bead") == "2-1"]
    assert [s.text for f in got for s in f.spans] == [
        "Residents of the lower town were told to leave their homes early today."
    ]


def test_numbers_say_which_merged_sentence_was_dropped_when_lengths_cannot() -> None:
    from auditor.core.checks.omission import Omission

    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    # Two sentences of about the same length: leaving out either fits; only one has a number
    # that the translation lacks. The editor's bracketed gloss translates nothing.
    src += " The committee opened a negligence case today. The wiring was last checked in 2019 by the city."
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    tgt += " Das Komitee [die oberste Ermittlungsbehörde] eröffnete heute ein Verfahren."
    beads = {("src", "tgt"): [([i], [i]) for i in range(1, 11)] + [([11, 12], [11])]}
    ctx = context([("src", "en", src, None), ("tgt", "de", tgt, "src")], beads=beads)
    got = [f for f in fails(Omission, ctx) if f.evidence_value("bead") == "2-1"]
    assert [s.text for f in got for s in f.spans] == ["The wiring was last checked in 2019 by the city."]


def test_a_short_sources_wordy_translation_is_not_an_addition() -> None:
    # Twice as long as the hop's ratio says, but a four-word source predicts little: the
    # score shrinks with the square root of its length over the hop's median.
    src, tgt = EN.copy(), RU.copy()
    src[5], tgt[5] = "They were very angry.", "Они были очень злы и глубоко рассержены войной."
    ctx = pair("en", " ".join(src), "ru", " ".join(tgt))
    passes(Addition, ctx)
    # The same ratio on a sentence of the hop's usual length is an outlier.
    tgt[5] = ("Они выражали гнев и недовольство войной в Украине громко и постоянно "
              "на каждой встрече с коллегами и друзьями.")
    src[5] = EN[5]
    (f,) = fails(Addition, pair("en", " ".join(src), "ru", " ".join(tgt)))
    assert f.segments == ("tgt-s6",) and f.evidence_value("length-ratio")


def test_names_say_which_merged_sentence_was_dropped_when_lengths_and_numbers_cannot() -> None:
    # Horvat is carried across elsewhere in the hop; in the merged bead the translation lacks
    # it, while the other sentence's 'region' is there. Both sentences are about as long, and
    # neither has a number: only the anchors can tell. The one finding explains the short
    # bead, which is not reported again as a length outlier.
    src = EN + ["Horvat was born in Split.", "Horvat visited Zagreb and Split last week.",
                "The weather in the region stayed dry and warm."]
    tgt = RU + ["Хорват родился в Сплите.", "Погода в регионе оставалась сухой и тёплой."]
    beads = {("en", "ru"): [([i], [i]) for i in range(1, 12)] + [([12, 13], [12])]}
    ctx = context([("en", "en", " ".join(src), None), ("ru", "ru", " ".join(tgt), "en")], beads=beads)
    (f,) = fails(Omission, ctx)
    assert f.spans[0].text == "Horvat visited Zagreb and Split last week."
    assert int(f.evidence_value("anchors") or 0) >= 1 and "names, numbers or cognates" in f.message
    # With the dropped sentence's names in the translation, nothing is missing that anchors show.
    tgt[-1] = "Хорват посетил Загреб и Сплит; погода в регионе оставалась сухой и тёплой."
    ctx = context([("en", "en", " ".join(src), None), ("ru", "ru", " ".join(tgt), "en")], beads=beads)
    passes(Omission, ctx)


def _moved_context(k: int) -> tuple[list[str], CheckContext]:
    """Russian sentence ``k`` (0-based) moved to the end of the first six; beads as a monotone
    aligner leaves them: the English sentence unaligned, the moved Russian one too."""
    order = [*range(k), *range(k + 1, 6), k, *range(6, 10)]
    tgt = [RU[i] for i in order]
    beads: list[tuple[list[int], list[int]]] = []
    for i in range(10):
        if i == k:
            beads.append(([i + 1], []))
        else:
            beads.append(([i + 1], [order.index(i) + 1]))
    beads.insert(6, ([], [6]))
    beads = sorted(beads, key=lambda b: (b[0][0] if b[0] else 6.5))
    return tgt, context([("en", "en", " ".join(EN), None), ("ru", "ru", " ".join(tgt), "en")],
                        beads={("en", "ru"): beads})


def test_a_moved_sentence_is_one_minor_finding_not_an_omission_and_an_addition() -> None:
    from auditor.core.models import Severity

    _, ctx = _moved_context(0)  # Putin, Japan, 2021: anchors the hop carries across
    (f,) = fails(Omission, ctx)
    assert f.evidence_value("kind") == "moved" and f.severity is Severity.MINOR
    assert [s.witness for s in f.spans] == ["en", "ru"]
    assert f.spans[0].text == EN[0] and f.spans[1].text == RU[0]
    assert f.evidence_value("moved-to") == "ru-s6"
    passes(Addition, ctx)


def test_without_anchors_a_move_stays_an_omission_and_an_addition() -> None:
    _, ctx = _moved_context(2)  # nothing in it the hop carries across: no evidence of a move
    (f,) = fails(Omission, ctx)
    assert f.evidence_value("kind") is None and f.spans[0].text == EN[2]
    (g,) = fails(Addition, ctx)
    assert g.spans[0].text == RU[2]


def _mt_context(with_mt: bool) -> CheckContext:
    # Two source sentences of about the same length merged into one translated sentence:
    # lengths cannot say which was dropped; the machine translation of each can.
    src = EN + ["The open fire was put out by six in the morning.", "No one was hurt in the big fire."]
    tgt = RU + ["Открытый огонь спасатели полностью потушили лишь к шести часам утра."]
    beads = {("en", "ru"): [([i], [i]) for i in range(1, 11)] + [([11, 12], [11])]}
    ctx = context([("en", "en", " ".join(src), None), ("ru", "ru", " ".join(tgt), "en")], beads=beads)
    if not with_mt:
        return ctx
    mt = {"en-s11": "Открытый огонь был потушен к шести часам утра.", "en-s12": "Никто не пострадал при большом пожаре."}
    return CheckContext(ctx.chain, ctx.segments, ctx.alignments, translations={(k, "ru"): v for k, v in mt.items()})


def test_machine_translation_shows_which_merged_sentence_was_dropped() -> None:
    got = [f for f in fails(Omission, _mt_context(True)) if f.evidence_value("kind") == "mt"]
    assert [f.spans[0].text for f in got] == ["No one was hurt in the big fire."]
    assert float(got[0].evidence_value("coverage") or 1) <= 0.15
    assert not [f for f in run_checks(_mt_context(False), checks=(Omission,))[0] if f.evidence_value("kind") == "mt"]


def test_machine_translation_shows_an_added_sentence_in_a_merged_bead() -> None:
    src = EN + ["The open fire was finally put out by the crews at six in the morning today."]
    tgt = RU + ["Открытый огонь потушили к шести утра.", "Музей закроют до весны."]
    beads = {("en", "ru"): [([i], [i]) for i in range(1, 11)] + [([11], [11, 12])]}
    ctx = context([("en", "en", " ".join(src), None), ("ru", "ru", " ".join(tgt), "en")], beads=beads)
    ctx = CheckContext(ctx.chain, ctx.segments, ctx.alignments,
                       translations={("en-s11", "ru"): "Открытый огонь был потушен к шести часам утра."})
    got = [f for f in fails(Addition, ctx) if f.evidence_value("kind") == "mt"]
    assert [f.spans[0].text for f in got] == ["Музей закроют до весны."]


def test_a_retelling_in_the_same_language_is_compared_word_for_word() -> None:
    # The magazine joined two sentences and left a third out; lengths alone cannot tell which.
    wire = ("Eight fire engines and 45 firefighters were sent to the scene shortly after 7 pm. "
            "The blaze was brought under control within two hours. "
            "Investigators believe an electrical fault in a ventilation unit caused the fire.")
    mag = "The fire service sent eight engines and 45 firefighters, and the blaze was under control within two hours."
    ctx = context([("wire", "en", wire, None), ("mag", "en", mag, "wire")],
                  beads={("wire", "mag"): [([1, 2, 3], [1])]})
    (f,) = fails(Omission, ctx)
    assert f.evidence_value("kind") == "words" and "ventilation unit" in f.spans[0].text


def test_a_merged_sentence_whose_names_the_translation_never_writes() -> None:
    # Indonesian → English: the school closures were dropped and a clause added in the same
    # bead, so its length says nothing; the names Pronojiwo and Candipuro say it
    id_ = ("Tidak ada korban jiwa yang dilaporkan hingga Kamis. Sekolah-sekolah di Kecamatan Pronojiwo dan "
           "Candipuro diliburkan hingga Jumat.")
    en = "No fatalities had been reported by Thursday, unlike in December 2021, when an eruption killed many."
    ctx = context([("id", "id", id_, None), ("en", "en", en, "id")], beads={("id", "en"): [([1, 2], [1])]})
    (f,) = [f for f in fails(Omission, ctx) if f.evidence_value("kind") == "names"]
    assert f.spans[0].text.startswith("Sekolah-sekolah") and "Pronojiwo" in (f.evidence_value("names") or "")
    # across scripts names are transliterated: not this detector's evidence
    ru = "О погибших до четверга не сообщалось, в отличие от декабря 2021 года, когда извержение убило многих."
    ctx_ru = context([("id", "id", id_, None), ("ru", "ru", ru, "id")], beads={("id", "ru"): [([1, 2], [1])]})
    assert not [f for f in run_checks(ctx_ru)[0] if f.evidence_value("kind") == "names"]
    passes(Omission, ctx, lost_names=0, z=99, merged_z=99, anchored_z=99, gap_z=99, punct_z=99, clause_z=99)
    # and the clause put in the dropped sentence's place, with numbers the source lacks
    # (one bead here: the hop's length model is allowed to rest on it)
    (g,) = fails(Addition, ctx, min_beads=1)
    assert g.evidence_value("kind") == "clause" and "December 2021" in g.spans[0].text
    # the bead's length balances without the lost sentence: a demand that the bead be long
    # (clause_z) hides it, the default (longer than the median at all) does not
    passes(Addition, ctx, min_beads=1, lost_names=0, clause_z=1.5)
    (h,) = fails(Addition, ctx, min_beads=1, lost_names=0)
    assert "December 2021" in h.spans[0].text


def _summer_of_2021_dropped() -> tuple[list[str], list[str]]:
    """(en, ru) with "in the summer of 2021" lost, the sentence padded back to its usual length."""
    en = EN.copy()
    en[0] = "Vladimir Putin was preparing to invade Japan in the summer of 2021, the letter says."
    ru = RU.copy()
    ru[0] = "Как сказано в письме, Владимир Путин всерьёз готовился к вторжению в Японию летом."
    return en, ru


def test_a_number_dropped_with_nothing_in_its_place_is_an_omission_whatever_the_length() -> None:
    # only the number says a phrase is gone. Reported once, as omission (not also as number-mismatch).
    en, ru = _summer_of_2021_dropped()
    ctx = pair("en", " ".join(en), "ru", " ".join(ru))
    found = run_checks(ctx)[0]
    (f,) = [f for f in found if f.check == "omission"]
    assert f.evidence_value("kind") == "clause" and f.evidence_value("number") == "2021"
    assert f.spans[0].witness == "src" and "2021" in f.spans[0].text and "short" not in f.message
    assert not [f for f in found if f.check == "number-mismatch"]
    # a number replaced by another is a changed number, not a dropped phrase
    ru[0] = "Как сказано в письме, Владимир Путин всерьёз готовился к вторжению в Японию летом 2012 года."
    found = run_checks(pair("en", " ".join(en), "ru", " ".join(ru)))[0]
    assert [f.check for f in found if f.check in ("omission", "number-mismatch")] == ["number-mismatch"]


def test_two_moved_sentences_merged_into_one_are_one_move() -> None:
    # Two sentences with names and numbers move to the end and become one Russian sentence:
    # two moves into one target, not two omissions and an addition.
    src = [EN[0], "The government in Tokyo protested to Moscow in 2022."] + EN[2:]
    merged = ("Владимир Путин готовился вторгнуться в Японию летом 2021 года, "
              "и в 2022 году правительство в Токио выразило протест Москве.")
    tgt = RU[2:] + [merged]
    beads = [([1], []), ([2], [])] + [([i], [i - 2]) for i in range(3, 11)] + [([], [9])]
    ctx = context([("en", "en", " ".join(src), None), ("ru", "ru", " ".join(tgt), "en")], beads={("en", "ru"): beads})
    found = fails(Omission, ctx)
    assert [f.evidence_value("kind") for f in found] == ["moved", "moved"]
    assert {f.evidence_value("moved-to") for f in found} == {"ru-s9"}
    passes(Addition, ctx)


def test_a_short_sentence_merged_into_its_moved_neighbour_is_moved_with_it() -> None:
    # the long sentence alone fits the merged Russian one and is paired with it first; its short
    # neighbour, whose own anchor (Tokyo) stands there too, went with it, and was not dropped
    src = [EN[0], "Tokyo protested."] + EN[2:]
    merged = "Владимир Путин готовился вторгнуться в Японию летом 2021 года, а Токио протестовал."
    tgt = RU[2:] + [merged]
    beads = [([1], []), ([2], [])] + [([i], [i - 2]) for i in range(3, 11)] + [([], [9])]
    ctx = context([("en", "en", " ".join(src), None), ("ru", "ru", " ".join(tgt), "en")], beads={("en", "ru"): beads})
    found = fails(Omission, ctx)
    assert [(f.evidence_value("kind"), f.evidence_value("moved-to")) for f in found] == [
        ("moved", "ru-s9"), ("moved", "ru-s9")]


def test_of_two_partners_equally_anchored_the_one_where_the_block_moved_is_taken() -> None:
    # The first two sentences move to the end together. The second's anchors (the service,
    # Osechkin) stand as well in a sentence added at the top, whose length fits a little
    # better; the first sentence's firm partner (Putin, Japan, 2021) says where the block went.
    src = [EN[0], "A member of the security service told Osechkin about the plan."] + EN[2:]
    moved = "Сотрудник службы безопасности рассказал Осечкину об этом плане ещё весной."
    added = "Осечкин сообщил о плане сотрудников службы."
    tgt = [added] + RU[2:] + [RU[0], moved]
    beads = [([], [1]), ([1], []), ([2], [])] + [([i], [i - 1]) for i in range(3, 11)] + [([], [10]), ([], [11])]
    ctx = context([("en", "en", " ".join(src), None), ("ru", "ru", " ".join(tgt), "en")], beads={("en", "ru"): beads})
    found = fails(Omission, ctx)
    assert [(f.evidence_value("kind"), f.evidence_value("moved-to")) for f in found] == [
        ("moved", "ru-s10"), ("moved", "ru-s11")]
    assert not any(s.text == moved for f in findings(Addition, ctx) for s in f.spans)


def test_a_merge_the_aligner_hardly_preferred_needs_less_shortfall() -> None:
    # A short sentence dropped beside a long one: the bead is short by about one MAD, too
    # little on its own, but the aligner scored the merge a coin flip (0.55), not a sure 0.9.
    from dataclasses import replace

    from auditor.core.checks.omission import Omission

    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    src += (" The river rose by 25 centimetres near the old mill overnight and the water reached the first"
            " houses of the lower town before dawn. Nobody was hurt there.")
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    tgt += (" Der Fluss stieg nachts an der alten Mühle um 25 Zentimeter und das Wasser erreichte vor dem"
            " Morgen die ersten Häuser der Unterstadt.")
    beads = {("src", "tgt"): [([i], [i]) for i in range(1, 11)] + [([11, 12], [11])]}
    sure = context([("src", "en", src, None), ("tgt", "de", tgt, "src")], beads=beads)
    assert not [f for f in findings(Omission, sure) if f.evidence_value("bead") == "2-1"]
    (a,) = sure.alignments
    unsure = replace(sure, alignments=(replace(a, beads=(*a.beads[:-1], replace(a.beads[-1], score=0.55))),))
    (f,) = [f for f in fails(Omission, unsure) if f.evidence_value("bead") == "2-1"]
    assert f.spans[0].text == "Nobody was hurt there."
    assert not [f for f in findings(Omission, unsure, unsure_score=0.0) if f.evidence_value("bead") == "2-1"]


def test_a_sentence_joined_to_its_neighbour_by_a_quotation_or_a_colon_is_no_null() -> None:
    from auditor.core.checks.addition import Addition
    from auditor.core.checks.omission import Omission

    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    regular = [([i], [i]) for i in range(1, 11)]
    # the translation splits a two-sentence quotation the source keeps in one sentence
    src_q = src + " The miller said: “The water is higher than it has ever been here, and I will not be sleeping tonight.”"
    tgt_q = tgt + " Der Müller sagte: “Das Wasser steht höher als je zuvor.” “Ich werde heute Nacht nicht schlafen.”"
    tgt_split = tgt + " Der Müller sagte: “Das Wasser steht höher als je zuvor. Ich werde heute Nacht nicht schlafen.”"
    beads = {("en", "de"): [*regular, ([11], [11]), ([], [12])]}
    passes(Addition, context([("en", "en", src_q, None), ("de", "de", tgt_split, "en")], beads=beads))
    # two closed quotations are two sentences: the second is a real addition
    fails(Addition, context([("en", "en", src_q, None), ("de", "de", tgt_q, "en")], beads=beads))
    # a source sentence the translation joins to the next with a colon
    src_c = src + " The village reacted calmly. At noon the mayor opened the school gym for the families."
    tgt_c = tgt + " Das Dorf reagierte gelassen: Am Mittag öffnete der Bürgermeister die Turnhalle für die Familien."
    beads_c = {("en", "de"): [*regular, ([11], []), ([12], [11])]}
    passes(Omission, context([("en", "en", src_c, None), ("de", "de", tgt_c, "en")], beads=beads_c))
    tgt_nc = tgt + " Am Mittag öffnete der Bürgermeister die Turnhalle für die Familien."
    fails(Omission, context([("en", "en", src_c, None), ("de", "de", tgt_nc, "en")], beads=beads_c))


def test_a_merged_segment_that_carries_the_beads_numbers_is_not_the_extra_one() -> None:
    from auditor.core.checks.addition import Addition

    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    regular = [([i], [i]) for i in range(1, 11)]
    # the translation drops a clause of the sentence and adds a sentence of its own after it:
    # by length the shortened sentence looks extra, but its number says it is the translation
    src_m = src + " Over a length of more than 120 metres, part of the outer slope slid away, exposing the clay core."
    tgt_m = tgt + (" Auf mehr als 120 Metern rutschte die Böschung ab."
                   " Ähnliche Sorgen kennen auch die Deichverwalter an der Nordküste von Jakarta.")
    ctx = context([("en", "en", src_m, None), ("de", "de", tgt_m, "en")], beads={("en", "de"): [*regular, ([11], [11, 12])]})
    assert not any("120" in s.text for f in findings(Addition, ctx) for s in f.spans)


def test_one_unmatched_name_does_not_pick_the_missing_sentence_over_a_better_fit() -> None:
    # ka → ru → en: the English joins two Russian sentences and drops the third, which has no
    # anchor; the second's place name reached both through Georgian and is spelt apart
    # (Сигнахском / Sighnaghi): that one unmatched name must not make it the missing one.
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "ka-ru-en-vineyard"
    audit = audit_chain(load_chain(folder))
    assert not [f for f in audit.findings if f.check == "omission" and f.witness == "en"
                and any("Сигнахском" in s.text for s in f.spans)]


# The retellings of the corpus say so in their manifests, and a retelling's moves are silent by
# default; these tests look at how moves are paired, so they ask for them.
_MOVES_SHOWN = {"omission": CheckConfig(params={"moves_in_retellings": True})}


def test_a_retelling_moves_silently_unless_asked() -> None:
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "ko-en-ja-retold-heat"
    chain = load_chain(folder)
    assert chain.witness("ja").role == "retelling"
    quiet = audit_chain(chain)
    assert not [f for f in quiet.findings if f.evidence_value("kind") == "moved"]
    shown = audit_chain(chain, check_configs=_MOVES_SHOWN)
    moved = [f for f in shown.findings if f.evidence_value("kind") == "moved"]
    assert moved and {f.witness for f in moved} == {"ja"}
    # what is moved is neither an omission nor an addition in the quiet audit either
    moved_spans = {s.text for f in moved for s in f.spans}
    assert not [f for f in quiet.findings if f.check in ("omission", "addition")
                and {s.text for s in f.spans} & moved_spans]


def test_a_retelling_filed_as_a_translation_is_known_by_its_moves() -> None:
    import dataclasses

    from auditor.core.checks.moved_segments import REORDERING_MOVES
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "ko-en-ja-retold-heat"
    chain = load_chain(folder)
    chain = dataclasses.replace(chain, witnesses=tuple(
        dataclasses.replace(w, role="translation") if w.role == "retelling" else w for w in chain.witnesses))
    shown = audit_chain(chain, check_configs=_MOVES_SHOWN)
    moved = [f for f in shown.findings if f.witness == "ja" and f.evidence_value("kind") == "moved"]
    assert len(moved) >= REORDERING_MOVES
    quiet = audit_chain(chain)
    assert not [f for f in quiet.findings if f.evidence_value("kind") == "moved"]


def test_a_moved_paragraph_whose_opening_sentences_were_merged_is_reported_as_moved() -> None:
    # ko → en → ja: the Japanese retelling moves a paragraph (a forecaster's quote, the outlook,
    # Seoul's tropical nights) to the end and merges its first two sentences; only the last has
    # numbers. All three are moves, not omissions, and the merged sentence is no addition.
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "ko-en-ja-retold-heat"
    audit = audit_chain(load_chain(folder), check_configs=_MOVES_SHOWN)
    ja = [f for f in audit.findings if f.witness == "ja" and f.check in ("omission", "addition")]
    moved = [f for f in ja if f.evidence_value("kind") == "moved"]
    assert len(moved) == 3 and all(f.check == "omission" for f in moved)
    assert not [f for f in ja if f.check == "addition" and "北太平洋" in f.spans[0].text]


def test_a_moved_quote_whose_attribution_grew_is_paired_beside_its_paragraph() -> None:
    # uk → en → pl: the Polish retelling moves the casualties paragraph up and gives the quote
    # the speaker's title that the English had elsewhere: longer than usual, but beside the
    # paragraph's other moved sentences and sharing the speaker's name
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "uk-en-pl-retold-shelling"
    audit = audit_chain(load_chain(folder), check_configs=_MOVES_SHOWN)
    pl = [f for f in audit.findings if f.witness == "pl" and f.check in ("omission", "addition")]
    assert not [f for f in pl if f.check == "addition" and f.spans[0].text.startswith("„Wszyscy")]
    assert [f.evidence_value("kind") for f in pl if any("All the injured" in s.text for s in f.spans)] == ["moved"]


def test_a_quotation_runs_on_into_the_next_sentence_whatever_follows_its_close() -> None:
    from auditor.core.checks.length_signals import _continues_quote

    assert _continues_quote("„Voda přišla rychleji, než kdokoli čekal.", "Lidé nestihli odvézt ani auta,“ řekl Navrátil.")
    assert _continues_quote("He said: “We will stay.", "The town needs us.” Then he left.")
    assert not _continues_quote("He said: “We will stay.”", "The town needs us.")
    assert not _continues_quote("Er sagte: „Wir bleiben.", "Dann sagte sie: „Wir auch.“")


def test_a_moved_sentence_the_retelling_split_in_two_is_one_move() -> None:
    # hi → en → bn: the English retelling moves the accessibility paragraph and cuts its
    # sentence on screen doors and tactile paths in two; both halves are the move's target
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "hi-en-bn-retold-transit"
    audit = audit_chain(load_chain(folder), check_configs=_MOVES_SHOWN)
    en = [f for f in audit.findings if f.witness == "en" and f.check in ("omission", "addition")]
    assert not [f for f in en if f.check == "addition" and ("screen doors" in f.spans[0].text
                                                          or f.spans[0].text.startswith("Tactile"))]
    (moved,) = [f for f in en if any("प्लेटफॉर्म स्क्रीन" in s.text for s in f.spans)]
    assert moved.check == "omission" and moved.evidence_value("kind") == "moved"


def test_a_number_added_with_nothing_in_its_place_is_an_addition_not_a_number_mismatch() -> None:
    # a clause with its own number in place of the email's wording: the bead only about 1 MAD
    # longer than usual, yet the number says a phrase was added
    ru = RU.copy()
    ru[2] = "Он сообщил об этом правозащитнику в письме, отправленном в 1999 году."
    ctx = pair("en", " ".join(EN), "ru", " ".join(ru))
    got = [f for f in run_checks(ctx)[0] if f.witness == "tgt" and f.check in ("addition", "number-mismatch")]
    assert [f.check for f in got] == ["addition"] and got[0].evidence_value("kind") == "clause"
    assert got[0].spans[0].text == "отправленном в 1999 году"
    passes(Addition, ctx, clause_z=1.5)  # the old demand that the bead be long missed it


def test_a_sentence_whose_numbers_went_into_its_neighbour_is_no_null() -> None:
    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    regular = [([i], [i]) for i in range(1, 11)]
    beads = {("en", "de"): [*regular, ([11], [11]), ([12], [])]}
    src_n = src + " Fourteen weddings were held in the village in June. That is 40 percent more than last year."
    # the translation joins the second sentence to the first: its number went there
    joined = tgt + " Im Juni gab es im Dorf vierzehn Hochzeiten – 40 Prozent mehr als im Vorjahr."
    passes(Omission, context([("en", "en", src_n, None), ("de", "de", joined, "en")], beads=beads))
    dropped = tgt + " Im Juni gab es im Dorf vierzehn Hochzeiten."
    fails(Omission, context([("en", "en", src_n, None), ("de", "de", dropped, "en")], beads=beads))


def test_a_quotation_broken_by_its_attribution_is_no_unsure_merge() -> None:
    # The translation breaks the source's one-sentence quotation with its attribution: two
    # segments for one, each opening a quotation, however unsure the aligner was of the 1-2 bead.
    from dataclasses import replace

    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    src += " The mayor said: “This was an abandoned quarry with a broken shore, and now the river is ours again.”"
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    tgt += (" „Das war ein verlassener Steinbruch mit zerstörtem Ufer“, sagte der Bürgermeister."
            " „Jetzt gehört uns der Fluss wieder.“")
    beads = {("src", "tgt"): [([i], [i]) for i in range(1, 11)] + [([11], [11, 12])]}
    sure = context([("src", "en", src, None), ("tgt", "de", tgt, "src")], beads=beads)
    (a,) = sure.alignments
    unsure = replace(sure, alignments=(replace(a, beads=(*a.beads[:-1], replace(a.beads[-1], score=0.55))),))
    assert not [f for f in findings(Addition, unsure) if f.evidence_value("bead") == "1-2"]
    # the same second sentence without quotation marks is a sentence of its own, and reported
    tgt_plain = tgt.replace(" „Jetzt gehört uns der Fluss wieder.“", " Jetzt gehört uns der Fluss wieder.")
    plain = context([("src", "en", src, None), ("tgt", "de", tgt_plain, "src")], beads=beads)
    (b,) = plain.alignments
    plain = replace(plain, alignments=(replace(b, beads=(*b.beads[:-1], replace(b.beads[-1], score=0.55))),))
    assert [f for f in findings(Addition, plain) if f.evidence_value("bead") == "1-2"]


def test_a_retelling_that_folds_a_sentence_into_another_omits_nothing() -> None:
    # the source's sixth sentence (450 million, 2,300 workers, Gujarat) is told inside the
    # target's third, which the alignment pairs with the source's third: merged, not dropped
    fact = "The plant cost 450 million euros and will employ 2,300 workers in Gujarat."
    src = " ".join(EN[:5] + [fact] + EN[5:])
    ru = list(RU)
    ru[2] = ru[2][:-1] + ", а завод стоимостью 450 млн евро даст работу 2300 рабочим в Гуджарате."
    beads = {("src", "tgt"): [((i,), (i,)) for i in range(1, 6)] + [((6,), ())]
             + [((i + 1,), (i,)) for i in range(6, 11)]}
    for role, dropped in (("retelling", False), ("translation", True)):
        ctx = context([("src", "en", src, None), ("tgt", "ru", " ".join(ru), "src")], beads)
        ctx = retold(ctx) if role == "retelling" else ctx
        got = [f for f in findings(Omission, ctx) if "2,300" in " ".join(s.text for s in f.spans)]
        assert bool(got) == dropped, (role, got)


def test_a_retelling_that_drops_a_clause_inside_a_sentence_it_keeps_omits_nothing() -> None:
    # the same dropped "in the summer of 2021" as above: a translation's slip, a retelling's way
    # of telling (it condenses the sentences it keeps); a whole sentence dropped is still found
    en, ru = _summer_of_2021_dropped()
    ctx = pair("en", " ".join(en), "ru", " ".join(ru))
    assert [f.evidence_value("kind") for f in findings(Omission, ctx)] == ["clause"]
    assert not [f for f in findings(Omission, retold(ctx)) if f.evidence_value("kind") == "clause"]


def test_what_was_kept_of_an_unaligned_sentence_is_no_addition() -> None:
    # the aligner left a sentence and its shortened translation unpaired side by side: the rest
    # of the sentence is omitted, nothing is added
    en = EN[:4] + ["Agents sent him regular messages about the mood inside the service, the pay and the war."] + EN[5:]
    ru = RU[:4] + ["Агенты писали ему."] + RU[5:]
    beads = [([i], [i]) for i in range(1, 5)] + [([5], []), ([], [5])] + [([i], [i]) for i in range(6, 11)]
    ctx = context([("en", "en", " ".join(en), None), ("ru", "ru", " ".join(ru), "en")], beads={("en", "ru"): beads})
    (f,) = fails(Omission, ctx)
    assert f.segments == ("en-s5",)
    passes(Addition, ctx)
    # a sentence longer than the unaligned one beside it would be is text of its own
    ru2 = RU[:4] + ["Агенты писали ему о настроениях внутри службы, о зарплате, о войне и о многом другом, "
                    "что волновало их все эти долгие месяцы службы в управлении."] + RU[5:]
    ctx2 = context([("en", "en", " ".join(en), None), ("ru", "ru", " ".join(ru2), "en")], beads={("en", "ru"): beads})
    (g,) = fails(Addition, ctx2)
    assert g.segments == ("ru-s5",)


def test_words_carried_across_the_sentence_boundary_are_neither_dropped_nor_added() -> None:
    # the Russian names the speaker before the quotation's first sentence, the English after
    # its second: one bead long, its neighbour short, the two together as usual
    en = EN[:8] + ["“He did not sign a single document without a decision of the commission.",
                   "We disagree with the verdict and will appeal against it,” said the defence lawyer, Gulnara Yessimova."]
    ru = RU[:8] + ["Адвокат защиты Гульнара Есимова заявила: «Он не подписал ни одного документа без решения комиссии.",
                   "Мы не согласны с приговором и обжалуем его»."]
    ctx = pair("en", " ".join(en), "ru", " ".join(ru))
    passes(Omission, ctx)
    passes(Addition, ctx)
    # what is really missing still is
    # (the quotation lost its speaker too, inside the sentence the length finding reports: one
    # finding, not a second one for the attribution)
    cut = RU[:8] + ["«Он не подписал ни одного документа без решения комиссии.", "Мы не согласны»."]
    got = {f.evidence_value("kind"): f for f in fails(Omission, pair("en", " ".join(en), "ru", " ".join(cut)))}
    assert set(got) == {None}
    assert "Мы не согласны»." in [s.text for s in got[None].spans]
    assert any("said the defence lawyer" in s.text for s in got[None].spans)


def test_a_retelling_s_sentence_may_tell_two_source_sentences() -> None:
    from auditor.core.checks.told_elsewhere import told_elsewhere

    # the retelling joins "85 staff in Yokneam" to "40 more by 2026": the second is its partner,
    # and what is left of its anchors after the partner's are the first's
    en = ("Natif employs 85 people, most of them at its centre in Yokneam. The firm raised money in March. "
          "It plans to hire another 40 people by the end of 2026.")
    ru = "Компания привлекла деньги в марте. В Natif работают 85 человек в Йокнеаме, и до конца 2026 года она наймёт ещё 40."
    ctx = retold(context([("en", "en", en, None), ("ru", "ru", ru, "en")],
                         beads={("en", "ru"): [([1], []), ([2], [1]), ([3], [2])]}), "ru")
    a = ctx.alignments[0]
    lone = [b for b in a.beads if not b.target]
    hosts: set[str] = set()
    assert told_elsewhere(ctx, a, "source", lone, hosts) == {id(lone[0])}
    assert hosts == {"ru-s2"}
