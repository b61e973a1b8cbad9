"""The store's plain records: filters, feed and article rows, the full article."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from dramatui.records import Video


def entity_key(name: str) -> str:
    """The extractor's matching key for a name (imported on first use: the extractor's
    regexes cost tens of ms to compile, which the list view's first paint need not pay)."""
    from dramatui.content.entities import entity_key as key

    return key(name)


SHOW = "show"
ACTOR = "actor"


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What the list shows; every field narrows it (AND)."""

    feed: str | None = None  # feed URL
    show: str | None = None  # any spelling variant of the name
    actor: str | None = None
    search: str | None = None  # full-text query
    unread: bool = False
    starred: bool = False
    has_video: bool = False
    following: tuple[tuple[str, str], ...] = ()  # (kind, name) pairs: any of them (OR)

    def describe(self) -> list[str]:
        """Short labels of the active filters, for headers."""
        parts = []
        if self.feed:
            parts.append(f"feed: {self.feed}")
        if self.show:
            parts.append(f"show: {self.show}")
        if self.actor:
            parts.append(f"actor: {self.actor}")
        if self.search:
            parts.append(f"search: {self.search}")
        if self.unread:
            parts.append("unread")
        if self.starred:
            parts.append("starred")
        if self.has_video:
            parts.append("video")
        if self.following:
            parts.append("following")
        return parts


EVERYTHING = ArticleFilter()  # the unfiltered list (a frozen default argument)


@dataclass(frozen=True, slots=True)
class FeedRow:
    url: str
    title: str
    site_url: str | None
    active: bool
    last_checked: float | None
    last_success: float | None
    last_status: str | None
    last_error: str | None
    last_new: int
    last_updated: int
    articles: int
    unread: int
    etag: str | None
    last_modified: str | None
    retry_after: float | None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What one line of the list shows."""

    id: int
    title: str
    feed_title: str
    published: int
    read: bool
    starred: bool
    has_video: bool


@dataclass(slots=True)
class FullArticle:
    id: int
    guid: str
    feed_url: str
    feed_title: str
    url: str | None
    title: str
    author: str
    published: int
    summary_html: str
    content_html: str
    page_html: str | None
    page_status: str | None
    categories: list[str]
    text: str
    shows: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    read: bool = False
    starred: bool = False

    @property
    def published_iso(self) -> str:
        return datetime.fromtimestamp(self.published, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def to_json(self) -> dict[str, Any]:
        """The stable `articles --json` object."""
        return {
            "id": self.id,
            "guid": self.guid,
            "feed": self.feed_url,
            "feed_title": self.feed_title,
            "title": self.title,
            "url": self.url,
            "published": self.published_iso,
            "author": self.author,
            "categories": self.categories,
            "shows": self.shows,
            "actors": self.actors,
            "videos": [asdict(v) for v in self.videos],
            "read": self.read,
            "starred": self.starred,
            "full_text": bool(self.page_html),
        }


FEED_TITLE_SQL = "COALESCE(NULLIF(f.custom_title, ''), NULLIF(f.title, ''), f.url)"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query: every word must match, as a prefix. None when there are no words."""
    words = _TOKEN.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:32])
