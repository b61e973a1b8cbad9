"""The Textual app: wiring only. Screens and widgets do the work.

`DramaApp(session)` shows the main screen straight from the cache; `clock` is the
"now" used for relative dates (tests freeze it).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from dramatui.commands import DramaCommands, catalogue
from dramatui.screens.help import HelpScreen
from dramatui.screens.main import MainScreen
from dramatui.session import Session
from dramatui.store import Store
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
        self.list_store = list_reader(self.store)
        self.main_screen = MainScreen()
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme

    def get_default_screen(self) -> Screen[None]:
        return self.main_screen

    def on_mount(self) -> None:
        if self.settings.keymap:
            self.set_keymap(dict(self.settings.keymap))
        if self.store.notice:
            self.notify(self.store.notice, severity="warning", timeout=10)

    def on_unmount(self) -> None:
        self.list_store.close()

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(catalogue(self, dict(self.settings.keymap))))


def list_reader(store: Store) -> Store:
    """A second, read-only connection to the cache for the list's row paging.

    The list fetches rows on the UI thread as it draws; with its own connection it never
    waits behind a worker's long query (counts, search) holding the main one's lock.
    """
    conn = sqlite3.connect(store.path, timeout=15.0, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA query_only = 1")
    return Store(conn, store.path)
