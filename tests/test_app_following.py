"""Following shows and actors: the picker key saves to config.toml, the Following view (w)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import OptionList

from cachegen import make_home, write_config
from dramatui.app import DramaApp
from dramatui.screens.picker import NamePicker
from dramatui.store import ArticleFilter
from test_app import alist, running, settle, status_text, stored


@pytest.fixture
def home30(tmp_path: Path) -> Path:
    return make_home(tmp_path / "home", 30)


def follows_on_disk(home: Path) -> tuple[list[str], list[str]]:
    data = tomllib.loads((home / "config.toml").read_text(encoding="utf-8"))
    entities = data.get("entities", {})
    return entities.get("follow_shows", []), entities.get("follow_actors", [])


def option_text(picker: NamePicker, index: int) -> str:
    return str(picker.query_one(OptionList).get_option_at_index(index).prompt)


def empty_text(app: DramaApp) -> str:
    return str(app.main_screen.query_one("#empty").render())


async def test_follow_key_in_pickers_saves_and_survives_restart(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("s")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, NamePicker)
        assert "^f: follow ♥" in str(picker.query_one("#picker-help").render())
        await pilot.press(*"glory", "ctrl+f")
        await settle(pilot)
        assert option_text(picker, 0).startswith("♥ The Glory")
        assert follows_on_disk(home30) == (["The Glory"], [])
        assert app.settings.entities.follow_shows == ("The Glory",)
        await pilot.press("escape", "a")
        await settle(pilot)
        actors = app.screen
        assert isinstance(actors, NamePicker)
        await pilot.press(*"song kang", "ctrl+f", "escape")
        await settle(pilot)
        assert follows_on_disk(home30) == (["The Glory"], ["Song Kang"])
    async with running(home30) as (app, pilot):
        assert app.settings.entities.follow_actors == ("Song Kang",)
        await pilot.press("s")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, NamePicker)
        index = picker.shown.index("The Glory")
        assert option_text(picker, index).startswith("♥")
        assert not option_text(picker, (index + 1) % len(picker.shown)).startswith("♥")
        await pilot.press(*"glory", "ctrl+f")  # unfollow
        await settle(pilot)
        assert follows_on_disk(home30) == ([], ["Song Kang"])
        assert app.settings.entities.follow_shows == ()


async def test_following_view_lists_only_followed_shows_and_actors(tmp_path: Path) -> None:
    home = make_home(tmp_path / "home", 30)
    write_config(
        home, extra='[entities]\nfollow_shows = ["The Glory"]\nfollow_actors = ["Song Kang"]\n'
    )
    async with running(home) as (app, pilot):
        following = (("show", "The Glory"), ("actor", "Song Kang"))
        expected = app.store.query_ids(ArticleFilter(following=following))
        assert 3 < len(expected) < 30
        await pilot.press("w")
        await settle(pilot)
        ids = alist(app).ids
        assert ids == expected
        for article_id in ids:
            article = stored(app, article_id)
            assert "The Glory" in article.shows or "Song Kang" in article.actors
        matching, unread = app.store.counts(ArticleFilter(following=following))
        status = status_text(app)
        assert "[following 1 show + 1 actor]" in status
        assert f"{matching} articles · {unread} unread" in status
        await pilot.press("u")  # filters combine with the view
        await settle(pilot)
        assert len(alist(app).ids) == unread
        await pilot.press("u", "w")
        await settle(pilot)
        assert len(alist(app).ids) == 30 and "following" not in status_text(app)


async def test_following_nothing_explains_and_fills_in_once_followed(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert alist(app).ids == []
        text = empty_text(app)
        assert "You don't follow any show or actor yet" in text and "^f" in text
        assert "[following nothing yet]" in status_text(app) and "0 articles" in status_text(app)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press(*"moving", "ctrl+f", "escape")
        await settle(pilot)
        ids = alist(app).ids
        assert ids and all("Moving" in stored(app, i).shows for i in ids)
        assert "[following 1 show]" in status_text(app)
        await pilot.press("c")  # clearing filters leaves the view
        await settle(pilot)
        assert len(alist(app).ids) == 30


async def test_a_config_that_cannot_be_saved_is_reported_not_fatal(home30: Path) -> None:
    async with running(home30) as (app, pilot):
        config = home30 / "config.toml"
        config.write_text(config.read_text() + "\nbroken = [\n", encoding="utf-8")
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert any("Could not save what you follow" in n.message for n in app._notifications)
        assert app.settings.entities.follow_shows == ()  # back to what is on disk
        assert app.is_running


async def test_help_and_palette_offer_the_new_actions(home30: Path) -> None:
    from dramatui.commands import DramaCommands
    from dramatui.screens.help import HelpScreen

    async with running(home30) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = str(app.screen.query_one("#help-table").render())
        for words in ("following", "fetch_page", "links", "picker_follow", "^f", "Show and actor"):
            assert words in table
        await pilot.press("escape")
        names = [name for name, _, _ in DramaCommands(app.screen)._commands()]
        assert {"Following", "Fetch the full page now", "Links of the open article"} <= set(names)
        assert "Follow / unfollow the name" not in names  # only inside a picker
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"following")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.following_view
