"""The process pool that parses and derives fetched feeds while the parent fetches and stores.

Light on purpose: the parent imports this module, never the parser or the extractor.
`prepare_in_worker` is what the parent submits; it imports `dramatui.ingest` inside
the worker (already loaded there: the fork server preloads it), so the parent saves
the ~0.1 s of importing feedparser, lxml and the extractor before its first request.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from dramatui.content.derive import Deriver
    from dramatui.records import Prepared


def prepare_in_worker(
    body: bytes,
    url: str,
    content_type: str,
    fetched_at: datetime,
    known_sources: dict[str, str],
    deriver: Deriver,
) -> Prepared:
    """`ingest.prepare_feed`, run in a worker process. Raises FeedError."""
    from dramatui.ingest import prepare_feed

    return prepare_feed(body, url, content_type, fetched_at, known_sources, deriver)


T = TypeVar("T")


async def run_in(executor: Executor | None, fn: Callable[..., T], *args: object) -> T:
    """`fn(*args)` in `executor` (in a thread when None), submitted from a thread: a
    process pool's first submits fork its workers and wait for the fork server to start
    (~0.2 s), which must not stall the event loop while other feeds are downloading."""
    if executor is None:
        return await asyncio.to_thread(fn, *args)
    future = await asyncio.to_thread(executor.submit, fn, *args)
    return await asyncio.wrap_future(future)


def make_pool(jobs: int, min_jobs: int = 4) -> Executor | None:
    """A process pool for `jobs` feeds, or None when threads will do (fewer than
    `min_jobs`: a pool's start-up would cost more than it saves)."""
    cores = os.cpu_count() or 1
    if jobs < min_jobs or cores < 2:
        return None
    # forkserver: workers fork from a clean single-threaded server that has imported
    # the parser once, never from the threaded parent (fork with threads can deadlock).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["dramatui.ingest", "dramatui.workers"])
    return ProcessPoolExecutor(
        max_workers=min(cores, jobs), mp_context=ctx, initializer=exit_with_parent
    )


def exit_with_parent() -> None:
    """In a worker: exit as soon as the process that asked for it dies.

    A pool's workers wait on a queue whose both ends they hold, so a parent killed with
    SIGKILL (or by the OOM killer) would leave them, and the fork server they keep
    alive, running forever. The parent's sentinel becomes readable when it is gone.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="dramatui-parent-watch", daemon=True).start()


class Workers:
    """The pool for one refresh, started on first use (an all-304 refresh needs none)."""

    def __init__(self, jobs: int, min_jobs: int) -> None:
        self._jobs = jobs
        self._min_jobs = min_jobs
        self._started = False
        self._pool: Executor | None = None

    def get(self) -> Executor | None:
        if not self._started:
            self._started = True
            self._pool = make_pool(self._jobs, self._min_jobs)
        return self._pool

    def warm(self) -> None:
        """Start the workers now, so their start-up overlaps the network wait."""
        pool = self.get()
        if pool is not None:
            for _ in range(os.cpu_count() or 1):
                pool.submit(os.getpid)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
