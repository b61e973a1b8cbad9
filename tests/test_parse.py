"""parse_feed over fixture feeds (RSS, Atom, JSON Feed) and hostile documents."""

from __future__ import annotations

import json
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dramatui.feeds.parse import FeedError, parse_feed
from dramatui.records import Media, ParsedFeed

DATA = Path(__file__).parent / "data" / "feeds"
FETCHED = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


def load(name: str, url: str = "https://example.test/feed") -> ParsedFeed:
    return parse_feed((DATA / name).read_bytes(), url, fetched_at=FETCHED)


def rss(items: str, head: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>' + head + '<rss version="2.0"><channel>'
        "<title>Test Feed</title><link>https://feed.test/</link>" + items + "</channel></rss>"
    ).encode()


# -- happy documents -----------------------------------------------------------------


def test_rss_with_categories_content_and_media() -> None:
    feed = load("rss_full.xml", "https://seoulscreen.example/rss")
    assert feed.title == "Seoul Screen Notes"
    assert feed.site_url == "https://seoulscreen.example/"
    assert feed.warning is None
    first = feed.entries[0]
    assert first.guid == "ssn-20260302-001"
    assert first.link == "https://seoulscreen.example/2026/03/kim-ji-won-verdict-at-dawn"
    assert first.title == 'Kim Ji-won confirmed for new legal drama "Verdict at Dawn"'
    assert first.author == "Lee Hana"
    assert first.published == datetime(2026, 3, 2, 0, 30, tzinfo=UTC)
    assert first.summary_html.startswith("Kim Ji-won returns")
    assert first.content_html.startswith("<p>Kim Ji-won will lead <em>Verdict at Dawn</em>")
    # relative URIs inside HTML are left alone (resolve_relative_uris=False)
    assert 'href="/tags/verdict-at-dawn"' in first.content_html
    assert first.categories == ["Casting", "Kim Ji-won", "Verdict at Dawn"]
    assert first.media == [
        Media("https://cdn.seoulscreen.example/clips/verdict-teaser.mp4", "video/mp4", "enclosure"),
        Media("https://cdn.seoulscreen.example/img/verdict-poster.jpg", "image/jpeg", "content"),
        Media("https://www.youtube.com/embed/Vd4wTeaser01", "", "player"),
        Media("https://seoulscreen.example/img/verdict-thumb.jpg", "", "thumbnail"),
    ]


def test_rss_guid_fallbacks_duplicates_and_dates() -> None:
    feed = load("rss_full.xml", "https://seoulscreen.example/rss")
    titles = [e.title for e in feed.entries]
    assert "Duplicate of the first item with the same guid" not in titles
    assert len(feed.entries) == 4
    ratings, set_photos, fan_meeting = feed.entries[1:]
    assert ratings.media == []  # javascript: enclosure dropped
    assert ratings.content_html == ""
    assert ratings.summary_html.startswith("<p>The cozy mystery")
    # no guid -> link; no guid and no link -> hash
    assert set_photos.guid == "https://seoulscreen.example/2026/02/moonlit-bakery-set"
    assert fan_meeting.link is None
    assert fan_meeting.guid.startswith("sha1:") and len(fan_meeting.guid) == 45
    # 1971 and 2099 are not believable: fall back to the fetch time
    assert set_photos.published == FETCHED
    assert fan_meeting.published == FETCHED


def test_summary_only_rss() -> None:
    feed = load("rss_summary_only.xml")
    assert [e.content_html for e in feed.entries] == ["", ""]
    assert feed.entries[0].summary_html.startswith("The cooking variety show")
    assert feed.entries[0].published == datetime(2026, 3, 3, 14, 0, tzinfo=UTC)
    assert feed.entries[1].published == FETCHED  # no date at all
    assert feed.entries[1].guid == "https://kvariety.example/news/web-drama-lineup"


def test_atom() -> None:
    feed = load("atom.xml")
    assert feed.title == "Hallyu Backstage"
    assert feed.site_url == "https://backstage.example/"
    first, second = feed.entries
    assert first.guid == "tag:backstage.example,2026:post-77"
    assert first.title == "Exclusive: Song Hye-kyo in talks for a period thriller"
    assert first.author == "Choi Minseo"
    assert first.published == datetime(2026, 3, 1, 23, 0, tzinfo=UTC)  # published, not updated
    assert first.categories == ["Film", "Song Hye-kyo"]
    assert first.media == [Media("https://backstage.example/pod/77.mp3", "audio/mpeg", "enclosure")]
    assert "Jeonju" in first.content_html
    assert first.summary_html == "<p>Talks are at an early stage, sources say.</p>"
    # content only: feedparser copies it to summary; we keep it once, in content_html
    assert second.summary_html == ""
    assert second.content_html == "<p>The cast shared a final group photo from the Busan set.</p>"
    assert second.published == datetime(2026, 3, 1, 18, 30, tzinfo=UTC)


