"""Pilot tests of the reader: every default key, the layouts, persistence, hostile titles."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.pilot import Pilot

from cachegen import FIXED_NOW, SHOWS, make_home, write_config
from dramatui.app import DramaApp
from dramatui.screens.feeds import FeedsScreen
from dramatui.screens.help import HelpScreen
from dramatui.screens.main import MainScreen
from dramatui.screens.picker import NamePicker, NumberPicker
from dramatui.session import open_session
from dramatui.store import FullArticle
from dramatui.widgets.article_list import ArticleList, relative_date
from dramatui.widgets.reading_pane import ReadingPane

WIDE = (140, 40)
NARROW = (80, 24)


async def settle(pilot: Pilot) -> None:
    """Let workers finish and their messages land (a message can start another worker)."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


@asynccontextmanager
async def running(
    home: Path, size: tuple[int, int] = WIDE
) -> AsyncIterator[tuple[DramaApp, Pilot]]:
    session = open_session(home=home)
    app = DramaApp(session, clock=lambda: FIXED_NOW)
    try:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            yield app, pilot
    finally:
        session.close()


def main(app: DramaApp) -> MainScreen:
    return app.main_screen


def alist(app: DramaApp) -> ArticleList:
    return app.main_screen.query_one(ArticleList)


def reader(app: DramaApp) -> ReadingPane:
    return app.main_screen.query_one(ReadingPane)


def line_text(app: DramaApp, y: int) -> str:
    return alist(app).render_line(y).text


def stored(app: DramaApp, article_id: int) -> FullArticle:
    article = app.store.article(article_id)
    assert article is not None
    return article


def status_text(app: DramaApp) -> str:
    return str(app.main_screen.status.render())


@pytest.fixture
def home30(tmp_path: Path) -> Path:
    return make_home(tmp_path / "home", 30)


def recording_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """BROWSER points at a script that appends the URL it gets to a file; returns the file."""
    log = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{log}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("BROWSER", str(script))
    return log


