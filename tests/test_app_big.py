"""The reader over a cache of 100,000 articles: opens, moves, searches and quits."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from cachegen import FIXED_NOW, make_home
from dramatui.app import DramaApp
from dramatui.session import open_session
from dramatui.widgets.article_list import ArticleList

BIG = 100_000


async def settle(pilot: Pilot) -> None:
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def test_a_hundred_thousand_articles(tmp_path: Path) -> None:
    session = open_session(home=make_home(tmp_path / "home", BIG))
    app = DramaApp(session, clock=lambda: FIXED_NOW)
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            articles = app.main_screen.query_one(ArticleList)
            assert len(articles.ids) == BIG
            assert "100,000 articles" in str(app.main_screen.status.render())
            # Only the rows drawn so far were fetched, never the whole list.
            assert len(articles._rows) < 1000
            await pilot.press("G")
            await pilot.pause()
            assert articles.cursor == BIG - 1
            last = articles.row(BIG - 1)
            assert last is not None
            line = articles.render_line(articles.cursor - int(articles.scroll_y)).text
            assert last.title[:30] in line
            await pilot.press("k", "k", "enter")
            await settle(pilot)
            assert app.main_screen.reader.article_id == articles.ids[BIG - 3]
            await pilot.press("g", "j", "j")
            assert articles.cursor == 2
            await pilot.press("slash", *"watermelon", "enter")
            await settle(pilot)
            assert len(articles.ids) == BIG // 10
            await pilot.press("escape")
            await settle(pilot)
            assert len(articles.ids) == BIG
            await pilot.press("q")
    finally:
        session.close()
