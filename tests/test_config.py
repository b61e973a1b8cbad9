"""Settings: defaults, validation errors that name the key, feed editing that keeps comments."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest

from dramatui import config
from dramatui.config import ConfigError, FeedConfig
from dramatui.locations import resolve


def test_missing_config_is_created_with_defaults_and_private(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    settings = config.load(path)
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert settings.concurrency == 8 and settings.per_host == 2
    assert len(settings.feeds) >= 4
    assert all(f.title for f in settings.feeds)
    assert all(f.url.startswith("https://") for f in settings.feeds)


def test_default_config_text_matches_dataclass_defaults() -> None:
    parsed = config.parse(tomllib.loads(config.DEFAULT_CONFIG))
    defaults = config.Settings()
    for name in (
        "concurrency",
        "per_host",
        "deadline",
        "max_response_mb",
        "refresh_interval",
        "retention",
    ):
        assert getattr(parsed, name) == getattr(defaults, name), name


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("concurrency = 'many'", "concurrency"),
        ("concurrency = 0", "concurrency"),
        ("per_hots = 2", "per_hots"),
        ("[retention]\ndays = -1", "retention.days"),
        ("[retention]\nweeks = 1", "retention.weeks"),
        ("browser_command = 'firefox'", "browser_command"),
        ("[[feeds]]\nurl = 'file:///etc/passwd'", "feeds[0].url"),
        (
            "[[feeds]]\nurl = 'https://a.example/feed'\nfull_text = 'sometimes'",
            "feeds[0].full_text",
        ),
        ("[entities]\nban_actors = 'x'", "entities.ban_actors"),
        ("[keymap]\nnext = 3", "keymap.next"),
    ],
)
def test_invalid_settings_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        config.load(path)
    assert key in str(err.value)
    assert path.read_text(encoding="utf-8") == text  # never overwritten


def test_broken_toml_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("concurrency = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.load(path)
    assert path.read_text(encoding="utf-8") == "concurrency = ["


def test_add_and_remove_feed_keep_comments(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "# my settings\nconcurrency = 4\n\n[[feeds]]\nurl = 'https://a.example/feed'\n"
        "title = 'A'\n\n[[feeds]]\nurl = 'https://b.example/feed'\n",
        encoding="utf-8",
    )
    assert config.add_feed(path, FeedConfig("https://c.example/rss", 'C "quoted"', ("x",)))
    assert not config.add_feed(path, FeedConfig("https://c.example/rss"))
    settings = config.load(path)
    assert [f.url for f in settings.feeds] == [
        "https://a.example/feed",
        "https://b.example/feed",
        "https://c.example/rss",
    ]
    assert settings.feeds[2].title == 'C "quoted"' and settings.feeds[2].tags == ("x",)
    assert config.remove_feed(path, "https://a.example/feed")
    assert not config.remove_feed(path, "https://a.example/feed")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# my settings\nconcurrency = 4\n")
    assert [f.url for f in config.load(path).feeds] == [
        "https://b.example/feed",
        "https://c.example/rss",
    ]


def test_locations_home_and_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAMATUI_HOME", str(tmp_path / "env"))
    loc = resolve()
    assert loc.config_file == tmp_path / "env" / "config.toml"
    assert loc.cache_file == tmp_path / "env" / "cache.db"
    explicit = resolve(tmp_path / "flag")
    assert explicit.cache_file == tmp_path / "flag" / "cache.db"
    demo = resolve(tmp_path / "flag", demo=True)
    assert demo.cache_file != explicit.cache_file and demo.demo
    assert demo.config_file.parent == demo.cache_file.parent
    monkeypatch.delenv("DRAMATUI_HOME")
    default = resolve()
    assert "dramatui" in str(default.cache_file)


def test_set_entity_list_edits_only_that_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "# mine\n[entities]\nban_actors = ['X']\n\n[[feeds]]\nurl = 'https://a.example/f'\n",
        encoding="utf-8",
    )
    config.set_entity_list(path, "follow_shows", ['Queen of "Tears"', "Moving"])
    config.set_entity_list(path, "follow_actors", ["IU"])
    config.set_entity_list(path, "follow_actors", ["IU", "Rowoon"])
    settings = config.load(path)
    assert settings.entities.follow_shows == ('Queen of "Tears"', "Moving")
    assert settings.entities.follow_actors == ("IU", "Rowoon")
    assert settings.entities.ban_actors == ("X",)
    assert [f.url for f in settings.feeds] == ["https://a.example/f"]
    assert path.read_text(encoding="utf-8").startswith("# mine\n")
    bare = tmp_path / "bare.toml"
    bare.write_text("concurrency = 3", encoding="utf-8")
    config.set_entity_list(bare, "follow_shows", ["Moving"])
    assert config.load(bare).entities.follow_shows == ("Moving",)
    assert config.load(bare).concurrency == 3