async def wait_for(pilot: Pilot, check: Callable[[], bool], seconds: float = 10.0) -> None:
    """Poll `check` (the browser launch is a separate process, finishing on its own time)."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await settle(pilot)
        await pilot.pause(0.05)


# -- first paint and rows ----------------------------------------------------------------


async def test_first_paint_shows_cached_rows_and_counts(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        assert len(alist(app).ids) == 30
        status = status_text(app)
        assert "30 articles" in status
        assert "23 unread" in status  # every 4th (i % 4 == 3) is read
        second = line_text(app, 1)
        assert "●" in second and "▶" in second  # unread, has two videos
        assert "K-Drama Daily"[:8] in line_text(app, 3)
        assert line_text(app, 0).rstrip().endswith("20m")


async def test_hostile_title_is_shown_literally(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        first = line_text(app, 0)
        assert "[Exclusive] [bold]Not bold[/b]" in first
        assert "\x1b" not in first
        await pilot.press("enter")
        await settle(pilot)
        title = str(reader(app).query_one("#reader-title").render())
        assert title.startswith("[Exclusive] [bold]Not bold[/b]")
        assert "[link=x]stays literal[/link]" in title
        assert "\x1b" not in title


def test_relative_dates() -> None:
    assert relative_date(FIXED_NOW - 30, FIXED_NOW) == "now"
    assert relative_date(FIXED_NOW - 3 * 3600, FIXED_NOW) == "3h"
    assert relative_date(FIXED_NOW - 2 * 86400, FIXED_NOW) == "2d"
    assert relative_date(FIXED_NOW - 400 * 86400, FIXED_NOW) == "1y"


# -- moving --------------------------------------------------------------------------------


async def test_j_k_and_arrows_move_the_cursor(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("j", "j", "down")
        assert alist(app).cursor == 3
        await pilot.press("k", "up")
        assert alist(app).cursor == 1


async def test_g_G_home_end_jump(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("G")
        assert alist(app).cursor == 29
        await pilot.press("g")
        assert alist(app).cursor == 0
        await pilot.press("end")
        assert alist(app).cursor == 29
        await pilot.press("home")
        assert alist(app).cursor == 0


async def test_enter_opens_article_and_marks_it_read(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("j", "enter")
        await settle(pilot)
        article_id = alist(app).ids[1]
        pane = reader(app)
        assert pane.article_id == article_id
        assert stored(app, article_id).read
        assert "22 unread" in status_text(app)
        assert "●" not in line_text(app, 1)
        body = str(pane.query_one("#reader-body").render())
        assert "We rewrote the last scene" in body
        assert "[image:" in body
        extras = str(pane.query_one("#reader-extras").render())
        assert "v1." in extras and "v2." in extras and "tv.naver.com" in extras
        assert "Link: https://news.example/story-000001" in extras


async def test_tab_and_shift_tab_move_focus_between_panes(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        assert app.focused is alist(app)
        await pilot.press("tab")
        assert app.focused is reader(app)
        await pilot.press("shift+tab")
        assert app.focused is alist(app)


async def test_space_b_pgdn_pgup_scroll_the_reading_pane(home30: Path) -> None:
    async with running(home30, size=(110, 14)) as (app, pilot):
        await pilot.press("j", "enter")
        await settle(pilot)
        pane = reader(app)
        assert pane.max_scroll_y > 0
        await pilot.press("space")
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert pane.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("pageup")
        await pilot.pause()
        assert pane.scroll_y == 0


async def test_n_and_N_jump_to_unread_articles(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("j", "j")  # index 2; index 3 is read
        await pilot.press("n")
        await settle(pilot)
        assert alist(app).cursor == 4
        assert reader(app).article_id == alist(app).ids[4]
        assert stored(app, alist(app).ids[4]).read
        await pilot.press("N")
        await settle(pilot)
        assert alist(app).cursor == 2  # 3 is read, 2 is still unread


async def test_m_toggles_read_and_M_marks_all_listed(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        first = alist(app).ids[0]
        await pilot.press("m")
        await settle(pilot)
        assert stored(app, first).read
        assert "22 unread" in status_text(app)
        await pilot.press("m")
        await settle(pilot)
        assert not stored(app, first).read
        await pilot.press("M")
        await settle(pilot)
        assert app.store.counts()[1] == 0
        assert "0 unread" in status_text(app)


async def test_star_toggles_and_survives_restart(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("j", "j", "asterisk", "j", "enter")
        await settle(pilot)
        starred, opened = alist(app).ids[2], alist(app).ids[3]
        assert "★" in line_text(app, 2)
        await pilot.press("q")
    async with running(home30) as (app, pilot):
        assert stored(app, starred).starred
        assert stored(app, opened).read
        assert "★" in line_text(app, 2)


async def test_slash_searches_full_text_and_escape_clears(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("slash")
        await pilot.press(*"watermelon")
        await pilot.press("enter")
        await settle(pilot)
        ids = alist(app).ids
        assert len(ids) == 3
        assert all("Twinkling Watermelon" in stored(app, i).title for i in ids)
        assert "search: watermelon" in status_text(app)
        assert app.focused is alist(app)
        await pilot.press("escape")
        await settle(pilot)
        assert len(alist(app).ids) == 30


async def test_u_toggles_unread_only(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("u")
        await settle(pilot)
        assert len(alist(app).ids) == 23
        assert "[unread]" in status_text(app)
        await pilot.press("u")
        await settle(pilot)
        assert len(alist(app).ids) == 30


async def test_o_opens_the_article_link_in_the_browser(
    home30: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = recording_browser(tmp_path, monkeypatch)
    async with running(home30) as (app, pilot):
        await pilot.press("j", "o")
        await wait_for(pilot, log.exists)
        assert log.read_text().splitlines() == ["https://news.example/story-000001"]


async def test_links_in_the_reading_pane_open_only_if_http(
    home30: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = recording_browser(tmp_path, monkeypatch)
    async with running(home30) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        pane = reader(app)
        pane.post_message(ReadingPane.OpenUrl("javascript:alert(1)"))
        await wait_for(pilot, lambda: any("only http" in n.message for n in app._notifications))
        pane.open_link(1)  # the body's first link, as a click on "[1]" does
        await wait_for(pilot, log.exists)
        assert log.read_text().splitlines() == ["https://press.example/story-000000"]


async def test_v_opens_one_video_or_picks_among_several(
    home30: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = recording_browser(tmp_path, monkeypatch)
    async with running(home30) as (app, pilot):
        await pilot.press("v")  # article 0: no video
        await settle(pilot)
        assert any("no videos" in n.message for n in app._notifications)
        await pilot.press("j", "v")  # article 1: two videos
        await settle(pilot)
        assert isinstance(app.screen, NumberPicker)
        await pilot.press("2")
        await wait_for(pilot, log.exists)
        assert log.read_text().splitlines() == ["https://tv.naver.com/v/10001"]
        await pilot.press("j", "v")  # article 2: one video, opened at once
        await wait_for(pilot, lambda: len(log.read_text().splitlines()) == 2)
        assert log.read_text().splitlines()[1] == "https://www.youtube.com/watch?v=clip000002"


# -- shows and actors ----------------------------------------------------------------------


async def test_s_and_a_pickers_filter_and_combine_and_c_clears(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("s")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, NamePicker)
        assert picker.shown[0] in SHOWS and len(picker.shown) == len(SHOWS)
        await pilot.press(*"glory", "enter")
        await settle(pilot)
        assert main(app).flt.show == "The Glory"
        glory = set(alist(app).ids)
        assert len(glory) == 3
        assert "show: The Glory" in status_text(app)
        await pilot.press("a")
        await settle(pilot)
        actors = app.screen
        assert isinstance(actors, NamePicker)
        actor = actors.shown[0]
        await pilot.press("enter")
        await settle(pilot)
        assert main(app).flt.show == "The Glory" and main(app).flt.actor == actor
        assert set(alist(app).ids) <= glory
        await pilot.press("c")
        await settle(pilot)
        assert len(alist(app).ids) == 30
        assert main(app).flt.show is None and main(app).flt.actor is None


async def test_chips_are_selectable_by_keyboard(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        pane = reader(app)
        assert pane.chips == [("show", SHOWS[0]), ("actor", "Kim Soo Hyun")]
        await pilot.press("tab", "right", "right", "enter")
        await settle(pilot)
        assert main(app).flt.actor == "Kim Soo Hyun"
        assert main(app).flt.show is None
        assert all("Kim Soo Hyun" in stored(app, i).actors for i in alist(app).ids)


async def test_chips_are_selectable_by_mouse(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        await pilot.click("#reader-chips", offset=(2, 0))
        await settle(pilot)
        assert main(app).flt.show == SHOWS[0]


# -- screens --------------------------------------------------------------------------------


async def test_question_mark_lists_every_binding(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = str(app.screen.query_one("#help-table").render())
        for binding in MainScreen.BINDINGS:
            assert isinstance(binding, Binding) and binding.id
            assert binding.id in table and binding.description in table
        assert "Command palette" in table
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_F_lists_feeds_and_enter_filters_by_one(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("F")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FeedsScreen)
        assert len(screen.feeds) == 3
        await pilot.press("enter")  # the first row: feeds are sorted by title
        await settle(pilot)
        assert main(app).flt.feed == "https://hallyu-wire.test/atom.xml"
        assert len(alist(app).ids) == 10


async def test_command_palette_runs_actions(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"toggle star")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert stored(app, alist(app).ids[0]).starred


async def test_q_quits(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0 or not app.is_running


async def test_keymap_from_config_rebinds_keys(tmp_path: Path) -> None:
    home = make_home(tmp_path / "home", 10)
    write_config(home, extra='[keymap]\nnext = "x"\n')
    async with running(home) as (app, pilot):
        await pilot.press("j")
        assert alist(app).cursor == 0
        await pilot.press("x")
        assert alist(app).cursor == 1
        await pilot.press("question_mark")
        await pilot.pause()
        table = str(app.screen.query_one("#help-table").render())
        assert any(line.strip().startswith("x ") and "next" in line for line in table.splitlines())


# -- layouts and states ---------------------------------------------------------------------


async def test_narrow_layout_shows_one_pane_at_a_time(home30: Path) -> None:
    async with running(home30, size=NARROW) as (app, pilot):
        screen = main(app)
        assert screen.has_class("narrow")
        assert alist(app).display and not reader(app).region.width
        await pilot.press("j", "enter")
        await settle(pilot)
        assert reader(app).region.width > 0 and alist(app).region.width == 0
        assert reader(app).article_id == alist(app).ids[1]
        await pilot.press("j")  # while reading, next article turns the page
        await settle(pilot)
        assert reader(app).article_id == alist(app).ids[2]
        await pilot.press("escape")
        await pilot.pause()
        assert alist(app).region.width > 0 and app.focused is alist(app)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("backspace")
        await pilot.pause()
        assert alist(app).region.width > 0


async def test_empty_cache_shows_how_to_add_feeds(home: Path) -> None:
    async with running(home) as (app, pilot):
        empty = str(app.main_screen.query_one("#empty").render())
        assert "dramatui feeds add URL" in empty
        assert "press r" in empty and "--demo" in empty
        assert "0 articles" in status_text(app)
        await pilot.press(
            "j", "enter", "m", "asterisk", "o", "v", "n"
        )  # nothing to act on: no crash
        await settle(pilot)


async def test_no_match_state_says_how_to_clear(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("slash", *"zzzzqqq", "enter")
        await settle(pilot)
        empty = str(app.main_screen.query_one("#empty").render())
        assert "No articles match" in empty and "Press c" in empty


def test_stylesheet_ships_in_the_package() -> None:
    from dramatui.styles import stylesheet

    path = stylesheet("app.tcss")
    assert path.is_file() and "ArticleList" in path.read_text()
    assert os.path.samefile(DramaApp.CSS_PATH, path)
