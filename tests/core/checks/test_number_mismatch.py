"""``number-mismatch``: real sentence pairs across scripts and number conventions."""

from __future__ import annotations

import pytest

from auditor.core.checks.number_mismatch import NumberMismatch

from .checkhelpers import fails, pair, passes, retold

PASSES = [
    ("bn", "১৭ মার্চ তিনি সেগুলো নিউজকে পাঠান।", "en", "He sent them to News on March 17."),
    ("bn", "গত ২৪ ফেব্রুয়ারি যুদ্ধ শুরু হয়।", "en", "The war began on February 24."),
    ("bn", "২০২১ সালের আগস্টে প্রস্তুতি নিচ্ছিল রাশিয়া।", "en", "In August 2021, Russia was preparing."),
    ("bn", "দ্বিতীয় বিশ্বযুদ্ধের পর শান্তিচুক্তি হয়নি।", "en", "No peace treaty was signed after World War II."),
    ("bn", "(২৯ নভেম্বর)", "en", "(29 November)"),
    ("bn", "চিঠিটি এফএসবির দুজন কর্মীকে দেখানো হয়।", "en", "The letter was shown to two FSB employees."),
    ("bn", "প্রায় ২০ লাখ মানুষ দেশ ছেড়েছে।", "en", "Some 2 million people have left the country."),
    ("ru", "Письмо отправлено 17 марта 2022 года.", "en", "The letter was sent on 17 March 2022."),
    ("ja", "書簡は3月17日に送られた。", "en", "The letter was sent on March 17."),
    ("de", "Der Umsatz stieg auf 1.500,5 Mio. Euro.", "en", "Revenue rose to 1,500.5 million euros."),
    ("fr", "Il y avait 1 500 manifestants.", "en", "There were 1,500 protesters."),
    ("en", "Three agents wrote 3 letters.", "ru", "Три агента написали 3 письма."),
    ("hi", "कीमत ३५ प्रतिशत बढ़ी।", "en", "Prices rose 35 percent."),
    ("ar", "ارتفعت الأسعار بنسبة ٣٥٪.", "en", "Prices rose by 35%."),
    ("ru", "Открытое горение ликвидировали к шести часам утра.", "en", "The open fire was put out by 6 a.m."),
    ("ru", "Здание XVII века сгорело.", "en", "The 17th-century building burned down."),
    ("en", "About 1,200 items were saved.", "bn", "প্রায় ১ হাজার ২০০টি জিনিস রক্ষা পেয়েছে।"),
    ("en", "It was put out by six.", "bn", "ভোর ছয়টার মধ্যে আগুন নিয়ন্ত্রণে আসে।"),
    # clock times on a 12-hour dial, in several spellings
    ("de", "Die Sitzung beginnt um 18.30 Uhr im Rathaus.", "en", "The meeting starts at 6.30 pm in the town hall."),
    ("fr", "Dès 6 h 30, les clients attendaient.", "en", "From 6.30 am, customers were waiting."),
    ("fr", "Ouvert de 7 heures à 13 heures.", "en", "Open from 7 am to 1 pm."),
    ("bn", "রাত সাড়ে ১০টার দিকে দুর্ঘটনা ঘটে।", "en", "The accident happened at about 10.30 pm."),
    # scale words with case endings, compound scales, decimals that are not thousands
    ("en", "More than 800,000 people were moved.", "bn", "৮ লাখের বেশি মানুষকে সরিয়ে নেওয়া হয়েছে।"),
    ("ja", "約1万2千世帯に避難指示が出た。", "en", "About 12,000 households were told to leave."),
    ("en", "He was fined 54 million roubles.", "bn", "তাঁকে ৫ কোটি ৪০ লাখ রুবল জরিমানা করা হয়।"),
    ("en", "Parlo has released version 5.0.", "de", "Parlo hat Version 5.0 veröffentlicht."),
    # idioms and editorial conversions
    ("ru", "Горячая линия работает круглосуточно.", "en", "The hotline is open 24 hours a day."),
    ("ru", "Построили дамбу длиной 3,8 километра.", "en", "A 3.8-kilometre [2.4-mile] dam was built."),
    ("ru", "Его задержали в марте 2023 года.", "en", "He was detained in March 2023."),
    ("en", "He was detained in May 2023.", "bn", "২০২৩ সালের মে মাসে তাঁকে আটক করা হয়।"),
    # Bengali clock times: quarter past, a visarga typed for a colon, hours and minutes in words
    ("en", "The crash happened at about 10:15 BST.", "bn", "দুর্ঘটনাটি প্রায় সোয়া ১০টায় ঘটেছে।"),
    ("en", "It unfolded at about 19:30 BST.", "bn", "ঘটনাটি ১৯ঃ৩০ মিনিটে ঘটে।"),
    ("en", "He entered the market at 4.40 am.", "bn", "তিনি ভোর ৪ টা ৪০ মিনিটে বাজারে প্রবেশ করেন।"),
    # numbers in words, and scale words standing alone
    ("en", "She is 100 percent certain.", "bn", "তিনি একশত ভাগ নিশ্চিত।"),
    ("bn", "তিনি একশত ভাগ নিশ্চিত।", "en", "She is certain."),  # a word is never reported missing
    ("en", "It holds more than 500 prisoners.", "bn", "এখানে ৫ শতাধিক বন্দী রয়েছে।"),
    ("en", "More than 1,000 people were killed.", "ru", "Было убито свыше тысячи людей."),
    # a phone number is digit groups, not thousands
    ("en", "Call Crimestoppers on 0800 555 111 now.", "ru", "Звоните в Crimestoppers по номеру 0800 555 111."),
    # unit conversions, ranges, a value the source gives twice, an article for one
    ("en", "The volcano sits 45 miles (72 kilometers) southeast of the capital.", "ru",
     "Вулкан находится в 72 км к юго-востоку от столицы."),
    ("en", "Waves as high as six meters (18 feet) hit.", "ru", "Ударили волны высотой шесть метров."),
    ("en", "The 550 pound hog mauled the farmer.", "ru", "Свинья весом в 250 килограмм загрызла фермера."),
    ("en", "Expect 1 to 4 inches of rain.", "ru", "Ожидается от 2,5 до 10 см осадков."),
    ("en", "New York could reach 80 degrees on Tuesday.", "ru", "В Нью-Йорке может быть до 27 градусов."),
    ("en", "The crash was about a mile away.", "bn", "দুর্ঘটনাস্থল প্রায় ১ মাইল দূরে।"),
    # Persian clock times, Swiss and Belgian French tens, parts of an hour spelt out
    ("en", "The quake struck at 4:17 am.", "fa", "زلزله در ساعت ۴ و ۱۷ دقیقه بامداد رخ داد."),
    ("en", "It has 90 seats.", "fr", "Elle compte nonante sièges."),
    ("en", "The rescue took 15 minutes.", "fr", "Le sauvetage a duré un quart d'heure."),
    ("en", "They waited 30 minutes.", "de", "Sie warteten eine halbe Stunde."),
    # a bare 24-hour hour against the 12-hour dial, ordinals in words, elided and degree-sign days
    ("it", "Domenica alle 15 al San Vito.", "en", "On Sunday at 3pm at the San Vito."),
    ("it", "Scivola al quindicesimo posto con 15 punti.", "en", "They slip to 15th place on 15 points."),
    ("it", "Dal 1° gennaio 2026 vale la norma.", "en", "The rule applies from 1 January 2026."),
    ("ca", "La llicència es va concedir l'octubre del 2023.", "es", "La licencia se concedió en octubre de 2023."),
    ("fr", "Une indemnité de 1,5\u202fmillion de takas.", "en", "Compensation of 1.5 million taka."),
    # Thai months inside unspaced words, a doubled scale, Buddhist-era years
    ("th", "จะประเมินผลอีกครั้งภายในเดือนกันยายน 2568", "en", "It will be reviewed by September 2025."),
    ("th", "รายได้ประมาณ 1.2 ล้านล้านบาท", "en", "Revenue reached about 1.2 trillion baht."),
    ("th", "มูลค่าประมาณ 3.1 หมื่นล้านบาท", "en", "It was worth about 31 billion baht."),
    ("th", "ผลผลิตของปีการผลิต 2567/68 อยู่ที่ 26.8 ล้านตัน", "en", "Output in the 2024/25 crop year was 26.8 million tonnes."),
    # a scale word before its number (Sinhala), the formal Tamil lakh, Arabic clitics and teens
    ("en", "It pledged 250 million rupees.", "si", "රුපියල් මිලියන 250ක් වෙන් කරන බවට පොරොන්දු විය."),
    ("ta", "பெறுமதி சுமார் ரூபா 18 இலட்சம்.", "en", "It is worth about 1.8 million rupees."),
    ("ar", "فاز الرمال بثلاثة أهداف مقابل هدف واحد في الجولة السابعة عشرة.", "en", "Al-Rimal won 3-1 in round 17."),
    ("ar", "يحتل الشروق المركز الحادي عشر.", "en", "Al-Shorouq are in 11th place."),
    # a conversion the translator bracketed is bracket-insertion's
    ("en", "The fee is 12,000 baht.", "zh", "费用为1.2万泰铢（约合人民币2100元）。"),
    # dates in digits (day first, or month first in American English), in Chinese numerals,
    # Vietnamese "month 9 of the year 2024"; Ukrainian тис., Pashto scales and "and"
    ("id", "Hasil diumumkan Rabu (4/12/2024) malam.", "en", "The result was announced on Wednesday night (December 4, 2024)."),
    ("de", "Die Sitzung am 04.12.2024 dauerte lange.", "en", "The meeting on 4 December 2024 ran long."),
    ("en", "The meeting on 12/4/2024 ran long.", "de", "Die Sitzung dauerte am 4 Dezember 2024 lange."),
    ("ja", "最初の頁には四月一日の日付があった。", "en", "The first page was dated 1 April."),
    ("en", "They were made between March and September 2024.", "vi", "Chúng được sản xuất từ tháng 3 đến tháng 9 năm 2024."),
    ("uk", "Першу частину коштів — 500 тис. грн — він передав у вересні.", "en",
     "He handed over the first part, 500,000 hryvnias, in September."),
    ("ps", "ټولټال ۱۶ زره او ۴۲۳ کسان راستانه شول.", "en", "In total 16,423 people returned."),
    ("ps", "هرې کورنۍ ته لس زره افغانۍ ورکول کېږي.", "en", "Each family receives 10,000 afghanis."),
    ("ps", "۱۳۵۰ راستنېدونکو کورنیو ته ځمکې ورکړل شوې.", "en", "Plots were given to 1,350 returnee families."),
    # Kinyarwanda: space groups, a scale before its number, months with an elided k'
    ("rw", "Hoherejwe toni 21 450 z'ikawa.", "en", "21,450 tonnes of coffee were exported."),
    ("rw", "Byinjirije igihugu miliyoni 112,4 z'amadolari.", "en", "It earned the country 112.4 million dollars."),
    ("rw", "Urubura rwaguye mu kwezi k'Ugushyingo 2024.", "en", "Hail fell in November 2024."),
    # Finnish and Norwegian abbreviated millions
    ("fi", "Liikevaihto oli 40,2 milj. euroa.", "en", "Revenue was EUR 40.2 million."),
    # Ethiopian calendar dates and years, a range in one month; Somali day endings; a season
    ("am", "ቢሮው ኅዳር 5 ቀን 2017 ዓ.ም ባወጣው ሪፖርት አስታውቋል።", "en", "The bureau said so in a report on 14 November 2024."),
    ("am", "ዘመቻው ከጥቅምት 18 እስከ 27 ቀን 2017 ዓ.ም ተካሂዷል።", "en", "The campaign ran from 28 October to 6 November 2024."),
    ("en", "It ran from 28 October to 6 November 2024.", "so", "Waxay socotay 28-ka Oktoobar ilaa 6-da Nofembar 2024."),
    ("pt", "A campanha de vacinação 2024/2025 arranca hoje.", "en", "The 2024/25 vaccination campaign starts today."),
    ("am", "ዘመቻው ከኦክቶበር 28 እስከ ኖቬምበር 6 ቀን 2024 ተካሂዷል።", "en", "It ran from 28 October to 6 November 2024."),
    # a whole and a half in words
    ("uk", "Вистава триває 2,5 години без антракту.", "en", "The production runs for two and a half hours without an interval."),
    ("en", "The show lasts 2.5 hours.", "de", "Die Show dauert zweieinhalb Stunden."),
    ("en", "The show lasts 2.5 hours.", "es", "El espectáculo dura dos horas y media."),
    # a clock time after a month name is no day of it; Hindi ordinals; a Solar Hijri month
    ("en", "It was 6:40 on a Saturday in February.", "fr", "Un samedi de février, 6 h 40."),
    ("hi", "तीसरे नंबर पर उतरे शेखावत ने 141 रन बनाए।", "en", "Shekhawat, who came in at number 3, made 141."),
    ("fa", "این کتابخانه تا پایان اسفند ۱۴۰۳ به ۱۰۰ هزار جلد خواهد رسید.", "en",
     "The library will reach 100,000 volumes by 20 March 2025."),
    # stoppage time, an hour and a half
    ("tr", "Konuk ekip 90+3'te büyük bir fırsat yakaladı.", "en", "The visitors had a golden chance three minutes into stoppage time."),
    ("ja", "作業時間は1台あたり約1.5時間です。", "en", "The work takes about an hour and a half per vehicle."),
    # a range sharing its scale, a scale in the unit or after a currency code, Hausa, a phone number
    ("ro", "Zăcământul conține între 90 și 100 de miliarde de metri cubi.", "en",
     "The field holds between 90 and 100 billion cubic metres."),
    ("ro", "Platforma va extrage circa 2,8 miliarde de metri cubi pe an.", "en", "The platform should deliver some 2.8 bcm a year."),
    ("vi", "Dự án có tổng vốn 12.500 tỷ đồng.", "en", "The project carries a total investment of VND12.5trn."),
    ("ha", "Gwamnati ta ware Naira miliyan 45 domin magunguna.", "en", "The government set aside 45 million naira for medicines."),
    ("de", "Wenden Sie sich an uns unter Telefon 0461 50392-0 bitte.", "en", "Please contact us on telephone +49 461 50392-0 please."),
]

