"""The labeled entity corpus (tests/data/corpus/): three feeds plus labels.json.

Loads the feeds with feedparser directly, so the bench and the tests need none of the
project's parsing code. Each article carries its guid, title, plain text, categories,
raw HTML, link and labels. Plain text comes from `dramatui.content.html.html_to_plain`
when it is importable, else from a small stdlib stripper.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
FEEDS = ("full_rss.xml", "summary_rss.xml", "atom.xml")


@dataclass
class Article:
    """One corpus article and its hand labels."""

    feed: str
    guid: str
    title: str
    text: str
    categories: list[str]
    html: str
    link: str | None
    shows: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    videos: list[dict[str, str]] = field(default_factory=list)


class _Stripper(HTMLParser):
    """Collects text, breaking lines at block elements."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def strip_tags(html: str) -> str:
    """Plain text of `html` with stdlib only: one line per block, spaces folded."""
    parser = _Stripper()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _plain_converter() -> Callable[[str], str]:
    try:
        from dramatui.content.html import html_to_plain
    except ImportError:
        return strip_tags
    return html_to_plain


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    if contents:
        return str(contents[0].get("value", ""))
    return str(entry.get("summary", ""))


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> list[Article]:
    """Every labeled article of the three feeds, in feed order."""
    labels: dict[str, dict[str, Any]] = json.loads(
        (corpus_dir / "labels.json").read_text(encoding="utf-8")
    )
    to_plain = _plain_converter()
    articles: list[Article] = []
    for name in FEEDS:
        # Unsanitized, so embedded iframes survive for the video finder.
        parsed = feedparser.parse(str(corpus_dir / name), sanitize_html=False)
        for entry in parsed.entries:
            guid = str(entry.get("id") or entry.get("link"))
            html = _entry_html(entry)
            # Labels are keyed by the item's id, or by its link when a writer chose that.
            label = labels.get(guid) or labels.get(str(entry.get("link")), {})
            articles.append(
                Article(
                    feed=name,
                    guid=guid,
                    title=str(entry.get("title", "")),
                    text=to_plain(html),
                    categories=[str(t.get("term", "")) for t in entry.get("tags", [])],
                    html=html,
                    link=entry.get("link"),
                    shows=list(label.get("shows", [])),
                    actors=list(label.get("actors", [])),
                    videos=list(label.get("videos", [])),
                )
            )
    return articles
