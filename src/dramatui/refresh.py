"""The refresh pipeline: fetch every feed, parse it, derive, store — one bad feed never stops the others.

Used by `dramatui fetch` and by the TUI's background worker alike. Demo mode ingests
the bundled sample feeds without any network.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING

from dramatui.config import Settings
from dramatui.feeds.fetch import HTML_ACCEPT, Fetcher, FetchSettings
from dramatui.feeds.normalize import FeedError
from dramatui.store import Store
from dramatui.workers import Workers, prepare_in_worker, run_in

if TYPE_CHECKING:
    from dramatui.content.derive import Deriver
    from dramatui.records import Prepared

POOL_MIN_FEEDS = 4  # fewer feeds to parse than this: threads, no worker pool

# Parsing and extraction are imported when the first body arrives, and only in the
# worker processes when there is a pool: an all-304 refresh needs none of them
# (feedparser and lxml cost ~0.1 s to import).


DEMO_FEEDS: tuple[tuple[str, str], ...] = (
    ("kdrama-daily.xml", "https://kdrama-daily.example/feed/"),
    ("seoul-screen.xml", "https://seoul-screen.example/rss"),
    ("hallyu-wire.atom", "https://hallyu-wire.example/atom.xml"),
)


@dataclass(slots=True)
class FeedOutcome:
    """What one feed's refresh did."""

    url: str
    status: str  # "ok" | "unchanged" | "error" | "skipped"
    new: int = 0
    updated: int = 0
    error: str | None = None
    warning: str | None = None
    elapsed: float = 0.0
    network_error: bool = False  # the failure looks like no network rather than a bad feed


@dataclass(slots=True)
class RefreshSummary:
    outcomes: list[FeedOutcome] = field(default_factory=list)
    elapsed: float = 0.0
    pages_fetched: int = 0  # article pages whose main text is now stored
    pages_failed: int = 0
    pages_skipped: int = 0  # needed but beyond this refresh's page budget

    @property
    def new(self) -> int:
        return sum(o.new for o in self.outcomes)

    @property
    def updated(self) -> int:
        return sum(o.updated for o in self.outcomes)

    @property
    def failed(self) -> int:
        return sum(o.status == "error" for o in self.outcomes)

    @property
    def offline(self) -> bool:
        """Every feed failed the way an unreachable network fails."""
        errors = [o for o in self.outcomes if o.status == "error"]
        return (
            bool(errors)
            and len(errors) == len(self.outcomes)
            and all(o.network_error for o in errors)
        )


Progress = Callable[[FeedOutcome, int, int], None]
PageProgress = Callable[[int, int], None]


def make_deriver(store: Store, settings: Settings) -> Deriver:
    """A deriver with the user's entity rules and what the cache already knows."""
    from dramatui.content.derive import Deriver
    from dramatui.content.entities import EntityRules

    ent = settings.entities
    rules = EntityRules(
        aliases=dict(ent.aliases),
        shows=list(ent.shows),
        actors=list(ent.actors),
        ban_shows=list(ent.ban_shows),
        ban_actors=list(ent.ban_actors),
    )
    return Deriver(rules=rules, known=store.gazetteer())


def stale_count(store: Store, deriver: Deriver) -> int:
    """Articles derived by another extractor version or other entity rules."""
    return store.stale_count(deriver.version)


def ensure_derived(
    store: Store, deriver: Deriver, progress: Callable[[int, int], None] | None = None
) -> int:
    """Re-derive what is stale, so a new extractor or new `[entities]` rules apply to the
    whole cache, not only to articles fetched from now on. Returns how many were redone."""
    return store.rederive(deriver, progress=progress)


def fetch_settings(settings: Settings) -> FetchSettings:
    return FetchSettings(
        concurrency=settings.concurrency,
        per_host=settings.per_host,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        deadline=settings.deadline,
        max_bytes=settings.max_response_bytes,
    )


# The fetcher's sentences for failures that mean "no network" rather than "bad feed".
_NETWORK_WORDS = ("connection refused", "host not found", "unreachable", "could not connect")


