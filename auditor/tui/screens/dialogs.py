"""Modal dialogs: yes/no confirmation, one-line prompt, help, and the loading screen."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Input, Label, ProgressBar, Static


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; y/enter answer yes, n/escape no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes, variant="primary", id="yes")
                yield Button(self.no, id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text; escape cancels (returns None)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text, self.value, self.placeholder = title, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-question")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """Every key binding of the review screen and the app, grouped, with what it does."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close", id="help.close")]

    def __init__(self, bindings: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = bindings

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column("key", style="bold cyan", no_wrap=True)
        table.add_column("action")
        table.add_column("id", style="dim")
        for key, description, binding_id in self.rows:
            table.add_row(key, description, binding_id)
        with Vertical(classes="dialog help-dialog"):
            yield Label(Text("auditor — key bindings", style="bold"), classes="dialog-question")
            with VerticalScroll():
                yield Static(table)
            yield Label(Text("ctrl+p opens the command palette with every action. esc closes.", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)


class LoadingScreen(Screen[None]):
    """Shown while a chain is segmented, aligned and checked in a worker."""

    BINDINGS = [Binding("ctrl+q", "app.quit", "Quit", id="loading.quit")]

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog loading"):
            yield Label(self.label, classes="dialog-question")
            yield Label("starting…", id="loading-stage")
            yield ProgressBar(id="loading-progress", show_eta=False)
        yield Footer()

    def progress(self, stage: str, done: int, total: int) -> None:
        """Show the stage and how far it got."""
        self.query_one("#loading-stage", Label).update(f"{stage}: {done} / {total}")
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=done)
