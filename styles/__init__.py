"""dramatui's Textual stylesheets (shipped inside the package as `dramatui.styles`)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def stylesheet(name: str = "app.tcss") -> Path:
    """The path of one bundled stylesheet."""
    return Path(str(resources.files(__name__) / name))
