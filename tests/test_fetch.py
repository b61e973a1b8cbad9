"""Fetcher against a real loopback server: validators, redirects, caps, deadlines, faults."""

from __future__ import annotations

import asyncio
import socket
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator
from email.utils import formatdate
from pathlib import Path

import httpx
import pytest

from dramatui.feeds.body import BadEncoding, BodyTooLarge, read_capped
from dramatui.feeds.errors import describe_transport_error
from dramatui.feeds.fetch import FEED_ACCEPT, HTML_ACCEPT, Fetcher, FetchResult, FetchSettings
from dramatui.feeds.retry import MAX_RETRY_AFTER, parse_retry_after
from feedserver import FeedServer, serve

DATA = Path(__file__).parent / "data" / "feeds"
RSS = (DATA / "rss_full.xml").read_bytes()
FAST = FetchSettings(
    connect_timeout=2, read_timeout=2, deadline=3, max_bytes=1024 * 1024, trust_env=False
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve(
        {
            "/feed.xml": (RSS, "application/rss+xml; charset=utf-8"),
            "/big.xml": (b"<rss>" + b"x" * (2 * 1024 * 1024) + b"</rss>", "application/rss+xml"),
            "/page.html": (b"<html><body>article</body></html>", "text/html"),
        }
    ) as srv:
        yield srv


async def fetch(url: str, settings: FetchSettings = FAST, accept: str = FEED_ACCEPT) -> FetchResult:
    async with Fetcher(settings) as fetcher:
        return await fetcher.fetch(url, accept=accept)


async def test_ok(server: FeedServer) -> None:
    r = await fetch(server.url("/feed.xml"))
    assert r.status == "ok" and r.http_status == 200 and r.error is None
    assert r.body == RSS
    assert r.content_type == "application/rss+xml; charset=utf-8"
    assert r.etag and r.etag.startswith('"') and r.last_modified and r.last_modified.endswith("GMT")
    assert r.final_url == r.url == server.url("/feed.xml")
    assert r.retry_after is None and r.elapsed > 0
    sent = server.request_headers["/feed.xml"][0]
    assert sent["user-agent"].startswith("dramatui/")
    assert "application/rss+xml" in sent["accept"]
    assert sent["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in sent


async def test_second_fetch_is_conditional_and_unchanged(server: FeedServer) -> None:
    async with Fetcher(FAST) as fetcher:
        first = await fetcher.fetch(server.url("/feed.xml"))
        second = await fetcher.fetch(server.url("/feed.xml"), first.etag, first.last_modified)
        only_date = await fetcher.fetch(server.url("/feed.xml"), last_modified=first.last_modified)
        server.set_route("/feed.xml", RSS + b"\n<!-- updated -->")
        third = await fetcher.fetch(server.url("/feed.xml"), first.etag, first.last_modified)
    assert second.status == "unchanged" and second.http_status == 304 and second.body is None
    assert (second.etag, second.last_modified) == (first.etag, first.last_modified)
    assert only_date.status == "unchanged"
    assert third.status == "ok" and third.etag != first.etag and third.body is not None
    assert server.statuses["/feed.xml"] == [200, 304, 304, 200]
    assert server.request_headers["/feed.xml"][1]["if-none-match"] == first.etag
    assert server.request_headers["/feed.xml"][1]["if-modified-since"] == first.last_modified


async def test_gzip_response_is_decoded(server: FeedServer) -> None:
    server.gzip_paths.add("/feed.xml")
    r = await fetch(server.url("/feed.xml"))
    assert r.status == "ok" and r.body == RSS


async def test_accept_header_for_pages(server: FeedServer) -> None:
    r = await fetch(server.url("/page.html"), accept=HTML_ACCEPT)
    assert r.status == "ok" and r.content_type == "text/html"
    assert server.request_headers["/page.html"][0]["accept"] == HTML_ACCEPT


@pytest.mark.parametrize("code", [404, 500, 410])
async def test_http_errors(server: FeedServer, code: int) -> None:
    r = await fetch(server.url(f"/_status/{code}"))
    assert r.status == "error" and r.http_status == code and r.body is None
    assert r.error == f"HTTP {code}"
    assert r.retry_after is None


async def test_redirects_within_the_limit(server: FeedServer) -> None:
    r = await fetch(server.url("/_chain/4?to=/feed.xml"))  # 5 hops: the maximum
    assert r.status == "ok" and r.body == RSS
    assert r.final_url == server.url("/feed.xml") and r.url == server.url("/_chain/4?to=/feed.xml")
    assert [server.hits[f"/_chain/{n}"] for n in range(5)] == [1] * 5


async def test_too_many_redirects(server: FeedServer) -> None:
    r = await fetch(server.url("/_chain/5?to=/feed.xml"))
    assert r.status == "error" and r.error == "too many redirects"
    assert server.hits["/feed.xml"] == 0


async def test_redirect_loop(server: FeedServer) -> None:
    r = await fetch(server.url("/_loop/a"))
    assert r.error == "redirect loop"
    assert server.hits["/_loop/a"] == 1 and server.hits["/_loop/b"] == 1


@pytest.mark.parametrize(
    "target",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://files.test/feed.xml",
        "data:text/xml,<rss/>",
    ],
)
async def test_redirect_to_non_http_refused(server: FeedServer, target: str) -> None:
    r = await fetch(server.url("/_redirect?to=") + target)
    assert r.status == "error" and r.error == "redirect to a non-http URL refused"
    assert r.body is None


async def test_gzip_bomb_refused_early_with_bounded_memory(server: FeedServer) -> None:
    settings = FetchSettings(deadline=20, max_bytes=10 * 1024 * 1024, trust_env=False)
    tracemalloc.start()
    try:
        started = time.monotonic()
        r = await fetch(server.url("/_gzipbomb?mb=1024"), settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.status == "error" and r.error == "response larger than 10 MB"
    assert peak < 64 * 1024 * 1024, f"peak {peak / 2**20:.0f} MB"
    assert time.monotonic() - started < 15


async def test_size_cap(server: FeedServer) -> None:
    big = await fetch(server.url("/big.xml"))
    endless = await fetch(server.url("/_endless"))
    for r in (big, endless):
        assert r.status == "error" and r.error == "response larger than 1 MB" and r.body is None
    roomy = FetchSettings(max_bytes=3 * 1024 * 1024, trust_env=False)
    assert (await fetch(server.url("/big.xml"), roomy)).status == "ok"


async def test_trickle_ends_at_the_deadline(server: FeedServer) -> None:
    settings = FetchSettings(read_timeout=10, deadline=1.5, trust_env=False)
    r = await fetch(server.url("/_trickle"), settings)
    assert r.status == "error" and r.error == "timed out after 1.5 s"
    assert 1.4 <= r.elapsed < 4


async def test_never_answering_server_ends_at_the_deadline(server: FeedServer) -> None:
    r = await fetch(
        server.url("/_hang"), FetchSettings(read_timeout=10, deadline=1, trust_env=False)
    )
    assert r.error == "timed out after 1 s" and r.elapsed < 3
    r = await fetch(
        server.url("/_hang"), FetchSettings(read_timeout=0.5, deadline=10, trust_env=False)
    )
    assert r.error == "server stopped responding for 0.5 s" and r.elapsed < 3


async def test_retry_after_delta_and_date(server: FeedServer) -> None:
    before = time.time()
    r = await fetch(server.url("/_retry/429?after=120"))
    assert r.error == "HTTP 429" and r.retry_after is not None
    assert before + 119 <= r.retry_after <= time.time() + 121
    r = await fetch(server.url("/_retry/503?date=600"))
    assert r.error == "HTTP 503" and r.retry_after is not None
    assert before + 598 <= r.retry_after <= time.time() + 601


def test_parse_retry_after() -> None:
    now = 1_800_000_000.0
    assert parse_retry_after("30", now) == now + 30
    assert parse_retry_after(formatdate(now + 90, usegmt=True), now) == now + 90
    assert parse_retry_after(formatdate(now - 90, usegmt=True), now) == now
    assert parse_retry_after("99999999999", now) == now + MAX_RETRY_AFTER
    for junk in (None, "", "soon", "-5", "1.5", "Mon, 99 Foo 2026 25:61:00 GMT"):
        assert parse_retry_after(junk, now) is None


async def test_not_modified_answers_keep_their_connection(server: FeedServer) -> None:
    settings = FetchSettings(concurrency=2, per_host=2, trust_env=False)
    async with Fetcher(settings) as fetcher:
        first = await fetcher.fetch(server.url("/feed.xml"))
        before = server.connections
        results = await asyncio.gather(
            *(fetcher.fetch(server.url("/feed.xml"), first.etag) for _ in range(12))
        )
    assert {r.status for r in results} == {"unchanged"}
    # Twelve 304s over the two pooled connections, not one new connection each.
    assert server.connections - before <= 2


async def test_concurrency_caps(server: FeedServer) -> None:
    server.latency = 0.25
    settings = FetchSettings(concurrency=3, per_host=2, trust_env=False)
    async with Fetcher(settings) as fetcher:
        urls = [
            server.url("/feed.xml", host) for host in ("127.0.0.1", "localhost") for _ in range(6)
        ]
        results = await asyncio.gather(*(fetcher.fetch(u) for u in urls))
    assert all(r.status == "ok" for r in results)
    assert server.hits["/feed.xml"] == 12
    assert server.max_in_flight == 3
    assert server.max_in_flight_per_host["127.0.0.1"] == 2
    assert server.max_in_flight_per_host["localhost"] == 2


async def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    r = await fetch(f"http://127.0.0.1:{port}/feed.xml")
    assert r.status == "error" and r.error == "connection refused" and r.http_status is None


async def test_protocol_faults(server: FeedServer) -> None:
    huge = await fetch(server.url("/_hugeheaders?kb=300"))
    assert huge.error == "response headers too large"
    garbage = await fetch(server.url("/_garbage"))
    assert garbage.error == "server sent an invalid HTTP response"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://files.test/feed.xml", "only http and https URLs can be fetched"),
        ("javascript:alert(1)", "only http and https URLs can be fetched"),
        ("http:///nohost", "invalid URL: no host name"),
        ("http://[::1/feed", "invalid URL: Invalid IPv6 URL"),
    ],
)
async def test_bad_urls(url: str, message: str) -> None:
    r = await fetch(url)
    assert r.status == "error" and r.error == message


