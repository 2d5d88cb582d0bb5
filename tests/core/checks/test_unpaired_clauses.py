"""``unpaired_clauses``: a clause set off by punctuation, with no names or numbers to go by,
added or dropped inside a bead that is long (or short) for the hop."""

from __future__ import annotations

from auditor.core.checks.addition import Addition
from auditor.core.checks.omission import Omission
from auditor.core.checks.unpaired_clauses import marks, punct_pieces

from .checkhelpers import EN_TEN as EN
from .checkhelpers import RU_TEN as RU
from .checkhelpers import fails, pair, passes

# "…analysed the letter in detail, which had been handed to him the day before."
ADDED = "Эксперт по спецслужбам подробно проанализировал письмо, которое ему передали накануне."
TRANSLATED = "An expert on the security service analysed the letter in detail, which he had been handed the day before."
AT = 8


def _with(texts: list[str], i: int, sentence: str) -> str:
    return " ".join([*texts[:i], sentence, *texts[i + 1 :]])


def test_marks_and_pieces_skip_number_separators() -> None:
    assert marks("Изъяли 2,3 миллиона в 7:30, сказал он: «нет».") == 2
    text = "Drinking water is delivered by tankers, which the government hired and pays for."
    assert [text[a:b] for a, b in punct_pieces(text)] == [
        "Drinking water is delivered by tankers", "which the government hired and pays for"]


def test_added_clause_without_anchors_is_an_addition() -> None:
    ctx = pair("en", " ".join(EN), "ru", _with(RU, AT, ADDED))
    (f,) = fails(Addition, ctx)
    assert f.spans[0].witness == "tgt" and f.spans[0].text == "которое ему передали накануне"
    assert f.evidence_value("kind") == "clause" and f.segments == ("tgt-s9",)
    passes(Omission, ctx)


def test_dropped_clause_without_anchors_is_an_omission() -> None:
    ctx = pair("en", _with(EN, AT, TRANSLATED), "ru", " ".join(RU))
    (f,) = fails(Omission, ctx)
    assert f.witness == "tgt" and f.spans[0].witness == "src"
    assert f.spans[0].text == "which he had been handed the day before"
    passes(Addition, ctx)


def test_clause_translated_on_both_sides_passes() -> None:
    ctx = pair("en", _with(EN, AT, TRANSLATED), "ru", _with(RU, AT, ADDED))
    passes(Addition, ctx)
    passes(Omission, ctx)


# Each translation below is long enough for the detector (z ≥ ``punct_z``): it passes for the
# reason its test names.


def test_wordy_translation_with_the_same_clauses_passes() -> None:
    wordy = "Известный эксперт по спецслужбам очень подробно и тщательно проанализировал письмо."
    passes(Addition, pair("en", " ".join(EN), "ru", _with(RU, AT, wordy)))
    # The long clause stands for the source's own: both set one off with a comma.
    src = _with(EN, AT, "An expert on the security service analysed the letter, which was long.")
    tgt = _with(RU, AT, "Эксперт по спецслужбам подробно проанализировал письмо, которое было очень и очень длинным.")
    passes(Addition, pair("en", src, "ru", tgt))


def test_an_opening_phrase_set_off_only_in_the_translation_passes() -> None:
    # Languages put commas after an opening phrase differently: the first piece is never the clause.
    opening = "Как нам сообщили в редакции, эксперт по спецслужбам подробно проанализировал письмо."
    passes(Addition, pair("en", " ".join(EN), "ru", _with(RU, AT, opening)))


def test_clause_whose_name_the_other_side_has_passes() -> None:
    # The long clause names Putin, as the source sentence does: it is translated. (The rest
    # holds the number 12 on both sides, so the bead itself is aligned right.)
    src = _with(EN, AT, "An expert on the security service analysed the 12 letters of Putin.")
    tgt = _with(RU, AT, "Эксперт по спецслужбам подробно проанализировал 12 писем, которые написал сам Путин.")
    passes(Addition, pair("en", src, "ru", tgt))
    # Without the name in the source, the same clause is unpaired.
    src = _with(EN, AT, "An expert on the security service analysed the 12 letters.")
    (f,) = fails(Addition, pair("en", src, "ru", tgt))
    assert f.spans[0].text == "которые написал сам Путин"


