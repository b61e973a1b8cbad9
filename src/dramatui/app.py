"""The Textual app: wiring only. Screens and widgets do the work.

`DramaApp(session)` shows the main screen straight from the cache; `clock` is the
"now" used for relative dates (tests freeze it).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from dramatui.commands import DramaCommands, catalogue
from dramatui.config import Settings
from dramatui.screens.help import HelpScreen
from dramatui.screens.main import MainScreen
from dramatui.session import Session
from dramatui.styles import stylesheet


class DramaApp(App[None]):
    """The reader: a list pane and a reading pane over the article cache."""

    CSS_PATH = stylesheet("app.tcss")
    TITLE = "dramatui"
    COMMANDS = App.COMMANDS | {DramaCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(self, session: Session, clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = session.settings
        self.store = session.store
        self.clock: Callable[[], float] = clock or time.time
        self.list_store = self.store.reader()
        self.main_screen = MainScreen()
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme

    def get_default_screen(self) -> Screen[None]:
        return self.main_screen

    def on_mount(self) -> None:
        self.set_timer(1.0, _settle_memory)
        if self.settings.keymap:
            self.set_keymap(dict(self.settings.keymap))
        if self.store.notice:
            self.notify(self.store.notice, severity="warning", timeout=10)

    def on_unmount(self) -> None:
        self.list_store.close()

    def update_settings(self, settings: Settings) -> None:
        """Use `settings` from now on (after the config file was changed by the app)."""
        self.settings = settings
        self.session.settings = settings

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(catalogue(self, dict(self.settings.keymap))))


def _settle_memory() -> None:
    """Once the first screen is up: move what start-up built out of the collector's way.

    Full collections walked every object Textual and the cache had made, and showed as
    40-75 ms stalls on a keystroke now and then (bench/ui_bench.py, 100k articles);
    frozen, and with young collections less frequent, the worst keystroke is ~20 ms.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
