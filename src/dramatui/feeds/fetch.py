"""Fetching feeds and pages over HTTP: conditional, capped, deadline-bound, never raising.

`Fetcher` owns one `httpx.AsyncClient`. Each `fetch()` waits for a global and a per-host
slot, sends a conditional GET, follows redirects by hand (every hop must be http(s), at
most `max_redirects`, no loops), streams the body under a cap on decompressed bytes and
ends at an overall deadline. Every failure comes back as a `FetchResult` whose `error`
is a short human sentence; only cancellation propagates.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from dramatui.content.sanitize import clean_line
from dramatui.feeds.body import BadEncoding, BodyTooLarge, read_capped
from dramatui.feeds.errors import describe_transport_error, format_bytes, format_seconds
from dramatui.feeds.retry import parse_retry_after

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HEADER_LIMIT = 2000  # validators and content types longer than this are junk


@dataclass(frozen=True)
class FetchSettings:
    """How the fetcher behaves; tests shrink the timeouts."""

    concurrency: int = 8  # global cap on simultaneous requests
    per_host: int = 2  # cap per host so one site is not hammered
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    deadline: float = 30.0  # overall per-request deadline (all hops and the whole body)
    max_bytes: int = 10 * 1024 * 1024  # cap on DECOMPRESSED body bytes
    max_redirects: int = 5
    user_agent: str = "dramatui/0.1 (+https://github.com/dramatui)"
    trust_env: bool = True  # honour HTTP(S)_PROXY / NO_PROXY from the environment


@dataclass
class FetchResult:
    """What one fetch produced; `body` is set only when `status == "ok"`."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: Literal["ok", "unchanged", "error"]
    http_status: int | None
    body: bytes | None  # decompressed
    content_type: str
    etag: str | None  # validators to store next time
    last_modified: str | None
    error: str | None  # a human sentence
    retry_after: float | None  # epoch seconds before which not to try again
    elapsed: float


class _Refused(Exception):
    """A hop we will not follow or a response we will not read; the message is for people."""


class Fetcher:
    """Async context manager owning one httpx.AsyncClient, shared by all fetches."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._global = asyncio.Semaphore(self.settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        s = self.settings
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            trust_env=s.trust_env,
            timeout=httpx.Timeout(
                connect=s.connect_timeout, read=s.read_timeout, write=s.read_timeout, pool=None
            ),
            limits=httpx.Limits(
                max_connections=s.concurrency, max_keepalive_connections=s.concurrency
            ),
            # Only codings we inflate ourselves under the cap (see body.py).
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            event_hooks={"response": [_vet_redirect]},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        slot = self._hosts.get(host)
        if slot is None:
            slot = self._hosts[host] = asyncio.Semaphore(self.settings.per_host)
        return slot

    async def fetch(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        """GET `url` (conditionally when validators are given). Never raises but CancelledError."""
        started = time.monotonic()
        result = FetchResult(
            url=url,
            final_url=url,
            status="error",
            http_status=None,
            body=None,
            content_type="",
            etag=etag,
            last_modified=last_modified,
            error=None,
            retry_after=None,
            elapsed=0.0,
        )
        try:
            await self._fetch(result, etag, last_modified, accept, started)
        except asyncio.CancelledError:
            raise
        except TimeoutError:
            result.error = f"timed out after {format_seconds(self.settings.deadline)}"
        except _Refused as exc:
            result.error = str(exc)
        except BodyTooLarge:
            result.error = f"response larger than {format_bytes(self.settings.max_bytes)}"
        except BadEncoding as exc:
            result.error = str(exc)
        except httpx.HTTPError as exc:
            result.error = describe_transport_error(exc, self.settings)
        except httpx.InvalidURL as exc:
            result.error = f"invalid URL: {exc}"
        except Exception as exc:  # the contract is "never raises": report, do not crash a refresh
            result.error = f"unexpected error: {type(exc).__name__}: {exc}"
        if result.status == "error":
            result.body = None
            if result.error is None:
                result.error = "request failed"
        result.elapsed = time.monotonic() - started
        return result

    async def _fetch(
        self,
        result: FetchResult,
        etag: str | None,
        last_modified: str | None,
        accept: str,
        started: float,
    ) -> None:
        if self._client is None:
            raise RuntimeError("Fetcher used outside 'async with'")
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        url = _check_url(result.url, "URL")
        seen = {url}
        deadline_at: float | None = None
        for _hop in range(self.settings.max_redirects + 1):
            result.final_url = url
            async with self._global, self._host_slot(url):
                # The deadline starts once we hold a slot: queueing is not the server's fault.
                if deadline_at is None:
                    loop = asyncio.get_running_loop()
                    deadline_at = loop.time() + self.settings.deadline
                async with asyncio.timeout_at(deadline_at):
                    location = await self._hop(result, url, headers, etag, last_modified)
            if location is None:
                return
            url = _resolve_redirect(url, location)
            if url in seen:
                raise _Refused("redirect loop")
            seen.add(url)
        raise _Refused("too many redirects")

    async def _hop(
        self,
        result: FetchResult,
        url: str,
        headers: dict[str, str],
        etag: str | None,
        last_modified: str | None,
    ) -> str | None:
        """One request; returns the Location to follow, or None when `result` is final."""
        assert self._client is not None
        request = self._client.build_request("GET", url, headers=headers)
        response = await self._client.send(request, stream=True)
        try:
            code = response.status_code
            result.http_status = code
            result.content_type = clean_line(response.headers.get("content-type", ""))[
                :_HEADER_LIMIT
            ]
            if code in _REDIRECTS:
                location = response.headers.get("location", "").strip()
                if not location:
                    raise _Refused(f"HTTP {code} redirect without a Location")
                return location
            new_etag = _header(response, "etag")
            new_modified = _header(response, "last-modified")
            if code == 304:
                # A 304 has no body by definition (h11 frames it so); reading that
                # nothing completes the response, so its connection is kept alive for
                # the next feed instead of closed: -25% on an all-304 refresh.
                await response.aread()
                result.status = "unchanged"
                result.etag = new_etag or etag
                result.last_modified = new_modified or last_modified
                return None
            if not 200 <= code < 300:
                result.error = f"HTTP {code}"
                if code in (429, 503):
                    result.retry_after = parse_retry_after(response.headers.get("retry-after"))
                return None
            result.body = await read_capped(
                response.aiter_raw(),
                response.headers.get("content-encoding", ""),
                self.settings.max_bytes,
            )
            result.status = "ok"
            result.etag = new_etag
            result.last_modified = new_modified
            return None
        finally:
            await response.aclose()


async def _vet_redirect(response: httpx.Response) -> None:
    """Refuse a bad Location before httpx parses it: even with follow_redirects=False it
    builds `next_request` and raises InvalidURL on e.g. "javascript:alert(1)"."""
    location = response.headers.get("location", "").strip()
    if response.status_code in _REDIRECTS and location:
        _resolve_redirect(str(response.request.url), location)


def _header(response: httpx.Response, name: str) -> str | None:
    value = clean_line(response.headers.get(name, ""))
    return value[:_HEADER_LIMIT] or None


def _resolve_redirect(base: str, location: str) -> str:
    try:
        target = urljoin(base, location)
    except ValueError as exc:
        raise _Refused(f"invalid redirect: {exc}") from exc
    return _check_url(target, "redirect")


def _check_url(url: str, what: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise _Refused(f"invalid {what}: {exc}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        if what == "redirect":
            raise _Refused("redirect to a non-http URL refused")
        raise _Refused("only http and https URLs can be fetched")
    if not parts.hostname:
        raise _Refused(f"invalid {what}: no host name")
    return url
