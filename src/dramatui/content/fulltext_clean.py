"""Writing the main region of a page as small, clean HTML.

Only p, h2-h4, ul/ol/li, blockquote, a[href] (absolute http(s)), img[alt] and br come
out; every other element is either unwrapped (its text kept) or dropped with its
content (media, forms, scripts). Text written loose in a <div> between <br>s, as some
portals do, becomes paragraphs: a double <br> starts a new one. Every text piece goes
through `clean_text`, every link through `safe_url`. The walk is iterative.
"""

from __future__ import annotations

import re
from html import escape, unescape

from lxml import etree

from dramatui.content.sanitize import clean_line, clean_text, safe_url

MAX_OUTPUT = 1_000_000

_HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
_BLOCKS = {
    "p": "p", "pre": "p", "figcaption": "p", "dt": "p", "dd": "p", "caption": "p", "tr": "p",
    "ul": "ul", "ol": "ol", "li": "li", "blockquote": "blockquote", **_HEADINGS,
}  # fmt: skip
# Block containers that are unwrapped, but still end a loose paragraph.
_BREAKS = frozenset(
    {"div", "section", "article", "main", "figure", "table", "tbody", "thead", "tfoot",
     "center", "dl", "address", "details", "summary", "hgroup", "body", "html", "hr",
     "picture"}
)  # fmt: skip
# Content that is not text: dropped whole.
_DROP = frozenset(
    {"iframe", "video", "audio", "noscript", "object", "embed", "source", "track", "head",
     "title", "script", "style", "template", "svg", "math", "canvas", "map", "button",
     "select", "textarea", "input", "form", "nav", "aside", "dialog", "amp-youtube",
     "amp-vimeo", "amp-iframe", "amp-video", "amp-ad", "amp-sidebar", "amp-analytics"}
)  # fmt: skip
_TEXT_HOLDERS = frozenset({"p", "h2", "h3", "h4", "li", "blockquote"})
_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")


class _Writer:
    """Output state: the stack of open output tags and the pending <br> run."""

    def __init__(self, base_url: str, title: str) -> None:
        self.base_url = base_url
        self.title = clean_line(title).casefold()
        self.out: list[str] = []
        self.size = 0
        self.open: list[str] = []  # output tags currently open, innermost last
        self.implicit: list[bool] = []  # whether each open tag was opened for loose text
        self.starts: list[int] = []  # where each open tag starts in `out`
        self.brs = 0

    # -- output -------------------------------------------------------------------

    def _put(self, piece: str) -> None:
        self.out.append(piece)
        self.size += len(piece)

    def start(self, tag: str, implicit: bool = False, attrs: str = "") -> None:
        self.brs = 0
        self.open.append(tag)
        self.implicit.append(implicit)
        self.starts.append(len(self.out))
        self._put(f"<{tag}{attrs}>")

    def end(self, tag: str) -> None:
        """Close the innermost open `tag` (and whatever is open inside it)."""
        if tag not in self.open:
            return
        while self.open:
            current = self.open.pop()
            self.implicit.pop()
            start = self.starts.pop()
            if self._blank_or_title(start, current):
                self.size -= sum(len(piece) for piece in self.out[start:])
                del self.out[start:]
            else:
                self._put(f"</{current}>")
            if current == tag:
                break
        self.brs = 0

    def _blank_or_title(self, start: int, tag: str) -> bool:
        """An element with no text (or, for a block, only the page title repeated)."""
        if len(self.out) - start > 40:
            return False
        inner = _TAG.sub("", "".join(self.out[start + 1 :]))
        if "<img" in "".join(self.out[start + 1 :]):
            return False
        words = _WS.sub(" ", unescape(inner)).strip()
        return not words or (tag != "a" and words.casefold() == self.title)

    def close_paragraphs(self) -> None:
        """A block boundary: paragraphs, headings and links cannot continue across it."""
        while self.open and self.open[-1] in ("p", "h2", "h3", "h4", "a"):
            self.end(self.open[-1])
        self.brs = 0

    def _holder(self) -> bool:
        return any(t in _TEXT_HOLDERS for t in self.open)

    def _ensure_holder(self) -> None:
        if self.brs >= 2 and self.open and self.implicit[-1]:
            self.end(self.open[-1])
        elif self.brs and self._holder():
            self._put("<br>")
        self.brs = 0
        if not self._holder() or (self.open and self.open[-1] in ("ul", "ol")):
            self.start("li" if self.open and self.open[-1] in ("ul", "ol") else "p", True)

    def text(self, raw: str | None) -> None:
        if not raw:
            return
        text = _WS.sub(" ", clean_text(raw))
        if not text.strip():
            if self._holder() and self.out and not self.out[-1].endswith(" "):
                self._put(" ")
            return
        self._ensure_holder()
        self._put(escape(text, quote=False))

    def inline(self, piece: str) -> None:
        self._ensure_holder()
        self._put(piece)

    def html(self) -> str:
        while self.open:
            self.end(self.open[-1])
        return "".join(self.out).strip()

    # -- elements -----------------------------------------------------------------

    def enter(self, el: etree._Element) -> bool:
        """Handle a start tag; False when the element's content is to be skipped."""
        tag = el.tag
        if not isinstance(tag, str) or tag in _DROP:
            return False
        if tag == "h1" and clean_line("".join(el.itertext())).casefold() == self.title:
            return False
        mapped = _BLOCKS.get(tag)
        if mapped is not None:
            self.close_paragraphs()
            if mapped == "li" and not any(t in ("ul", "ol") for t in self.open):
                mapped = "p"
            if mapped == "li" and self.open and self.open[-1] == "li":
                self.end("li")
            self.start(mapped)
        elif tag in _BREAKS:
            self.close_paragraphs()
        elif tag == "br":
            if self._holder():
                self.brs += 1
        elif tag in ("img", "amp-img"):
            alt = clean_line(el.get("alt", ""))
            if alt:
                self.inline(f'<img alt="{escape(alt)}">')
        elif tag == "a" and "a" not in self.open:
            url = safe_url(el.get("href", ""), self.base_url)
            if url is not None:
                self._ensure_holder()
                self.start("a", attrs=f' href="{escape(url)}"')
        elif tag == "td" or tag == "th":
            self.text(" ")
        return True

    def leave(self, el: etree._Element) -> None:
        tag = el.tag
        mapped = _BLOCKS.get(tag) if isinstance(tag, str) else None
        if mapped is not None:
            if mapped == "li" and "li" not in self.open:
                mapped = "p"
            self.end(mapped)
        elif tag in _BREAKS:
            self.close_paragraphs()
        elif tag == "a" and self.open and self.open[-1] == "a":
            self.end("a")


def region_html(region: list[etree._Element], base_url: str, title: str) -> str:
    """The clean HTML of the region's elements, in order."""
    writer = _Writer(base_url, title)
    for root in region:
        stack: list[tuple[etree._Element, bool]] = [(root, True)]
        while stack and writer.size < MAX_OUTPUT:
            el, entering = stack.pop()
            if entering:
                if writer.enter(el):
                    writer.text(el.text)
                    stack.append((el, False))
                    stack.extend((child, True) for child in reversed(el))
                elif el is not root:
                    writer.text(el.tail)
            else:
                writer.leave(el)
                if el is not root:
                    writer.text(el.tail)
        writer.close_paragraphs()
    return writer.html()
