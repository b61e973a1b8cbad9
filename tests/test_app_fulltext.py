"""Full text in the reader against a real loopback server: the page key, pages filling in
during a refresh, re-extraction on start; and links and videos by keyboard."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from textual.content import Content

from cachegen import FIXED_NOW, write_config
from dramatui.app import DramaApp
from dramatui.screens.picker import NumberPicker
from dramatui.session import open_session
from dramatui.widgets.article_list import ArticleList
from dramatui.widgets.status_bar import StatusBar
from feedserver import FeedServer
from test_app import alist, reader, recording_browser, running, settle, stored, wait_for

PAGE = """<!doctype html><html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/drama">Drama</a> <a href="/music">Music</a></nav>
<article><h1>{title}</h1>
<p>{first}</p>
<p>The production team spent three weeks building a glass greenhouse on a lot outside
Paju, and the art director says every pane was hand-fitted so the morning light would
fall across the leads in the same way for each take of the confession scene.</p>
<p>Cast members described long nights on set, with the camera crew waiting for fog to
roll in from the river before the final shot of the episode could be filmed again.</p>
<p>The broadcaster plans a behind-the-scenes special after the finale, with interviews
from the writer, the director and the two leads about the ending they chose together.</p>
<p>Viewers can expect the second half of the season to move faster, the writer hinted,
with a rival florist arriving in episode nine and an old letter changing everything.</p>
</article>
<aside><h3>Most read</h3><ul><li>Ratings roundup</li><li>Casting news</li></ul></aside>
</body></html>"""

PROGRESS = re.compile(r"full text (\d+/\d+)")
FIRST = (
    "Only the full page says this: the greenhouse set took twenty-one days to finish and "
    "the lead actress learned to graft roses for her character."
)


def teaser_feed(server: FeedServer, slugs: list[str]) -> bytes:
    items = "".join(
        f"<item><title>'Glass Garden' diary, part {n}</title>"
        f"<link>{server.url('/news/' + slug)}</link><guid>gg-{n}</guid>"
        f"<pubDate>Mon, 27 Jul 2026 0{9 - n}:00:00 +0000</pubDate>"
        "<description>A short look at the greenhouse set… Continue reading</description></item>"
        for n, slug in enumerate(slugs, 1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Glass Garden Diaries</title><link>https://diaries.example/</link>"
        f"{items}</channel></rss>"
    ).encode()


def serve_pages(server: FeedServer, slugs: list[str]) -> None:
    for n, slug in enumerate(slugs, 1):
        title = f"'Glass Garden' diary, part {n}"
        page = PAGE.format(title=title, first=FIRST)
        server.set_route("/news/" + slug, page.encode(), "text/html; charset=utf-8")


def teaser_home(tmp_path: Path, server: FeedServer, page_budget: int) -> Path:
    home = tmp_path / "home"
    feeds = ((server.url("/diaries.xml"), "Glass Garden Diaries"),)
    write_config(home, feeds, extra=f"page_budget = {page_budget}")
    return home


def text_of(app: DramaApp, part: str) -> str:
    return str(reader(app).query_one(f"#reader-{part}").render())


def record_statuses(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every status line shown, with how many rows the list had at that moment."""
    seen: list[tuple[str, int]] = []
    original = StatusBar.update_status

    def update(bar: StatusBar, **changes: object) -> None:
        original(bar, **changes)
        rows = len(bar.screen.query_one("#list", ArticleList).ids) if bar.is_attached else 0
        seen.append((str(StatusBar.render_status(bar.status)), rows))

    monkeypatch.setattr(StatusBar, "update_status", update)
    return seen


# -- the page key ------------------------------------------------------------------------


