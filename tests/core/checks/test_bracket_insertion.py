"""``bracket-insertion``: editorial square brackets and unbalanced marks, from real sentences."""

from __future__ import annotations

import pytest

from auditor.core.checks.bracket_insertion import BracketInsertion

from .checkhelpers import fails, pair, passes, single

UNBALANCED = [
    ("en", "He said he showed the letter to ‘two actual (current or former) employees of the FSB. "
           "The writing style leaves no doubt.", "‘two"),
    ("en", "Its status still prevents an army. For Moscow, the islands are a bargaining chip.’", "chip.’"),
    ("en", "The agent (an FSB officer wrote this.", "(an"),
    ("ru", "Он назвал это «главным препятствием и ушёл.", "«главным"),
    ("de", "Er sagte: „Das ist das Ende. Dann ging er.", "„Das"),
    ("fi", "”Kirjasto avataan jälleen, hän sanoi.", "”"),
    ("en", "He said it was over.” Then he left.", "over.”"),
]
BALANCED = [
    ("en", "A member of Russia’s Federal Security Service (FSB) leaked this."),
    ("en", "The agents’ letters were read. Tokyo calls the islands its ‘northern territory’ today."),
    ("en", "They wrote, ‘Why Ukraine? Others must answer.’"),
    ("de", "Er sagte: „Das ist das Ende.“ Dann ging er."),
    ("ja", "書簡には「すべて決まった」とあった。"),
    ("en", "He wrote: “It is (as they say) over.”"),
    # right to left, quotes typed mirrored (as BBC Urdu does)
    ("ur", "چیئرمین نے منصوبے کو ’شمال کی توانائی کی سلامتی کے لیے ایک فیصلہ کن موڑ‘ قرار دیا۔"),
    # „…” (Polish, Romanian, Hungarian), ”…” (Finnish, Swedish), »…« (Danish, German)
    ("ro", "„Am ajuns în port”, a spus căpitanul."),
    ("fi", "”Kirjasto avataan jälleen”, hän sanoi."),
    ("da", "Han sagde »ja« og gik."),
    # elisions: Dutch ’t and ’s, the ’90s
    ("nl", "‘Het is hartverwarmend,’ zegt Van ’t Hoff uit ’s-Hertogenbosch."),
    ("en", "It was a hit in the ’90s."),
    # a suffix after a number (Turkish), a Korean particle after a closing quote
    ("tr", "Defne Lokantası’nın mutfağını 2011’den bu yana yönetiyor."),
    ("ko", "출고가는 ‘WR-350S’가 48만 9천 원이다."),
    ("ko", "축제의 주제는 ‘빛으로 물든 호수’로 정해졌다."),
    # a case ending written straight after the closing quote in Indic and Dravidian scripts
    ("kn", "ನಿವಾಸಿಗಳು ‘ಸೋಮಸಂದ್ರ ಕೆರೆ ಉಳಿಸಿ ಬಳಗ’ವನ್ನು ಕಟ್ಟಿಕೊಂಡರು."),
    ("ta", "அவர்கள் ‘ஏரி பாதுகாப்பு குழு’வை அமைத்தனர்."),
]


@pytest.mark.parametrize(("lang", "text", "span"), UNBALANCED)
def test_unbalanced(lang: str, text: str, span: str) -> None:
    (f,) = fails(BracketInsertion, single(lang, text))
    assert f.spans[0].text == span and (f.evidence_value("kind") or "").startswith("unbalanced")


@pytest.mark.parametrize(("lang", "text"), BALANCED)
def test_balanced(lang: str, text: str) -> None:
    passes(BracketInsertion, single(lang, text))


def test_mirrored_quotes_are_balanced_only_right_to_left() -> None:
    found = fails(BracketInsertion, single("en", "He called it ’a turning point‘ for the north."))
    assert sorted(f.evidence_value("mark") for f in found) == ["‘", "’"]


def test_paragraphs_are_checked_separately() -> None:
    got = fails(BracketInsertion, single("en", "He said ‘two.\n\nThen three.’ again."))
    assert [f.spans[0].text for f in got] == ["‘two", "three.’"]  # would pair up across the break
    passes(BracketInsertion, single("en", "He said ‘two.’\n\nThen three."))


def test_editorial_brackets_absent_from_the_source() -> None:
    ctx = pair(
        "bn", "শেষ পর্যন্ত কেন ইউক্রেনকেই বেছে নেওয়া হলো? প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি।",
        "en", "Why was Ukraine ultimately chosen? [The context has not changed much.]",
    )
    (f,) = fails(BracketInsertion, ctx)
    assert f.spans[0].text == "[The context has not changed much.]" and f.hop == ("src", "tgt")
    assert f.evidence_value("kind") == "editorial"


