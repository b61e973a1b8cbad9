"""Parsing a fetched feed document (RSS, Atom, RDF or JSON Feed) into a `ParsedFeed`.

`parse_feed` is a plain top-level function over bytes so it can run in a thread or a
process pool. feedparser runs with sanitizing and URI resolution off (dramatui
sanitizes itself, and it is much faster). A document feedparser flags as malformed but
that still yields entries is used, with `ParsedFeed.warning` set; one that yields none
raises `FeedError` with a sentence saying why.
"""

from __future__ import annotations

import io
import re
import xml.sax
from datetime import UTC, datetime
from typing import Any

import feedparser
import feedparser.mixin

from dramatui.content.sanitize import clean_line, safe_url
from dramatui.feeds.fastparse import fast_parse
from dramatui.feeds.jsonfeed import looks_like_json, parse_json_feed
from dramatui.feeds.normalize import (
    FeedError,
    MediaList,
    build_entry,
    categories_of,
    finalize_entries,
    plain_title,
    sane_date,
    struct_date,
    text_of,
)
from dramatui.records import ParsedEntry, ParsedFeed

__all__ = ["FeedError", "parse_feed"]

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.I)
_PROLOGUE = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]")
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_SUBSET_END = re.compile(rb"\]\s*>")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# feedparser's last-resort encodings; a Korean feed landing there is likely CP949/EUC-KR.
_FALLBACK_ENCODINGS = ("windows-1252", "iso-8859-2")


_RAW_TAG_CAP = 1000  # raw tags kept per entry before our own dedupe trims to 200


def _install_tag_cap() -> None:
    """Make feedparser's tag collection linear and bounded.

    feedparser checks `value not in tags` for every category, which is quadratic: one
    item with 100k categories took over three minutes. Our `categories_of` dedupes
    anyway, so the replacement only appends, and stops at `_RAW_TAG_CAP` per entry.
    """
    mixin: Any = getattr(feedparser.mixin, "_FeedParserMixin", None)
    original = getattr(mixin, "_add_tag", None)
    if mixin is None or original is None or getattr(original, "_dramatui", False):
        return  # another feedparser layout: test_hundred_thousand_categories will notice

    def _add_tag(self: Any, term: Any, scheme: Any, label: Any) -> None:
        tags = self._get_context().setdefault("tags", [])
        if (term or scheme or label) and len(tags) < _RAW_TAG_CAP:
            tags.append(feedparser.FeedParserDict(term=term, scheme=scheme, label=label))

    _add_tag._dramatui = True  # type: ignore[attr-defined]
    mixin._add_tag = _add_tag


_install_tag_cap()


def parse_feed(
    body: bytes,
    url: str,
    content_type: str = "",
    fetched_at: datetime | None = None,
    *,
    fast: bool = True,
) -> ParsedFeed:
    """Parse `body` fetched from `url`. Raises FeedError (and nothing else) when it has no entries.

    Well-formed RSS 2.0 and Atom in ASCII or UTF-8 go through the lxml fast path
    (fastparse.py), which gives the same result; `fast=False` forces feedparser
    (the differential tests and the bench compare the two).
    """
    fetched_at = (fetched_at or datetime.now(UTC)).astimezone(UTC)
    if not body.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n"):
        raise FeedError("not a feed: empty document")
    if looks_like_json(body, content_type):
        return parse_json_feed(body, url, fetched_at)
    if _looks_like_html(body):
        raise FeedError("not a feed: looks like HTML")

    body, hint = _to_utf8_if_wide(body)
    body = _strip_doctype(body)
    charset = hint or _charset_hint(body, content_type)
    # The fast path reads only documents that are ASCII or valid UTF-8 as they stand.
    if fast and not hint and (charset == "utf-8" or (charset is None and body.isascii())):
        parsed = fast_parse(body, url, fetched_at)
        if parsed is not None:
            return parsed
    doc = _feedparser(body, charset)
    if doc.get("encoding") in _FALLBACK_ENCODINGS and _is_encoding_override(doc):
        try:
            body.decode("cp949")
        except UnicodeDecodeError:
            pass
        else:
            doc = _feedparser(body, "cp949")

    base = safe_url(url) or ""
    entries = finalize_entries(_entry(e, base, fetched_at) for e in doc.get("entries", []))
    warning = _describe(doc["bozo_exception"]) if doc.get("bozo") else None
    if not entries and not body.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<"):
        raise FeedError("not a feed: neither XML nor JSON")
    if not entries and warning:
        raise FeedError(f"malformed feed: {warning}")
    # A well-formed feed with no items is fine (nothing published yet).
    if not entries and not doc.get("version"):
        raise FeedError("not a feed: no RSS, Atom or JSON Feed content found")
    feed = doc.get("feed", {})
    return ParsedFeed(
        title=plain_title(feed.get("title")),
        site_url=safe_url(text_of(feed.get("link")), base=base) if base else None,
        entries=entries,
        warning=warning,
    )


