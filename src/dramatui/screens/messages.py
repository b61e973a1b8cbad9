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
    """An article laid out; `refresh`: the open one again, newer text, same scroll."""

    def __init__(
        self, article_id: int, view: ReadingView, was_unread: bool, refresh: bool = False
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.view = view
        self.was_unread = was_unread
        self.refresh = refresh


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


class PageProgress(Message):
    """Article pages fetched for full text so far, after the feeds."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class PageFetched(Message):
    """The page of one article was fetched on request (`error` None) or not (why)."""

    def __init__(self, article_id: int, error: str | None) -> None:
        super().__init__()
        self.article_id = article_id
        self.error = error


class Rederiving(Message):
    """Stale articles re-extracted so far (a new extractor or new [entities] rules)."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class Rederived(Message):
    """Re-extraction finished (`count` articles) or broke (`error`)."""

    def __init__(self, count: int, error: str | None = None) -> None:
        super().__init__()
        self.count = count
        self.error = error


class FollowSaved(Message):
    """Saving a follow list failed (`error`); `names` is the list to go back to."""

    def __init__(self, kind: str, names: tuple[str, ...], error: str | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.names = names
        self.error = error
