"""The command line end to end: a real loopback server, a real SQLite cache, the real opener."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dramatui.cli import main
from feedgen import make_feed
from feedserver import FeedServer
from recorder import calls, recorder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def subscribe(
    capsys: pytest.CaptureFixture[str], server: FeedServer, n: int, items: int
) -> list[str]:
    urls = []
    for i in range(n):
        path = f"/feed{i}.xml"
        server.set_route(path, make_feed(i, items))
        urls.append(server.url(path))
        code, out, _ = run(capsys, "feeds", "add", urls[-1], "--title", f"Feed {i}")
        assert code == 0 and "added" in out
    return urls


def test_fetch_stores_then_second_fetch_is_all_304(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    urls = subscribe(capsys, feed_server, 3, 20)
    code, out, _ = run(capsys, "fetch")
    assert code == 0
    assert "60 new" in out.splitlines()[-1]
    code, out, _ = run(capsys, "fetch", "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert {line["status"] for line in lines[:-1]} == {"unchanged"}
    assert lines[-1]["summary"] and lines[-1]["new"] == 0
    for url in urls:
        path = "/" + url.rsplit("/", 1)[1]
        assert feed_server.statuses[path] == [200, 304]
        second = feed_server.request_headers[path][1]
        assert "if-none-match" in second and "if-modified-since" in second


def test_articles_json_and_read_work_offline(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    (url,) = subscribe(capsys, feed_server, 1, 5)
    assert run(capsys, "fetch")[0] == 0
    feed_server.stopping.set()
    code, out, _ = run(capsys, "articles", "--json")
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()]
    assert len(objs) == 5
    keys = {
        "id",
        "guid",
        "feed",
        "feed_title",
        "title",
        "url",
        "published",
        "author",
        "categories",
        "shows",
        "actors",
        "videos",
        "read",
        "starred",
    }
    assert keys <= set(objs[0])
    assert objs[0]["feed"] == url and objs[0]["feed_title"] == "Feed 0"
    assert [o["published"] for o in objs] == sorted((o["published"] for o in objs), reverse=True)
    assert objs[0]["published"].endswith("Z")
    assert objs[0]["videos"] and objs[0]["videos"][0]["url"].startswith(
        "https://www.youtube.com/watch?v="
    )
    code, out, _ = run(capsys, "read", str(objs[0]["id"]))
    assert code == 0
    assert objs[0]["title"] in out and "Incheon" in out
    code, out, _ = run(capsys, "articles", "--has-video", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2
    assert run(capsys, "read", "999999")[0] == 1


def test_failed_feed_gives_exit_1_and_others_are_stored(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    subscribe(capsys, feed_server, 1, 3)
    run(capsys, "feeds", "add", feed_server.url("/missing.xml"))
    code, out, _ = run(capsys, "fetch")
    assert code == 1
    assert "HTTP 404" in out
    code, out, _ = run(capsys, "articles", "--json")
    assert len(out.splitlines()) == 3
    code, out, _ = run(capsys, "feeds", "list", "--json")
    feeds = {f["url"]: f for f in map(json.loads, out.splitlines())}
    assert feeds[feed_server.url("/missing.xml")]["last_error"] == "HTTP 404"


def test_feeds_add_remove_and_opml_round_trip(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "feeds", "add", "javascript:alert(1)")[0] == 2
    assert run(capsys, "feeds", "add", "https://one.example/feed", "--title", "One")[0] == 0
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="Two" xmlUrl="https://two.example/rss"/>'
        '<outline text="Bad" xmlUrl="file:///etc/passwd"/>'
        '<outline text="One again" xmlUrl="https://one.example/feed"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", str(opml))
    assert code == 0 and "imported 1 feeds" in out and "file:///etc/passwd" in out
    exported = tmp_path / "out.opml"
    assert run(capsys, "export", str(exported))[0] == 0
    text = exported.read_text(encoding="utf-8")
    assert "https://one.example/feed" in text and "https://two.example/rss" in text
    assert "passwd" not in text
    code, out, _ = run(capsys, "feeds", "remove", "https://one.example/feed")
    assert code == 0
    code, out, _ = run(capsys, "feeds", "list", "--json")
    assert [json.loads(line)["url"] for line in out.splitlines()] == ["https://two.example/rss"]


def test_broken_config_exits_2_with_the_key(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (home / "config.toml").write_text("deadline = 'soon'\n", encoding="utf-8")
    code, _, err = run(capsys, "articles")
    assert code == 2 and "deadline" in err


def test_open_and_watch_use_the_real_webbrowser_path(
    home: Path,
    tmp_path: Path,
    feed_server: FeedServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script, log = recorder(tmp_path)
    monkeypatch.setenv("BROWSER", str(script))
    subscribe(capsys, feed_server, 1, 2)
    run(capsys, "fetch")
    first = json.loads(run(capsys, "articles", "--json", "--limit", "1")[1])
    code, out, err = run(capsys, "open", str(first["id"]))
    assert code == 0, err
    assert calls(log) == [[first["url"]]]
    log.unlink()
    code, out, err = run(capsys, "watch", str(first["id"]))
    assert code == 0, err
    assert calls(log) == [[first["videos"][0]["url"]]]
    assert run(capsys, "watch", str(first["id"]), "9")[0] == 1


def test_console_script_and_module_entry_points(home: Path) -> None:
    env = {**os.environ, "DRAMATUI_HOME": str(home)}
    for argv in (
        [sys.executable, "-m", "dramatui", "--version"],
        [str(Path(sys.executable).parent / "dramatui"), "articles"],
    ):
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)
        assert proc.returncode == 0, proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "dramatui", "articles", "--bogus"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 2


def test_entity_rules_apply_to_the_existing_cache(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    subscribe(capsys, feed_server, 1, 8)
    assert run(capsys, "fetch")[0] == 0
    actors = dict(
        (o["name"], o["count"])
        for o in map(json.loads, run(capsys, "actors", "--json")[1].splitlines())
    )
    assert actors, "the generated feed names actors"
    victim = max(actors, key=lambda name: actors[name])
    config = home / "config.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "page_budget = 0\n",
            f'page_budget = 0\n[entities]\nban_actors = ["{victim}"]\n'
            'aliases = { "Moonlit Ledger" = "The Moonlit Ledger" }\n',
        ),
        encoding="utf-8",
    )
    # No refresh: the bans and aliases apply to what is already cached.
    names = [o["name"] for o in map(json.loads, run(capsys, "actors", "--json")[1].splitlines())]
    assert victim not in names
    assert run(capsys, "articles", "--actor", victim)[1] == ""
    shows = [o["name"] for o in map(json.loads, run(capsys, "shows", "--json")[1].splitlines())]
    assert "The Moonlit Ledger" in shows and "Moonlit Ledger" not in shows
    # The variant the alias names still finds the articles, as the canonical name does.
    by_alias = run(capsys, "articles", "--show", "moonlit ledger")[1]
    assert by_alias and by_alias == run(capsys, "articles", "--show", "The Moonlit Ledger")[1]
