"""The lxml fast path (feeds/fastparse.py) against the feedparser path, field by field.

Every fixture feed in the repository, generated feeds and hand-written edge cases are
parsed both ways (`parse_feed(..., fast=False)` forces feedparser) and must give equal
ParsedFeed records. Each case also says whether the fast path is expected to take it
or to hand it to feedparser, so a fast path that silently falls back everywhere fails.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dramatui.feeds.fastparse import fast_parse
from dramatui.feeds.parse import FeedError, _strip_doctype, parse_feed
from dramatui.records import ParsedFeed
from feedgen import make_feed

ROOT = Path(__file__).parent.parent
FETCHED = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
URL = "https://feed.example/rss"
FIXTURES = sorted(
    [
        *(ROOT / "tests/data/feeds").glob("*.xml"),
        *(ROOT / "tests/data/corpus").glob("*.xml"),
        *(ROOT / "tests/data/corpus_heldout").glob("*.xml"),
        *(ROOT / "src/dramatui/demo").glob("*"),
        *(ROOT / "tests/data/hostile").glob("*.xml"),
    ]
)
# Fixtures the fast path must hand over: control-character references are not XML.
FALLBACK_FIXTURES = {"injection.xml"}


def slow(body: bytes) -> ParsedFeed | FeedError:
    try:
        return parse_feed(body, URL, fetched_at=FETCHED, fast=False)
    except FeedError as exc:
        return exc


def fast(body: bytes) -> ParsedFeed | None:
    return fast_parse(_strip_doctype(body), URL, FETCHED)


def assert_same(body: bytes, expect_fast: bool = True) -> ParsedFeed | None:
    quick = fast(body)
    reference = slow(body)
    if expect_fast:
        assert quick is not None, "the fast path fell back"
    else:
        assert quick is None, "the fast path should have handed this to feedparser"
    if quick is None:
        return None
    assert isinstance(reference, ParsedFeed)
    assert (quick.title, quick.site_url, quick.warning) == (
        reference.title,
        reference.site_url,
        reference.warning,
    )
    assert len(quick.entries) == len(reference.entries)
    for mine, theirs in zip(quick.entries, reference.entries, strict=True):
        for field in mine.__slots__:
            assert getattr(mine, field) == getattr(theirs, field), (mine.guid, field)
    assert quick == reference
    # and parse_feed itself takes the fast path to the same result
    assert parse_feed(body, URL, fetched_at=FETCHED) == reference
    return quick


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_feeds(path: Path) -> None:
    feed = assert_same(path.read_bytes(), expect_fast=path.name not in FALLBACK_FIXTURES)
    assert feed is None or feed.entries


@pytest.mark.parametrize(("feed_no", "items"), [(0, 50), (3, 1), (17, 0), (42, 120)])
def test_generated_feeds(feed_no: int, items: int) -> None:
    feed = assert_same(make_feed(feed_no, items))
    assert feed is not None and len(feed.entries) == items


def rss(items: str, ns: str = "", channel: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"'
        f' xmlns:atom="http://www.w3.org/2005/Atom"{ns}><channel>'
        f"<title>Drama Desk</title><link>https://drama.example/</link>{channel}"
        f"{items}</channel></rss>"
    ).encode()


def atom(entries: str, head: str = "", attrs: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<feed xmlns="http://www.w3.org/2005/Atom"{attrs}><title>Hallyu Ledger</title>'
        '<link rel="alternate" href="https://ledger.example/"/>'
        f"<id>tag:ledger.example,2026:feed</id>{head}{entries}</feed>"
    ).encode()


ITEM = "<item><title>Park Eun-bin wraps filming</title><guid>pb-1</guid>{}</item>"
ENTRY = "<entry><id>tag:ledger.example,2026:{}</id><title>Entry {}</title>{}</entry>"

# (id, document, taken by the fast path)
EDGE_CASES: list[tuple[str, bytes, bool]] = [
    (
        "xhtml-content",
        atom(
            ENTRY.format(
                1,
                1,
                '<content type="xhtml"> <div xmlns="http://www.w3.org/1999/xhtml">'
                '<p class="Lead">Kim Tae-ri &amp; <b>Nam Joo-hyuk</b><br/>reunite.</p>'
                '<a REL="NoFollow" href="/clip?a=1&amp;b=2">clip</a></div> </content>',
            )
        ),
        True,
    ),
    (
        "xhtml-two-divs",
        atom(
            ENTRY.format(
                2,
                2,
                '<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">one</div>'
                '<div xmlns="http://www.w3.org/1999/xhtml">two</div></summary>',
            )
        ),
        True,
    ),
    (
        "xhtml-title",
        atom(
            ENTRY.format(3, 3, "").replace(
                "<title>Entry 3</title>",
                '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                "<em>Queen of Tears</em> finale</div></title>",
            )
        ),
        True,
    ),
    (
        "html-title-entities",
        atom(
            ENTRY.format(4, 4, "").replace(
                "<title>Entry 4</title>",
                '<title type="html">&lt;b&gt;Lovely Runner&lt;/b&gt; tops &amp;amp; charts</title>',
            )
        ),
        True,
    ),
    (
        "xml-base-atom",
        atom(
            '<entry xml:base="https://cdn.ledger.example/2026/"><id>e5</id><title>Base</title>'
            '<link href="story/5"/><link rel="enclosure" href="clip.mp4" type="Video/MP4"/>'
            "</entry>",
            attrs=' xml:base="https://ledger.example/news/"',
        ),
        True,
    ),
    (
        "xml-base-rss-leaks-to-next-item",
        rss(
            '<item xml:base="https://other.example/a/"><title>One</title><link>one</link></item>'
            "<item><title>Two</title><link>two</link><guid>t2</guid></item>"
        ),
        True,
    ),
    (
        "cdata-and-entities",
        rss(
            "<item><title><![CDATA[Yoo Yeon-seok & Chae Soo-bin <3]]></title><guid>c1</guid>"
            "<description><![CDATA[<p>When the Phone Rings &mdash; ep. 3</p>]]></description>"
            "<dc:creator>Han &#xD55C; Reporter</dc:creator></item>"
        ),
        True,
    ),
    (
        "rss-title-with-html",
        rss("<item><title>&lt;b&gt;Exclusive&lt;/b&gt; Byeon Woo-seok cast</title></item>"),
        True,
    ),
    (
        "media-group",
        rss(
            ITEM.format(
                "<media:group><media:content url='https://v.example/a.mp4' type='video/mp4'/>"
                "<media:content url='https://v.example/a.jpg' medium='image'/>"
                "<media:thumbnail url='https://v.example/t.jpg'/></media:group>"
                "<media:thumbnail>https://v.example/t2.jpg</media:thumbnail>"
                "<media:player url='https://www.youtube.com/embed/abcdefghijk'/>"
            )
        ),
        True,
    ),
    (
        "unknown-namespaces",
        rss(
            ITEM.format(
                "<x:title>not the title</x:title><x:rating>5</x:rating>"
                "<comments>https://drama.example/c</comments><slash:comments>3</slash:comments>"
            ),
            ns=' xmlns:x="urn:example:x" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"',
        ),
        True,
    ),
    (
        "media-prefix-on-wrong-namespace",
        rss(
            ITEM.format("<m:content url='https://v.example/x.mp4'/>"),
            ns=' xmlns:m="urn:not-media"',
        ),
        True,
    ),
    ("missing-everything", rss("<item><description>only words</description></item>"), True),
    (
        "duplicate-guids",
        rss(ITEM.format("") + ITEM.format("<description>second</description>")),
        True,
    ),
    (
        "guid-permalink-rules",
        rss(
            "<item><title>a</title><guid>https://drama.example/a</guid></item>"
            '<item><title>b</title><guid isPermaLink="false">https://drama.example/b</guid></item>'
            '<item><title>c</title><guid isPermaLink="True">https://drama.example/c</guid></item>'
            "<item><title>d</title><guid>https://drama.example/d</guid><link>/d2</link></item>"
            "<item><title>e</title><link></link><guid>https://drama.example/e</guid></item>"
        ),
        True,
    ),
    (
        "authors",
        rss(
            "<item><title>a</title><author>kim@drama.example (Kim Seol)</author></item>"
            "<item><title>b</title><author>Lee Da &lt;lee@drama.example&gt;</author></item>"
            "<item><title>c</title><author>only@drama.example</author></item>"
            "<item><title>d</title><dc:creator>Choi Ara</dc:creator></item>"
        ),
        True,
    ),
    (
        "atom-authors",
        atom(
            ENTRY.format(6, 6, "<author><name>Jung Min</name><email>jm@x.example</email></author>")
            + ENTRY.format(7, 7, "<author><email>desk@x.example</email></author>")
            + ENTRY.format(8, 8, "<author><name></name><uri>https://x.example/</uri></author>")
        ),
        True,
    ),
    (
        "categories",
        rss(
            ITEM.format(
                '<category domain="https://drama.example/tags">tvN</category>'
                "<category></category><category>TVN</category><dc:subject>Romance</dc:subject>"
                '<media:category scheme="urn:x">Netflix</media:category>'
            )
        )
        + b"",
        True,
    ),
    (
        "atom-categories",
        atom(
            ENTRY.format(
                9,
                9,
                '<category term="Film" label="Movies"/><category label="Only label"/>'
                '<category term="Cannes">Cannes text</category>',
            )
        ),
        True,
    ),
    (
        "dates",
        rss(
            "<item><title>a</title><pubDate>Mon, 02 Mar 2026 09:30:00 +0900</pubDate></item>"
            "<item><title>b</title><pubDate>Mon, 02 Mar 2026 09:30:00 KST</pubDate></item>"
            "<item><title>c</title><dc:date>2026-03-01T23:15:00+05:45</dc:date></item>"
            "<item><title>d</title><pubDate>sometime soon</pubDate></item>"
            "<item><title>e</title><pubDate>Sun, 01 Mar 26 10:00:00 GMT</pubDate></item>"
            "<item><title>f</title><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate>"
            "<pubDate></pubDate><dc:date>2026-02-27</dc:date></item>"
            "<item><title>g</title><pubDate>2026. 3. 1 오후 3:00:00</pubDate></item>"
        ),
        True,
    ),
    (
        "atom-dates",
        atom(
            ENTRY.format(10, 10, "<updated>2026-03-01T10:00:00-08:00</updated>")
            + ENTRY.format(
                11,
                11,
                "<published>2026-02-28T10:00:00.123+14:00</published><updated>x</updated>",
            )
        ),
        True,
    ),
    (
        "two-descriptions-become-content",
        rss(
            ITEM.format("<description>first</description><description>second, longer</description>")
        ),
        True,
    ),
    (
        "content-before-description",
        rss(
            ITEM.format("<content:encoded>body</content:encoded><description>teaser</description>")
        ),
        True,
    ),
    (
        "atom-content-only-and-summary-after-content",
        atom(
            ENTRY.format(12, 12, '<content type="html">&lt;p&gt;body&lt;/p&gt;</content>')
            + ENTRY.format(13, 13, "<content>plain</content><summary>short</summary>")
        ),
        True,
    ),
    (
        "double-encoded-utf8-and-cp1252",
        rss(ITEM.format("<description>caf&#195;&#169; &#x93;quoted&#x94;&#x85;</description>")),
        True,
    ),
    (
        "korean-utf8",
        rss(ITEM.format("<description>눈물의 여왕 최종회 시청률 24.9%</description>")),
        True,
    ),
    (
        "channel-extras",
        rss(
            ITEM.format(""),
            channel=(
                '<atom:link rel="self" type="application/rss+xml" href="https://drama.example/rss"/>'
                "<image><title>Logo</title><url>https://drama.example/l.png</url>"
                "<link>https://drama.example/</link></image>"
                "<skipHours><hour>3</hour></skipHours><language>ko</language>"
            ),
        ),
        True,
    ),
    (
        "atom-link-alternate-in-item",
        rss(ITEM.format('<atom:link href="https://drama.example/alt"/>')),
        True,
    ),
    (
        "atom-feed-link-from-id",
        atom(ENTRY.format(14, 14, ""))
        .replace(b'<link rel="alternate" href="https://ledger.example/"/>', b"")
        .replace(b"tag:ledger.example,2026:feed", b"https://ledger.example/home"),
        True,
    ),
    ("comment-inside-title", rss("<item><title>a<!-- x -->b</title></item>"), False),
    ("markup-inside-description", rss(ITEM.format("<description><p>x</p></description>")), False),
    (
        "latin1-declaration",
        rss(ITEM.format("")).replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"'),
        False,
    ),
    ("rdf", b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', False),
    ("media-title", rss(ITEM.format("<media:title>clip</media:title>")), False),
    ("undefined-entity", rss(ITEM.format("<description>a&nbsp;b</description>")), False),
    ("truncated", rss(ITEM.format(""))[:-20], False),
]


@pytest.mark.parametrize(
    ("body", "expect_fast"), [(b, f) for _, b, f in EDGE_CASES], ids=[i for i, _, _ in EDGE_CASES]
)
def test_edge_cases(body: bytes, expect_fast: bool) -> None:
    assert_same(body, expect_fast)


def test_xhtml_content_is_serialized_without_the_wrapper() -> None:
    feed = assert_same(EDGE_CASES[0][1])
    assert feed is not None
    assert feed.entries[0].content_html == (
        '<p class="Lead">Kim Tae-ri &amp; <b>Nam Joo-hyuk</b><br></br>reunite.</p>'
        '<a rel="nofollow" href="/clip?a=1&amp;b=2">clip</a>'
    )


def test_xml_base_resolves_links_and_never_yields_other_schemes() -> None:
    feed = assert_same(
        atom(
            '<entry xml:base="javascript:alert(1)//"><id>j</id><title>t</title>'
            '<link href="x"/></entry>'
        )
    )
    assert feed is not None
    assert feed.entries[0].link is None or feed.entries[0].link.startswith("https://")
    based = assert_same(EDGE_CASES[4][1])
    assert based is not None
    assert based.entries[0].link == "https://cdn.ledger.example/2026/story/5"


def test_parse_feed_still_falls_back_for_hostile_input() -> None:
    body = rss(ITEM.format("<description>&lol;</description>")).replace(
        b"<rss", b'<!DOCTYPE rss [<!ENTITY lol "lol">]><rss', 1
    )
    assert fast(body) is None  # the DOCTYPE is stripped, leaving an undefined entity
    assert parse_feed(body, URL).entries[0].guid == "pb-1"


# -- property: mutated valid feeds ------------------------------------------------------

_BASES = [make_feed(1, 3), EDGE_CASES[0][1], EDGE_CASES[8][1], EDGE_CASES[14][1]]
_TOKENS = [
    b"<",
    b">",
    b"</item>",
    b"<item>",
    b"<title>",
    b"<![CDATA[",
    b"&amp;",
    b"&#x85;",
    b"&#0;",
    b'xml:base="/x/"',
    b"<description>",
    b"<guid isPermaLink='false'>",
    b"<media:content url='/m'/>",
    b"\xff",
    b"\xc3\xa9",
    b"\x00",
    b"<!-- c -->",
    b'<link href="javascript:x"/>',
    b"<pubDate>32 Feb 99999</pubDate>",
    b"<category term='t'/>",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    body = bytearray(draw(st.sampled_from(_BASES)))
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(body)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if action == "insert":
            body[pos:pos] = draw(st.sampled_from(_TOKENS) | st.binary(max_size=6))
        elif action == "delete":
            del body[pos : pos + draw(st.integers(1, 30))]
        else:
            body[pos:pos] = body[pos : pos + draw(st.integers(1, 60))]
    return bytes(body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_feeds_never_raise_and_agree_when_taken(body: bytes) -> None:
    quick = fast(body)  # may only return a feed or None
    assert quick is None or isinstance(quick, ParsedFeed)
    reference = slow(body)
    if quick is not None:  # it only takes ASCII or UTF-8, as parse_feed would offer it
        assert quick == reference
    try:
        whole: ParsedFeed | FeedError = parse_feed(body, URL, fetched_at=FETCHED)
    except FeedError as exc:
        whole = exc
    if isinstance(reference, FeedError):
        assert isinstance(whole, FeedError) and str(whole) == str(reference)
    else:
        assert whole == reference
