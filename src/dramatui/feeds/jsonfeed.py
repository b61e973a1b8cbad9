"""A small JSON Feed (https://jsonfeed.org, versions 1 and 1.1) parser into ParsedFeed.

feedparser does not read JSON. Every field is type-checked: a JSON Feed is as hostile
as any XML one, and a number where a string belongs must not crash the refresh.
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any

from dramatui.content.sanitize import clean_line, safe_url
from dramatui.feeds.normalize import (
    FeedError,
    MediaList,
    build_entry,
    categories_of,
    finalize_entries,
    plain_title,
    sane_date,
    text_of,
)
from dramatui.records import ParsedEntry, ParsedFeed

_VERSION_PREFIX = "https://jsonfeed.org/version/"


def looks_like_json(body: bytes, content_type: str) -> bool:
    """True when the document starts with "{" or the server called it JSON."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return head == b"{" or ("json" in content_type.lower() and head in (b"{", b"["))


def parse_json_feed(body: bytes, url: str, fetched_at: datetime) -> ParsedFeed:
    """Parse a JSON Feed document; FeedError when it is not one."""
    try:
        doc = json.loads(body.decode("utf-8-sig", errors="replace"))
    except RecursionError as exc:
        raise FeedError("malformed feed: JSON nested too deeply") from exc
    except ValueError as exc:
        raise FeedError(f"malformed feed: invalid JSON ({exc})") from exc
    if not isinstance(doc, dict):
        raise FeedError("not a feed: JSON but not a JSON Feed")
    version = text_of(doc.get("version"))
    items = doc.get("items")
    if not version.startswith(_VERSION_PREFIX) and not isinstance(items, list):
        raise FeedError("not a feed: JSON but not a JSON Feed")
    warning = None if version.startswith(_VERSION_PREFIX) else "JSON Feed without a version"
    if not isinstance(items, list):
        items = []
    feed_url = safe_url(text_of(doc.get("feed_url"))) or url
    base = safe_url(url) or feed_url
    entries = [_entry(item, base, fetched_at) for item in items if isinstance(item, dict)]
    return ParsedFeed(
        title=clean_line(text_of(doc.get("title")), 500),
        site_url=safe_url(text_of(doc.get("home_page_url")), base=base),
        entries=finalize_entries(entries),
        warning=warning,
    )


def _date(value: object) -> datetime | None:
    text = text_of(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.upper())
    except ValueError:
        return None


def _authors(item: dict[str, Any]) -> str:
    authors = item.get("authors")
    if not isinstance(authors, list):  # version 1 had a single "author" object
        authors = [item.get("author")]
    names = [text_of(a.get("name")) for a in authors[:20] if isinstance(a, dict)]
    return ", ".join(n.strip() for n in names if n.strip())


def _text_to_html(text: str) -> str:
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>" + html.escape(p.strip()).replace("\n", "<br>") + "</p>" for p in paragraphs
    )


def _entry(item: dict[str, Any], base: str, fetched_at: datetime) -> ParsedEntry:
    published = _date(item.get("date_published")) or _date(item.get("date_modified"))
    content = text_of(item.get("content_html"))
    if not content.strip():
        content = _text_to_html(text_of(item.get("content_text")))
    media = MediaList(base)
    attachments = item.get("attachments")
    if isinstance(attachments, list):
        for att in attachments[:100]:
            if isinstance(att, dict):
                media.add(att.get("url"), "enclosure", att.get("mime_type"), att.get("title"))
    media.add(item.get("image"), "thumbnail")
    media.add(item.get("banner_image"), "thumbnail")
    tags = item.get("tags")
    link = item.get("url") or item.get("external_url")
    return build_entry(
        raw_id=item.get("id"),
        raw_link=link,
        base=base,
        title=plain_title(item.get("title")),
        author=_authors(item),
        published=sane_date(published, fetched_at),
        summary=item.get("summary"),
        content=content,
        categories=categories_of(tags if isinstance(tags, list) else []),
        media=media.items,
    )
