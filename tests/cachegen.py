"""Fast generation of N cached articles straight into a real SQLite cache, for tests and benches.

Rows go in with `executemany` through the Store's own connection and transaction (the
FTS triggers index them as usual), bypassing fetch and derive so 100,000 articles take
seconds. Dates are fixed relative to `FIXED_NOW`, so rendered relative dates are stable.
All text is original, shaped like K-entertainment news. No pytest import: benches use it.
"""

from __future__ import annotations

import json
from pathlib import Path

from dramatui.content.derive import Deriver
from dramatui.content.entities import entity_key
from dramatui.store import Store

FIXED_NOW = 1_785_000_000.0  # 2026-07-25 17:20 UTC: "now" for every test that shows dates

FEEDS: tuple[tuple[str, str], ...] = (
    ("https://kdrama-daily.test/feed/", "K-Drama Daily"),
    ("https://seoul-screen.test/rss", "Seoul Screen"),
    ("https://hallyu-wire.test/atom.xml", "Hallyu Wire"),
)

SHOWS = (
    "Queen of Tears",
    "Moving",
    "The Glory",
    "Twinkling Watermelon",
    "Lovely Runner",
    "Gyeongseong Creature",
    "Marry My Husband",
    "Doctor Slump",
    "My Demon",
    "Castaway Diva",
)
ACTORS = (
    "Kim Soo Hyun",
    "Kim Ji Won",
    "Han Hyo Joo",
    "Song Hye Kyo",
    "Byeon Woo Seok",
    "Park Seo Joon",
    "Park Min Young",
    "Park Shin Hye",
    "Song Kang",
    "Park Eun Bin",
)
_TEMPLATES = (
    "{actor} joins the cast of '{show}' in a surprise second-season role",
    "'{show}' climbs to a new viewership high as {actor}'s arc deepens",
    "{actor} talks night shoots and rewrites on the '{show}' set",
    "Behind the scenes: how '{show}' staged its rooftop finale with {actor}",
    "{actor} confirmed for a fan meeting tour after '{show}' wraps",
    "Five details fans missed in episode {n} of '{show}'",
)

HOSTILE_TITLE = "[Exclusive] [bold]Not bold[/b] \x1b[31m{show}\x1b[0m [link=x]stays literal[/link]"

BODY_HTML = """<p>Production on <b>{show}</b> resumed this week in Paju, with {actor} arriving early
for a table read that ran well past midnight, according to two crew members.</p>
<ul><li>New episodes air Saturdays and Sundays.</li><li>A behind-the-scenes special follows the finale.</li></ul>
<blockquote>We rewrote the last scene three times before it felt honest.</blockquote>
<p>Read the full interview on <a href="https://press.example/{slug}">the broadcaster's press page</a>.</p>
<img src="https://img.example/{slug}.jpg" alt="{actor} at the table read">"""


def write_config(home: Path, feeds: tuple[tuple[str, str], ...] = FEEDS, extra: str = "") -> Path:
    """A config for tests: no refresh on start, no timer, the given feeds."""
    home.mkdir(parents=True, exist_ok=True)
    lines = ["refresh_on_start = false", "refresh_interval = 0", extra, ""]
    for url, title in feeds:
        lines += ["[[feeds]]", f'url = "{url}"', f'title = "{title}"', ""]
    path = home / "config.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _videos(i: int, slug: str) -> list[dict[str, str]]:
    if i == 1:
        return [
            {
                "url": f"https://www.youtube.com/watch?v=teaser{i:05d}",
                "platform": "youtube",
                "label": "teaser",
            },
            {
                "url": f"https://tv.naver.com/v/{10000 + i}",
                "platform": "naver",
                "label": "making-of video",
            },
        ]
    if i % 7 == 2:
        return [
            {
                "url": f"https://www.youtube.com/watch?v=clip{i:06d}",
                "platform": "youtube",
                "label": "",
            }
        ]
    return []


