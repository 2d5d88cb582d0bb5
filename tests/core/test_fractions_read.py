"""Fractions read as one value, whichever side names the denominator first."""

from __future__ import annotations

import pytest

from auditor.core.checks.number_mismatch import NumberMismatch
from auditor.core.numbers import extract_quantities

from .checks.checkhelpers import fails, pair, passes


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("ロシアの国土のおよそ3分の2に分布している", "ja", 2 / 3),
    ("三分之一的居民", "zh", 1 / 3),
    ("주민의 4분의 3이", "ko", 3 / 4),
    ("roughly two-thirds of the territory", "en", 2 / 3),
    ("les deux tiers du territoire", "fr", 2 / 3),
    ("zwei Drittel des Gebiets", "de", 2 / 3),
    ("две трети территории", "ru", 2 / 3),
])
def test_a_fraction_is_one_quantity(text: str, lang: str, value: float) -> None:
    (q,) = [q for q in extract_quantities(text, lang) if q.value is not None]
    assert abs(q.value - value) < 1e-9


def test_per_cent_and_ordinals_are_no_fractions() -> None:
    assert [q.value for q in extract_quantities("百分之七十的资金", "zh")] != [0.7]
    assert [q.value for q in extract_quantities("in the third quarter", "en")] == [3.0]


def test_a_fraction_in_words_matches_one_in_digits() -> None:
    en = "Permafrost underlies roughly two-thirds of Russia's territory."
    passes(NumberMismatch, pair("en", en, "ja", "永久凍土はロシアの国土のおよそ3分の2に分布している。"))
    fails(NumberMismatch, pair("en", en, "ja", "永久凍土はロシアの国土のおよそ3分の1に分布している。"))


def test_a_decade_and_a_dozen_may_stand_for_their_numbers() -> None:
    passes(NumberMismatch, pair("en", "The ground is warming by 0.6 degrees per decade.",
                                "ja", "地盤は10年当たり0.6度のペースで温暖化している。"))
    passes(NumberMismatch, pair("en", "A dozen boats were lost.", "fr", "12 bateaux ont été perdus."))


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("now there is a third option", "en", 3.0),
    ("she won a fifth term in office", "en", 5.0),
    ("a third of the land", "en", 1 / 3),
    ("output fell by a third.", "en", 1 / 3),
    ("un terzo mandato", "it", 3.0),
    ("un terzo dei voti", "it", 1 / 3),
])
def test_a_denominator_that_is_also_the_ordinal_is_a_share_only_before_of(text: str, lang: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text, lang) if q.value is not None] == [pytest.approx(value)]