FAILS = [
    ("it", "Domenica alle 16 al San Vito.", "en", "On Sunday at 3pm at the San Vito.", "16", "3"),
    ("de", "Die Schule wird im Juli 2025 fertig.", "en", "The school will be ready in June 2025.", "July 2025", "June 2025"),
    ("ru", "Его задержали в марте 2023 года.", "en", "He was detained in May 2023.", "March 2023", "May 2023"),
    ("hi", "दोपहर 12 बजे से 4 बजे के बीच बाहर न निकलें।", "en", "Do not go out between 12 noon and 3 pm.", "4", "3"),
    # (src lang, src, tgt lang, tgt, source-only, target-only)
    ("bn", "১৭ মার্চ তিনি সেগুলো নিউজকে পাঠান।", "en", "He sent them to News on March 18.", "17 March", "18 March"),
    ("bn", "১৭ মার্চ তিনি সেগুলো পাঠান।", "en", "He sent them on May 17.", "17 March", "17 May"),
    ("ru", "Погибли 27 человек.", "en", "Seventy-two people died, 72 in total.", "27", "72"),
    ("en", "The deal is worth $1.5 billion.", "de", "Der Deal ist 15 Mrd. Dollar wert.", "1500000000", "15000000000"),
    ("en", "The war began on February 24 in 2022.", "bn", "যুদ্ধ শুরু হয় ২৪ ফেব্রুয়ারি।", "2022", "—"),
    ("en", "He was 45 years old.", "fr", "Il avait 45 ans et 3 enfants.", "—", "3"),
    # a conversion accounts for a number only when it is right
    ("en", "Rosa is 385 miles south of Punta Eugenia.", "ru", "Роза находится в 360 км к югу от Пунта-Эухении.",
     "385", "360"),
    ("en", "Expect 3 to 6 inches of rain.", "ru", "Ожидается от 7 до 10 см осадков.", "6", "10"),
    ("en", "Waves 20 feet (6 metres) high hit.", "ru", "Ударили волны высотой 9 метров.", "20", "9"),
    ("en", "The town is 50 miles away.", "ru", "Город в 70 км отсюда.", "50", "70"),  # 80 km
    # a scale word inside an amount is no second, standalone number
    ("en", "Costs rose by 2 million euros.", "ru", "Расходы выросли на 1 миллион евро.", "2000000", "1000000"),
]


