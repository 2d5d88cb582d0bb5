"""``hidden-text``: Trojan-source bidi controls and zero-width characters inside names."""

from __future__ import annotations

import pytest

from auditor.core.checks.hidden_text import HiddenText
from auditor.core.checks.name_variant import NameVariant
from auditor.core.models import Severity

from .checkhelpers import fails, passes, single

FAILS = [
    # (lang, text, span, severity)
    ("en", "Access is granted to \u202euser\u202c only, the memo said.", "\u202euser\u202c", Severity.CRITICAL),
    ("en", "The account \u2067admin\u2069 was created.", "\u2067admin\u2069", Severity.CRITICAL),
    ("en", "An unbalanced override \u202e starts here and never ends.", "\u202e starts", Severity.CRITICAL),
    ("en", "Vladimir Osech\u200bkin runs the site.", "Osech\u200bkin", Severity.MAJOR),
    ("ru", "Письмо получил Осеч\u2060кин.", "Осеч\u2060кин", Severity.MAJOR),
    ("en", "Igor Sush\u200dko translated it.", "Sush\u200dko", Severity.MAJOR),
    ("en", "The mark sits in New\u200eweek’s name.", "New\u200eweek", Severity.CRITICAL),
]

PASSES = [
    ("en", "\ufeffA byte-order mark at the very start is normal."),
    # ZWJ/ZWNJ shape Bengali conjuncts: র‍্যাব (RAB) is spelled with a ZWJ
    ("bn", "র\u200d্যাব সদস্যরা ঘটনাস্থলে যান।"),
    ("ja", "東京\u200b大阪"),
    ("en", "Plain text, with “quotes” and an em dash — nothing hidden."),
    ("en", "A mark between words \u200e is odd but not inside a name."),
]


@pytest.mark.parametrize("lang,text,span,severity", FAILS)
def test_fails(lang: str, text: str, span: str, severity: Severity) -> None:
    (f,) = fails(HiddenText, single(lang, text))
    assert f.spans[0].text == span and f.severity == severity
    assert "U+" in (f.evidence_value("characters") or "")
    assert not any(ord(c) in {0x200B, 0x202E, 0x2069, 0x2060, 0x200D, 0x200E, 0x202C, 0x2067} for c in f.suggestion)


@pytest.mark.parametrize("lang,text", PASSES)
def test_passes(lang: str, text: str) -> None:
    passes(HiddenText, single(lang, text))


def test_rtl_witness_balanced_isolate_is_minor() -> None:
    (f,) = fails(HiddenText, single("ar", "قال \u2066Newsweek\u2069 إن الرسالة حقيقية."))
    assert f.severity == Severity.MINOR


def test_zero_width_is_normalised_for_name_matching() -> None:
    text = "Vladimir Osechkin spoke. Osech\u200bkin left. Later Osechkin returned."
    passes(NameVariant, single("en", text))
    passes(HiddenText, single("en", text), zero_width=False)
