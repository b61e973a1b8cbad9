"""Main-text extraction of article pages: `extract_page(raw, url) -> PageContent`.

Feeds often carry only a teaser; the body and its trailer embeds live on the article
page. `extract_page` decodes the page (HTTP charset, BOM, <meta charset>, else UTF-8
with replacement), parses it once with lxml, locates the article's main region
(fulltext_region), removes the furniture inside it, and returns the region as small
clean HTML (fulltext_clean) plus the videos found in that region of the raw page and
the page's og:video / twitter:player meta. Sidebars, related cards, comments and the
like name other shows and link other clips; they never reach the text or the videos.

Chosen by measurement on tests/data/pages (bench/fulltext_bench.py): trafilatura and
readability-lxml were measured too; this lxml heuristic matched readability's accuracy
at a third of its time and, unlike trafilatura, handles <br>-separated portal bodies.
`extract_page` is a top-level function of plain data, so it runs in a process pool.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from dramatui.content.fulltext_clean import region_html
from dramatui.content.fulltext_region import JUNK_TAGS, find_region, prune_region
from dramatui.content.sanitize import clean_line, clean_text
from dramatui.content.videos import find_videos, normalize_video_url
from dramatui.records import Media, Video

# Bigger pages are cut: no article needs more, and parsing time grows with size.
MAX_PAGE_CHARS = 6_000_000
TITLE_LIMIT = 300
_MIN_TEXT = 25

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Servers label HTML with these too; the bytes decide.
_SNIFF_TYPES = frozenset(
    {
        "",
        "text/plain",
        "application/octet-stream",
        "application/xml",
        "text/xml",
        "binary/octet-stream",
    }
)
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
          b"OggS", b"\x00\x00\x00", b"ID3", b"BM", b"wOF", b"\x7fELF")  # fmt: skip
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)
_LOOKS_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|main|section|title|meta|span|br|h[1-6])[\s>/]",
    re.I,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_FLATTEN = re.compile(r"</?(?:div|span|section|font|center|article|main)\b[^>]*>", re.I)
_VIDEO_META = ("og:video", "og:video:url", "og:video:secure_url", "twitter:player")
_AMP_EMBEDS = {
    "amp-youtube": "https://www.youtube.com/embed/{}",
    "amp-vimeo": "https://player.vimeo.com/video/{}",
    "amp-dailymotion": "https://www.dailymotion.com/embed/video/{}",
}


class PageError(Exception):
    """A page that yields no article: the message is a sentence for the user."""


@dataclass(frozen=True)
class PageContent:
    """The article part of a page: clean main-content HTML, its videos, its title."""

    html: str
    videos: list[Video] = field(default_factory=list)
    title: str = ""


def _charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _decode(raw: bytes, content_type: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", "replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace")
    head = raw[:2048]
    if head.startswith(_MAGIC) or b"\x00" in head:
        raise PageError("page: not HTML")
    http = _HTTP_CHARSET.search(content_type)
    meta = _META_CHARSET.search(head)
    encoding = (
        _charset(http.group(1) if http else None)
        or _charset(meta.group(1).decode("ascii", "replace") if meta else None)
        or "utf-8"
    )
    if encoding.startswith("utf-16"):  # a <meta> cannot be read as ASCII in real UTF-16
        encoding = "utf-8"
    return raw.decode(encoding, "replace")


def _parse(text: str) -> etree._Element:
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    data = text.encode("utf-8", "replace")
    root = lxml.html.document_fromstring(data, parser=parser)
    if any("Excessive depth" in e.message for e in parser.error_log):
        # libxml2 stops at 256 levels and drops the rest of the page; flattening the
        # wrapper tags keeps the text that follows a hostile or absurd nest.
        flat = _FLATTEN.sub(" ", text).encode("utf-8", "replace")
        root = lxml.html.document_fromstring(flat, parser=lxml.html.HTMLParser(encoding="utf-8"))
    return root


def _meta(root: etree._Element) -> tuple[str, list[Media]]:
    title = ""
    media: list[Media] = []
    video_type = ""
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        value = el.get("content") or ""
        if key == "og:title" and not title:
            title = value
        elif key == "og:video:type":
            video_type = value.strip().lower()
        elif key in _VIDEO_META and value:
            media.append(Media(url=value.strip(), kind="player"))
    if not title:
        found = root.find(".//title")
        title = found.text_content() if found is not None else ""
    # A player page is a video only when it is a known platform's; a file, by its type.
    kept = [
        m
        for m in media
        if normalize_video_url(m.url) is not None or video_type.startswith("video/")
    ]
    return clean_line(title, TITLE_LIMIT), kept


def _amp_to_iframes(region: list[etree._Element]) -> None:
    """AMP embeds become the iframes they stand for, so find_videos sees them."""
    for root in region:
        for el in list(root.iter(*_AMP_EMBEDS, "amp-iframe", "amp-video")):
            tag = el.tag
            if tag in _AMP_EMBEDS:
                video_id = el.get("data-videoid", "")
                if not video_id:
                    continue
                el.set("src", _AMP_EMBEDS[str(tag)].format(video_id))
            el.tag = "video" if tag == "amp-video" else "iframe"


def extract_page(raw: bytes | str, url: str, content_type: str = "") -> PageContent:
    """The main content of an article page; raises PageError when there is none."""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in _HTML_TYPES and mime not in _SNIFF_TYPES:
        raise PageError("page: not HTML")
    text = raw if isinstance(raw, str) else _decode(bytes(raw), content_type)
    text = _XML_DECL.sub("", text[:MAX_PAGE_CHARS])
    if "\x00" in text[:2048] or not _LOOKS_HTML.search(text[:200_000]):
        raise PageError("page: not HTML")
    text = clean_text(text)
    try:
        root = _parse(text)
    except (etree.ParserError, ValueError) as exc:
        raise PageError("page: not HTML") from exc
    title, media = _meta(root)
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    body = root.find("body")
    found = find_region(body if body is not None else root, title)
    if found is None:
        raise PageError("page: no article text found")
    prune_region(found)
    region = found.elements
    html = region_html(region, url, title)
    if len(_plain_words(html)) < _MIN_TEXT:
        raise PageError("page: no article text found")
    _amp_to_iframes(region)
    raw_region = "".join(
        lxml.html.tostring(el, encoding="unicode", with_tail=False) for el in region
    )
    videos = find_videos(raw_region, url, media)
    return PageContent(html=html, videos=videos, title=title)


def _plain_words(html: str) -> str:
    return re.sub(r"<[^>]*>|\s+", "", html)
