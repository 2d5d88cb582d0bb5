"""Dates spelt without digits: Yoruba ordinals and the Roman calendar."""

from __future__ import annotations

import pytest

from auditor.core.spelled_dates import roman_dates, yoruba_dates


@pytest.mark.parametrize(("text", "month", "day", "year"), [
    ("a.d. IV Kal. Mart. anno MMXXIII", 2, 26, 2023),  # counted back, both ends in: 26 February
    ("a.d. IV Kal. Mart. anno MMXXIV", 2, 27, 2024),  # a leap year's February has 29 days
    ("a.d. V Id. Feb.", 2, 9, 0),  # the Ides of February are the 13th
    ("a.d. III Id. Mart.", 3, 13, 0),  # and of March the 15th
    ("pridie Non. Oct.", 10, 6, 0),  # the Nones of October are the 7th
    ("Kalendis Ianuariis", 1, 1, 0),
    ("ante diem quintum Kal. Sept.", 8, 28, 0),
])
def test_roman_calendar_dates(text: str, month: int, day: int, year: int) -> None:
    (d,) = roman_dates(text)
    assert (d.month, d.day, d.year) == (month, day, year)
    assert text[d.start : d.end_with_year] == text


def test_the_day_before_the_kalends_of_january_is_in_the_year_before() -> None:
    (d,) = roman_dates("pridie Kal. Ian. anno MMXXIV")
    assert (d.month, d.day, d.year) == (12, 31, 2023)


def test_yoruba_ordinal_dates() -> None:
    text = ("ọjọ́ kejìlélógún oṣù Kẹjọ ọdún 2025, ó bẹ̀rẹ̀ ní ọjọ́ kọkànlá oṣù Kẹjọ; "
            "ní alẹ́ ọjọ́ kẹrìndínlógún oṣù náà")
    got = [(d.month, d.day, d.year) for d in yoruba_dates(text)]
    # 22 (two on twenty), 11, and 16 (four short of twenty) of "that month"
    assert got == [(8, 22, 2025), (8, 11, 0), (8, 16, 0)]
    first = yoruba_dates(text)[0]
    assert text[first.start : first.end] == "ọjọ́ kejìlélógún oṣù Kẹjọ"


def test_a_yoruba_month_alone_and_a_word_that_is_no_month() -> None:
    assert [(d.month, d.day) for d in yoruba_dates("ní oṣù Ògún")] == [(8, 0)]
    assert yoruba_dates("oṣù mẹ́ta") == []  # three months: a count, not a month's name
