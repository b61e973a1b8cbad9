"""Refreshing feeds in the background (`r`, on start, on a timer) and the feeds screen (`F`).

The refresh is an async worker (exclusive, group "refresh"): progress and the summary
come back as messages, and the list reloads keeping the article under the cursor. The
list reloads as soon as the feeds are stored; article pages (full text) come after and
fill in the rows and the open article as they arrive ("full text 12/40").
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

from textual import on, work

from dramatui.screens import messages as msg
from dramatui.screens.feeds import FeedsScreen
from dramatui.screens.opening import OpeningScreen
from dramatui.store import ArticleFilter


class RefreshingScreen(OpeningScreen):
    """Adds feeds and refresh to the main screen."""

    flt: ArticleFilter
    refreshing: bool

    def reload(self, keep: int | None = None) -> None:
        raise NotImplementedError

    def _set_filter(self, flt: ArticleFilter) -> None:
        raise NotImplementedError

    def _pages_arrived(self, final: bool) -> None:
        """Article pages were stored: refresh the rows and the open article."""
        raise NotImplementedError

    # -- feeds and refresh ----------------------------------------------------------

    def action_feeds(self) -> None:
        self._feeds()

    @work(thread=True, exclusive=True, group="feeds")
    def _feeds(self) -> None:
        self.post_message(msg.Feeds(self.drama.store.list_feeds()))

    @on(msg.Feeds)
    def _show_feeds(self, event: msg.Feeds) -> None:
        def chosen(url: str | None) -> None:
            if url:
                self._set_filter(replace(self.flt, feed=url))

        self.app.push_screen(FeedsScreen(event.feeds, self.drama.clock), chosen)

    def _refresh_on_timer(self) -> None:
        if not self.refreshing:
            self.action_refresh()

    def action_refresh(self) -> None:
        if self.refreshing:
            self.notify("Already refreshing.")
            return
        self.refreshing = True
        self.status.update_status(refreshing=(0, 0), message="")
        self._refresh()

    @work(exclusive=True, group="refresh")
    async def _refresh(self) -> None:
        drama = self.drama
        store, settings = drama.store, drama.settings

        def progress(outcome: object, done: int, total: int) -> None:
            self.post_message(msg.RefreshProgress(done, total))

        def page_progress(done: int, total: int) -> None:
            self.post_message(msg.PageProgress(done, total))

        try:
            from dramatui.refresh import make_deriver, refresh, refresh_demo

            total = len(await asyncio.to_thread(store.list_feeds))
            self.post_message(msg.RefreshProgress(0, total))
            deriver = await asyncio.to_thread(make_deriver, store, settings)
            if drama.session.demo:
                summary = await asyncio.to_thread(refresh_demo, store, deriver, progress)
            else:
                summary = await refresh(
                    store, settings, deriver, progress, page_progress=page_progress
                )
        except Exception as exc:  # a bug in one refresh must never take the reader down
            self.post_message(msg.RefreshDone(None, f"refresh failed: {exc}"))
        else:
            self.post_message(msg.RefreshDone(summary))

    @on(msg.RefreshProgress)
    def _refresh_progress(self, event: msg.RefreshProgress) -> None:
        if self.refreshing:
            self.status.update_status(refreshing=(event.done, event.total))
            if event.total and event.done == event.total:
                self.reload()  # the feeds are stored: show them before any page comes

    @on(msg.PageProgress)
    def _page_progress(self, event: msg.PageProgress) -> None:
        if self.refreshing:
            self.status.update_status(pages=(event.done, event.total))
            self._pages_arrived(final=False)

    @on(msg.RefreshDone)
    def _refresh_done(self, event: msg.RefreshDone) -> None:
        self.refreshing = False
        summary = event.summary
        self._pages_arrived(final=True)
        if summary is None:
            self.status.update_status(refreshing=None, pages=None)
            self.notify(event.error or "refresh failed", severity="error")
            self.reload()  # feeds stored before the failure still show
            return
        offline = summary.offline
        note = "" if offline else f"{summary.new} new" if summary.new else "up to date"
        if summary.pages_fetched:
            note += f", full text of {summary.pages_fetched}"
        self.status.update_status(
            refreshing=None,
            pages=None,
            offline=offline,
            failed=0 if offline else summary.failed,
            message=note,
        )
        self.reload()
