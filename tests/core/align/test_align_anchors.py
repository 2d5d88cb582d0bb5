"""Anchor tokens in scripts written without spaces: numbers and loanwords must stand alone."""

from __future__ import annotations

from auditor.core.align.anchors import analyse_word, punctuation_features, sentence_features, tokens


def test_numbers_inside_japanese_words_are_their_own_tokens() -> None:
    toks = tokens("台風10号の接近に伴い、JR東海は30日、運転を見合わせた。")
    assert "10" in toks and "30" in toks and "JR" in toks
    assert {"#10", "#30"} <= sentence_features("台風10号の接近に伴い、JR東海は30日に発表した。")


def test_katakana_loanwords_meet_their_latin_spelling() -> None:
    # ボスポラス (Bosporasu) and Bosporus share a consonant key.
    ja = {f for f in sentence_features("ボスポラス海峡") if f.startswith("k:")}
    en = {f for f in sentence_features("the Bosporus strait") if f.startswith("k:")}
    assert ja & en


def test_han_runs_carry_no_sound_keys() -> None:
    # Pinyin says nothing of a Japanese reading or an English word: only exact-word features.
    feats, _ = analyse_word("東海")
    assert feats and not any(f.startswith("k:") for f in feats)


def test_spaced_scripts_are_untouched() -> None:
    assert tokens("Covid19 cases rose by 12.5 per cent") == ["Covid19", "cases", "rose", "by", "12.5", "per", "cent"]
    assert tokens("২০২১ সালে ৫ জন") == ["2021", "সালে", "5", "জন"]


def test_hyphen_inside_a_word_is_spelling_not_a_dash() -> None:
    # A compound's hyphen ("45-year-old", "из-за") says nothing about the translation; a dash does.
    assert "p:-" not in punctuation_features("A 45-year-old man was charged.")
    assert "p:-" not in punctuation_features("Попытка обвинения из-за поножовщины")
    assert "p:-" in punctuation_features("He left - and never came back.")
    assert "p:-" in punctuation_features("Он ушёл — и не вернулся.")
    assert "p:-" in punctuation_features("-- Да, -- сказал он.")


def test_a_month_name_anchors_a_date_without_a_day() -> None:
    from auditor.core.align import align_texts
    from auditor.core.align.features import Interner

    src = [
        "Mayor Andriy Lytvynchuk urged residents of Cherkasy to remain calm.",
        "“The city will hold out, the energy workers are working around the clock,” Lytvynchuk stressed.",
        "He said schools in Cherkasy were holding classes remotely on Friday.",
        "Lytvynchuk was also told that almost 9,000 customers in the Mytnytsia neighbourhood are still without heating.",
        "According to preliminary estimates cited by Honcharuk, the damage from the attack exceeds 120 million hryvnias.",
        "This is already the third massive strike on the Cherkasy region's energy system since the start of November.",
    ]
    tgt = [
        "Mer Andrij Łytwynczuk zaapelował do mieszkańców Czerkas o zachowanie spokoju.",
        "„Miasto wytrzyma, energetycy pracują całą dobę” – podkreślił.",
        "Jak dodał, w piątek szkoły w Czerkasach prowadzą lekcje zdalnie.",
        "Łytwynczukowi zgłoszono też, że prawie 9 tys. odbiorców na osiedlu Mytnycia nadal nie ma ogrzewania.",
        "Według wstępnych szacunków, które przedstawił Honczaruk, straty spowodowane atakiem przekraczają 120 mln hrywien.",
        "To już trzeci zmasowany atak na energetykę obwodu czerkaskiego od początku listopada.",
        "Rosja od tygodni uderza w ukraińską infrastrukturę energetyczną, by przed zimą pozbawić mieszkańców prądu i ogrzewania.",
    ]
    beads = [(tuple(b.source), tuple(b.target)) for b in align_texts(src, tgt, src_lang="en", tgt_lang="pl")]
    assert ((5,), (5,)) in beads and ((), (6,)) in beads
    # Language-aware: Croatian listopad is October; English may is a word unless capitalised.
    it = Interner()
    it.analyse(["U listopadu.", "may be, in May"], "hr")
    assert "m:10" in it.features
    en = Interner()
    en.analyse(["It may rain in May."], "en")
    assert set(en.features) & {"m:5"} and sum(k.startswith("m:") for k in en.features) == 1


def test_thousands_grouped_by_spaces_are_one_number() -> None:
    assert tokens("igera kuri toni 2 740 ivuye kuri toni 1 980") == ["igera", "kuri", "toni", "2740", "ivuye",
                                                                      "kuri", "toni", "1980"]
    assert tokens("Он родился 12 мая 1990 года.") == ["Он", "родился", "12", "мая", "1990", "года"]


def test_arabic_decimal_and_thousands_separators_keep_a_number_whole() -> None:
    assert tokens("ارتفع إلى ٢٦٫٨٪ مقابل ١٢٬٥٠٠") == ["ارتفع", "إلى", "26.8", "مقابل", "12,500"]
    assert analyse_word(tokens("٢٦٫٨")[0])[0] == analyse_word("26.8")[0] == ("#268",)


def test_a_number_and_its_scale_word_also_give_the_whole_amount() -> None:
    # 46 million yuan and 4600万元 meet on 46000000; 6.2 million and 620万 on 6200000
    assert "#46000000" in sentence_features("at a cost of 46 million yuan") & sentence_features("总投资4600万元")
    assert "#6200000" in sentence_features("about 6.2 million visits") & sentence_features("游客约620万人次")
    assert "#1500000000" in sentence_features("1,500 million roubles")
    assert "#3500000000" in sentence_features("3,5 млрд рублей")
    # a unit is no scale word
    assert tokens("It was 5 min away") == ["It", "was", "5", "min", "away"]


def test_a_decimal_after_han_characters_stays_one_number() -> None:
    assert "1.8" in tokens("基地专门改造了一处占地1.8公顷的圈舍")
    assert "#18" in sentence_features("占地1.8公顷") & sentence_features("a 1.8-hectare enclosure")


def test_korean_remainder_with_a_thousands_comma_joins_its_myriad() -> None:
    assert "12400" in tokens("연면적 1만 2,400㎡ 규모로")


def test_tenths_are_a_share_like_a_percentage() -> None:
    # 約3割短縮 (cut by about 30%): the anchor other languages write as 30
    assert "#30" in sentence_features("所要時間は平均で約3割短縮された。")


def test_which_ends_of_a_quotation_a_sentence_holds() -> None:
    def ends(text: str) -> set[str]:
        return {f for f in punctuation_features(text) if f in ("p:q<", "p:q>")}

    assert ends("“We played patiently for 90 minutes to win this derby.") == {"p:q<"}
    assert ends("Our fans did not leave us alone for a single moment,” Karaağaçlı said.") == {"p:q>"}
    assert ends("Karaağaçlı, “Bu derbiyi kazanmak için sabırla oynadık.") == {"p:q<"}
    assert ends("He said: „Das ist gut“, und ging.") == {"p:q<", "p:q>"}
    assert ends("« Oui », dit-il.") == {"p:q<", "p:q>"}
    assert ends("Er sagte: »Ja.«") == {"p:q<", "p:q>"}
    assert ends("彼は「行きます。") == {"p:q<"}
    assert ends("No quotation here.") == set()