async def refresh(
    store: Store,
    settings: Settings,
    deriver: Deriver | None = None,
    progress: Progress | None = None,
    urls: list[str] | None = None,
    page_progress: PageProgress | None = None,
) -> RefreshSummary:
    """Refresh the active feeds (or `urls`) concurrently, storing each as it arrives;
    then fetch the pages of teaser-only articles for their full text (within the budget)."""
    started = time.monotonic()
    # Built when the first document arrives: an all-304 refresh needs no extractor (and
    # no gazetteer query).
    derivers = [deriver] if deriver else []

    def get_deriver() -> Deriver:
        if not derivers:
            derivers.append(make_deriver(store, settings))
        return derivers[0]

    feeds = [f for f in store.list_feeds() if urls is None or f.url in urls]
    summary = RefreshSummary()
    total = len(feeds)

    async def one(
        fetcher: Fetcher,
        feed_url: str,
        etag: str | None,
        modified: str | None,
        retry_after: float | None,
    ) -> FeedOutcome:
        t0 = time.monotonic()
        now = time.time()
        if retry_after and retry_after > now:
            until = datetime.fromtimestamp(retry_after, UTC).strftime("%H:%M UTC")
            return FeedOutcome(feed_url, "skipped", error=f"server asked to wait until {until}")
        result = await fetcher.fetch(feed_url, etag, modified)
        if result.status == "error":
            error = result.error or "failed"
            outcome = FeedOutcome(
                feed_url,
                "error",
                error=error,
                network_error=result.http_status is None
                and any(w in error.lower() for w in _NETWORK_WORDS),
            )
            await asyncio.to_thread(
                store.record_result, feed_url, "error", error, retry_after=result.retry_after
            )
        elif result.status == "unchanged":
            outcome = FeedOutcome(feed_url, "unchanged")
            await asyncio.to_thread(
                store.record_result, feed_url, "unchanged", None, result.etag, result.last_modified
            )
        else:
            doc = _Body(
                feed_url, result.body or b"", result.content_type, result.etag, result.last_modified
            )
            outcome = await _store_fetched(pool, store, get_deriver(), doc)
        outcome.elapsed = time.monotonic() - t0
        return outcome

    pool = Workers(len(feeds), POOL_MIN_FEEDS)
    # Feeds never fetched will send whole documents: start the workers right away.
    # A refresh of known feeds is mostly 304s and may not need them at all.
    warming = None
    if sum(f.etag is None and f.last_modified is None for f in feeds) >= POOL_MIN_FEEDS:
        pool.get()
        warming = asyncio.ensure_future(asyncio.to_thread(pool.warm))
    try:
        async with Fetcher(fetch_settings(settings)) as fetcher:
            tasks = [
                asyncio.ensure_future(one(fetcher, f.url, f.etag, f.last_modified, f.retry_after))
                for f in feeds
            ]
            for done, task in enumerate(asyncio.as_completed(tasks), 1):
                outcome = await task
                summary.outcomes.append(outcome)
                if progress:
                    progress(outcome, done, total)
            if settings.page_budget and not summary.offline:
                await _fetch_pages(
                    fetcher,
                    pool,
                    store,
                    get_deriver(),
                    settings.page_budget,
                    summary,
                    page_progress,
                )
    finally:
        if warming is not None:
            with contextlib.suppress(Exception):
                await warming
        pool.shutdown()
    if summary.new or summary.updated:
        await asyncio.to_thread(store.prune, settings.retention)
    summary.elapsed = time.monotonic() - started
    return summary


@dataclass(frozen=True, slots=True)
class _Body:
    """A fetched feed document and the validators that came with it."""

    feed_url: str
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None


def _failed(store: Store, doc: _Body, exc: Exception) -> FeedOutcome:
    # Keep the validators: an unchanged broken document need not be parsed again.
    store.record_result(doc.feed_url, "error", str(exc), doc.etag, doc.last_modified)
    return FeedOutcome(doc.feed_url, "error", error=str(exc))


def _write(store: Store, deriver: Deriver, doc: _Body, prepared: Prepared) -> FeedOutcome:
    new, updated = store.ingest(doc.feed_url, prepared.parsed, deriver, prepared.derived)
    store.record_result(
        doc.feed_url, "ok", None, doc.etag, doc.last_modified, new=new, updated=updated
    )
    return FeedOutcome(
        doc.feed_url, "ok", new=new, updated=updated, warning=prepared.parsed.warning
    )


def _store_body(store: Store, deriver: Deriver, doc: _Body) -> FeedOutcome:
    """Parse, derive and store in this thread (the demo, or when no pool can run)."""
    from dramatui.ingest import prepare_feed

    known = store.sources(doc.feed_url)
    try:
        prepared = prepare_feed(
            doc.body, doc.feed_url, doc.content_type, datetime.now(UTC), known, deriver
        )
    except FeedError as exc:
        return _failed(store, doc, exc)
    return _write(store, deriver, doc, prepared)


