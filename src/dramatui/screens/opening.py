"""Opening links and videos from the reader (`o`, `v`, `L`, clicks and Enter in the reading pane).

`o` and `v` act on the article being read when the reading pane has focus (or fills a
narrow screen), else on the one under the list's cursor; `L` lists the open article's links.

The opener can block for a few seconds while a browser starts, so it always runs in a
thread worker; refusals and failures come back as notifications, never as crashes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.screen import Screen

from dramatui.screens import messages as msg
from dramatui.screens.picker import NumberPicker
from dramatui.widgets.article_list import ArticleList
from dramatui.widgets.reading_pane import ReadingPane
from dramatui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from dramatui.app import DramaApp


class OpeningScreen(Screen[None]):
    """The main screen's parts and its link and video opening."""

    @property
    def drama(self) -> DramaApp:
        return self.app  # type: ignore[return-value]

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    # -- opening links and videos ---------------------------------------------------

    def acted_on(self) -> int | None:
        """The article `o` and `v` act on."""
        reader = self.reader
        if reader.article_id is not None and (reader.has_focus or self.has_class("show-reader")):
            return reader.article_id
        return self.article_list.current_id

    def action_open_link(self) -> None:
        if (article_id := self.acted_on()) is not None:
            self._open_article_url(article_id)

    def action_links(self) -> None:
        reader = self.reader
        article_id = reader.article_id
        if article_id is None:
            self.notify("Open an article first (Enter), then press L for its links.")
            return
        links = reader.links
        if not links:
            self.notify("This article has no links.")
            return

        def chosen(number: int | None) -> None:
            if number and reader.article_id == article_id:
                reader.open_link(number)

        self.app.push_screen(NumberPicker("Links", links), chosen)

    @work(thread=True, group="open")
    def _open_article_url(self, article_id: int) -> None:
        article = self.drama.store.article(article_id)
        if article is not None:
            self._launch(article.url, tuple(self.drama.settings.browser_command))

    @on(ReadingPane.OpenUrl)
    def _open_url(self, event: ReadingPane.OpenUrl) -> None:
        from dramatui.opener import video_command

        settings = self.drama.settings
        if event.video:
            platform = next((v.platform for v in self.reader.videos if v.url == event.url), "")
            command = video_command(settings, platform)
        else:
            command = settings.browser_command
        self._launch_worker(event.url, tuple(command))

    @work(thread=True, group="open")
    def _launch_worker(self, url: str, command: tuple[str, ...]) -> None:
        self._launch(url, command)

    def _launch(self, url: str | None, command: tuple[str, ...]) -> None:
        """Run in a thread: the opener can block for a few seconds."""
        from dramatui.opener import OpenError, open_url

        try:
            opened = open_url(url, command)
        except OpenError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Cannot open", severity="error")
        else:
            self.app.call_from_thread(self.notify, opened, title="Opened")

    def action_videos(self) -> None:
        if (article_id := self.acted_on()) is not None:
            self._videos(article_id)

    @work(thread=True, exclusive=True, group="videos")
    def _videos(self, article_id: int) -> None:
        article = self.drama.store.article(article_id)
        self.post_message(msg.Videos(list(article.videos) if article else []))

    @on(msg.Videos)
    def _pick_video(self, event: msg.Videos) -> None:
        from dramatui.opener import video_command

        videos = event.videos
        if not videos:
            self.notify("This article has no videos.")
            return

        def chosen(number: int | None) -> None:
            if number:
                video = videos[number - 1]
                self._launch_worker(
                    video.url, tuple(video_command(self.drama.settings, video.platform))
                )

        if len(videos) == 1:
            chosen(1)
        else:
            entries = [f"[{v.platform}] {v.label or v.url}" for v in videos]
            self.app.push_screen(NumberPicker("Videos", entries), chosen)
