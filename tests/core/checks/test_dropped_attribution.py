"""``omission``'s attribution signal (``auditor.core.checks.dropped_attribution``): a claim
the source credits to someone, which the translation states as fact."""

from __future__ import annotations

from auditor.core.checks.omission import Omission

from .checkhelpers import EN_TEN as EN
from .checkhelpers import RU_TEN as RU
from .checkhelpers import context, fails, pair, passes, retold

AT = 8
EN_CREDITED = "According to the ministry, an expert on the security service analysed the letter in detail."
RU_CREDITED = "По данным министерства, эксперт по спецслужбам подробно проанализировал письмо."


def _with(texts: list[str], i: int, sentence: str) -> str:
    return " ".join([*texts[:i], sentence, *texts[i + 1 :]])


def _attribution(ctx: object, **params: object) -> list:  # type: ignore[type-arg]
    from .checkhelpers import findings

    return [f for f in findings(Omission, ctx, **params) if f.evidence_value("kind") == "attribution"]  # type: ignore[arg-type]


def test_a_dropped_attribution_is_an_omission_in_the_source() -> None:
    ctx = pair("en", _with(EN, AT, EN_CREDITED), "ru", " ".join(RU))
    (f,) = fails(Omission, ctx)
    assert f.evidence_value("kind") == "attribution" and f.evidence_value("cue") == "According to"
    assert f.witness == "tgt" and f.spans[0].witness == "src" and f.spans[0].text == "According to the ministry"
    assert "states the claim as fact" in f.message


def test_a_kept_attribution_passes() -> None:
    passes(Omission, pair("en", _with(EN, AT, EN_CREDITED), "ru", _with(RU, AT, RU_CREDITED)))


def test_the_credited_name_in_the_translation_keeps_it_whatever_the_verb() -> None:
    src = "Hurynovich told our correspondent that an expert analysed the letter in detail."
    tgt = "Гуринович поделился с нашим корреспондентом: эксперт подробно проанализировал письмо."
    assert not _attribution(pair("en", _with(EN, AT, src), "ru", _with(RU, AT, tgt)))


def test_a_bare_quotation_lost_its_speaker() -> None:
    src = "“An expert analysed the letter in detail and found it genuine,” Petrov said."
    bare = "«Эксперт подробно проанализировал письмо и признал его подлинным»."
    (f,) = _attribution(pair("en", _with(EN, AT, src), "ru", _with(RU, AT, bare)))
    assert f.spans[0].text == "Petrov said"
    kept = "«Эксперт подробно проанализировал письмо и признал его подлинным», — уверен Петров."
    assert not _attribution(pair("en", _with(EN, AT, src), "ru", _with(RU, AT, kept)))


def test_words_of_saying_inside_a_quotation_are_what_was_said() -> None:
    src = "“We told them everything we knew about the letter in detail.”"
    tgt = "«Мы рассказали им всё, что знали о письме»."
    assert not _attribution(pair("en", _with(EN, AT, src), "ru", _with(RU, AT, tgt)))


def test_an_attribution_moved_into_the_next_sentence_passes() -> None:
    src = _with(EN, AT, "An expert analysed the letter in detail, the ministry said.")
    tgt = _with(RU, AT + 1, "Как сообщило министерство, он показал его двум нынешним или бывшим сотрудникам службы.")
    assert not _attribution(pair("en", src, "ru", tgt))


def test_a_retelling_and_the_switch_leave_it_alone() -> None:
    ctx = pair("en", _with(EN, AT, EN_CREDITED), "ru", " ".join(RU))
    assert not _attribution(retold(ctx))
    assert not _attribution(ctx, attributions=False)


def test_a_language_without_cue_lists_is_not_judged() -> None:
    ctx = context([("src", "en", _with(EN, AT, EN_CREDITED), None), ("tgt", "xx", " ".join(RU), "src")])
    assert not _attribution(ctx)


def test_an_attribution_lost_with_the_rest_of_its_sentence_is_one_finding() -> None:
    # the whole second half went, the credit with it: the length finding says so, once
    long_en = ("According to the ministry, an expert on the security service analysed the letter in detail "
               "over three weeks, compared it with earlier leaks and found the style and the facts consistent.")
    ctx = pair("en", _with(EN, AT, long_en), "ru", " ".join(RU))
    (f,) = fails(Omission, ctx)
    assert f.evidence_value("kind") is None and f.evidence_value("length-ratio") is not None
    assert not _attribution(ctx)
