"""Feed and page HTML rendered as readable, safe plain text.

`render_html` gives the reading view: paragraphs separated by blank lines, headings on
their own line, "• " / "1. " list items, "> " blockquotes, "[image: alt]" and
"[video: platform]" lines, and links as "text [N]" indexing `Body.links`.
`html_to_plain` is the same text without link markers, image or video lines, for
search indexing and show/actor extraction.

The stdlib tokenizer is event driven, so nesting depth costs nothing (no recursion);
input and output are both bounded. Every string is passed through `clean_text` /
`clean_line`, and nothing in the output is markup: "[bold]" stays "[bold]".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urlsplit

from dramatui.content.html_feed import Tee, feed_html
from dramatui.content.sanitize import clean_line, clean_text, safe_url
from dramatui.content.videos import normalize_video_url

DEFAULT_LIMIT = 200_000
MAX_INPUT = 2_000_000  # characters of markup read at most (more for a larger output limit)
MAX_LINKS = 500
# Feeding in large chunks lets rendering stop once the output limit is reached, while
# keeping the tokenizer's rescans of an unfinished construct few.
_MAX_NESTING_SHOWN = 8

_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "figure",
        "figcaption", "address", "details", "summary", "dl", "dt", "dd", "table", "thead",
        "tbody", "tfoot", "caption", "center", "hgroup", "fieldset", "hr", "body", "html",
    }
)  # fmt: skip
_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Content that is never article text. A <video>'s children are fallback text, so the
# element is skipped after its "[video: …]" line is written.
_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "nav", "form", "button", "select",
        "textarea", "svg", "math", "head", "title", "iframe", "object", "video", "audio",
        "canvas", "map", "dialog",
    }
)  # fmt: skip
# Without any of these the input is plain text (or inline-only), and its newlines are
# the only paragraph structure it has.
_STRUCTURE = re.compile(
    r"<(?:p|div|br|li|h[1-6]|blockquote|pre|table|tr|section|article|figure|img|iframe)\b",
    re.IGNORECASE,
)
_BROWSER_WS = re.compile(r"[ \t\n\r\f]+")
_NEWLINES = re.compile(r"\n+")
# A quick scan so that clean_text runs only on the rare text that needs it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Link:
    """A link in a rendered body; `url` is always an absolute http(s) URL."""

    text: str
    url: str


@dataclass(frozen=True)
class Body:
    """Readable text of an article plus the links its "[N]" markers point at."""

    text: str
    links: list[Link] = field(default_factory=list)


class _Renderer(HTMLParser):
    """Turns tokenizer events into blocks of text; state is flat, never recursive."""

    def __init__(self, base_url: str | None, limit: int, plain: bool, newline_breaks: bool):
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.limit = limit
        self.plain = plain
        self.newline_breaks = newline_breaks
        self.full = False
        self.links: list[Link] = []
        self._link_index: dict[str, int] = {}
        self._parts: list[str] = []
        self._length = 0
        self._last_tight = False
        self._done_lines: list[str] = []
        self._line: list[str] = []
        self._skip: dict[str, int] = {}
        self._skipping = 0
        self._pre = 0
        self._quote = 0
        self._lists: list[list[int]] = []  # [is_ordered, next_number, item_marker_width]
        self._marker = ""
        self._link: str | None = None
        self._link_text: list[str] = []
        self._in_video = False
        self._italics: list[int] = []  # where each open <em>/<i>/<cite> starts in _line
        self._quoted: list[tuple[int, int]] = []  # quotes put around italic titles in _line

    # -- output -------------------------------------------------------------------

    def _emit(self, block: str, tight: bool) -> None:
        if self._parts:
            sep = "\n" if tight and self._last_tight else "\n\n"
            self._parts.append(sep)
            self._length += len(sep)
        self._parts.append(block)
        self._length += len(block)
        self._last_tight = tight
        if self._length > self.limit:
            self.full = True

    def _break_line(self) -> None:
        self._unquote_lone_title()
        self._italics.clear()
        self._done_lines.append("".join(self._line))
        self._line = []

    def _flush(self, tight: bool = False) -> None:
        if not self._line and not self._done_lines:
            return
        self._break_line()
        raw, self._done_lines = self._done_lines, []
        if self._pre:
            lines = [line.rstrip() for line in raw]
        else:
            lines = [_BROWSER_WS.sub(" ", line).strip() for line in raw]
        lines = _trim_blank_lines(lines)
        if not lines:
            return
        marker, self._marker = self._marker, ""
        outer = self._lists[-_MAX_NESTING_SHOWN:-1]
        indent = " " * sum(max(item_width, 2) for _, _, item_width in outer)
        quote = "> " * min(self._quote, _MAX_NESTING_SHOWN)
        # Later paragraphs of a list item line up under its first one.
        hang = " " * (len(marker) or (self._lists[-1][2] if self._lists else 0))
        out = [f"{quote}{indent}{marker or hang}{lines[0]}"]
        out.extend(f"{quote}{indent}{hang}{line}".rstrip() for line in lines[1:])
        self._emit("\n".join(out), tight or bool(self._lists))

    def _own_line(self, text: str) -> None:
        """A line of its own inside the current block ("[image: …]", "[video: …]")."""
        if self.plain:
            return
        if "".join(self._line).strip():
            self._break_line()
        else:
            self._line = []
        self._line.append(text)
        self._break_line()

    # -- tokenizer events ---------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.full:
            return
        if tag == "body":
            self._skip.clear()
            self._skipping = 0
        if self._skipping:
            if (
                tag == "source"
                and self._in_video
                and not self.plain
                and self._video_line(_attr(attrs, "src"), True)
            ):
                self._in_video = False  # one line per <video>, however many sources
            if tag in _SKIP:
                self._skip[tag] = self._skip.get(tag, 0) + 1
                self._skipping += 1
            return
        if tag in _SKIP:
            if self.plain:
                pass  # plain text has no "[video: …]" lines: no URL work to do
            elif tag == "iframe":
                # Lazy embeds carry a placeholder src ("about:blank") and the real one
                # in data-src, so the first that names a video wins.
                sources = [_attr(attrs, k) for k in ("src", "data-src", "data-lazy-src")]
                video = next((s for s in sources if normalize_video_url(s, self.base_url)), "")
                self._video_line(video or sources[0], direct=False)
            elif tag == "video":
                self._in_video = not self._video_line(_attr(attrs, "src"), direct=True)
            self._skip[tag] = self._skip.get(tag, 0) + 1
            self._skipping += 1
        elif tag in _BLOCK or tag in _HEADING:
            self._flush()
        elif tag == "br":
            self._break_line()
        elif tag == "blockquote":
            self._flush()
            self._quote += 1
        elif tag == "pre":
            self._flush()
            self._pre += 1
        elif tag in ("ul", "ol", "menu"):
            self._flush()
            start = _attr(attrs, "start")
            first = int(start) if tag == "ol" and start.isdigit() and len(start) < 9 else 1
            self._lists.append([tag == "ol", first, 0])
        elif tag == "li":
            self._flush()
            if self._lists and self._lists[-1][0]:
                self._marker = f"{self._lists[-1][1]}. "
                self._lists[-1][1] += 1
            else:
                self._marker = "• "
            if self._lists:
                self._lists[-1][2] = len(self._marker)
        elif tag == "tr":
            self._flush(tight=True)
        elif tag in ("td", "th"):
            self._line.append(" ")
        elif tag == "a":
            self._start_link(_attr(attrs, "href"))
        elif tag in _ITALIC and self.plain:
            self._italics.append(len(self._line))
        elif tag == "img":
            self._image(attrs)
        elif tag == "embed":
            self._video_line(_attr(attrs, "src"), direct=False)

    def handle_endtag(self, tag: str) -> None:
        if self.full:
            return
        if tag in self._skip:
            if self._skip[tag] > 0:
                self._skip[tag] -= 1
                self._skipping -= 1
            if tag == "video":
                self._in_video = False
            return
        if self._skipping:
            return
        if tag in _BLOCK or tag in _HEADING:
            self._flush()
        elif tag == "blockquote":
            self._flush()
            self._quote = max(0, self._quote - 1)
        elif tag == "pre":
            self._flush()
            self._pre = max(0, self._pre - 1)
        elif tag in ("ul", "ol", "menu"):
            self._flush()
            if self._lists:
                self._lists.pop()
        elif tag == "li":
            self._flush()
        elif tag == "tr":
            self._flush(tight=True)
        elif tag == "a":
            self._end_link()
        elif tag in _ITALIC and self._italics:
            start = self._italics.pop()
            if not self._italics:
                self._quote_title(start)

    def _quote_title(self, start: int) -> None:
        """Plain mode: an italic title is quoted, as most sites (not the trade press) write it."""
        inner = "".join(self._line[start:])
        before = "".join(self._line[:start])
        if not _looks_like_italic_title(inner) or before.rstrip()[-1:] in _QUOTES:
            return
        self._line.insert(start, "“")
        self._line.append("”")
        self._quoted.append((start, len(self._line) - 1))

    def _unquote_lone_title(self) -> None:
        """An italic run that is its block's whole text is a styled paragraph, no title."""
        for first, last in self._quoted:
            line = self._line
            if not self._done_lines and not "".join(line[:first] + line[last + 1 :]).strip():
                line[first] = line[last] = ""
        self._quoted.clear()

    def handle_data(self, data: str) -> None:
        if self.full or self._skipping:
            return
        text = clean_text(data) if _CONTROL.search(data) else data
        if self._link is not None:
            self._link_text.append(text)
        if self._pre:
            if not self._line and not self._done_lines and text.startswith("\n"):
                text = text[1:]  # as in browsers, a newline right after <pre> is dropped
            first, *rest = text.split("\n")
            self._line.append(first)
            for line in rest:
                self._break_line()
                self._line.append(line)
        elif self.newline_breaks and "\n" in text:
            first, *rest = _NEWLINES.split(text)
            self._line.append(first)
            for line in rest:
                self._flush()
                self._line.append(line)
        else:
            self._line.append(text)

    # -- inline elements ----------------------------------------------------------

    def _start_link(self, href: str) -> None:
        self._end_link()
        if self.plain:
            return
        self._link = safe_url(href, self.base_url) if href else None
        self._link_text = []

    def _end_link(self) -> None:
        url, self._link = self._link, None
        text = clean_line("".join(self._link_text), limit=300)
        self._link_text = []
        if url is None or not text:
            return
        number = self._link_index.get(url)
        if number is None:
            if len(self.links) >= MAX_LINKS:
                return
            self.links.append(Link(text=text, url=url))
            number = self._link_index[url] = len(self.links)
        self._line.append(f" [{number}]")

    def _image(self, attrs: list[tuple[str, str | None]]) -> None:
        # 1x1 images are tracking pixels, not pictures.
        if _attr(attrs, "width") in ("0", "1") or _attr(attrs, "height") in ("0", "1"):
            return
        alt = clean_line(_attr(attrs, "alt"), limit=200)
        self._own_line(f"[image: {alt}]" if alt else "[image]")

    def _video_line(self, src: str, direct: bool) -> bool:
        """Write "[video: …]" (or "[embed: host]" for an unknown iframe); True if written."""
        if not src:
            return False
        normalized = normalize_video_url(src, self.base_url)
        url = normalized[0] if normalized else safe_url(src, self.base_url)
        if url is None:
            return False
        platform = normalized[1] if normalized else "video" if direct else ""
        if platform in ("", "video"):
            name = (urlsplit(url).hostname or "").lower()
            self._own_line(f"[video: {name}]" if direct or normalized else f"[embed: {name}]")
        else:
            self._own_line(f"[video: {platform}]")
        return True

    def finish(self) -> str:
        self._end_link()
        self._flush()
        text = clean_text("".join(self._parts))
        if self.full or len(text) > self.limit:
            text = text[: self.limit].rstrip() + "…"
        return text


