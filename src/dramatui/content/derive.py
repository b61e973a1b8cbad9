"""Deriving an article's text, shows, actors and videos from the best text the store holds.

The store calls `Deriver.derive` at ingest and again whenever an article's text improves
(its page was fetched) or the extractor or the user's entity rules change (`version`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from dramatui.content.entities import (
    EXTRACTOR_VERSION,
    EntityRules,
    Gazetteer,
    extract_entities,
)
from dramatui.content.entities_index import entity_key
from dramatui.content.entities_titles import clean_title, straighten
from dramatui.content.videos import text_and_videos, video_key
from dramatui.records import Derived, Media, ParsedEntry, Video

DERIVE_VERSION = 1  # bump when text or video derivation changes

TEASER_CHARS = 1200  # feed text shorter than this is a teaser: the page is fetched ("auto")
_TEASER_TAIL = re.compile(
    r"(continue reading|read more|read the (full|rest)|full (story|article)|\[(…|\.\.\.)\]|…|\.\.\.)"
    r"[\s\W]*$",
    re.IGNORECASE,
)


def is_teaser(text: str) -> bool:
    """Whether feed text looks like a teaser: short, or ending in "Continue reading", "[…]"..."""
    stripped = text.strip()
    return len(stripped) < TEASER_CHARS or bool(_TEASER_TAIL.search(stripped[-80:]))


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


def tag_key(name: str) -> str:
    """A category tag's or a found name's identity: quotes, case and hyphens aside."""
    return entity_key(clean_title(straighten(name)))


def confirmed_names(names: Sequence[str], categories: Sequence[str]) -> list[str]:
    """The found `names` that one of the feed's own category tags also gives: confirmed
    names seed the gazetteer (the tags were already weighed against the text when the
    names were extracted)."""
    tags = {tag_key(tag) for tag in categories}
    return [name for name in names if tags and tag_key(name) in tags]


def best_feed_html(summary_html: str, content_html: str) -> str:
    """The fuller of an entry's two HTML bodies."""
    return content_html if len(content_html) >= len(summary_html) else summary_html


@dataclass
class Deriver:
    """Derives records with one set of user rules and one view of what the cache knows."""

    rules: EntityRules = field(default_factory=EntityRules)
    known: Gazetteer = field(default_factory=Gazetteer)

    @cached_property
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

    @cached_property
    def _identity(self) -> str:
        """The rules and the gazetteer as one digest (taken once, in the sending process)."""
        digest = hashlib.sha1(self.version.encode())
        for names in (self.known.shows, self.known.actors):
            digest.update("\x1f".join(sorted(names)).encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker process receives the deriver with every feed; reviving the one it
        # already has keeps its gazetteer index (8 ms to rebuild for 5,000 names).
        return (_revive, (self._identity, self.rules, self.known))

    def derive(
        self,
        title: str,
        summary_html: str,
        content_html: str,
        page_html: str | None,
        categories: Sequence[str],
        media: Sequence[Media],
        link: str | None,
        page_videos: Sequence[Video] = (),
    ) -> Derived:
        """Text, shows, actors and videos from the page's main text when the store has it,
        else from the feed; videos from both (the page's were found in its main region)."""
        feed_html = best_feed_html(summary_html, content_html)
        feed_text, videos = text_and_videos(feed_html, link, media)
        page_text, in_page = text_and_videos(page_html, link) if page_html else ("", [])
        text = page_text if page_html else feed_text
        entities = extract_entities(title, text, categories, known=self.known, rules=self.rules)
        seen = {video_key(v.url) for v in videos}
        extra = list(page_videos) + in_page
        for video in extra:
            if video_key(video.url) not in seen:
                seen.add(video_key(video.url))
                videos.append(video)
        return Derived(
            text=text,
            shows=entities.shows,
            actors=entities.actors,
            videos=videos,
            teaser=is_teaser(feed_text),
            confirmed_shows=confirmed_names(entities.shows, categories),
            confirmed_actors=confirmed_names(entities.actors, categories),
        )


_REVIVED: dict[str, Deriver] = {}


def _revive(identity: str, rules: EntityRules, known: Gazetteer) -> Deriver:
    deriver = _REVIVED.get(identity)
    if deriver is None:
        if len(_REVIVED) >= 4:
            _REVIVED.clear()
        deriver = _REVIVED[identity] = Deriver(rules, known)
    return deriver
