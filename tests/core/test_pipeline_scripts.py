"""Faithful translations in fifteen languages and eleven scripts audit clean; changed numbers
are still found.

The texts (``data/mostar``) hold dates, decimals, thousands, a scale word ('2 million') and
names in every language, written the way each language writes them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.core.models import Chain, Witness
from auditor.core.pipeline import audit_chain

DATA = Path(__file__).parent / "data" / "mostar"
LANGS = ("ar", "fa", "zh", "ja", "ko", "el", "he", "hi", "ta", "th", "sw", "tl", "vi", "tr", "uk")


def _audit(lang: str, text: str) -> list[tuple[str, str]]:
    chain = Chain("mostar", (
        Witness("en", "en", (DATA / "en.txt").read_text(encoding="utf-8"), role="source"),
        Witness(lang, lang, text, parent="en"),
    ))
    return [(f.check, f.message) for f in audit_chain(chain).findings]


@pytest.mark.parametrize("lang", LANGS)
def test_a_faithful_translation_gives_no_findings(lang: str) -> None:
    assert _audit(lang, (DATA / f"{lang}.txt").read_text(encoding="utf-8")) == []


SCALED = {"ar": "2 مليون", "fa": "۲ میلیون", "zh": "200万", "ko": "200만", "el": "2 εκατομμυρίων", "he": "2 מיליון",
          "hi": "20 लाख", "th": "2 ล้าน", "sw": "milioni 2", "tl": "2 milyong", "ja": "200万",
          "ta": "2 மில்லியன்", "vi": "2 triệu", "tr": "2 milyon", "uk": "2 мільйони"}


@pytest.mark.parametrize("lang", LANGS)
def test_changed_numbers_and_scales_are_found(lang: str) -> None:
    text = (DATA / f"{lang}.txt").read_text(encoding="utf-8")
    text = re.sub(r"([3۳])([.,٫])([5۵])", lambda m: ("4" if m[1] == "3" else "۴") + m[2] + m[3], text, count=1)
    amount = SCALED[lang]
    assert amount in text
    text = text.replace(amount, amount.replace("2", "3", 1).replace("۲", "۳", 1))  # 3 million euros, not 2
    got = [m for c, m in _audit(lang, text) if c == "number-mismatch"]
    assert any("4.5" in m for m in got), got
    assert any("3000000" in m for m in got), got


def test_a_back_translation_drifts_and_each_problem_is_traced_to_its_hop() -> None:
    # en → ar (faithful) → en again by a careless back-translation (ar-en-back.txt): the mayor
    # becomes 'Kordish', the no-injuries sentence is gone, 2 million becomes 3 million.
    chain = Chain("mostar, back-translated", (
        Witness("en", "en", (DATA / "en.txt").read_text(encoding="utf-8"), role="source"),
        Witness("ar", "ar", (DATA / "ar.txt").read_text(encoding="utf-8"), parent="en"),
        Witness("back", "en", (DATA / "ar-en-back.txt").read_text(encoding="utf-8"), parent="ar",
                role="back-translation"),
    ))
    findings = audit_chain(chain).findings
    got = {(f.check, f.hop, f.spans[0].text[:20]) for f in findings}
    assert ("name-variant", ("ar", "back"), "Kordish") in got
    assert any(c == "omission" and hop == ("ar", "back") for c, hop, _ in got)
    assert any(c == "number-mismatch" and hop == ("ar", "back") for c, hop, _ in got)
    assert all(f.hop == ("ar", "back") for f in findings)  # the en → ar hop is clean