def test_dns_failure_is_described() -> None:
    cause = socket.gaierror(-2, "Name or service not known")
    exc = httpx.ConnectError("[Errno -2] Name or service not known")
    exc.__cause__ = cause
    assert describe_transport_error(exc, FAST) == "host not found (DNS lookup failed)"
    tls = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    assert describe_transport_error(tls, FAST) == "secure connection failed (TLS/certificate error)"


async def test_cancellation_propagates(server: FeedServer) -> None:
    async with Fetcher(FetchSettings(read_timeout=30, deadline=30, trust_env=False)) as fetcher:
        task = asyncio.create_task(fetcher.fetch(server.url("/_hang")))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_fetch_outside_context_reports_instead_of_raising(server: FeedServer) -> None:
    r = await Fetcher(FAST).fetch(server.url("/feed.xml"))
    assert r.status == "error" and r.error and "async with" in r.error


async def _chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


async def test_read_capped_codings() -> None:
    text = b"<rss>" + "드라마 뉴스 ".encode() * 2000 + b"</rss>"
    zlib_wrapped = zlib.compress(text)
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw_deflate = raw.compress(text) + raw.flush()
    for coding, data in (
        ("deflate", zlib_wrapped),
        ("deflate", raw_deflate),
        ("", text),
        ("identity", text),
    ):
        pieces = [data[i : i + 100] for i in range(0, len(data), 100)]
        assert await read_capped(_chunks(*pieces), coding, 1 << 20) == text
    with pytest.raises(BodyTooLarge):
        await read_capped(_chunks(zlib_wrapped), "deflate", 1000)
    with pytest.raises(BadEncoding, match="unsupported content encoding 'br'"):
        await read_capped(_chunks(b"x"), "br", 1000)
    with pytest.raises(BadEncoding, match="corrupt"):
        await read_capped(_chunks(b"\x1f\x8b\x08\x00garbage-garbage"), "gzip", 1000)