def test_json_feed_1_1() -> None:
    feed = load("jsonfeed.json", "https://dramabulletin.example/feed.json")
    assert feed.title == "Drama Bulletin"
    assert feed.site_url == "https://dramabulletin.example/"
    assert feed.warning is None
    assert len(feed.entries) == 3  # duplicate id and the non-object item are dropped
    first, second, third = feed.entries
    assert first.guid == "db-1001"
    assert first.author == "Jung Yuri, Han Seok"
    assert first.categories == ["IU", "Park Bo-gum", "tvN"]
    assert first.published == datetime(2026, 3, 1, 22, 15, tzinfo=UTC)
    assert first.summary_html == "A one-night music special in May."
    assert first.media == [
        Media(
            "https://dramabulletin.example/v/special-teaser.mp4", "video/mp4", "enclosure", "Teaser"
        ),
        Media("https://dramabulletin.example/img/special.jpg", "", "thumbnail"),
    ]
    assert second.guid == "1002"
    assert second.link == "https://dramabulletin.example/p/1002"
    assert second.content_html == (
        "<p>Third week at number one.</p><p>Viewers in 40 countries tuned in.</p>"
    )
    assert second.published == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    # every field had the wrong type: still an entry (its title is the number), no crash
    assert third.title == "42" and third.categories == [] and third.media == []


def test_json_feed_version_1() -> None:
    feed = load("jsonfeed_v1.json")
    (entry,) = feed.entries
    assert entry.author == "Kang Dae"
    assert entry.content_html == "<p>A rookie comedian joins the cast.</p>"


def test_empty_but_valid_feed_is_not_an_error() -> None:
    feed = parse_feed(rss(""), "https://feed.test/rss")
    assert feed.entries == [] and feed.title == "Test Feed"


def test_strings_are_cleaned() -> None:
    body = rss(
        "<item><title>Red\x1b[31m Carpet&#x7;</title><link>https://feed.test/a</link>"
        "<author>ed\x1b]0;pwned\x07itor</author><category>A\x1b[2Jb</category>"
        "<description>x&#x9b;y</description></item>"
    )
    (entry,) = parse_feed(body, "https://feed.test/rss").entries
    assert entry.title == "Red Carpet"
    assert entry.categories == ["Ab"]
    assert "\x1b" not in entry.author and "\x9b" not in entry.summary_html


# -- not feeds ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "not a feed: empty document"),
        (b" \n\t", "not a feed: empty document"),
        (b"\xef\xbb\xbf  ", "not a feed: empty document"),
        (
            b"<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>",
            "not a feed: looks like HTML",
        ),
        (
            b"<?xml version='1.0'?>\n<!-- site -->\n<html xmlns='http://www.w3.org/1999/xhtml'>",
            "not a feed: looks like HTML",
        ),
        (b"Service temporarily unavailable", "not a feed: neither XML nor JSON"),
        (b"/etc/passwd", "not a feed: neither XML nor JSON"),
        (b'{"name": "not a feed"}', "not a feed: JSON but not a JSON Feed"),
        (
            b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
            "malformed feed: invalid JSON",
        ),
        (b"<rss><channel><item><title>cut off", "malformed feed:"),
        (
            b"<svg xmlns='http://www.w3.org/2000/svg'></svg>",
            "not a feed: no RSS, Atom or JSON Feed",
        ),
    ],
)
def test_not_a_feed(body: bytes, message: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(body, "https://feed.test/x")
    assert str(info.value).startswith(message)


def test_bytes_are_never_opened_as_a_file(tmp_path: Path) -> None:
    # feedparser.parse(bytes) first tries the bytes as a file name; we must not.
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss("<item><title>LEAKED</title><guid>s</guid></item>"))
    with pytest.raises(FeedError):
        parse_feed(str(secret).encode(), "https://feed.test/x")


# -- hostile documents ------------------------------------------------------------------


