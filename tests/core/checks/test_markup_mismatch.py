"""``markup-mismatch``: placeholders, tags, URLs and e-mail addresses across a bead."""

from __future__ import annotations

import pytest

from auditor.core.checks.markup_mismatch import MarkupMismatch, items

from .checkhelpers import fails, pair, passes

SAME = [
    ("You have {count} new photos in %s.", "Sie haben {count} neue Fotos in %s."),
    # numbered placeholders may be reordered; tags may move; a link's text is translated
    ("Uploaded %1$d of %2$d files.", "Von %2$d Dateien wurden %1$d hochgeladen."),
    ('Open <b>Settings</b> or see <a href="https://example.com/help">the help</a>.',
     'Öffnen Sie die <a href="https://example.com/help">Hilfe</a> oder <b>Einstellungen</b>.'),
    ("Write to support@example.com or visit https://example.com/help/.",
     "Schreiben Sie an support@example.com oder besuchen Sie https://example.com/help."),
    # percentages are no placeholders, in either typography
    ("Prices rose by 50% of the old level.", "Les prix ont augmenté de 50 % de l’ancien niveau."),
    # Japanese writes a placeholder or an address straight after or before a word
    ("%1$d of %2$d files uploaded", "%2$d件中%1$d件のファイルをアップロードしました"),
    ("Email support@example.com for help.", "support@example.comまでメールでお問い合わせください。"),
]


@pytest.mark.parametrize(("src", "tgt"), SAME)
def test_kept_markup_passes(src: str, tgt: str) -> None:
    passes(MarkupMismatch, pair("en", src, "de", tgt))


@pytest.mark.parametrize(("src", "tgt", "span"), [
    ("Saved {fileName} to the cloud.", "{Dateiname} wurde in der Cloud gespeichert.", "{Dateiname}"),
    ("Backing up %s now.", "Sichere jetzt % s.", None),
    ("Tap <b>Backup</b> to start.", "Tippen Sie auf <b>Sichern, um zu starten.", None),
    ("Write to support@example.com for help.", "Schreiben Sie an suport@example.com.", "suport@example.com"),
    ("See https://example.com/help for details.", "Siehe https://example.com/hilfe.", "https://example.com/hilfe"),
])
def test_a_changed_or_lost_item_is_reported(src: str, tgt: str, span: str | None) -> None:
    (f,) = fails(MarkupMismatch, pair("en", src, "de", tgt))
    assert f.witness == "tgt" and f.hop == ("src", "tgt")
    if span is not None:
        assert f.spans[0].text == span
    else:  # nothing wrong to point at: the whole translated segment
        assert f.spans[0].text == tgt and f.evidence_value("missing") != "—"


def test_items_and_their_keys() -> None:
    got = [(i.kind, i.key) for i in items('Hi {{name}}, see <a href="http://x.org/a/">this</a> %.2f ${v}.')]
    assert ("brace", "{{name}}") in got and ("printf", "%.2f") in got and ("brace", "${v}") in got
    assert ("tag", "a") in got and ("tag", "/a") in got and ("url", "http://x.org/a") in got


def test_tags_and_links_can_be_switched_off() -> None:
    ctx = pair("en", "See https://example.com/en/help now.", "de", "Siehe https://example.com/de/hilfe jetzt.")
    fails(MarkupMismatch, ctx)
    passes(MarkupMismatch, ctx, links=False)


def test_placeholder_digits_are_no_number_mismatch() -> None:
    from auditor.core.checks.runner import run_checks

    ctx = pair("en", "Saved {0} of {1} files.", "de", "{1} Dateien gespeichert.")
    got, _skipped = run_checks(ctx)
    assert [f.check for f in got if f.check in {"markup-mismatch", "number-mismatch"}] == ["markup-mismatch"]


def test_an_address_ends_where_its_ascii_ends_and_at_a_bracket_it_did_not_open() -> None:
    from auditor.core.checks.markup_mismatch import markup_spans

    text = "제품 정보는 누리집(www.safetykorea.kr)에서 볼 수 있다. See https://en.wikipedia.org/wiki/Foo_(bar) too."
    assert [text[s:e] for s, e in markup_spans(text)] == ["www.safetykorea.kr", "https://en.wikipedia.org/wiki/Foo_(bar)"]
