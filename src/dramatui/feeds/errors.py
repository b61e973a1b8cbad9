"""Turning transport failures into short sentences a reader can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from dramatui.feeds.fetch import FetchSettings


def format_seconds(seconds: float) -> str:
    """`30.0` -> "30 s", `0.5` -> "0.5 s"."""
    return f"{seconds:g} s"


def format_bytes(count: int) -> str:
    """`10 * 1024 * 1024` -> "10 MB"; smaller caps in KB or bytes."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if count >= size:
            return f"{count / size:g} {unit}"
    return f"{count} bytes"


def _chain_text(exc: BaseException) -> str:
    """All messages down the cause chain, lower-cased, for matching."""
    texts = []
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        texts.append(f"{type(node).__name__}: {node}")
        node = node.__cause__ or node.__context__
    return " | ".join(texts).lower()


def describe_transport_error(exc: httpx.HTTPError, settings: FetchSettings) -> str:
    """A sentence for an httpx failure: refused, DNS, timeouts, TLS, protocol errors."""
    text = _chain_text(exc)
    if isinstance(exc, httpx.ConnectTimeout):
        return f"could not connect within {format_seconds(settings.connect_timeout)}"
    if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout):
        return f"server stopped responding for {format_seconds(settings.read_timeout)}"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {format_seconds(settings.deadline)}"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "only http and https URLs can be fetched"
    if isinstance(exc, httpx.InvalidURL):
        return f"invalid URL: {exc}"
    if isinstance(exc, httpx.ConnectError):
        if "refused" in text:
            return "connection refused"
        if any(
            s in text
            for s in (
                "name or service not known",
                "nodename nor servname",
                "getaddrinfo",
                "temporary failure in name resolution",
                "no address associated",
                "gaierror",
            )
        ):
            return "host not found (DNS lookup failed)"
        if "ssl" in text or "certificate" in text or "tls" in text:
            return "secure connection failed (TLS/certificate error)"
        if "unreachable" in text:
            return "network unreachable"
        return f"could not connect: {exc}" if str(exc) else "could not connect"
    if isinstance(exc, httpx.RemoteProtocolError):
        if "disconnected" in text or "peer closed" in text or "incomplete" in text:
            return "server closed the connection before the response was complete"
        if "too long" in text or "too large" in text or "buffer" in text:
            return "response headers too large"
        return "server sent an invalid HTTP response"
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        if "reset" in text:
            return "connection reset by the server"
        return "network error while reading the response"
    if isinstance(exc, httpx.DecodingError):
        return "the compressed body is corrupt"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    return f"request failed: {type(exc).__name__}" + (f": {exc}" if str(exc) else "")
