"""The cache: ingest keeps read/star state, ids are scoped per feed, filters and search run in SQL."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dramatui.config import FeedConfig, Retention
from dramatui.content.derive import Deriver
from dramatui.records import ParsedEntry, ParsedFeed
from dramatui.store import ArticleFilter, CacheError, Store
from dramatui.store.db import SCHEMA_VERSION

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def entry(
    guid: str, title: str, body: str = "", hours: int = 0, cats: list[str] | None = None
) -> ParsedEntry:
    return ParsedEntry(
        guid=guid,
        link=f"https://news.example/{guid}",
        title=title,
        author="Reporter",
        published=NOW - timedelta(hours=hours),
        summary_html="",
        content_html=body or f"<p>{title}</p>",
        categories=cats or [],
    )


def feed(*entries: ParsedEntry) -> ParsedFeed:
    return ParsedFeed(title="Test Feed", site_url="https://news.example/", entries=list(entries))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "cache.db")
    s.sync_feeds(
        [FeedConfig("https://a.example/feed", "Feed A"), FeedConfig("https://b.example/feed")]
    )
    yield s
    s.close()


def test_cache_file_is_private_and_wal(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "cache.db")
    try:
        assert stat.S_IMODE((tmp_path / "cache.db").stat().st_mode) == 0o600
        assert s._query("PRAGMA journal_mode")[0][0] == "wal"
        assert s.get_meta("schema_version") == str(SCHEMA_VERSION)
    finally:
        s.close()


def test_refetch_updates_content_but_keeps_read_and_star(store: Store) -> None:
    d = Deriver()
    assert store.ingest(
        "https://a.example/feed", feed(entry("g1", "First"), entry("g2", "Second", hours=1)), d
    ) == (2, 0)
    first = store.query_ids()[0]
    store.set_read([first])
    assert store.toggle_star(first) is True
    assert store.ingest(
        "https://a.example/feed", feed(entry("g1", "First"), entry("g2", "Second", hours=1)), d
    ) == (0, 0)
    new, updated = store.ingest(
        "https://a.example/feed",
        feed(entry("g1", "First (updated)"), entry("g2", "Second", hours=1)),
        d,
    )
    assert (new, updated) == (0, 1)
    art = store.article(first)
    assert art is not None
    assert art.title == "First (updated)" and art.read and art.starred


def test_same_guid_in_two_feeds_is_two_articles(store: Store) -> None:
    d = Deriver()
    store.ingest("https://a.example/feed", feed(entry("same", "From A")), d)
    store.ingest("https://b.example/feed", feed(entry("same", "From B")), d)
    titles = {store.article(i).title for i in store.query_ids()}  # type: ignore[union-attr]
    assert titles == {"From A", "From B"}


def test_filters_and_search(store: Store) -> None:
    d = Deriver()
    store.ingest(
        "https://a.example/feed",
        feed(
            entry("1", "Ferry teaser", "<p>The ferry drama teaser is out.</p>", hours=1),
            entry("2", "Ratings up", "<p>Weekend ratings climbed.</p>", hours=2),
        ),
        d,
    )
    store.ingest(
        "https://b.example/feed",
        feed(entry("3", "Casting news", "<p>A ferry captain role.</p>")),
        d,
    )
    ids = store.query_ids()
    assert len(ids) == 3
    assert store.counts() == (3, 3)
    assert len(store.query_ids(ArticleFilter(search="ferr"))) == 2  # prefix match over title + text
    assert len(store.query_ids(ArticleFilter(search="ferry", feed="https://b.example/feed"))) == 1
    assert store.query_ids(ArticleFilter(search='"; DROP TABLE articles; --')) == []
    store.set_read([ids[0]])
    assert len(store.query_ids(ArticleFilter(unread=True))) == 2
    assert store.counts(ArticleFilter(unread=True)) == (2, 2)
    store.toggle_star(ids[1])
    assert store.query_ids(ArticleFilter(starred=True)) == [ids[1]]


def test_newest_first(store: Store) -> None:
    store.ingest(
        "https://a.example/feed",
        feed(entry("old", "Old", hours=5), entry("new", "New", hours=1)),
        Deriver(),
    )
    rows = store.rows(store.query_ids())
    assert [rows[i].title for i in store.query_ids()] == ["New", "Old"]


def test_retention_keeps_starred_and_does_not_resurrect(store: Store) -> None:
    d = Deriver()
    entries = [entry(f"g{i}", f"Item {i}", hours=i) for i in range(6)]
    store.ingest("https://a.example/feed", feed(*entries), d)
    oldest = store.query_ids()[-1]
    store.toggle_star(oldest)
    removed = store.prune(Retention(days=0, per_feed=3), now=NOW.timestamp())
    assert removed == 2
    remaining = {store.article(i).title for i in store.query_ids()}  # type: ignore[union-attr]
    assert remaining == {"Item 0", "Item 1", "Item 2", "Item 5"}
    # The feed still lists the pruned items: they must not come back as new and unread.
    assert store.ingest("https://a.example/feed", feed(*entries), d) == (0, 0)
    assert (
        store.prune(Retention(days=1, per_feed=0), now=(NOW + timedelta(days=3)).timestamp()) == 3
    )
    assert [store.article(i).title for i in store.query_ids()] == ["Item 5"]  # type: ignore[union-attr]


def test_read_state_is_shared_between_two_processes_views(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    a = Store.open(path)
    a.sync_feeds([FeedConfig("https://a.example/feed")])
    a.ingest("https://a.example/feed", feed(entry("1", "One"), entry("2", "Two")), Deriver())
    b = Store.open(path)
    ids = a.query_ids()
    a.set_read([ids[0]])
    b.toggle_star(ids[0])
    b.set_read([ids[1]])
    art = a.article(ids[0])
    assert art is not None and art.read and art.starred
    assert a.counts() == (2, 0)
    a.close()
    b.close()


def test_corrupt_cache_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    path.write_bytes(b"this is not a database at all" * 100)
    s = Store.open(path)
    try:
        assert s.notice and "moved" in s.notice
        aside = [p for p in tmp_path.iterdir() if p.name.startswith("cache.db.corrupt-")]
        assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
        assert s.query_ids() == []
    finally:
        s.close()


def test_foreign_sqlite_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other(x)")
    conn.commit()
    conn.close()
    s = Store.open(path)
    try:
        assert s.notice is not None
        assert any(p.name.startswith("cache.db.corrupt-") for p in tmp_path.iterdir())
    finally:
        s.close()


def test_newer_cache_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(CacheError, match="newer dramatui"):
        Store.open(path)
    assert path.read_bytes() == before


def test_list_query_gives_the_ids_in_order_and_the_unread_count(tmp_path: Path) -> None:
    from cachegen import SHOWS, fill

    store = Store.open(tmp_path / "cache.db")
    try:
        # spacing 0: every article has the same date, so only the id tiebreak orders them
        fill(store, 400, spacing=0)
        fill(store, 300, spacing=97, feeds=(("https://z.example/feed", "Z"),))
        filters = [
            ArticleFilter(),
            ArticleFilter(unread=True),
            ArticleFilter(show=SHOWS[2]),
            ArticleFilter(search="paju"),
            ArticleFilter(search=SHOWS[1].split()[-1]),
            ArticleFilter(search="nothing-matches-this"),
        ]
        for flt in filters:
            ids, unread = store.query_unread(flt)
            assert ids == store.query_ids(flt), flt
            assert unread == store.counts(flt)[1], flt
        assert len(store.query_unread(ArticleFilter())[0]) == 700
    finally:
        store.close()
