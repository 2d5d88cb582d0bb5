"""The Textual application: ``make_app`` builds it for the CLI, tests and benchmarks alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import get_current_worker

from auditor.core.models import Audit
from auditor.tui.cellwidth import use_terminal_widths_for_spacing_marks
from auditor.tui.journal import Journal, journal_path
from auditor.tui.review import ReviewSession

Loader = Callable[[Callable[[str, int, int], None]], Audit]
"""Opens an audit, reporting ``progress(stage, done, total)``; run in a worker thread."""

THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night", "monokai")
AUTOSAVE_SECONDS = 20.0


def default_save_path(path: Path) -> Path:
    """Where the TUI saves when no --save-to is given: the TEI file itself, else
    ``audit.tei.xml`` in the chain folder (``<name>.audit.tei.xml`` for a single text)."""
    if path.is_dir():
        return path / "audit.tei.xml"
    if path.suffix.lower() == ".xml":
        return path
    if path.name == "chain.toml":
        return path.parent / "audit.tei.xml"
    return path.with_name(f"{path.stem}.audit.tei.xml")


def save_audit(audit: Audit, path: Path) -> None:
    """Write the TEI record (atomically: the writer goes through ``auditor.io.atomic``)."""
    from auditor.io.tei_write import write_tei

    write_tei(audit, path)


class AuditorApp(App[None]):
    """Review an audit: one column per witness, findings, decisions, alignment edits."""

    CSS_PATH = "auditor.tcss"
    TITLE = "auditor"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("T", "cycle_theme", "Theme", show=False, id="app.theme"),
    ]

    def __init__(self, audit: Audit | None, *, path: Path | None, save_path: Path | None,
                 settings: Any = None, loader: Loader | None = None) -> None:
        super().__init__()
        self.audit = audit
        self.path = path
        self.save_path = save_path
        self.settings = settings
        self.loader = loader
        self.reviewer = str(getattr(settings, "reviewer", "reviewer") or "reviewer")
        self.session: ReviewSession | None = None
        self.load_error: Exception | None = None
        """Set when the loader failed; the CLI re-raises it after the app has left the screen."""
        self.journal = Journal(journal_path(save_path), str(path or "")) if save_path else None
        if path is not None:
            self.sub_title = str(path)

    # --- start-up -----------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.audit is not None:
            self._start_review(self.audit)
        elif self.loader is not None:
            from auditor.tui.screens.dialogs import LoadingScreen

            self.push_screen(LoadingScreen(f"Auditing {self.path or 'chain'}…"))
            self._load()
        self.set_interval(AUTOSAVE_SECONDS, self._autosave)

    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> None:
        worker = get_current_worker()
        assert self.loader is not None

        def progress(stage: str, done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self._progress, stage, done, total)

        try:
            audit = self.loader(progress)
        except Exception as exc:
            self.call_from_thread(self._load_failed, exc)
            return
        self.call_from_thread(self._loaded, audit)

    def _progress(self, stage: str, done: int, total: int) -> None:
        from auditor.tui.screens.dialogs import LoadingScreen

        if isinstance(self.screen, LoadingScreen):
            self.screen.progress(stage, done, total)

    def _load_failed(self, exc: Exception) -> None:
        self.load_error = exc
        self.exit(return_code=2)

    def _loaded(self, audit: Audit) -> None:
        self.audit = audit
        self._start_review(audit)

    def _start_review(self, audit: Audit) -> None:
        from auditor.tui.recheck import make_recheck
        from auditor.tui.screens.review import ReviewScreen

        checks = getattr(self.settings, "checks", None)
        self.session = ReviewSession(audit, recheck=make_recheck(checks))
        screen = ReviewScreen(self.session, save_path=self.save_path, journal=self.journal,
                              reviewer=self.reviewer)
        self.switch_screen(screen) if len(self.screen_stack) > 1 else self.push_screen(screen)
        self._offer_restore(screen)

    def _offer_restore(self, screen: Any) -> None:
        from auditor.tui.screens.dialogs import ConfirmScreen

        entry = self.journal.read() if self.journal else None
        if entry is None or self.session is None:
            return

        def done(yes: bool | None) -> None:
            assert self.session is not None and self.journal is not None
            if yes:
                n = self.session.replay(entry.ops)
                screen.rebuild()
                self.journal.write(self.session.ops)
                self.notify(f"Restored {n} unsaved actions. ctrl+s saves them.")
            else:
                self.journal.discard()

        when = entry.written.replace("T", " ").rstrip("Z")
        self.push_screen(ConfirmScreen(
            f"Unsaved work from an earlier session was found ({len(entry.ops)} actions, {when} UTC). "
            "Restore it?", yes="Restore", no="Discard"), done)

    def _autosave(self) -> None:
        if self.session is not None and self.session.dirty and self.journal is not None:
            self.journal.write(self.session.ops)

    # --- app-wide actions ---------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit; with unsaved changes, ask whether to save first."""
        from auditor.tui.screens.dialogs import ConfirmScreen
        from auditor.tui.screens.review import ReviewScreen

        if self.session is None or not self.session.dirty:
            self.exit()
            return
        review = next((s for s in self.screen_stack if isinstance(s, ReviewScreen)), None)

        def answered(save: bool | None) -> None:
            if save and review is not None:
                if review.action_save():
                    self.exit()
                return
            if self.journal is not None:
                self.journal.discard()
            self.exit()

        self.push_screen(ConfirmScreen("There are unsaved changes. Save before quitting?",
                                       yes="Save and quit", no="Quit without saving"), answered)

    def action_help(self) -> None:
        from auditor.tui.screens.dialogs import HelpScreen

        if isinstance(self.screen, Screen) and type(self.screen).__name__ == "HelpScreen":
            return
        self.push_screen(HelpScreen(list(self.binding_rows())))

    def binding_rows(self) -> Iterable[tuple[str, str, str]]:
        """(keys, description, id) for every binding of the review screen and the app."""
        from auditor.tui.screens.review import ReviewScreen

        for binding in [*ReviewScreen.BINDINGS, *self.BINDINGS]:
            if isinstance(binding, Binding):
                keys = ", ".join(self.get_key_display(Binding(k, "")) for k in binding.key.split(","))
                yield keys, binding.tooltip or binding.description, binding.id or ""

    def action_cycle_theme(self) -> None:
        names = [t for t in THEMES if t in self.available_themes]
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.notify(f"Theme: {self.theme}")

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette holds every action of the review screen, named as in the help screen."""
        yield from super().get_system_commands(screen)
        from auditor.tui.screens.review import ReviewScreen

        review = next((s for s in self.screen_stack if isinstance(s, ReviewScreen)), None)
        if review is None:
            return
        seen: set[str] = set()
        for binding in ReviewScreen.BINDINGS:
            name = binding.tooltip or binding.description if isinstance(binding, Binding) else ""
            if isinstance(binding, Binding) and name not in seen:
                seen.add(name)
                keys = binding.key.split(",")[0]
                yield SystemCommand(name, f"key: {keys}", partial(review.run_action, binding.action))


def make_app(audit: Audit | None, *, path: Path | None, save_path: Path | None, settings: Any = None,
             loader: Loader | None = None) -> AuditorApp:
    """Build the TUI for an audit already in memory, or for a ``loader`` run in a worker."""
    use_terminal_widths_for_spacing_marks()
    return AuditorApp(audit, path=path, save_path=save_path, settings=settings, loader=loader)
