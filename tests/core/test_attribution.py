"""``auditor.core.attribution``: the cue matcher and the per-language cue lists."""

from __future__ import annotations

import unicodedata

import pytest

from auditor.core.attribution import _compiled, cues_for, find_cues, knows
from auditor.core.attribution_cues import CUES


def _found(text: str, lang: str, loose: bool = False) -> list[str]:
    return [text[a:b] for a, b in find_cues(text, lang, loose)]


def test_phrases_and_core_verbs_mark_a_source_sentence() -> None:
    assert _found("According to the ministry, 40 people died.", "en") == ["According to"]
    assert _found("Forty people died, the ministry said.", "en") == ["said"]
    assert _found("Погибли 40 человек, заявил министр.", "ru") == ["заявил"]


def test_words_that_are_also_ordinary_words_only_excuse_a_translation() -> None:
    # "announced" of a date, "estimated" of a cost: no attribution in a source sentence
    assert _found("The results were announced in May.", "en") == []
    assert _found("The results were announced in May.", "en", loose=True) == ["announced"]
    assert _found("Ущерб оценивается в 2 млн рублей.", "ru") == []


def test_a_gap_word_spans_a_possessive_or_a_name() -> None:
    assert _found("По его словам, всё готово.", "ru") == ["По его словам"]
    assert _found("Nach Karjalainens Worten ist alles bereit.", "de") == ["Nach Karjalainens Worten"]
    assert _found("By the prosecutors’ calculations, it cost more.", "en", loose=True) == [
        "By the prosecutors’ calculations"]


def test_an_elided_article_stays_with_its_word() -> None:
    assert _found("D’après l’enquête, 38 % des livreurs travaillaient.", "fr") == ["D’après"]
    assert _found("« Non », a-t-elle poursuivi.", "fr") == ["t-elle"]


def test_unspaced_scripts_match_substrings_with_gaps() -> None:
    assert _found("据海关总署统计，出口增长18.4%。", "zh") == ["据海关总署统计"]
    assert _found("来年も続けたいと述べた。", "ja") == ["と述べ"]
    assert _found("出口增长18.4%。", "zh") == []


def test_arabic_vowel_signs_do_not_hide_a_cue() -> None:
    assert _found("وبيّن الحمدان أن المحافظة تضم نخلة", "ar", loose=True) == ["وبيّن"]
    assert _found("وفقًا لإحصاءات الوزارة", "ar") == ["وفقًا"]


def test_a_language_without_lists_is_not_read() -> None:
    assert not knows("xx") and cues_for("xx") is None
    assert find_cues("according to the ministry", "xx") == ()
    assert knows("pt-BR") and knows("de-CH")


@pytest.mark.parametrize("lang", sorted(CUES))
def test_every_list_compiles_to_patterns_in_nfc(lang: str) -> None:
    cues = CUES[lang]
    assert cues.phrases or cues.core, lang  # something must mark a source sentence
    for p in (*cues.phrases, *cues.core, *cues.verbs, *cues.loose):
        assert p.strip() and unicodedata.normalize("NFC", p) == p, (lang, p)
        assert p.replace("*", "").replace("...", "").strip(), (lang, p)
    for loose in (False, True):
        unspaced, patterns, rx = _compiled(lang, loose)
        assert (rx is not None) if unspaced else bool(patterns), lang


def test_korean_is_read_word_by_word_though_it_lists_hanja() -> None:
    assert _found("업계에 따르면 공급 협상이 진행 중이다.", "ko") == ["따르면"]
    # 잇따르면서 ("one after another") holds 따르면 ("according to") inside a word
    assert _found("대형 프로젝트가 잇따르면서 발주 열기는 이어질 것으로 보인다.", "ko") == []


def test_offsets_in_unspaced_scripts_survive_a_zero_width_space() -> None:
    # Khmer news often writes U+200B between words; the cue's span must still be its own text
    text = "លោកសុខ\u200bបាន\u200bនិយាយ\u200bថា ការងារនឹងបញ្ចប់"
    got = _found(text, "km", loose=True)
    assert got and all(g.replace("\u200b", "") in text.replace("\u200b", "") for g in got)
    assert _found("据\u200b海关总署统计，出口增长。", "zh") == ["据\u200b海关总署统计"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("A munkák a tervek szerint 2027 májusában fejeződnek be.", "hu"),
     ("The works are going according to plan.", "en"),
     ("Las obras avanzan según lo previsto.", "es")],
)
def test_as_planned_credits_no_one(text: str, lang: str) -> None:
    assert find_cues(text, lang, True) == ()


def test_a_cue_beside_an_as_planned_phrase_still_counts() -> None:
    text = "A polgármester szerint a munkák a tervek szerint haladnak."
    assert [text[a:b] for a, b in find_cues(text, "hu")] == ["szerint"]