def _feedparser(body: bytes, charset: str | None) -> Any:
    headers = {"content-type": f"application/xml; charset={charset}"} if charset else {}
    try:
        # A stream, never bytes: given bytes, feedparser first tries them as a file name.
        return feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except RecursionError as exc:
        raise FeedError("malformed feed: nested too deeply") from exc
    except Exception as exc:  # feedparser's loose parser has its own crash modes
        raise FeedError(f"malformed feed: parser failed ({type(exc).__name__})") from exc


def _charset_hint(body: bytes, content_type: str) -> str | None:
    """The encoding to impose on feedparser, or None to let it follow the document.

    Bytes that decode as UTF-8 and contain non-ASCII are UTF-8 whatever the
    declaration says: legacy text is almost never valid UTF-8 by accident. Otherwise a
    charset from the HTTP header wins over the document, as RFC 3023 says, except a
    UTF-16/32 one for a body without NUL bytes, which cannot be true.
    """
    if body.isascii() or body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body[:4096]:
        return None  # ASCII needs no hint; feedparser sniffs UTF-16/32 from BOM or NULs
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    match = _CHARSET.search(content_type)
    if match is None or match.group(1).lower().startswith(("utf-16", "utf-32", "ucs")):
        return None
    return match.group(1)


def _to_utf8_if_wide(body: bytes) -> tuple[bytes, str | None]:
    """UTF-16/32 with a BOM becomes UTF-8, so the DOCTYPE scrub below sees ASCII markup."""
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(codec, errors="replace").encode("utf-8"), "utf-8"
    return body, None


def _strip_doctype(body: bytes) -> bytes:
    """Remove the DOCTYPE and its internal subset before any parser sees them.

    Feeds have no use for custom entities, and they are how entity-expansion bombs and
    external entities get in. feedparser scrubs only DOCTYPEs at the start of a line.
    A subset we cannot delimit cleanly leaves junk that makes the document malformed,
    which sends it to the loose parser, and that one expands no custom entities.
    """
    start = body.find(b"<!DOCTYPE", 0, 65536)
    if start < 0:
        return body
    if _ROOT_START.search(body, 0, start):
        return body  # it appears after the root element started: text, not a DOCTYPE
    close = body.find(b">", start)
    bracket = body.find(b"[", start, close if close >= 0 else None)
    if bracket >= 0:
        end = _SUBSET_END.search(body, bracket)
        close = end.end() - 1 if end else -1
    if close < 0:
        return body
    return body[:start] + body[close + 1 :]


def _is_encoding_override(doc: Any) -> bool:
    exc = doc.get("bozo_exception")
    return type(exc).__name__ in ("CharacterEncodingOverride", "CharacterEncodingUnknown")


def _looks_like_html(body: bytes) -> bool:
    head = body[:4096].lstrip(b"".join(_BOMS)).decode("latin-1").lower()
    head = _PROLOGUE.sub("", head, count=1)
    return _HTML_START.match(head) is not None


def _describe(exc: object) -> str:
    if isinstance(exc, xml.sax.SAXParseException):
        return exc.getMessage()
    text = clean_line(str(exc), 300)
    return text or type(exc).__name__


def _is_html(detail: object) -> bool:
    return isinstance(detail, dict) and detail.get("type") in (*_HTML_TYPES, "html", "xhtml")


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _entry(e: Any, base: str, fetched_at: datetime) -> ParsedEntry:
    # dict.get: FeedParserDict.get("updated_parsed") remaps to published with a warning.
    published = (
        struct_date(dict.get(e, "published_parsed"))
        or struct_date(dict.get(e, "updated_parsed"))
        or struct_date(dict.get(e, "created_parsed"))
    )
    contents = [text_of(c.get("value")) for c in _list(e.get("content")) if isinstance(c, dict)]
    content = max(contents, key=len, default="")

    media = MediaList(base)
    for link in _list(e.get("links")):
        if isinstance(link, dict) and link.get("rel") == "enclosure":
            media.add(link.get("href"), "enclosure", link.get("type"))
    for item in _list(e.get("media_content")):
        if isinstance(item, dict):
            media.add(item.get("url"), "content", item.get("type") or item.get("medium"))
    player = e.get("media_player")
    if isinstance(player, dict):
        media.add(player.get("url"), "player")
    for item in _list(e.get("media_thumbnail")):
        if isinstance(item, dict):
            media.add(item.get("url"), "thumbnail")

    author_detail = e.get("author_detail")
    author = author_detail.get("name") if isinstance(author_detail, dict) else None
    tags = (t.get("term") or t.get("label") for t in _list(e.get("tags")) if isinstance(t, dict))
    return build_entry(
        raw_id=e.get("id"),
        raw_link=e.get("link"),
        base=base,
        title=plain_title(e.get("title"), _is_html(e.get("title_detail"))),
        author=author or e.get("author"),
        published=sane_date(published, fetched_at),
        summary=e.get("summary"),
        content=content,
        categories=categories_of(tags),
        media=media.items,
    )
