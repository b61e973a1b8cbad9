"""The reading pane: one article laid out for reading, with selectable show/actor chips.

Everything shown is built from plain strings with `Content.assemble`, so feed text is
never read as markup. Chips and links carry click actions by index only: no feed text
ever reaches an action string.
"""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from dramatui.content.sanitize import clean_line, clean_text
from dramatui.reading import ReadingView
from dramatui.store.store import ACTOR, SHOW

_LINK_MARK = re.compile(r"\[(\d{1,4})\]")

PLACEHOLDER = "Select an article and press Enter to read it."


class _Clickable(Static):
    """A Static whose click actions reach the reading pane."""

    def _pane(self) -> ReadingPane | None:
        for node in self.ancestors:
            if isinstance(node, ReadingPane):
                return node
        return None

    def action_chip(self, index: int) -> None:
        if (pane := self._pane()) is not None:
            pane.choose_chip(index)

    def action_link(self, number: int) -> None:
        if (pane := self._pane()) is not None:
            pane.open_link(number)

    def action_video(self, number: int) -> None:
        if (pane := self._pane()) is not None and 1 <= number <= len(pane.videos):
            pane.post_message(ReadingPane.OpenUrl(pane.videos[number - 1].url, video=True))


class ReadingPane(VerticalScroll, can_focus=True):
    """Shows one `ReadingView`; left/right pick a chip, Enter filters by it."""

    BINDINGS = [
        Binding("left,h", "chip(-1)", "Previous chip", show=False, id="chip_previous"),
        Binding("right,l", "chip(1)", "Next chip", show=False, id="chip_next"),
        Binding("enter", "choose", "Filter by the chosen chip", show=False, id="chip_choose"),
    ]

    class ChipSelected(Message):
        """A show or actor chip was chosen: filter the list by it."""

        def __init__(self, kind: str, name: str) -> None:
            super().__init__()
            self.kind = kind
            self.name = name

    class OpenUrl(Message):
        """A link or video in the article was chosen."""

        def __init__(self, url: str, video: bool = False) -> None:
            super().__init__()
            self.url = url
            self.video = video

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.view: ReadingView | None = None
        self.article_id: int | None = None
        self.chips: list[tuple[str, str]] = []
        self.chip_index: int | None = None

    @property
    def videos(self) -> list:
        return list(self.view.videos) if self.view else []

    def compose(self) -> ComposeResult:
        yield Static(PLACEHOLDER, id="reader-title", markup=False)
        yield Static("", id="reader-meta", markup=False)
        yield _Clickable("", id="reader-chips", markup=False)
        yield Static("", id="reader-note", markup=False)
        yield _Clickable("", id="reader-body", markup=False)
        yield _Clickable("", id="reader-extras", markup=False)

    def show(self, article_id: int, view: ReadingView) -> None:
        """Lay out `view`, scrolled to its top."""
        self.article_id = article_id
        self.view = view
        self.chips = [(SHOW, n) for n in view.shows] + [(ACTOR, n) for n in view.actors]
        self.chip_index = None
        self.query_one("#reader-title", Static).update(Content(clean_line(view.title)))
        self.query_one("#reader-meta", Static).update(Content(clean_line(view.meta)))
        self._render_chips()
        self.query_one("#reader-note", Static).update(
            Content(f"({clean_line(view.source_note)})") if view.source_note else ""
        )
        self.query_one("#reader-body", Static).update(self._body(view))
        self.query_one("#reader-extras", Static).update(self._extras(view))
        self.scroll_home(animate=False)

    def clear(self) -> None:
        self.article_id = None
        self.view = None
        self.chips = []
        self.chip_index = None
        self.query_one("#reader-title", Static).update(PLACEHOLDER)
        for name in ("meta", "chips", "note", "body", "extras"):
            self.query_one(f"#reader-{name}", Static).update("")

    # -- chips ----------------------------------------------------------------------

    def _render_chips(self) -> None:
        out = _Builder()
        for index, (kind, name) in enumerate(self.chips):
            if index:
                out.add(" ")
            look = "$text-accent" if kind == SHOW else "$text-success"
            if index == self.chip_index:
                look += " reverse bold"
            icon = "▣" if kind == SHOW else "☺"
            out.add(f" {icon} {clean_line(name)} ", look, f"chip({index})")
        self.query_one("#reader-chips", Static).update(out.content())

    def action_chip(self, step: int) -> None:
        if not self.chips:
            return
        if self.chip_index is None:
            self.chip_index = 0 if step > 0 else len(self.chips) - 1
        else:
            self.chip_index = (self.chip_index + step) % len(self.chips)
        self._render_chips()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Enter only belongs to the pane while a chip is highlighted.
        if action == "choose":
            return self.chip_index is not None
        return True

    def action_choose(self) -> None:
        if self.chip_index is not None:
            self.choose_chip(self.chip_index)

    def choose_chip(self, index: int) -> None:
        if 0 <= index < len(self.chips):
            kind, name = self.chips[index]
            self.post_message(self.ChipSelected(kind, name))

    # -- links ----------------------------------------------------------------------

    def open_link(self, number: int) -> None:
        if self.view and 1 <= number <= len(self.view.links):
            self.post_message(self.OpenUrl(self.view.links[number - 1].url))

    def _body(self, view: ReadingView) -> Content:
        text = clean_text(view.body).strip() or "(no text)"
        spans: list[Span] = []
        count = len(view.links)
        for match in _LINK_MARK.finditer(text):
            number = int(match.group(1))
            if 1 <= number <= count:
                spans.append(Span(match.start(), match.end(), "$text-accent"))
                spans.append(Span(match.start(), match.end(), _click(f"link({number})")))
        return Content(text, spans)

    def _extras(self, view: ReadingView) -> Content:
        out = _Builder()
        if view.videos:
            out.add("Videos\n", "bold")
            for number, video in enumerate(view.videos, 1):
                out.add(f"  v{number}. ", "bold")
                out.add(
                    f"[{clean_line(video.platform)}] {clean_line(video.url)}",
                    "underline",
                    f"video({number})",
                )
                out.add(f" — {clean_line(video.label)}\n" if video.label else "\n")
        if view.links:
            out.add("\nLinks\n" if out.parts else "Links\n", "bold")
            for number, link in enumerate(view.links, 1):
                out.add(f"  [{number}] ", "bold")
                out.add(clean_line(link.url), "underline", f"link({number})")
                out.add("\n")
        if view.url:
            out.add("\nLink: " if out.parts else "Link: ", "bold")
            out.add(clean_line(view.url))
        return out.content()


def _click(action: str) -> Style:
    return Style.from_meta({"@click": action})


class _Builder:
    """Plain text pieces with theme styles and click actions, joined into one Content."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self._end = 0

    def add(self, text: str, style: str = "", action: str | None = None) -> None:
        start, self._end = self._end, self._end + len(text)
        self.parts.append(text)
        if style:
            self.spans.append(Span(start, self._end, style))
        if action:
            self.spans.append(Span(start, self._end, _click(action)))

    def content(self) -> Content:
        return Content("".join(self.parts), self.spans)
