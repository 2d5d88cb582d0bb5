"""``number-mismatch``: real sentence pairs across scripts and number conventions."""

from __future__ import annotations

import pytest

from auditor.core.checks.number_mismatch import NumberMismatch

from .checkhelpers import fails, pair, passes

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
]

FAILS = [
    ("de", "Die Schule wird im Juli 2025 fertig.", "en", "The school will be ready in June 2025.", "July", "June"),
    ("ru", "Его задержали в марте 2023 года.", "en", "He was detained in May 2023.", "March", "May"),
    ("hi", "दोपहर 12 बजे से 4 बजे के बीच बाहर न निकलें।", "en", "Do not go out between 12 noon and 3 pm.", "4", "3"),
    # (src lang, src, tgt lang, tgt, source-only, target-only)
    ("bn", "১৭ মার্চ তিনি সেগুলো নিউজকে পাঠান।", "en", "He sent them to News on March 18.", "17 March", "18 March"),
    ("bn", "১৭ মার্চ তিনি সেগুলো পাঠান।", "en", "He sent them on May 17.", "17 March", "17 May"),
    ("ru", "Погибли 27 человек.", "en", "Seventy-two people died, 72 in total.", "27", "72"),
    ("en", "The deal is worth $1.5 billion.", "de", "Der Deal ist 15 Mrd. Dollar wert.", "1500000000", "15000000000"),
    ("en", "The war began on February 24 in 2022.", "bn", "যুদ্ধ শুরু হয় ২৪ ফেব্রুয়ারি।", "2022", "—"),
    ("en", "He was 45 years old.", "fr", "Il avait 45 ans et 3 enfants.", "—", "3"),
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
