"""Settings: one typed object loaded from `config.toml`, with defaults and clear errors.

A missing config file is created from `DEFAULT_CONFIG`; a broken one is reported with
the offending key and never overwritten. Feeds live in the config as `[[feeds]]`
tables; `add_feed` / `remove_feed` edit the file as text so the user's comments stay.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dramatui.content.sanitize import safe_url


class ConfigError(Exception):
    """The config file is unreadable or invalid; the message names the file and key."""


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """One subscribed feed."""

    url: str
    title: str = ""
    tags: tuple[str, ...] = ()
    full_text: str = "auto"  # "auto" | "always" | "never": fetch the article page for full text


@dataclass(frozen=True, slots=True)
class Retention:
    """How long articles are kept. Starred articles are always kept."""

    days: int = 180  # 0 keeps articles forever
    per_feed: int = 1000  # newest N per feed; 0 keeps all


@dataclass(frozen=True, slots=True)
class EntitySettings:
    """The user's word on shows and actors: aliases, extra names, bans."""

    aliases: dict[str, str] = field(default_factory=dict)
    shows: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    ban_shows: tuple[str, ...] = ()
    ban_actors: tuple[str, ...] = ()
    follow_shows: tuple[str, ...] = ()
    follow_actors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting dramatui reads, with its default."""

    feeds: tuple[FeedConfig, ...] = ()
    refresh_on_start: bool = True
    refresh_interval: int = 30  # minutes between automatic refreshes in the TUI; 0 = never
    concurrency: int = 8  # simultaneous requests overall
    per_host: int = 2  # simultaneous requests to one host
    connect_timeout: float = 10.0  # seconds
    read_timeout: float = 20.0  # seconds
    deadline: float = 30.0  # seconds for one whole feed download
    max_response_mb: float = 10.0  # cap on a decompressed response body
    retention: Retention = field(default_factory=Retention)
    browser_command: tuple[
        str, ...
    ] = ()  # empty: the system browser (Python's webbrowser, honours BROWSER)
    video_command: tuple[str, ...] = ()  # e.g. ["mpv", "{url}"]; empty: same as browser
    video_commands: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per platform
    theme: str = "textual-dark"
    keymap: dict[str, str] = field(
        default_factory=dict
    )  # binding id -> keys, e.g. "next" = "j,down"
    page_budget: int = 200  # article pages fetched per refresh for full text
    entities: EntitySettings = field(default_factory=EntitySettings)

    @property
    def max_response_bytes(self) -> int:
        return int(self.max_response_mb * 1024 * 1024)


DEFAULT_FEEDS: tuple[FeedConfig, ...] = (
    FeedConfig("https://www.soompi.com/feed", "Soompi", ("news",)),
    FeedConfig("https://www.dramabeans.com/feed/", "Dramabeans", ("recaps",)),
    FeedConfig("https://www.koreaboo.com/feed/", "Koreaboo", ("news",)),
    FeedConfig("https://www.allkpop.com/rss", "allkpop", ("news",)),
    FeedConfig("https://kbizoom.com/feed/", "KBIZoom", ("news",)),
    FeedConfig(
        "https://www.koreatimes.co.kr/www/rss/entertainment.xml",
        "The Korea Times: Entertainment",
        ("news",),
    ),
)


def _feeds_toml(feeds: tuple[FeedConfig, ...]) -> str:
    return "".join(_feed_block(f) for f in feeds)


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def _feed_block(feed: FeedConfig) -> str:
    lines = ["", "[[feeds]]", f"url = {_toml_str(feed.url)}"]
    if feed.title:
        lines.append(f"title = {_toml_str(feed.title)}")
    if feed.tags:
        lines.append("tags = [" + ", ".join(_toml_str(t) for t in feed.tags) + "]")
    if feed.full_text != "auto":
        lines.append(f"full_text = {_toml_str(feed.full_text)}")
    return "\n".join(lines) + "\n"


DEFAULT_CONFIG = f"""\
# dramatui configuration. Every key is optional; the values shown are the defaults.

# Refresh all feeds when the app starts, and every N minutes while it runs (0: never).
refresh_on_start = true
refresh_interval = 30

# Network: simultaneous requests overall and per host, timeouts in seconds,
# and the largest (decompressed) response accepted, in MB.
concurrency = 8
per_host = 2
connect_timeout = 10
read_timeout = 20
deadline = 30
max_response_mb = 10

# Article pages fetched per refresh to get the full text of teaser-only feeds.
page_budget = 200

