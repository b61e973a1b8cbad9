"""dramatui: a keyboard-driven terminal reader for K-drama and Korean entertainment news."""

from __future__ import annotations

__version__ = "0.1.0"