@pytest.mark.parametrize(("sl", "s", "tl", "t"), PASSES)
def test_passes(sl: str, s: str, tl: str, t: str) -> None:
    passes(NumberMismatch, pair(sl, s, tl, t))


@pytest.mark.parametrize(("sl", "s", "tl", "t", "only_src", "only_tgt"), FAILS)
def test_fails(sl: str, s: str, tl: str, t: str, only_src: str, only_tgt: str) -> None:
    (f,) = fails(NumberMismatch, pair(sl, s, tl, t))
    assert f.evidence_value("source-only") == only_src
    assert f.evidence_value("target-only") == only_tgt
    assert f.witness == "tgt" and f.hop == ("src", "tgt") and f.segments == ("tgt-s1",)
    assert {sp.witness for sp in f.spans} <= {"src", "tgt"} and f.spans


def test_null_beads_are_left_to_omission() -> None:
    ctx = pair("en", "He was 45. She was 50.", "fr", "Il avait 45 ans.")
    passes(NumberMismatch, ctx)


def test_one_number_word_each_side_that_differ_is_a_changed_number() -> None:
    (f,) = fails(NumberMismatch, pair(
        "en", "The state accuser had asked for a nine-year prison term for Kochetkov.",
        "bn", "রাষ্ট্রপক্ষের কৌঁসুলি কোচেতকভের জন্য সাত বছরের কারাদণ্ড চেয়েছিলেন।"))
    assert f.evidence_value("source-only") == "9" and f.evidence_value("target-only") == "7"
    passes(NumberMismatch, pair("en", "The state accuser had asked for a nine-year prison term.",
                                "ru", "Обвинитель просил девять лет лишения свободы."))