# Opening links and videos. Empty lists use the system browser (the BROWSER variable
# is honoured). Commands are argument lists, run without a shell; "{{url}}" is replaced.
browser_command = []
video_command = []
# video_commands = {{ youtube = ["mpv", "{{url}}"] }}

theme = "textual-dark"

[retention]
days = 180      # 0 keeps articles forever; starred articles are always kept
per_feed = 1000 # newest N per feed; 0 keeps all

[keymap]
# binding id = "keys", e.g. next = "j,down"  (press ? in the app to see the ids)

[entities]
# aliases = {{ "Lee Minho" = "Lee Min Ho" }}
# shows = ["A show the extractor misses"]
# actors = ["An actor the extractor misses"]
# ban_shows = ["A false show"]
# ban_actors = ["A false actor"]
{_feeds_toml(DEFAULT_FEEDS)}"""

_INT_KEYS = {"refresh_interval": 0, "concurrency": 1, "per_host": 1, "page_budget": 0}
_FLOAT_KEYS = {
    "connect_timeout": 0.1,
    "read_timeout": 0.1,
    "deadline": 0.1,
    "max_response_mb": 0.01,
}
_TOP_KEYS = (
    set(_INT_KEYS)
    | set(_FLOAT_KEYS)
    | {
        "feeds",
        "refresh_on_start",
        "retention",
        "browser_command",
        "video_command",
        "video_commands",
        "theme",
        "keymap",
        "entities",
    }
)
FULL_TEXT_MODES = ("auto", "always", "never")


def load(path: Path, create: bool = True) -> Settings:
    """Load settings from `path`, creating it with the defaults when it does not exist."""
    if not path.exists():
        if not create:
            return parse(tomllib.loads(DEFAULT_CONFIG), str(path))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(DEFAULT_CONFIG)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return parse(data, str(path))


def parse(data: dict[str, Any], where: str = "config") -> Settings:
    """Validate a decoded TOML document into Settings; errors name the bad key."""
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    values: dict[str, Any] = {}
    for key, minimum in _INT_KEYS.items():
        if key in data:
            values[key] = _number(data[key], key, where, int, minimum)
    for key, fminimum in _FLOAT_KEYS.items():
        if key in data:
            values[key] = float(_number(data[key], key, where, float, fminimum))
    if "refresh_on_start" in data:
        if not isinstance(data["refresh_on_start"], bool):
            raise ConfigError(f"{where}: 'refresh_on_start' must be true or false")
        values["refresh_on_start"] = data["refresh_on_start"]
    if "theme" in data:
        values["theme"] = _string(data["theme"], "theme", where)
    for key in ("browser_command", "video_command"):
        if key in data:
            values[key] = _command(data[key], key, where)
    if "video_commands" in data:
        table = _table(data["video_commands"], "video_commands", where)
        values["video_commands"] = {
            str(k): _command(v, f"video_commands.{k}", where) for k, v in table.items()
        }
    if "keymap" in data:
        table = _table(data["keymap"], "keymap", where)
        values["keymap"] = {str(k): _string(v, f"keymap.{k}", where) for k, v in table.items()}
    if "retention" in data:
        values["retention"] = _retention(_table(data["retention"], "retention", where), where)
    if "entities" in data:
        values["entities"] = _entities(_table(data["entities"], "entities", where), where)
    if "feeds" in data:
        values["feeds"] = _feeds(data["feeds"], where)
    return Settings(**values)


def _number(value: Any, key: str, where: str, kind: type, minimum: float) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{where}: {key!r} must be a number, not {type(value).__name__}")
    if kind is int and not isinstance(value, int):
        raise ConfigError(f"{where}: {key!r} must be a whole number")
    if value < minimum:
        raise ConfigError(f"{where}: {key!r} must be at least {minimum}")
    return value


def _string(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key!r} must be a string")
    return value


def _table(value: Any, key: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key!r} must be a table")
    return value


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _command(value: Any, key: str, where: str) -> tuple[str, ...]:
    command = _strings(value, key, where)
    if command and not command[0].strip():
        raise ConfigError(f"{where}: {key!r} must start with a program name")
    return command


def _retention(table: dict[str, Any], where: str) -> Retention:
    unknown = sorted(set(table) - {"days", "per_feed"})
    if unknown:
        raise ConfigError(f"{where}: unknown key 'retention.{unknown[0]}'")
    default = Retention()
    return Retention(
        days=_number(table.get("days", default.days), "retention.days", where, int, 0),
        per_feed=_number(
            table.get("per_feed", default.per_feed), "retention.per_feed", where, int, 0
        ),
    )


def _entities(table: dict[str, Any], where: str) -> EntitySettings:
    lists = ("shows", "actors", "ban_shows", "ban_actors", "follow_shows", "follow_actors")
    unknown = sorted(set(table) - {"aliases", *lists})
    if unknown:
        raise ConfigError(f"{where}: unknown key 'entities.{unknown[0]}'")
    aliases = _table(table.get("aliases", {}), "entities.aliases", where)
    for k, v in aliases.items():
        _string(v, f"entities.aliases.{k}", where)
    kwargs = {name: _strings(table.get(name, []), f"entities.{name}", where) for name in lists}
    return EntitySettings(aliases=dict(aliases), **kwargs)


def _feeds(value: Any, where: str) -> tuple[FeedConfig, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: 'feeds' must be an array of tables ([[feeds]])")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        key = f"feeds[{i}]"
        table = _table(item, key, where)
        unknown = sorted(set(table) - {"url", "title", "tags", "full_text"})
        if unknown:
            raise ConfigError(f"{where}: unknown key '{key}.{unknown[0]}'")
        url = safe_url(_string(table.get("url"), f"{key}.url", where))
        if url is None:
            raise ConfigError(f"{where}: '{key}.url' must be an http or https URL")
        mode = _string(table.get("full_text", "auto"), f"{key}.full_text", where)
        if mode not in FULL_TEXT_MODES:
            raise ConfigError(
                f"{where}: '{key}.full_text' must be one of {', '.join(FULL_TEXT_MODES)}"
            )
        if url in seen:
            continue
        seen.add(url)
        feeds.append(
            FeedConfig(
                url=url,
                title=_string(table.get("title", ""), f"{key}.title", where),
                tags=_strings(table.get("tags", []), f"{key}.tags", where),
                full_text=mode,
            )
        )
    return tuple(feeds)


def add_feed(path: Path, feed: FeedConfig) -> bool:
    """Append a feed to the config file; False when it is already there."""
    settings = load(path)
    if any(f.url == feed.url for f in settings.feeds):
        return False
    text = path.read_text(encoding="utf-8")
    if text and not text.endswith("\n"):
        text += "\n"
    _write(path, text + _feed_block(feed))
    return True


_TABLE_HEADER = re.compile(r"^\s*\[")


def remove_feed(path: Path, url: str) -> bool:
    """Remove the `[[feeds]]` table whose url is `url`; False when there is none."""
    settings = load(path)
    if not any(f.url == url for f in settings.feeds):
        return False
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    i = 0
    removed = False
    while i < len(lines):
        if lines[i].strip() == "[[feeds]]":
            j = i + 1
            while j < len(lines) and not _TABLE_HEADER.match(lines[j]):
                j += 1
            block = lines[i:j]
            try:
                block_url = tomllib.loads("".join(block[1:])).get("url")
            except tomllib.TOMLDecodeError:
                block_url = None
            if not removed and block_url is not None and safe_url(block_url) == url:
                removed = True
                while out and not out[-1].strip():
                    out.pop()
                if out:
                    out.append("\n")
                i = j
                continue
        out.append(lines[i])
        i += 1
    _write(path, "".join(out))
    load(path)  # never leave a broken config behind
    return removed


def _write(path: Path, text: str) -> None:
    tmp = path.with_suffix(".toml.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


_ENTITY_LISTS = ("shows", "actors", "ban_shows", "ban_actors", "follow_shows", "follow_actors")


def set_entity_list(path: Path, key: str, values: list[str]) -> None:
    """Set one list of the `[entities]` table (e.g. follow_shows), keeping everything else.

    The line `key = [...]` inside `[entities]` is replaced, or added to the table, or the
    table is added at the end; the result is validated before it replaces the file.
    """
    if key not in _ENTITY_LISTS:
        raise ValueError(f"not an [entities] list: {key}")
    load(path)  # refuse to edit a broken config
    line = f"{key} = [" + ", ".join(_toml_str(v) for v in values) + "]\n"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next((i for i, text in enumerate(lines) if text.strip() == "[entities]"), None)
    if start is None:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines += ["\n", "[entities]\n", line]
    else:
        end = start + 1
        while end < len(lines) and not _TABLE_HEADER.match(lines[end]):
            end += 1
        pattern = re.compile(rf"^\s*{key}\s*=")
        found = next((i for i in range(start + 1, end) if pattern.match(lines[i])), None)
        if found is not None and lines[found].count("[") != lines[found].count("]"):
            raise ConfigError(f"{path}: 'entities.{key}' spans several lines; edit it by hand")
        if found is None:
            lines.insert(start + 1, line)
        else:
            lines[found] = line
    text = "".join(lines)
    parse(tomllib.loads(text), str(path))
    _write(path, text)
