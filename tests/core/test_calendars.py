"""Other calendars (Solar Hijri, Bikram Sambat, lunar Hijri): years and dates read in Gregorian terms."""

from __future__ import annotations

import pytest

from auditor.core.bangla_calendar import bangla_to_gregorian
from auditor.core.bikram_sambat import bs_to_gregorian
from auditor.core.calendars import solar_hijri_to_gregorian
from auditor.core.checks.number_mismatch import NumberMismatch
from auditor.core.hijri import hijri_to_gregorian
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


@pytest.mark.parametrize(("bs", "ce"), [
    ((2080, 7, 17), (2023, 11, 3)),  # the Jajarkot earthquake
    ((2081, 7, 5), (2024, 10, 21)),
    ((2081, 1, 1), (2024, 4, 13)),  # Nepali new year
    ((2082, 1, 1), (2025, 4, 14)),
    ((2000, 1, 1), (1943, 4, 14)),
])
def test_bikram_sambat_to_gregorian(bs: tuple[int, int, int], ce: tuple[int, int, int]) -> None:
    assert bs_to_gregorian(*bs) == ce


def test_a_bikram_sambat_date_outside_the_table_or_its_month_is_none() -> None:
    assert bs_to_gregorian(1999, 1, 1) is None
    assert bs_to_gregorian(2101, 1, 1) is None
    assert bs_to_gregorian(2081, 1, 32) is None  # Baisakh 2081 has 31 days


def test_a_bikram_sambat_date_is_read_as_its_gregorian_day_and_year() -> None:
    (y, d) = extract_quantities("२०८० साल कात्तिक १७ गते राति", "ne")
    assert (d.month, d.day, d.soft) == (11, 3, False) and y.value == 2023


def test_a_bikram_sambat_date_without_a_year_and_a_month_alone_only_help() -> None:
    qs = extract_quantities("जाजरकोट, कात्तिक ५ — असोज मसान्तसम्म", "ne")
    assert all(q.soft for q in qs)
    assert {(q.month, q.day) for q in qs if q.day} >= {(10, 21)}
    assert {q.month for q in qs if not q.day} == {9, 10}  # Asoj: mid-September to mid-October


@pytest.mark.parametrize(("s", "t"), [
    ("२०८० साल कात्तिक १७ गते राति भूकम्प गयो।", "The earthquake struck on the night of 3 November 2023."),
    ("चालु आर्थिक वर्ष २०८१/८२ मा बजेट आयो।", "The budget came in the current fiscal year (2024/25)."),
    ("सन् २०१५ को भूकम्प ठूलो थियो।", "The 2015 earthquake was large."),
])
def test_a_nepali_date_converted_to_the_gregorian_calendar_is_no_changed_number(s: str, t: str) -> None:
    passes(NumberMismatch, pair("ne", s, "en", t))


def test_a_wrong_bikram_sambat_conversion_is_a_changed_number() -> None:
    (f,) = fails(NumberMismatch, pair("ne", "२०८० साल कात्तिक १७ गते राति भूकम्प गयो।",
                                      "en", "The earthquake struck on the night of 17 November 2023."))
    assert f.evidence_value("target-only") == "17 November"


@pytest.mark.parametrize(("ah", "ce"), [
    ((1446, 9, 1), (2025, 3, 1)),  # 1 Ramadan 1446
    ((1446, 1, 1), (2024, 7, 8)),  # the arithmetic calendar; Umm al-Qura says 7 July
    ((1, 1, 1), (622, 7, 19)),  # the civil epoch, 16 July 622 Julian
])
def test_hijri_to_gregorian(ah: tuple[int, int, int], ce: tuple[int, int, int]) -> None:
    assert hijri_to_gregorian(*ah) == ce


def test_a_hijri_date_beside_its_gregorian_one_may_be_dropped_or_converted() -> None:
    ar = "أعلنت الوزارة يوم الخميس 15 رمضان 1446هـ الموافق 15 مارس 2025م عن الخطة."
    passes(NumberMismatch, pair("ar", ar, "en", "The ministry announced the plan on Thursday, 15 March 2025."))
    hajj = "وصل الحجاج إلى عرفة في ١٠ ذو الحجة ١٤٤٥ هـ."
    passes(NumberMismatch, pair("ar", hajj, "en", "The pilgrims reached Arafat on 16 June 2024."))
    passes(NumberMismatch, pair("ar", hajj, "en", "The pilgrims reached Arafat."))
    passes(NumberMismatch, pair("ar", ar, "en", "The ministry announced the plan on Thursday, 15 Ramadan 1446 AH "
                                                 "(15 March 2025)."))  # kept, in English letters
    (f,) = fails(NumberMismatch, pair("ar", ar, "en", "The ministry announced the plan on Thursday, 25 March 2025."))
    assert f.evidence_value("target-only") == "25 March"


