"""Messages the main screen's workers post back to its handlers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from dramatui.reading import ReadingView
    from dramatui.records import Video
    from dramatui.refresh import RefreshSummary
    from dramatui.store import ArticleFilter, FeedRow


class Loaded(Message):
    """Ids matching `flt`, newest first (`complete` False: only the first screenful)."""

    def __init__(
        self, flt: ArticleFilter, ids: list[int], keep: int | None, complete: bool
    ) -> None:
        super().__init__()
        self.flt = flt
        self.ids = ids
        self.keep = keep
        self.complete = complete


class Counted(Message):
    """(matching, unread) for `flt`."""

    def __init__(self, flt: ArticleFilter, counts: tuple[int, int]) -> None:
        super().__init__()
        self.flt = flt
        self.counts = counts


class ArticleReady(Message):
    def __init__(self, article_id: int, view: ReadingView, was_unread: bool) -> None:
        super().__init__()
        self.article_id = article_id
        self.view = view
        self.was_unread = was_unread


class StateChanged(Message):
    """One article's read or starred state was saved."""

    def __init__(
        self, article_id: int, read: bool | None = None, starred: bool | None = None
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.read = read
        self.starred = starred


class Changed(Message):
    """Many articles changed: reload the list, tell the user `note`."""

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note


class Found(Message):
    """The next unread article (None: there is none)."""

    def __init__(self, article_id: int | None) -> None:
        super().__init__()
        self.article_id = article_id


class Entities(Message):
    def __init__(self, kind: str, items: list[tuple[str, int]]) -> None:
        super().__init__()
        self.kind = kind
        self.items = items


class Videos(Message):
    def __init__(self, videos: list[Video]) -> None:
        super().__init__()
        self.videos = videos


class Feeds(Message):
    def __init__(self, feeds: list[FeedRow]) -> None:
        super().__init__()
        self.feeds = feeds


class RefreshProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class RefreshDone(Message):
    """The refresh finished (`summary`) or broke (`error`)."""

    def __init__(self, summary: RefreshSummary | None, error: str | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.error = error