@pytest.mark.parametrize(("sl", "s", "tl", "t"), [
    # the number is in the source, inside a word the reader does not split ("fourballs")
    ("en", "Justin Rose, rested for the morning fourballs, beat Dustin Johnson and Brooks Koepka - "
           "ranked one and three in the world.",
     "ru", "Джастин Роуз, отдохнувший перед утренней игрой в четыре мяча, победил Дастина Джонсона и "
           "Брукса Кепку, занимающих первое и третье места в мире."),
    # sizes are not counts: "millions" against ten lakh
    ("en", "Millions of people would have been killed.", "bn", "এতে দশ লক্ষাধিক মানুষ নিহত হতে পারতো।"),
])
def test_number_words_that_render_something_else_are_left_alone(sl: str, s: str, tl: str, t: str) -> None:
    passes(NumberMismatch, pair(sl, s, tl, t))


def test_an_ordinal_accounts_for_a_digit_but_is_no_count() -> None:
    passes(NumberMismatch, pair("en", "The first line of the metro opened on Saturday.",
                                "zh", "地铁1号线于星期六开通。"))
    # "for the third time" against "четыре": an order is not a changed count
    passes(NumberMismatch, pair("en", "The mayor was elected for the third time.",
                                "ru", "Мэра избрали уже в четыре раза больше голосов."))


