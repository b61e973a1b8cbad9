"""The reading pane: one article laid out for reading, with selectable chips, videos, links.

Everything shown is built from plain strings with `Content.assemble`, so feed text is
never read as markup. Chips, videos and links carry click actions by index only: no feed
text ever reaches an action string. The same items are reachable by keyboard: left/right
(h/l) step through them and Enter chooses the highlighted one.
"""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.geometry import Region
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from dramatui.content.sanitize import clean_line, clean_text
from dramatui.reading import ReadingView
from dramatui.store.store import ACTOR, SHOW

_LINK_MARK = re.compile(r"\[(\d{1,4})\]")

PLACEHOLDER = "Select an article and press Enter to read it."

CHIP, VIDEO, LINK = "chip", "video", "link"


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
        if (pane := self._pane()) is not None:
            pane.open_video(number)


class ReadingPane(VerticalScroll, can_focus=True):
    """Shows one `ReadingView`; left/right pick a chip, video or link, Enter chooses it."""

    BINDINGS = [
        Binding("left,h", "chip(-1)", "Previous chip/video/link", show=False, id="chip_previous"),
        Binding("right,l", "chip(1)", "Next chip/video/link", show=False, id="chip_next"),
        Binding("enter", "choose", "Choose chip/video/link", show=False, id="chip_choose"),
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
        # Everything Enter can act on, in reading order: (CHIP, index) / (VIDEO|LINK, number).
        self.targets: list[tuple[str, int]] = []
        self.target_index: int | None = None
        self._extras_lines: dict[tuple[str, int], int] = {}  # target -> its line in extras

    @property
    def videos(self) -> list:
        return list(self.view.videos) if self.view else []

    @property
    def links(self) -> list[str]:
        return [link.url for link in self.view.links] if self.view else []

    @property
    def target(self) -> tuple[str, int] | None:
        if self.target_index is None or not 0 <= self.target_index < len(self.targets):
            return None
        return self.targets[self.target_index]

    def compose(self) -> ComposeResult:
        yield Static(PLACEHOLDER, id="reader-title", markup=False)
        yield Static("", id="reader-meta", markup=False)
        yield _Clickable("", id="reader-chips", markup=False)
        yield Static("", id="reader-note", markup=False)
        yield _Clickable("", id="reader-body", markup=False)
        yield _Clickable("", id="reader-extras", markup=False)

    def show(self, article_id: int, view: ReadingView, keep_scroll: bool = False) -> None:
        """Lay out `view`, scrolled to its top (or where it was, with `keep_scroll`)."""
        self.article_id = article_id
        self.view = view
        self.chips = [(SHOW, n) for n in view.shows] + [(ACTOR, n) for n in view.actors]
        self.targets = (
            [(CHIP, i) for i in range(len(self.chips))]
            + [(VIDEO, n) for n in range(1, len(view.videos) + 1)]
            + [(LINK, n) for n in range(1, len(view.links) + 1)]
        )
        self.target_index = None
        self.query_one("#reader-title", Static).update(Content(clean_line(view.title)))
        self.query_one("#reader-meta", Static).update(Content(clean_line(view.meta)))
        self._render_chips()
        self.query_one("#reader-note", Static).update(
            Content(f"({clean_line(view.source_note)})") if view.source_note else ""
        )
        self.query_one("#reader-body", Static).update(self._body(view))
        self._render_extras()
        if not keep_scroll:
            self.scroll_home(animate=False)

    def clear(self) -> None:
        self.article_id = None
        self.view = None
        self.chips = []
        self.targets = []
        self.target_index = None
        self.query_one("#reader-title", Static).update(PLACEHOLDER)
        for name in ("meta", "chips", "note", "body", "extras"):
            self.query_one(f"#reader-{name}", Static).update("")

    # -- chips, videos and links by keyboard ----------------------------------------

    def _render_chips(self) -> None:
        out = _Builder()
        for index, (kind, name) in enumerate(self.chips):
            if index:
                out.add(" ")
            look = "$text-accent" if kind == SHOW else "$text-success"
            if self.target == (CHIP, index):
                look += " reverse bold"
            icon = "▣" if kind == SHOW else "☺"
            out.add(f" {icon} {clean_line(name)} ", look, f"chip({index})")
        self.query_one("#reader-chips", Static).update(out.content())

    def _render_extras(self) -> None:
        if self.view is not None:
            self.query_one("#reader-extras", Static).update(self._extras(self.view))

    def action_chip(self, step: int) -> None:
        if not self.targets:
            return
        if self.target_index is None:
            self.target_index = 0 if step > 0 else len(self.targets) - 1
        else:
            self.target_index = (self.target_index + step) % len(self.targets)
        self._render_chips()
        self._render_extras()
        self._reveal()

    def _reveal(self) -> None:
        """Scroll so the highlighted item is on screen."""
        target = self.target
        if target is None:
            return
        if target[0] == CHIP:
            self.scroll_to_widget(self.query_one("#reader-chips"), animate=False)
            return
        extras = self.query_one("#reader-extras")
        line = self._extras_lines.get(target, 0)
        region = extras.virtual_region
        self.scroll_to_region(Region(0, region.y + line, 1, 1), animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Enter only belongs to the pane while an item is highlighted.
        if action == "choose":
            return self.target is not None
        return True

    def action_choose(self) -> None:
        target = self.target
        if target is None:
            return
        kind, number = target
        if kind == CHIP:
            self.choose_chip(number)
        elif kind == VIDEO:
            self.open_video(number)
        else:
            self.open_link(number)

    def choose_chip(self, index: int) -> None:
        if 0 <= index < len(self.chips):
            kind, name = self.chips[index]
            self.post_message(self.ChipSelected(kind, name))

    def open_video(self, number: int) -> None:
        if 1 <= number <= len(self.videos):
            self.post_message(self.OpenUrl(self.videos[number - 1].url, video=True))

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
        self._extras_lines = {}
        selected = self.target

        def look(target: tuple[str, int]) -> str:
            self._extras_lines[target] = out.lines
            return "underline reverse bold" if target == selected else "underline"

        if view.videos:
            out.add("Videos\n", "bold")
            for number, video in enumerate(view.videos, 1):
                out.add(f"  v{number}. ", "bold")
                out.add(
                    f"[{clean_line(video.platform)}] {clean_line(video.url)}",
                    look((VIDEO, number)),
                    f"video({number})",
                )
                out.add(f" — {clean_line(video.label)}\n" if video.label else "\n")
        if view.links:
            out.add("\nLinks\n" if out.parts else "Links\n", "bold")
            for number, link in enumerate(view.links, 1):
                out.add(f"  [{number}] ", "bold")
                out.add(clean_line(link.url), look((LINK, number)), f"link({number})")
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
        self.lines = 0  # newlines added so far: the line the next text starts on

    def add(self, text: str, style: str = "", action: str | None = None) -> None:
        start, self._end = self._end, self._end + len(text)
        self.parts.append(text)
        self.lines += text.count("\n")
        if style:
            self.spans.append(Span(start, self._end, style))
        if action:
            self.spans.append(Span(start, self._end, _click(action)))

    def content(self) -> Content:
        return Content("".join(self.parts), self.spans)
