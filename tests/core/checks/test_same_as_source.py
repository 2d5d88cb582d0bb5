"""``same-as-source``: copied segments, and the names/numbers/URLs that may stay the same."""

from __future__ import annotations

import pytest

from auditor.core.checks.same_as_source import SameAsSource

from .checkhelpers import context, fails, findings, pair, passes

FAILS = [
    ("en", "The writing style leaves no doubt about the author.", "bn",
     "The writing style leaves no doubt about the author."),
    ("en", "Confidence that countries would enter a phase of intense conflict was high.", "fr",
     "Confidence that countries would enter a phase of intense conflict was high!"),
    ("fr", "Les pays entreraient dans une phase de conflit intense.", "en",
     "Les pays entreraient dans une phase de conflit intense."),
]
PASSES = [
    ("en", "Newsweek, 17 March 2022.", "de", "Newsweek, 17 March 2022."),
    ("en", "See https://www.newsweek.com/russia-japan-war for details.", "bn",
     "বিস্তারিত https://www.newsweek.com/russia-japan-war দেখুন।"),
    ("en", "Vladimir Putin and Christo Grozev.", "de", "Vladimir Putin and Christo Grozev."),
    ("en", "The letter was shown to two employees.", "fr", "La lettre a été montrée à deux employés."),
    ("en", "The writing style leaves no doubt.", "en-GB", "The writing style leaves no doubt."),
]


@pytest.mark.parametrize(("sl", "s", "tl", "t"), FAILS)
def test_fails(sl: str, s: str, tl: str, t: str) -> None:
    (f,) = fails(SameAsSource, pair(sl, s, tl, t))
    assert f.witness == "tgt" and f.spans[0].text == t and f.hop == ("src", "tgt")


@pytest.mark.parametrize(("sl", "s", "tl", "t"), PASSES)
def test_passes(sl: str, s: str, tl: str, t: str) -> None:
    passes(SameAsSource, pair(sl, s, tl, t))


def test_near_copy_with_one_word_translated() -> None:
    (f,) = fails(SameAsSource, pair("en", "Data protection experts welcomed the change.",
                                    "de", "Data protection experts begrüßten the change."))
    assert f.spans[0].text == "Data protection experts begrüßten the change."


def test_source_sentence_copied_inside_a_merged_segment() -> None:
    from .checkhelpers import context

    ctx = context(
        [("src", "fr", "Seul un métro sur deux circulera sur les lignes A et B. "
                       "La ligne C ne fonctionnera qu’entre 7 heures et 20 heures.", None),
         ("tgt", "en", "Only one metro in two will run on lines A and B. "
                       "La ligne C ne fonctionnera qu’entre 7 heures et 20 heures.", "src")],
        beads={("src", "tgt"): [([1, 2], [1, 2])]},
    )
    (f,) = fails(SameAsSource, ctx)
    assert f.spans[0].text.startswith("La ligne C ne fonctionnera")


def test_whole_segment_copy_is_same_as_source_not_also_untranslated() -> None:
    from .checkhelpers import all_findings

    ctx = pair("en", "Encrypted backups were the feature users requested most often.",
               "de", "Encrypted backups were the feature users requested most often.")
    assert [f.check for f in all_findings(ctx)] == ["same-as-source"]


def test_close_languages_share_words_without_copying() -> None:
    # Catalan from Spanish: 0.91 alike, and a careful translation
    es = "La final se disputará el 26 de abril en el Estadio de la Cartuja de Sevilla."
    ca = "La final es disputarà el 26 d'abril a l'Estadi de la Cartuja de Sevilla."
    passes(SameAsSource, pair("es", es, "ca", ca))
    assert fails(SameAsSource, pair("es", es, "ca", es))  # a verbatim copy still counts
    # Indonesian from Javanese: a title-and-name sentence shares most of its words
    jv = "Kepala Desa Tegalsari, Kecamatan Ceper, Kabupaten Klaten, Sutrisno (54), wis ditahan dening kejaksaan."
    id_ = "Kepala Desa Tegalsari, Kecamatan Ceper, Kabupaten Klaten, Sutrisno (54), sudah ditahan oleh kejaksaan."
    passes(SameAsSource, pair("jv", jv, "id", id_))


def test_a_foreign_sentence_with_a_translated_attribution_is_untranslated_not_a_copy() -> None:
    from auditor.core.checks.runner import run_checks

    mn = "Одоо хонь малаа услах ус олдохгүй, уурхайн тоос шороонд дарагдаж байна гэж Энхтуяа хэлэв."
    en = "Одоо хонь малаа услах ус олдохгүй, уурхайн тоос шороонд дарагдаж байна, Enkhtuya said."
    got = {f.check for f in run_checks(pair("mn", mn, "en", en))[0]}
    assert "untranslated-span" in got and "same-as-source" not in got


