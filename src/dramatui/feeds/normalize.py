"""Shared rules for turning raw feed values into clean `ParsedEntry` fields.

Used by both the feedparser path (parse.py) and the JSON Feed path (jsonfeed.py), so
both formats obey the same limits: cleaned strings, capped sizes, sane dates, a guid
that is never empty, categories deduplicated, media restricted to http(s) URLs.
"""

from __future__ import annotations

import hashlib
import html
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from dramatui.content.sanitize import clean_line, clean_text, safe_url
from dramatui.records import Media, ParsedEntry

TITLE_LIMIT = 1000
HTML_LIMIT = 1_000_000
AUTHOR_LIMIT = 300
GUID_LIMIT = 1000
CATEGORY_LIMIT = 200  # characters per category
MAX_CATEGORIES = 200
MAX_MEDIA = 50
MEDIA_TYPE_LIMIT = 100

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=2)


class FeedError(Exception):
    """A document that yields no entries; `str(e)` is a human sentence such as
    "not a feed: looks like HTML" or "malformed feed: <reason>"."""


_TAG = re.compile(r"<[^>]{0,2000}>")


def text_of(value: object) -> str:
    """The value if it is text (or a number, as JSON ids often are), else ""."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def quick_line(value: str, limit: int | None = None) -> str:
    """`clean_line`, skipping the regex work for the common plain-ASCII one-liner.

    Printable ASCII has no control characters or escape sequences, and without double
    spaces there is no run of whitespace to fold: what is left of clean_line is strip().
    """
    if (
        value.isascii()
        and value.isprintable()
        and "  " not in value
        and (limit is None or len(value) <= limit)
    ):
        return value.strip()
    return clean_line(value, limit)


def plain_title(value: object, is_html: bool = False) -> str:
    """A one-line title; tags removed and entities decoded when the feed marked it HTML."""
    text = text_of(value)
    if is_html and "<" in text:
        text = html.unescape(_TAG.sub("", text[: TITLE_LIMIT * 4]))
    return quick_line(text, TITLE_LIMIT)


def sane_date(when: datetime | None, fetched_at: datetime) -> datetime:
    """`when` in UTC, or `fetched_at` when missing, before 1990 or over 2 days ahead."""
    if when is None:
        return fetched_at
    try:
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        when = when.astimezone(UTC)
    except (OverflowError, ValueError):  # e.g. year 1 with a +14:00 offset
        return fetched_at
    if when < EARLIEST or when > fetched_at + FUTURE_SLACK:
        return fetched_at
    return when


def struct_date(value: object) -> datetime | None:
    """A feedparser time tuple as an aware UTC datetime, or None."""
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (ValueError, OverflowError, TypeError):
        return None


def make_guid(raw_id: object, link: str | None, title: str, summary: str) -> str:
    """The entry id, else its link, else a hash of title and summary; never empty."""
    guid = quick_line(text_of(raw_id))
    if not guid:
        guid = link or ""
    if not guid:
        digest = hashlib.sha1(f"{title}\n{summary}".encode("utf-8", "replace")).hexdigest()
        return f"sha1:{digest}"
    if len(guid) > GUID_LIMIT:
        # Truncating could merge distinct ids; a hash of the whole keeps them apart.
        return "sha1:" + hashlib.sha1(guid.encode("utf-8", "replace")).hexdigest()
    return guid


def categories_of(values: Iterable[object]) -> list[str]:
    """Cleaned categories, empty ones dropped, deduplicated case-insensitively, capped."""
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        name = quick_line(text_of(value), CATEGORY_LIMIT)
        key = name.casefold()
        if not name or key in seen:
            continue
        seen.add(key)
        out.append(name)
        if len(out) >= MAX_CATEGORIES:
            break
    return out


class MediaList:
    """Collects media references, keeping the first of each (url, kind) and at most MAX_MEDIA."""

    def __init__(self, base: str) -> None:
        self._base = base
        self._seen: set[tuple[str, str]] = set()
        self.items: list[Media] = []

    def add(self, url: object, kind: str, type_: object = "", title: object = "") -> None:
        if len(self.items) >= MAX_MEDIA:
            return
        safe = safe_url(text_of(url), base=self._base)
        if safe is None or (safe, kind) in self._seen:
            return
        self._seen.add((safe, kind))
        self.items.append(
            Media(
                url=safe,
                type=clean_line(text_of(type_), MEDIA_TYPE_LIMIT).lower(),
                kind=kind,
                title=clean_line(text_of(title), TITLE_LIMIT),
            )
        )


def build_entry(
    *,
    raw_id: object,
    raw_link: object,
    base: str,
    title: str,
    author: object,
    published: datetime,
    summary: object,
    content: object,
    categories: list[str],
    media: list[Media],
) -> ParsedEntry:
    """Assemble one entry. `summary_html` is kept only when it differs from `content_html`:
    when a feed repeats its body in both places, the body lives in `content_html` alone."""
    link = safe_url(text_of(raw_link), base=base)
    summary_html = clean_text(text_of(summary), HTML_LIMIT)
    content_html = clean_text(text_of(content), HTML_LIMIT)
    if content_html and summary_html.strip() == content_html.strip():
        summary_html = ""
    return ParsedEntry(
        guid=make_guid(raw_id, link, title, summary_html or content_html),
        link=link,
        title=title,
        author=quick_line(text_of(author), AUTHOR_LIMIT),
        published=published,
        summary_html=summary_html,
        content_html=content_html,
        categories=categories,
        media=media,
    )


def finalize_entries(entries: Iterable[ParsedEntry]) -> list[ParsedEntry]:
    """Drop entries with nothing to show (no title, link or text) and entries whose guid
    was already seen in this feed (the first wins)."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        if not (entry.title or entry.link or entry.summary_html or entry.content_html):
            continue
        if entry.guid not in seen:
            seen.add(entry.guid)
            out.append(entry)
    return out