def test_a_number_word_does_not_stand_for_a_date_s_day() -> None:
    # "third" (3) must not account for 5月3日 when the source says May 30
    (f,) = fails(NumberMismatch, pair("en", "On Tuesday, May 30, it said it would build a third factory.",
                                      "zh", "台积电周二（5月3日）表示，将兴建第三座工厂。"))
    assert f.evidence_value("target-only") == "3 May"


def test_a_number_word_next_door_does_not_cancel_a_changed_date() -> None:
    # the cancellation of numbers an alignment slip moved into the neighbouring bead needs a
    # real match: a number word matches nothing by itself
    ctx = pair("en", "Findings are due by April 15. Six samples were taken.",
               "ru", "Выводы ожидаются к 15 мая. Взяли три пробы.")
    found = fails(NumberMismatch, ctx)
    assert any(f.evidence_value("target-only") == "15 May" for f in found)


def test_a_month_of_a_year_matches_only_in_the_same_year() -> None:
    passes(NumberMismatch, pair("de", "Die Messe findet im November 2025 statt.", "en", "The fair takes place in November 2025."))
    (f,) = fails(NumberMismatch, pair("de", "Die Messe findet im November 2025 statt.", "en", "The fair takes place in November 2024."))
    assert f.evidence_value("target-only") == "November 2024"
    # a Buddhist-era year in a Thai month of a year: พฤศจิกายน 2568 = November 2025
    passes(NumberMismatch, pair("en", "The next fair is planned for November 2025.", "th", "งานครั้งต่อไปมีกำหนดจัดในเดือนพฤศจิกายน 2568"))
    fails(NumberMismatch, pair("en", "The next fair is planned for November 2025.", "th", "งานครั้งต่อไปมีกำหนดจัดในเดือนพฤศจิกายน 2567"))


def test_a_number_word_is_matched_before_a_unit_conversion_can_take_its_digits() -> None:
    # 3.5 metres is about 11.5 feet, near the 12 of "12 hours": the 12 is the source's "twelve",
    # so the changed 3.5 → 4.5 stays visible
    (f,) = fails(NumberMismatch, pair("en", "The river rose by 3.5 metres in twelve hours.",
                                      "ja", "川は12時間で4.5メートル増水した。"))
    assert f.evidence_value("source-only") == "3.5" and f.evidence_value("target-only") == "4.5"
    passes(NumberMismatch, pair("en", "The volcano sits 45 miles (72 kilometers) southeast of the capital.",
                                "ru", "Вулкан находится в 72 км к юго-востоку от столицы."))


def test_a_small_number_may_be_spelled_in_a_language_whose_number_words_are_not_read() -> None:
    passes(NumberMismatch, pair("kmr", "Koma wan çil stran lêxistin û heta sibê man.",
                                "en", "The band played 40 songs and stayed until morning."))
    fails(NumberMismatch, pair("ru", "Группа сыграла песни и осталась до утра.",
                               "en", "The band played 40 songs and stayed until morning."))
    # a date or a large amount is no spelled number
    fails(NumberMismatch, pair("kmr", "Koma wan stran lêxistin û heta sibê man.",
                               "en", "The band played songs until 14 March and earned 25,000 lira."))


def test_the_year_of_a_date_both_sides_give_may_be_left_out_but_not_changed() -> None:
    passes(NumberMismatch, pair("ar", "قررت اللجنة مساء الخميس ٢٠ فبراير ٢٠٢٥ رفع أسعار الفائدة.",
                                "en", "The committee raised interest rates on the evening of Thursday, February 20."))
    (f,) = fails(NumberMismatch, pair("en", "The harvest opens on 1 April 2025.", "fr", "La récolte s'ouvre le 1er avril 2026."))
    assert f.evidence_value("target-only") == "2026"


def test_a_number_changed_in_a_moved_sentence_is_reported_where_it_went() -> None:
    from .checkhelpers import context

    src = " ".join(f"The river rose by {n} centimetres near the old mill overnight." for n in range(10, 20))
    tgt = " ".join(f"Der Fluss stieg über Nacht an der alten Mühle um {n} Zentimeter." for n in range(10, 20))
    src += " Food prices in Zagreb rose by 31.4 percent in January, the statistics office said. The mayor left."
    tgt += " Der Bürgermeister ging. Die Lebensmittelpreise in Zagreb stiegen im Januar um 34.1 Prozent, so das Statistikamt."
    beads = {("src", "tgt"): [*[([i], [i]) for i in range(1, 11)], ([11], []), ([12], [11]), ([], [12])]}
    ctx = context([("src", "en", src, None), ("tgt", "de", tgt, "src")], beads=beads)
    (f,) = fails(NumberMismatch, ctx)
    assert f.evidence_value("moved-from") == "src-s11" and f.evidence_value("target-only") == "34.1"
    passes(NumberMismatch, ctx, moved=False)


