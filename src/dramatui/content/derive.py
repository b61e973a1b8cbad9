"""Deriving an article's text, shows, actors and videos from the best text the store holds.

The store calls `Deriver.derive` at ingest and again whenever an article's text improves
(its page was fetched) or the extractor or the user's entity rules change (`version`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from dramatui.content.entities import (
    EXTRACTOR_VERSION,
    EntityRules,
    Gazetteer,
    extract_entities,
)
from dramatui.content.html import html_to_plain
from dramatui.content.videos import find_videos
from dramatui.records import Derived, Media, ParsedEntry

DERIVE_VERSION = 1  # bump when text or video derivation changes


def source_hash(entry: ParsedEntry) -> str:
    """A digest of everything derivation reads from a feed entry: unchanged means skip."""
    digest = hashlib.sha1()
    for part in (
        entry.title,
        entry.link or "",
        entry.author,
        entry.summary_html,
        entry.content_html,
        "\x1f".join(entry.categories),
        "\x1f".join(f"{m.url} {m.type} {m.kind} {m.title}" for m in entry.media),
    ):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def best_feed_html(summary_html: str, content_html: str) -> str:
    """The fuller of an entry's two HTML bodies."""
    return content_html if len(content_html) >= len(summary_html) else summary_html


@dataclass
class Deriver:
    """Derives records with one set of user rules and one view of what the cache knows."""

    rules: EntityRules = field(default_factory=EntityRules)
    known: Gazetteer = field(default_factory=Gazetteer)

    @property
    def version(self) -> str:
        """Changes whenever re-deriving could give a different result."""
        rules = json.dumps(
            [
                sorted(self.rules.aliases.items()),
                sorted(self.rules.shows),
                sorted(self.rules.actors),
                sorted(self.rules.ban_shows),
                sorted(self.rules.ban_actors),
            ]
        )
        digest = hashlib.sha1(rules.encode()).hexdigest()[:10]
        return f"{DERIVE_VERSION}.{EXTRACTOR_VERSION}.{digest}"

    def derive(
        self,
        title: str,
        summary_html: str,
        content_html: str,
        page_html: str | None,
        categories: Sequence[str],
        media: Sequence[Media],
        link: str | None,
    ) -> Derived:
        feed_html = best_feed_html(summary_html, content_html)
        body_html = page_html if page_html else feed_html
        text = html_to_plain(body_html)
        entities = extract_entities(title, text, categories, known=self.known, rules=self.rules)
        videos = find_videos(feed_html, link, media)
        if page_html:
            seen = {v.url for v in videos}
            videos += [v for v in find_videos(page_html, link) if v.url not in seen]
        return Derived(text=text, shows=entities.shows, actors=entities.actors, videos=videos)
