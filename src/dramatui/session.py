"""Opening everything a run needs: locations, settings, the cache. Shared by the CLI and the TUI."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dramatui import config
from dramatui.config import FeedConfig, Settings
from dramatui.locations import Locations, resolve
from dramatui.store import Store

DEMO_TITLES = {
    "https://kdrama-daily.example/feed/": "K-Drama Daily (demo)",
    "https://seoul-screen.example/rss": "Seoul Screen (demo)",
    "https://hallyu-wire.example/atom.xml": "Hallyu Wire (demo)",
}


@dataclass
class Session:
    locations: Locations
    settings: Settings
    store: Store

    @property
    def demo(self) -> bool:
        return self.locations.demo

    def close(self) -> None:
        self.store.close()


def demo_config() -> str:
    """The demo's own config: the bundled feeds, refreshed from the package, no network."""
    base = config.DEFAULT_CONFIG.split("\n[[feeds]]", 1)[0].rstrip() + "\n"
    blocks = "".join(
        config._feed_block(FeedConfig(url, title)) for url, title in DEMO_TITLES.items()
    )
    return base + blocks


def open_session(home: str | os.PathLike[str] | None = None, demo: bool = False) -> Session:
    """Resolve locations, load (or create) the config, open the cache and sync its feeds.

    Raises config.ConfigError or store.CacheError with a message for the user.
    """
    locations = resolve(home, demo)
    locations.ensure()
    if demo and not locations.config_file.exists():
        _write_private(locations.config_file, demo_config())
    settings = config.load(locations.config_file)
    store = Store.open(locations.cache_file)
    store.sync_feeds(settings.feeds)
    return Session(locations, settings, store)


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
