"""Name-mention helpers: tokens, candidates, inflection groups and phonetic keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.core.models import Segment
from auditor.core.names import (
    cased_mentions,
    cross_key,
    group_inflections,
    is_inflection,
    name_stem,
    phonetic_key,
    same_transliteration,
    vowel_ending_only,
    word_tokens,
)


def test_tokens_drop_clitics_and_split_scripts() -> None:
    text = "Russia’s O’Brien Washington-based プーチン大統領は ওসেচকিনের don't"
    toks = word_tokens(text)
    assert [t.text for t in toks] == ["Russia", "O’Brien", "Washington", "based", "プーチン", "大統領", "は",
                                      "ওসেচকিনের", "don"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_cased_mentions_use_the_witness_vocabulary() -> None:
    text = "News travels fast. Agents wrote to News today. The news was old. Osechkin runs Gulagu. Ask Osechkin."
    segs = []
    start = 0
    for part in text.split(". "):
        s = text.index(part, start)
        segs.append(Segment(f"w-s{len(segs) + 1}", "w", len(segs), s, s + len(part), part))
        start = s + len(part)
    ms = cased_mentions(text, "en", "w", segs)
    # 'news' is a common word here; sentence-initial words are candidates but unconfirmed
    assert [(m.text, m.confirmed) for m in ms] == [
        ("Agents", False), ("Osechkin", True), ("Gulagu", True), ("Ask", False), ("Osechkin", True)
    ]
    assert [m.segment for m in ms] == ["w-s2", "w-s4", "w-s4", "w-s5", "w-s5"]


def test_standalone_and_dotted() -> None:
    text = "Then Fox News said so, the Acad. said 5 times, and the Academy agreed."
    ms = {m.text: m for m in cased_mentions(text, "en", "w", ())}
    assert not ms["News"].standalone and not ms["Fox"].standalone
    assert ms["Acad"].dotted and not ms["Academy"].dotted


@pytest.mark.parametrize(
    ("a", "b", "lang", "expected"),
    [
        ("Russia", "Russian", "en", True),
        ("Japan", "Japanese", "en", True),
        ("Ukraine", "Ukrainian", "en", True),
        ("Осечкин", "Осечкину", "ru", True),
        ("Россия", "России", "ru", True),
        ("ওসেচকিন", "ওসেচকিনের", "bn", True),
        ("রাশিয়া", "রাশিয়ার", "bn", True),
        ("Osechkin", "Osekkin", "en", False),
        ("Putin", "Osechkin", "en", False),
        ("Kuril", "Kunashiri", "en", False),
        ("Newsweek", "News", "en", False),
    ],
)
def test_is_inflection(a: str, b: str, lang: str, expected: bool) -> None:
    assert is_inflection(a, b, lang) is expected


def test_group_inflections_picks_the_shortest_form() -> None:
    groups = group_inflections(["Osechkina", "Osechkin", "Осечкину", "Осечкин", "Putin"], "ru")
    assert groups["Осечкину"] == "Осечкин" and groups["Putin"] == "Putin"
    kept = group_inflections(["Kunashir", "Kunashiri"], "en", distinct=frozenset({"kunashir", "kunashiri"}))
    assert kept["Kunashiri"] == "Kunashiri"


def test_keys() -> None:
    assert {phonetic_key(x) for x in ("Osechkin", "Osekkin", "ওসেচকিন", "Осечкин")} == {"oskn"}
    assert phonetic_key("Austria") != phonetic_key("Australia")
    assert cross_key("Newsweek") == cross_key("নিউজউইক") == "nsk"
    assert cross_key("Russia") == cross_key("রাশিয়া")
    assert name_stem("ওসেককিনকে", "bn") == "ওসেককিন" and name_stem("Paris", "en") == "Paris"


def test_ending_rules() -> None:
    assert vowel_ending_only("Maria", "Marie") and not vowel_ending_only("Osechkin", "Osekkin")
    assert same_transliteration("Sergei", "Sergey") and same_transliteration("Zelensky", "Zelenskyy")
    assert not same_transliteration("Maria", "Marie")


def test_month_names_are_not_name_candidates() -> None:
    # Μαρτίου (of March) would otherwise look like a variant of Μάριο.
    text = "Στις 14 Μαρτίου ο δήμαρχος Μάριο Κόρντιτς μίλησε. Ο Μάριο έφυγε τον Μάιο."
    got = {m.text for m in cased_mentions(text, "el", "w", ())}
    assert "Μάριο" in got and "Κόρντιτς" in got
    assert "Μαρτίου" not in got and "Μάιο" not in got


def test_names_that_begin_like_a_month_stay_names() -> None:
    text = "In May the council met. Judge Mayer and Augusto Ruiz spoke; Mayer left early."
    got = {m.text for m in cased_mentions(text, "en", "w", ())}
    assert {"Mayer", "Augusto", "Ruiz"} <= got and "May" not in got


@given(st.text(alphabet=st.sampled_from("ab Z9.-,\n\t_xyQ"), max_size=60))
def test_the_ascii_fast_path_finds_the_words_the_regex_finds(text: str) -> None:
    from auditor.core.names import _TOKEN, _word_tokens

    assert [(t.start, t.end, t.text) for t in _word_tokens(text)] == [
        (m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def test_three_letter_language_codes_read_as_their_two_letter_ones() -> None:
    from auditor.core.normalize import expected_scripts, primary_language

    assert [primary_language(x) for x in ("ben", "eng", "deu", "ger", "rus-RU", "bn-BD")] == ["bn", "en", "de", "de", "ru", "bn"]
    assert expected_scripts("ben") == frozenset({"Bengali"})


def test_a_french_or_italian_elided_article_is_no_part_of_the_name_after_it() -> None:
    from auditor.core.names import word_tokens

    toks = [t.text for t in word_tokens("l'AeroLite S9, d'Alembert, dell'Aquila, O'Brien et l'homme")]
    assert toks[:1] == ["AeroLite"] and "Alembert" in toks and "Aquila" in toks
    assert "O'Brien" in toks and "l'homme" in toks  # a name's own apostrophe, a common word
    # a capital elided article opening a sentence capitalises a common word, not a name
    toks = [t.text for t in word_tokens("L’association a précisé. D’ailleurs, L’Oréal aussi.")]
    assert toks[:1] == ["association"] and "ailleurs" in toks and "Oréal" in toks


def test_a_hangul_s_before_a_consonant_doubles_it_as_in_a_loanword() -> None:
    from auditor.core.normalize import transliterate

    assert transliterate("홋카이도") == "hokkaido"  # not hoskaido
    assert transliterate("벳푸") == "beppu"
    assert transliterate("옷을") == "oseul"  # before a vowel the s is read


def test_uzbek_case_endings_are_one_name() -> None:
    from auditor.core.names import is_inflection

    assert is_inflection("Buxoroda", "Buxoro", "uz") and is_inflection("Toshkentning", "Toshkent", "uz")
