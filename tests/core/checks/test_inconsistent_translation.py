"""``inconsistent-translation``: repeated sources rendered differently; glossary terms
rendered several ways within one witness."""

from __future__ import annotations

from pathlib import Path

from auditor.core.checks.base import CheckContext, GlossaryEntry
from auditor.core.checks.inconsistent_translation import InconsistentTranslation

from .checkhelpers import fails, pair, passes

MCHS = GlossaryEntry("МЧС", "ru", {"en": ("Emergencies Ministry", "Ministry of Emergency Situations")},
                     {"en": ("MChS",)})
DRIVER = GlossaryEntry("conducteur", "fr", {"en": ("driver",)}, {"en": ("conductor",)})


def test_term_rendered_three_ways() -> None:
    ctx = pair(
        "ru",
        "МЧС сообщило об эвакуации. Спасатели МЧС работают круглосуточно. Горячая линия МЧС открыта. "
        "Глава МЧС прибыл на место.",
        "en",
        "The Emergencies Ministry reported an evacuation. Emergencies Ministry rescuers work around the clock. "
        "The MChS hotline is open. The head of the Ministry of Emergency Situations arrived.",
        glossary=(MCHS,),
    )
    got = fails(InconsistentTranslation, ctx)
    assert sorted(s.text for f in got for s in f.spans) == ["MChS", "Ministry of Emergency Situations"]
    assert all(f.suggestion == "Emergencies Ministry" for f in got)


def test_inflected_false_friend_against_the_majority() -> None:
    ctx = pair(
        "fr",
        "Les conducteurs de bus sont en grève. Les conducteurs demandent une hausse. "
        "Un conducteur a parlé aux journalistes.",
        "en",
        "Bus drivers are on strike. The drivers want a raise. One conductor spoke to reporters.",
        glossary=(DRIVER,),
    )
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.spans[0].text == "conductor"


def test_consistent_renderings_and_glosses_pass() -> None:
    passes(InconsistentTranslation, pair(
        "fr", "Les conducteurs sont en grève. Les conducteurs demandent une hausse.",
        "en", "The conductors are on strike. The conductors want a raise.", glossary=(DRIVER,),
    ))  # consistently forbidden: term-mismatch's finding, not this one
    acronym = GlossaryEntry("BIWTA", "en", {"bn": ("বিআইডব্লিউটিএ", "বাংলাদেশ অভ্যন্তরীণ নৌপরিবহন কর্তৃপক্ষ")})
    passes(InconsistentTranslation, pair(
        "en", "BIWTA said the launch was overloaded. BIWTA will investigate.",
        "bn", "বিআইডব্লিউটিএ (বাংলাদেশ অভ্যন্তরীণ নৌপরিবহন কর্তৃপক্ষ) জানায়, লঞ্চে অতিরিক্ত যাত্রী ছিল। "
              "বিআইডব্লিউটিএ তদন্ত করবে।",
        glossary=(acronym,),
    ))


def test_repeated_source_sentence_translated_differently() -> None:
    ctx = pair(
        "de",
        "Die Sitzung ist öffentlich. Der Rat tagt am Montag. Die Sitzung ist öffentlich.",
        "en",
        "The meeting is open to the public. The council meets on Monday. The session is public.",
    )
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.spans[0].text == "The session is public." and f.evidence_value("kind") == "segment"


def test_different_sources_same_translation() -> None:
    ctx = pair(
        "de",
        "Die Brücke wird im Mai gesperrt. Der Tunnel bleibt bis Juni offen. Die Straße wird im Mai gesperrt.",
        "en",
        "The bridge will be closed in May. The tunnel stays open until June. The bridge will be closed in May.",
    )
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.segments == ("tgt-s3",) and f.evidence_value("kind") == "segment"


def test_prose_without_repeats_passes() -> None:
    passes(InconsistentTranslation, pair(
        "ru", "Вода поднялась на два метра. Эвакуированы 1150 человек. Дамбу укрепляют.",
        "en", "The water rose by two metres. 1,150 people were evacuated. The dam is being reinforced.",
    ), segments=True, terms=True)


# --- repeated source terms, no glossary ----------------------------------------------------

