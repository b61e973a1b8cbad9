"""OPML import and export of the feed list. Only http(s) feed URLs are accepted."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from dramatui.config import FeedConfig
from dramatui.content.sanitize import clean_line, safe_url


class OpmlError(Exception):
    """The file is not OPML we can read."""


@dataclass
class OpmlImport:
    feeds: list[FeedConfig] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # human sentences, one per skipped outline


def parse_opml(data: bytes) -> OpmlImport:
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data.upper():
        raise OpmlError("OPML with a DOCTYPE or entities is not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise OpmlError(f"not valid OPML: {exc}") from exc
    if root.tag.lower() != "opml":
        raise OpmlError(f"not OPML: the document starts with <{clean_line(root.tag)[:40]}>")
    result = OpmlImport()
    seen: set[str] = set()
    for outline in root.iter("outline"):
        raw = outline.get("xmlUrl") or outline.get("xmlurl")
        if raw is None:
            continue
        title = clean_line(outline.get("title") or outline.get("text") or "", 200)
        url = safe_url(raw.strip())
        if url is None:
            result.skipped.append(f"skipped {clean_line(raw, 100)!r}: not an http(s) URL")
            continue
        if url in seen:
            result.skipped.append(f"skipped {url}: listed twice")
            continue
        seen.add(url)
        result.feeds.append(FeedConfig(url=url, title=title))
    return result


def to_opml(feeds: list[FeedConfig], title: str = "dramatui feeds") -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_text(title)}</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        name = feed.title or feed.url
        lines.append(
            f'    <outline type="rss" text={quoteattr(name)} title={quoteattr(name)} '
            f"xmlUrl={quoteattr(feed.url)}/>"
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