async def _store_fetched(pool: Workers, store: Store, deriver: Deriver, doc: _Body) -> FeedOutcome:
    """Parse and derive in the pool, then store in a thread."""
    executor = pool.get()
    if executor is None:
        return await asyncio.to_thread(_store_body, store, deriver, doc)
    known = await asyncio.to_thread(store.sources, doc.feed_url)
    try:
        prepared = await run_in(
            executor,
            prepare_in_worker,
            doc.body,
            doc.feed_url,
            doc.content_type,
            datetime.now(UTC),
            known,
            deriver,
        )
    except FeedError as exc:
        return await asyncio.to_thread(_failed, store, doc, exc)
    except BrokenProcessPool:
        return await asyncio.to_thread(_store_body, store, deriver, doc)
    return await asyncio.to_thread(_write, store, deriver, doc, prepared)


async def _fetch_pages(
    fetcher: Fetcher,
    pool: Workers,
    store: Store,
    deriver: Deriver,
    budget: int,
    summary: RefreshSummary,
    progress: PageProgress | None,
) -> None:
    """Fetch, extract and store article pages, newest first, after the feeds are stored."""
    needed = await asyncio.to_thread(store.pages_needed, budget + 100_000)
    jobs = needed[:budget]
    summary.pages_skipped = len(needed) - len(jobs)
    if not jobs:
        return
    from dramatui.content.fulltext import PageError, extract_page

    async def one(article_id: int, url: str) -> bool:
        result = await fetcher.fetch(url, accept=HTML_ACCEPT)
        if result.status != "ok" or not result.body:
            status = result.error or f"HTTP {result.http_status}"
            await asyncio.to_thread(store.page_failed, article_id, status)
            return False
        try:
            content = await run_in(
                pool.get(), extract_page, result.body, result.final_url, result.content_type
            )
        except PageError as exc:
            status = str(exc).removeprefix("page: ")
            await asyncio.to_thread(store.page_failed, article_id, status)
            return False
        await asyncio.to_thread(store.save_page, article_id, content.html, content.videos, deriver)
        return True

    tasks = [asyncio.ensure_future(one(aid, url)) for aid, url in jobs]
    for done, task in enumerate(asyncio.as_completed(tasks), 1):
        if await task:
            summary.pages_fetched += 1
        else:
            summary.pages_failed += 1
        if progress:
            progress(done, len(jobs))


async def fetch_page_now(store: Store, settings: Settings, article_id: int) -> str | None:
    """Fetch one article's page now (the reading pane's key); None on success, else why not."""
    from dramatui.content.fulltext import PageError, extract_page

    article = await asyncio.to_thread(store.article, article_id)
    if article is None or not article.url:
        return "the article has no link"
    deriver = make_deriver(store, settings)
    async with Fetcher(fetch_settings(settings)) as fetcher:
        result = await fetcher.fetch(article.url, accept=HTML_ACCEPT)
        if result.status != "ok" or not result.body:
            status = result.error or f"HTTP {result.http_status}"
            await asyncio.to_thread(store.page_failed, article_id, status)
            return f"page: {status}"
        try:
            content = await asyncio.to_thread(
                extract_page, result.body, result.final_url, result.content_type
            )
        except PageError as exc:
            status = str(exc).removeprefix("page: ")
            await asyncio.to_thread(store.page_failed, article_id, status)
            return f"page: {status}"
    await asyncio.to_thread(store.save_page, article_id, content.html, content.videos, deriver)
    return None


def refresh_demo(
    store: Store, deriver: Deriver, progress: Progress | None = None
) -> RefreshSummary:
    """Ingest the bundled demo feeds: no network involved."""
    started = time.monotonic()
    summary = RefreshSummary()
    folder = resources.files("dramatui") / "demo"
    for done, (name, url) in enumerate(DEMO_FEEDS, 1):
        body = (folder / name).read_bytes()
        outcome = _store_body(store, deriver, _Body(url, body, "application/xml"))
        summary.outcomes.append(outcome)
        if progress:
            progress(outcome, done, len(DEMO_FEEDS))
    summary.elapsed = time.monotonic() - started
    return summary