def fill(
    store: Store,
    n: int,
    now: float = FIXED_NOW,
    feeds: tuple[tuple[str, str], ...] = FEEDS,
    spacing: int = 1800,
    hostile: bool = True,
) -> None:
    """Add `n` articles, newest `now - 20min`, one every `spacing` seconds, round-robin over feeds.

    Article 0 (the newest) has a hostile title when `hostile`; article 1 has two videos;
    every 7th has one; every 4th is read; every 11th is starred. They count as derived by the current
    extractor under default `[entities]` rules.
    """
    with store.transaction() as conn:
        feed_ids = []
        for url, title in feeds:
            conn.execute(
                "INSERT INTO feeds(url, title, active, last_checked, last_success, last_status)"
                " VALUES (?, ?, 1, ?, ?, 'ok') ON CONFLICT(url) DO UPDATE SET title = excluded.title,"
                " last_checked = excluded.last_checked, last_success = excluded.last_success,"
                " last_status = 'ok'",
                (url, title, now - 600, now - 600),
            )
            feed_ids.append(
                conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()[0]
            )
        entity_ids: dict[tuple[str, str], int] = {}
        for kind, names in (("show", SHOWS), ("actor", ACTORS)):
            for name in names:
                key = entity_key(name)
                conn.execute(
                    "INSERT OR IGNORE INTO entities(kind, key, name, confirmed) VALUES (?, ?, ?, 1)",
                    (kind, key, name),
                )
                entity_ids[(kind, name)] = conn.execute(
                    "SELECT id FROM entities WHERE kind = ? AND key = ?", (kind, key)
                ).fetchone()[0]
        start = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0] + 1
        articles = []
        links = []
        # Stamped as derived by today's extractor with default rules: the app re-extracts
        # only when a test asks for it (by changing the rules or the stamp).
        version = Deriver().version
        for i in range(n):
            show = SHOWS[i % len(SHOWS)]
            actor = ACTORS[(i * 3 + i // len(SHOWS)) % len(ACTORS)]
            slug = f"story-{i:06d}"
            if hostile and i == 0:
                title = HOSTILE_TITLE.format(show=show)
            else:
                title = _TEMPLATES[i % len(_TEMPLATES)].format(show=show, actor=actor, n=i % 16 + 1)
            html = BODY_HTML.format(show=show, actor=actor, slug=slug)
            text = (
                f"Production on {show} resumed this week in Paju, with {actor} arriving early for "
                f"a table read. Story number {i}."
            )
            videos = _videos(i, slug)
            article_id = start + i
            feed_id = feed_ids[i % len(feed_ids)]
            articles.append(
                (
                    article_id,
                    feed_id,
                    f"urn:test:{i}",
                    f"https://news.example/{slug}",
                    title,
                    "Staff Reporter" if i % 2 else "Min Ji-woo",
                    int(now - 1200 - i * spacing),
                    int(now),
                    html,
                    "",
                    json.dumps(["Drama", show, actor]),
                    text,
                    json.dumps(videos),
                    1 if videos else 0,
                    1 if i % 4 == 3 else 0,
                    1 if i % 11 == 4 else 0,
                    version,
                )
            )
            links.append((entity_ids[("show", show)], article_id, 0))
            links.append((entity_ids[("actor", actor)], article_id, 1))
        conn.executemany(
            """INSERT INTO articles(id, feed_id, guid, url, title, author, published, fetched,
                   summary_html, content_html, categories, text, videos, has_video, read, starred,
                   derived_version)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            articles,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO article_entities(entity_id, article_id, position) VALUES (?, ?, ?)",
            links,
        )


def make_home(home: Path, n: int, **kwargs: object) -> Path:
    """A dramatui home with a test config and `n` cached articles; returns `home`."""
    from dramatui.session import open_session

    write_config(home)
    session = open_session(home=home)
    try:
        fill(session.store, n, **kwargs)  # type: ignore[arg-type]
    finally:
        session.close()
    return home
