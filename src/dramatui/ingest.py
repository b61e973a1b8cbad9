"""Preparing a fetched feed for the store: parse and derive, off the event loop.

`prepare_feed` is a top-level function over plain data so a process pool can run it:
parsing and entity extraction are CPU-bound pure Python, and on a refresh of many feeds
they spread over the machine's cores while the store writes in the parent.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from dramatui.content.derive import Deriver, source_hash
from dramatui.feeds.parse import parse_feed
from dramatui.records import Derived, ParsedFeed


@dataclass(slots=True)
class Prepared:
    parsed: ParsedFeed
    derived: dict[str, tuple[str, Derived]] = field(default_factory=dict)


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


def make_pool(jobs: int, min_jobs: int = 4) -> Executor | None:
    """A process pool for `jobs` feeds, or None when threads will do (fewer than
    `min_jobs`: a pool's start-up would cost more than it saves)."""
    cores = os.cpu_count() or 1
    if jobs < min_jobs or cores < 2:
        return None
    # forkserver: workers fork from a clean single-threaded server that has imported
    # the parser once, never from the threaded parent (fork with threads can deadlock).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["dramatui.ingest"])
    return ProcessPoolExecutor(max_workers=min(cores, jobs), mp_context=ctx)