def test_a_scale_word_with_unread_number_words_stands_for_a_number_of_its_size() -> None:
    sd = "باقي اسڪولن لاءِ ساڍا چار ارب رپيا مختص ڪيا ويا آهن."
    passes(NumberMismatch, pair("sd", sd, "en", "Rs 4.5 billion has been allocated for the remaining schools."))
    fails(NumberMismatch, pair("sd", sd, "en", "Rs 4.5 million has been allocated for the remaining schools."))


def test_a_two_may_stand_for_both_or_the_pair() -> None:
    passes(NumberMismatch, pair("en", "Both animals ate normally during the flight.",
                                "ja", "2頭は飛行中も普段通りに餌を食べた。"))
    passes(NumberMismatch, pair("en", "To welcome the pair home, the base rebuilt an enclosure.",
                                "de", "Um die 2 Pandas zu empfangen, baute die Basis ein Gehege um."))
    # only a 2, and only as many as the other side has such words
    fails(NumberMismatch, pair("en", "Both animals ate normally.", "de", "Die 3 Tiere fraßen normal."))
    fails(NumberMismatch, pair("en", "Both sides met.", "de", "Die 2 Seiten trafen sich 2 Mal."))


def test_a_chinese_or_japanese_pair_counted_in_place_of_a_pronoun_is_no_new_number() -> None:
    passes(NumberMismatch, pair("en", "During quarantine, keepers will wean them off Danish bamboo.",
                                "ja", "検疫期間中、飼育員は2頭の餌をデンマーク産の竹から切り替えていく。"))
    # a 2 that counts no people or animals is still a number the source lacks
    fails(NumberMismatch, pair("en", "Keepers will wean them off Danish bamboo.",
                               "ja", "飼育員は2週間で餌をデンマーク産の竹から切り替えていく。"))


def test_a_swahili_scale_word_after_a_price_multiplies_it() -> None:
    passes(NumberMismatch, pair("sw", "Mradi unaogharimu Sh38.6 bilioni umezinduliwa.",
                                "en", "The KSh38.6 billion project was launched."))
    passes(NumberMismatch, pair("sw", "Serikali imetenga milioni 250 kwa boti.",
                                "en", "The government set aside 250 million for boats."))


def test_twice_is_two() -> None:
    passes(NumberMismatch, pair("en", "Sync is now up to twice as fast.", "ja", "同期が最大2倍速くなりました。"))
    passes(NumberMismatch, pair("de", "Die Anlage wurde zweimal erweitert.", "en", "The plant was expanded 2 times."))


def test_a_size_of_data_keeps_its_unit_scale() -> None:
    fails(NumberMismatch, pair("de", "Behalten Sie 2 TB Speicherplatz.", "pl", "Zachowaj 2 GB miejsca."))
    passes(NumberMismatch, pair("en", "Files larger than 50 GB can't be uploaded.", "ja", "50 GBを超えるファイルはアップロードできません。"))
    passes(NumberMismatch, pair("en", "The download is 250 MB.", "fr", "Le téléchargement fait 250 Mo."))
    # millibars are written in lower case, and are no megabytes
    passes(NumberMismatch, pair("en", "Pressure fell to 980 mb.", "de", "Der Luftdruck fiel auf 980 hPa."))


def test_a_roman_numeral_may_account_for_a_number() -> None:
    passes(NumberMismatch, pair("es", "La campaña se lleva a cabo junto con la V Región Sanitaria.",
                                "en", "The campaign is run jointly with the 5th Health Region."))
    fails(NumberMismatch, pair("es", "La campaña se lleva a cabo junto con la V Región Sanitaria.",
                               "en", "The campaign is run jointly with the 6th Health Region."))


def test_a_number_moved_two_sentences_is_no_change() -> None:
    # the translation gives the cheesemaker's age in his first sentence, the source two later
    fr = ("Le maître fromager Thibaut Bourgeois commence sa journée très tôt. Le lait est chauffé dans des cuves "
          "en cuivre. « Le comté est un produit vivant », explique Thibaut Bourgeois, 34 ans.")
    en = ("Master cheesemaker Thibaut Bourgeois, 34, starts his day very early. The milk is heated in copper vats. "
          "“Comté is a living product,” says Thibaut Bourgeois.")
    passes(NumberMismatch, pair("fr", fr, "en", en))
    # a number changed in place is still reported, moved or not
    fails(NumberMismatch, pair("fr", fr, "en", en.replace("34", "43")))


