"""Generated RSS feeds of realistic-looking K-drama news, for integration tests and benches."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

SHOWS = [
    "Moonlit Ledger",
    "The Last Ferry to Jeju",
    "Glass Garden",
    "Salt and Honey",
    "Midnight Pharmacy",
    "A Hundred Autumns",
    "The Quiet Prosecutor",
    "Runway Kids",
]
ACTORS = [
    "Kim Ha Neul",
    "Park Seo Jun",
    "Lee Ji Eun",
    "Choi Woo Shik",
    "Han Hyo Joo",
    "Jung Hae In",
    "Shin Min Ah",
    "Yoon Kye Sang",
    "Seo Hyun Jin",
    "Kang Ha Neul",
]
NETWORKS = ["tvN", "JTBC", "SBS", "KBS2", "MBC", "Netflix", "ENA"]


def make_item(feed_no: int, item_no: int, when: datetime, rng: random.Random) -> str:
    show = rng.choice(SHOWS)
    actor, other = rng.sample(ACTORS, 2)
    network = rng.choice(NETWORKS)
    video = f"{feed_no:03d}{item_no:04d}abcd"[:11]
    body = (
        f"<p>{network}’s “{show}” shared new stills of {actor} ahead of episode {item_no % 16 + 1}."
        f" In the scene, {actor} and {other} rehearse a tense dinner conversation.</p>"
        f"<p>The production team said filming wrapped in Incheon last week.</p>"
        f'<iframe src="https://www.youtube.com/embed/{video}" title="teaser"></iframe>'
    )
    return (
        "<item>"
        f"<title>{escape(actor)} and {escape(other)} light up {escape(show)} stills #{item_no}</title>"
        f"<link>https://news{feed_no}.example/{item_no}</link>"
        f'<guid isPermaLink="false">feed{feed_no}-item{item_no}</guid>'
        f"<pubDate>{format_datetime(when)}</pubDate>"
        f"<category>{escape(actor)}</category><category>{escape(show)}</category><category>K-Drama</category>"
        f"<description>{escape(body)}</description>"
        "</item>"
    )


def make_feed(feed_no: int, items: int, now: datetime | None = None, seed: int = 7) -> bytes:
    """An RSS 2.0 document with `items` items, newest first."""
    now = now or datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    rng = random.Random(seed * 100_003 + feed_no)
    entries = "".join(
        make_item(feed_no, i, now - timedelta(minutes=37 * i + feed_no), rng) for i in range(items)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0"><channel>'
        f"<title>K-News {feed_no}</title><link>https://news{feed_no}.example/</link>"
        f"<description>Generated feed {feed_no}</description>{entries}</channel></rss>"
    ).encode()
