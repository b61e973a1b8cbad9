"""Full text in the reader: the page key (`p`), pages filling in during a refresh, and
re-extraction of the whole cache on start when the extractor or the `[entities]` rules
changed ("re-extracting 1200/5000").
"""

from __future__ import annotations

from textual import on, work
from textual.timer import Timer
from textual.worker import get_current_worker

from dramatui.screens import messages as msg
from dramatui.screens.refreshing import RefreshingScreen

PAGES_REDRAW = 1.0  # seconds between redraws of rows and article while pages arrive


class _Stopped(Exception):
    """The re-extraction worker was cancelled (the app is closing)."""


class FullTextScreen(RefreshingScreen):
    """Adds fetching full article pages and re-extraction to the main screen."""

    _pages_timer: Timer | None = None

    # -- the page key ---------------------------------------------------------------

    def action_fetch_page(self) -> None:
        article_id = self.reader.article_id
        if article_id is None:
            self.notify("Open an article first (Enter), then press p for its full page.")
            return
        if self.drama.session.demo:
            # The demo's sample sites do not exist: saying so beats a DNS error saved as
            # the article's page note.
            self.notify("The demo works offline: its sample articles have no pages to fetch.")
            return
        self.notify("Fetching the article's page…", timeout=3)
        self._fetch_page(article_id)

    @work(exclusive=True, group="page")
    async def _fetch_page(self, article_id: int) -> None:
        from dramatui.refresh import fetch_page_now

        drama = self.drama
        try:
            error = await fetch_page_now(drama.store, drama.settings, article_id)
        except Exception as exc:  # one page must never take the reader down
            error = f"page: {exc}"
        self.post_message(msg.PageFetched(article_id, error))

    @on(msg.PageFetched)
    def _page_fetched(self, event: msg.PageFetched) -> None:
        if event.error:
            self.notify(event.error, title="Full page", severity="warning")
        else:
            self.notify("Full text from the article page.", title="Full page")
        self.article_list.forget(event.article_id)
        if self.reader.article_id == event.article_id:
            self._reload_article(event.article_id, event.error is None)

    @work(thread=True, group="article-refresh")
    def _reload_article(self, article_id: int, to_top: bool = False) -> None:
        """Re-render the open article from the store (its text or note changed)."""
        from dramatui.reading import reading_view

        article = self.drama.store.article(article_id)
        if article is not None:
            view = reading_view(article)
            self.post_message(msg.ArticleReady(article_id, view, False, refresh=not to_top))

    # -- pages arriving during a refresh --------------------------------------------

    def _pages_arrived(self, final: bool) -> None:
        # At most once a second: a refresh can store dozens of pages in a burst.
        if final:
            if self._pages_timer is not None:
                self._pages_timer.stop()
                self._pages_timer = None
            self._redraw_pages()
        elif self._pages_timer is None:
            self._pages_timer = self.set_timer(PAGES_REDRAW, self._redraw_pages)

    def _redraw_pages(self) -> None:
        self._pages_timer = None
        self.article_list.forget_all()
        if self.reader.article_id is not None:
            self._reload_article(self.reader.article_id)

    # -- re-extraction on start -----------------------------------------------------

    @work(thread=True, exclusive=True, group="rederive")
    def _rederive(self) -> None:
        from dramatui.refresh import ensure_derived, make_deriver, stale_count

        store = self.drama.store
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _Stopped  # between batches: what is done stays done
            self.post_message(msg.Rederiving(done, total))

        try:
            deriver = make_deriver(store, self.drama.settings)
            total = stale_count(store, deriver)
            if not total:
                return
            self.post_message(msg.Rederiving(0, total))
            count = ensure_derived(store, deriver, progress)
        except _Stopped:
            return
        except Exception as exc:  # the cache stays usable with its old extraction
            self.post_message(msg.Rederived(0, f"re-extraction failed: {exc}"))
        else:
            self.post_message(msg.Rederived(count))

    @on(msg.Rederiving)
    def _rederiving(self, event: msg.Rederiving) -> None:
        self.status.update_status(rederiving=(event.done, event.total))

    @on(msg.Rederived)
    def _rederived(self, event: msg.Rederived) -> None:
        self.status.update_status(rederiving=None)
        if event.error:
            self.notify(event.error, severity="error")
            return
        self.notify(f"Shows, actors and videos re-extracted for {event.count:,} articles.")
        self.reload()
        if self.reader.article_id is not None:
            self._reload_article(self.reader.article_id)