def test_a_day_of_the_month_alone_may_become_a_weekday_or_go() -> None:
    # Korean datelines give the day of the month (28일); English wire copy the weekday
    passes(NumberMismatch, pair("ko", "회사는 28일 실적을 공시했다.", "en", "The company reported its results on Tuesday."))
    passes(NumberMismatch, pair("ja", "気象台によると、18日の降雪量は89センチに達した。", "en",
                                "According to the weather office, 89 centimetres of snow fell."))
    # a plain number is still a number
    fails(NumberMismatch, pair("ko", "회사는 28명을 고용했다.", "en", "The company hired staff."))


def test_a_roman_century_with_a_french_ordinal_ending_accounts_for_its_number() -> None:
    passes(NumberMismatch, pair("en", "The collection holds fragments from the 9th to the 18th centuries.",
                                "fr", "La collection compte des fragments du IXe au XVIIIe siècle."))


def test_midnight_is_twelve_on_the_dial() -> None:
    passes(NumberMismatch, pair("de", "Der letzte Zug fährt um 0.38 Uhr ab.", "en", "The last train leaves at 12.38am."))
    passes(NumberMismatch, pair("en", "The last train leaves at 12.38am.", "zh", "末班车凌晨0点38分发车。"))
    fails(NumberMismatch, pair("de", "Der letzte Zug fährt um 0.38 Uhr ab.", "en", "The last train leaves at 12.48am."))


def test_a_sinhala_time_after_the_word_for_night_is_a_clock_time() -> None:
    passes(NumberMismatch, pair("si", "පෙරහැර රාත්‍රී 7.05ට පිටත් විය.", "en", "The procession set out at 7.05 pm."))
    fails(NumberMismatch, pair("si", "පෙරහැර රාත්‍රී 7.05ට පිටත් විය.", "en", "The procession set out at 7.50 pm."))


def test_two_sentences_that_traded_places_keep_their_numbers() -> None:
    es = ("El Consejo catará unas 4.000 muestras. Garrido habló en Logroño. "
          "Las ventas alcanzaron 176,3 millones de litros, un 2,8 % menos.")
    en = ("Sales reached 176.3 million litres, down 2.8%. Garrido spoke in Logroño. "
          "The council will taste some 4,000 samples.")
    passes(NumberMismatch, pair("es", es, "en", en))
    # one of the two numbers changed: not a clean swap, reported
    fails(NumberMismatch, pair("es", es, "en", en.replace("4,000", "40,000")))


def test_the_number_of_a_designation_alone_on_one_side_is_no_mismatch() -> None:
    passes(NumberMismatch, pair("ja", "コロナ禍前の水準を上回った。", "en", "It was above the level before the COVID-19 pandemic."))
    fails(NumberMismatch, pair("ja", "コロナ禍前の水準を上回った。", "en", "It was above the level of 19 years ago."))


def test_a_range_of_days_in_one_month_is_two_dates_in_cjk() -> None:
    en = "Yi Peng this year falls on 15–16 November 2024."
    passes(NumberMismatch, pair("en", en, "ja", "今年のイーペン祭りは2024年11月15～16日に開かれる。"))
    passes(NumberMismatch, pair("en", en, "zh", "今年的水灯节在2024年11月15日至16日举行。"))
    fails(NumberMismatch, pair("en", en, "ja", "今年のイーペン祭りは2024年11月15～17日に開かれる。"))


def test_a_score_written_with_a_colon_is_the_same_score_written_with_a_dash() -> None:
    pl = "Grom pokonał Orła 3:2 (25:22, 23:25, 25:19, 22:25, 15:12) i odskoczył na 16:10."
    en = "Grom beat Orzeł 3-2 (25-22, 23-25, 25-19, 22-25, 15-12) and pulled away to 16-10."
    passes(NumberMismatch, pair("pl", pl, "en", en))
    fails(NumberMismatch, pair("pl", pl, "en", en.replace("23-25", "21-25")))


def test_a_retelling_moves_a_number_with_its_sentence_as_far_as_it_likes() -> None:
    src = ("The mill opened in 1911. It employs 412 people. Sales rose. Prices fell. Rain came. "
           "Roads closed. Exports grew by 18 percent.")
    tgt = ("Exports grew by 18 percent. The mill opened in 1911. Sales rose. Prices fell. Rain came. "
           "Roads closed. It employs 412 people.")
    ctx = pair("en", src, "en", tgt)  # aligned 1-1 in order: the two numbered sentences miss
    retold_ctx = retold(ctx)
    passes(NumberMismatch, retold_ctx)
    fails(NumberMismatch, ctx)  # a translation does not move numbers six sentences


def test_a_retelling_may_repeat_a_number_the_source_gives_once() -> None:
    # the retelling's headline repeats the 412 its third sentence gives; the source says it once.
    # A number the source has nowhere (a transposition) is still reported
    src = "Workers met on Monday. Talks went on. The mill employs 412 people."
    tgt = "Mill of 412 jobs in talks. Workers met on Monday. Talks went on. The mill employs 412 people."
    passes(NumberMismatch, retold(pair("en", src, "en", tgt)))
    bad = "Mill of 421 jobs in talks. Workers met on Monday. Talks went on. The mill employs 412 people."
    (f,) = fails(NumberMismatch, retold(pair("en", src, "en", bad)))
    assert f.evidence_value("target-only") == "421"


