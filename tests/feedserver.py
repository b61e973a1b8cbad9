"""A loopback HTTP server for tests and benchmarks: fixture feeds plus hostile endpoints.

`serve(routes)` starts a threaded stdlib server on 127.0.0.1 in a background thread and
yields a `FeedServer`. Routes map a path to `(body, content_type)`; each gets a real
ETag and Last-Modified and answers conditional requests with 304. The server counts
requests, records their headers per path and tracks the most requests in flight at once
(overall and per Host header), so tests can check conditional GETs and concurrency caps.

Fault endpoints (query parameters in brackets):
  /_status/<code>            that status with a short body
  /_retry/<code>[?after=S | ?date=S]
                             429/503 with Retry-After as delta-seconds or an HTTP-date S
                             seconds from now
  /_chain/<n>[?to=/path]     n redirects before landing on `to` (default /_status/200)
  /_loop/a, /_loop/b         redirect to each other forever
  /_redirect?to=<url>        one redirect to any Location (file:, javascript:, ...)
  /_gzipbomb[?mb=1024]       gzip of `mb` MB of zeros, compressed on the fly as it is sent
  /_endless                  an uncompressed body that never ends
  /_trickle                  one byte per second, forever
  /_hang                     accepts the request and never answers
  /_hugeheaders[?kb=200]     a response header line of `kb` KB
  /_garbage                  bytes that are not HTTP

No pytest import here: benchmarks use this module too.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class _Resource:
    body: bytes
    content_type: str
    etag: str
    last_modified: float  # epoch seconds, whole


def _resource(body: bytes, content_type: str, when: float | None = None) -> _Resource:
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    return _Resource(
        body, content_type, etag, float(int(when if when is not None else time.time()))
    )


class FeedServer:
    """State shared with the handler threads; use `url(path)` to address a route."""

    def __init__(self, routes: dict[str, tuple[bytes, str]], latency: float = 0.0) -> None:
        self._lock = threading.Lock()
        self._routes = {path: _resource(b, ct) for path, (b, ct) in routes.items()}
        self.latency = latency  # seconds added before every response
        self.gzip_paths: set[str] = set()  # routes served with Content-Encoding: gzip
        self.hits: Counter[str] = Counter()
        self.request_headers: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.statuses: dict[str, list[int]] = defaultdict(list)
        self.connections = 0  # TCP connections accepted (keep-alive reuse shows here)
        self.in_flight = 0
        self.max_in_flight = 0
        self._host_in_flight: Counter[str] = Counter()
        self.max_in_flight_per_host: Counter[str] = Counter()
        self.stopping = threading.Event()
        self._httpd: _Server | None = None
        self.port = 0

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        """An absolute URL for `path`; `host="localhost"` reaches the same server by another name."""
        return f"http://{host}:{self.port}{path}"

    def set_route(self, path: str, body: bytes, content_type: str = "application/rss+xml") -> None:
        """Add or replace a route; a changed body gets a new ETag and Last-Modified."""
        with self._lock:
            old = self._routes.get(path)
            when = time.time()
            if old is not None and old.body != body:
                when = max(when, old.last_modified + 1)
            self._routes[path] = _resource(body, content_type, when)

    def route(self, path: str) -> _Resource | None:
        with self._lock:
            return self._routes.get(path)

    def _enter(self, path: str, headers: dict[str, str]) -> str:
        host = headers.get("host", "").rsplit(":", 1)[0].lower()
        with self._lock:
            self.hits[path] += 1
            self.request_headers[path].append(headers)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self._host_in_flight[host] += 1
            self.max_in_flight_per_host[host] = max(
                self.max_in_flight_per_host[host], self._host_in_flight[host]
            )
        return host

    def _leave(self, host: str) -> None:
        with self._lock:
            self.in_flight -= 1
            self._host_in_flight[host] -= 1

    def _record_status(self, path: str, status: int) -> None:
        with self._lock:
            self.statuses[path].append(status)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # The default backlog of 5 drops SYNs under a burst of connections, and each drop
    # costs the client a 1 s retransmit: it showed up as 1 s outliers in the benches.
    request_queue_size = 256
    feeds: FeedServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up mid-body is the point of several endpoints; stay quiet.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def setup(self) -> None:
        super().setup()  # once per connection, however many requests it carries
        with self.server.feeds._lock:
            self.server.feeds.connections += 1

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        feeds = self.server.feeds
        parts = urlsplit(self.path)
        path = parts.path
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = feeds._enter(path, headers)
        try:
            if feeds.latency:
                time.sleep(feeds.latency)
            self._dispatch(feeds, path, query, headers)
        finally:
            feeds._leave(host)

    # -- responses -------------------------------------------------------------------

    def _send(
        self, status: int, body: bytes, content_type: str = "text/plain", **extra: str
    ) -> None:
        self.server.feeds._record_status(urlsplit(self.path).path, status)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", Location=location)

    def _stream_start(self, content_type: str, **extra: str) -> None:
        # No length: the body ends when the connection closes.
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        for name, value in extra.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()

    def _dispatch(
        self, feeds: FeedServer, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> None:
        res = feeds.route(path)
        if res is not None:
            self._serve_resource(res, headers)
            return
        head, _, rest = path.lstrip("/").partition("/")
        if head == "_status":
            self._send(int(rest), f"status {rest}\n".encode())
        elif head == "_retry":
            if "date" in query:
                value = formatdate(time.time() + float(query["date"]), usegmt=True)
            else:
                value = query.get("after", "120")
            self._send(int(rest or 429), b"slow down\n", Retry_After=value)
        elif head == "_chain":
            n = int(rest)
            target = query.get("to", "/_status/200")
            self._redirect(target if n <= 0 else f"/_chain/{n - 1}?to={target}")
        elif head == "_loop":
            self._redirect("/_loop/b" if rest == "a" else "/_loop/a")
        elif head == "_redirect":
            self._redirect(query.get("to", "/"))
        elif head == "_gzipbomb":
            self._gzip_bomb(int(query.get("mb", "1024")))
        elif head == "_endless":
            self._stream_start("application/rss+xml")
            chunk = b"<item>" + b"x" * 65536 + b"</item>\n"
            while not feeds.stopping.is_set():
                self.wfile.write(chunk)
        elif head == "_trickle":
            self._stream_start("application/rss+xml")
            while not feeds.stopping.wait(1.0):
                self.wfile.write(b"<")
                self.wfile.flush()
        elif head == "_hang":
            feeds.stopping.wait(600)
            self.close_connection = True
        elif head == "_hugeheaders":
            kb = int(query.get("kb", "200"))
            self._send(200, b"ok", X_Padding="a" * (kb * 1024))
        elif head == "_garbage":
            self.close_connection = True
            self.wfile.write(b"\x00\x01 this is not HTTP at all \xff\xfe\r\n\r\n")
        else:
            self._send(404, b"no such route\n")

    def _serve_resource(self, res: _Resource, headers: dict[str, str]) -> None:
        last_modified = formatdate(res.last_modified, usegmt=True)
        validators = {"ETag": res.etag, "Last_Modified": last_modified}
        inm = headers.get("if-none-match")
        ims = headers.get("if-modified-since")
        not_modified = False
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            not_modified = "*" in tags or res.etag in tags
        elif ims is not None:
            try:
                since = parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                since = None
            not_modified = since is not None and res.last_modified <= since
        if not_modified:
            self.server.feeds._record_status(urlsplit(self.path).path, 304)
            self.send_response(304)
            self.send_header("ETag", res.etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return
        if urlsplit(self.path).path in self.server.feeds.gzip_paths:
            body = gzip.compress(res.body)
            self._send(200, body, res.content_type, Content_Encoding="gzip", **validators)
            return
        self._send(200, res.body, res.content_type, **validators)

    def _gzip_bomb(self, megabytes: int) -> None:
        self._stream_start("application/rss+xml", Content_Encoding="gzip")
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(1024 * 1024)
        for _ in range(megabytes):
            if self.server.feeds.stopping.is_set():
                return
            out = compressor.compress(zeros)
            if out:
                self.wfile.write(out)
        self.wfile.write(compressor.flush())


@contextmanager
def serve(
    routes: dict[str, tuple[bytes, str]] | None = None, latency: float = 0.0
) -> Iterator[FeedServer]:
    """Run a `FeedServer` on 127.0.0.1 (a free port) for the duration of the block."""
    feeds = FeedServer(routes or {}, latency)
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.feeds = feeds
    feeds._httpd = httpd
    feeds.port = httpd.server_address[1]
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield feeds
    finally:
        feeds.stopping.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


__all__ = ["FeedServer", "serve"]
