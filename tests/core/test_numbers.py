"""Number reading details that the number-mismatch tests do not reach directly."""

from __future__ import annotations

import pytest

from auditor.core.numbers import extract_quantities


@pytest.mark.parametrize(
    ("text", "lang", "value", "span"),
    [
        ("больше одной и меньше сорока восьми", "ru", 48.0, "сорока восьми"),
        ("forty-eight people", "en", 48.0, "forty-eight"),
        ("achtundvierzig Leute", "de", 48.0, "achtundvierzig"),
        ("vingt-deux personnes", "fr", 22.0, "vingt-deux"),
    ],
)
def test_tens_and_units_in_words_are_one_soft_number(text: str, lang: str, value: float, span: str) -> None:
    got = [q for q in extract_quantities(text, lang) if q.value == value]
    assert [(q.text, q.soft) for q in got] == [(span, True)]


def test_an_inflected_scale_word_after_a_hyphen_multiplies() -> None:
    (q,) = extract_quantities("полиция не подпустила 25-тысячную толпу", "ru")
    assert q.value == 25000.0 and q.text == "25-тысячную"


def test_a_hyphen_before_an_english_word_is_not_a_scale() -> None:
    (q,) = extract_quantities("a 25-year-old man", "en")
    assert q.value == 25.0 and q.text == "25"


def test_percent_words_are_not_hundreds() -> None:
    (q,) = extract_quantities("৫০ শতাংশ মানুষ", "bn")
    assert q.value == 50.0
