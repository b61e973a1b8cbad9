"""Feeding HTML to the stdlib tokenizer safely: defused, in bounded chunks, to one
parser or several at once (`Tee`: the text renderer and the video scanner share a pass).
"""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

_CHUNK = 512 * 1024


def defuse_markup(html: str) -> str:
    """`html` reshaped so the stdlib tokenizer runs in linear time on it.

    Python 3.11's HTMLParser rescans to the end of the input for every construct that
    never terminates ("<!--", "<a", "</", "<![" with no closer), which is quadratic: 400 kB
    of "<!--" took a minute. An unterminated comment hides the rest of the document (as
    in browsers); "<![" and any "<" after the last ">" become literal text.
    """
    last_close = html.rfind("-->")
    cut = html.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if cut >= 0:
        html = html[:cut]
    if "<![" in html:
        html = html.replace("<![", "&lt;![")
    last_gt = html.rfind(">")
    if html.find("<", last_gt + 1) >= 0:
        html = html[: last_gt + 1] + html[last_gt + 1 :].replace("<", "&lt;")
    return html


def feed_html(parser: HTMLParser, html: str, max_chars: int, stop: Callable[[], bool]) -> bool:
    """Feed at most `max_chars` of defused `html` to `parser`, chunk by chunk, until `stop()`.

    The parser is closed unless stopped early. Returns True when the input was cut short.
    """
    source = defuse_markup(html[:max_chars])
    for start in range(0, len(source), _CHUNK):
        parser.feed(source[start : start + _CHUNK])
        if stop():
            return True
    parser.close()
    return len(html) > max_chars


class Tee(HTMLParser):
    """One tokenizer pass feeding several parsers' handlers (text and videos at once)."""

    def __init__(self, *parsers: HTMLParser) -> None:
        super().__init__(convert_charrefs=True)
        self._parsers = parsers

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for parser in self._parsers:
            parser.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        for parser in self._parsers:
            parser.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        for parser in self._parsers:
            parser.handle_data(data)

    def close(self) -> None:
        super().close()
        for parser in self._parsers:
            parser.close()
