"""Pilot tests: drive the TUI with keys as a reviewer would, then check the audit and the file."""

from __future__ import annotations

from pathlib import Path

from auditor.core.models import Audit, Verdict
from auditor.io.tei_read import read_tei
from auditor.tui.app import AuditorApp, make_app
from auditor.tui.journal import journal_path
from auditor.tui.screens.review import ReviewScreen

from .conftest import SEED, pilot_test

SIZE = (120, 40)


def review(app: AuditorApp) -> ReviewScreen:
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def goto_check(pilot, app: AuditorApp, check: str, witness: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Press n until the current finding is of ``check`` (and ``witness``)."""
    for _ in range(len(app.session.audit.findings) + 1):  # type: ignore[union-attr]
        await pilot.press("n")
        f = review(app).finding(review(app).current)
        if f is not None and f.check == check and (witness is None or f.witness == witness):
            return
    raise AssertionError(f"no {check} finding reachable with n")


@pilot_test
async def test_seed_dismiss_save_reload(seed_audit: Audit, tmp_path: Path) -> None:
    """Issue 2: open the seed, jump to the untranslated fragment, dismiss it, save, reload."""
    out = tmp_path / "seed.tei.xml"
    app = make_app(seed_audit, path=SEED, save_path=out)
    async with app.run_test(size=SIZE) as pilot:
        await goto_check(pilot, app, "untranslated-span")
        screen = review(app)
        f = screen.finding(screen.current)
        assert f is not None and "প্রেক্ষাপটটি" in f.spans[0].text
        row = screen.grid.row_of_finding(f)
        assert screen.view.cursor_row == row  # the grid jumped to the fragment's row
        await pilot.press("d")
        assert app.session.audit.decision_for(f.fingerprint).verdict is Verdict.DISMISSED  # type: ignore[union-attr]
        assert app.session.dirty  # type: ignore[union-attr]
        assert journal_path(out).exists()  # autosaved to the journal straight away
        await pilot.press("ctrl+s")
        assert out.exists() and not app.session.dirty  # type: ignore[union-attr]
        assert not journal_path(out).exists()
    saved = read_tei(out)
    assert saved.decision_for(f.fingerprint).verdict is Verdict.DISMISSED  # type: ignore[union-attr]
    # reopening the saved file shows the decision in the findings list
    app2 = make_app(saved, path=out, save_path=out)
    async with app2.run_test(size=SIZE) as pilot:
        screen = review(app2)
        assert screen.status(f) == "dismissed"
        listing = screen.panel.query_one("#findings-table")
        row = listing.index[f.fingerprint]
        assert listing.render_line(row + 1 - int(listing.scroll_y)).text.startswith("dismissed")
        assert "decided 1 / " in str(screen.query_one("#status").render())


@pilot_test
async def test_accept_correct_note_and_undo(small_audit: Audit, tmp_path: Path) -> None:
    app = make_app(small_audit, path=None, save_path=tmp_path / "a.xml")
    async with app.run_test(size=SIZE) as pilot:
        await goto_check(pilot, app, "name-variant", "fr")
        fp = review(app).current
        await pilot.press("c")
        await pilot.press("ctrl+a", "ctrl+k", *"Petrova", "enter")
        d = app.session.audit.decision_for(fp)  # type: ignore[union-attr]
        assert d is not None and d.verdict is Verdict.CORRECTED and d.correction == "Petrova"
        review(app).jump_to(review(app).finding(fp))  # type: ignore[arg-type]
        await pilot.press("e", *"seen twice", "enter")
        d = app.session.audit.decision_for(fp)  # type: ignore[union-attr]
        assert d is not None and d.note == "seen twice" and d.verdict is Verdict.CORRECTED
        await pilot.press("u")
        assert app.session.audit.decision_for(fp).note == ""  # type: ignore[union-attr]
        await pilot.press("ctrl+r")
        assert app.session.audit.decision_for(fp).note == "seen twice"  # type: ignore[union-attr]
        await pilot.press("u", "u")
        assert app.session.audit.decision_for(fp) is None  # type: ignore[union-attr]
        review(app).jump_to(review(app).finding(fp))  # type: ignore[arg-type]
        await pilot.press("a")
        assert app.session.audit.decision_for(fp).verdict is Verdict.ACCEPTED  # type: ignore[union-attr]


@pilot_test
async def test_bulk_dismiss_filtered_set(small_audit: Audit, tmp_path: Path) -> None:
    app = make_app(small_audit, path=None, save_path=tmp_path / "a.xml")
    async with app.run_test(size=SIZE) as pilot:
        screen = review(app)
        screen.panel.set_filter(check="name-variant")
        await pilot.pause()
        assert {f.check for f in screen.panel.filtered} == {"name-variant"}
        await pilot.press("D")
        await pilot.press("y")
        decided = {d.finding: d.verdict for d in app.session.audit.decisions}  # type: ignore[union-attr]
        names = [f for f in small_audit.findings if f.check == "name-variant"]
        assert len(names) >= 2 and all(decided.get(f.fingerprint) is Verdict.DISMISSED for f in names)
        others = [f for f in small_audit.findings if f.check != "name-variant"]
        assert all(f.fingerprint not in decided for f in others)
        await pilot.press("u")  # one undo reverts the whole bulk action
        assert not app.session.audit.decisions  # type: ignore[union-attr]


@pilot_test
async def test_merge_split_and_confirm_from_keys(small_audit: Audit, tmp_path: Path) -> None:
    app = make_app(small_audit, path=None, save_path=tmp_path / "a.xml")
    async with app.run_test(size=SIZE) as pilot:
        screen = review(app)
        n0 = len(small_audit.alignment("en", "fr").beads)
        await pilot.press("l")  # focus the fr column: edits apply to the en→fr hop
        assert screen.view.focused_witness == "fr"
        await pilot.press("j", "M")
        assert len(app.session.audit.alignment("en", "fr").beads) == n0 - 1  # type: ignore[union-attr]
        assert len(screen.grid.rows) == len(Grid_rows(small_audit)) - 1
        await pilot.press("S")
        assert app.session.audit.alignment("en", "fr").beads == small_audit.alignment("en", "fr").beads[:1] + tuple(  # type: ignore[union-attr]
            b.__class__(b.source, b.target, min(small_audit.alignment("en", "fr").beads[1].score,
                                                small_audit.alignment("en", "fr").beads[2].score))
            for b in small_audit.alignment("en", "fr").beads[1:3]) + small_audit.alignment("en", "fr").beads[3:]
        await pilot.press("C")
        assert app.session.audit.alignment("en", "fr").beads[1].confirmed  # type: ignore[union-attr]
        await pilot.press("right_square_bracket")
        assert app.session.audit.history[-1].status == "aligned"  # type: ignore[union-attr]
        assert app.session.audit.history[-4].text.startswith("en→fr: merged")  # type: ignore[union-attr]


def Grid_rows(audit: Audit) -> list:  # type: ignore[type-arg]
    from auditor.tui.grid import Grid

    return Grid.build(audit).rows


@pilot_test
async def test_search_and_navigation(small_audit: Audit, tmp_path: Path) -> None:
    app = make_app(small_audit, path=None, save_path=tmp_path / "a.xml")
    async with app.run_test(size=SIZE) as pilot:
        screen = review(app)
        await pilot.press("slash", *"journalistes", "enter")
        row = screen.view.cursor_row
        assert any("journalistes" in screen.grid.segment[s].text for s in screen.grid.rows[row].get("fr", ()))
        await pilot.press("G")
        assert screen.view.cursor_row == len(screen.grid.rows) - 1
        await pilot.press("g", "j", "j", "k")
        assert screen.view.cursor_row == 1
        await pilot.press("3")  # toggle the third witness off, and on again
        assert screen.view.columns == ["en", "fr"]
        await pilot.press("3")
        assert screen.view.columns == ["en", "fr", "de"]


@pilot_test
async def test_quit_asks_when_unsaved_and_saves(small_audit: Audit, tmp_path: Path) -> None:
    out = tmp_path / "q.tei.xml"
    app = make_app(small_audit, path=None, save_path=out)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "d", "ctrl+q")
        assert type(app.screen).__name__ == "ConfirmScreen"  # asked, not gone
        await pilot.press("y")  # save and quit
    assert out.exists() and len(read_tei(out).decisions) == 1


@pilot_test
async def test_restore_after_crash(small_audit: Audit, tmp_path: Path) -> None:
    out = tmp_path / "r.tei.xml"
    app = make_app(small_audit, path=None, save_path=out)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "d", "l", "M")
        expected = app.session.audit  # type: ignore[union-attr]
    # the test harness leaves without the quit dialog: that is our "crash"
    assert journal_path(out).exists()
    app2 = make_app(small_audit, path=None, save_path=out)
    async with app2.run_test(size=SIZE) as pilot:
        assert type(app2.screen).__name__ == "ConfirmScreen"
        await pilot.press("y")
        assert app2.session.audit.decisions == expected.decisions  # type: ignore[union-attr]
        assert app2.session.audit.alignments == expected.alignments  # type: ignore[union-attr]


@pilot_test
async def test_help_palette_overview(small_audit: Audit) -> None:
    app = make_app(small_audit, path=None, save_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        ids = {row[2] for row in app.binding_rows()}
        assert {"review.next_finding", "review.dismiss", "review.merge", "review.save", "app.quit"} <= ids
        await pilot.press("escape", "o")
        assert type(app.screen).__name__ == "OverviewScreen"
        await pilot.press("escape")
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Accept", "Dismiss", "Merge with next bead", "Split bead", "Undo", "Search"} <= titles


@pilot_test
async def test_a_moved_sentence_is_reviewed_and_saved_with_both_places(tmp_path: Path) -> None:
    from auditor.core.models import Chain, Witness
    from auditor.core.pipeline import audit_chain

    from ..core.checks.checkhelpers import EN_TEN, RU_TEN

    ru = RU_TEN[1:6] + [RU_TEN[0]] + RU_TEN[6:]  # the first sentence moved five places on
    audit = audit_chain(Chain("moved", (
        Witness("en", "en", " ".join(EN_TEN), role="source"),
        Witness("ru", "ru", " ".join(ru), parent="en"),
    )))
    moved = [f for f in audit.findings if f.evidence_value("kind") == "moved"]
    assert len(moved) == 1 and [s.witness for s in moved[0].spans] == ["en", "ru"]
    out = tmp_path / "moved.tei.xml"
    app = make_app(audit, path=None, save_path=out)
    async with app.run_test(size=SIZE) as pilot:
        await goto_check(pilot, app, "omission")
        screen = review(app)
        f = screen.finding(screen.current)
        assert f is not None and f.fingerprint == moved[0].fingerprint
        await pilot.press("a")
        await pilot.press("ctrl+s")
    saved = read_tei(out)
    (back,) = [g for g in saved.findings if g.fingerprint == f.fingerprint]
    assert [(s.witness, s.text) for s in back.spans] == [(s.witness, s.text) for s in f.spans]
    assert saved.decision_for(f.fingerprint).verdict is Verdict.ACCEPTED  # type: ignore[union-attr]
