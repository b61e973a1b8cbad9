"""Hostile servers through the whole refresh: each bad feed gets a clear error, the good
ones are stored, the refresh ends within the deadline, and Retry-After is honoured."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dramatui.cli import main
from dramatui.content.sanitize import clean_line, clean_text, safe_url
from dramatui.refresh import refresh
from dramatui.session import open_session
from dramatui.store import Store
from feedgen import make_feed
from feedserver import FeedServer

HOSTILE = {
    "/_gzipbomb?mb=1024": "larger than",
    "/_endless": "larger than",
    "/_trickle": "timed out",
    "/_hang": "",
    "/_loop/a": "redirect loop",
    "/_redirect?to=file:///etc/passwd": "non-http",
    "/_hugeheaders?kb=200": "",
    "/_garbage": "",
    "/_status/500": "HTTP 500",
}


def write_config(home: Path, urls: list[str], extra: str = "") -> None:
    blocks = "".join(f'\n[[feeds]]\nurl = "{u}"\n' for u in urls)
    (home / "config.toml").write_text(
        "refresh_on_start = false\npage_budget = 0\ndeadline = 3\nread_timeout = 2\n"
        "connect_timeout = 2\nmax_response_mb = 2\n" + extra + blocks,
        encoding="utf-8",
    )


def test_hostile_servers_fail_clearly_and_good_feeds_are_stored(
    home: Path, feed_server: FeedServer
) -> None:
    feed_server.set_route("/good.xml", make_feed(1, 10))
    urls = [feed_server.url("/good.xml")] + [feed_server.url(p) for p in HOSTILE]
    write_config(home, urls)
    session = open_session(home)
    try:
        started = time.monotonic()
        summary = asyncio.run(refresh(session.store, session.settings))
        elapsed = time.monotonic() - started
        by_url = {o.url: o for o in summary.outcomes}
        assert by_url[feed_server.url("/good.xml")].new == 10
        for path, words in HOSTILE.items():
            outcome = by_url[feed_server.url(path)]
            assert outcome.status == "error", path
            assert outcome.error and words in outcome.error, (path, outcome.error)
        # Every feed runs concurrently under its own deadline (3 s here).
        assert elapsed < 3 * 2 + 2
        assert len(session.store.query_ids()) == 10
    finally:
        session.close()


def test_retry_after_is_honoured_on_the_next_refresh(home: Path, feed_server: FeedServer) -> None:
    url = feed_server.url("/_retry/429?after=3600")
    write_config(home, [url])
    session = open_session(home)
    try:
        first = asyncio.run(refresh(session.store, session.settings))
        assert first.outcomes[0].status == "error" and "429" in (first.outcomes[0].error or "")
        hits = feed_server.hits["/_retry/429"]
        second = asyncio.run(refresh(session.store, session.settings))
        assert second.outcomes[0].status == "skipped"
        assert "wait until" in (second.outcomes[0].error or "")
        assert feed_server.hits["/_retry/429"] == hits  # no request was sent
    finally:
        session.close()


def test_fetch_while_another_process_marks_articles_read(
    home: Path, feed_server: FeedServer
) -> None:
    """A cron `dramatui fetch` while the TUI is open: no 'database is locked', no lost read state."""
    urls = []
    for i in range(6):
        feed_server.set_route(f"/c{i}.xml", make_feed(i, 30))
        urls.append(feed_server.url(f"/c{i}.xml"))
    write_config(home, urls)
    env = {**os.environ, "DRAMATUI_HOME": str(home)}
    first = subprocess.run(
        [sys.executable, "-m", "dramatui", "fetch"], env=env, capture_output=True, timeout=120
    )
    assert first.returncode == 0, first.stderr
    for i in range(6):  # every feed changes, so the next fetch writes everything again
        feed_server.set_route(f"/c{i}.xml", make_feed(i, 30, seed=99))
    store = Store.open(home / "cache.db")
    ids = store.query_ids()
    errors: list[BaseException] = []
    marked: list[int] = []

    def reader() -> None:
        try:
            for article_id in ids:
                store.set_read([article_id])
                marked.append(article_id)
        except BaseException as exc:  # pragma: no cover - the failure we look for
            errors.append(exc)

    proc = subprocess.Popen(
        [sys.executable, "-m", "dramatui", "fetch"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    thread = threading.Thread(target=reader)
    thread.start()
    thread.join(timeout=120)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert not errors
    assert len(marked) == len(ids)
    assert store.counts() == (len(ids), 0)  # the concurrent fetch lost none of it
    store.close()


@given(st.text())
def test_sanitized_text_never_has_control_characters(value: str) -> None:
    for out in (clean_text(value), clean_line(value)):
        assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in out)
    assert "\n" not in clean_line(value)


@given(st.text(), st.one_of(st.none(), st.text()))
def test_link_validation_only_accepts_http(value: str, base: str | None) -> None:
    url = safe_url(value, base)
    if url is not None:
        assert url.split(":", 1)[0].lower() in ("http", "https")
        assert not any(c.isspace() or ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in url)


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "vbscript:msgbox",
        "data:text/html,x",
        "file:///etc/passwd",
        "-oProxyCommand=evil",
        "\\\\server\\share",
        "//",
        "http://",
        "mailto:a@b.c",
    ],
)
def test_dangerous_links_are_refused(link: str) -> None:
    assert safe_url(link) is None
    assert safe_url(link, "file:///etc/") is None


def test_xml_base_to_file_is_never_an_openable_link(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="file:///etc/">'
        b"<title>Base</title><id>urn:x</id><updated>2026-11-20T00:00:00Z</updated>"
        b'<entry xml:base="file:///etc/"><title>Relative</title><id>urn:x:1</id>'
        b'<link href="passwd"/><updated>2026-11-20T00:00:00Z</updated>'
        b'<content type="html">&lt;a href="shadow"&gt;x&lt;/a&gt;</content></entry></feed>'
    )
    feed_server.set_route("/base.atom", body, "application/atom+xml")
    write_config(home, [feed_server.url("/base.atom")])
    assert main(["fetch"]) == 0
    capsys.readouterr()
    main(["articles", "--json"])
    (obj,) = [json.loads(line) for line in capsys.readouterr()[0].splitlines()]
    assert obj["url"] is None or obj["url"].startswith("http")
    assert "file:" not in (obj["url"] or "")
    main(["read", str(obj["id"])])
    assert "file:" not in capsys.readouterr()[0]
