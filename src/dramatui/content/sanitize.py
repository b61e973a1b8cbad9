"""Sanitizing every string that comes from a feed or a page.

`clean_text` removes terminal control sequences and control characters (C0 except
newline and tab, DEL, C1); `clean_line` also folds whitespace to one line;
`safe_url` accepts only absolute http(s) URLs and returns None for anything else.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

# Whole escape sequences first (so "ESC[31m" does not leave "[31m" behind), then any
# remaining control character.  CSI: ESC [ or U+009B; OSC/DCS/APC/PM/SOS: ESC ] P _ ^ X
# or their C1 forms, terminated by BEL or ST (ESC \ or U+009C).
_ESCAPE_SEQ = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]P_^X]|[\x90\x9d\x9e\x9f\x98])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WS = re.compile(r"\s+")
_ALLOWED_SCHEMES = frozenset({"http", "https"})


def clean_text(value: object, limit: int | None = None) -> str:
    """Return `value` as a string with escape sequences and control characters removed.

    Newlines and tabs survive; carriage returns become newlines. `limit` truncates the
    result (a 1 MB title is stored safely truncated rather than refused).
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if limit is not None and len(text) > limit * 2:
        text = text[: limit * 2]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x9b" in text or any(c in text for c in "\x90\x9d\x9e\x9f\x98"):
        text = _ESCAPE_SEQ.sub("", text)
    text = _CONTROL.sub("", text)
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + "…"
    return text


def clean_line(value: object, limit: int | None = None) -> str:
    """`clean_text` folded to a single line with runs of whitespace collapsed."""
    return _WS.sub(" ", clean_text(value, limit)).strip()


def safe_url(value: object, base: str | None = None) -> str | None:
    """Return an absolute http(s) URL, or None when `value` is anything else.

    Relative and protocol-relative URLs are resolved against `base` (itself required to
    be http(s)). Whitespace and control characters are removed first, as browsers do,
    so "java\\tscript:" or " javascript:" cannot slip through as a relative path.
    """
    if not isinstance(value, str):
        return None
    url = _CONTROL.sub("", "".join(value.split()))
    url = url.replace("\x00", "")
    if not url or url.startswith("-") or url.startswith("\\"):
        return None
    if base is not None:
        base_ok = safe_url(base)
        try:
            scheme = urlsplit(url).scheme.lower()
        except ValueError:
            return None
        if not scheme:
            if base_ok is None:
                return None
            url = urljoin(base_ok, url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.hostname:
        return None
    if "\\" in parts.netloc or parts.netloc.startswith("-"):
        return None
    return url