def test_bracketed_gloss_is_not_an_added_clause() -> None:
    glossed = "Эксперт по спецслужбам подробно проанализировал письмо [офицер, ныне независимый аналитик]."
    passes(Addition, pair("en", " ".join(EN), "ru", _with(RU, AT, glossed)))


def test_higher_threshold_silences_it() -> None:
    passes(Addition, pair("en", " ".join(EN), "ru", _with(RU, AT, ADDED)), punct_z=9.0, z=9.0)


def test_the_predicate_after_an_apposition_is_no_clause_of_its_own() -> None:
    # "Miki Onodera, currently General Manager of …, is scheduled to be appointed plant manager
    # of the new facility": the last piece holds the sentence's verb, not an added clause
    from pathlib import Path

    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "clean-ja-en-press"
    assert [f.spans[0].text for f in audit_chain(load_chain(folder)).findings if f.check == "addition"] == []


def test_full_width_brackets_and_colons_are_clause_marks() -> None:
    from auditor.core.checks.unpaired_clauses import marks

    en = "He reminded growers of the rules set by the customs (GACC), including registration."
    zh = "他提醒种植者遵守海关总署（GACC）规定的要求，包括注册。"
    assert marks(en) == marks(zh) == 3


def test_a_day_of_the_week_in_brackets_is_part_of_a_date_not_a_clause() -> None:
    zh = "随着2024年12月15日（星期日）列车时刻表调整，威悉山地铁路有限公司（WBB）将全面改革。"
    assert marks(zh) == 3  # the comma and the brackets round WBB
    assert all("星期日" not in zh[lo:hi] or "列车" in zh[lo:hi] for lo, hi in punct_pieces(zh))
    assert marks("Le samedi (sam.) et le dimanche (dimanche), les trains roulent.") == 3


def test_a_clause_whose_number_changed_is_no_dropped_clause() -> None:
    from auditor.core.checks.clause_gaps import shared_anchors
    from auditor.core.checks.unpaired_clauses import _unmatched

    en = "The count ended at midnight, turnout was 56.82 per cent, officials said."
    ctx = pair("en", _with(EN, AT, en), "ru", _with(RU, AT, "Подсчёт завершился в полночь, сообщили чиновники, явка 56,28 процента."))
    a = ctx.alignments[0]
    bead = next(b for b in a.beads if b.source == (f"src-s{AT + 1}",))
    text = ctx.segment(bead.source[0]).text
    lo = text.index("turnout")
    hi = text.index(", officials")
    # 56.82 against 56.28: the clause is there with its number changed
    assert not _unmatched(ctx, bead.source, bead.target, bead.source[0], lo, hi, shared_anchors(ctx, a))
    gone = pair("en", _with(EN, AT, en), "ru", _with(RU, AT, "Подсчёт завершился в полночь, сообщили чиновники."))
    b2 = next(b for b in gone.alignments[0].beads if b.source == (f"src-s{AT + 1}",))
    assert _unmatched(gone, b2.source, b2.target, b2.source[0], lo, hi, shared_anchors(gone, gone.alignments[0]))


def test_a_clause_whose_number_is_written_as_a_word_is_there() -> None:
    from auditor.core.checks.clause_gaps import shared_anchors
    from auditor.core.checks.unpaired_clauses import _unmatched

    en = "Most concerned delayed wages, but in 9 cases local officials forced people to pick cotton."
    ru = "Большинство касается задержек зарплаты, однако в девяти случаях, по имеющимся сведениям, чиновники заставляли людей выходить на сбор."
    ctx = pair("en", _with(EN, AT, en), "ru", _with(RU, AT, ru))
    a = ctx.alignments[0]
    bead = next(b for b in a.beads if b.target == (f"tgt-s{AT + 1}",))
    text = ctx.segment(bead.target[0]).text
    lo, hi = text.index("однако"), text.index(", чиновники")
    # девяти is the 9 of the source: the clause is translated (its hedge added, not the clause)
    assert not _unmatched(ctx, bead.target, bead.source, bead.target[0], lo, hi, shared_anchors(ctx, a))
    other = en.replace("in 9 cases", "in some cases")
    ctx2 = pair("en", _with(EN, AT, other), "ru", _with(RU, AT, ru))
    b2 = next(b for b in ctx2.alignments[0].beads if b.target == (f"tgt-s{AT + 1}",))
    assert _unmatched(ctx2, b2.target, b2.source, b2.target[0], lo, hi, shared_anchors(ctx2, ctx2.alignments[0]))
