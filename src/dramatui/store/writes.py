"""Writing articles: ingest of parsed feeds, derivation results (text, videos, shows and
actors), re-derivation when the extractor or the user's rules change, and article pages."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from dramatui.records import Derived, Media, ParsedFeed, Video

if TYPE_CHECKING:
    from dramatui.content.derive import Deriver
    from dramatui.content.entities import Gazetteer

from dramatui.store.base import StoreBase
from dramatui.store.models import ACTOR, SHOW, entity_key


def _flat(records: Sequence[Media | Video]) -> list[dict[str, Any]]:
    """Records of plain string fields as dicts: `asdict` deep-copies every value, which
    was a third of the store's time per article."""
    return [{name: getattr(r, name) for name in r.__dataclass_fields__} for r in records]


class StoreWrites(StoreBase):
    """Ingest and derivation; see Store for the rest."""

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
                media = _flat(entry.media)
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
                self._save_entities(conn, article_id, result, entity_ids, fresh=old is None)
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
            json.dumps(_flat(derived.videos), ensure_ascii=False),
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
    ) -> None:
        conn.execute(
            "UPDATE articles SET text = ?, videos = ?, has_video = ?, teaser = ?, "
            "derived_version = ? WHERE id = ?",
            (*self._derived_values(derived, version), article_id),
        )
        self._save_entities(conn, article_id, derived, {}, fresh=False)

    @staticmethod
    def _save_entities(
        conn: sqlite3.Connection,
        article_id: int,
        derived: Derived,
        entity_ids: dict[tuple[str, str], int],
        fresh: bool,
    ) -> None:
        """Link an article to its shows and actors; `entity_ids` caches ids within a transaction.

        Names that the feed's own categories name (`Derived.confirmed_*`) are marked
        confirmed: they seed the gazetteer that recognises them in feeds without categories.
        """
        if not fresh:
            conn.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
        if not (derived.shows or derived.actors):
            return
        confirmed_keys = {
            SHOW: {entity_key(n) for n in derived.confirmed_shows},
            ACTOR: {entity_key(n) for n in derived.confirmed_actors},
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
                )
                for r in rows
            ]
            with self.transaction() as conn:
                for article_id, derived in results:
                    self._save_derived(conn, article_id, derived, deriver.version)
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
                    json.dumps(_flat(page_videos), ensure_ascii=False),
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
