"""The cache's queries: feeds and their last results, articles, read state, filters, search.

One `Store` wraps one SQLite connection shared by the threads of one process (guarded
by a lock); other processes use their own Store on the same file (WAL mode). Read and
star changes are single UPDATE statements, so two processes never lose each other's
updates. Lists are paged: views ask for the ids that match a filter, then for the rows
they show.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dramatui.config import FeedConfig, Retention
from dramatui.records import Derived, Media, ParsedFeed, Video
from dramatui.store.db import connect

if TYPE_CHECKING:
    from dramatui.content.derive import Deriver
    from dramatui.content.entities import Gazetteer


def entity_key(name: str) -> str:
    """The extractor's matching key for a name (imported on first use: the extractor's
    regexes cost tens of ms to compile, which the list view's first paint need not pay)."""
    from dramatui.content.entities import entity_key as key

    return key(name)


SHOW = "show"
ACTOR = "actor"


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What the list shows; every field narrows it (AND)."""

    feed: str | None = None  # feed URL
    show: str | None = None  # any spelling variant of the name
    actor: str | None = None
    search: str | None = None  # full-text query
    unread: bool = False
    starred: bool = False
    has_video: bool = False
    following: tuple[tuple[str, str], ...] = ()  # (kind, name) pairs: any of them (OR)

    def describe(self) -> list[str]:
        """Short labels of the active filters, for headers."""
        parts = []
        if self.feed:
            parts.append(f"feed: {self.feed}")
        if self.show:
            parts.append(f"show: {self.show}")
        if self.actor:
            parts.append(f"actor: {self.actor}")
        if self.search:
            parts.append(f"search: {self.search}")
        if self.unread:
            parts.append("unread")
        if self.starred:
            parts.append("starred")
        if self.has_video:
            parts.append("video")
        if self.following:
            parts.append("following")
        return parts


@dataclass(frozen=True, slots=True)
class FeedRow:
    url: str
    title: str
    site_url: str | None
    active: bool
    last_checked: float | None
    last_success: float | None
    last_status: str | None
    last_error: str | None
    last_new: int
    last_updated: int
    articles: int
    unread: int
    etag: str | None
    last_modified: str | None
    retry_after: float | None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What one line of the list shows."""

    id: int
    title: str
    feed_title: str
    published: int
    read: bool
    starred: bool
    has_video: bool


