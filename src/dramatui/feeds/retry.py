"""Parsing Retry-After (RFC 9110 §10.2.3) into an epoch time."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime

MAX_RETRY_AFTER = 7 * 24 * 3600.0  # a server asking for longer is clamped to a week


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Epoch seconds before which not to retry, from delta-seconds or an HTTP-date.

    None when the header is missing or unreadable; past dates give `now`; values are
    clamped to a week ahead so a typo on the server cannot silence a feed for years.
    """
    if not value:
        return None
    now = time.time() if now is None else now
    text = value.strip()
    if text.isdigit():
        delay = float(text)
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:  # "-0000" means UTC with unknown origin
            return None
        delay = when.timestamp() - now
    return now + min(max(delay, 0.0), MAX_RETRY_AFTER)
