"""The article list: a virtual, line-API list that pages its rows from the cache on demand.

Only the ids of the listed articles live in memory (a plain list, newest first); the rows
shown are fetched from SQLite a page at a time through `Store.rows` and kept in a small
LRU. Rendering builds segments from plain strings, so feed text is never read as markup.
Modelled on toolong's `log_lines.py`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dramatui.content.sanitize import clean_line
from dramatui.store import ArticleRow, Store

_CACHE_ROWS = 2000  # rows kept in the LRU: a few screens' worth either side of the view
_PAGE = 120  # rows fetched per query when a line is missing
_MARK_UNREAD = "●"
_MARK_VIDEO = "▶"
_MARK_STAR = "★"


def relative_date(published: float, now: float) -> str:
    """A short age: "now", "5m", "3h", "2d", "6w", "4mo", "2y"."""
    age = max(0.0, now - published)
    if age < 60:
        return "now"
    for limit, unit, label in (
        (3600, 60, "m"),
        (86400, 3600, "h"),
        (14 * 86400, 86400, "d"),
        (60 * 86400, 7 * 86400, "w"),
        (365 * 86400, 30 * 86400, "mo"),
    ):
        if age < limit:
            return f"{int(age // unit)}{label}"
    return f"{int(age // (365 * 86400))}y"


def _fit(text: str, width: int) -> str:
    """`text` cut or padded to exactly `width` cells, with an ellipsis when cut."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