async def test_p_fetches_the_open_article_page_and_a_404_says_so(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    slugs = ["glass-garden-1", "glass-garden-2"]
    serve_pages(feed_server, slugs[:1])  # the second page is missing: 404
    feed_server.set_route("/diaries.xml", teaser_feed(feed_server, slugs))
    async with running(teaser_home(tmp_path, feed_server, page_budget=0)) as (app, pilot):
        await pilot.press("r")
        await settle(pilot)
        assert len(alist(app).ids) == 2 and feed_server.hits["/news/glass-garden-1"] == 0
        await pilot.press("enter")
        await settle(pilot)
        assert "Only the full page says this" not in text_of(app, "body")
        assert text_of(app, "note") == ""
        await pilot.press("p")
        await settle(pilot)
        assert feed_server.hits["/news/glass-garden-1"] == 1
        assert text_of(app, "note") == "(full text from the article page)"
        assert "Only the full page says this" in text_of(app, "body")
        assert "Most read" not in text_of(app, "body")
        assert stored(app, alist(app).ids[0]).page_html
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert text_of(app, "note") == "(page: HTTP 404)"
        assert any(n.message == "page: HTTP 404" for n in app._notifications)


async def test_p_without_an_open_article_says_what_to_do(tmp_path: Path) -> None:
    home = tmp_path / "home"
    write_config(home, ())
    async with running(home) as (app, pilot):
        await pilot.press("p")
        await settle(pilot)
        assert any("Open an article first" in n.message for n in app._notifications)


async def test_p_in_the_demo_explains_instead_of_failing(tmp_path: Path) -> None:
    session = open_session(home=tmp_path / "home", demo=True)
    app = DramaApp(session, clock=lambda: FIXED_NOW)
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            assert alist(app).ids, "the demo fills its cache on start"
            await pilot.press("enter")
            await settle(pilot)
            article_id = reader(app).article_id
            assert article_id is not None
            await pilot.press("p")
            await settle(pilot)
            assert any("demo works offline" in n.message for n in app._notifications)
            article = session.store.article(article_id)
            assert article is not None and article.page_status is None  # nothing was fetched
    finally:
        session.close()


# -- pages during a refresh --------------------------------------------------------------


async def test_refresh_lists_feeds_first_then_fills_in_full_text(
    tmp_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    slugs = ["glass-garden-1", "glass-garden-2", "glass-garden-3", "glass-garden-4"]
    serve_pages(feed_server, slugs)
    feed_server.set_route("/diaries.xml", teaser_feed(feed_server, slugs[:3]))
    seen = record_statuses(monkeypatch)
    async with running(teaser_home(tmp_path, feed_server, page_budget=0)) as (app, pilot):
        await pilot.press("r")  # no pages yet: budget 0
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        opened = alist(app).current_id
        assert text_of(app, "note") == ""
        app.update_settings(replace(app.settings, page_budget=10))
        feed_server.set_route("/diaries.xml", teaser_feed(feed_server, slugs))  # one more
        feed_server.latency = 0.2  # pages arrive one by one, after the feed
        seen.clear()
        await pilot.press("r")
        await settle(pilot)
        pages = [(m.group(1), rows) for text, rows in seen if (m := PROGRESS.search(text))]
        shown = [done for done, _ in pages]
        assert shown[-1] == "4/4" and "1/4" in shown
        assert all(rows == 4 for _, rows in pages)  # the new article listed before any page
        status = str(app.main_screen.status.render())
        assert "refreshing" not in status and "1 new, full text of 4" in status
        # The open article shows its full text; the cursor did not move.
        assert alist(app).current_id == opened and reader(app).article_id == opened
        assert text_of(app, "note") == "(full text from the article page)"
        assert "Only the full page says this" in text_of(app, "body")


# -- re-extraction on start --------------------------------------------------------------


async def test_stale_extraction_is_redone_on_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cachegen import make_home

    home = make_home(tmp_path / "home", 30)
    session = open_session(home=home)
    cache = session.locations.cache_file
    session.close()
    conn = sqlite3.connect(cache)
    with conn:
        conn.execute("UPDATE articles SET derived_version = 'old-extractor'")
    conn.close()
    seen = record_statuses(monkeypatch)
    async with running(home) as (app, pilot):
        await settle(pilot)
        assert any("re-extracting 0/30" in text for text, _ in seen)
        assert any("re-extracting 30/30" in text for text, _ in seen)
        assert "re-extracting" not in str(app.main_screen.status.render())
        assert app.store.stale_count("old-extractor") == 30  # none left on the old version
        assert any("re-extracted for 30 articles" in n.message for n in app._notifications)
        assert len(alist(app).ids) == 30


async def test_fresh_cache_is_not_re_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cachegen import make_home

    seen = record_statuses(monkeypatch)
    async with running(make_home(tmp_path / "home", 10)) as (app, pilot):
        assert not any("re-extracting" in text for text, _ in seen)


# -- links and videos by keyboard --------------------------------------------------------


async def test_L_lists_the_links_and_opens_the_chosen_one(
    home30: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = recording_browser(tmp_path, monkeypatch)
    async with running(home30) as (app, pilot):
        await pilot.press("L")
        await settle(pilot)
        assert any("Open an article first" in n.message for n in app._notifications)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, NumberPicker)
        assert picker.entries == reader(app).links
        assert picker.entries[0] == "https://press.example/story-000000"
        await pilot.press("1")
        await wait_for(pilot, log.exists)
        assert log.read_text().splitlines() == ["https://press.example/story-000000"]


async def test_video_entries_open_on_enter_and_on_click(
    home30: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = recording_browser(tmp_path, monkeypatch)
    async with running(home30) as (app, pilot):
        await pilot.press("j", "enter", "tab")  # article 1: two chips, then two videos
        await settle(pilot)
        pane = reader(app)
        assert pane.targets[:4] == [("chip", 0), ("chip", 1), ("video", 1), ("video", 2)]
        await pilot.press("right", "right", "right", "right")
        assert pane.target == ("video", 2)
        extras = pane.query_one("#reader-extras").render()
        assert isinstance(extras, Content)
        chosen = [span for span in extras.spans if "reverse" in str(span.style)]
        assert [extras.plain[s.start : s.end] for s in chosen] == [
            "[naver] https://tv.naver.com/v/10001"
        ]
        await pilot.press("enter")
        await wait_for(pilot, log.exists)
        assert log.read_text().splitlines() == ["https://tv.naver.com/v/10001"]
        await pilot.click("#reader-extras", offset=(8, 1))  # "v1. [youtube] https://…"
        await wait_for(pilot, lambda: len(log.read_text().splitlines()) == 2)
        assert log.read_text().splitlines()[1] == "https://www.youtube.com/watch?v=teaser00001"


async def test_o_and_v_act_on_the_article_being_read_when_the_reader_has_focus(
    home30: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = recording_browser(tmp_path, monkeypatch)
    async with running(home30) as (app, pilot):
        await pilot.press("j", "enter", "j", "j")  # reading 1, cursor on 3
        await settle(pilot)
        await pilot.press("tab", "o")
        await wait_for(pilot, log.exists)
        assert log.read_text().splitlines() == ["https://news.example/story-000001"]
        await pilot.press("v")  # article 1 has two videos: the picker, not article 3's none
        await settle(pilot)
        assert isinstance(app.screen, NumberPicker)
        await pilot.press("escape", "shift+tab", "o")
        await wait_for(pilot, lambda: len(log.read_text().splitlines()) == 2)
        assert log.read_text().splitlines()[1] == "https://news.example/story-000003"


@pytest.fixture
def home30(tmp_path: Path) -> Path:
    from cachegen import make_home

    return make_home(tmp_path / "home", 30)
