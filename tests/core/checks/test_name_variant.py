"""``name-variant``: real sentences that must and must not be flagged, within and across witnesses."""

from __future__ import annotations

import pytest

from auditor.core.checks.base import GlossaryEntry
from auditor.core.checks.name_variant import NameVariant

from .checkhelpers import context, fails, pair, passes, single

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
    # abbreviations end with a full stop
    ("en", "It happened on Sept. 5 in the city. In September the letter was published."),
    # a capital forced by sentence position proves nothing
    ("en", "News travels fast in Moscow. The Newsweek report came out on Monday."),
    # one spelling each: no majority, so no verdict
    ("en", "The letter reached Osechkin on Monday. A second one reached Osekkin on Friday."),
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
