"""Shared fixtures: a temporary dramatui home and a loopback feed server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from feedserver import FeedServer, serve  # noqa: E402


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty DRAMATUI_HOME with a config that has no feeds and no refresh on start."""
    path = tmp_path / "home"
    path.mkdir()
    (path / "config.toml").write_text(
        "refresh_on_start = false\npage_budget = 0\n", encoding="utf-8"
    )
    monkeypatch.setenv("DRAMATUI_HOME", str(path))
    return path


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with serve({}) as server:
        yield server