MUSEUM_RU = (
    "Пожар в краеведческом музее начался около полуночи. Сотрудники вынесли из здания более "
    "тысячи экспонатов. Часть экспонатов пострадала от воды. Огонь охватил крышу и второй этаж. "
    "Пожарные сначала спасали самые ценные экспонаты. Причины возгорания выясняет полиция. "
    "Директор поблагодарил волонтёров. Музей закрыт до осени. Спасённые экспонаты покажут в "
    "районном Доме культуры."
)
MUSEUM_EN = (
    "The fire at the local history museum started around midnight. Staff carried more than a "
    "thousand exhibits out of the building. Some of the exhibits were damaged by water. The fire "
    "engulfed the roof and the second floor. Firefighters first saved the most valuable exhibits. "
    "The police are investigating the cause. The director thanked the volunteers. The museum is "
    "closed until the autumn. The rescued specimens will be shown at the district House of Culture."
)


def test_one_word_rendered_otherwise_needs_a_glossary() -> None:
    # without a glossary, three ``exhibits`` and one ``specimens`` may be paraphrase: no finding
    passes(InconsistentTranslation, pair("ru", MUSEUM_RU, "en", MUSEUM_EN))
    exhibit = GlossaryEntry("экспонат", "ru", {"en": ("exhibit",)}, {"en": ("specimen",)})
    (f,) = fails(InconsistentTranslation, pair("ru", MUSEUM_RU, "en", MUSEUM_EN, glossary=(exhibit,)))
    assert f.spans[0].text == "specimens" and f.suggestion == "exhibit"


FLOOD_RU = (
    "Из зоны подтопления эвакуированы 1150 человек, в том числе 280 детей. Для них открыты пять "
    "пунктов временного размещения. Глава города заявил, что ситуация под контролем. "
    "Специалисты предупреждают, что пить воду из колодцев в зоне подтопления нельзя."
)


def _machine(ctx: CheckContext) -> CheckContext:
    from dataclasses import replace

    from auditor.core.models import Chain

    ws = tuple(replace(w, role="machine-translation") if w.parent else w for w in ctx.chain.witnesses)
    return replace(ctx, chain=Chain(ctx.chain.title, ws))


def test_two_word_term_whose_two_translations_share_nothing() -> None:
    human = pair("ru", FLOOD_RU, "en", (
        "A total of 1,150 people, including 280 children, have been evacuated from the flood zone. "
        "Five temporary shelters have been opened for them. The mayor said the situation was under "
        "control. Specialists warn that well water in the inundation area is not safe to drink."))
    # a human translator's two renderings of one phrase are as often deliberate variation
    passes(InconsistentTranslation, human)
    ctx = _machine(human)
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.segments == ("tgt-s4",) and f.evidence_value("term") == "зоне подтопления"
    passes(InconsistentTranslation, pair("ru", FLOOD_RU, "en", (
        "A total of 1,150 people, including 280 children, have been evacuated from the flood zone. "
        "Five temporary shelters have been opened for them. The mayor said the situation was under "
        "control. Specialists warn that well water in the flood zone is not safe to drink.")))


TYPHOON_JA = (  # one sentence a line: the test splitter wants a space or a line end after 。
    "台風10号の接近に伴い、JR東海は東海道新幹線の運転を見合わせると発表した。\n"
    "運休はおよそ400本に上る。\nJR東海は、きっぷの払い戻しを手数料なしで受け付けている。"
)


def test_name_whose_translated_part_changes() -> None:
    ctx = pair("ja", TYPHOON_JA, "en", (
        "As Typhoon Shanshan approaches, JR Central announced that it would suspend Tokaido "
        "Shinkansen services. Some 400 trains are cancelled. JR Tokai is refunding tickets "
        "without a handling fee."))
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.spans[0].text == "JR Tokai" and f.suggestion == "JR Central" and f.evidence_value("kind") == "name"


def test_a_name_reordered_with_a_new_word_each_time_passes() -> None:
    # Flores Timur is East Flores: the word after Flores differs at every mention, none usual
    passes(InconsistentTranslation, pair(
        "id", "Gunung itu berada di Kabupaten Flores Timur. BPBD Flores Timur mencatat 12.436 pengungsi. "
              "Bupati Flores Timur menetapkan status darurat.",
        "en", "The volcano is in East Flores Regency. The East Flores Regional Disaster Agency counted "
              "12,436 evacuees. East Flores Regent declared an emergency."))


