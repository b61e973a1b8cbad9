"""The main screen: the article list, the reading pane and the status line, and their keys.

Workers compute, handlers mutate: every store call and the refresh run in workers that
post a message back; the `on_*` handlers below are the only code that changes widgets.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from dramatui.screens import messages as msg
from dramatui.screens.following import FollowingScreen
from dramatui.store import ArticleFilter
from dramatui.store.store import ACTOR, SHOW
from dramatui.widgets.article_list import ArticleList
from dramatui.widgets.reading_pane import ReadingPane
from dramatui.widgets.status_bar import StatusBar

FIRST_PAGE = 200  # rows fetched first so the list paints before the full query
NARROW = 100  # below this many columns one pane shows at a time
SEARCH_DELAY = 0.25  # seconds of quiet typing before the search runs

EMPTY_CACHE = (
    "No articles yet.\n\n"
    "  • Add a feed:        dramatui feeds add URL\n"
    "  • Then refresh:      press r (feeds also refresh on start)\n"
    "  • Just looking?      run  dramatui --demo  for sample feeds\n\n"
    "Press F to see your feeds and their last results, ? for every key."
)


class MainScreen(FollowingScreen):
    """List pane, reading pane, status line; narrow terminals show one pane at a time."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next article", show=False, id="next"),
        Binding("k,up", "move(-1)", "Previous article", show=False, id="previous"),
        Binding("g,home", "first", "First article", show=False, id="first"),
        Binding("G,end", "last", "Last article", show=False, id="last"),
        Binding("enter", "open", "Open article", show=False, id="open"),
        Binding("tab", "switch_pane", "Next pane", show=False, id="focus_next_pane"),
        Binding("shift+tab", "switch_pane", "Previous pane", show=False, id="focus_previous_pane"),
        Binding(
            "space,pagedown",
            "scroll_reader(1)",
            "Scroll article down",
            show=False,
            id="scroll_down",
        ),
        Binding("b,pageup", "scroll_reader(-1)", "Scroll article up", show=False, id="scroll_up"),
        Binding("n", "next_unread(1)", "Next unread", id="next_unread"),
        Binding("N", "next_unread(-1)", "Previous unread", show=False, id="previous_unread"),
        Binding("m", "toggle_read", "Toggle read", show=False, id="toggle_read"),
        Binding("M", "mark_all_read", "Mark all listed as read", show=False, id="mark_all_read"),
        Binding("asterisk", "toggle_star", "Toggle star", show=False, id="toggle_star"),
        Binding("slash", "search", "Search", id="search"),
        Binding("escape", "escape", "Back / clear search", show=False, id="back"),
        Binding("backspace", "back", "Back to the list", show=False, id="back_to_list"),
        Binding("u", "unread_only", "Unread only", id="unread_only"),
        Binding("o", "open_link", "Open in browser", show=False, id="open_link"),
        Binding("v", "videos", "Videos", show=False, id="videos"),
        Binding("L", "links", "Links of the open article", show=False, id="links"),
        Binding("p", "fetch_page", "Fetch the full page now", show=False, id="fetch_page"),
        Binding("s", "pick('show')", "Shows", id="shows"),
        Binding("a", "pick('actor')", "Actors", id="actors"),
        Binding("w", "following", "Following", id="following"),
        Binding("c", "clear_filters", "Clear filters", show=False, id="clear_filters"),
        Binding("r", "refresh", "Refresh", id="refresh"),
        Binding("F", "feeds", "Feeds", id="feeds"),
    ]

    def __init__(self) -> None:
        super().__init__(id="main")
        self.flt = ArticleFilter()
        self.matching = 0
        self.unread = 0
        self.loaded = False
        self.refreshing = False
        self.showing_reader = False  # narrow layout: the article instead of the list
        self._wanted_article: int | None = None
        self._head_shown = False  # the list shows a first screenful; the rest is coming
        self._search_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield ArticleList(self.drama.list_store, self.drama.clock, id="list")
                yield Static("", id="empty", markup=False)
            yield ReadingPane(id="reader")
        yield Input(placeholder="search all articles (Enter: done, Esc: clear)", id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.article_list.focus()
        self._layout(self.size.width)
        # First paint straight from the cache: the newest rows come from one indexed
        # LIMIT query (well under a millisecond) run right here, because a thread started
        # while the app is still mounting waits on the GIL for tens of milliseconds.
        head = self.drama.store.query_ids(self.flt, limit=FIRST_PAGE)
        complete = len(head) < FIRST_PAGE
        self._loaded(msg.Loaded(self.flt, head, None, complete))
        # The rest waits for that first frame: the query thread and the UI thread would
        # otherwise hand the GIL back and forth for every row either fetches.
        self.call_after_refresh(self._query, self.flt, None, False, not complete)
        minutes = self.drama.settings.refresh_interval
        if minutes > 0:
            self.set_interval(minutes * 60, self._refresh_on_timer)

    # -- loading the list -----------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """Re-run the current filter; `keep` stays under the cursor."""
        self.status.update_status(filters=self.filter_labels())
        if self.nothing_followed():
            self.workers.cancel_group(self, "query")
            self.article_list.set_ids([])
            self._show_empty(True)
            self.matching = self.unread = 0
            self.status.update_status(matching=0, unread=0)
            return
        self._query(self.flt, self.article_list.current_id if keep is None else keep)

    @work(thread=True, exclusive=True, group="query")
    def _query(
        self, flt: ArticleFilter, keep: int | None, head: bool = True, ids: bool = True
    ) -> None:
        store = self.drama.store
        # A first screenful comes back in milliseconds; the full id list (tens of ms at
        # 100k) and the counts follow. Skipped when it would not hold the kept article.
        complete = not ids
        if head and ids:
            first = store.query_ids(flt, limit=FIRST_PAGE)
            complete = len(first) < FIRST_PAGE
            if complete or keep is None or keep in first:
                self.post_message(msg.Loaded(flt, first, keep, complete))
        counted: tuple[int, int] | None = None
        if not complete:
            if get_current_worker().is_cancelled:
                return
            # One pass gives the ids and their unread count (the date index covers both).
            full, unread = store.query_unread(flt)
            self.post_message(msg.Loaded(flt, full, keep, True))
            counted = (len(full), unread)
        if not get_current_worker().is_cancelled:
            self.post_message(msg.Counted(flt, counted or store.counts(flt)))

    @on(msg.Loaded)
    def _loaded(self, event: msg.Loaded) -> None:
        if event.flt != self.flt or self.nothing_followed():
            return  # a newer filter is on its way
        # The full list after its first screenful: the same rows, still cached.
        self.article_list.set_ids(event.ids, event.keep, keep_rows=self._head_shown)
        self._head_shown = not event.complete
        if not event.complete:
            return
        first = not self.loaded
        self.loaded = True
        self._show_empty(not event.ids)
        if first:
            # A new extractor or new [entities] rules: redo the cache, after the first paint.
            self.call_after_refresh(self._rederive)
            settings = self.drama.settings
            empty_demo = self.drama.session.demo and not event.ids and not self.flt.describe()
            if settings.refresh_on_start or empty_demo:
                self.call_after_refresh(self.action_refresh)  # after the first paint

    @on(msg.Counted)
    def _counted(self, event: msg.Counted) -> None:
        if event.flt == self.flt and not self.nothing_followed():
            self.matching, self.unread = event.counts
            self.status.update_status(matching=self.matching, unread=self.unread)

    def _show_empty(self, empty: bool) -> None:
        self.query_one("#list-pane").set_class(empty, "empty")
        if not empty:
            return
        if self.following_view:
            text = self.empty_following_text()
        elif self.flt.describe():
            text = (
                "No articles match " + ", ".join(self.flt.describe()) + ".\n\n"
                "Press c to clear the filters (Esc clears a search)."
            )
        elif self.refreshing:
            text = "Loading feeds…"
        else:
            text = EMPTY_CACHE
        self.query_one("#empty", Static).update(Content(text))

    def _set_filter(self, flt: ArticleFilter) -> None:
        self.flt = flt
        self.reload()

    # -- moving ---------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        self.article_list.move(delta)
        self._follow()

    def action_first(self) -> None:
        self.article_list.move_to(0)
        self._follow()

    def action_last(self) -> None:
        self.article_list.move_to(len(self.article_list.ids) - 1)
        self._follow()

    def _follow(self) -> None:
        # One pane at a time: while reading, moving through the list turns the page.
        if self.showing_reader and self.article_list.current_id is not None:
            self._open(self.article_list.current_id)

    def action_open(self) -> None:
        article_id = self.article_list.current_id
        if article_id is None:
            return
        self._open(article_id)
        if self.has_class("narrow"):
            self._show_reader(True)

    @on(ArticleList.Selected)
    def _clicked(self, event: ArticleList.Selected) -> None:
        self.action_open()

    def _open(self, article_id: int) -> None:
        self._wanted_article = article_id
        self._load_article(article_id)

    @work(thread=True, exclusive=True, group="article")
    def _load_article(self, article_id: int) -> None:
        from dramatui.reading import reading_view

        store = self.drama.store
        article = store.article(article_id)
        if article is None:
            return
        was_unread = not article.read
        if was_unread:
            store.set_read([article_id], True)
        self.post_message(msg.ArticleReady(article_id, reading_view(article), was_unread))

    @on(msg.ArticleReady)
    def _article_ready(self, event: msg.ArticleReady) -> None:
        if event.refresh:
            # Newer text for the open article (its page arrived): redraw only if it changed.
            view = self.reader.view
            if self.reader.article_id == event.article_id and (
                view is None
                or (view.body, view.source_note, view.videos, view.links)
                != (event.view.body, event.view.source_note, event.view.videos, event.view.links)
            ):
                self.reader.show(event.article_id, event.view, keep_scroll=True)
            return
        if event.article_id != self._wanted_article:
            return
        self.reader.show(event.article_id, event.view)
        if event.was_unread:
            self.article_list.forget(event.article_id)
            self._count_unread(-1)

    def _count_unread(self, delta: int) -> None:
        self.unread = max(0, self.unread + delta)
        self.status.update_status(unread=self.unread)

    def action_switch_pane(self) -> None:
        if self.has_class("narrow"):
            self._show_reader(not self.showing_reader)
        elif self.article_list.has_focus:
            self.reader.focus()
        else:
            self.article_list.focus()

    def _show_reader(self, show: bool) -> None:
        self.showing_reader = show
        self.set_class(show, "show-reader")
        (self.reader if show else self.article_list).focus()

    def action_scroll_reader(self, direction: int) -> None:
        if direction > 0:
            self.reader.scroll_page_down(animate=False)
        else:
            self.reader.scroll_page_up(animate=False)

    def action_back(self) -> None:
        if self.showing_reader:
            self._show_reader(False)

    def action_escape(self) -> None:
        if self.showing_reader:
            self._show_reader(False)
        elif self.flt.search or self.query_one("#search").display:
            self._clear_search()

    def on_resize(self, event: Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        narrow = width < NARROW
        self.set_class(narrow, "narrow")
        if not narrow and self.showing_reader:
            self.showing_reader = False
            self.remove_class("show-reader")

    # -- read and star state --------------------------------------------------------

    def action_toggle_read(self) -> None:
        if (article_id := self.article_list.current_id) is not None:
            self._toggle(article_id, "read")

    def action_toggle_star(self) -> None:
        if (article_id := self.article_list.current_id) is not None:
            self._toggle(article_id, "star")

    @work(thread=True, group="state")
    def _toggle(self, article_id: int, what: str) -> None:
        store = self.drama.store
        if what == "read":
            self.post_message(msg.StateChanged(article_id, read=store.toggle_read(article_id)))
        else:
            self.post_message(msg.StateChanged(article_id, starred=store.toggle_star(article_id)))

    @on(msg.StateChanged)
    def _state_changed(self, event: msg.StateChanged) -> None:
        self.article_list.forget(event.article_id)
        if event.read is not None:
            self._count_unread(-1 if event.read else 1)

    def action_mark_all_read(self) -> None:
        if self.article_list.ids:
            self._mark_all(list(self.article_list.ids))

    @work(thread=True, group="state")
    def _mark_all(self, ids: list[int]) -> None:
        self.drama.store.set_read(ids, True)
        self.post_message(msg.Changed(f"marked {len(ids):,} articles as read"))

    @on(msg.Changed)
    def _changed(self, event: msg.Changed) -> None:
        self.notify(event.note)
        self.reload()

    def action_next_unread(self, direction: int) -> None:
        if self.article_list.ids:
            self._find_unread(list(self.article_list.ids), self.article_list.cursor, direction)

    @work(thread=True, exclusive=True, group="find")
    def _find_unread(self, ids: list[int], start: int, direction: int) -> None:
        store = self.drama.store
        step = 200
        index = start + direction
        while 0 <= index < len(ids):
            chunk = (
                ids[index : index + step]
                if direction > 0
                else ids[max(0, index - step + 1) : index + 1]
            )
            rows = store.rows(chunk)
            ordered = chunk if direction > 0 else list(reversed(chunk))
            for article_id in ordered:
                row = rows.get(article_id)
                if row is not None and not row.read:
                    self.post_message(msg.Found(article_id))
                    return
            index += direction * len(chunk)
        self.post_message(msg.Found(None))

    @on(msg.Found)
    def _found(self, event: msg.Found) -> None:
        if event.article_id is None:
            self.notify("No more unread articles in this list.")
            return
        try:
            index = self.article_list.ids.index(event.article_id)
        except ValueError:
            return
        self.article_list.move_to(index)
        self.action_open()

    # -- filters and search ---------------------------------------------------------

    def action_unread_only(self) -> None:
        self._set_filter(replace(self.flt, unread=not self.flt.unread))

    def action_clear_filters(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.display = False
        self.following_view = False
        self._set_filter(ArticleFilter())
        self.article_list.focus()

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self._apply_search)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self._apply_search()
        self.article_list.focus()

    def _apply_search(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        text = self.query_one("#search", Input).value.strip() or None
        if text != self.flt.search:
            self._set_filter(replace(self.flt, search=text))

    def _clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.display = False
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.article_list.focus()
        if self.flt.search:
            self._set_filter(replace(self.flt, search=None))

    def _filter_entity(self, kind: str, name: str) -> None:
        if kind == SHOW:
            self._set_filter(replace(self.flt, show=name))
        elif kind == ACTOR:
            self._set_filter(replace(self.flt, actor=name))
        if self.showing_reader:
            self._show_reader(False)

    @on(ReadingPane.ChipSelected)
    def _chip(self, event: ReadingPane.ChipSelected) -> None:
        self._filter_entity(event.kind, event.name)
        self.article_list.focus()
