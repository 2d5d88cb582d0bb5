"""``name-variant``: real sentences that must and must not be flagged, within and across witnesses."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.core.checks.base import GlossaryEntry
from auditor.core.checks.name_variant import NameVariant
from auditor.core.models import Finding

from .checkhelpers import context, fails, findings, pair, passes, single


def _corpus_findings(chain: str) -> list[Finding]:
    """Every finding of an offline audit of one chain of the labelled corpus."""
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    return list(audit_chain(load_chain(Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / chain)).findings)


FAILS = [
    # (lang, text, flagged spans, suggestion of the first)
    (
        "en",
        "The email went to a rights activist named Vladimir Osechkin on March 17. Osechkin runs "
        "the website Gulagu.com. FSB agents sent regular messages to Osekkin.",
        ["Osekkin"],
        "Osechkin",
    ),
    (
        "en",
        "A member of the FSB leaked this, US magazine Newsweek reported. Igor Sushko is translating "
        "the letters. He sent them to News on March 17.",
        ["News"],
        "Newsweek",
    ),
    (
        "en",
        "Foreign minister Sergei Lavrov spoke first. Later Sergei Lavrov left. Reporters asked Sergey "
        "Lavrov about Japan.",
        ["Sergey"],
        "Sergei",
    ),
    (
        "ru",
        "Письмо получил правозащитник Владимир Осечкин. Агенты писали Осечкину каждую неделю. "
        "Позже Осекину пришло ещё одно письмо.",
        ["Осекину"],
        "Осечкину",
    ),
    (
        "en",
        "Volodymyr Zelensky spoke on Monday. Allies praised Zelensky for it. Critics doubted Zelenksy.",
        ["Zelenksy"],
        "Zelensky",
    ),
]

PASSES = [
    # inflected, possessive and derived forms
    ("en", "A member of Russia’s security service spoke. Russia denied it. The Russian side was silent. "
           "Japan protested. Japanese officials and Japan’s envoy met."),
    ("ru", "Владимир Осечкин уехал. Осечкину писали агенты. Сайт Осечкина работает. С Осечкиным "
           "говорил Гроздев. Россия и России, России и Японии."),
    # different real names that share a part or look alike
    ("en", "Vladimir Putin ordered it. Vladimir Osechkin reported it. Putin and Osechkin disagree."),
    ("en", "The islands of Kunashiri and Shikotan are in the Kuril chain; the Kuril Islands matter."),
    ("en", "Austria and Australia voted. Austria abstained later, and Australia did not."),
    ("en", "Maria Ivanova and Marie Curie were mentioned. Maria spoke, then Marie."),
    # a name that is part of a longer multi-word name is no truncation
    ("en", "Fox News reported it first. Newsweek reported it later. Newsweek then corrected it."),
    # a people and its country
    # a given name always before its surname, and a place one letter-pair apart
    ("en", "President Koichi Takanashi spoke. The plant is in Kikuchi. Kikuchi has many firms, said Koichi Takanashi."),
    ("en", "Thailand welcomed tourists. The Thai government said Thailand would expand visas. Thai hotels agreed."),
    # abbreviations end with a full stop
    ("en", "It happened on Sept. 5 in the city. In September the letter was published."),
    # a capital forced by sentence position proves nothing
    ("en", "News travels fast in Moscow. The Newsweek report came out on Monday."),
    # compounding languages write names into compounds
    ("de", "Der Staat klagt. Die Staatsanwaltschaft in Berlin ermittelt gegen die Berliner Firma."),
    # acronyms are not compared
    ("en", "The FSB and the FBI exchanged letters, the FSB said."),
]


@pytest.mark.parametrize(("lang", "text", "spans", "suggestion"), FAILS)
def test_fails(lang: str, text: str, spans: list[str], suggestion: str) -> None:
    got = fails(NameVariant, single(lang, text))
    assert [f.spans[0].text for f in got] == spans
    assert got[0].suggestion == suggestion
    assert got[0].evidence_value("variants") and got[0].evidence_value("similarity")


@pytest.mark.parametrize(("lang", "text"), PASSES)
def test_passes(lang: str, text: str) -> None:
    passes(NameVariant, single(lang, text))


def test_message_and_evidence() -> None:
    text = "Vladimir Osechkin spoke. Osechkin runs a site. Agents wrote to Osekkin."
    (f,) = fails(NameVariant, single("en", text))
    assert f.message == "‘Osekkin’ looks like a variant of ‘Osechkin’ (2 mentions)"
    assert f.evidence_value("variants") == "Osechkin ×2; Osekkin ×1"
    assert f.evidence_value("kind") == "spelling" and f.evidence_value("canonical-from") == "majority"
    assert f.segments == ("w-s3",)


def test_cross_script_votes_break_a_tie() -> None:
    # One mention each in English: the Russian source decides which spelling is right.
    ctx = pair(
        "ru", "Письмо получил Владимир Осечкин. Агенты писали Осечкину.",
        "en", "The letter reached Vladimir Osechkin. Agents wrote to Osekkin.",
    )
    (f,) = fails(NameVariant, ctx)
    assert f.witness == "tgt" and f.spans[0].text == "Osekkin" and f.suggestion == "Osechkin"
    assert f.evidence_value("canonical-from") == "chain"


def test_bengali_mentions_come_from_alignment_and_keep_their_case_endings() -> None:
    ctx = pair(
        "bn", "ভ্লাদিমির ওসেচকিনকে একটি ইমেল পাঠানো হয়। ওসেচকিনের ওয়েবসাইট আছে। এফএসবি এজেন্টরা ওসেচকিনকে বার্তা পাঠায়।",
        "en", "An email was sent to Vladimir Osechkin. Osechkin has a website. FSB agents sent messages to Osekkin.",
    )
    got = fails(NameVariant, ctx)
    assert [(f.witness, f.spans[0].text) for f in got] == [("tgt", "Osekkin")]


def test_a_german_adjective_of_place_is_no_spelling_of_a_name() -> None:
    ctx = pair(
        "de",
        "Tourenleiter Reto Brunner plante die Route. Für die westlichen Berner Alpen galt Stufe 3. "
        "Brunner alarmierte um 10.43 Uhr die Rettung. Die Berner Alpen blieben gesperrt, sagt Brunner.",
        "fr",
        "Le chef de course Reto Brunner a planifié l'itinéraire. Le degré 3 valait pour l'ouest des Alpes "
        "bernoises. À 10 h 43, Reto Brunner a alerté les secours. Les Alpes bernoises sont restées fermées.",
    )
    passes(NameVariant, ctx)


def test_same_language_witnesses_are_compared_across_the_chain() -> None:
    ctx = context(
        [
            ("en1", "en", "Vladimir Osechkin spoke. Osechkin runs a site.", None),
            ("bn", "bn", "ভ্লাদিমির ওসেচকিন কথা বলেন। ওসেচকিন একটি সাইট চালান।", "en1"),
            ("en2", "en", "Vladimir Osekkin spoke. He runs a site.", "bn"),
        ]
    )
    got = fails(NameVariant, ctx)
    assert [(f.witness, f.spans[0].text) for f in got] == [("en2", "Osekkin")]


def test_glossary_decides_the_canonical_form_and_links_exonyms() -> None:
    text = "Japan calls it Itorofu. Itorofu is large. Russia holds Iturup."
    entry = GlossaryEntry("Итуруп", "ru", {"en": ("Iturup",)}, {"en": ("Itorofu",)})
    ctx = context([("w", "en", text, None)], glossary=[entry])
    got = fails(NameVariant, ctx)
    assert [f.spans[0].text for f in got] == ["Itorofu", "Itorofu"]
    assert {f.suggestion for f in got} == {"Iturup"}
    assert got[0].evidence_value("canonical-from") == "glossary"
    passes(NameVariant, single("en", text))  # without a glossary the two names are unrelated


def test_both_allowed_by_the_glossary_is_fine() -> None:
    text = "Kunashir is near. The Japanese call Kunashiri theirs. Kunashir again."
    entry = GlossaryEntry("Кунашир", "ru", {"en": ("Kunashir", "Kunashiri")})
    passes(NameVariant, context([("w", "en", text, None)], glossary=[entry]))


def test_params_are_read() -> None:
    text = "Vladimir Osechkin spoke. Osechkin runs a site. Agents wrote to Osekkin."
    passes(NameVariant, single("en", text), min_ratio=85)
    text = "US magazine Newsweek reported it. He sent them to News on March 17."
    passes(NameVariant, single("en", text), truncation=False)


# --- deeper name-variant (issue 4 §2) --------------------------------------------------------


def test_dropped_consonant_is_caught_across_blocking_keys() -> None:
    # Shcherbakov/Sherbakov have different consonant keys (skrbkv/srbkv): the prefix block finds them
    text = ("Museum director Andrei Shcherbakov spoke. Shcherbakov said the icons survived. "
            "Volunteers helped Shcherbakov at dawn. Sherbakov thanked the firefighters.")
    (f,) = fails(NameVariant, single("en", text))
    assert f.spans[0].text == "Sherbakov" and f.suggestion == "Shcherbakov"


def test_orientation_is_per_witness_where_both_spellings_occur() -> None:
    ctx = context([
        ("en", "en", "Director Shcherbakov spoke. Shcherbakov said so. Later Sherbakov left.", None),
        ("back", "en", "Director Sherbakov spoke. Sherbakov said so. Sherbakov left. Sherbakob agreed.", "en"),
    ])
    got = sorted((f.witness, f.spans[0].text) for f in fails(NameVariant, ctx))
    assert got == [("back", "Sherbakob"), ("en", "Sherbakov")]


def test_bengali_span_is_the_name_stem_and_the_ending_is_evidence() -> None:
    ctx = context([
        ("en", "en", "Vladimir Osechkin runs the site. Agents wrote to Osechkin. They met Osechkin.", None),
        ("bn", "bn", "ভ্লাদিমির ওসেচকিন সাইটটি চালান। এজেন্টরা ওসেচকিনকে লিখেছিল। তারা ওসেককিনকে দেখেছিল।", "en"),
    ])
    got = [f for f in fails(NameVariant, ctx) if f.witness == "bn"]
    assert [f.spans[0].text for f in got] == ["ওসেককিন"]
    assert got[0].evidence_value("suffix") == "কে" and got[0].suggestion == "ওসেচকিন"


@pytest.mark.parametrize("text,variant", [
    ("Lena Hartmann founded Parlo. Hartmann said the app grew. Critics asked Hartman about it.", "Hartman"),
    ("Councillor Anna Hölzl spoke first. Hölzl wants a new school. Everyone thanked Holzl.", "Holzl"),
    # a consonant doubled inside the name, before an ending-like -s: no inflection makes that
    ("Project manager Jens Oltmanns spoke. Oltmanns said the pump runs on cheap power. "
     "That is why, Oltmans added, a tank is being built.", "Oltmans"),
    # a letter dropped before the final vowel, in a language whose names take no endings
    ("Mine boss Héctor Valdivia Rojas spoke on Monday. Valdivia said output rose. "
     "“We made more money than ever,” Valdiva added.", "Valdiva"),
    # South Slavic đ, then its ASCII spelling dj
    ("Minister Dragan Đorđević toured the area. Đorđević told reporters that all was well. "
     "According to Djordjevic, units carried out 300 interventions.", "Djordjevic"),
])
def test_doubled_letters_and_lost_diacritics(text: str, variant: str) -> None:
    (f,) = fails(NameVariant, single("en", text))
    assert f.spans[0].text == variant


def test_german_nouns_and_hyphenated_names_are_not_names_to_compare() -> None:
    passes(NameVariant, pair("en", "The school needs repairs. Pupils study in containers.",
                             "de", "Die Schule muss saniert werden. Die Schüler lernen in Containern. Die Schule "
                                   "ist alt."))
    passes(NameVariant, single("en", "Shinkansen trains between Tokyo and Shin-Osaka stopped. The Shinkansen "
                                     "resumed later."))


def test_a_tie_in_one_witness_takes_the_first_spelling_as_reference() -> None:
    text = "The letter reached Osechkin on Monday. A second one reached Osekkin on Friday."
    (f,) = fails(NameVariant, single("en", text))
    assert f.spans[0].text == "Osekkin" and f.evidence_value("canonical-from") == "first"
    assert f.confidence < 0.9  # weaker evidence than a majority
    # but a short name inside a longer one is no verdict: Tokai/Tokaido
    passes(NameVariant, single("en", "JR Tokai runs the line. The Tokaido Shinkansen stopped."))


def test_two_people_whose_names_a_translation_keeps_apart_are_not_variants() -> None:
    # Wayne and Wayde sound different and the translator spelt both: two people.
    ctx = pair(
        "en", "Coach Wayde Smith praised the team. Wayne Barker scored twice. Wayde Smith said the win mattered.",
        "ru", "Тренер Уэйд Смит похвалил команду. Уэйн Баркер забил дважды. Уэйд Смит сказал, что победа важна.",
    )
    passes(NameVariant, ctx)


def test_a_slip_that_sounds_the_same_is_flagged_even_when_faithfully_transliterated() -> None:
    # The seed's case: the Bengali source misspells the name once and the English keeps it.
    ctx = pair(
        "bn", "ভ্লাদিমির ওসেচকিন কথা বলেন। ওসেচকিন একটি সাইট চালান। এজেন্টরা ওসেককিনকে লেখেন।",
        "en", "Vladimir Osechkin spoke. Osechkin runs a site. Agents wrote to Osekkin.",
    )
    got = fails(NameVariant, ctx)
    assert ("tgt", "Osekkin") in [(f.witness, f.spans[0].text) for f in got]


@pytest.mark.parametrize(("lang", "text"), [
    # a place and its adjective or demonym: derived by a suffix, not misspelt
    ("en", "Mexico's president spoke. Mexican officials agreed. Mexican troops stayed home."),
    ("ru", "Европа выиграла. Европейская команда была сильнее. Европейская пресса ликовала."),
    ("ru", "Санкции не поставят Север на колени. Северная Корея ответила. Северная Корея молчит."),
    ("ru", "Сборная США играла в Америке. Американцы проиграли. Американцы уехали."),
    ("ru", "Красный Крест Индонезии помог. Глава Индонезийского Красного Креста выступил. "
           "Правительство Индонезии молчит."),
])
def test_a_name_and_its_derived_adjective_are_not_variants(lang: str, text: str) -> None:
    passes(NameVariant, single(lang, text))


def test_two_names_side_by_side_kept_apart_by_the_translation_are_two_names() -> None:
    # Puff Daddy and P. Diddy are one man's two nicknames, written together on both sides.
    ctx = pair(
        "en", "Sean Combs was known as Puff Daddy, P Diddy or Diddy. He now prefers Love. Diddy agreed.",
        "ru", "Шон Комбс был известен как Пафф Дэдди, Пи Дидди или Дидди. Теперь он выбрал Лав. Дидди согласился.",
    )
    passes(NameVariant, ctx)
    # a slip is still a slip when the translation writes one name in that bead
    ctx = pair(
        "en", "Vladimir Osechkin spoke. Osechkin said agents later wrote to Osekkin again.",
        "ru", "Владимир Осечкин выступил. Осечкин сказал, что агенты потом снова писали Осечкину.",
    )
    assert [f.spans[0].text for f in fails(NameVariant, ctx)] == ["Osekkin"]
    # a short name nearby (Бо) is no second spelling of a short-keyed name (Daddy: d)
    ctx = pair(
        "en", "The singer Daddy Yankee sang. Fans cheered Daddy Yankee when Diddy Yankee sang with Bo.",
        "ru", "Певец Дэдди Янки пел. Фанаты приветствовали Дэдди Янки, когда Дэдди Янки пел с Бо.",
    )
    assert [f.spans[0].text for f in fails(NameVariant, ctx)] == ["Diddy"]


def test_a_name_beside_a_word_another_language_writes_in_lower_case_is_its_adjective() -> None:
    # Russian writes the adjective Catalan in lower case (каталонских) and the region as a name.
    ctx = pair(
        "en", "Police clashed with Catalan separatists. The anniversary of Catalonia's vote came. "
              "Catalan authorities counted. Nine Catalan leaders were jailed. Catalonia wants independence.",
        "ru", "Полиция столкнулась с каталонскими сепаратистами. Настала годовщина голосования Каталонии. "
              "Каталонские власти считали. Девять каталонских лидеров в тюрьме. Каталония хочет независимости.",
    )
    passes(NameVariant, ctx)


def test_a_visarga_typed_for_a_colon_is_not_part_of_a_bengali_name() -> None:
    ctx = pair(
        "en", "Ayr 38 - 17 Melrose: Ayr go top. Then Melrose scored late. In the end Melrose lost.",
        "bn", "আয়র ৩৮-১৭ মেলরোজঃ আয়র শীর্ষে। তারপর মেলরোজ দেরিতে গোল করে। শেষে মেলরোজ হেরে যায়।",
    )
    passes(NameVariant, ctx)


def test_a_name_that_renders_another_source_word_is_no_variant() -> None:
    # Tagalog 'Marso' is the month the source calls 'March': wherever either name stands,
    # the English beside it has nothing that sounds like the other.
    en = "On 14 March 2023 the town flooded. The mayor, Mario Kordić, spoke on Tuesday."
    tl = "Noong Marso 14, 2023, binaha ang bayan. Nagsalita ang alkalde na si Mario Kordić noong Martes."
    passes(NameVariant, pair("en", en, "tl", tl))
    # A slip is still one: the source says Mario where the translation says Maryo.
    slip = tl + " Sinabi ni Maryo na ligtas ang lahat."
    got = fails(NameVariant, pair("en", en + " Mario said everyone was safe.", "tl", slip))
    assert [f.spans[0].text for f in got] == ["Maryo"]


NV_EN = ("Mayor Mario Kordić opened the new bridge on Monday. The river was calm and the weather was "
         "warm. Kordić said the city would hold a festival in May. Many residents came to watch.")


@pytest.mark.parametrize(
    ("lang", "text", "slip"),
    [
        ("el", "Ο δήμαρχος Μάριο Κόρντιτς εγκαινίασε τη νέα γέφυρα τη Δευτέρα. Το ποτάμι ήταν ήρεμο και "
               "ο καιρός ζεστός. Ο Κόρντιτζ είπε ότι η πόλη θα διοργανώσει φεστιβάλ τον Μάιο. Πολλοί "
               "κάτοικοι ήρθαν.", "Κόρντιτζ"),
        ("ru", "Мэр Марио Кордич открыл новый мост в понедельник. Река была спокойной, а погода тёплой. "
               "Кордиц сказал, что в мае в городе пройдёт фестиваль. Многие жители пришли.", "Кордиц"),
        ("ar", "افتتح رئيس البلدية ماريو كورديتش الجسر الجديد يوم الاثنين. كان النهر هادئا والطقس دافئا. "
               "وقال كورديش إن المدينة ستقيم مهرجانا في مايو. وجاء كثير من السكان.", "كورديش"),
        ("ko", "마리오 코르디치 시장은 월요일에 새 다리를 개통했다. 강은 잔잔했고 날씨는 따뜻했다. "
               "코르디시 시장은 도시가 5월에 축제를 열 것이라고 말했다. 많은 주민들이 왔다.", "코르디시"),
        ("hi", "महापौर मारियो कोर्डिच ने सोमवार को नए पुल का उद्घाटन किया। नदी शांत थी और मौसम गर्म था। "
               "कोर्डिक ने कहा कि शहर मई में एक उत्सव आयोजित करेगा। कई निवासी आए।", "कोर्डिक"),
    ],
)
def test_a_misspelt_name_is_found_in_many_scripts(lang: str, text: str, slip: str) -> None:
    # One letter off in the second mention, in a script the source does not use; the source's
    # 'Kordić' decides which spelling is right (Arabic تش is its ć).
    got = fails(NameVariant, pair("en", NV_EN, lang, text))
    assert [(f.witness, f.spans[0].text) for f in got] == [("tgt", slip)]


def test_a_short_name_rendered_two_ways_for_one_source_spelling_is_a_variant() -> None:
    # Four letters are too few for spelling similarity alone; the source spelling the name
    # the same way both times is the evidence.
    ctx = pair(
        "bn", "‘এমভি সোনার তরী’ ডুবে গেছে। ‘এমভি সোনার তরী’-র মালিক পলাতক।",
        "en", "The launch ‘MV Sonar Tori’ sank. The owner of ‘MV Sonar Tari’ is absconding.",
    )
    (f,) = fails(NameVariant, ctx)
    assert (f.witness, f.spans[0].text, f.suggestion) == ("tgt", "Tari", "Tori")
    ctx = pair(
        "en", "Mayor Shafiqul Alam spoke on Sunday. Alam said owners will be fined.",
        "bn", "মেয়র শফিকুল আলম রবিবার বক্তব্য দেন। আলাম জানান, মালিকদের জরিমানা করা হবে।",
    )
    (f,) = fails(NameVariant, ctx)
    assert (f.witness, f.spans[0].text) == ("tgt", "আলাম")


def test_a_case_ending_on_a_short_name_is_no_variant() -> None:
    passes(NameVariant, pair("en", "Utah is dry this year. The governor of Utah spoke.",
                             "ru", "Юта в этом году засушлива. Губернатор Юты выступил."))


def test_an_uncased_respelling_where_the_source_names_someone_else_is_still_a_mention() -> None:
    # The second sentence's source says only "Haque": ফারহানা aligns with no name there, but
    # it is one letter from ফারজানা, a name the witness uses.
    ctx = pair(
        "en", "“The peak has not come yet,” said entomologist Farzana Haque. According to Haque, "
              "the density is three times higher.",
        "bn", "‘চূড়া এখনো আসেনি,’ বলেন কীটতত্ত্ববিদ ফারজানা হক। ফারহানা হকের মতে, ঘনত্ব তিন গুণ বেশি।",
    )
    (f,) = fails(NameVariant, ctx)
    assert (f.witness, f.spans[0].text, f.suggestion) == ("tgt", "ফারহানা", "ফারজানা")


def test_a_romanised_given_name_respelt_after_its_hyphen() -> None:
    text = ('"You can see lanterns from many countries," said festival director Kim Min-jun. '
            "Kim Min-joon expects more foreign visitors this year.")
    (f,) = fails(NameVariant, single("en", text))
    assert f.spans[0].text == "Min-joon" and f.suggestion == "Min-jun"
    # tails that are words of the text, or compounds against a plain name, are no names
    passes(NameVariant, single("en", "The Trump-era tariffs stayed. Officials from the era said Trump "
                                     "agreed. A Washington-based group and Washington disagreed."))


def test_korean_particles_make_no_truncation() -> None:
    ctx = pair("ko", "진주시가 밝혔다. 진주 시민은 무료로 입장할 수 있다.",
               "en", "The city of Jinju said so. Jinju residents enter free.")
    passes(NameVariant, ctx)


def test_a_retelling_respells_a_name_its_source_spells_once() -> None:
    ctx = context([
        ("wire", "en", "Librarian Richard Ovenden said the manuscripts were safe. The room stays closed.", None),
        ("mag", "en", "Librarian Richard Ovendon said the manuscripts were safe. The room stays closed.", "wire"),
    ])
    (f,) = fails(NameVariant, ctx)
    assert (f.witness, f.spans[0].text, f.suggestion) == ("mag", "Ovendon", "Ovenden")


def test_a_name_stripped_of_its_accents_in_a_language_that_writes_them() -> None:
    src = '"The safety of children comes first," said minister Élisabeth Moreau. The schools close early.'
    fr = "« La sécurité des enfants passe avant tout », a déclaré la ministre Elisabeth Moreau. L'École ferme tôt."
    (f,) = fails(NameVariant, pair("en", src, "fr", fr))
    assert (f.spans[0].text, f.suggestion, f.evidence_value("kind")) == ("Elisabeth", "Élisabeth", "accents")
    # a language whose text never writes É may drop it by house style
    en = '"The safety of children comes first," said minister Elisabeth Moreau. The schools close early.'
    passes(NameVariant, pair("fr", fr.replace("Elisabeth", "Élisabeth"), "en", en))
    # between close languages, a word of an institution's name is written each language's way
    ca = ("La sentència es podria recórrer davant del Tribunal Superior de Justícia de Catalunya. "
          "La policia hi seria. La promotora recorrerà.")
    es = ("La sentencia podría recurrirse ante el Tribunal Superior de Justicia de Cataluña. "
          "La policía estaría allí. La promotora recurrirá.")
    found = [f for f in findings(NameVariant, pair("ca", ca, "es", es)) if f.evidence_value("kind") == "accents"]
    assert found == []
    ca_name = "La regidora Núria Puig va parlar en públic. Puig va dir que no. La música és única."
    es_name = "La concejala Nuria Puig habló en público. Puig dijo que no. La música es única."
    assert [f.spans[0].text for f in findings(NameVariant, pair("ca", ca_name, "es", es_name))
            if f.evidence_value("kind") == "accents"] == ["Nuria"]


def test_a_name_after_an_in_word_hyphen_is_no_sentence_start() -> None:
    # al-Subaihi, then Al-Sabaihi: the parts after the hyphens are names, not capitals forced
    # by position; the Arabic source's الصبيحي (the article cut) sides with neither spelling.
    ctx = pair("ar", "وقال رئيس الشركة محمد الصبيحي إن الأعمال ستبدأ قريباً. وأضاف الصبيحي أن الميناء استقبل ٨٢٠ سفينة.",
               "en", "The chairman, Mohammed al-Subaihi, said work would begin soon. Al-Sabaihi added that the port "
                     "received 820 ships.")
    (f,) = fails(NameVariant, ctx)
    assert (f.witness, f.spans[0].text, f.suggestion) == ("tgt", "Sabaihi", "Subaihi")


def test_the_arabic_article_is_not_part_of_the_name() -> None:
    from auditor.core.names import name_stem

    assert name_stem("الصبيحي", "ar") == "صبيحي" and name_stem("العقبة", "ar") == "عقبة"
    assert name_stem("الم", "ar") == "الم"  # too short to hold an article and a name


def test_a_turkish_case_ending_after_an_apostrophe_is_no_variant() -> None:
    passes(NameVariant, single("tr", "Belediye İstanbul için plan hazırladı. Uzmanlara göre İstanbul'da büyük "
                                     "bir deprem olabilir. Erdoğan'ın açıklaması bekleniyor, Erdoğan konuşacak."))


def test_an_office_and_its_holder_are_no_variants() -> None:
    passes(NameVariant, single("en", "Deputy Prime Minister Tran Hong Ha spoke. According to the Ministry of "
                                     "Agriculture, rice fields flooded. The Senate and Senator Lee agreed."))


def test_romanised_aspirates_and_a_late_sentence_start() -> None:
    # Thai ph is an aspirated p, not an f; the variant opens its sentence (unconfirmed by
    # capitals alone) after the name was introduced mid-sentence
    text = ("Assistant Professor Thanaphon Intharasuwan of Chiang Mai University said the flooding was "
            "the worst in years. Thanapol added that encroachment on waterways made it worse.")
    (f,) = fails(NameVariant, single("en", text))
    assert f.spans[0].text == "Thanapol"
    # the other way round: a sentence-initial form first, the mid-sentence one later, is no slip
    # where no dictionary says the first is no word (Indonesian) ...
    passes(NameVariant, single("id", "Thanapol berbicara lebih dulu. Kemudian profesor Thanaphon menambahkan."))
    # ... while English's does (auditor.core.lexicon): Thanapol is a name, spelt two ways
    (g,) = fails(NameVariant, single("en", "Thanapol spoke first. Later the professor Thanaphon added more."))
    assert {g.spans[0].text, g.suggestion} == {"Thanapol", "Thanaphon"}


def test_a_final_vowel_lost_where_names_take_no_endings_and_the_source_spells_one_name() -> None:
    am = "ኮሚሽነር ተስፋዬ ገብረመድኅን ተናገሩ። ተስፋዬ እርዳታ ጠየቁ። አቶ ተስፋዬ አመሰገኑ።"
    en = "Commissioner Tesfaye Gebremedhin spoke. Tesfaye asked for aid. Mr Tesfay thanked them."
    (f,) = fails(NameVariant, pair("am", am, "en", en))
    assert f.spans[0].text == "Tesfay"
    # two names in the source: Maria and Mario are two people
    it = "Maria Rossi ha parlato. Maria ha chiesto aiuto. Mario Rossi ha ringraziato."
    passes(NameVariant, pair("it", it, "en", "Maria Rossi spoke. Maria asked for aid. Mario Rossi thanked them."))


def test_a_name_kept_in_latin_inside_a_cyrillic_text_is_no_variant_of_its_rendering() -> None:
    ru = "Владелец, компания Baltic Bulk Lines, работает на Балтике. Судно шло по Балтийскому морю."
    passes(NameVariant, single("ru", ru))


def test_first_words_of_two_different_multi_word_names_are_no_variants() -> None:
    text = ("The water flooded Chang Khlan Road near the market. Chiang Mai and Chiang Rai declared "
            "a disaster. Officials in Chiang Mai asked for boats.")
    passes(NameVariant, single("en", text))
    # the same first words before one shared name are a slip
    slip = ("The activist Vladimir Osechkin runs the site. In France, Vladimir Osechkin lives in exile. "
            "Yesterday Vladimr Osechkin wrote again.")
    (f,) = fails(NameVariant, single("en", slip))
    assert f.spans[0].text == "Vladimr"


def test_an_english_text_that_writes_vietnamese_names_without_accents_is_consistent() -> None:
    found = [f for f in _corpus_findings("vi-en-zh-fishing") if f.check == "name-variant" and f.witness == "en"]
    assert not [f for f in found if f.evidence_value("kind") == "accents"]


def test_two_words_that_differ_only_in_their_last_letters_are_word_formation() -> None:
    # Polish Prokurator (prosecutor) and Prokuratura (prosecutor's office), both capitalised
    from auditor.core.checks.name_pairs import tail_only

    assert tail_only("Prokurator", "Prokuratura")
    assert not tail_only("Osekkin", "Osechkin") and not tail_only("Paulaskienė", "Paulauskienė")


def test_a_final_vowel_swapped_where_no_ending_swaps_vowels_and_the_source_spells_one_name() -> None:
    sw = "Alisema Faith Nyaboke, afisa wa Msalaba Mwekundu. Bi Nyaboke alisema chakula kimefika."
    en = "said Faith Nyaboke, an official of the Red Cross. Ms Nyaboki said food had arrived."
    (f,) = fails(NameVariant, pair("sw", sw, "en", en))
    assert f.spans[0].text == "Nyaboki" and f.suggestion == "Nyaboke"
    en_de = ("Engineer Roberto Ferrante led the inspection. Ferrante said the bridge was safe. "
             "The report by Ferrante was published.")
    de = ("Ingenieur Roberto Ferrante leitete die Prüfung. Laut Ferranti ist die Brücke sicher. "
          "Der Bericht von Ferrante wurde veröffentlicht.")
    (f,) = fails(NameVariant, pair("en", en_de, "de", de))
    assert f.spans[0].text == "Ferranti"
    # two people in the source stay two people
    passes(NameVariant, pair("it", "Paolo Conti ha parlato. Paola Conti ha risposto.",
                             "en", "Paolo Conti spoke. Paola Conti replied."))


def test_an_abjad_writes_vowels_as_letters_so_only_the_outline_votes() -> None:
    # تیواری (Tiwari) first, then تواری: the shorter spelling must not win the vote of Tiwari
    en = "Manoj Tiwari, the board chairman, spoke on Monday. Tiwari said the results were delayed."
    ur = "بورڈ کے چیئرمین منوج تیواری نے پیر کو بات کی۔ تواری نے کہا کہ نتائج میں تاخیر ہوئی۔"
    (f,) = fails(NameVariant, pair("en", en, "ur", ur))
    assert f.spans[0].text == "تواری"


def test_a_dropped_letter_in_a_short_case_stripped_russian_surname_is_found() -> None:
    text = ("Глава администрации Николай Горобец сообщил о пожаре. «Враг снова атакует», — написал "
            "Горбец в Telegram.")
    (f,) = fails(NameVariant, single("ru", text))
    assert f.spans[0].text == "Горбец"
    passes(NameVariant, single("ru", "Клуб выиграл Кубок страны. После финала Кубка игроки отдыхали."))


def test_letters_that_transliterate_alike_are_still_two_spellings() -> None:
    text = ("Johnny Weißmüller won five gold medals. Weißmüller later played Tarzan. "
            "In 1932 Weissmüller signed with MGM. Weißmüller died in 1984.")
    (f,) = fails(NameVariant, single("en", text))
    assert f.spans[0].text == "Weissmüller" and f.suggestion == "Weißmüller"
    uk = ("Суд заслухав Івана Ганчева у вівторок. Адвокат Ґанчев подав апеляцію. "
          "Рішення щодо Ганчева оголосять пізніше.")
    (f,) = fails(NameVariant, single("uk", uk))
    assert f.spans[0].text == "Ґанчев"


def test_an_accent_gained_on_a_short_name_against_the_witness_own_habit() -> None:
    vi = "Ông Nguyễn Văn Hùng nói. Ông Hùng cho biết tàu đã về. Ông Hùng cảm ơn mọi người."
    en = "Mr Nguyen Van Hung spoke. Mr Hùng said the boat was back. Mr Hung thanked everyone."
    (f,) = fails(NameVariant, pair("vi", vi, "en", en))
    assert f.spans[0].text == "Hùng" and f.suggestion == "Hung"


def test_a_sentence_initial_word_an_aligned_sentence_in_another_script_writes_is_a_name() -> None:
    lo = "ທ່ານ ຄຳແພງ ກ່າວວ່າ ງານດີ. ທ່ານ ຄຳແພງ ຂອບໃຈ."
    en = "Khamphaeng said the festival went well. Khampheng thanked the visitors."
    (f,) = fails(NameVariant, pair("lo", lo, "en", en))
    assert f.spans[0].text == "Khampheng" and f.suggestion == "Khamphaeng"
    # without the aligned name, two sentence-initial capitals prove nothing where no dictionary
    # tells names from words (Indonesian) ...
    passes(NameVariant, single("id", "Khamphaeng mengatakan festival berjalan baik. Khampheng berterima kasih."))
    # ... and in English a sentence-initial word its dictionary has (Officials, Later) stays a word
    passes(NameVariant, single("en", "Officials said the festival went well. Official figures came later."))
    (g,) = fails(NameVariant, single("en", "Khamphaeng said the festival went well. Khampheng thanked the visitors."))
    assert {g.spans[0].text, g.suggestion} == {"Khamphaeng", "Khampheng"}


def test_two_names_written_together_in_one_sentence_are_two_names() -> None:
    text = ("The chipmaker is based in Tainan. Taiwan's economy grew. The plant is at the Tainan campus "
            "of the Southern Taiwan Science Park. Taiwan exports rose.")
    passes(NameVariant, single("en", text))


def test_a_third_name_in_the_source_does_not_keep_two_spellings_apart() -> None:
    # Dambatta (a town) is no evidence that Danbako and Dambako are two people
    ha = ("Shugaban ƙungiyar, Alhaji Musa Danbako, ya ce amfanin gona ya ragu. Manoma a Dambatta sun koka. "
          "Danbako ya ce farashi ya tashi. Danbako ya nemi taimako.")
    en = ("The association's chairman, Alhaji Musa Danbako, said the harvest had fallen. Farmers in Dambatta "
          "complained. Dambako said prices had risen. Danbako asked for help.")
    (f,) = fails(NameVariant, pair("ha", ha, "en", en))
    assert f.spans[0].text == "Dambako" and f.suggestion == "Danbako"


def test_a_word_seen_only_at_sentence_starts_needs_a_closer_likeness() -> None:
    # Hidden (0.77 like Heijden) opens a sentence: a capital proves nothing there
    text = ("The painting by Joost van der Heijden returns. Heijden painted it in 1664. "
            "Hidden beneath the paint was a boat. Experts praised Heijden again.")
    passes(NameVariant, single("en", text))
    assert [f.spans[0].text for f in fails(NameVariant, single("en", text), min_ratio_initial=75)] == ["Hidden"]


def test_vietnamese_syllables_a_letter_or_two_apart_are_two_names() -> None:
    # Hương (of Phạm Thị Hương Giang) and Phòng (of Hải Phòng): 0.80 alike once the accents go
    found = [f.spans[0].text for f in _corpus_findings("vi-en-ko-port")
             if f.check == "name-variant" and f.witness == "vi"]
    assert "Phòng" not in found


def test_a_full_name_differing_in_one_short_part_is_a_variant() -> None:
    text = ("U Kyaw Zin Htet chairs the committee. Traders met Kyaw Zin Htet on Monday. "
            "The fair closed early, and Kyaw Zin Htut said it would return.")
    (f,) = fails(NameVariant, single("en", text))
    assert f.spans[0].text == "Kyaw Zin Htut" and f.evidence_value("kind") == "full-name"
    assert f.suggestion == "Kyaw Zin Htet"


@pytest.mark.parametrize("text", [
    # two people: their differing parts do not look alike
    "Kim Min-jun met Kim Min-jin. Later Kim Min-jun left, and Kim Min-jun came back.",
    # a part the text also writes in lower case is a word, not a name
    "The Chief District Officer visited. The Chief District Officer said the Chief District Office "
    "would open; the office is small.",
    # one each: no majority to call either a variant
    "Park Jeong-min arrived first. Then Park Jung-min spoke.",
])
def test_full_names_that_are_two_names_or_words_are_not_variants(text: str) -> None:
    assert [f for f in findings(NameVariant, single("en", text)) if f.evidence_value("kind") == "full-name"] == []


def test_a_stripped_stem_that_starts_the_parents_name_says_which_name_it_is() -> None:
    # Армении (of Armenia) stems to Армен, which the parent's Armenia starts with; Арени is the
    # village Areni: two places, as the English parent spells them
    en = ("Areni hosts the festival. Areni lies in the south. Wine from Areni sells well. "
          "Exports from Armenia grew. Areni celebrated.")
    ru = ("Арени принимает фестиваль. Арени находится на юге. Вино из Арени продаётся хорошо. "
          "Экспорт из Армении вырос. Арени отпраздновало.")
    passes(NameVariant, context([("en", "en", en, None), ("ru", "ru", ru, "en")]))


def test_a_word_that_sounds_like_a_name_in_a_script_without_capitals_needs_a_parent_that_spells_them_alike() -> None:
    # फॉर्म (Form) and फार्मा (Pharma) share a sound key; the English parent writes them far apart
    en = ("Rayalaseema Pharma reported profits. The regulator issued Form 483. "
          "Form 483 lists observations. Rayalaseema Pharma will reply.")
    hi = ("रायलसीमा फार्मा ने मुनाफ़ा दर्ज किया। नियामक ने फॉर्म 483 जारी किया। "
          "फॉर्म 483 में आपत्तियां दर्ज हैं। रायलसीमा फार्मा जवाब देगी।")
    assert not [f for f in findings(NameVariant, context([("en", "en", en, None), ("hi", "hi", hi, "en")]))
                if "फॉर्म" in f.spans[0].text]


def test_a_word_one_letter_from_a_name_in_the_same_sentence_is_a_word() -> None:
    # सुधार (improvement) beside सुधीर (Sudheer) in one sentence: no respelling of the name
    en = ("Analyst Sudheer Kondapalli spoke. Sudheer Kondapalli said the improvement in margins "
          "was positive. Kondapalli kept his rating.")
    hi = ("विश्लेषक सुधीर कोंडापल्ली ने बात की। सुधीर कोंडापल्ली ने कहा कि मार्जिन में सुधार "
          "सकारात्मक है। कोंडापल्ली ने रेटिंग बरकरार रखी।")
    assert not [f for f in findings(NameVariant, context([("en", "en", en, None), ("hi", "hi", hi, "en")]))
                if "सुधार" in f.spans[0].text]


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_no_name() -> None:
    # Galician: Investigacións Mariñas (marine) is not a variant of the town Marín
    gl = ("Os barcos proceden de Cangas, Bueu e Marín. A bióloga mariña Iria Pazos, do Instituto de "
          "Investigacións Mariñas, advirte do risco. Pazos pide prudencia.")
    assert not [f for f in findings(NameVariant, single("gl", gl)) if "Mariñas" in f.spans[0].text]


def test_two_days_of_the_week_are_no_variant() -> None:
    text = ("Officials met on Tuesday in Erbil. The payment was promised for Thursday, officials said. "
            "Erbil confirmed it on Tuesday.")
    assert not [f for f in findings(NameVariant, single("en", text)) if f.spans[0].text in ("Thursday", "Tuesday")]


def test_a_tie_between_two_full_names_is_broken_by_the_source_script() -> None:
    ko = "기상청 박정민 분석관은 폭염이 계속된다고 말했다. 박정민 분석관에 따르면 열대야도 이어진다."
    en = ("The heat will go on, said KMA analyst Park Jeong-min. Tropical nights will continue too, "
          "according to Park Jung-min.")
    (f,) = [f for f in findings(NameVariant, context([("ko", "ko", ko, None), ("en", "en", en, "ko")]))
            if f.evidence_value("kind") == "full-name"]
    assert f.spans[0].text == "Park Jung-min" and f.suggestion == "Park Jeong-min"


def test_a_thai_source_gives_no_word_boundaries_to_tell_two_names_apart() -> None:
    th = ("กิตติพงษ์ ใจมงคล นายกสมาคมโรงแรมไทยกล่าวว่าอัตราการเข้าพักดีขึ้น "
          "กิตติพงษ์กล่าวว่าเมืองรองยังต้องรอ กิตติพงษ์เตือนว่าต้องระวัง")
    en = ("Kittipong Chaimongkol, president of the Thai Hotels Association, said occupancy improved. "
          "Kittipong said secondary cities still had to wait. Kittiphong warned that care was needed.")
    got = findings(NameVariant, context([("th", "th", th, None), ("en", "en", en, "th")]))
    assert [f.spans[0].text for f in got] == ["Kittiphong"]


def test_a_lost_soft_sign_is_a_respelling_not_a_case_form() -> None:
    ru = ("Аналитик Давид Розенталь ожидает роста. По мнению Розенталя, ставка снизится. "
          "Рынок перегрет, считает Розентал из банка «Леуми».")
    (f,) = findings(NameVariant, single("ru", ru))
    assert f.spans[0].text == "Розентал" and f.suggestion.startswith("Розенталь")
    passes(NameVariant, single("ru", "Казань приняла гостей. В Казани открылся форум. Из Казани уехали."))


def test_a_sentence_opening_name_is_confirmed_by_its_consonants_in_an_abjad() -> None:
    he = "עידו ברקוביץ ייסד את החברה. ברקוביץ אמר כי המרכז יתרחב. ברקוביץ ושטרנברג הם בעלי המניות."
    en = ("Ido Berkovich founded the company. Berkovitz said the center would grow. "
          "Berkovich and Sternberg are the shareholders.")
    got = findings(NameVariant, context([("he", "he", he, None), ("en", "en", en, "he")]))
    assert [f.spans[0].text for f in got] == ["Berkovitz"]


def test_one_source_name_behind_two_short_spellings_is_one_name() -> None:
    en = ("Union leader Chea Vibol said talks had failed. The strike spread, Chea Vibol said. "
          "The council will rule on Friday, according to Chea Vibol.")
    vi = ("Lãnh đạo công đoàn Chea Vibol cho biết đàm phán thất bại. Cuộc đình công lan rộng, Chhea Vibol nói. "
          "Hội đồng sẽ ra phán quyết vào thứ Sáu, theo Chea Vibol.")
    got = findings(NameVariant, context([("en", "en", en, None), ("vi", "vi", vi, "en")]))
    assert [f.spans[0].text for f in got] == ["Chhea"]


def test_arabic_long_vowel_letters_added_to_one_source_name_make_a_variant() -> None:
    en = ("Council president Hussain Rasheed said the reef was white. Tourists ask us why, Rasheed said. "
          "The ministry has not replied to Rasheed.")
    ar = ("وقال رئيس المجلس حسين رشيد إن الشعاب ابيضت. وقال رشيد إن السياح يسألون عن السبب. "
          "ولم ترد الوزارة على راشد.")
    got = findings(NameVariant, context([("en", "en", en, None), ("ar", "ar", ar, "en")]))
    assert [f.spans[0].text for f in got] == ["راشد"]


def test_one_sound_written_two_ways_in_an_uncased_script_is_a_variant() -> None:
    # मुर्मू / मुरमू (a virama) and الساعدي / السعدي (a long vowel's letter) romanise alike
    en = ("Ranger Sonamuni Murmu found the snares. The forest office thanked Murmu on Monday. "
          "Murmu said the patrols would go on.")
    hi = ("रेंजर सोनामुनी मुर्मू ने फंदे खोजे। वन कार्यालय ने सोमवार को मुर्मू को धन्यवाद दिया। "
          "मुरमू ने कहा कि गश्त जारी रहेगी।")
    got = findings(NameVariant, context([("en", "en", en, None), ("hi", "hi", hi, "en")]))
    assert [f.spans[0].text for f in got] == ["मुरमू"]
    ar_en = "Minister Majid al-Saadi spoke first. Al-Saadi said exports rose. Reporters asked al-Saadi about Basra."
    ar = "تحدث الوزير ماجد الساعدي أولا. وقال الساعدي إن الصادرات ارتفعت. وسأل الصحفيون السعدي عن البصرة."
    got = findings(NameVariant, context([("en", "en", ar_en, None), ("ar", "ar", ar, "en")]))
    assert [f.spans[0].text for f in got] == ["السعدي"]


def test_a_hindi_v_is_an_english_w_in_a_name() -> None:
    # Makwana's w is a glide the consonant key drops; Hindi writes it व (v)
    en = ("Ramesh Makwana, 46, lost his job last month. The owner told Makwana on Saturday not to come. "
          "Makwana now drives an autorickshaw.")
    hi = ("46 वर्षीय रमेश मकवाना की नौकरी पिछले महीने चली गई। मालिक ने शनिवार को मकवाना से कहा कि वे न आएँ। "
          "मकवाणा अब ऑटोरिक्शा चलाते हैं।")
    (f,) = findings(NameVariant, context([("en", "en", en, None), ("hi", "hi", hi, "en")]))
    assert "मकवाणा".startswith(f.spans[0].text) and len(f.spans[0].text) >= 4  # (the final vowel sign reads as an ending)
    assert (f.suggestion or "").startswith("मकवान")


def test_a_stray_name_of_the_neighbour_does_not_keep_a_sound_alike_pair_apart() -> None:
    # Jorhat meets হাজরিকা on a loose key (jrht, jrk): it is no spelling of either
    en = ("Minister Pallab Hazarika flew in from Jorhat on Monday. Hazarika said the roads would reopen. "
          "The district officials in Jorhat thanked Hazarika for the boats.")
    bn = ("মন্ত্রী পল্লব হাজারিকা সোমবার জোরহাট থেকে উড়ে আসেন। হাজারিকা বলেন রাস্তাগুলো আবার খুলবে। "
          "জোরহাটের জেলা কর্মকর্তারা নৌকার জন্য হাজরিকাকে ধন্যবাদ জানান।")
    got = findings(NameVariant, context([("en", "en", en, None), ("bn", "bn", bn, "en")]))
    assert [f.spans[0].text[:6] for f in got] == ["হাজরিক"]


def test_an_arabic_adjective_of_place_is_no_variant_of_the_place() -> None:
    en = ("The gallery shows the arts of al-Andalus and the Maghreb. Its finest piece is a Qur'an in "
          "Maghribi script. Visitors from the Maghreb came on the first day.")
    passes(NameVariant, single("en", en))
    from auditor.core.checks.name_pairs import _nisba

    assert _nisba("Maghreb", "Maghribi")
    # a name with an -i added and nothing else changed, or a final vowel swapped, stays a variant
    assert not _nisba("Nawej", "Naweji") and not _nisba("Nyaboke", "Nyaboki") and not _nisba("Tripathy", "Tripathi")


def test_a_word_the_source_makes_from_one_of_two_names_keeps_them_apart() -> None:
    # Kranjčan (a man from Kranj) in the source: the translation's Kranj and Kralj are two names
    sl = ("Zmagal je Kranjčan Jaka Prevc. Predsednik Gorazd Kralj je bil zadovoljen. "
          "Kralj je dejal, da je bila tekma odlična.")
    en = ("The winner was Jaka Prevc from Kranj. President Gorazd Kralj was pleased. "
          "Kralj said the competition had been excellent.")
    passes(NameVariant, context([("sl", "sl", sl, None), ("en", "en", en, "sl")]))


def test_a_japanese_long_vowel_romanised_with_an_h_once_is_a_variant() -> None:
    sl = "Japonec Kenshiro Ito je bil drugi. Ito je skočil 241 metrov. Zmagovalcu je čestital tudi Ito."
    en = "Japan's Kenshiro Ito was second. Ito jumped 241 metres. Itoh also congratulated the winner."
    got = findings(NameVariant, context([("sl", "sl", sl, None), ("en", "en", en, "sl")]))
    assert [f.spans[0].text for f in got] == ["Itoh"]


def test_a_stem_cut_short_by_an_ending_is_no_likeness_of_a_longer_name() -> None:
    # Андрей loses -ей as if it were an ending (андр); Анадырь (a port) is another name
    ru = ("Капитан Андрей Смирнов поднял флаг. Ледокол зайдёт в порт «Анадырь» летом. "
          "Смирнов сказал, что лёд толще обычного.")
    passes(NameVariant, single("ru", ru))


def test_a_korean_compound_of_a_place_name_is_no_variant_of_it() -> None:
    ko = ("안동 하회마을에서 축제가 열렸다. 안동 시민들이 모였다. 방문객들은 안동포 짜기를 체험했다. "
          "안동 시장이 인사했다.")
    en = ("A festival was held in Hahoe Village in Andong. Andong residents gathered. Visitors tried weaving "
          "Andong hemp cloth. The mayor of Andong greeted them.")
    passes(NameVariant, context([("ko", "ko", ko, None), ("en", "en", en, "ko")]))


def test_a_day_of_the_week_is_no_variant_of_a_name() -> None:
    bn = "মণ্ডলের বাড়ি নদীতে তলিয়ে গেছে। মণ্ডল বলেন, রাতে জল এসেছিল। সোমবার জেলা দপ্তর পরিদর্শনে আসবে।"
    en = ("Mondal's house collapsed into the river. Mondal said the water came at night. "
          "Monday the district office will visit.")
    passes(NameVariant, context([("bn", "bn", bn, None), ("en", "en", en, "bn")]))


def test_korean_writes_an_english_name_by_its_sound() -> None:
    # Thornton is 손턴 (th as s, the r silent): found through its bead, then its slip 쏜턴
    en = ("Professor Gregory Thornton led the recovery team. The capsule was intact, Thornton said. "
          "The agency thanked Thornton for his work.")
    ko = ("그레고리 손턴 교수가 회수팀을 이끌었다. 캡슐은 온전했다고 손턴은 말했다. "
          "기관은 쏜턴에게 감사를 표했다.")
    got = findings(NameVariant, context([("en", "en", en, None), ("ko", "ko", ko, "en")]))
    assert [f.spans[0].text for f in got] == ["쏜턴에게"]  # the particle stays in the span, as Bengali endings do


def test_an_ending_or_vowel_points_are_not_a_second_spelling_of_one_sound() -> None:
    en = "Minister Majid al-Saadi spoke first. Al-Saadi said exports rose. Reporters asked al-Saadi about Basra."
    ar = "تحدث الوزير ماجد الساعدي أولا. وقال السَّاعدي إن الصادرات ارتفعت. وسأل الصحفيون الساعدي عن البصرة."
    passes(NameVariant, context([("en", "en", en, None), ("ar", "ar", ar, "en")]))


def test_a_source_that_sounds_each_name_exactly_keeps_them_apart() -> None:
    # Daryna (a set designer) and Drabyna (a festival): the Ukrainian writes Дарина and Драбина,
    # whose transliterated vowels would leave the ratios undecided
    uk = ("Сценографію створила Дарина Ониськів. Дарина працює у Львові. "
          "Виставу покажуть на фестивалі «Драбина» в Івано-Франківську.")
    en = ("The set was designed by Daryna Onyskiv. Daryna works in Lviv. "
          "The play will be shown at the Drabyna festival in Ivano-Frankivsk.")
    assert not [f for f in findings(NameVariant, context([("uk", "uk", uk, None), ("en", "en", en, "uk")]))
                if f.spans[0].text == "Drabyna"]


def test_a_name_the_translation_renders_as_another_name_is_another_place() -> None:
    # Romansh Mustér is Disentis in German, Müstair stays Müstair: two places one letter apart
    rm = ("La regiun da la Val Müstair ha survegnì blera naiv. Il vent era ferm e fraid. "
          "En la Surselva, enturn Mustér, vala il grad trais. Las vias èn serradas.")
    de = ("Die Region des Val Müstair hat viel Schnee bekommen. Der Wind war stark und kalt. "
          "In der Surselva, rund um Disentis, gilt Stufe drei. Die Strassen sind gesperrt.")
    passes(NameVariant, pair("rm", rm, "de", de))
    # rendered as the other name (the translator read a slip) or copied, it stays a variant
    slip = fails(NameVariant, pair("rm", rm, "de", de.replace("Disentis", "Mustér")))
    assert {f.spans[0].text for f in slip} == {"Mustér"}


@pytest.mark.parametrize(("lang", "text"), [
    ("te", "నమ్మ మెట్రో కొత్త మార్గం ప్రారంభమైంది. మెట్రో రోజుకు లక్ష మందిని తీసుకెళ్తుంది. "
           "మెట్రోలో ప్రయాణం చౌకగా ఉంటుంది. మెట్రో అధికారులు సంతోషం వ్యక్తం చేశారు."),
    ("sah", "Мииринэй куоракка саҥа оскуола аһылынна. Мииринэй олохтоохторо үөрдүлэр. "
            "Мииринэйгэ оҕолор кэлиэхтэрэ. Мииринэй баһылыга эҕэрдэлээтэ."),
])
def test_case_endings_of_telugu_and_sakha_are_no_variants(lang: str, text: str) -> None:
    passes(NameVariant, single(lang, text))


def test_a_bosnian_demonym_is_no_variant_of_its_town() -> None:
    bs = ("Mostar je u subotu ugostio skokove. U Mostaru je bilo hiljadu gledalaca. "
          "Pobijedio je Mostarac Emir Hadžić. Grad Mostar je zadovoljan.")
    passes(NameVariant, single("bs", bs))


def test_a_name_kept_inside_an_institution_s_name_copied_from_the_parent_is_no_variant() -> None:
    de = ("Die Miete geht an die Stadtsparkasse München. Das Café liegt in München. München wächst schnell. "
          "Viele Menschen ziehen nach München. Die Stadt München plant viel.")
    en = ("The rent goes to Stadtsparkasse München. The café is in Munich. Munich is growing fast. "
          "Many people are moving to Munich. The city of Munich plans a lot.")
    passes(NameVariant, pair("de", de, "en", en))
    # kept where the parent names no institution, the same spelling is a variant
    (f,) = fails(NameVariant, pair("de", de.replace("Die Miete geht an die Stadtsparkasse München.", "Die Miete geht an die Bank."),
                                   "en", en.replace("The rent goes to Stadtsparkasse München.", "The rent goes to the Bank München.")))
    assert f.spans[0].text == "München"


def test_a_vowel_dropped_before_a_name_s_last_letter_is_a_slip_where_names_take_no_endings() -> None:
    en = ("Judit Baranyai runs the baths. Baranyai said the lake is warm. "
          "More Poles are coming, Baranyi says. The spa is busy.")
    (f,) = fails(NameVariant, single("en", en))
    assert f.spans[0].text == "Baranyi" and f.suggestion == "Baranyai"
    # a final vowel changed is still another name (Maria / Marie), and Romance -ía word formation
    passes(NameVariant, single("en", "Maria Lopez sang first. Maria was applauded. Then Marie Dubois sang."))
    passes(NameVariant, single("es", "La Compañía Minera del Norte abrió. La Minera contrató gente. "
                                     "El Museo de la Minería cerró."))


def test_a_neighbour_sharing_only_the_consonants_of_one_spelling_keeps_nothing_apart() -> None:
    # Kabulo (a town) has Chibola's consonant key: no evidence that Chibola is another person
    fr = ("Papa Tshibola dirige la coopérative de Kabulo. Tshibola a parlé aux mineurs. "
          "Selon Tshibola, le cobalt se vend mal. Kabulo attend une route.")
    en = ("Papa Tshibola heads the Kabulo cooperative. Tshibola spoke to the miners. "
          "According to Chibola, cobalt sells badly. Kabulo is waiting for a road.")
    (f,) = fails(NameVariant, pair("fr", fr, "en", en))
    assert f.spans[0].text == "Chibola"


def test_the_first_part_of_a_parent_s_compound_is_no_truncation() -> None:
    de = ("Die Weserbergland-Bahn fährt öfter. Das Weserbergland freut sich. "
          "Wegen Bauarbeiten an der Weserbrücke fahren Busse. Das Weserbergland wartet.")
    en = ("The Weserbergland railway will run more often. The Weserbergland is pleased. "
          "Because of work on the Weser bridge, buses will run. The Weserbergland is waiting.")
    assert not [f for f in findings(NameVariant, pair("de", de, "en", en)) if f.spans[0].text == "Weser"]
    # a bare Weser where the parent has the whole name is cut short
    cut = findings(NameVariant, pair("de", de.replace("Weserbrücke", "Weserbergland-Brücke"), "en", en))
    assert [f.spans[0].text for f in cut] == ["Weser"]


def test_accents_a_relay_kept_from_a_close_language_are_the_target_s_own_to_spell() -> None:
    es = "La uva Malvasía crece en Rioja. Los viticultores eligen la Malvasía blanca."
    en = "The Malvasía grape grows in Rioja. Growers choose white Malvasía."
    pt = "A uva Malvasia cresce na Rioja. Os viticultores escolhem a Malvasia branca, é claro."
    ctx = context([("es", "es", es, None), ("en", "en", en, "es"), ("pt", "pt", pt, "en")])
    assert not [f for f in findings(NameVariant, ctx) if f.evidence_value("kind") == "accents"]
    # from an English source that keeps a French name's accents, French's own spelling is checked
    de2 = "Gestern eröffnete Élisabeth Martin das Museum. Dann dankte Élisabeth allen."
    en2 = "Yesterday Élisabeth Martin opened the museum. Then Élisabeth thanked everyone."
    fr2 = "Hier, Elisabeth Martin a inauguré le musée. Puis Elisabeth a remercié les donateurs de l'été."
    got = findings(NameVariant, context([("de", "de", de2, None), ("en", "en", en2, "de"), ("fr", "fr", fr2, "en")]))
    assert [f.evidence_value("kind") for f in got] == ["accents", "accents"]


def test_a_tamil_ending_doubled_before_the_next_word_is_still_an_ending() -> None:
    en = "The weaver is Senthilkumar. The loom is old. Its rhythm is known to Senthilkumar. The weaver smiled."
    ta = ("நெசவாளர் செந்தில்குமார். தறி பழையது. அதன் தாளம் செந்தில்குமாருக்குத் தெரியும். "
          "நெசவாளர் சிரித்தார்.")
    passes(NameVariant, pair("en", en, "ta", ta))


def test_a_full_name_that_lost_a_letter_is_not_kept_from_the_parent() -> None:
    en = "Hartmann said the app is ready. The team thanked Lena Hartmann for the design. It ships in May."
    de = "Hartmann sagte, die App sei fertig. Das Team dankte Lena Hartman für das Design. Sie erscheint im Mai."
    (f,) = fails(NameVariant, pair("en", en, "de", de))
    assert f.spans[0].text == "Hartman"


def test_a_russian_adjective_is_no_truncation_of_a_longer_compound() -> None:
    ru = ("Проект поддержал Центральноазиатский банк. Банк работает в Центральной Азии. "
          "Центральноазиатский банк выделил кредит. Представитель банка подтвердил это.")
    assert not [f for f in findings(NameVariant, single("ru", ru)) if f.evidence_value("kind") == "truncation"]


def test_a_name_kept_with_its_connector_inside_a_parent_s_title_is_no_variant() -> None:
    pt = "As Festas de Lisboa começam hoje. Lisboa enche-se de turistas. Lisboa celebra Santo António."
    en = "The Festas de Lisboa begin today. Lisbon fills with tourists. Lisbon celebrates Saint Anthony."
    assert not [f for f in findings(NameVariant, pair("pt", pt, "en", en)) if f.spans[0].text == "Lisboa"]


def test_a_spelling_a_trip_through_another_script_explains_is_no_variant() -> None:
    # the back-translation can only read ব্রুগেমান: the doubled g and n and the ü are lost the
    # same way at every mention; a consonant that changed (Osechkin → Osekkin) is still a slip
    ctx = context(
        [
            ("en1", "en", "Judge Annette Brüggemann spoke to Osechkin. Brüggemann ruled in Osnabrück.", None),
            ("bn", "bn", "বিচারক আনেট ব্রুগেমান ওসেচকিনের সঙ্গে কথা বলেন। ব্রুগেমান ওসনাব্রুকে রায় দেন।", "en1"),
            ("en2", "en", "Judge Annette Brugeman spoke to Osekkin. Brugeman ruled in Osnabruk.", "bn"),
        ]
    )
    got = findings(NameVariant, ctx)
    assert [(f.witness, f.spans[0].text) for f in got] == [("en2", "Osekkin")]


def test_half_of_a_hyphenated_name_of_its_own_is_no_variant() -> None:
    # Kirovo-Chepetsk is a town; Kirov another; Al-Zahrany is Al-Zahrani respelt
    ctx = single("en", "The court in Kirov ruled. Kirov officials agreed. He was moved to Kirovo-Chepetsk.")
    passes(NameVariant, ctx)
    ctx = single("en", "Faisal Al-Zahrani spoke. Al-Zahrani agreed. Later Al-Zahrany left.")
    assert [f.spans[0].text for f in fails(NameVariant, ctx)] == ["Zahrany"]


def test_the_common_nouns_that_head_turkish_names_are_no_names() -> None:
    passes(NameVariant, single("tr", "Iğdır Ovası kurudu. Ticaret ve Sanayi Odası açıklama yaptı. Oda başkanı konuştu."))


def test_korean_si_before_a_consonant_votes_for_sh() -> None:
    # 데시판데 romanises as "desipande", nearer Despande; Korean writes sh before a consonant as 시
    ctx = pair("ko", "인도 바유 모터스의 라훌 데시판데 대표가 서명했다. 데시판데 대표는 만족했다.",
               "en", "Vayu Motors chief Rahul Deshpande signed it. Despande said he was pleased.")
    (f,) = fails(NameVariant, ctx)
    assert f.spans[0].text == "Despande" and f.suggestion == "Deshpande"


def test_a_slavic_adjective_of_place_is_no_spelling_of_the_place() -> None:
    # Лисецький is the adjective of Лисець, whose genitive Лисця drops the fleeting е
    passes(NameVariant, single("uk", "Лисецький НПЗ продали на аукціоні. Для Лисця це питання виживання. "
                                     "Лисецький завод стоїть. Працівники Лисецького заводу чекають."))


def test_two_vietnamese_syllables_in_two_different_names() -> None:
    passes(NameVariant, single("vi", "Bà Vân sống trên đường Hai Bà Trưng ở quận Ninh Kiều. "
                                     "Ông Trương Minh Khải phát biểu tại buổi lễ."))
    # the same syllable slipping inside one name still is a variant
    (f,) = fails(NameVariant, single("vi", "Ông Trương Minh Khải phát biểu tại buổi lễ. "
                                           "Theo ông Trưng Minh Khải, dự án rất quan trọng."))
    assert f.spans[0].text == "Trưng"


def test_an_arabic_name_that_drops_a_letter_is_heard_against_its_latin_source() -> None:
    # و and ي write vowels inside a foreign name, and ف stands for v: نوفاكسيس still sounds like Norvaxis
    ctx = pair("fr", "Norvaxis a développé le patch. Le patch de Norvaxis est petit. Selon Norvaxis, les essais continuent.",
               "ar", "طورت شركة نورفاكسيس اللصقة. لصقة نورفاكسيس صغيرة. وبحسب نوفاكسيس، تتواصل التجارب.")
    (f,) = fails(NameVariant, ctx)
    assert f.spans[0].text == "نوفاكسيس" and f.suggestion == "نورفاكسيس"


def test_a_two_consonant_skeleton_of_another_name_casts_no_vote() -> None:
    # Kuwahara's skeleton kr is Tsuchihiro's too (in Arabic, تشيهيرو): that is no vote for it,
    # so the spelling introduced first stays the reference
    ctx = pair("ar", "قال المدير تشيهيرو أوهاشي إن الشركة قوية. وأضاف تشيهيرو أن الطلب يرتفع. وقال المحلل إن السهم ارتفع.",
               "en", "Director Chihiro Ohashi said the company was strong. Chihiro added that demand was rising. "
                     "Analyst Ryosuke Kuwabara said the shares rose. Kuwahara raised his target price.")
    got = [f for f in fails(NameVariant, ctx) if "Kuwa" in f.spans[0].text]
    assert [(f.spans[0].text, f.suggestion) for f in got] == [("Kuwahara", "Kuwabara")]


def test_cyrillic_kh_for_h_on_a_trip_through_russian_is_no_variant() -> None:
    # Russian has no h: Rahman is Рахман, and a back-translation reads it Rakhman at every mention
    ctx = context(
        [
            ("en1", "en", "Inspector Mahmuda Rahman visited the site. Rahman met Hasan Ali.", None),
            ("ru", "ru", "Инспектор Махмуда Рахман посетила объект. Рахман встретилась с Хасаном Али.", "en1"),
            ("en2", "en", "Inspector Makhmuda Rakhman visited the object. Rakhman met with Khasan Ali.", "ru"),
        ]
    )
    passes(NameVariant, ctx)


def test_pinyin_names_are_read_as_syllables() -> None:
    from auditor.core.checks.name_pairs import pinyin_name

    assert all(pinyin_name(n) for n in ("Xiawan", "Xiaolan", "Guiying", "Ji’an", "Jiangxi", "Tongping"))
    assert not any(pinyin_name(n) for n in ("Osechkin", "Brown", "London", "Despande"))
    # and as Russian writes them (Palladius)
    assert all(pinyin_name(n) for n in ("Синьхуа", "Цзяньго", "Цзянси", "Гуйин"))
    assert not any(pinyin_name(n) for n in ("Москва", "Иванов", "Osechkin"))


def test_dutch_people_and_their_adjective_are_no_spellings_of_one_name() -> None:
    from auditor.core.checks.name_pairs import _dutch_demonym

    assert _dutch_demonym("Japanners", "Japanse", "nl") and _dutch_demonym("Amsterdammers", "Amsterdamse", "nl")
    assert not _dutch_demonym("Peters", "Peterse", "nl")  # two surnames, a letter apart
    assert not _dutch_demonym("Japanners", "Japanse", "en")


def test_russian_ch_and_zh_on_a_round_trip_are_no_variants() -> None:
    # Stănciulescu → Станчулеску → Stanchulescu; Zhelyazkov → झेल्याज़कोव → Zelyazkov: the machine
    # reads the name its parent wrote, the same way at every mention
    ctx = context(
        [
            ("en1", "en", "Judge Ion Stănciulescu ruled. Stănciulescu cited the law. Mayor Zhelyazkov won.", None),
            ("ru", "ru", "Судья Ион Станчулеску вынес решение. Станчулеску сослался на закон. Мэр Желязков победил.", "en1"),
            ("en2", "en", "Judge Ion Stanchulescu made a decision. Stanchulescu referred to the law. "
                          "Mayor Zhelyazkov won.", "ru"),
        ]
    )
    assert not [f for f in findings(NameVariant, ctx) if "Stan" in f.spans[0].text or "St" in f.spans[0].text]


def test_british_and_american_spellings_are_a_house_style_not_a_variant() -> None:
    from auditor.core.checks.name_pairs import _english_spellings

    assert _english_spellings("Organisation", "Organization", "en") and _english_spellings("Labour", "Labor", "en")
    assert _english_spellings("Centre", "Center", "en")
    assert not _english_spellings("Louise", "Louize", "en") and not _english_spellings("Tudor", "Tudour", "en")


def test_an_abjad_voter_does_not_choose_between_spellings_that_differ_in_vowels_only() -> None:
    # بهنداري writes no long vowel: it cannot say Bhandari from Bhandri; the spelling met first stands
    ctx = pair("ar", "قال برافين بهنداري إن المياه ارتفعت. وأضاف بهنداري أن القرية معزولة.",
               "en", "Praveen Bhandari said the water rose. Bhandri added that the village was cut off.")
    (f,) = fails(NameVariant, ctx)
    assert f.spans[0].text == "Bhandri" and f.suggestion == "Bhandari"


def test_an_english_witness_that_never_writes_the_accents_is_consistent() -> None:
    # the Spanish party name keeps its accent in en; en2, an English text of its own, writes Aragon
    es = ("Compromiso por Aragón logró dos escaños. La participación en Aragón subió. "
          "El nuevo parlamento de Aragón se reunirá en abril.")
    en = ("Compromiso por Aragón won two seats. Turnout in Aragon rose. "
          "The new parliament of Aragon will meet in April.")
    en2 = ("Commitment for Aragon won two seats. Turnout in Aragon rose. "
           "The new parliament of Aragon will meet in April.")
    ctx = context([("es", "es", es, None), ("en", "en", en, "es"), ("en2", "en", en2, "en")])
    assert findings(NameVariant, ctx) == []


def test_an_english_witness_that_mixes_accented_and_bare_names_is_flagged() -> None:
    en = ("Marta Sánchez won the seat. Sánchez thanked her voters. "
          "Sanchez said the result was clear.")
    ctx = context([("es", "es", "Marta Sánchez ganó. Sánchez dio las gracias. Sánchez habló.", None),
                   ("en", "en", en, "es")])
    assert [f.spans[0].text for f in findings(NameVariant, ctx)] == ["Sanchez"]


def test_a_korean_name_romanised_two_ways_is_a_variant() -> None:
    ko = "변성철 의원이 말했다. 변 의원은 예산을 비판했다. 변 의원은 표결을 요구했다."
    en = ("Assemblyman Byun Sung-chul spoke. Byun criticised the budget. "
          "Byeon demanded a vote.")
    ctx = context([("ko", "ko", ko, None), ("en", "en", en, "ko")])
    assert [f.spans[0].text for f in findings(NameVariant, ctx)] == ["Byeon"]


def test_syllables_of_hyphenated_korean_given_names_are_no_variants() -> None:
    ko = "이수빈 국장이 조언했다. 한서윤 대표가 답했다. 이 국장은 웃었다."
    en = "Director Lee Su-bin advised them. CEO Han Seo-yoon replied. Lee laughed."
    ctx = context([("ko", "ko", ko, None), ("en", "en", en, "ko")])
    assert findings(NameVariant, ctx) == []


def test_an_arabic_name_romanised_two_ways_is_a_variant_where_the_parent_writes_one() -> None:
    en = ("Fahd Al-Anazi said the fair is large. Al-Anazi added that visitors are many. "
          "Al-Anazi said the opening is tomorrow.")
    es = ("Fahd Al-Anazi dijo que la feria es grande. Al-Anazi añadió que los visitantes son muchos. "
          "Al-Enezi dijo que la apertura es mañana.")
    ctx = context([("en", "en", en, None), ("es", "es", es, "en")])
    assert [f.spans[0].text for f in findings(NameVariant, ctx)] == ["Enezi"]  # the article is no name


def test_a_final_h_written_one_way_in_each_witness_is_a_romanisation() -> None:
    # Ras Al Khaimah in the translation, Ras Al Khaima throughout the machine translation of a
    # retelling: two ways of writing a final ة, each kept; within one witness it is a slip
    en = "Floods hit Ras Al Khaimah on Saturday. Ras Al Khaimah police closed roads. Shops in Ras Al Khaimah shut."
    back = "Floods hit Ras Al Khaima on Saturday. The police of Ras Al Khaima closed roads. Shops in Ras Al Khaima shut."
    passes(NameVariant, context([("en", "en", en, None), ("back", "en", back, "en")]))
    mixed = en.replace("Shops in Ras Al Khaimah", "Shops in Ras Al Khaima")
    (f,) = fails(NameVariant, single("en", mixed))
    assert f.spans[0].text == "Khaima"



def test_a_given_name_and_surname_both_respelt_are_one_finding() -> None:
    from auditor.core.checks.name_variant import _joined_parts
    from auditor.core.models import Finding, Severity

    text = "The Eileen Trevose drifted. All 14 men were saved from the Eilen Trevoze at dawn."
    ctx = single("en", text)

    def spelling(variant: str, canonical: str, at: int) -> Finding:
        start = text.index(variant, at)
        return Finding(check="name-variant", severity=Severity.MAJOR, witness="w", segments=("w-s2",),
                       spans=(ctx.span("w", start, start + len(variant)),), message=f"{variant} / {canonical}",
                       suggestion=canonical, evidence=(("kind", "spelling"),))

    at = text.index("saved")
    (f,) = _joined_parts(ctx, [spelling("Trevoze", "Trevose", at), spelling("Eilen", "Eileen", at)])
    assert f.spans[0].text == "Eilen Trevoze" and f.suggestion == "Eileen Trevose"
    # apart, or of another kind, they stay two findings
    far = spelling("dawn", "down", at)
    assert len(_joined_parts(ctx, [spelling("Eilen", "Eileen", at), far])) == 2


def test_a_word_of_the_other_side_renders_the_name_it_matches_best() -> None:
    # "Kaur said the Kar sewa …": Urdu کار is Kar's rendering, not Kaur's (an abjad romanised
    # drops the vowels that tell کار from کور); two names, no variant
    en = ("Deputy Commissioner Amandeep Kaur Gill visited the breach on Monday. "
          "Kar sewa to plug the breach has begun with hundreds of volunteers. "
          "Kaur said the villagers had done remarkable work. "
          "The Kar sewa volunteers brought tractors and sandbags. "
          "Kaur said the Kar sewa had given the villages hope. Gill said relief camps would stay open.")
    ur = ("ڈپٹی کمشنر امندیپ کور گل نے پیر کو شگاف کا دورہ کیا۔ "
          "شگاف بند کرنے کے لیے کار سیوا شروع ہو گئی ہے جس میں سینکڑوں رضاکار شامل ہیں۔ "
          "کور نے کہا کہ دیہاتیوں نے قابل ذکر کام کیا ہے۔ "
          "کار سیوا کے رضاکار ٹریکٹر اور ریت کی بوریاں لائے۔ "
          "کور نے کہا کہ کار سیوا نے دیہات کو امید دی ہے۔ گل نے کہا کہ امدادی کیمپ کھلے رہیں گے۔")
    passes(NameVariant, pair("en", en, "ur", ur))


def test_a_korean_place_with_a_place_noun_or_a_particle_is_one_place() -> None:
    from auditor.core.checks.name_pairs import _korean_place

    assert _korean_place("아키타역", "아키타시의", "ko") and _korean_place("아키타와", "아키타시의", "ko")
    assert not _korean_place("김민수", "김민호", "ko") and not _korean_place("아키타역", "아키타시의", "ja")


def test_a_slavic_place_adjective_with_a_linking_in_is_derived() -> None:
    from auditor.core.checks.name_pairs import _slavic_adjective

    assert _slavic_adjective("Карагандинській", "Караганди", "uk")
    assert _slavic_adjective("Карагандинской", "Караганды", "ru")
    assert not _slavic_adjective("Марьинский", "Марка", "ru")  # a stem too short to tell


def test_vietnamese_names_with_different_marks_are_different_names() -> None:
    # Văn (a middle name) and Vân (a given name): the marks are letters and tones; an English
    # text that drops them writes both Van and is no evidence that they are one name
    vi = ("Ông Trần Văn Hiếu cho biết giá lúa tăng. Bà Vân nói công ty đã ký hợp đồng. "
          "Ông Lê Văn Út trồng lúa ở Cần Thơ. Bà Vân cho biết xuất khẩu tăng mạnh. Bà Vân dự báo giá ổn định.")
    en = ("Tran Van Hieu said rice prices rose. Van said the company had signed a contract. "
          "Le Van Ut grows rice in Can Tho. Van said exports rose sharply. Van expects prices to hold.")
    assert not [f for f in findings(NameVariant, pair("vi", vi, "en", en)) if f.witness == "src"]
    # a name that lost its marks beside its marked form is still a variant (Hung / Hùng)
    vi2 = "Ông Nguyễn Văn Hùng nói. Ông Hùng cho biết tàu đã về. Ông Hung cảm ơn mọi người."
    (f,) = fails(NameVariant, single("vi", vi2))
    assert f.spans[0].text == "Hung"


def test_a_chinese_name_is_read_without_the_verb_of_saying_written_onto_it() -> None:
    # the Chinese "word" runs to the colon: 卡斯特利维解释说 is Castellví + "explained", beside
    # 卡斯特利维说 (+ "said"); the clean corpus chain holds both and no variant
    found = [f for f in _corpus_findings("clean-es-en-zh-court") if f.check == "name-variant"]
    assert found == []


def test_a_tie_inside_a_back_translation_goes_to_the_spelling_its_language_uses_elsewhere() -> None:
    # the back-translation writes Mavridis, then Mafridis (Arabic has no v); the English it comes
    # back to says Mavridis twice, so Mafridis is the variant, whatever the Arabic's f suggests
    en = ("Fire chief Konstantinos Mavridis said the wind had dropped. Mavridis added that crews "
          "would stay overnight. Residents returned to the village.")
    ar = ("قال قائد الإطفاء كونستانتينوس مافريديس إن الرياح هدأت. وأضاف مافريديس أن الفرق ستبقى طوال الليل. "
          "وعاد السكان إلى القرية.")
    back = ("Fire chief Konstantinos Mavridis said that the wind had calmed. Mafridis added that the "
            "teams would stay all night. The residents returned to the village.")
    ctx = context([("en", "en", en, None), ("ar", "ar", ar, "en"), ("back", "en", back, "ar")])
    got = [f for f in findings(NameVariant, ctx) if f.witness == "back"]
    assert [f.spans[0].text for f in got] == ["Mafridis"] and got[0].suggestion == "Mavridis"


def test_of_two_spellings_as_common_each_in_its_own_witness_the_later_one_drifted() -> None:
    # the English retelling writes Gholamreza, the machine back-translation (through Russian
    # Гуламреза) Golamreza; the Russian votes for the back-translation's spelling, but the
    # English came first: the finding, if any, is on the back-translation, never on the English
    found = [f for f in _corpus_findings("fa-en-ru-en-back-retold-quake") if f.check == "name-variant"]
    assert not [f for f in found if f.witness == "en" and f.spans[0].text == "Gholamreza"]
    assert [f.suggestion for f in found if f.spans[0].text == "Golamreza"] in ([], ["Gholamreza"])
