"""Modal pickers: a searchable name list (shows, actors) and a numbered list (videos, links).

The name picker also follows and unfollows names (♥); saving is the caller's job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from dramatui.content.entities import entity_key
from dramatui.content.sanitize import clean_line

_SHOWN = 500  # options listed at once; typing narrows the rest
FOLLOWED = "♥"


class NamePicker(ModalScreen[str | None]):
    """Pick one name from `(name, count)` pairs, most frequent first; type to narrow.

    With `on_follow`, a key (ctrl+f: letters go to the narrowing input) follows or
    unfollows the highlighted name and calls `on_follow(name, following)`.
    """

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", id="picker_close"),
        Binding("down", "move(1)", "Next", show=False, id="picker_down"),
        Binding("up", "move(-1)", "Previous", show=False, id="picker_up"),
        Binding("ctrl+f", "follow", "Follow / unfollow the name", id="picker_follow"),
    ]

    def __init__(
        self,
        title: str,
        items: list[tuple[str, int]],
        followed: Iterable[str] = (),
        on_follow: Callable[[str, bool], None] | None = None,
        follow_key: str = "ctrl+f",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.items = [(clean_line(name), count) for name, count in items]
        self.shown: list[str] = []
        self.followed = {entity_key(name) for name in followed}
        self.on_follow = on_follow
        self.follow_key = follow_key

    def compose(self) -> ComposeResult:
        hint = "Enter: filter · Esc: close"
        if self.on_follow is not None:
            hint = f"Enter: filter · {self.follow_key}: follow {FOLLOWED} · Esc: close"
        with Vertical(id="picker"):
            yield Static(Content(self.title_text), id="picker-title")
            yield Input(placeholder="type to narrow…", id="picker-input")
            yield OptionList(id="picker-options")
            yield Static(Content(hint), id="picker-help")

    def is_followed(self, name: str) -> bool:
        return entity_key(name) in self.followed

    def _prompt(self, name: str, count: int) -> Content:
        mark = (f"{FOLLOWED} ", "$text-error") if self.is_followed(name) else "  "
        return Content.assemble(mark, name, (f"  {count}", "$text-muted"))

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        words = query.casefold().split()
        matches = [(n, c) for n, c in self.items if all(w in n.casefold() for w in words)]
        self.shown = [n for n, _ in matches[:_SHOWN]]
        options = self.query_one(OptionList)
        options.clear_options()
        if not matches:
            options.add_option(
                Option(Content("no matches" if self.items else "nothing here yet"), disabled=True)
            )
            return
        options.add_options(Option(self._prompt(name, count)) for name, count in matches[:_SHOWN])
        options.highlighted = 0

    @on(Input.Changed)
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if self.shown:
            current = options.highlighted or 0
            options.highlighted = max(0, min(len(self.shown) - 1, current + step))

    def action_follow(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        if self.on_follow is None or index is None or not 0 <= index < len(self.shown):
            return
        name = self.shown[index]
        key = entity_key(name)
        following = key not in self.followed
        if following:
            self.followed.add(key)
        else:
            self.followed.discard(key)
        count = next((c for n, c in self.items if n == name), 0)
        options.replace_option_prompt_at_index(index, self._prompt(name, count))
        self.on_follow(name, following)

    @on(Input.Submitted)
    def _submit(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if self.shown and highlighted is not None:
            self.dismiss(self.shown[highlighted])

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.shown):
            self.dismiss(self.shown[event.option_index])


class NumberPicker(ModalScreen[int | None]):
    """Pick one of a few numbered entries with 1-9 or the cursor and Enter."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", id="numbers_close"),
        *(Binding(str(n), f"pick({n})", f"Pick {n}", show=False) for n in range(1, 10)),
    ]

    def __init__(self, title: str, entries: list[str]) -> None:
        super().__init__()
        self.title_text = title
        self.entries = [clean_line(e) for e in entries]

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(Content(self.title_text), id="picker-title")
            yield OptionList(
                *(
                    Option(Content.assemble((f"{n}. ", "bold"), e))
                    for n, e in enumerate(self.entries, 1)
                ),
                id="picker-options",
            )
            yield Static(Content("1-9 or Enter: open · Esc: close"), id="picker-help")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_pick(self, number: int) -> None:
        if 1 <= number <= len(self.entries):
            self.dismiss(number)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index + 1)
