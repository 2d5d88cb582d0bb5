"""``malay_numbers``: Indonesian and Malay numbers in words."""

from __future__ import annotations

import pytest

from auditor.core.malay_numbers import malay_numbers
from auditor.core.numbers import extract_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [("tujuh puluh dua", 72), ("dua belas", 12), ("sebelas", 11), ("seratus dua puluh lima", 125),
     ("tiga ribu lima ratus", 3500), ("sebelas ribu", 11000), ("seratus ribu", 100000), ("seribu", 1000),
     ("lima puluh", 50), ("dua ratus ribu", 200000)],
)
def test_numbers_in_words(text: str, value: int) -> None:
    assert list(malay_numbers(text)) == [(0, len(text), value)]


def test_a_lone_unit_word_and_a_list_are_left_to_the_word_reader() -> None:
    assert list(malay_numbers("dua rumah")) == []
    assert list(malay_numbers("dua, tiga")) == []  # two numbers, parted by a comma


def test_the_number_reader_takes_the_whole_phrase() -> None:
    got = [(q.text, q.value, q.soft) for q in extract_quantities("Tujuh puluh dua jam pertama menentukan.", "id")]
    assert got == [("Tujuh puluh dua", 72.0, True)]


@pytest.mark.parametrize("lang", ["id", "ms", "sv"])
def test_mil_is_a_mile_there_not_a_thousand(lang: str) -> None:
    assert [q.value for q in extract_quantities("Rute sepanjang 45 mil laut itu", lang)] == [45.0]


def test_mil_is_a_thousand_in_spanish() -> None:
    assert [q.value for q in extract_quantities("unos 45 mil habitantes", "es")] == [45000.0]