def test_billion_laughs_is_contained() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10)
    )
    body = rss(
        "<item><title>Laughs &lol9;</title><guid>g</guid><description>&lol5;</description></item>",
        head=f"<!DOCTYPE rss [{entities}]>",
    )
    tracemalloc.start()
    try:
        feed = parse_feed(body, "https://feed.test/x")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    for entry in feed.entries:
        assert len(entry.title) < 1000 and len(entry.summary_html) < 1000
        assert "lollollol" not in entry.title + entry.summary_html


def test_external_entities_do_not_leak_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-PASSWORD")
    for decl in (f'SYSTEM "file://{secret}"', f'PUBLIC "-//x//y" "file://{secret}"'):
        body = rss(
            "<item><title>Before &xxe; after</title><guid>g</guid>"
            "<description>&xxe;</description></item>",
            head=f"<!DOCTYPE rss [<!ENTITY xxe {decl}>]>",
        )
        try:
            feed = parse_feed(body, "https://feed.test/x")
        except FeedError:
            continue
        dump = repr(feed)
        assert "TOP-SECRET" not in dump
        assert feed.entries[0].title.startswith("Before")


def test_parameter_entity_cannot_fetch_dtd(tmp_path: Path) -> None:
    secret = tmp_path / "evil.dtd"
    secret.write_text('<!ENTITY leak "DTD-WAS-LOADED">')
    body = rss(
        "<item><title>T &leak;</title><guid>g</guid></item>",
        head=f'<!DOCTYPE rss [<!ENTITY % ext SYSTEM "file://{secret}"> %ext;]>',
    )
    try:
        feed = parse_feed(body, "https://feed.test/x")
    except FeedError:
        return
    assert "DTD-WAS-LOADED" not in repr(feed)


def test_huge_title_is_truncated() -> None:
    body = rss(f"<item><title>{'드라마' * 400_000}</title><guid>g</guid></item>")
    (entry,) = parse_feed(body, "https://feed.test/x").entries
    assert len(entry.title) <= 1001 and entry.title.endswith("…")


def test_huge_content_is_capped() -> None:
    body = rss(f"<item><title>t</title><description>{'a' * 1_500_000}</description></item>")
    (entry,) = parse_feed(body, "https://feed.test/x").entries
    assert len(entry.summary_html) <= 1_000_001


def test_hundred_thousand_categories() -> None:
    cats = "".join(f"<category>Tag {i}</category>" for i in range(100_000))
    long_cat = f"<category>{'k' * 5000}</category>"
    body = rss(f"<item><title>t</title><guid>g</guid>{long_cat}{cats}</item>")
    started = time.monotonic()
    (entry,) = parse_feed(body, "https://feed.test/x").entries
    # feedparser's own tag collection is quadratic (over 3 minutes here); ours is capped
    assert time.monotonic() - started < 20
    assert len(entry.categories) == 200
    assert len(entry.categories[0]) <= 201
    assert entry.categories[1] == "Tag 0"


def test_deeply_nested_html_and_xml() -> None:
    nested_html = "<div>" * 50_000 + "deep" + "</div>" * 50_000
    body = rss(f"<item><title>t</title><description><![CDATA[{nested_html}]]></description></item>")
    (entry,) = parse_feed(body, "https://feed.test/x").entries
    assert "deep" in entry.summary_html
    nested_xml = "<x>" * 20_000 + "</x>" * 20_000
    body = rss(f"<item><title>nested</title><guid>g</guid>{nested_xml}</item>")
    assert parse_feed(body, "https://feed.test/x").entries[0].title == "nested"


def test_truncated_xml_keeps_complete_items_with_warning() -> None:
    body = rss("<item><title>Complete one</title><guid>1</guid></item>")
    body = body[: body.index(b"</channel>")] + b"<item><title>Cut o"
    feed = parse_feed(body, "https://feed.test/x")
    assert feed.entries[0].title == "Complete one"
    assert feed.warning


def test_utf16_with_bom() -> None:
    text = rss("<item><title>눈물의 여왕 finale</title><guid>g</guid></item>").decode()
    feed = parse_feed(text.encode("utf-16"), "https://feed.test/x")
    assert feed.entries[0].title == "눈물의 여왕 finale"


def test_lying_declaration_utf8_body() -> None:
    body = rss("<item><title>선재 업고 튀어</title><guid>g</guid></item>").replace(
        b'encoding="UTF-8"', b'encoding="euc-kr"'
    )
    feed = parse_feed(body, "https://feed.test/x", content_type="text/xml; charset=iso-8859-1")
    assert feed.entries[0].title == "선재 업고 튀어"


