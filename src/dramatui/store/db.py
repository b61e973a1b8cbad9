"""Opening the cache: WAL mode, schema migrations, and refusing what is not ours.

A corrupted or foreign `cache.db` is moved aside with a timestamp (never deleted) and a
fresh cache started; a cache written by a newer dramatui is refused, not damaged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

SCHEMA_VERSION = 1
CHECK_INTERVAL = 24 * 3600  # seconds between full integrity checks at open
APPLICATION_ID = 0x4B445241  # "KDRA": marks a SQLite file as a dramatui cache


class CacheError(Exception):
    """The cache cannot be used; the message says why and what was done."""


MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE feeds(
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        custom_title TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        full_text TEXT NOT NULL DEFAULT 'auto',
        site_url TEXT,
        etag TEXT,
        last_modified TEXT,
        last_checked REAL,
        last_success REAL,
        last_status TEXT,
        last_error TEXT,
        last_new INTEGER NOT NULL DEFAULT 0,
        last_updated INTEGER NOT NULL DEFAULT 0,
        retry_after REAL
    );
    CREATE TABLE articles(
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published INTEGER NOT NULL,
        fetched INTEGER NOT NULL,
        summary_html TEXT NOT NULL DEFAULT '',
        content_html TEXT NOT NULL DEFAULT '',
        categories TEXT NOT NULL DEFAULT '[]',
        media TEXT NOT NULL DEFAULT '[]',
        teaser INTEGER NOT NULL DEFAULT 0,
        page_html TEXT,
        page_videos TEXT NOT NULL DEFAULT '[]',
        page_status TEXT,
        page_checked REAL,
        page_attempts INTEGER NOT NULL DEFAULT 0,
        source_hash TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        videos TEXT NOT NULL DEFAULT '[]',
        has_video INTEGER NOT NULL DEFAULT 0,
        derived_version TEXT NOT NULL DEFAULT '',
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        UNIQUE(feed_id, guid)
    );
    -- Covering: the list's ids with their read state come from the index alone.
    CREATE INDEX articles_by_date ON articles(published DESC, id DESC, read, starred, has_video);
    CREATE INDEX articles_by_feed ON articles(feed_id, published DESC, id DESC);
    CREATE INDEX articles_unread ON articles(published DESC, id DESC) WHERE read = 0;
    CREATE INDEX articles_starred ON articles(published DESC, id DESC) WHERE starred = 1;
    CREATE INDEX articles_video ON articles(published DESC, id DESC) WHERE has_video = 1;
    CREATE INDEX articles_no_page ON articles(published DESC) WHERE page_html IS NULL;
    CREATE TABLE entities(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        confirmed INTEGER NOT NULL DEFAULT 0,
        UNIQUE(kind, key)
    );
    CREATE TABLE article_entities(
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(entity_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_entities_by_article ON article_entities(article_id);
    CREATE TABLE tombstones(
        feed_id INTEGER NOT NULL,
        guid TEXT NOT NULL,
        pruned_at REAL NOT NULL,
        PRIMARY KEY(feed_id, guid)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
}


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode survives a killed process (only a power cut can lose the
    # last transactions), at a fraction of FULL's fsync cost.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32000")


def _move_aside(path: Path, reason: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _inspect(conn: sqlite3.Connection) -> int:
    """Return the file's schema version (0 for an empty file); raise DatabaseError if unusable."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables and app_id == 0:
        return 0
    if app_id != APPLICATION_ID or "meta" not in tables:
        raise sqlite3.DatabaseError("not a dramatui cache")
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise sqlite3.DatabaseError("dramatui cache without a schema version")
    if int(row[0]) > SCHEMA_VERSION:
        return int(row[0])  # a newer dramatui's cache: refused by the caller, never written
    # A full quick_check reads every page (0.15 s at 100k articles): it runs at most once
    # a day, so start-up stays fast; header, schema and meta reads above catch garbage.
    last = conn.execute("SELECT value FROM meta WHERE key = 'last_check'").fetchone()
    if last is None or time.time() - float(last[0]) > CHECK_INTERVAL:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()
        if result is None or result[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {result[0] if result else '?'}")
        # Another process may hold the write lock: then the next open checks again.
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('last_check', ?)",
                (str(time.time()),),
            )
    return int(row[0])


def connect(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """Open (creating or migrating) the cache at `path`.

    Returns the connection and a notice for the user when a bad file was moved aside.
    Raises CacheError when the cache belongs to a newer dramatui.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    notice: str | None = None
    for attempt in range(2):
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        conn = sqlite3.connect(path, timeout=15.0, check_same_thread=False, isolation_level=None)
        try:
            version = _inspect(conn)
            _configure(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if attempt:
                raise CacheError(f"cannot open the cache {path}: {exc}") from exc
            moved = _move_aside(path, "corrupt")
            notice = f"The cache {path} was unreadable ({exc}); it was moved to {moved} and a fresh cache started."
            continue
        if version > SCHEMA_VERSION:
            conn.close()
            raise CacheError(
                f"the cache {path} was written by a newer dramatui (schema {version}, this one "
                f"knows {SCHEMA_VERSION}); upgrade dramatui or use --home to choose another cache"
            )
        _migrate(conn, version)
        return conn, notice
    raise AssertionError("unreachable")


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    while version < SCHEMA_VERSION:
        target = version + 1
        script = (
            "BEGIN IMMEDIATE;"
            + MIGRATIONS[target]
            + f";INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '{target}');"
            + f"PRAGMA application_id = {APPLICATION_ID};"
            + f"PRAGMA user_version = {target};"
            + "COMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.OperationalError:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Another process may have run the same migration while we waited.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current >= target:
                version = current
                continue
            raise
        version = target
