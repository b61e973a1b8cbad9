"""Full text offline: a teaser-only feed whose pages hold the body, sidebars and trailers.

After one `dramatui fetch` against a loopback server, with the server gone, `read`
shows each article's full body (not the sidebar) and `articles --json` carries the
page's trailers and no sidebar names.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from dramatui.cli import main
from feedserver import FeedServer

PAGES = Path(__file__).parent / "data" / "pages"


def labels() -> dict[str, dict]:
    return json.loads((PAGES / "labels.json").read_text(encoding="utf-8"))


def teaser_feed(server: FeedServer, files: list[str]) -> bytes:
    items = []
    for n, name in enumerate(files):
        label = labels()[name]
        teaser = label["body"][:180].rsplit(" ", 1)[0] + "… Continue reading"
        items.append(
            f"<item><title>{escape(label.get('title') or name)}</title>"
            f"<link>{server.url('/news/' + name)}</link><guid>page-{n}</guid>"
            f"<pubDate>Tue, {10 + n:02d} Nov 2026 09:00:00 GMT</pubDate>"
            f"<description>{escape(teaser)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Teasers</title><link>https://teasers.example/</link>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def fetched(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> dict[str, dict]:
    (home / "config.toml").write_text("refresh_on_start = false\n", encoding="utf-8")
    all_labels = labels()
    with_videos = [f for f, lab in all_labels.items() if lab["videos"]][:4]
    plain = [f for f, lab in all_labels.items() if not lab["videos"]][:2]
    files = with_videos + plain
    for name in files:
        content_type = all_labels[name].get("content_type", "text/html; charset=utf-8")
        feed_server.set_route("/news/" + name, (PAGES / name).read_bytes(), content_type)
    feed_server.set_route("/teasers.xml", teaser_feed(feed_server, files))
    run(capsys, "feeds", "add", feed_server.url("/teasers.xml"))
    summary = json.loads(run(capsys, "fetch", "--json").splitlines()[-1])
    assert summary["pages_fetched"] == len(files) and summary["pages_failed"] == 0
    feed_server.stopping.set()  # from here on, everything comes from the cache
    by_link = {}
    for line in run(capsys, "articles", "--json").splitlines():
        obj = json.loads(line)
        by_link[obj["url"].rsplit("/", 1)[1]] = obj
    return {name: {"label": all_labels[name], "json": by_link[name]} for name in files}


def test_read_shows_the_full_body_not_the_sidebar(
    fetched: dict[str, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    for name, item in fetched.items():
        text = run(capsys, "read", str(item["json"]["id"]))
        paragraphs = [p for p in item["label"]["body"].split("\n\n") if len(p) > 40]
        last = paragraphs[-1]
        assert last[:60] in " ".join(text.split()), name  # the end of the body, beyond the teaser
        assert "full text from the article page" in text
        for sidebar in item["label"]["sidebar_names"]:
            if sidebar not in item["label"]["body"]:
                assert sidebar not in text, (name, sidebar)
        assert item["json"]["full_text"] is True


def test_page_videos_and_entities_join_the_article(fetched: dict[str, dict]) -> None:
    for name, item in fetched.items():
        got = {v["url"] for v in item["json"]["videos"]}
        want = {v["url"] for v in item["label"]["videos"]}
        assert want <= got, name
        names = set(item["json"]["shows"]) | set(item["json"]["actors"])
        leaked = {s for s in item["label"]["sidebar_names"] if s not in item["label"]["body"]}
        assert not names & leaked, (name, names & leaked)