def test_lying_declaration_euckr_body() -> None:
    text = rss("<item><title>선재 업고 튀어</title><guid>g</guid></item>").decode()
    feed = parse_feed(text.encode("euc-kr"), "https://feed.test/x")
    assert feed.entries[0].title == "선재 업고 튀어"


def test_http_charset_is_used_for_undeclared_legacy_body() -> None:
    text = rss("<item><title>이준호</title><guid>g</guid></item>").decode()
    body = text.replace('encoding="UTF-8"', "").encode("euc-kr")
    feed = parse_feed(
        body, "https://feed.test/x", content_type="application/rss+xml; charset=EUC-KR"
    )
    assert feed.entries[0].title == "이준호"


@pytest.mark.parametrize(
    "content_type",
    ["text/xml; charset=utf-16", "text/xml; charset=bogus-enc", 'text/html; charset="EUC-KR"'],
)
def test_lying_http_charset_on_ascii_body(content_type: str) -> None:
    body = rss("<item><title>Hello Seoul</title><guid>g</guid></item>")
    feed = parse_feed(body, "https://feed.test/x", content_type=content_type)
    assert feed.entries[0].title == "Hello Seoul"


def test_invalid_bytes_do_not_stop_the_feed() -> None:
    body = rss("<item><title>ok</title><guid>g</guid></item>").replace(
        b"ok", b"ok \xff\xfe\x80 fine"
    )
    feed = parse_feed(body, "https://feed.test/x")
    assert feed.entries[0].title.startswith("ok")


def test_missing_everything_but_a_description() -> None:
    feed = parse_feed(rss("<item><description>only text</description></item>"), "https://f.test/")
    (entry,) = feed.entries
    assert entry.title == "" and entry.link is None and entry.published.tzinfo is not None
    assert entry.guid.startswith("sha1:")


def test_bad_urls_and_dates_in_json_feed() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [
            {"id": "a", "title": "x", "url": "javascript:alert(1)", "date_published": "yesterday"},
            {
                "id": "b",
                "title": "y",
                "url": "//cdn.test/p",
                "date_published": "0001-01-01T00:00:00+14:00",
            },
        ],
    }
    first, second = parse_feed(
        json.dumps(doc).encode(), "https://f.test/feed.json", fetched_at=FETCHED
    ).entries
    assert first.link is None and first.published == FETCHED
    assert second.link == "https://cdn.test/p" and second.published == FETCHED


def test_json_nested_too_deeply() -> None:
    with pytest.raises(FeedError, match="malformed feed"):
        parse_feed(b"{" + b'"a":[' * 100_000, "https://f.test/feed.json")


def test_default_fetched_at_is_now() -> None:
    (entry,) = parse_feed(rss("<item><title>t</title></item>"), "https://f.test/").entries
    assert abs(entry.published - datetime.now(UTC)) < timedelta(minutes=1)


# -- property ---------------------------------------------------------------------------

_xmlish = st.lists(
    st.sampled_from(
        [
            b"<rss>",
            b"<channel>",
            b"<item>",
            b"</item>",
            b"<title>",
            b"</title>",
            b"<feed>",
            b"<entry>",
            b"<![CDATA[",
            b"]]>",
            b"&amp;",
            b"&#0;",
            b"&bogus;",
            b"<?xml ?>",
            b"{",
            b"\xff",
            b"<link href='javascript:x'/>",
            b"<pubDate>32 Feb 99999</pubDate>",
            b"\x00",
            b"\xef\xbb\xbf",
        ]
    )
    | st.binary(max_size=20),
    max_size=40,
).map(b"".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | _xmlish)
def test_parse_feed_only_raises_feed_error(body: bytes) -> None:
    try:
        feed = parse_feed(body, "https://f.test/x")
    except FeedError as exc:
        assert str(exc)
        return
    for entry in feed.entries:
        assert entry.guid
        assert entry.published.tzinfo is not None
        assert entry.link is None or entry.link.startswith(("http://", "https://"))


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=12), c, max_size=4),
        max_leaves=30,
    )
)
def test_json_feed_items_of_any_shape(item: object) -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": item,
        "items": [
            item,
            {"id": "x", "title": "t", "tags": item, "attachments": item, "authors": item},
        ],
    }
    feed = parse_feed(json.dumps(doc).encode(), "https://f.test/feed.json")
    assert any(e.guid == "x" for e in feed.entries)
