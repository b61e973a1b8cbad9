"""Preparing a fetched feed for the store: parse and derive, off the event loop.

`prepare_feed` is a top-level function over plain data so a process pool can run it
(see `workers`): parsing and entity extraction are CPU-bound pure Python, and on a
refresh of many feeds they spread over the machine's cores while the store writes in
the parent.
"""

from __future__ import annotations

from datetime import datetime

from dramatui.content.derive import Deriver, source_hash
from dramatui.content.entities_seed import seed
from dramatui.feeds.parse import parse_feed
from dramatui.records import Prepared

# Only processes that prepare feeds import this module (the fork server preloads it):
# the bundled names are indexed once there (~30 ms) and shared by every forked worker.
seed()


def prepare_feed(
    body: bytes,
    url: str,
    content_type: str,
    fetched_at: datetime,
    known_sources: dict[str, str],
    deriver: Deriver,
) -> Prepared:
    """Parse `body` and derive every entry whose source changed. Raises FeedError."""
    parsed = parse_feed(body, url, content_type, fetched_at)
    prepared = Prepared(parsed)
    for entry in parsed.entries:
        source = source_hash(entry)
        if known_sources.get(entry.guid) == source:
            continue
        prepared.derived[entry.guid] = (
            source,
            deriver.derive(
                entry.title,
                entry.summary_html,
                entry.content_html,
                None,
                entry.categories,
                entry.media,
                entry.link,
            ),
        )
    return prepared