def test_brackets_present_in_the_source_or_in_a_root_are_fine() -> None:
    passes(BracketInsertion, pair("en", "He said [sic] it was so.", "de", "Er sagte [sic], es sei so."))
    passes(BracketInsertion, single("en", "He said [sic] it was so."))


def test_a_quotation_left_open_in_the_source_is_not_the_translators() -> None:
    # The source's quotation runs on past the paragraph (the English convention for a quote
    # continued in the next paragraph); the translation follows it faithfully.
    ctx = pair(
        "en", "He said: “We will stay. The town needs us.\n\nAnother paragraph begins here.",
        "ru", "Он сказал: «Мы останемся. Городу мы нужны.\n\nЗдесь начинается другой абзац.",
    )
    # Reported once, where it is: in the source.
    assert [f.witness for f in fails(BracketInsertion, ctx)] == ["src"]


def test_a_quotation_the_translator_left_open_is_flagged() -> None:
    ctx = pair(
        "en", "He said: “We will stay.” The town needs them.",
        "ru", "Он сказал: «Мы останемся. Городу они нужны.",
    )
    (f,) = fails(BracketInsertion, ctx)
    assert f.spans[0].text == "«Мы" and f.witness == "tgt"


def test_the_span_holds_a_whole_word_in_scripts_with_vowel_signs() -> None:
    (f,) = fails(BracketInsertion, single("bn", "তিনি বলেন, “মেক্সিকোর মানুষ ভালো আছে।"))
    assert f.spans[0].text == "“মেক্সিকোর"


# From NTREX's English → Bengali news: a quotation split over one-sentence lines, a curly
# quote closed by a straight one, an apostrophe after a vowel sign.
def test_a_straight_quote_left_open_in_the_source_excuses_the_translation() -> None:
    ctx = pair(
        "en", "Now we have this great relationship.\"",
        "bn", "এখন আমাদের মাঝে দারুণ সম্পর্ক রয়েছে।”",
    )
    passes(BracketInsertion, ctx)
    # A balanced straight-quoted source excuses nothing.
    ctx = pair("en", "He said \"we have this.\"", "bn", "তিনি বলেন, আমাদের এটা আছে।”")
    (f,) = fails(BracketInsertion, ctx)
    assert f.witness == "tgt" and f.evidence_value("kind") == "unbalanced-close"


@pytest.mark.parametrize("text", [
    "“চীন একাডেমিক নেতাদের সরিয়ে নিচ্ছে না; কর্পোরেটরা দিচ্ছে,\" লি বলেছেন।",
    "‘ অবিশ্বাস্য ' কীর্তি লিভিংস্টনের- বিশ্লেষণ",
    "সুতরাং হার ম্যাজেস্টি’স সিক্রেট সার্ভিসে ফিরে এসেছে।",
])
def test_mixed_quote_styles_and_apostrophes_after_vowel_signs_pair_up(text: str) -> None:
    passes(BracketInsertion, single("bn", text))


def test_a_curly_quote_turned_the_wrong_way_is_still_flagged() -> None:
    (f,) = fails(BracketInsertion, single("bn", "ইভান্স: \"এটা তো অনেক শব্দ করছে কি বলেন?“"))
    assert f.spans[0].text == "“" and f.evidence_value("kind") == "unbalanced-open"


def test_an_elision_apostrophe_at_a_word_start_in_gurmukhi() -> None:
    passes(BracketInsertion, single("pa", "ਪਰਿਵਾਰਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ ’ਤੇ ਪਹੁੰਚਾਇਆ ਗਿਆ ਹੈ।"))


def test_list_item_marks_at_a_line_start_open_nothing() -> None:
    passes(BracketInsertion, single("fr", "Le Conseil décide :\na) de prolonger le mandat ;\nb) de demander un rapport."))
    (f,) = fails(BracketInsertion, single("fr", "Il a dit a) oui et puis il est parti."))
    assert f.spans[0].text.endswith(")")