def test_safar_without_its_year_is_no_month() -> None:
    (q,) = extract_quantities("سجل الفريق 15 صفر", "ar")
    assert q.value == 15 and not q.soft


@pytest.mark.parametrize(("bs", "ce"), [
    ((1431, 1, 1), (2024, 4, 14)),  # Pohela Boishakh
    ((1430, 11, 8), (2024, 2, 21)),  # Ekushey February
    ((1431, 9, 1), (2024, 12, 16)),  # Victory Day
    ((1430, 12, 12), (2024, 3, 26)),  # Independence Day
    ((1430, 12, 30), (2024, 4, 13)),  # the last day: Falgun had 30 days with 29 February
])
def test_bangla_to_gregorian(bs: tuple[int, int, int], ce: tuple[int, int, int]) -> None:
    assert bangla_to_gregorian(*bs) == ce


def test_a_bengali_calendar_date_may_be_dropped_converted_or_kept() -> None:
    bn = "১ বৈশাখ ১৪৩১ বঙ্গাব্দে ঢাকায় মঙ্গল শোভাযাত্রা বের হয়।"
    passes(NumberMismatch, pair("bn", bn, "en", "The procession set out in Dhaka on 14 April 2024."))
    passes(NumberMismatch, pair("bn", bn, "en", "The procession set out in Dhaka on Pohela Boishakh."))
    passes(NumberMismatch, pair("bn", bn, "en", "The procession set out in Dhaka on 1 Boishakh 1431."))
    (f,) = fails(NumberMismatch, pair("bn", bn, "en", "The procession set out in Dhaka on 24 April 2024."))
    assert f.evidence_value("target-only") == "24 April"


def test_a_date_given_in_two_calendars_may_be_kept_once() -> None:
    am = "ከጥቅምት 18 እስከ 27 ቀን 2017 ዓ.ም (እ.ኤ.አ. ከኦክቶበር 28 እስከ ኖቬምበር 6 ቀን 2024) በምሥራቅ ጎጃም ተካሄደ።"
    passes(NumberMismatch, pair("am", am, "en", "The campaign ran from 28 October to 6 November 2024 in East Gojjam."))
    (f,) = fails(NumberMismatch, pair("am", am, "en", "The campaign ran from 18 October to 6 November 2024 in East Gojjam."))
    assert f.evidence_value("target-only") == "18 October"


def test_tigrinya_writes_the_ethiopian_day_first() -> None:
    qs = extract_quantities("ሓገዝ ብ12 ግንቦት 2017 ተጀሚሩ፣ ካብ 5 ግንቦት ጀሚሩ", "ti")
    dates = [(q.month, q.day, q.soft) for q in qs if q.is_date]
    assert dates == [(5, 20, False), (5, 13, True)]  # 12 Ginbot 2017 = 20 May 2025
    assert 2025.0 in [q.value for q in qs]


def test_a_year_written_apart_from_its_month_matches_the_month_of_that_year() -> None:
    ug = "2024-يىلى 1-ئايدىن 8-ئايغىچە ئېكسپورت 1.27 مىليارد يۈەنگە يەتتى."
    passes(NumberMismatch, pair("ug", ug, "en", "Exports reached 1.27 billion yuan between January and August 2024."))
    fails(NumberMismatch, pair("ug", ug, "en", "Exports reached 1.27 billion yuan between January and August 2023."))


def test_oromo_names_the_ethiopian_months() -> None:
    qs = extract_quantities("Bitootessa 12, 2017 gabaasame", "om")
    assert [(q.month, q.day) for q in qs if q.is_date and not q.soft] == [(3, 21)]  # 21 March 2025


def test_an_ethiopian_month_and_year_without_a_day() -> None:
    from auditor.core.numbers import extract_quantities

    (q,) = extract_quantities("የግንባታ ሥራው በሐምሌ 2014 ዓ.ም የተጀመረ", "am")
    assert (q.month, q.day, q.year) == (7, 0, 2022)  # Hamle 2014 E.C. begins on 8 July 2022
    # Eritrean Tigrinya names the Gregorian months so; a day before one is an Ethiopian date
    (g,) = extract_quantities("ስራሕ ህንጻ ኣብ ሓምለ 2022 ዝጀመረ", "ti")
    assert (g.month, g.year) == (7, 2022)
    eth = extract_quantities("ምዕዳል እቲ ሓገዝ ብ12 ግንቦት 2017 ዓ.ም ኣብ", "ti")
    assert (eth[0].month, eth[0].day) == (5, 20) and 2025.0 in [q.value for q in eth]


