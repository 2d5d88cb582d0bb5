"""``lexicon``: WordNet's English common nouns, their lemmas and how near two of them are."""

from __future__ import annotations

import pytest

from auditor.core import lexicon


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("sacks", "sack"), ("Sack", "sack"), ("children", "child"), ("boxes", "box"), ("policemen", "policeman"),
     ("fire brigades", "fire_brigade"), ("bodies", "body"), ("quays", "quay"),
     ("union’s", "union"), ("unions'", "union")],
)
def test_noun_forms_lead_to_their_lemma(form: str, lemma: str) -> None:
    assert lexicon.noun(form) == lemma


@pytest.mark.parametrize("word", ["", "the", "quickly", "Xqzzyv", "Paris"])
def test_words_that_are_no_common_noun_have_no_lemma(word: str) -> None:
    # "Paris" is a WordNet instance (a name): names are name-variant's, not the lexicon's
    assert lexicon.noun(word) is None


def test_relations_between_nouns() -> None:
    assert lexicon.relation("sensor", "detector") == "same"
    assert lexicon.relation("sack", "bag") == "narrower"
    assert lexicon.relation("bag", "sack") == "broader"
    # two kinds of one thing are told apart by a text, not confused
    assert lexicon.relation("september", "november") is None
    assert lexicon.relation("dog", "minister") is None
    assert lexicon.near("debris", "rubble") and lexicon.near("rubble", "debris")
    assert not lexicon.near("court", "unknownword")


def test_categories_come_from_the_commonest_sense() -> None:
    assert lexicon.category("million") == "quantity"
    assert lexicon.category("year") == "time"
    assert lexicon.category("sack") == "artifact"
    assert lexicon.category("nosuchnoun") is None


def test_words_keep_offsets_hyphens_and_apostrophes() -> None:
    text = "The Port’s long-term plan"
    got = lexicon.words(text)
    assert [w for w, _, _ in got] == ["the", "port's", "long-term", "plan"]
    assert all(text[s:e].lower().replace("’", "'") == w for w, s, e in got)


@pytest.mark.parametrize("word", ["said", "quickly", "Officials", "stopped", "running", "better", "went", "bigger",
                                  "union’s"])
def test_english_words_of_any_part_of_speech_are_known(word: str) -> None:
    assert lexicon.english_word(word)


@pytest.mark.parametrize("word", ["Azulai", "kundams", "Kumasi", "the", "Berkovitz", "x2"])
def test_names_loans_and_function_words_are_not_dictionary_words(word: str) -> None:
    assert not lexicon.english_word(word)
