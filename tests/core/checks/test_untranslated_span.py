"""``untranslated-span``: tables of real sentences, then the exact-span contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.core.checks.untranslated_span import UntranslatedSpan, foreign_runs

from .checkhelpers import context, fails, findings, pair, passes, single

ROOT = Path(__file__).resolve().parents[3]

FAILS = [
    # (lang, text, the exact span expected)
    ("en", "Why was Ukraine chosen? [প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি] Others must answer.",
     "প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি"),
    ("en", "He wrote «Москва не верит слезам» and left.", "Москва не верит слезам"),
    ("en", "The email was sent on ১৭ মার্চ to the activist.", "১৭ মার্চ"),
    ("en", "Tokyo calls them the 北方領土 and wants them back.", "北方領土"),
    ("en", "The agent wrote: Уверенность была высокой, 100%, абсолютно. Nothing more.",
     "Уверенность была высокой, 100%, абсолютно"),
    ("bn", "তিনি বলেন, the scenario has not changed much at all, এবং চলে যান।",
     "the scenario has not changed much at all"),
    ("ru", "Агент написал: the scenario has not changed very much. Больше ничего.",
     "the scenario has not changed very much"),
    ("ja", "書簡には「Всё решено окончательно」とあった。", "Всё решено окончательно"),
]

PASSES = [
    ("bn", "মার্কিন ম্যাগাজিন Newsweek এক প্রতিবেদনে এ খবর জানিয়েছে।"),
    ("bn", "রাশিয়ার ফেডারেল নিরাপত্তা সংস্থা (FSB) এবং US সরকার।"),
    ("bn", "তিনি দুর্নীতিবিরোধী ওয়েবসাইট Gulagu.com চালান।"),
    ("bn", "বিস্তারিত দেখুন https://www.newsweek.com/russia-japan-war-fsb-letter-1691204 ঠিকানায়।"),
    ("bn", "যোগাযোগ: vladimir.osechkin@example.org অথবা ফোন।"),
    ("bn", "ওয়াশিংটনভিত্তিক অলাভজনক Wind of Change Research Group-এর নির্বাহী পরিচালক।"),
    ("bn", "তিনি iPhone 13 Pro ব্যবহার করেন।"),
    ("ru", "По данным журнала Newsweek, письмо написал сотрудник ФСБ."),
    ("ja", "プーチン大統領は2021年夏、日本への侵攻を準備していた。"),
    ("en", "The café’s naïve résumé was in the Übersee-Zeitung."),
    ("en", "The filter passes 5 μm particles."),
    ("en", "Vladimir Putin was preparing to invade Japan in the summer of 2021."),
    ("de", "Der Brief wurde am 17. März an Wladimir Ossetschkin geschickt."),
]


@pytest.mark.parametrize(("lang", "text", "span"), FAILS)
def test_fails(lang: str, text: str, span: str) -> None:
    got = fails(UntranslatedSpan, single(lang, text))
    assert [f.spans[0].text for f in got] == [span]
    f = got[0]
    assert f.witness == "w" and f.segments and f.suggestion == ""
    assert f.evidence_value("script") and f.evidence_value("expected")


@pytest.mark.parametrize(("lang", "text"), PASSES)
def test_passes(lang: str, text: str) -> None:
    passes(UntranslatedSpan, single(lang, text))


def test_brackets_are_outside_the_span_and_recorded() -> None:
    text = "Why? [প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি] Others must answer."
    (f,) = fails(UntranslatedSpan, single("en", text))
    s = f.spans[0]
    assert text[s.start - 1] == "[" and text[s.end] == "]"
    assert f.evidence_value("enclosed") == f"[] {s.start - 1}-{s.end + 1}"
    assert f.evidence_value("script") == "Bengali" and f.evidence_value("expected") == "Latin"


def test_native_words_between_foreign_words_make_two_spans() -> None:
    text = "He said Москва twice and then Петербург once."
    got = fails(UntranslatedSpan, single("en", text))
    assert [f.spans[0].text for f in got] == ["Москва", "Петербург"]


def test_a_line_break_ends_a_span() -> None:
    text = "Heading\nМосква\nПетербург is far."
    got = fails(UntranslatedSpan, single("en", text))
    assert [f.spans[0].text for f in got] == ["Москва", "Петербург"]


def test_thresholds_are_params() -> None:
    text = "তিনি বলেন the scenario changed এবং চলে যান।"
    passes(UntranslatedSpan, single("bn", text), min_latin_words=4)  # three words: under four
    (f,) = fails(UntranslatedSpan, single("bn", text))  # the default is two
    assert f.spans[0].text == "the scenario changed"
    # two lower-case English words left in a Bengali sentence; a brand name is not
    (g,) = fails(UntranslatedSpan, single("bn", "জমে থাকা stagnant water থেকে মশা জন্মায়।"))
    assert g.spans[0].text == "stagnant water"
    passes(UntranslatedSpan, single("bn", "তিনি Google Maps ব্যবহার করেন।"))
    passes(UntranslatedSpan, single("en", "He wrote Мы there."), min_letters=3)


def test_foreign_runs_offsets_are_exact() -> None:
    text = "ab Жж, жж cd"
    (run,) = foreign_runs(text, frozenset({"Latin"}))
    assert text[run.start : run.end] == "Жж, жж" and run.script == "Cyrillic" and run.letters == 4


SAME_SCRIPT_FAILS = [
    ("en", "Why was Ukraine chosen? Les pays entreraient dans une phase de conflit intense. Others must answer.",
     "Les pays entreraient dans une phase de conflit intense."),
    ("en", "He wrote: «Die Lage hat sich nicht sehr verändert, sagte der Agent am Ende.» Then he stopped.",
     "Die Lage hat sich nicht sehr verändert, sagte der Agent am Ende."),
    ("ru", "Агент написал письмо. Ситуація не дуже змінилася з того часу, як почалася війна. Больше ничего.",
     "Ситуація не дуже змінилася з того часу, як почалася війна."),
]
SAME_SCRIPT_PASSES = [
    ("en", "Vladimir Putin, Christo Grozev, Igor Sushko and the Wind of Change Research Group."),
    ("en", "The writing style leaves no doubt that the letter was written by an FSB operative."),
    ("en", "He ordered the pain au chocolat and a café au lait at the corner of the street."),
    ("fr", "Les pays entreraient dans une phase de conflit intense, selon la lettre."),
]


@pytest.mark.parametrize(("lang", "text", "span"), SAME_SCRIPT_FAILS)
def test_same_script_foreign_language(lang: str, text: str, span: str) -> None:
    (f,) = fails(UntranslatedSpan, single(lang, text))
    assert f.spans[0].text == span
    assert f.evidence_value("expected") == lang and float(f.evidence_value("probability") or 0) >= 0.99


@pytest.mark.parametrize(("lang", "text"), SAME_SCRIPT_PASSES)
def test_same_script_own_language(lang: str, text: str) -> None:
    passes(UntranslatedSpan, single(lang, text))


def test_language_id_can_be_switched_off() -> None:
    text = "Why? Les pays entreraient dans une phase de conflit intense. Others must answer."
    passes(UntranslatedSpan, single("en", text), language_id=False)


def test_phrase_copied_from_a_same_script_source() -> None:
    ctx = pair("en", "Companies can book the paid business version for their staff.",
               "de", "Firmen können die paid business version für ihre Mitarbeiter buchen.")
    (f,) = fails(UntranslatedSpan, ctx)
    assert f.spans[0].text == "paid business version" and f.evidence_value("kind") == "copied-phrase"
    # names and titles carried over are normal
    passes(UntranslatedSpan, pair("en", "She played in The Lost Garden at the Berlinale.",
                                  "de", "Sie spielte in The Lost Garden auf der Berlinale."))
    passes(UntranslatedSpan, ctx, copied_phrases=False)
    # file names, keys, paths and flags are code, kept in every language
    passes(UntranslatedSpan, pair("en", "The scooters use lithium-ion batteries made in Korea.",
                                  "vi", "Các xe dùng pin lithium-ion sản xuất tại Hàn Quốc."))
    # a hyphenated term with its acronym in brackets after it is still one loanword
    passes(UntranslatedSpan, pair("en", "The money will go towards two new ship-to-shore (STS) cranes.",
                                  "it", "I fondi serviranno per l’acquisto di due nuove gru ship-to-shore (STS)."))
    passes(UntranslatedSpan, pair("en", "Set the key cache.max_size in config.yaml or pass --no-cache to skip it.",
                                  "fr", "Réglez la clé cache.max_size dans config.yaml ou passez --no-cache pour l'ignorer."))
    # a loanword next to a word the target language also has is no copied phrase (Danish)
    passes(UntranslatedSpan, pair("en", "There will be workshops for school classes every Tuesday.",
                                  "da", "Der vil være workshops for skoleklasser hver tirsdag."))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ارتفع النهر ٣٫٥ أمتار في ١٢ ساعة."),  # Arabic-Indic digits
        ("fa", "سطح رودخانه در ۱۲ ساعت ۳٫۵ متر بالا آمد."),  # Extended Arabic-Indic (Persian)
        ("ur", "دریا ۱۲ گھنٹوں میں ۳ میٹر بلند ہوا۔"),
    ],
)
def test_the_digits_of_a_witness_own_script_are_not_foreign(lang: str, text: str) -> None:
    passes(UntranslatedSpan, single(lang, text))


def test_a_single_copied_word_spelt_with_a_letter_foreign_to_the_witness() -> None:
    from auditor.core.checks.copied_phrase import foreign_letters

    market = ROOT / "bench" / "data" / "checks" / "clean-fr-en-market"
    fr = (market / "fr.txt").read_text(encoding="utf-8").rstrip("\n")
    en = (market / "en.txt").read_text(encoding="utf-8").rstrip("\n")
    ctx = pair("fr", fr + "\n\nLa direction juge ces revendications « irréalistes ».",
               "en", en + "\n\nThe management considers these demands « irréalistes ».")
    (f,) = fails(UntranslatedSpan, ctx)
    assert f.spans[0].text == "irréalistes" and f.evidence_value("kind") == "copied-phrase"
    # English spells nothing with é; French does, so the same word copied there is no sign
    assert "é" in foreign_letters(en + " irréalistes") and "é" not in foreign_letters(fr)
    passes(UntranslatedSpan, ctx, min_copied_word_letters=0)


def test_a_parenthesis_left_in_the_source_language() -> None:
    src = ("Hernández said the restrictions would stay in place until the reservoirs reach 25%. "
           "Meteorologists expect little rain before the autumn.")
    tgt = ("Hernández dijo que las restricciones seguirán vigentes hasta que los embalses alcancen el 25 % "
           "(according to the regional water agency). Los meteorólogos prevén pocas lluvias antes del otoño.")
    (f,) = fails(UntranslatedSpan, pair("en", src, "es", tgt))
    assert f.spans[0].text == "according to the regional water agency" and f.evidence_value("language") == "en"
    # a quotation in a third language is kept on purpose
    tgt3 = tgt.replace("(according to the regional water agency)", "(« la situation reste encore toujours très préoccupante »)")
    passes(UntranslatedSpan, pair("en", src, "es", tgt3))


def test_a_lower_case_latin_word_copied_into_another_script() -> None:
    src = "Shares in Japan Airlines rose 2.1% in Tokyo after the announcement."
    (f,) = fails(UntranslatedSpan, pair("en", src, "ja", "発表後、日本航空の株価は東京市場で2.1% rose。"))
    assert f.spans[0].text == "rose"
    # an address or a name written in Latin is no untranslated word
    passes(UntranslatedSpan, pair("en", "The website weather.com reported rain. Global citizen organisers replied.",
                                  "ru", "Сайт weather.com сообщил о дожде. Организаторы Global citizen ответили."))


SR = ("„Сви расположиви капацитети су на терену и нико неће бити остављен без помоћи“, рекао је "
      "министар новинарима у Крушевцу. Екипе раде током целе ноћи.")
EN = ("\"All available resources are on the ground and {} ,\" the minister told reporters in Kruševac. "
      "Crews are working through the night.")


def test_a_phrase_left_in_the_source_language_inside_a_translated_quotation() -> None:
    # Serbian Cyrillic source, the end of the quote left in Serbian Latin: not copied, not a
    # whole sentence in another language, but spelt with ć and ć only there
    tgt = EN.format("niko neće biti ostavljen bez pomoći")
    (f,) = fails(UntranslatedSpan, pair("sr", SR, "en", tgt))
    assert f.spans[0].text == "niko neće biti ostavljen bez pomoći" and f.evidence_value("language") == "sr"
    # the same words translated: nothing
    passes(UntranslatedSpan, pair("sr", SR, "en", EN.format("no one will be left without help")))
    # a single foreign-looking word is not a phrase
    passes(UntranslatedSpan, pair("sr", SR, "en", EN.format("no one will be left without pomoći")))
    # nor a phrase in a third language: a quotation kept on purpose
    passes(UntranslatedSpan, pair("sr", SR, "en", EN.format("personne ne sera laissé sans aide, même là")))
    passes(UntranslatedSpan, pair("sr", SR, "en", tgt), min_phrase_rare=3)


def test_a_two_word_phrase_in_letters_the_witness_never_uses() -> None:
    # Vietnamese "thùng xốp" (foam boxes) left in an English sentence
    en = ("The fishermen clung to thùng xốp for nine hours before the rescue boat reached them. "
          "The boat left the port at dawn and searched the area for most of the day. "
          "Rescuers said the sea was rough and the wind was strong throughout the morning.")
    vi = ("Các ngư dân bám vào thùng xốp suốt chín giờ trước khi tàu cứu hộ đến. "
          "Tàu rời cảng lúc rạng sáng và tìm kiếm khu vực gần như cả ngày. "
          "Lực lượng cứu hộ cho biết biển động và gió mạnh suốt buổi sáng.")
    (f,) = fails(UntranslatedSpan, pair("vi", vi, "en", en))
    assert f.spans[0].text == "thùng xốp"


def test_a_phrase_left_untranslated_and_copied_on_is_one_finding_that_persists() -> None:
    # yo → en → fr: a Yoruba phrase left in the English quotation, copied into the French
    from pathlib import Path

    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "yo-en-fr-market"
    found = [f for f in audit_chain(load_chain(folder)).findings
             if f.check == "untranslated-span" and "ìjọba" in f.spans[0].text]
    assert [(f.witness, f.evidence_value("persists-in")) for f in found] == [("en", "fr")]


def test_japanese_kanji_and_kana_left_in_english_are_one_span() -> None:
    from auditor.core.checks.foreign_scripts import foreign_runs

    runs = foreign_runs("the work 降雪のペースに追いつかなかった and 北京 here", frozenset({"Latin"}))
    assert [(r.script, r.letters) for r in runs] == [("Kana", 15), ("Han", 2)]


def test_a_quotation_left_in_the_source_language_starts_with_a_capital() -> None:
    from auditor.core.checks.untranslated_span import UntranslatedSpan

    is_ = ("Íbúar eru rólegir. „Þetta reddast, eins og við segjum,“ bætir Einar Guðbjartsson við. "
           "Hraunið rennur til suðurs.")
    en = ("Residents are calm. “Þetta reddast, as we say,” Einar Gudbjartsson added. "
          "The lava is flowing south.")
    (f,) = fails(UntranslatedSpan, pair("is", is_, "en", en))
    assert f.spans[0].text == "Þetta reddast"


def test_text_reported_for_its_script_is_not_reported_again_for_its_language() -> None:
    ctx = pair("uk", "Споживачі житимуть за графіками погодинних відключень до кінця тижня, повідомили в обленерго.",
               "en", "Customers will operate under графіки погодинних відключень until the end of the week, the utility said.")
    got = [f.spans[0].text for f in findings(UntranslatedSpan, ctx)]
    assert got == ["графіки погодинних відключень"]


def test_a_phrase_the_source_borrowed_from_the_target_language_is_not_untranslated() -> None:
    # Taglish: the Tagalog report says "family food pack" in English; the English keeps it
    ctx = pair("tl", "Nagpadala ang DSWD ng 18,500 family food pack sa mga apektadong pamilya sa Aurora.",
               "en", "The DSWD sent 18,500 family food packs to affected families in Aurora.")
    passes(UntranslatedSpan, ctx)
    # an English phrase copied into German from an English source is still reported
    (f,) = fails(UntranslatedSpan, pair("en", "Upgrade to the paid business version today.",
                                        "de", "Wechseln Sie noch heute auf die paid business version."))
    assert f.evidence_value("kind") == "copied-phrase"
    # but not a phrase the English itself borrowed, none of its words English (yaga kundams)
    passes(UntranslatedSpan, pair("en", "Priests lit the fires in the eleven yaga kundams at dawn.",
                                  "fr", "Les prêtres ont allumé à l’aube les feux des onze yaga kundams."))


def test_the_tail_of_a_name_kept_in_its_language_is_not_untranslated() -> None:
    ctx = pair("sk", "Hlavný vjazd z Cesty k nemocnici bude štrnásť mesiacov uzavretý pre autá.",
               "en", "The main entrance from Cesta k nemocnici will be closed to cars for fourteen months.")
    passes(UntranslatedSpan, ctx)


def test_a_list_of_terms_kept_from_the_source_is_not_untranslated() -> None:
    qu = "Paykunaqa qompis, puka mama, yana imilla papa nativakunatam tarpunku."
    passes(UntranslatedSpan, pair("qu", qu, "es", "La familia siembra papas nativas como la qompis, "
                                  "la puka mama y la yana imilla."))
    # the same phrase in running text, no list of kept terms before it, is reported
    (f,) = fails(UntranslatedSpan, pair("qu", qu, "es", "La familia siembra papas nativas, sobre todo yana imilla."))
    assert f.spans[0].text == "yana imilla"
    # one copied word before it (dental is Spanish too) makes no list of kept terms
    (g,) = fails(UntranslatedSpan, pair("en", "The clinic will also offer dental care and mental health services.",
                                        "es", "La clínica ofrecerá también atención dental y mental health services."))
    assert g.spans[0].text == "mental health services"


def test_another_form_of_a_source_word_left_in_another_script_is_untranslated() -> None:
    (f,) = fails(UntranslatedSpan, pair("en", "The institute urged divers and snorkellers not to touch the coral.",
                                        "ar", "ودعا المعهد الغواصين وممارسي snorkelling إلى عدم لمس المرجان."))
    assert f.spans[0].text == "snorkelling"


def test_english_terms_kept_in_tagalog_news_are_no_untranslated_copy() -> None:
    en = "The provincial board declared a state of calamity in three towns."
    passes(UntranslatedSpan, pair("en", en, "tl", "Nagdeklara ang provincial board ng state of calamity sa tatlong bayan."))
    # the same copy in German is reported
    assert fails(UntranslatedSpan, pair("en", en, "de", "Der Provinzrat rief in drei Städten den state of calamity aus."))


def test_a_title_in_quotes_kept_in_its_language_is_no_copied_phrase() -> None:
    src = "Radio Ñemity oñepyrũ peteĩ ñemongu'e, oñembohérava “Ñamopotĩ ñande róga”, ko arateĩ."
    passes(UntranslatedSpan, pair("gn", src, "es", "Radio Ñemity inició una campaña denominada “Ñamopotĩ ñande róga”, este lunes."))
    # a quotation is no title: its words end in punctuation inside the quotes
    (f,) = fails(UntranslatedSpan, pair("fy", "‘Wy hawwe gjin kar,’ sei de dykgraaf, ‘want it wetter komt.’",
                                        "nl", "‘Wy hawwe gjin kar,’ zei de dijkgraaf, ‘want het water komt.’"))
    assert f.spans[0].text.startswith("Wy hawwe gjin kar")


def test_a_medicine_s_international_name_kept_in_latin_letters_is_no_copy() -> None:
    en = "Patients given aridenemab declined more slowly than those given a placebo over eighteen months."
    zh = "接受aridenemab治疗的患者在十八个月内的衰退速度比安慰剂组慢。"
    ctx = context([("en", "en", en, None), ("zh", "zh", zh, "en")])
    assert not [f for f in findings(UntranslatedSpan, ctx) if "aridenemab" in f.spans[0].text]


def test_an_original_title_every_ancestor_gives_in_brackets_is_kept_on_purpose() -> None:
    chain = [
        ("sr", "sr", "Nagrada za ulogu u filmu „Kuća na obali” (A parti ház) pripala je Ester Sabo.", None),
        ("en", "en", "The award for her role in “The House on the Shore” (A parti ház) went to Eszter Szabó.", "sr"),
        ("ru", "ru", "Награда за роль в фильме «Дом на берегу» (A parti ház) досталась Эстер Сабо.", "en"),
    ]
    assert not [f for f in findings(UntranslatedSpan, context(chain)) if "parti" in f.spans[0].text]
    # the same words in brackets that the English added are the English's to translate
    added = [chain[0], ("en", "en", "The award went to Eszter Szabó (for her part in the film).", "sr"),
             ("ru", "ru", "Награда досталась Эстер Сабо (for her part in the film).", "en")]
    assert [f.witness for f in findings(UntranslatedSpan, context(added)) if "part" in f.spans[0].text] == ["ru"]


def test_a_term_the_source_glosses_in_brackets_may_be_kept() -> None:
    sw = ("Bandari ya Tanga imepokea korongo mpya mbili (ship-to-shore cranes) zenye thamani ya dola milioni 24. "
          "Korongo hizo zitaongeza kasi ya kupakua makontena bandarini.")
    en = ("Tanga port has received two new ship-to-shore cranes worth 24 million dollars. "
          "The cranes will speed up the unloading of containers at the port.")
    assert not [f for f in findings(UntranslatedSpan, pair("sw", sw, "en", en)) if "ship" in f.spans[0].text]


def test_the_sources_own_gloss_in_brackets_is_no_untranslated_span() -> None:
    ko = "잘피밭 등 해양 생태계가 흡수하는 탄소를 ‘블루카본(blue carbon)’이라고 부른다. 연구진은 3년간 측정했다."
    en = "Carbon absorbed by marine ecosystems such as seagrass beds is called ‘blue carbon’. The team measured for three years."
    assert not [f for f in findings(UntranslatedSpan, pair("ko", ko, "en", en)) if f.witness == "src"]
    # audited alone, the same text may be a translation that left English in: still reported
    assert [f for f in findings(UntranslatedSpan, single("ko", ko)) if "blue carbon" in f.spans[0].text]


def test_a_name_in_its_own_characters_after_the_romanised_name_is_no_untranslated_text() -> None:
    text = ("The plant was opened by Zhou Haitao (周海濤), the mayor, and Chen Qiming (陳啓明), chairman of "
            "the company. He said (他说) it would grow.")
    got = fails(UntranslatedSpan, single("en", text))
    assert [f.spans[0].text for f in got] == ["他说"]


def test_a_bracketed_fragment_of_the_original_in_a_retelling_of_its_translation() -> None:
    from .checkhelpers import context

    tl = "Sinabi ng gobernador na iba ang lakas ni Dalisay ngayong taon. Nasira ang maraming bahay."
    en = "The governor said Dalisay's strength was different this year. Many houses were damaged."
    es = "El gobernador dijo que la fuerza de Dalisay [iba ang lakas ni Dalisay] fue distinta este año. Muchas casas resultaron dañadas."
    ctx = context([("tl", "tl", tl, None), ("en", "en", en, "tl"), ("es", "es", es, "en")])
    (f,) = fails(UntranslatedSpan, ctx)
    assert f.witness == "es" and f.spans[0].text == "iba ang lakas ni Dalisay" and f.hop == ("en", "es")
    # the same words of the original, not set apart in brackets, are the writer's own business
    plain = es.replace("[iba ang lakas ni Dalisay]", "")
    passes(UntranslatedSpan, context([("tl", "tl", tl, None), ("en", "en", en, "tl"), ("es", "es", plain, "en")]))


def test_a_retelling_s_bracketed_fragment_of_its_parent_is_found_wherever_the_sentence_went() -> None:
    from .checkhelpers import context, retold

    en = ("The dam has a fish breeding and release station. It cost 18.7 billion yuan. "
          "The first unit started on Friday.")
    es = ("La primera unidad arrancó el viernes. La represa costó 18.700 millones de yuanes y tiene una "
          "estación de cría [fish breeding and release station] de peces.")
    # the retelling moved the sentence: its bead pairs it with another English sentence
    ctx = retold(context([("en", "en", en, None), ("es", "es", es, "en")],
                         beads={("en", "es"): [([1], []), ([3], [1]), ([2], [2])]}), "es")
    (f,) = fails(UntranslatedSpan, ctx)
    assert f.spans[0].text == "fish breeding and release station"
    # a conilon (robusta) variety kept with its gloss is no copied phrase
    passes(UntranslatedSpan, pair(
        "pt", "O café arábica respondeu por 2,61 milhões de sacas, enquanto o conilon (robusta) somou 540 mil sacas.",
        "en", "Arabica accounted for 2.61 million bags, while conilon (robusta) came to 540,000 bags."))


def test_model_codes_inside_a_foreign_title_keep_it_one_span() -> None:
    from auditor.core.checks.foreign_scripts import foreign_runs

    text = "The company posted a notice, 关于主动召回部分鸿途S7、鸿途X5车辆的公告, on its website."
    assert [text[r.start:r.end] for r in foreign_runs(text, frozenset({"Latin"}))] == [
        "关于主动召回部分鸿途S7、鸿途X5车辆的公告"]
    # an English word between two Chinese ones still parts them
    text = "他说 The company 中国 said"
    assert [text[r.start:r.end] for r in foreign_runs(text, frozenset({"Latin"}))] == ["他说", "中国"]


def test_a_phrase_copied_from_the_sentence_next_to_the_aligned_one_is_found() -> None:
    # the aligner paired the English quote with the sentence before its Swahili source (a
    # retelling's shifted bead): the copy is read against the neighbours' sources too
    sw = ("Esther Chelangat ana ekari mbili za chai kijijini Kapsorok. "
          "“Tunachuma kila siku, lakini mwisho wa mwezi hatuoni kitu,” alisema.")
    en = ("“We pluck every day, lakini mwisho wa mwezi hatuoni kitu,” said Esther Chelangat of Kapsorok. "
          "She has two acres of tea.")
    ctx = context([("sw", "sw", sw, None), ("en", "en", en, "sw")], beads={("sw", "en"): [([1], [1]), ([2], [2])]})
    got = [f.spans[0].text for f in findings(UntranslatedSpan, ctx) if f.witness == "en"]
    assert got == ["lakini mwisho wa mwezi hatuoni kitu"]
