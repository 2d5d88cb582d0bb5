"""Actions that change the audit: decisions, bulk decisions, undo/redo, alignment edits, save.

A mixin of ``ReviewScreen``: every action builds an ``Op``, hands it to the session, then
refreshes what the op touched and writes the crash journal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.binding import Binding

from auditor.core.models import Finding, Verdict
from auditor.tui.review import Op, now_w3c

if TYPE_CHECKING:
    from pathlib import Path

    from textual.screen import Screen

    from auditor.tui.grid import Grid
    from auditor.tui.journal import Journal
    from auditor.tui.review import ReviewSession
    from auditor.tui.widgets.aligned_view import AlignedView
    from auditor.tui.widgets.findings_panel import FindingsPanel

    class _ReviewHost(Screen[None]):
        """What the mixin uses from ``ReviewScreen``, declared so mypy can check the mixin alone
        (a ``self: ReviewScreen`` annotation is rejected: the mixin is not its supertype)."""

        session: ReviewSession
        grid: Grid
        journal: Journal | None
        save_path: Path | None
        reviewer: str
        current: str

        @property
        def view(self) -> AlignedView: ...

        @property
        def panel(self) -> FindingsPanel: ...

        def verdict(self, f: Finding) -> Verdict: ...

        def finding(self, fingerprint: str) -> Finding | None: ...

        def rebuild(self, keep_row: bool = True) -> None: ...

        def show_detail(self) -> None: ...

        def update_status(self) -> None: ...

        def action_next_finding(self, direction: int) -> None: ...

    _Base = _ReviewHost
else:
    _Base = object

LIGHT_OPS = {"decide", "note"}
"""Ops that leave the alignment alone, so the grid can stay as it is."""


class ReviewActions(_Base):
    """Mixin for ``ReviewScreen``."""

    ACTION_BINDINGS: ClassVar[list[Binding]] = [
        Binding("a", "decide('accepted')", "Accept", id="review.accept"),
        Binding("d", "decide('dismissed')", "Dismiss", id="review.dismiss"),
        Binding("c", "correct", "Correct", id="review.correct"),
        Binding("e", "note", "Note", id="review.note"),
        Binding("r", "decide('open')", "Reopen", show=False, id="review.reopen"),
        Binding("A", "bulk('accepted')", "Accept all filtered", show=False, id="review.bulk_accept"),
        Binding("D", "bulk('dismissed')", "Dismiss all filtered", show=False, id="review.bulk_dismiss"),
        Binding("u,ctrl+z", "undo", "Undo", id="review.undo"),
        Binding("ctrl+r,ctrl+y", "redo", "Redo", show=False, id="review.redo"),
        Binding("M", "edit('merge')", "Merge with next bead", show=False, id="review.merge"),
        Binding("S", "edit('split')", "Split bead", show=False, id="review.split"),
        Binding("left_square_bracket", "move_segment('target', -1)", "Move segment to previous bead",
                show=False, id="review.move_prev"),
        Binding("right_square_bracket", "move_segment('target', 1)", "Move segment to next bead",
                show=False, id="review.move_next"),
        Binding("left_curly_bracket", "move_segment('source', -1)", "Move source segment to previous bead",
                show=False, id="review.move_source_prev"),
        Binding("right_curly_bracket", "move_segment('source', 1)", "Move source segment to next bead",
                show=False, id="review.move_source_next"),
        Binding("C", "edit('confirm')", "Confirm bead", show=False, id="review.confirm"),
        Binding("ctrl+s", "save", "Save", id="review.save"),
    ]

    # --- plumbing -----------------------------------------------------------------------------

    def _op(self, kind: str, **args: Any) -> Op:
        return Op(kind, args, author=self.reviewer, when=now_w3c())

    def apply(self, op: Op) -> bool:
        """Apply an op, refresh the widgets it touched and journal the session."""
        changed = self.session.apply(op)
        if not changed:
            self.notify("Nothing to change here.", severity="warning")
            return False
        self.refresh_after(op)
        return True

    def refresh_after(self, op: Op | None) -> None:
        """Refresh after ``op``: decisions and notes only restyle, anything else rebuilds the grid."""
        if op is not None and op.kind in LIGHT_OPS:
            self.grid.audit = self.session.audit
            fps = list(op.args.get("fingerprints", [op.args.get("fingerprint", "")]))
            if self.panel.filters.status:
                self.panel.apply_filters()
            else:
                self.panel.refresh_status(fps)
            self.view.invalidate()
            self.show_detail()
            self.update_status()
        else:
            self.rebuild()
        if self.journal is not None:
            self.journal.write(self.session.ops)

    def _current(self) -> Finding | None:
        f = self.finding(self.current)
        if f is None:
            self.notify("No finding selected: press n to go to the next one.", severity="warning")
        return f

    # --- decisions ----------------------------------------------------------------------------

    def action_decide(self, verdict: str) -> None:
        f = self._current()
        if f is None:
            return
        if self.apply(self._op("decide", fingerprints=[f.fingerprint], verdict=verdict)) and verdict != "open":
            self.action_next_finding(1) if self._any_open() else None

    def _any_open(self) -> bool:
        return any(self.verdict(f) is Verdict.OPEN for f in self.panel.filtered)

    def action_correct(self) -> None:
        from auditor.tui.screens.dialogs import PromptScreen

        f = self._current()
        if f is None:
            return
        old = f.spans[0].text if f.spans else ""
        decision = self.session.audit.decision_for(f.fingerprint)
        value = (decision.correction if decision and decision.correction else "") or f.suggestion or old

        def done(text: str | None) -> None:
            if text is not None and text != old:
                self.apply(self._op("decide", fingerprints=[f.fingerprint], verdict="corrected", correction=text))

        self.app.push_screen(PromptScreen(f"Correct {old!r} to:", value), done)

    def action_note(self) -> None:
        from auditor.tui.screens.dialogs import PromptScreen

        f = self._current()
        if f is None:
            return
        decision = self.session.audit.decision_for(f.fingerprint)

        def done(text: str | None) -> None:
            if text is not None:
                self.apply(self._op("note", fingerprint=f.fingerprint, note=text))

        self.app.push_screen(PromptScreen("Note on this finding:", decision.note if decision else ""), done)

    def action_bulk(self, verdict: str) -> None:
        from auditor.tui.screens.dialogs import ConfirmScreen

        targets = [f.fingerprint for f in self.panel.filtered if self.verdict(f) is Verdict.OPEN]
        if not targets:
            self.notify("No open findings in this view.", severity="warning")
            return
        word = {"accepted": "Accept", "dismissed": "Dismiss"}[verdict]

        def done(yes: bool | None) -> None:
            if yes:
                self.apply(self._op("decide", fingerprints=targets, verdict=verdict))
                self.notify(f"{word}ed {len(targets)} findings. u undoes.")

        self.app.push_screen(ConfirmScreen(f"{word} all {len(targets)} open findings in this view?"), done)

    def action_undo(self) -> None:
        self._history_step(self.session.undo(), "Undone", "Nothing to undo since the last save.")

    def action_redo(self) -> None:
        self._history_step(self.session.redo(), "Redone", "Nothing to redo.")

    def _history_step(self, op: Op | None, done: str, nothing: str) -> None:
        """After an undo or redo: refresh everything (any op may have been reverted) and say what."""
        if op is None:
            self.notify(nothing)
            return
        self.refresh_after(None)
        self.notify(f"{done}: {op.kind}")

    # --- alignment edits ----------------------------------------------------------------------

    def _hop_and_bead(self) -> tuple[tuple[str, str], int] | None:
        """The hop into the focused witness (or out of it, for the root) and the cursor's bead."""
        chain = self.session.audit.chain
        wid = self.view.focused_witness
        parent = chain.witness(wid).parent
        if parent is not None:
            hop = (parent, wid)
        else:
            children = chain.children(wid)
            if not children:
                self.notify("A chain of one has no alignment to edit.", severity="warning")
                return None
            hop = (wid, children[0].id)
        bead = self.grid.bead_at(self.view.cursor_row, hop)
        if bead is None:
            self.notify(f"No {hop[0]}→{hop[1]} bead on this row.", severity="warning")
            return None
        return hop, bead

    def action_edit(self, kind: str) -> None:
        found = self._hop_and_bead()
        if found is not None:
            self.apply(self._op(kind, hop=list(found[0]), bead=found[1]))

    def action_move_segment(self, side: str, direction: int) -> None:
        found = self._hop_and_bead()
        if found is not None:
            self.apply(self._op("move", hop=list(found[0]), bead=found[1], side=side, direction=direction))

    # --- saving -------------------------------------------------------------------------------

    def action_save(self) -> bool:
        """Write the TEI record to the save path; clears the journal. Returns success."""
        from auditor.errors import AuditorError
        from auditor.tui.app import save_audit

        if self.save_path is None:
            self.notify("No save path: start with --save-to FILE.", severity="error")
            return False
        try:
            save_audit(self.session.audit, self.save_path)
        except (AuditorError, OSError) as exc:
            self.notify(f"Save failed: {exc}", severity="error", timeout=10)
            return False
        self.session.mark_saved()
        if self.journal is not None:
            self.journal.discard()
        self.update_status()
        self.notify(f"Saved {self.save_path}")
        return True
