"""Plain records that cross layers: feeds -> content -> store -> views.

Nothing here imports textual, httpx or sqlite3; every string in these records is
already sanitized (control characters removed) by whoever builds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Media:
    """A media reference carried by a feed entry (enclosure, media:content, media:player)."""

    url: str
    type: str = ""  # MIME type, e.g. "video/mp4"; "" when unknown
    kind: str = "enclosure"  # "enclosure" | "content" | "player" | "thumbnail"
    title: str = ""


@dataclass(frozen=True, slots=True)
class Video:
    """A playable video found in an article, normalized to its watch URL."""

    url: str
    platform: str  # "youtube", "vimeo", "naver", "kakao", "dailymotion", "viki", "netflix", ...
    label: str = ""  # short context label: "teaser", "making-of video", "Watch Now"; "" if none


@dataclass(slots=True)
class ParsedEntry:
    """One feed entry, normalized. `guid` is never empty (falls back to link, then a hash)."""

    guid: str
    link: str | None  # absolute http(s) URL or None
    title: str
    author: str
    published: datetime  # timezone-aware UTC
    summary_html: str
    content_html: str
    categories: list[str] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)


@dataclass(slots=True)
class ParsedFeed:
    """The result of parsing one feed document."""

    title: str
    site_url: str | None
    entries: list[ParsedEntry]
    warning: str | None = None  # set when the document was malformed but still yielded entries


@dataclass(slots=True)
class Derived:
    """What is derived from an article's best text: recomputed whenever that text changes."""

    text: str  # readable plain text of the body (for search and `read`)
    shows: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    teaser: bool = False  # the feed gave only a teaser: the article page holds the full text
    # Names among `shows`/`actors` that the feed's own categories name: they seed the
    # gazetteer. Worked out where the deriving is done (a worker), not in the store.
    confirmed_shows: list[str] = field(default_factory=list)
    confirmed_actors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Prepared:
    """A parsed feed and what was derived from its changed entries (guid -> source, Derived):
    what a worker process hands back to the one that writes the store."""

    parsed: ParsedFeed
    derived: dict[str, tuple[str, Derived]] = field(default_factory=dict)
