"""``repeated_terms``: repeated source phrases whose translations share nothing, and names
whose translated part changes."""

from __future__ import annotations

from auditor.core.checks.repeated_terms import name_parts, repeats, stem

from .checkhelpers import context, pair

RU = ("Из зоны подтопления эвакуированы 1150 человек. Для них открыты пять пунктов временного "
      "размещения. Глава города заявил, что ситуация под контролем. Специалисты предупреждают, что "
      "пить воду из колодцев в зоне подтопления нельзя.")
EN = ("1,150 people have been evacuated from the flood zone. Five temporary shelters have been opened "
      "for them. The mayor said the situation was under control. Specialists warn that well water in "
      "the inundation area is not safe to drink.")


def test_stem_cuts_one_inflection_ending() -> None:
    assert stem("зоны", "ru") == stem("зоне", "ru") == "зон"
    assert stem("Artefacts", "en") == stem("artefact", "en")
    assert stem("Ort", "de") == "ort"  # three letters stay
    assert stem("ወረዳዎች", "am") == stem("ወረዳ", "am") == "ወረዳ"  # Amharic plural; a syllable holds two letters


def test_a_phrase_whose_two_translations_share_nothing() -> None:
    ctx = pair("ru", RU, "en", EN)
    (r,) = repeats(ctx, ctx.alignments[0])
    assert r.bead.target == ("tgt-s4",) and r.ref.target == ("tgt-s1",) and r.term == "зоне подтопления"


def test_an_alignment_slip_is_not_an_inconsistency() -> None:
    # the translator moved the warning into the sentence before; the one aligned with the
    # source sentence says something else, and the neighbour holds ``flood zone``
    slipped = EN.replace("The mayor said the situation was under control. Specialists warn that well water in "
                         "the inundation area is not safe to drink.",
                         "The mayor said the situation was under control, and that well water in the flood "
                         "zone is not safe to drink. Specialists are testing the wells every day.")
    ctx = context([("src", "ru", RU, None), ("tgt", "en", slipped, "src")])
    assert repeats(ctx, ctx.alignments[0]) == []


def test_common_word_pairs_and_amounts_are_not_phrases() -> None:
    # ``миллионов рублей`` follows a number (number-mismatch's); ``сказал он`` pairs common words
    ctx = pair("ru", "Штраф составил 45 миллионов рублей, сказал судья. Суд заседал два дня. "
                     "Залог составил 12 миллионов рублей, сказал адвокат. Адвокат подаст жалобу.",
               "en", "The fine was 45 million roubles, the judge said. The court sat for two days. "
                     "Bail was set at 1.2 crore, according to the lawyer. The defence will appeal.")
    assert repeats(ctx, ctx.alignments[0]) == []


def test_name_parts_need_a_copied_anchor() -> None:
    de = "Das Bonhoeffer-Gymnasium wird saniert. Die Stadt zahlt. Das Bonhoeffer-Gymnasium bleibt offen."
    ctx = pair("de", de, "en", "The Bonhoeffer Grammar School will be renovated. The town pays. "
                               "The Bonhoeffer High School stays open.")
    (n,) = name_parts(ctx, ctx.alignments[0])
    assert ctx.text("tgt")[n.start:n.end] == "Bonhoeffer High" and n.reference == "Bonhoeffer Grammar"
    # a cognate (Schule/School) or a respelling is not a different translation
    ctx = pair("de", de.replace("Gymnasium", "Schule"), "en", "The Bonhoeffer School will be renovated. "
               "The town pays. The Bonhoeffer Schule stays open.")
    assert name_parts(ctx, ctx.alignments[0]) == []


def test_tibetan_syllables_are_no_phrase() -> None:
    # སྲིད་ཇུས (policy) is one word of two syllables: two translations of it prove nothing
    bo = ("རྫོང་གིས་འབྲོག་པ་ཚོར་སྲིད་ཇུས་གསར་པ་བཤད། ལས་ཁུངས་ཀྱིས་རྩྭ་ཐང་ཉམས་གསོ་བྱས། "
          "ཕྱུགས་གྲངས་ཉུང་དུ་བཏང་ནས་རྩྭ་ཐང་སྐྱེ་ཡོང་། ལུག་དང་གཡག་གི་གྲངས་ཀ་ལོ་རེར་ཞིབ་བཤེར་བྱེད། "
          "ཞང་གི་དཔོན་པོས་སྲིད་ཇུས་འདི་ལག་བསྟར་བྱེད་རྒྱུ་ཡིན་ཞེས་བཤད། ཆར་པ་ཕྱི་འགྱངས་བྱུང་། "
          "སློབ་གྲྭ་གསར་པ་ཞིག་བཙུགས་ཡོད། ནད་གཞི་ཆུང་དུ་ཕྱིན་ཡོད།")
    zh = ("县里向牧民宣讲了新政策。 该局修复了草原。 减少牲畜后草场恢复了。 牛羊数量每年核查一次。 "
          "乡长表示将落实这项规定。 今年雨季推迟。 新建了一所学校。 疾病减少了。")
    ctx = pair("bo", bo, "zh", zh)
    assert len(ctx.alignments[0].beads) == 8 and repeats(ctx, ctx.alignments[0]) == []
