"""Snapshots of what the reader looks like: main screen wide and narrow, help, feeds.

Deterministic: the cache comes from `cachegen` with fixed dates and the app's clock is
frozen at `FIXED_NOW`. Update with `pytest --snapshot-update` after a deliberate change.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from cachegen import FIXED_NOW, make_home
from dramatui.app import DramaApp
from dramatui.session import Session, open_session


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = open_session(home=make_home(tmp_path / "home", 40))
    yield opened
    opened.close()


async def settle(pilot: Pilot) -> None:
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_main_wide(snap_compare, session: Session) -> None:
    async def open_second(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)

    app = DramaApp(session, clock=lambda: FIXED_NOW)
    assert snap_compare(app, terminal_size=(140, 40), run_before=open_second)


def test_main_narrow_list(snap_compare, session: Session) -> None:
    app = DramaApp(session, clock=lambda: FIXED_NOW)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_main_narrow_article(snap_compare, session: Session) -> None:
    async def open_second(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)

    app = DramaApp(session, clock=lambda: FIXED_NOW)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_second)


def test_help_screen(snap_compare, session: Session) -> None:
    async def open_help(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    app = DramaApp(session, clock=lambda: FIXED_NOW)
    assert snap_compare(app, terminal_size=(140, 40), run_before=open_help)


def test_feeds_screen(snap_compare, session: Session) -> None:
    async def open_feeds(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)

    app = DramaApp(session, clock=lambda: FIXED_NOW)
    assert snap_compare(app, terminal_size=(140, 40), run_before=open_feeds)
