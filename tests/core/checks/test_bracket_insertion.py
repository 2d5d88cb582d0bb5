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
]
BALANCED = [
    ("en", "A member of Russia’s Federal Security Service (FSB) leaked this."),
    ("en", "The agents’ letters were read. Tokyo calls the islands its ‘northern territory’ today."),
    ("en", "They wrote, ‘Why Ukraine? Others must answer.’"),
    ("de", "Er sagte: „Das ist das Ende.“ Dann ging er."),
    ("ja", "書簡には「すべて決まった」とあった。"),
    ("en", "He wrote: “It is (as they say) over.”"),
]


@pytest.mark.parametrize(("lang", "text", "span"), UNBALANCED)
def test_unbalanced(lang: str, text: str, span: str) -> None:
    (f,) = fails(BracketInsertion, single(lang, text))
    assert f.spans[0].text == span and (f.evidence_value("kind") or "").startswith("unbalanced")


@pytest.mark.parametrize(("lang", "text"), BALANCED)
def test_balanced(lang: str, text: str) -> None:
    passes(BracketInsertion, single(lang, text))


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