def test_a_glossing_parenthesis_absent_from_the_source_is_editorial() -> None:
    ctx = pair(
        "en", "Talks were held in Point Pedro. Fishermen attended.",
        "si", "සාකච්ඡා පේදුරුතුඩුවේදී (යාපනය අර්ධද්වීපයේ උතුරු අන්තයේ පිහිටි නගරයකි) පැවැත්විණි. ධීවරයෝ සහභාගී වූහ.",
    )
    (f,) = fails(BracketInsertion, ctx)
    assert f.spans[0].text.startswith("(යාපනය") and f.evidence_value("kind") == "gloss"
    conversion = pair("en", "The fee is 12,000 baht.", "zh", "费用为1.2万泰铢（约合人民币2100元）。")
    (g,) = fails(BracketInsertion, conversion)
    assert g.spans[0].text == "（约合人民币2100元）"
    passes(BracketInsertion, conversion, glosses=False)


def test_acronyms_and_parentheses_the_source_has_are_not_glosses() -> None:
    passes(BracketInsertion, pair("th", "ผู้ว่าการการท่องเที่ยวแห่งประเทศไทย (ททท.) กล่าว",
                                  "en", "The governor of the Tourism Authority of Thailand (TAT) said so."))
    passes(BracketInsertion, pair("de", "Das Werk kostet viel.", "en", "The plant costs a lot (FY)."))


def test_a_japanese_heading_bracket_is_a_bracket_in_the_source() -> None:
    passes(BracketInsertion, pair("ja", "【会社概要】社名：兼定株式会社", "en", "[Company Profile] Company name: Kanesada Corporation"))
    (f,) = fails(BracketInsertion, pair("en", "The fine was 37 million taka.", "bn",
                                        "জরিমানা (প্রায় ৩৭ কোটি টাকা) ধার্য করা হয়।"))
    assert f.evidence_value("kind") == "gloss"


def test_an_approximate_conversion_after_an_abbreviated_about_is_a_gloss() -> None:
    # Polish "ok." (około, about): the word ends in a full stop, not at a word boundary
    (f,) = fails(BracketInsertion, pair("en", "The damage was put at 1.75 million euros.",
                                        "pl", "Szkody oszacowano na 1,75 mln euro (ok. 7,5 mln zł)."))
    assert f.spans[0].text == "(ok. 7,5 mln zł)" and f.evidence_value("kind") == "gloss"


def test_gaelic_elisions_and_a_plural_possessive_before_a_full_stop_are_apostrophes() -> None:
    passes(BracketInsertion, single("gd", "Tha a’ chlann a’ tòiseachadh. Is e latha sònraichte a th’ ann dhuinn."))
    passes(BracketInsertion, single("en", "The only tears to be seen were the parents’. Everyone smiled."))
    # a quotation closed after a short word is still a quotation
    (f,) = fails(BracketInsertion, single("en", "He said it was ok’ and left."))
    assert f.evidence_value("kind") == "unbalanced-close" or f.spans[0].text.endswith("’")


def test_glottal_marks_of_a_transliteration_are_no_quotes() -> None:
    # Santali words end in a glottal ’ (tumdak’, tamak’): several in a paragraph with no ‘ open
    passes(BracketInsertion, single("en", "Women danced to the beat of tumdak’ and tamak’ drums."))
    # one alone, after an English word, still closes a quotation nobody opened
    (f,) = fails(BracketInsertion, single("en", "Women danced to the beat of a drum’ and sang."))
    assert "’" in f.spans[0].text


def test_an_italian_elision_before_a_space_is_no_quote() -> None:
    passes(BracketInsertion, single("it", "La traversata è durata otto ore, un po’ più del previsto."))


@pytest.mark.parametrize("note", ["(«Foreste vive», N.d.T.)", "(apie 4,3 euro – red.)", "(சுமார் 6,000 ஏக்கர்)"])
def test_a_note_that_signs_itself_or_converts_is_an_editorial_insertion(note: str) -> None:
    from auditor.core.checks.bracket_insertion import editorial_boxes

    text = f"Il progetto Păduri vii {note} è partito."
    assert [(text[s:e]) for _k, s, e in editorial_boxes(["Proiectul Păduri vii a pornit."], [text])] == [note]


def test_an_amount_converted_into_another_currency_in_brackets_is_an_insertion() -> None:
    ctx = pair("ps", "ولایتي ادارې د بیړني مرستې لپاره ۲۸ میلیونه افغانۍ ځانګړې کړې.",
               "en", "The provincial administration set aside 28 million afghanis ($390,000) for relief.")
    (f,) = fails(BracketInsertion, ctx)
    assert f.spans[0].text == "($390,000)"


def test_a_turkish_suffix_after_a_percentage_is_no_quote() -> None:
    passes(BracketInsertion, single("tr", "Maliyetin %60’ını Vakıflar karşıladı, %40’ını belediye üstlendi."))


