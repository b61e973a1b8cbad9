"""The rules the fast feed path shares with feedparser: namespaces, element tables,
the hardened per-thread lxml parser, and the small value fixes feedparser applies
(dates, authors, cp1252 remapping). Used by `fastparse`; see its docstring."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable
from typing import Any

from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from lxml import etree

_ATOM = "http://www.w3.org/2005/Atom"
_XHTML = "http://www.w3.org/1999/xhtml"
_XML_NS = "{http://www.w3.org/XML/1998/namespace}"
_PREFIXES: dict[str, str] = {k.lower(): v for k, v in _FeedParserMixin.namespaces.items()}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DECL_ENCODING = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")
_BASE_ATTR = re.compile(rb"base\s*=")
_C1 = re.compile("[\x80-\x9f]")
_AMP_REF = re.compile("&([A-Za-z0-9_]+);")
_RAW_TAG_CAP = 1000  # as parse._install_tag_cap
# feedparser's e-mail pattern from _sync_author_detail, verbatim.
_EMAIL = re.compile(
    r"""(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"""
)
_looks_like_html: Callable[[str], bool] = _FeedParserMixin.looks_like_html

# Elements with a feedparser handler that cannot touch the fields we read, when they
# hold only text.
_HARMLESS = frozenset(
    """
    language dc_language rights copyright dc_rights expirationdate source
    dc_publisher media_credit media_rating media_restriction media_license
    feedburner_browserfriendly
    """.split()  # noqa: SIM905 - a word list keeps the table short
)
# Keys parse._entry reads (or feedparser uses internally): an unhandled element of
# that name would be stored over them.
_COLLIDE = frozenset(
    """
    id link links content author authors author_detail tags title title_detail
    summary summary_detail published_parsed updated_parsed created_parsed
    date_parsed modified_parsed issued_parsed guidislink media_content media_player
    media_thumbnail
    """.split()  # noqa: SIM905 - a word list keeps the table short
)
_FEED_SENSITIVE = frozenset(
    {"title", "dc_title", "media_title", "link", "id", "guid", "item", "entry", "source"}
    | {"image", "textinput", "channel", "feed", "rss", "rdf_rdf"}
)
_IMAGE_PARTS = frozenset({"title", "link", "url", "description", "name", "width", "height"})
_DATES = {
    "pubdate": 0,
    "published": 0,
    "issued": 0,
    "dcterms_issued": 0,
    "updated": 1,
    "modified": 1,
    "lastbuilddate": 1,
    "dc_date": 1,
    "dcterms_modified": 1,
    "created": 2,
    "dcterms_created": 2,
}
_AUTHORS = frozenset({"author", "dc_creator", "dc_author", "managingeditor"})
_CATEGORIES = frozenset({"category", "dc_subject", "media_category"})


class _Fallback(Exception):
    """The document needs feedparser."""


_local = threading.local()


def _parser() -> etree.XMLParser:
    # lxml parsers are not thread-safe; parse_feed runs in worker threads.
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(
            encoding="utf-8",
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            recover=False,
        )
        _local.parser = parser
    return parser


_names: dict[str, str] = {}  # tags whose name does not depend on the prefix used


def _name(el: Any) -> str:
    """feedparser's name for an element: canonical namespace prefix + "_" + local name."""
    tag = el.tag
    name = _names.get(tag)
    if name is not None:
        return name
    if not isinstance(tag, str):
        return ""  # comment or processing instruction: feedparser ignores them
    ns, local = tag[1:].split("}", 1) if tag[0] == "{" else ("", tag)
    low = ns.lower()
    known = "backend.userland.com/rss" in low or low in _PREFIXES
    # feedparser names an element of an unknown namespace by the prefix it was given
    prefix = "" if "backend.userland.com/rss" in low else _PREFIXES.get(low, el.prefix or "")
    name = (f"{prefix}_{local}" if prefix else local).lower()
    if known and len(_names) < 10_000:
        _names[tag] = name
    return name


def _has_handler(name: str) -> bool:
    return hasattr(_FeedParserMixin, "_start_" + name) or hasattr(_FeedParserMixin, "_end_" + name)


def _attrs(el: Any) -> dict[str, str]:
    """Attributes as feedparser sees them: names lowercased, rel/type values lowercased."""
    out: dict[str, str] = {}
    for key, value in el.items():
        if key[0] == "{":
            if not key.startswith(_XML_NS):
                raise _Fallback  # feedparser also keys these by their qualified name
            key = "xml:" + key[len(_XML_NS) :]
        key = key.lower()
        out[key] = value.lower() if key in ("rel", "type") else value
    return out


def _fix(value: str) -> str:
    """feedparser's last steps on every text value: undo double-encoded UTF-8, map cp1252."""
    if value.isascii():
        return value
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        value = value.encode("iso-8859-1").decode("utf-8")
    if _C1.search(value):
        value = value.translate(_cp1252)
    return value


def _content_type(value: str) -> str:
    value = value.lower()
    return {"text": "text/plain", "plain": "text/plain", "html": "text/html"}.get(
        value, "application/xhtml+xml" if value == "xhtml" else value
    )


def _author_name(author: str) -> str | None:
    """The name feedparser's _sync_author_detail splits out of "mail@x.y (Name)"."""
    match = _EMAIL.search(author)
    if match:
        author = author.replace(match.group(0), "").replace("()", "").replace("<>", "")
        author = author.replace("&lt;&gt;", "").strip()
        if author and author[0] == "(":
            author = author[1:]
        if author and author[-1] == ")":
            author = author[:-1]
        author = author.strip()
    return author or None


class _Item:
    def __init__(self) -> None:
        self.id: str | None = None
        self.link: str | None = None
        self.links: list[dict[str, str]] = []
        self.title: str | None = None
        self.title_type = ""
        self.titles = 0
        self.summary: str | None = None
        self.content: list[str] = []
        self.has_content = False
        self.author: str | None = None
        self.author_name: str | None = None
        self.authors = 0
        self.tags: list[list[str | None]] = []
        self.dates: list[Any] = [None, None, None]
        self.media_content: list[dict[str, str]] = []
        self.player: dict[str, str] | None = None
        self.thumbnails: list[dict[str, str]] = []
        self.guidislink = False