def test_a_dateline_whose_only_words_are_a_date_is_not_a_copy() -> None:
    passes(SameAsSource, pair("es", "Lamay (Calca), 20 de mayo de 2025 (Radio Illariy).",
                              "en", "Lamay (Calca), 20 May 2025 (Radio Illariy)."))


def test_a_quotation_the_parent_left_untranslated_is_reported_there_not_again() -> None:
    # the Hindi left an English quotation; the back-translation into English copies it
    ctx = context([
        ("en", "en", "“If they don't get their wages before Eid, we will block the road again,” Mridha said.", None),
        ("hi", "hi", "“If they don't get their wages before Eid, we will block the road again,” मृधा ने कहा।", "en"),
        ("en2", "en", "“If they don't get their wages before Eid, we will block the road again,” Mridha said.", "hi"),
    ])
    assert [f.witness for f in findings(SameAsSource, ctx)] == []  # hi: untranslated-span's (mixed scripts)


def test_a_sentence_half_translated_around_a_copied_quotation_is_untranslated_span() -> None:
    from auditor.core.checks.untranslated_span import UntranslatedSpan

    fr = ("Pour Aminata Ndiaye-Sow, maire de Saint-Louis, au Sénégal, le fonds devra « aller d’abord aux villes "
          "qui ont le moins contribué au problème ».")
    en = ("For Aminata Ndiaye-Sow, mayor of Saint-Louis in Senegal, the fund must “aller d’abord aux villes "
          "qui ont le moins contribué au problème”.")
    passes(SameAsSource, pair("fr", fr, "en", en))
    (f,) = findings(UntranslatedSpan, pair("fr", fr, "en", en))
    assert f.spans[0].text == "aller d’abord aux villes qui ont le moins contribué au problème"


def test_a_copied_sentence_is_not_also_an_addition_for_its_length() -> None:
    from .checkhelpers import all_findings

    # English left in a Chinese translation is three times as long as Chinese would be: one
    # problem (the copy), not also text added
    en = ("The new library opened on Monday in the city centre. It has room for two hundred readers. "
          "The building cost the city a great deal of money. Children can borrow books for free. "
          "The library is open every day except Sunday. A café on the ground floor sells coffee and cake. "
          "The mayor thanked the architects for their work. Many residents came to the opening. "
          "Visitors praised the bright reading rooms. If a book is damaged, report it at the front desk and "
          "pay for the repair. The old library will become a museum.")
    zh = ("新图书馆周一在市中心开馆。 馆内可容纳两百名读者。 这座建筑花费了市政府大量资金。 儿童可以免费借书。 "
          "图书馆除周日外每天开放。 一楼的咖啡馆出售咖啡和蛋糕。 市长感谢建筑师们的工作。 许多居民参加了开馆仪式。 "
          "参观者称赞明亮的阅览室。 If a book is damaged, report it at the front desk and pay for the repair. "
          "旧图书馆将改建为博物馆。")
    got = [(f.check, f.spans[0].text) for f in all_findings(pair("en", en, "zh", zh))]
    assert got == [("same-as-source", "If a book is damaged, report it at the front desk and pay for the repair.")]


def test_a_tamil_sentence_pasted_elsewhere_in_a_retelling_is_found() -> None:
    # Tamil vowel signs are no \w: the copy test must read whole Tamil words to find the copy
    ta = ("மீனவர்கள் போராட்டம் தொடங்கினர். அமைச்சர் நிவாரணம் அறிவித்தார். "
          "“மூன்று பிள்ளைகளை வைத்துக்கொண்டு வீட்டுச் செலவுக்கு என்ன செய்வதென்றே தெரியவில்லை” என்றார் அவர்.")
    en = ("Fishermen began a strike. “மூன்று பிள்ளைகளை வைத்துக்கொண்டு வீட்டுச் செலவுக்கு என்ன செய்வதென்றே "
          "தெரியவில்லை” என்றார் அவர். The minister announced relief.")
    ctx = context([("ta", "ta", ta, None), ("en", "en", en, "ta")],
                  beads={("ta", "en"): [([1], [1]), ([], [2]), ([2], [3]), ([3], [])]})
    (f,) = [f for f in findings(SameAsSource, ctx) if f.witness == "en"]
    assert f.spans[0].text.startswith("“மூன்று") and f.evidence_value("kind") == "elsewhere"