@dataclass(slots=True)
class FullArticle:
    id: int
    guid: str
    feed_url: str
    feed_title: str
    url: str | None
    title: str
    author: str
    published: int
    summary_html: str
    content_html: str
    page_html: str | None
    page_status: str | None
    categories: list[str]
    text: str
    shows: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    read: bool = False
    starred: bool = False

    @property
    def published_iso(self) -> str:
        return datetime.fromtimestamp(self.published, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def to_json(self) -> dict[str, Any]:
        """The stable `articles --json` object."""
        return {
            "id": self.id,
            "guid": self.guid,
            "feed": self.feed_url,
            "feed_title": self.feed_title,
            "title": self.title,
            "url": self.url,
            "published": self.published_iso,
            "author": self.author,
            "categories": self.categories,
            "shows": self.shows,
            "actors": self.actors,
            "videos": [asdict(v) for v in self.videos],
            "read": self.read,
            "starred": self.starred,
            "full_text": bool(self.page_html),
        }


_FEED_TITLE = "COALESCE(NULLIF(f.custom_title, ''), NULLIF(f.title, ''), f.url)"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query: every word must match, as a prefix. None when there are no words."""
    words = _TOKEN.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:32])


class Store:
    """The article cache at one path."""

    def __init__(self, conn: sqlite3.Connection, path: Path, notice: str | None = None):
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.notice = notice  # a message for the user about the cache (moved aside, ...)

    @classmethod
    def open(cls, path: Path) -> Store:
        conn, notice = connect(path)
        return cls(conn, path, notice)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def reader(self) -> Store:
        """A second, read-only Store on the same file, with its own connection and lock.

        For reads on the UI thread (the list's row paging): they never wait behind a
        worker's long query holding this Store's lock. Close it when done.
        """
        conn = sqlite3.connect(
            self.path, timeout=15.0, check_same_thread=False, isolation_level=None
        )
        conn.execute("PRAGMA query_only = 1")
        return Store(conn, self.path)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: waits for other writers, never fails half-way)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._conn.execute(sql, params)
            cur.row_factory = sqlite3.Row
            return cur.fetchall()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._lock:
            return self._conn.execute(sql, params).rowcount

    # -- meta ---------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- feeds --------------------------------------------------------------------

    def sync_feeds(self, feeds: Iterable[FeedConfig]) -> None:
        """Make the configured feeds the active ones; others keep their articles, inactive."""
        feeds = list(feeds)
        with self.transaction() as conn:
            conn.execute("UPDATE feeds SET active = 0")
            for feed in feeds:
                conn.execute(
                    "INSERT INTO feeds(url, custom_title, full_text, active) VALUES (?, ?, ?, 1) "
                    "ON CONFLICT(url) DO UPDATE SET custom_title = excluded.custom_title, "
                    "full_text = excluded.full_text, active = 1",
                    (feed.url, feed.title, feed.full_text),
                )

    def remove_feed(self, url: str) -> int:
        """Delete a feed and its articles (the user asked); returns the articles removed."""
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is None:
                return 0
            count = conn.execute("SELECT count(*) FROM articles WHERE feed_id = ?", row).fetchone()[
                0
            ]
            conn.execute("DELETE FROM tombstones WHERE feed_id = ?", row)
            conn.execute("DELETE FROM feeds WHERE id = ?", row)
            return int(count)

    def list_feeds(self, active_only: bool = True) -> list[FeedRow]:
        where = "WHERE f.active = 1" if active_only else ""
        rows = self._query(
            f"""SELECT f.url, {_FEED_TITLE} AS title, f.site_url, f.active, f.last_checked,
                   f.last_success, f.last_status, f.last_error, f.last_new, f.last_updated,
                   (SELECT count(*) FROM articles a WHERE a.feed_id = f.id) AS articles,
                   (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0) AS unread,
                   f.etag, f.last_modified, f.retry_after
                FROM feeds f {where} ORDER BY lower({_FEED_TITLE})"""
        )
        return [FeedRow(**{**dict(r), "active": bool(r["active"])}) for r in rows]

    def feed(self, url: str) -> FeedRow | None:
        return next((f for f in self.list_feeds(active_only=False) if f.url == url), None)

    def record_result(
        self,
        url: str,
        status: str,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        retry_after: float | None = None,
        new: int = 0,
        updated: int = 0,
        now: float | None = None,
    ) -> None:
        """Save what the last fetch of a feed did. Validators are kept when none came back."""
        now = time.time() if now is None else now
        self._execute(
            """UPDATE feeds SET last_checked = ?, last_status = ?, last_error = ?,
                   last_success = CASE WHEN ? != 'error' THEN ? ELSE last_success END,
                   etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
                   retry_after = ?, last_new = ?, last_updated = ?
               WHERE url = ?""",
            (now, status, error, status, now, etag, last_modified, retry_after, new, updated, url),
        )

    # -- ingest -------------------------------------------------------------------

    def gazetteer(self) -> Gazetteer:
        """Names confirmed by feed categories anywhere in the cache."""
        from dramatui.content.entities import Gazetteer

        known = Gazetteer()
        for kind, key, name in self._query(
            "SELECT kind, key, name FROM entities WHERE confirmed = 1"
        ):
            (known.shows if kind == SHOW else known.actors)[key] = name
        return known

    def sources(self, feed_url: str) -> dict[str, str]:
        """guid -> source hash of the feed's stored articles (what need not be derived again)."""
        return {
            guid: source
            for guid, source in self._query(
                "SELECT a.guid, a.source_hash FROM articles a JOIN feeds f ON f.id = a.feed_id "
                "WHERE f.url = ?",
                (feed_url,),
            )
        }

    def ingest(
        self,
        feed_url: str,
        parsed: ParsedFeed,
        deriver: Deriver,
        derived: dict[str, tuple[str, Derived]] | None = None,
        now: float | None = None,
    ) -> tuple[int, int]:
        """Store a parsed feed in one transaction; returns (new, updated) article counts.

        `derived` (guid -> (source hash, Derived)) carries work already done in a worker
        process; anything missing is derived here. An article whose source is unchanged
        is left alone; a changed one keeps its read and starred state. Articles pruned
        earlier are not brought back.
        """
        from dramatui.content.derive import source_hash

        now = time.time() if now is None else now
        derived = derived or {}
        version = deriver.version
        entity_ids: dict[tuple[str, str], int] = {}
        new = updated = 0
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM feeds WHERE url = ?", (feed_url,)).fetchone()
            if row is None:
                conn.execute("INSERT INTO feeds(url) VALUES (?)", (feed_url,))
                row = conn.execute("SELECT id FROM feeds WHERE url = ?", (feed_url,)).fetchone()
            feed_id = row[0]
            conn.execute(
                "UPDATE feeds SET title = ?, site_url = ? WHERE id = ?",
                (parsed.title, parsed.site_url, feed_id),
            )
            existing = {
                guid: (aid, source, has_page)
                for aid, guid, source, has_page in conn.execute(
                    "SELECT id, guid, source_hash, page_html IS NOT NULL FROM articles "
                    "WHERE feed_id = ?",
                    (feed_id,),
                )
            }
            gone = {
                g
                for (g,) in conn.execute(
                    "SELECT guid FROM tombstones WHERE feed_id = ?", (feed_id,)
                )
            }
            for entry in parsed.entries:
                if entry.guid in gone:
                    continue
                ready = derived.get(entry.guid)
                source = ready[0] if ready else source_hash(entry)
                old = existing.get(entry.guid)
                if old is not None and old[1] == source:
                    continue
                if ready is not None and not (old and old[2]):
                    result = ready[1]
                else:
                    page, page_videos = (
                        self._page_of(conn, old[0]) if old and old[2] else (None, [])
                    )
                    result = deriver.derive(
                        entry.title,
                        entry.summary_html,
                        entry.content_html,
                        page,
                        entry.categories,
                        entry.media,
                        entry.link,
                        page_videos,
                    )
                published = int(entry.published.timestamp())
                media = [asdict(m) for m in entry.media]
                values = (
                    entry.link,
                    entry.title,
                    entry.author,
                    entry.summary_html,
                    entry.content_html,
                    json.dumps(entry.categories, ensure_ascii=False),
                    json.dumps(media, ensure_ascii=False),
                    source,
                )
                derived_values = self._derived_values(result, version)
                if old is None:
                    cur = conn.execute(
                        """INSERT INTO articles(feed_id, guid, published, fetched, url, title,
                               author, summary_html, content_html, categories, media, source_hash,
                               text, videos, has_video, teaser, derived_version)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        (feed_id, entry.guid, published, int(now), *values, *derived_values),
                    )
                    article_id = int(cur.lastrowid or 0)
                    new += 1
                else:
                    article_id = old[0]
                    conn.execute(
                        """UPDATE articles SET url = ?, title = ?, author = ?, summary_html = ?,
                               content_html = ?, categories = ?, media = ?, source_hash = ?,
                               text = ?, videos = ?, has_video = ?, teaser = ?, derived_version = ?
                           WHERE id = ?""",
                        (*values, *derived_values, article_id),
                    )
                    updated += 1
                self._save_entities(
                    conn, article_id, result, entry.categories, entity_ids, fresh=old is None
                )
        return new, updated

    @staticmethod
    def _page_of(conn: sqlite3.Connection, article_id: int) -> tuple[str | None, list[Video]]:
        row = conn.execute(
            "SELECT page_html, page_videos FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None, []
        return row[0], [Video(**v) for v in json.loads(row[1])]

    @staticmethod
    def _derived_values(derived: Derived, version: str) -> tuple[Any, ...]:
        """Values of the columns text, videos, has_video, teaser, derived_version."""
        return (
            derived.text,
            json.dumps([asdict(v) for v in derived.videos], ensure_ascii=False),
            1 if derived.videos else 0,
            1 if derived.teaser else 0,
            version,
        )

    def _save_derived(
        self,
        conn: sqlite3.Connection,
        article_id: int,
        derived: Derived,
        version: str,
        categories: Sequence[str],
    ) -> None:
        conn.execute(
            "UPDATE articles SET text = ?, videos = ?, has_video = ?, teaser = ?, "
            "derived_version = ? WHERE id = ?",
            (*self._derived_values(derived, version), article_id),
        )
        self._save_entities(conn, article_id, derived, categories, {}, fresh=False)

    @staticmethod
    def _save_entities(
        conn: sqlite3.Connection,
        article_id: int,
        derived: Derived,
        categories: Sequence[str],
        entity_ids: dict[tuple[str, str], int],
        fresh: bool,
    ) -> None:
        """Link an article to its shows and actors; `entity_ids` caches ids within a transaction.

        Names that the feed's own categories name are marked confirmed: they seed the
        gazetteer that recognises them in feeds without categories.
        """
        if not fresh:
            conn.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
        if not (derived.shows or derived.actors):
            return
        from dramatui.content.entities import classify_categories

        confirmed = classify_categories(categories, derived.text) if categories else None
        confirmed_keys = {
            SHOW: {entity_key(n) for n in confirmed.shows} if confirmed else set(),
            ACTOR: {entity_key(n) for n in confirmed.actors} if confirmed else set(),
        }
        links = []
        for kind, names in ((SHOW, derived.shows), (ACTOR, derived.actors)):
            for position, name in enumerate(names):
                key = entity_key(name)
                if not key:
                    continue
                is_confirmed = key in confirmed_keys[kind]
                entity_id = entity_ids.get((kind, key))
                if entity_id is None or is_confirmed:
                    entity_id = conn.execute(
                        "INSERT INTO entities(kind, key, name, confirmed) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(kind, key) DO UPDATE SET "
                        "confirmed = max(confirmed, excluded.confirmed) RETURNING id",
                        (kind, key, name, int(is_confirmed)),
                    ).fetchone()[0]
                    entity_ids[(kind, key)] = entity_id
                links.append((entity_id, article_id, position))
        conn.executemany(
            "INSERT OR IGNORE INTO article_entities(entity_id, article_id, position) VALUES (?, ?, ?)",
            links,
        )

    def stale_count(self, version: str) -> int:
        return int(
            self._query("SELECT count(*) FROM articles WHERE derived_version != ?", (version,))[0][
                0
            ]
        )

    def rederive(
        self,
        deriver: Deriver,
        ids: Sequence[int] | None = None,
        batch: int = 500,
        progress: Callable[[int, int], None] | None = None,
        force: bool = False,
    ) -> int:
        """Re-derive articles whose derivation is stale (or `ids`, or all with `force`)."""
        whole_cache = ids is None
        if ids is None:
            where = "" if force else "WHERE derived_version != ?"
            params: tuple[Any, ...] = () if force else (deriver.version,)
            ids = [r[0] for r in self._query(f"SELECT id FROM articles {where}", params)]
        total = len(ids)
        done = 0
        for start in range(0, total, batch):
            chunk = list(ids[start : start + batch])
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"""SELECT id, title, summary_html, content_html, page_html, categories, media, url,
                           page_videos
                    FROM articles WHERE id IN ({marks})""",
                chunk,
            )
            results = [
                (
                    r["id"],
                    deriver.derive(
                        r["title"],
                        r["summary_html"],
                        r["content_html"],
                        r["page_html"],
                        json.loads(r["categories"]),
                        [Media(**m) for m in json.loads(r["media"])],
                        r["url"],
                        [Video(**v) for v in json.loads(r["page_videos"])],
                    ),
                    json.loads(r["categories"]),
                )
                for r in rows
            ]
            with self.transaction() as conn:
                for article_id, derived, categories in results:
                    self._save_derived(conn, article_id, derived, deriver.version, categories)
            done += len(chunk)
            if progress:
                progress(done, total)
        if whole_cache:
            self._execute(
                "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM article_entities)"
            )
        return done

    # -- article pages (full text) ------------------------------------------------

    def pages_needed(self, budget: int, max_attempts: int = 5) -> list[tuple[int, str]]:
        """(id, url) of articles whose page should be fetched for full text, newest first.

        Per feed: `always`, or `auto` when the feed gave only a teaser; never `never`.
        A page that keeps failing is given up after `max_attempts` refreshes.
        """
        if budget <= 0:
            return []
        rows = self._query(
            """SELECT a.id, a.url FROM articles a JOIN feeds f ON f.id = a.feed_id
               WHERE a.page_html IS NULL AND a.url IS NOT NULL AND a.page_attempts < ?
                 AND (f.full_text = 'always' OR (f.full_text = 'auto' AND a.teaser = 1))
               ORDER BY a.published DESC LIMIT ?""",
            (max_attempts, budget),
        )
        return [(r[0], r[1]) for r in rows]

    def save_page(
        self,
        article_id: int,
        page_html: str,
        page_videos: Sequence[Video],
        deriver: Deriver,
        now: float | None = None,
    ) -> None:
        """Store an article's extracted main text and re-derive it from that text."""
        now = time.time() if now is None else now
        with self.transaction() as conn:
            conn.execute(
                """UPDATE articles SET page_html = ?, page_videos = ?, page_status = 'ok',
                       page_checked = ?, page_attempts = page_attempts + 1 WHERE id = ?""",
                (
                    page_html,
                    json.dumps([asdict(v) for v in page_videos], ensure_ascii=False),
                    now,
                    article_id,
                ),
            )
        self.rederive(deriver, ids=[article_id])

    def page_failed(self, article_id: int, status: str, now: float | None = None) -> None:
        """Remember why the page could not be had; the next refresh tries again."""
        now = time.time() if now is None else now
        self._execute(
            """UPDATE articles SET page_status = ?, page_checked = ?,
                   page_attempts = page_attempts + 1 WHERE id = ?""",
            (status, now, article_id),
        )

    # -- articles -----------------------------------------------------------------

    def _where(self, flt: ArticleFilter) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if flt.feed:
            conds.append("a.feed_id = (SELECT id FROM feeds WHERE url = ?)")
            params.append(flt.feed)
        for kind, name in ((SHOW, flt.show), (ACTOR, flt.actor)):
            if name:
                conds.append(
                    "a.id IN (SELECT ae.article_id FROM article_entities ae WHERE ae.entity_id = "
                    "(SELECT id FROM entities WHERE kind = ? AND key = ?))"
                )
                params += [kind, entity_key(name)]
        if flt.following:
            ors = []
            for kind, name in flt.following:
                ors.append("(e.kind = ? AND e.key = ?)")
                params += [kind, entity_key(name)]
            conds.append(
                "a.id IN (SELECT ae.article_id FROM article_entities ae JOIN entities e "
                f"ON e.id = ae.entity_id WHERE {' OR '.join(ors)})"
            )
        if flt.search:
            query = fts_query(flt.search)
            if query is None:
                conds.append("0")
            else:
                conds.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
                params.append(query)
        if flt.unread:
            conds.append("a.read = 0")
        if flt.starred:
            conds.append("a.starred = 1")
        if flt.has_video:
            conds.append("a.has_video = 1")
        return ("WHERE " + " AND ".join(conds)) if conds else "", params

    def query_ids(
        self, flt: ArticleFilter = ArticleFilter(), limit: int | None = None
    ) -> list[int]:
        """Ids of the matching articles, newest first."""
        where, params = self._where(flt)
        sql = f"SELECT a.id FROM articles a {where} ORDER BY a.published DESC, a.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._lock:
            return [r[0] for r in self._conn.execute(sql, params)]

    def query_unread(self, flt: ArticleFilter = ArticleFilter()) -> tuple[list[int], int]:
        """Ids of the matching articles, newest first, and how many of them are unread:
        one pass instead of query_ids + counts (the covering index has the read flag)."""
        where, params = self._where(flt)
        sql = f"SELECT a.id, a.read FROM articles a {where} ORDER BY a.published DESC, a.id DESC"
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [r[0] for r in rows], sum(1 for r in rows if not r[1])

    def counts(self, flt: ArticleFilter = ArticleFilter()) -> tuple[int, int]:
        """(matching, unread among them)."""
        where, params = self._where(flt)
        row = self._query(
            f"SELECT count(*), coalesce(sum(a.read = 0), 0) FROM articles a {where}", params
        )[0]
        return int(row[0]), int(row[1])

    def rows(self, ids: Sequence[int]) -> dict[int, ArticleRow]:
        """The list rows for `ids` (those that still exist)."""
        out: dict[int, ArticleRow] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            with self._lock:
                cur = self._conn.execute(
                    f"""SELECT a.id, a.title, {_FEED_TITLE}, a.published, a.read, a.starred,
                           a.has_video
                        FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id IN ({marks})""",
                    chunk,
                )
                for r in cur:
                    out[r[0]] = ArticleRow(
                        r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), bool(r[6])
                    )
        return out

    def article(self, article_id: int) -> FullArticle | None:
        rows = self._query(
            f"""SELECT a.*, f.url AS feed_url, {_FEED_TITLE} AS feed_title
                FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?""",
            (article_id,),
        )
        if not rows:
            return None
        r = rows[0]
        entities = self._query(
            """SELECT e.kind, e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
               WHERE ae.article_id = ? ORDER BY ae.position""",
            (article_id,),
        )
        return FullArticle(
            id=r["id"],
            guid=r["guid"],
            feed_url=r["feed_url"],
            feed_title=r["feed_title"],
            url=r["url"],
            title=r["title"],
            author=r["author"],
            published=r["published"],
            summary_html=r["summary_html"],
            content_html=r["content_html"],
            page_html=r["page_html"],
            page_status=r["page_status"],
            categories=json.loads(r["categories"]),
            text=r["text"],
            shows=[n for k, n in entities if k == SHOW],
            actors=[n for k, n in entities if k == ACTOR],
            videos=[Video(**v) for v in json.loads(r["videos"])],
            read=bool(r["read"]),
            starred=bool(r["starred"]),
        )

    def articles(
        self, flt: ArticleFilter = ArticleFilter(), limit: int | None = None
    ) -> list[FullArticle]:
        return [a for i in self.query_ids(flt, limit) if (a := self.article(i)) is not None]

    def set_read(self, ids: Sequence[int], read: bool = True) -> None:
        with self.transaction() as conn:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                conn.execute(
                    f"UPDATE articles SET read = ? WHERE id IN ({marks})", [int(read), *chunk]
                )

    def toggle_read(self, article_id: int) -> bool:
        """Flip read state in one statement; returns the new state."""
        with self.transaction() as conn:
            conn.execute("UPDATE articles SET read = 1 - read WHERE id = ?", (article_id,))
            row = conn.execute("SELECT read FROM articles WHERE id = ?", (article_id,)).fetchone()
        return bool(row and row[0])

    def toggle_star(self, article_id: int) -> bool:
        with self.transaction() as conn:
            conn.execute("UPDATE articles SET starred = 1 - starred WHERE id = ?", (article_id,))
            row = conn.execute(
                "SELECT starred FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return bool(row and row[0])

    # -- entities -----------------------------------------------------------------

    def entity_counts(
        self, kind: str, flt: ArticleFilter | None = None, limit: int | None = None
    ) -> list[tuple[str, int]]:
        """Names of one kind with their article counts, most frequent first."""
        where, params = self._where(flt or ArticleFilter())
        join = (
            f"JOIN articles a ON a.id = ae.article_id {where.replace('WHERE', 'AND', 1)}"
            if where
            else ""
        )
        sql = f"""SELECT e.name, count(*) AS n FROM entities e
                  JOIN article_entities ae ON ae.entity_id = e.id {join}
                  WHERE e.kind = ? GROUP BY e.id ORDER BY n DESC, lower(e.name)"""
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [(r[0], r[1]) for r in self._query(sql, [*params, kind])]

    # -- retention ----------------------------------------------------------------

    def prune(self, retention: Retention, now: float | None = None) -> int:
        """Delete old articles per the retention settings; starred ones are kept."""
        now = time.time() if now is None else now
        victims: set[int] = set()
        if retention.days:
            cutoff = int(now - retention.days * 86400)
            victims.update(
                r[0]
                for r in self._query(
                    "SELECT id FROM articles WHERE starred = 0 AND published < ?", (cutoff,)
                )
            )
        if retention.per_feed:
            victims.update(
                r[0]
                for r in self._query(
                    """SELECT id FROM (SELECT id, starred, row_number() OVER
                           (PARTITION BY feed_id ORDER BY published DESC, id DESC) AS n
                           FROM articles) WHERE n > ? AND starred = 0""",
                    (retention.per_feed,),
                )
            )
        if not victims:
            return 0
        ids = sorted(victims)
        with self.transaction() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                conn.execute(
                    f"""INSERT OR REPLACE INTO tombstones(feed_id, guid, pruned_at)
                        SELECT feed_id, guid, ? FROM articles WHERE id IN ({marks})""",
                    [now, *chunk],
                )
                conn.execute(f"DELETE FROM articles WHERE id IN ({marks})", chunk)
            # A tombstone outlives the article long enough for the feed to drop the item.
            conn.execute("DELETE FROM tombstones WHERE pruned_at < ?", (now - 365 * 86400,))
            conn.execute(
                "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM article_entities)"
            )
        return len(ids)
