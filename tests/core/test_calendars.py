"""Other calendars: Solar Hijri arithmetic, and years and dates read in their Gregorian values."""

from __future__ import annotations

import pytest

from auditor.core.calendars import solar_hijri_to_gregorian
from auditor.core.checks.number_mismatch import NumberMismatch
from auditor.core.numbers import extract_quantities

from .checks.checkhelpers import fails, pair, passes


@pytest.mark.parametrize(("sh", "ce"), [
    ((1403, 7, 15), (2024, 10, 6)),
    ((1403, 1, 1), (2024, 3, 20)),  # Nowruz
    ((1399, 1, 1), (2020, 3, 20)),
    ((1402, 12, 29), (2024, 3, 19)),
    ((1357, 11, 22), (1979, 2, 11)),
])
def test_solar_hijri_to_gregorian(sh: tuple[int, int, int], ce: tuple[int, int, int]) -> None:
    assert solar_hijri_to_gregorian(*sh) == ce


def test_a_solar_hijri_date_is_read_as_its_gregorian_day() -> None:
    (d, y) = extract_quantities("روز ۱۵ مهر ۱۴۰۳ در تهران", "fa")
    assert (d.month, d.day, d.soft) == (10, 6, False) and 2024 in y.same


@pytest.mark.parametrize(("sl", "s", "tl", "t"), [
    ("th", "งานจะจัดขึ้นที่กรุงเทพฯ ในปี 2567", "en", "The event will be held in Bangkok in 2024."),
    ("ja", "令和6年3月17日に開幕した。", "en", "It opened on 17 March 2024."),
    ("fa", "این نمایشگاه روز ۱۵ مهر ۱۴۰۳ در تهران افتتاح شد.", "en",
     "The exhibition opened in Tehran on 6 October 2024."),
])
def test_a_converted_calendar_is_no_changed_number(sl: str, s: str, tl: str, t: str) -> None:
    passes(NumberMismatch, pair(sl, s, tl, t))


def test_a_wrong_conversion_is_still_a_changed_number() -> None:
    (f,) = fails(NumberMismatch, pair("fa", "این نمایشگاه روز ۱۵ مهر ۱۴۰۳ در تهران افتتاح شد.",
                                      "en", "The exhibition opened in Tehran on 15 October 2024."))
    assert f.evidence_value("target-only") == "15 October"


def test_a_year_left_in_another_calendar_is_a_changed_number_where_that_calendar_is_not_used() -> None:
    th = "น้ำท่วมครั้งนี้รุนแรงที่สุดนับตั้งแต่ปี 2554"  # (the test splitter would cut at พ.ศ.)
    (f,) = fails(NumberMismatch, pair("th", th, "en", "The flooding was the worst since 2554."))
    assert f.evidence_value("target-only") == "2554"
    passes(NumberMismatch, pair("th", th, "en", "The flooding was the worst since 2011."))
    passes(NumberMismatch, pair("th", th, "lo", "ນ້ຳຖ້ວມຄັ້ງນີ້ຮຸນແຮງທີ່ສຸດນັບແຕ່ປີ 2554"))  # Lao counts in the same era


def test_persian_words_ordinals_and_hours() -> None:
    from auditor.core.numbers import extract_quantities

    assert [(q.text, q.value) for q in extract_quantities("سی‌وپنجمین نمایشگاه", "fa")] == [("سی\u200cوپنجمین", 35.0)]
    hours = [(q.value, q.clock) for q in extract_quantities("از ساعت ۱۰ تا ۲۰ باز است", "fa")]
    assert hours == [(10.0, True), (8.0, True)]  # 20 o'clock = 8 pm
    # an ambiguous word before a plain number is no clock: German "um 3 Prozent"
    assert [q.clock for q in extract_quantities("Der Preis stieg um 3 Prozent", "de")] == [False]


def test_a_persian_report_and_its_english_translation_agree() -> None:
    passes(NumberMismatch, pair(
        "fa", "سی‌وپنجمین نمایشگاه کتاب تهران روز چهارشنبه ۱۹ اردیبهشت ۱۴۰۳ گشایش یافت. "
              "نمایشگاه هر روز از ساعت ۱۰ تا ۲۰ باز است.",
        "en", "The 35th Tehran Book Fair opened on Wednesday, May 8, 2024. The fair is open every day "
              "from 10 am to 8 pm."))


def test_an_old_buddhist_era_year_after_a_year_word_is_converted_but_not_a_recent_gregorian_one() -> None:
    from auditor.core.numbers import extract_quantities

    (old,) = extract_quantities("วัดเชียงทองสร้างขึ้นในปี 2103", "th")
    assert old.same == (1560,)
    (recent,) = extract_quantities("ឆ្នាំ 2024", "km")
    assert recent.same == ()


def test_a_hebrew_calendar_date_in_letters_gives_its_day_and_year() -> None:
    from auditor.core.numbers import extract_quantities

    got = [(q.text, q.value) for q in extract_quantities('ביום ראשון, כ"ג בחשוון תשפ"ה', "he")]
    assert ('כ"ג', 23.0) in got and ('תשפ"ה', 5785.0) in got
    assert [q for q in extract_quantities("אב הבית", "he") if q.value] == []  # no month, no numbers
