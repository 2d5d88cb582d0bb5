"""Glossary term matching: case, inflection, multi-word terms, unspaced scripts, loose mode."""

from __future__ import annotations

from auditor.core.checks.terms import find_any, find_term


def test_inflected_multiword_term() -> None:
    text = "Представитель Следственного комитета отказался."
    (h,) = find_term(text, "Следственный комитет", "ru")
    assert text[h.start : h.end] == "Следственного комитета"


def test_words_must_be_adjacent() -> None:
    assert not find_term("The committee, investigative as ever, met.", "investigative committee", "en")
    assert find_term("a long-press gesture", "long press", "en")  # a hyphen joins


def test_unspaced_scripts_match_substrings() -> None:
    (h,) = find_term("大雨特別警報が出た", "特別警報", "ja")
    assert (h.start, h.end) == (2, 6)


def test_loose_mode_accepts_compounds_only_when_asked() -> None:
    assert not find_term("Die Weltpremierenfeier war lang.", "Weltpremiere", "de")
    assert find_term("Die Weltpremierenfeier war lang.", "Weltpremiere", "de", loose=True)
    assert not find_term("the Investigations Committee", "Investigative Committee", "en", loose=True)


def test_find_any_prefers_the_longest_overlapping_term() -> None:
    hits = find_any("Penal colony number 2", ("penal colony", "colony"), "en")
    assert [h.text for h in hits] == ["Penal colony"]


def test_a_possessive_inside_a_term_matches_either_apostrophe() -> None:
    text = "The case was filed by the Southern District Attorney’s Office on Monday."
    for term in ("Southern District Attorney's Office", "Southern District Attorney’s Office"):
        (h,) = find_term(text, term, "en")
        assert h.text == "Southern District Attorney’s Office"
    # a clitic the term does not have still breaks it
    assert not find_term("the District’s Office", "District Office", "en")


def test_a_comma_inside_a_term_is_part_of_it() -> None:
    text = "It may apply for the Ministry of Economy, Trade and Industry’s subsidy."
    (h,) = find_term(text, "Ministry of Economy, Trade and Industry", "en")
    assert h.text == "Ministry of Economy, Trade and Industry"
    assert not find_term("the economy, trade", "economy trade", "en")  # a comma the term lacks still breaks it


def test_a_korean_term_takes_its_particle_on_a_two_syllable_word() -> None:
    # 법정 보증이: the statutory warranty with the subject particle; a Hangul letter is a syllable
    hits = find_term("모든 상품에는 배송일로부터 2년간 법정 보증이 적용됩니다.", "법정 보증", "ko")
    assert [h.text for h in hits] == ["법정 보증이"]
    assert find_term("모든 상품에는 2년간 법정 보험이 적용됩니다.", "법정 보증", "ko") == []
