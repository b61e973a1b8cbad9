"""The refresh key against a real loopback server: new articles, offline, per-feed errors."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot

from cachegen import FIXED_NOW, fill, write_config
from dramatui.app import DramaApp
from dramatui.screens.feeds import FeedsScreen
from dramatui.session import open_session
from dramatui.widgets.article_list import ArticleList
from feedserver import FeedServer
from test_app import settle, status_text, stored

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Loopback Drama News</title><link>https://loopback.example/</link>
<description>Fresh stories</description>
<item><title>Night-shift romance 'Salt and Honey' adds a rival chef</title>
<link>https://loopback.example/salt-and-honey-rival</link><guid>lb-1</guid>
<pubDate>Mon, 27 Jul 2026 09:00:00 +0000</pubDate>
<description>&lt;p&gt;The kitchen drama casts a rival chef for its second half.&lt;/p&gt;</description></item>
<item><title>[Teaser] 'Glass Garden' shows its first greenhouse scene</title>
<link>https://loopback.example/glass-garden-teaser</link><guid>lb-2</guid>
<pubDate>Mon, 27 Jul 2026 08:00:00 +0000</pubDate>
<description>&lt;p&gt;A one-minute teaser lingers on the greenhouse set.&lt;/p&gt;</description></item>
</channel></rss>
"""


@asynccontextmanager
async def running(
    home: Path, feeds: tuple[tuple[str, str], ...], cached: int = 0
) -> AsyncIterator[tuple[DramaApp, Pilot]]:
    write_config(home, feeds, extra="[retention]\ndays = 0\nper_feed = 0\n")
    session = open_session(home=home)
    if cached:
        fill(session.store, cached, feeds=feeds)
    app = DramaApp(session, clock=lambda: FIXED_NOW)
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            yield app, pilot
    finally:
        session.close()


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_r_refreshes_in_the_background_and_keeps_the_cursor(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.set_route("/drama.xml", RSS.encode())
    feed_server.latency = 0.3
    feeds = ((feed_server.url("/drama.xml"), "Loopback Drama"),)
    async with running(tmp_path / "home", feeds, cached=12) as (app, pilot):
        articles = app.main_screen.query_one(ArticleList)
        await pilot.press("j", "j", "j", "enter")
        await settle(pilot)
        reading = articles.current_id
        await pilot.press("r")
        await pilot.pause()
        assert "refreshing" in status_text(app)
        await settle(pilot)
        assert feed_server.hits["/drama.xml"] == 1
        assert len(articles.ids) == 14
        assert articles.current_id == reading  # the new ones arrived above, cursor stayed
        assert articles.cursor == 5
        titles = [stored(app, i).title for i in articles.ids[:2]]
        assert titles[1] == "[Teaser] 'Glass Garden' shows its first greenhouse scene"
        assert "2 new" in status_text(app)
        assert "refreshing" not in status_text(app)


async def test_unreachable_network_shows_offline_and_keeps_cached_articles(tmp_path: Path) -> None:
    feeds = ((f"http://127.0.0.1:{free_port()}/feed.xml", "Nowhere"),)
    async with running(tmp_path / "home", feeds, cached=5) as (app, pilot):
        await pilot.press("r")
        await settle(pilot)
        assert "offline — showing cached articles" in status_text(app)
        assert len(app.main_screen.query_one(ArticleList).ids) == 5


async def test_feed_errors_show_in_status_and_on_the_feeds_screen(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.set_route("/good.xml", RSS.encode())
    feeds = (
        (feed_server.url("/good.xml"), "Good Feed"),
        (feed_server.url("/_status/500"), "Broken Feed"),
    )
    async with running(tmp_path / "home", feeds) as (app, pilot):
        await pilot.press("r")
        await settle(pilot)
        status = status_text(app)
        assert "1 feed failed" in status and "offline" not in status
        assert len(app.main_screen.query_one(ArticleList).ids) == 2
        await pilot.press("F")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FeedsScreen)
        broken = screen.feed_status_text(feed_server.url("/_status/500"))
        assert broken.startswith("error:") and "500" in broken
        assert screen.feed_status_text(feed_server.url("/good.xml")) == "ok, 2 new"


async def test_demo_mode_loads_the_bundled_feeds_into_an_empty_cache(tmp_path: Path) -> None:
    session = open_session(home=tmp_path / "home", demo=True)
    assert session.store.counts()[0] == 0
    app = DramaApp(session, clock=lambda: FIXED_NOW)
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            articles = app.main_screen.query_one(ArticleList)
            assert len(articles.ids) > 10
            assert "refreshing" not in status_text(app)
            assert "new" in status_text(app)
    finally:
        session.close()