class ArticleList(ScrollView, can_focus=True, inherit_bindings=False):
    """One line per article; the cursor row is the highlighted article.

    It has no keys of its own: the main screen moves the cursor (j/k, arrows, g/G), and
    the scroll keys it would inherit belong to the reading pane.
    """

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--read",
        "article-list--marker",
        "article-list--star",
        "article-list--video",
        "article-list--feed",
        "article-list--date",
    }

    class Highlighted(Message):
        """The cursor moved to another article."""

        def __init__(self, article_id: int | None, index: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.index = index

    class Selected(Message):
        """An article was clicked."""

        def __init__(self, article_id: int, index: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.index = index

    def __init__(
        self,
        store: Store,
        clock: Callable[[], float],
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.store = store
        self.clock = clock
        self.ids: list[int] = []
        self.cursor = 0
        self._rows: OrderedDict[int, ArticleRow] = OrderedDict()
        self._strips: dict[tuple[int, bool, int], Strip] = {}  # drawn lines, by (id, cursor, width)
        self._styles: dict[str, Style] | None = None
        self.lines_rendered = 0  # rows drawn so far: benchmarks wait for the first ones

    # -- data ---------------------------------------------------------------------

    @property
    def current_id(self) -> int | None:
        return self.ids[self.cursor] if 0 <= self.cursor < len(self.ids) else None

    def row(self, index: int) -> ArticleRow | None:
        """The row at `index`, loading its page from the cache when needed."""
        if not 0 <= index < len(self.ids):
            return None
        article_id = self.ids[index]
        cached = self._rows.get(article_id)
        if cached is not None:
            self._rows.move_to_end(article_id)
            return cached
        start = max(0, index - _PAGE // 4)
        wanted = [i for i in self.ids[start : start + _PAGE] if i not in self._rows]
        self._rows.update(self.store.rows(wanted))
        while len(self._rows) > _CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(article_id)

    def set_ids(self, ids: Sequence[int], keep: int | None = None, keep_rows: bool = False) -> None:
        """Show `ids`; the article `keep` stays under the cursor at the same screen line.

        Cached rows are dropped (their state may have changed) unless `keep_rows`.
        """
        screen_line = self.cursor - int(self.scroll_y)
        self.ids = list(ids)
        self._strips.clear()
        if not keep_rows:
            self._rows.clear()
        self.virtual_size = Size(self.size.width, len(self.ids))
        index = -1
        if keep is not None:
            try:
                index = self.ids.index(keep)
            except ValueError:
                index = -1
        if index >= 0:
            self.cursor = index
            self.scroll_to(y=max(0, index - screen_line), animate=False, immediate=True)
        else:
            self.cursor = min(self.cursor, max(0, len(self.ids) - 1))
            self._scroll_cursor_visible()
        self.refresh()
        self.post_message(self.Highlighted(self.current_id, self.cursor))

    def forget(self, article_id: int) -> None:
        """Drop one cached row (its state changed) and redraw it."""
        self._rows.pop(article_id, None)
        for selected in (False, True):
            self._strips.pop((article_id, selected, self.scrollable_content_region.width), None)
        if self.current_id == article_id:
            self.refresh_line(self.cursor)
        else:
            self.refresh()

    def forget_all(self) -> None:
        """Drop every cached row (many may have changed) and redraw; ids and cursor stay."""
        self._rows.clear()
        self._strips.clear()
        self.refresh()

    # -- cursor -------------------------------------------------------------------

    def move_to(self, index: int) -> None:
        if not self.ids:
            return
        index = max(0, min(index, len(self.ids) - 1))
        if index == self.cursor:
            return
        old = self.cursor
        self.cursor = index
        if not self._scroll_cursor_visible():
            self.refresh_line(old)
            self.refresh_line(index)
        self.post_message(self.Highlighted(self.current_id, index))

    def move(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def _scroll_cursor_visible(self) -> bool:
        """Scroll so the cursor row shows; True when the view moved."""
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if self.cursor < top:
            target = self.cursor
        elif self.cursor >= top + height:
            target = self.cursor - height + 1
        else:
            return False
        self.scroll_to(y=target, animate=False, immediate=True)
        self.refresh()
        return True

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if 0 <= index < len(self.ids):
            self.move_to(index)
            self.post_message(self.Selected(self.ids[index], index))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.ids))

    # -- rendering ----------------------------------------------------------------

    def on_mount(self) -> None:
        self.set_interval(60, self._restyle)  # relative dates age

    def on_focus(self) -> None:
        self._restyle()

    def on_blur(self) -> None:
        self._restyle()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._restyle()

    def _restyle(self) -> None:
        """Forget styles and drawn lines (theme, focus or the time changed)."""
        self._styles = None
        self._strips.clear()
        self.refresh()

    def _line_styles(self) -> dict[str, Style]:
        # Resolving styles walks the DOM: once per restyle, not once per line.
        if self._styles is None:
            base = self.rich_style
            get = self.get_component_rich_style
            self._styles = {"": base}
            for name in ("cursor", "unread", "read", "marker", "star", "video", "feed", "date"):
                self._styles[name] = get(f"article-list--{name}")
        return self._styles

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        styles = self._line_styles()
        if index >= len(self.ids):
            return Strip.blank(width, styles[""])
        selected = index == self.cursor
        key = (self.ids[index], selected, width)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > 4 * _PAGE:
                self._strips.clear()
            strip = self._strips[key] = self._strip(self.row(index), width, selected, styles)
        self.lines_rendered += 1
        return strip

    def _strip(
        self, row: ArticleRow | None, width: int, selected: bool, styles: dict[str, Style]
    ) -> Strip:
        base = styles[""]
        if row is None:
            text_style = base + styles["read"]
            segments = [Segment(_fit("   (removed)", width), text_style)]
        else:
            text_style = base + styles["read" if row.read else "unread"]
            feed_width = min(20, max(8, width // 6))
            date = relative_date(row.published, self.clock())
            title_width = width - 7 - feed_width - 1 - 5
            segments = [
                Segment(" ", text_style),
                Segment(" " if row.read else _MARK_UNREAD, text_style + styles["marker"]),
                Segment(" ", text_style),
                Segment(_MARK_VIDEO if row.has_video else " ", text_style + styles["video"]),
                Segment(" ", text_style),
                Segment(_MARK_STAR if row.starred else " ", text_style + styles["star"]),
                Segment(" ", text_style),
                Segment(_fit(clean_line(row.title) or "(untitled)", title_width), text_style),
                Segment(" ", text_style),
                Segment(_fit(clean_line(row.feed_title), feed_width), text_style + styles["feed"]),
                Segment(f" {date:>4}", text_style + styles["date"]),
            ]
        if selected:
            cursor = styles["cursor"]
            segments = [Segment(s.text, (s.style or Style()) + cursor) for s in segments]
        return Strip(segments).adjust_cell_length(width, base)
