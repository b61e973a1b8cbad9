"""The help screen (`?`): every binding with its current keys and its keymap id."""

from __future__ import annotations

from rich.cells import set_cell_size
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content, Span
from textual.screen import ModalScreen
from textual.widgets import Static

from dramatui.commands import BoundAction

INTRO = (
    'Keys can be changed in config.toml under [keymap], e.g.  next = "j,down"  '
    "(the id is in the right-hand column). Every action is also in the command palette."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help_close"),
    ]

    def __init__(self, actions: list[BoundAction]) -> None:
        super().__init__()
        self.actions = actions

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Static(Content("Keys"), id="help-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(self._table(), id="help-table")
            yield Static(Content(INTRO), id="help-intro")

    def _table(self) -> Content:
        text: list[str] = []
        spans: list[Span] = []
        at = 0
        section = ""
        for item in self.actions:
            if item.section != section:
                section = item.section
                line = ("\n" if at else "") + section + "\n"
                spans.append(Span(at, at + len(line), "bold $text-accent"))
                text.append(line)
                at += len(line)
            keys = set_cell_size(item.keys, 14)
            line = f"  {keys} {set_cell_size(item.description, 28)} {item.id}\n"
            spans.append(Span(at + 2, at + 2 + len(keys), "bold"))
            spans.append(Span(at + len(line) - len(item.id) - 1, at + len(line), "$text-muted"))
            text.append(line)
            at += len(line)
        return Content("".join(text).rstrip("\n"), spans)