def test_a_retelling_that_only_leaves_a_number_out_is_left_to_omission() -> None:
    # a retelling's headline drops the amount the source's headline gives: a cut, not a changed number
    src = "Firm signs 4 trillion won deal. Workers met on Monday. Talks went on."
    tgt = "Firm signs battery deal. Workers met on Monday. Talks went on."
    passes(NumberMismatch, retold(pair("en", src, "en", tgt)))
    (f,) = fails(NumberMismatch, pair("en", src, "en", tgt))  # a translation's dropped number still is one
    assert f.evidence_value("target-only") == "—"


def test_a_weekday_with_day_and_month_in_brackets_is_a_date() -> None:
    # Indonesian and Vietnamese news date a day as "Senin (3/2)"; the English keeps it or spells it out
    passes(NumberMismatch, pair("id", "Ia berbicara kepada wartawan pada Senin (3/2).",
                                "en", "He spoke to reporters on Monday, 3 February."))
    passes(NumberMismatch, pair("vi", "Ông phát biểu với báo chí vào thứ Hai (3/2).",
                                "en", "He spoke to reporters on Monday (3/2)."))
    fails(NumberMismatch, pair("id", "Ia berbicara kepada wartawan pada Senin (3/2).",
                               "en", "He spoke to reporters on Monday, 2 March."))


def test_a_retelling_that_moves_a_day_into_another_month_named_elsewhere_is_reported() -> None:
    # "by the end of March" elsewhere in the text is no witness for 9 March
    src = "Power was back by 9 February. Crews worked in the cold. New units arrive by the end of March."
    tgt = "Power was back by 9 March. Crews worked in the cold. New units arrive by the end of March."
    (f,) = fails(NumberMismatch, retold(pair("en", src, "en", tgt)))
    assert f.evidence_value("target-only") == "9 March"
    passes(NumberMismatch, retold(pair("en", src, "en", src)))


def test_a_hijri_date_in_latin_letters_may_be_dropped_beside_its_gregorian_one() -> None:
    src = "The first flights land on 1 Dhu al-Qadah 1446 AH (29 April 2025), the authority said."
    passes(NumberMismatch, pair("en", src, "id", "Penerbangan pertama mendarat pada 29 April 2025, kata otoritas."))
    passes(NumberMismatch, pair("en", src, "id", "Penerbangan pertama mendarat pada 1 Zulkaidah 1446 H, kata otoritas."))
    # a Gregorian date that is none of its readings is still a changed date
    (f,) = fails(NumberMismatch, pair("en", src, "id", "Penerbangan pertama mendarat pada 9 April 2025, kata otoritas."))
    assert "9 April" in (f.evidence_value("target-only") or "")


def test_a_month_inside_a_word_is_no_month_lost() -> None:
    # das Augusthochwasser 2002 = the August 2002 flood; a month named on the other side keeps a
    # changed month a changed month
    passes(NumberMismatch, pair("de", "Der Fluss stand so hoch wie seit dem Augusthochwasser 2002 nicht mehr.",
                                "en", "The river stood at its highest since the August 2002 flood."))
    fails(NumberMismatch, pair("de", "Die Werft soll bis Juni 2029 fertig sein.",
                               "en", "The shipyard is to be finished by July 2029."))


def test_a_second_half_minute_counted_from_kick_off_is_the_same_minute() -> None:
    es = ("El partido fue intenso. Tras el descanso, a los 22 minutos, Ibarguren clavó un tiro libre. "
          "El público celebró. Costanera resistió hasta el final.")
    en = ("The match was intense. After the break, in the 67th minute, Ibarguen curled in a free kick. "
          "The crowd celebrated. Costanera held on to the end.")
    passes(NumberMismatch, pair("es", es, "en", en))
    f = fails(NumberMismatch, pair("es", es, "en", en.replace("67th", "68th")))
    assert f[0].spans[0].text == "68"


def test_a_conversion_added_in_brackets_is_bracket_insertions_even_beside_the_sources_own_brackets() -> None:
    de = "Die Brenntal AG (WKN: A3E7KP) steigerte ihren Umsatz auf 128,4 Millionen Euro. Der Vorstand ist zufrieden."
    en = ("Brenntal AG (WKN: A3E7KP) increased its revenue to €128.4 million (about US$139 million). "
          "The board is satisfied.")
    passes(NumberMismatch, pair("de", de, "en", en))
    (f,) = fails(NumberMismatch, pair("de", de, "en", en.replace("128.4", "182.4")))
    assert f.spans[0].text.startswith("182.4")
