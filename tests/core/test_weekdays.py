"""Days of the week in many languages, and a changed day as a number-mismatch."""

from __future__ import annotations

import pytest

from auditor.core.checks.number_mismatch import NumberMismatch
from auditor.core.weekdays import any_language_day, is_day_word, weekdays_in

from .checks.checkhelpers import fails, pair, passes


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("on Tuesday, May 30", "en", [2]),
    ("во вторник и в среду", "ru", [2, 3]),
    ("lundi 1er juin", "fr", [1]),
    ("台积电周二表示", "zh", [2]),
    ("10월 1일 일요일", "ko", [7]),
    ("月曜日に開幕", "ja", [1]),
    ("na segunda-feira", "pt", [1]),
    ("ביום שני", "he", [1]),
    ("w środę", "pl", [3]),
    ("روز سه\u200cشنبه و چهارشنبه", "fa", [2, 3]),
    ("ve středu a v pátek", "cs", [3, 5]),
    ("siku ya Jumanne", "sw", [2]),
    ("बुधबार दिउँसो", "ne", [3]),
    ("புதன்கிழமை மாலை", "ta", [3]),
    ("keskiviikkona ja torstaina", "fi", [3, 4]),
    ("szerdán és pénteken", "hu", [3, 5]),
    ("v stredu a v piatok", "sk", [3, 5]),
])
def test_days_of_the_week(text: str, lang: str, days: list[int]) -> None:
    assert [d for _, _, d in weekdays_in(text, lang)] == days


@pytest.mark.parametrize(("text", "lang"), [
    ("среди жителей", "ru"),  # "among", not Wednesday (среда)
    ("a segunda vez", "pt"),  # an ordinal without -feira
    ("שני ילדים", "he"),  # "two children"
    ("w środku miasta", "pl"),  # "in the middle"
    ("minggu lalu", "id"),  # "last week"
    ("noong isang linggo", "tl"),  # "last week"
    ("v strede mesta", "sk"),  # "in the city centre"
    ("sredi mesta", "sl"),  # "in the middle of the town"
    ("средина године", "sr"),  # "the middle of the year"
    ("četvrt sata", "hr"),  # "a quarter of an hour"
])
def test_words_that_only_look_like_days(text: str, lang: str) -> None:
    assert weekdays_in(text, lang) == []


def test_the_aligner_reads_days_in_any_language() -> None:
    assert any_language_day("Donnerstag") == any_language_day("jeudi") == any_language_day("четверга") == 4
    assert any_language_day("среди") == 0


def test_a_changed_day_is_a_number_mismatch() -> None:
    (f,) = fails(NumberMismatch, pair("en", "The ministry said on Tuesday that schools would close.",
                                      "fr", "Le ministère a annoncé mercredi que les écoles fermeraient."))
    assert f.evidence_value("source-only") == "Tuesday" and f.evidence_value("target-only") == "Wednesday"
    passes(NumberMismatch, pair("en", "The ministry said on Tuesday that schools would close.",
                                "fr", "Le ministère a annoncé mardi que les écoles fermeraient."))
    # a day left out is no mismatch: translators write "yesterday" or a date instead
    passes(NumberMismatch, pair("en", "The ministry said on Tuesday that schools would close.",
                                "fr", "Le ministère a annoncé hier que les écoles fermeraient."))


def test_tok_pisin_days_and_days_in_any_script() -> None:
    assert weekdays_in("Kaunting i bin stat long Mande, 12 Julai.", "tpi") == [(25, 30, 1)]
    assert any_language_day("Sande") == 7
    assert is_day_word("星期日") and is_day_word("土曜") and is_day_word("일요일") and is_day_word("dimanche")
    assert not is_day_word("WBB") and not is_day_word("中") and not is_day_word("Bank")
