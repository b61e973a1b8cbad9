"""An article laid out for reading: shared by `dramatui read` and the TUI's reading pane.

`reading_view` turns a stored article into plain, sanitized parts (meta line, body text
with numbered links, videos); `plain_article` joins them for the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from dramatui.content.derive import best_feed_html
from dramatui.content.html import Link, render_html
from dramatui.records import Video
from dramatui.store import FullArticle


@dataclass(slots=True)
class ReadingView:
    title: str
    meta: str  # "Feed · Author · 2026-11-24 09:30 UTC"
    shows: list[str]
    actors: list[str]
    body: str
    links: list[Link] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    url: str | None = None
    source_note: str | None = None  # "full text from the article page" / "page: HTTP 403"


def reading_view(article: FullArticle) -> ReadingView:
    html = article.page_html or best_feed_html(article.summary_html, article.content_html)
    body = render_html(html, article.url)
    when = datetime.fromtimestamp(article.published, UTC).strftime("%Y-%m-%d %H:%M UTC")
    meta = " · ".join(p for p in (article.feed_title, article.author, when) if p)
    note = None
    if article.page_html:
        note = "full text from the article page"
    elif article.page_status and article.page_status != "ok":
        note = f"page: {article.page_status}"
    return ReadingView(
        title=article.title or "(untitled)",
        meta=meta,
        shows=list(article.shows),
        actors=list(article.actors),
        body=body.text,
        links=list(body.links),
        videos=list(article.videos),
        url=article.url,
        source_note=note,
    )


def plain_article(article: FullArticle) -> str:
    view = reading_view(article)
    lines = [view.title, view.meta]
    if view.shows:
        lines.append("Shows: " + ", ".join(view.shows))
    if view.actors:
        lines.append("Actors: " + ", ".join(view.actors))
    if view.source_note:
        lines.append(f"({view.source_note})")
    lines += ["", view.body.strip() or "(no text)"]
    if view.videos:
        lines += ["", "Videos:"]
        for i, video in enumerate(view.videos, 1):
            label = f" — {video.label}" if video.label else ""
            lines.append(f"  v{i}. [{video.platform}] {video.url}{label}")
    if view.links:
        lines += ["", "Links:"]
        lines += [f"  [{i}] {link.url}" for i, link in enumerate(view.links, 1)]
    if view.url:
        lines += ["", f"Link: {view.url}"]
    return "\n".join(lines)