def test_name_respelled_not_retranslated_passes() -> None:
    # Weiß/Weiss is a spelling (name-variant's finding); the same translation twice is consistent
    passes(InconsistentTranslation, pair(
        "de", "Dirigent Jürgen Weiß lobte das Orchester. Die Jury hörte zwölf Ensembles. "
              "Jürgen Weiß leitet das Orchester seit 1994.",
        "en", "Conductor Jürgen Weiss praised the orchestra. The jury heard twelve ensembles. "
              "Jürgen Weiß has led the orchestra since 1994."))
    passes(InconsistentTranslation, pair("ja", TYPHOON_JA, "en", (
        "As Typhoon Shanshan approaches, JR Central announced that it would suspend Tokaido "
        "Shinkansen services. Some 400 trains are cancelled. JR Central is refunding tickets "
        "without a handling fee.")))


def test_forbidden_rendering_explained_by_a_gloss_passes() -> None:
    loo = GlossaryEntry("लू", "hi", {"en": ("heatwave", "hot winds", "heatstroke")}, {"en": ("loo",)})
    passes(InconsistentTranslation, pair(
        "hi", "मौसम विभाग ने 28 जिलों में लू का रेड अलर्ट जारी किया है। पिछले 24 घंटों में लू लगने से 11 लोगों की मौत हुई है।",
        "en", "The Meteorological Department has issued a red alert for loo [hot, dry winds] in 28 districts. "
              "11 people have died of heatstroke in the last 24 hours.",
        glossary=(loo,)), repeats=False)


def test_korean_particles_do_not_make_one_word_two() -> None:
    # 보건소를 and 보건소는 are one noun with two particles: the phrase came back the same.
    chain = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "clean-en-ar-ko-vaccine"
    src = (chain / "en.txt").read_text(encoding="utf-8")
    tgt = (chain / "ko.txt").read_text(encoding="utf-8")
    assert "보건소를" in tgt and "보건소는" in tgt
    passes(InconsistentTranslation, _machine(pair("en", src, "ko", tgt)))
    # another word where the noun was the second time: reported (in machine output)
    (f,) = fails(InconsistentTranslation, _machine(pair("en", src, "ko", tgt.replace("보건소는", "진료소는"))))
    assert f.witness == "tgt" and "Health centres" in f.message


def test_unspaced_scripts_share_words_by_characters() -> None:
    chain = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "en-ja-airline"
    src = (chain / "en.txt").read_text(encoding="utf-8")
    tgt = (chain / "ja.txt").read_text(encoding="utf-8")
    assert "鳥取三津子社長" in tgt and "鳥取社長" in tgt  # "Tottori said" twice, her name in full once
    passes(InconsistentTranslation, pair("en", src, "ja", tgt))


def test_two_names_in_one_sentence_that_share_a_copied_part_are_two_names() -> None:
    # the old name and, in brackets, the new one: each Stuttgart … stands for its own source words
    en = ("From 1946 he headed the composition class of the Stuttgart College of Music [now the State "
          "University of Music Stuttgart]. He retired in 1968. The Stuttgart College gave him a prize.")
    tr = ("1946'dan itibaren Stuttgart Müzik Yüksekokulu'nun [bugünkü Stuttgart Devlet Müzik "
          "Üniversitesi] kompozisyon sınıfını yönetti. 1968'de emekli oldu. Stuttgart Müzik "
          "Yüksekokulu ona bir ödül verdi.")
    passes(InconsistentTranslation, pair("en", en, "tr", tr))


def test_a_name_is_no_term_rendered_two_ways() -> None:
    from auditor.core.checks.inconsistent_translation import _transliterated

    assert _transliterated("ওয়াজিমার", "Wajima", "bn")  # a name spelt out: name-variant's
    assert not _transliterated("creators", "kreator", "en")  # a cognate is a word translated
    assert not _transliterated("চালান", "invoices", "bn")


def test_an_agreed_rendering_shortened_to_another_agreed_one_is_consistent() -> None:
    units = GlossaryEntry("יחידות השתתפות", allowed={"en": ("participation units", "units")}, forbidden={},
                          source_lang="he")
    ctx = pair(
        "he", "החברה הנפיקה יחידות השתתפות. מחיר יחידות השתתפות עלה. המשקיעים קנו יחידות השתתפות רבות.",
        "en", "The company issued participation units. The price of participation units rose. Investors bought many units.",
        glossary=(units,))
    passes(InconsistentTranslation, ctx)

