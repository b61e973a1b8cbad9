"""Reading a response body under a cap on DECOMPRESSED bytes.

httpx's own decoders inflate a whole network chunk at once (64 KB of gzipped zeros
becomes ~64 MB in one step), so the fetcher reads raw bytes and this module inflates
them with zlib's `max_length`, keeping memory bounded by the cap plus one small step.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterable

_STEP = 64 * 1024  # most decompressed bytes produced per zlib call


class BodyTooLarge(Exception):
    """The decompressed body passed the cap."""


class BadEncoding(Exception):
    """The body's Content-Encoding is unsupported or its data is corrupt."""


class _Inflater:
    """gzip or deflate fed in pieces; `deflate` may be zlib-wrapped or raw (both exist)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._obj = zlib.decompressobj(31 if gzip else 15)
        self._sniffed = gzip
        self._pending = b""

    def feed(self, data: bytes) -> None:
        if not self._sniffed and data:
            self._sniffed = True
            # A zlib header is 0x?8 then a byte making the pair a multiple of 31.
            if len(data) < 2 or (data[0] & 0x0F) != 8 or ((data[0] << 8) | data[1]) % 31:
                self._obj = zlib.decompressobj(-15)
        self._pending += data

    def pull(self) -> bytes:
        """Inflate at most `_STEP` bytes of what was fed; b"" once the input is used up."""
        if not self._pending or self._obj.eof:
            return b""
        try:
            out = self._obj.decompress(self._pending, _STEP)
        except zlib.error as exc:
            raise BadEncoding("the compressed body is corrupt") from exc
        self._pending = self._obj.unconsumed_tail
        return out


def _inflater_for(content_encoding: str) -> _Inflater | None:
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return None
    if len(codings) > 1:
        raise BadEncoding(f"unsupported content encoding '{content_encoding}'")
    if codings[0] in ("gzip", "x-gzip"):
        return _Inflater(gzip=True)
    if codings[0] == "deflate":
        return _Inflater(gzip=False)
    raise BadEncoding(f"unsupported content encoding '{codings[0]}'")


async def read_capped(raw: AsyncIterator[bytes], content_encoding: str, max_bytes: int) -> bytes:
    """Collect the decoded body from `raw` chunks; raise BodyTooLarge past `max_bytes`."""
    inflater = _inflater_for(content_encoding)
    parts: list[bytes] = []
    total = 0
    decoded: Iterable[bytes]
    async for chunk in raw:
        if inflater is None:
            decoded = [chunk]
        else:
            inflater.feed(chunk)
            decoded = iter(inflater.pull, b"")
        for piece in decoded:
            total += len(piece)
            if total > max_bytes:
                raise BodyTooLarge
            parts.append(piece)
    return b"".join(parts)