def test_a_conversion_glossed_with_georgian_approximately() -> None:
    (f,) = fails(BracketInsertion, pair(
        "en", "Georgia will earn about $46 million a year in transit revenue from the pipeline.",
        "ka", "საქართველო კი გაზსადენიდან წელიწადში დაახლოებით 46 მლნ დოლარის (დაახლ. 127 მლნ ლარი) "
              "სატრანზიტო შემოსავალს მიიღებს."))
    assert f.spans[0].text == "(დაახლ. 127 მლნ ლარი)"


def test_a_conversion_glossed_with_ukrainian_about() -> None:
    (f,) = fails(BracketInsertion, pair(
        "en", "The board set its purchase price at 132 lira a kilo for Giresun-quality hazelnuts.",
        "uk", "Рада встановила закупівельну ціну 132 ліри (близько 160 гривень) за кілограм фундука якості «Гіресун»."))
    assert f.spans[0].text == "(близько 160 гривень)"


def test_a_gloss_the_parent_gives_in_another_sentence_is_no_insertion() -> None:
    # a retelling moved the bracket's sentence, so its bead's source has none; the parent has it
    en = ("The ministry cut the plan to 180,000 dunams (about 45,000 hectares). "
          "Farmers protested in Nasiriyah. The river fell by a metre.")
    ru = ("Фермеры протестовали в Насирии. Министерство урезало план до 180 тыс. дунамов "
          "(около 45 тыс. гектаров). Река обмелела на метр.")
    passes(BracketInsertion, pair("en", en, "ru", ru))
    fails(BracketInsertion, pair("en", en.replace(" (about 45,000 hectares)", ""), "ru", ru))


def test_a_foreign_name_given_in_its_own_script_in_brackets_is_no_gloss() -> None:
    en = "Hallwanger Antriebstechnik AG will cut 1,850 jobs in Germany."
    passes(BracketInsertion, pair("en", en, "zh", "哈尔旺格驱动技术公司（Hallwanger Antriebstechnik AG）将在德国裁员1850人。"))
    # an explanation in the witness's own script still is one
    fails(BracketInsertion, pair("en", en, "zh", "哈尔旺格驱动技术公司（一家总部位于斯图加特的汽车零部件供应商）将在德国裁员1850人。"))


def test_an_acronym_in_the_source_s_brackets_does_not_excuse_a_conversion() -> None:
    ro = "Potrivit DNA (Direcția Națională Anticorupție), primarul a primit mită de 1,24 milioane de lei."
    en = "According to the DNA (National Anticorruption Directorate), the mayor took bribes of 1.24 million lei."
    passes(BracketInsertion, pair("ro", ro, "en", en))
    ro = "Potrivit DNA, primarul a primit (în numerar) mită de 1,24 milioane de lei."
    (f,) = fails(BracketInsertion, pair("ro", ro.replace("(în numerar) ", "").replace("DNA,", "(DNA)"),
                                        "en", "According to the DNA, the mayor took bribes of 1.24 million lei (about €250,000)."))
    assert f.spans[0].text == "(about €250,000)"


def test_a_quotation_ending_in_a_plural_s_closes_past_an_apostrophe_inside_it() -> None:
    # don’t inside the quotation is an apostrophe; benefits’ then closes the ‘ (no possessive
    # stands before a comma)
    passes(BracketInsertion, single("en", "You still hear things like ‘if you don’t go picking, we’ll stop your "
                                          "benefits’, she says."))
    passes(BracketInsertion, single("en", "The workers’ union and the farmers’ group both agreed."))
    (f,) = fails(BracketInsertion, single("en", "You still hear things like ‘if you go picking, you lose your "
                                               "benefits, she says."))
    assert f.spans[0].text.startswith("‘")


def test_a_source_clause_set_in_brackets_is_no_gloss() -> None:
    ko = "2019년부터 목포~제주 항로를 운항해 온 한길해운은 2021년 540억 원을 들여 한올호를 건조했다."
    en = "Hangil Shipping (which has operated the Mokpo–Jeju route since 2019) built the Hanol in 2021 for 54 billion won."
    passes(BracketInsertion, pair("ko", ko, "en", en))
    # a fact the source does not give, in brackets, is the editor's
    glossed = en.replace("since 2019", "since 2017")
    (f,) = fails(BracketInsertion, pair("ko", ko, "en", glossed))
    assert f.evidence_value("kind") == "gloss"