_ITALIC = frozenset({"em", "i", "cite"})
_QUOTES = frozenset("\"'“”‘’«")
_ABBREVIATED = frozenset({"mr", "mrs", "ms", "dr", "st", "vol", "jr", "sr", "no", "pt", "vs"})


def _looks_like_italic_title(inner: str) -> bool:
    """Starts with a capital or a digit, 1-10 words, no quotes, no sentence end inside."""
    text = _BROWSER_WS.sub(" ", inner).strip()
    words = text.split(" ")
    if not text or len(words) > 10 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if text[0] in _QUOTES or text[-1] in _QUOTES or any(c in "!?;" for c in text[:-1]):
        return False
    # A full stop ends a sentence unless it closes an abbreviation ("Mr.") or an initial.
    stops = [w[:-1].lower() for w in words if w.endswith(".")]
    return all(w in _ABBREVIATED or len(w) == 1 or "." in w for w in stops)


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str:
    for key, value in attrs:
        if key == name:
            return value or ""
    return ""


def _trim_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1]):
            out.append(line if line.strip() else "")
    while out and not out[-1]:
        out.pop()
    return out


def _render(
    html: str,
    base_url: str | None,
    limit: int,
    plain: bool,
    also: HTMLParser | None = None,
) -> tuple[str, list[Link]]:
    if not isinstance(html, str) or not html:
        return "", []
    if "<" not in html:
        # Plain text (the common teaser): no tokenizer needed.
        return _render_plain_text(html, limit), []
    renderer = _Renderer(base_url, limit, plain, newline_breaks=not _STRUCTURE.search(html))
    if also is None:
        truncated = feed_html(renderer, html, max(limit * 20, MAX_INPUT), lambda: renderer.full)
    else:
        # The other parser wants the whole input, however soon the text is full.
        truncated = feed_html(Tee(renderer, also), html, MAX_INPUT, lambda: False)
    text = renderer.finish()
    if truncated and not text.endswith("…"):
        text += "…"
    return text, renderer.links


def _render_plain_text(text: str, limit: int) -> str:
    head = text[: limit * 2].replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = (_BROWSER_WS.sub(" ", p).strip() for p in _NEWLINES.split(head))
    out = "\n\n".join(p for p in paragraphs if p)
    out = clean_text(unescape(out)) if "&" in out else clean_text(out)
    if len(out) > limit or len(text) > limit * 2:
        out = out[:limit].rstrip() + "…"
    return out


def render_html(html: str, base_url: str | None = None, limit: int = DEFAULT_LIMIT) -> Body:
    """Render `html` as readable text with numbered links (see the module docstring)."""
    text, links = _render(html, base_url, limit, plain=False)
    return Body(text=text, links=links)


def html_to_plain(html: str, also: HTMLParser | None = None) -> str:
    """The text of `html` only: no link markers, image or video lines.

    `also` (e.g. the video scanner) is fed the same tokens in the same pass.
    """
    return _render(html, None, DEFAULT_LIMIT, plain=True, also=also)[0]
