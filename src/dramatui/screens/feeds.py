"""The feeds screen (`F`): every feed with its last result; Enter lists that feed's articles."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from dramatui.content.sanitize import clean_line
from dramatui.store import FeedRow
from dramatui.widgets.article_list import relative_date

_EMPTY = "No feeds yet. Add one with:  dramatui feeds add URL   (or try  dramatui --demo)"


def feed_result(feed: FeedRow) -> tuple[str, str]:
    """(result label, style) for a feed's last refresh."""
    if feed.last_checked is None:
        return "never fetched", "dim"
    if feed.last_status == "error":
        return f"error: {clean_line(feed.last_error or 'failed')}", "red"
    if feed.last_status == "unchanged":
        return "unchanged", ""
    return f"ok, {feed.last_new} new", "green"


class FeedsScreen(ModalScreen[str | None]):
    """Lists feeds; dismisses with the chosen feed's URL (to filter by it) or None."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close feeds", id="feeds_close"),
    ]

    def __init__(self, feeds: list[FeedRow], clock: Callable[[], float]) -> None:
        super().__init__()
        self.feeds = feeds
        self.clock = clock

    def compose(self) -> ComposeResult:
        with Vertical(id="feeds"):
            yield Static(Content(f"Feeds ({len(self.feeds)})"), id="feeds-title")
            if self.feeds:
                yield DataTable(id="feeds-table", cursor_type="row", zebra_stripes=True)
            else:
                yield Static(Content(_EMPTY), id="feeds-empty")
            yield Static(Content("Enter: list this feed's articles · Esc: close"), id="feeds-help")

    def on_mount(self) -> None:
        if not self.feeds:
            return
        table = self.query_one(DataTable)
        table.add_columns("Feed", "Articles", "Unread", "Checked", "Last result")
        now = self.clock()
        for feed in self.feeds:
            label, style = feed_result(feed)
            checked = relative_date(feed.last_checked, now) if feed.last_checked else "—"
            table.add_row(
                Text(clean_line(feed.title) or clean_line(feed.url)),
                Text(f"{feed.articles:,}", justify="right"),
                Text(f"{feed.unread:,}", justify="right"),
                Text(checked, justify="right"),
                Text(label, style=style),
                key=feed.url,
            )
        table.focus()

    def feed_status_text(self, url: str) -> str:
        """The result shown for one feed (tests and screen readers)."""
        feed = next(f for f in self.feeds if f.url == url)
        return feed_result(feed)[0]

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)
