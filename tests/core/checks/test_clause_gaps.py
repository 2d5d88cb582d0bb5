"""``clause_gaps``: a clause added or dropped inside a 1-1 bead, found by length plus the
names and numbers that the other side of the bead lacks."""

from __future__ import annotations

from auditor.core.checks.addition import Addition
from auditor.core.checks.clause_gaps import clause_pieces
from auditor.core.checks.omission import Omission

from .checkhelpers import EN_TEN as EN
from .checkhelpers import RU_TEN as RU
from .checkhelpers import fails, pair, passes

# The added clause names the research group's director, whom both texts mention elsewhere.
ADDED = "Владимир Путин готовился вторгнуться в Японию летом 2021 года, сказал директор группы."
TRANSLATED = "Vladimir Putin was preparing to invade Japan in the summer of 2021, the director of a research group told reporters."


def _with(texts: list[str], i: int, sentence: str) -> str:
    return " ".join(texts[:i] + [sentence] + texts[i + 1 :])


def test_clause_pieces_split_at_commas_and_conjunctions() -> None:
    text = "Drinking water is delivered by tankers, which the government hired and pays for."
    assert [text[a:b] for a, b in clause_pieces(text)] == [
        "Drinking water is delivered by tankers", "which the government hired", "pays for"]
    ja = "東京駅では、利用客が列を作った。"
    assert [ja[a:b] for a, b in clause_pieces(ja)] == ["東京駅では", "利用客が列を作った"]


def test_added_clause_with_names_the_source_lacks() -> None:
    (f,) = [f for f in fails(Addition, pair("en", " ".join(EN), "ru", _with(RU, 0, ADDED)))
            if f.evidence_value("kind") == "clause"]
    assert f.spans[0].witness == "tgt" and "директор группы" in f.spans[0].text
    assert "Путин" not in f.spans[0].text
    passes(Omission, pair("en", " ".join(EN), "ru", _with(RU, 0, ADDED)))


def test_dropped_clause_is_reported_in_the_source() -> None:
    (f,) = [f for f in fails(Omission, pair("en", _with(EN, 0, TRANSLATED), "ru", " ".join(RU)))
            if f.evidence_value("kind") == "clause"]
    assert f.witness == "tgt" and f.spans[0].witness == "src" and "director of a research group" in f.spans[0].text


def test_clause_translated_on_both_sides_passes() -> None:
    ctx = pair("en", _with(EN, 0, TRANSLATED), "ru", _with(RU, 0, ADDED))
    passes(Addition, ctx)
    passes(Omission, ctx)


def test_long_paraphrase_without_anchors_passes() -> None:
    # Longer than usual but nothing the hop carries across is missing: a wordy translator.
    # (No extra clause marks either: a comma-set clause is ``unpaired_clauses``' business.)
    wordy = "Владимир Владимирович Путин всерьёз и основательно готовился вторгнуться в Японию летом 2021 года."
    passes(Addition, pair("en", " ".join(EN), "ru", _with(RU, 0, wordy)))