def test_a_solar_hijri_month_named_as_a_month_is_either_gregorian_month_it_spans() -> None:
    months = {q.month for q in extract_quantities("تورم در مهرماه ۳۲٫۵ درصد بود.", "fa") if q.month}
    assert months == {9, 10}  # Mehr runs from 23 September to 22 October
    assert {q.month for q in extract_quantities("در ماه آبان", "fa") if q.month} == {10, 11}
    assert not [q for q in extract_quantities("او مهر را زد.", "fa") if q.month]  # مهر alone is a seal
    passes(NumberMismatch, pair("fa", "تورم در مهرماه ۳۲٫۵ درصد بود.",
                                "en", "Inflation stood at 32.5 percent in the Iranian month ending 21 October."))


def test_bikram_sambat_dates_named_in_english_or_hindi_are_read_with_their_month() -> None:
    for text, lang in (("took effect on Chait 18, 2079 (April 1, 2023).", "en"),
                       ("नियम चैत 18, 2079 (1 अप्रैल 2023) से लागू", "hi")):
        dates = {(q.month, q.day) for q in extract_quantities(text, lang) if q.month}
        assert dates == {(4, 1)}
    # a bare year of the twenty-first century stays a Gregorian year in Hindi
    assert [q.value for q in extract_quantities("2070 तक", "hi")] == [2070.0]


def test_arabic_duals_of_scales_and_nepali_hundreds_with_a_postposition() -> None:
    assert [q.value for q in extract_quantities("الرسم اليومي البالغ ألفي شلن", "ar")] == [2000.0]
    assert [q.value for q in extract_quantities("दैनिक ६ सयभन्दा बढी पदयात्रीले", "ne")] == [600.0]


def test_a_year_kept_in_its_own_calendar_with_the_calendar_named() -> None:
    for text, years in (("in the 2016 Ethiopian fiscal year.", (2023.0, 2024.0)),
                        ("Meskerem 1, 2017 in the Ethiopian calendar", (2024.0, 2025.0)),
                        ("by the end of the Iranian year 1403", (2024.0, 2025.0)),
                        ("completed in 2567 B.E.", (2024.0,))):
        (q,) = [q for q in extract_quantities(text, "en") if q.value is not None and q.value > 1000]
        assert q.same == years, text
    (q,) = extract_quantities("in 2016 the plant opened", "en")
    assert q.same == ()


def test_a_gregorian_month_glossing_a_kept_ethiopian_year_is_no_added_number() -> None:
    am = "ዕቅዱ በ2018 ዓ.ም መጨረሻ ሁሉም 97 ጤና ጣቢያዎች የእናቶች ማቆያ እንዲኖራቸው ነው።"
    en = ("The plan is for all 97 health centres to have a maternity waiting home by September 2026, "
          "the end of the Ethiopian year 2018.")
    passes(NumberMismatch, pair("am", am, "en", en))
    fails(NumberMismatch, pair("am", am, "en", en.replace("2018", "2019")))


def test_a_solar_hijri_day_without_its_year_reads_in_two_years() -> None:
    # 15 Saratan is 5 July in 1403 and 6 July in 1404: a segment alone does not say which
    got = {(q.month, q.day) for q in extract_quantities("تا ۱۵ سرطان مهلت داده بود", "prs") if q.month}
    assert got == {(7, 5), (7, 6)}


@pytest.mark.parametrize(("text", "lang", "month", "day"), [
    ("on 1 Dhu al-Qadah 1446 AH", "en", 4, 29), ("pada 4 Zulkaidah 1446 H", "id", 5, 2),
    ("on 4 Dhu al-Hijjah 1446", "en", 5, 31), ("1 Sha'ban 1446", "en", 1, 31),
])
def test_hijri_dates_in_latin_letters_are_soft_with_their_gregorian_days(text: str, lang: str, month: int, day: int) -> None:
    qs = extract_quantities(text, lang)
    assert (month, day) in {(q.month, q.day) for q in qs if q.is_date}
    assert all(q.soft for q in qs)  # dropped or converted, they only help


def test_a_range_of_hijri_days_and_a_bare_rajab_stay_numbers() -> None:
    assert not any(q.is_date for q in extract_quantities("(20–23 Jumada al-Ula 1447 AH)", "en"))
    assert [q.value for q in extract_quantities("12 Rajab", "en")] == [12.0]


def test_a_solar_date_before_an_arabic_comma_is_read() -> None:
    from auditor.core.numbers import extract_quantities

    got = {(q.month, q.day) for q in extract_quantities("از روز چهارشنبه ۲۸ آذر، از غلظت آلاینده‌ها کاسته خواهد شد", "fa")}
    assert (12, 18) in got
