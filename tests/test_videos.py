"""Video URL normalization and discovery in article HTML, feed media and the demo feeds."""

from __future__ import annotations

import time
from pathlib import Path

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dramatui
from dramatui.content.videos import find_videos, normalize_video_url
from dramatui.records import Media, Video

YT = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
BASE = "https://news.example/2026/11/article"
DEMO = Path(dramatui.__file__).parent / "demo"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # YouTube, every form
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", (YT, "youtube")),
        ("http://youtube.com/watch?feature=share&v=dQw4w9WgXcQ", (YT, "youtube")),
        ("https://m.youtube.com/watch?v=dQw4w9WgXcQ&si=abc&utm_source=x", (YT, "youtube")),
        ("https://youtu.be/dQw4w9WgXcQ?si=Q8vLrX2mT0pAbC3d", (YT, "youtube")),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0", (YT, "youtube")),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", (YT, "youtube")),
        ("https://youtube.com/shorts/dQw4w9WgXcQ?feature=share", (YT, "youtube")),
        ("https://www.youtube.com/live/dQw4w9WgXcQ", (YT, "youtube")),
        ("https://www.youtube.com/v/dQw4w9WgXcQ", (YT, "youtube")),
        ("https://music.youtube.com/watch?v=dQw4w9WgXcQ", (YT, "youtube")),
        # time offsets are kept as t=, embeds' start= becomes t=
        ("https://youtu.be/dQw4w9WgXcQ?t=42", (YT + "&t=42", "youtube")),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ?start=90", (YT + "&t=90", "youtube")),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s", (YT + "&t=1m30s", "youtube")),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=evil", (YT, "youtube")),
        # Vimeo
        (
            "https://player.vimeo.com/video/884213657?badge=0",
            ("https://vimeo.com/884213657", "vimeo"),
        ),
        (
            "https://player.vimeo.com/video/884213657?h=4f2a9c81d0",
            ("https://vimeo.com/884213657/4f2a9c81d0", "vimeo"),
        ),
        ("https://vimeo.com/884213657", ("https://vimeo.com/884213657", "vimeo")),
        (
            "https://vimeo.com/channels/staffpicks/884213657",
            ("https://vimeo.com/884213657", "vimeo"),
        ),
        # Korean and other players
        (
            "https://tv.naver.com/embed/52817734?autoPlay=true",
            ("https://tv.naver.com/v/52817734", "naver"),
        ),
        ("https://tv.naver.com/v/52817734", ("https://tv.naver.com/v/52817734", "naver")),
        (
            "https://play-tv.kakao.com/embed/player/cliplink/441820337?service=x",
            ("https://tv.kakao.com/v/441820337", "kakao"),
        ),
        (
            "https://tv.kakao.com/channel/3/cliplink/441820337",
            ("https://tv.kakao.com/v/441820337", "kakao"),
        ),
        (
            "https://www.dailymotion.com/embed/video/x8q2k7m?autoplay=1",
            ("https://www.dailymotion.com/video/x8q2k7m", "dailymotion"),
        ),
        (
            "https://www.dailymotion.com/video/x8q2k7m_office-highlight",
            ("https://www.dailymotion.com/video/x8q2k7m", "dailymotion"),
        ),
        ("https://dai.ly/x8q2k7m", ("https://www.dailymotion.com/video/x8q2k7m", "dailymotion")),
        # streaming services' title pages, tracking dropped
        (
            "https://www.viki.com/videos/1234567v-frost-ep-1",
            ("https://www.viki.com/videos/1234567v-frost-ep-1", "viki"),
        ),
        (
            "https://viki.com/tv/40981c-recipe-for-home?utm_campaign=x",
            ("https://www.viki.com/tv/40981c-recipe-for-home", "viki"),
        ),
        (
            "https://www.netflix.com/title/81794462?trackId=2558",
            ("https://www.netflix.com/title/81794462", "netflix"),
        ),
        (
            "https://www.netflix.com/kr/title/81794462",
            ("https://www.netflix.com/kr/title/81794462", "netflix"),
        ),
        (
            "https://www.tving.com/contents/P001769234",
            ("https://www.tving.com/contents/P001769234", "tving"),
        ),
        (
            "https://www.wavve.com/player/vod?programid=F3501_F35000000001&utm_source=x",
            ("https://www.wavve.com/player/vod?programid=F3501_F35000000001", "wavve"),
        ),
        (
            "https://www.kocowa.com/en_us/season/12345/frost",
            ("https://www.kocowa.com/en_us/season/12345/frost", "kocowa"),
        ),
        (
            "https://www.disneyplus.com/series/garden/6xQ2b8RkZv1T",
            ("https://www.disneyplus.com/series/garden/6xQ2b8RkZv1T", "disneyplus"),
        ),
        # direct files
        ("https://cdn.example/clips/teaser.mp4", ("https://cdn.example/clips/teaser.mp4", "video")),
        (
            "https://cdn.example/live/master.m3u8?utm_medium=x&token=1",
            ("https://cdn.example/live/master.m3u8?token=1", "video"),
        ),
    ],
)
def test_normalize_video_url_forms(url: str, expected: tuple[str, str]) -> None:
    assert normalize_video_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/",
        "https://www.youtube.com/@jtbcdrama",
        "https://www.youtube.com/channel/UC1234567890abcdefghij",
        "https://www.youtube.com/c/JTBCDrama",
        "https://www.youtube.com/user/jtbc",
        "https://www.youtube.com/playlist?list=PL1234567890",
        "https://www.youtube.com/watch?v=tooshort",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ<script>",
        "https://www.youtube.com/embed/",
        "https://vimeo.com/channels/staffpicks",
        "https://vimeo.com/jtbc",
        "https://www.netflix.com/",
        "https://www.netflix.com/browse",
        "https://www.netflix.com/title/",
        "https://www.viki.com/",
        "https://www.tving.com/",
        "https://www.disneyplus.com/",
        "https://tv.naver.com/jtbc.drama",
        "https://news.example/2026/11/article",
        "https://cdn.example/poster.jpg",
        "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
        "not a url",
        "",
    ],
)
def test_not_videos(url: str) -> None:
    assert normalize_video_url(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)//www.youtube.com/watch?v=dQw4w9WgXcQ",
        "JaVaScRiPt:alert(1)//https://youtu.be/dQw4w9WgXcQ",
        " java\tscript:alert(1)//youtu.be/dQw4w9WgXcQ",
        "data:text/html,https://youtu.be/dQw4w9WgXcQ",
        "file:///home/user/dQw4w9WgXcQ.mp4",
        "vbscript:msgbox(1)",
        "-https://youtu.be/dQw4w9WgXcQ",
        "--output=/tmp/x https://youtu.be/dQw4w9WgXcQ",
        "ftp://cdn.example/teaser.mp4",
    ],
)
def test_hostile_schemes_are_never_videos(url: str) -> None:
    assert normalize_video_url(url) is None
    assert normalize_video_url(url, BASE) is None
    assert find_videos(f'<a href="{url}">Watch</a><iframe src="{url}"></iframe>', BASE) == []


def test_entity_encoded_javascript_is_decoded_then_refused() -> None:
    html = (
        '<a href="&#106;avascript:alert(1)//youtu.be/dQw4w9WgXcQ">Watch Now</a>'
        '<iframe src="&#x6A;avascript&colon;alert(1)//youtu.be/dQw4w9WgXcQ"></iframe>'
        '<a href="java&#x09;script:alert(1)//youtu.be/dQw4w9WgXcQ">x</a>'
    )
    assert find_videos(html, BASE) == []


def test_relative_and_protocol_relative_urls_resolve() -> None:
    assert normalize_video_url("//www.youtube.com/embed/dQw4w9WgXcQ") == (YT, "youtube")
    assert normalize_video_url("//player.vimeo.com/video/1", "http://a.example/") == (
        "https://vimeo.com/1",
        "vimeo",
    )
    assert normalize_video_url("/media/clip.mp4", BASE) == (
        "https://news.example/media/clip.mp4",
        "video",
    )
    assert normalize_video_url("/media/clip.mp4") is None
    videos = find_videos('<video src="../clips/t.webm"></video>', BASE)
    assert videos == [Video("https://news.example/2026/clips/t.webm", "video", "")]


def test_sources_in_document_order_with_labels() -> None:
    html = """
    <h2>The first teaser is here</h2>
    <iframe title="YouTube video player" data-src="https://www.youtube.com/embed/dQw4w9WgXcQ"
            src="about:blank"></iframe>
    <p>And the making-of video, from the set:</p>
    <iframe src="https://player.vimeo.com/video/884213657"></iframe>
    <iframe src="https://tv.naver.com/embed/52817734" title="Script reading | tvN"></iframe>
    <p>Nothing special here. <a href="https://news.example/other">Read more</a></p>
    <a href="https://www.netflix.com/title/81794462">Watch Now</a>
    <video controls><source src="/v/clip.mp4" type="video/mp4"><source src="/v/clip.webm"></video>
    <iframe data-lazy-src="https://www.dailymotion.com/embed/video/x8q2k7m"></iframe>
    """
    assert find_videos(html, BASE) == [
        Video(YT, "youtube", "first teaser"),
        Video("https://vimeo.com/884213657", "vimeo", "making-of video"),
        Video("https://tv.naver.com/v/52817734", "naver", "Script reading | tvN"),
        Video("https://www.netflix.com/title/81794462", "netflix", "Watch Now"),
        Video("https://news.example/v/clip.mp4", "video", ""),
        Video("https://www.dailymotion.com/video/x8q2k7m", "dailymotion", ""),
    ]


def test_context_labels() -> None:
    cases = {
        "<p>Watch the behind-the-scenes clip below.</p>": "behind-the-scenes clip",
        "<p>The official MV:</p>": "official MV",
        "<p>Here are the highlights</p>": "highlights",
        "<p>The main trailer dropped today.</p>": "main trailer",
        "<p>Lovely weather in Seoul.</p>": "",
    }
    for before, label in cases.items():
        found = find_videos(before + '<iframe src="https://youtu.be/dQw4w9WgXcQ"></iframe>')
        assert found == [Video(YT, "youtube", label)], before


def test_context_after_an_embed_does_not_label_the_next_one_from_before() -> None:
    html = (
        "<p>The teaser:</p><iframe src='https://youtu.be/dQw4w9WgXcQ'></iframe>"
        "<p>Another clip.</p><iframe src='https://vimeo.com/42'></iframe>"
    )
    assert [v.label for v in find_videos(html)] == ["teaser", ""]


def test_labels_are_short_and_clean() -> None:
    long_text = "Watch " + "the whole very long teaser " * 10
    html = f'<a href="https://youtu.be/dQw4w9WgXcQ">{long_text}&#27;[31m</a>'
    (video,) = find_videos(html)
    assert len(video.label) <= 60
    assert video.label.endswith("…")
    assert "\x1b" not in video.label
    (bare,) = find_videos('<a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a>')
    assert bare.label == ""


def test_duplicates_collapse_keeping_first_position_and_a_label() -> None:
    html = (
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=10"></iframe>'
        '<a href="https://vimeo.com/42">Vimeo cut</a>'
        '<a href="https://youtu.be/dQw4w9WgXcQ">Watch the teaser</a>'
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=x">again</a>'
    )
    assert find_videos(html) == [
        Video(YT + "&t=10", "youtube", "Watch the teaser"),
        Video("https://vimeo.com/42", "vimeo", "Vimeo cut"),
    ]


def test_feed_media() -> None:
    media = [
        Media(
            "https://cdn.example/ep1.mp4",
            type="video/mp4",
            kind="enclosure",
            title="Episode 1 preview",
        ),
        Media("https://cdn.example/cover.jpg", type="image/jpeg", kind="thumbnail"),
        Media("https://www.youtube.com/embed/dQw4w9WgXcQ", kind="player"),
        Media("javascript:alert(1)", type="video/mp4"),
        Media("https://cdn.example/audio.mp3", type="audio/mpeg"),
    ]
    html = '<a href="https://youtu.be/dQw4w9WgXcQ">Teaser</a>'
    assert find_videos(html, BASE, media) == [
        Video(YT, "youtube", "Teaser"),
        Video("https://cdn.example/ep1.mp4", "video", "Episode 1 preview"),
    ]


def test_no_videos_in_plain_article() -> None:
    html = '<p>Ratings rose.</p><img src="https://x.example/a.jpg" alt="poster"><a href="/about">About</a>'
    assert find_videos(html, BASE) == []
    assert find_videos("", BASE) == []


def test_pathological_markup_is_fast() -> None:
    for hostile in ("<!--" * 50_000, "<a" * 50_000, "</" * 50_000, "<![CDATA[" * 20_000):
        start = time.perf_counter()
        videos = find_videos(hostile + '<iframe src="https://youtu.be/dQw4w9WgXcQ">')
        assert time.perf_counter() - start < 2.0, hostile[:10]
        assert videos in ([], [Video(YT, "youtube", "")])


_URLS = st.sampled_from(
    [
        "https://youtu.be/dQw4w9WgXcQ",
        "//www.youtube.com/embed/dQw4w9WgXcQ",
        "javascript:alert(1)",
        "JaVaScRiPt:x",
        "&#106;avascript:x",
        "data:video/mp4;base64,AAAA",
        "-x.mp4",
        "/rel/clip.mp4",
        "https://vimeo.com/1",
        "file:///etc/passwd.mp4",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.one_of(
            st.text(max_size=30),
            _URLS.map(lambda u: f'<a href="{u}">w</a>'),
            _URLS.map(lambda u: f"<iframe src='{u}' data-src={u}>"),
            _URLS.map(lambda u: f"<video src={u}><source src='{u}'>"),
            st.sampled_from(["<", ">", "&#", "<!--", '"', "'", "</a>", "<p>"]),
        ),
        max_size=12,
    ),
    base=st.sampled_from([None, BASE, "javascript:x", "-https://x.example/"]),
    media_url=_URLS,
)
def test_find_videos_only_returns_http_urls(
    pieces: list[str], base: str | None, media_url: str
) -> None:
    media = [Media(media_url, type="video/mp4"), Media(media_url, kind="player")]
    for video in find_videos("".join(pieces), base, media):
        assert video.url.startswith(("http://", "https://"))
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in video.url + video.label)
        assert video.platform


# -- the bundled demo feeds --------------------------------------------------------


def _entries(name: str) -> list[feedparser.FeedParserDict]:
    # Our renderer is the sanitizer; feedparser's own would strip every <iframe>.
    parsed = feedparser.parse((DEMO / name).read_bytes(), sanitize_html=False)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return list(parsed.entries)


def _videos_by_entry(name: str) -> list[list[tuple[str, str]]]:
    out = []
    for entry in _entries(name):
        html = entry.content[0].value if "content" in entry else entry.get("summary", "")
        out.append([(v.platform, v.url) for v in find_videos(html, entry.link)])
    return out


def test_demo_kdrama_daily_embeds() -> None:
    entries = _entries("kdrama-daily.xml")
    assert len(entries) == 8
    assert all(entry.get("tags") for entry in entries)
    videos = _videos_by_entry("kdrama-daily.xml")
    flat = [v for entry in videos for v in entry]
    assert ("youtube", "https://www.youtube.com/watch?v=Fr0stHan01A") in videos[0]
    assert ("viki", "https://www.viki.com/tv/41277c-frost-on-the-han") in videos[0]
    assert ("youtube", "https://www.youtube.com/watch?v=QoTmak1ng0f&t=42") in videos[2]  # nocookie
    assert ("netflix", "https://www.netflix.com/title/81794462") in videos[3]
    assert videos[4] == [("vimeo", "https://vimeo.com/884213657/4f2a9c81d0")]
    assert ("youtube", "https://www.youtube.com/watch?v=BlueH0urGdn") in videos[7]  # lazy data-src
    assert sum(1 for platform, _ in flat if platform == "youtube") >= 5


def test_demo_hallyu_wire_embeds() -> None:
    entries = _entries("hallyu-wire.atom")
    assert len(entries) == 6
    assert all(entry.get("author") for entry in entries)
    platforms = [
        [platform for platform, _ in entry] for entry in _videos_by_entry("hallyu-wire.atom")
    ]
    assert platforms == [
        ["naver"],
        ["dailymotion", "kakao"],
        ["video", "youtube"],
        ["youtube", "viki"],
        ["vimeo", "tving"],
        ["youtube"],
    ]


def test_demo_seoul_screen_is_teasers_only() -> None:
    entries = _entries("seoul-screen.xml")
    assert len(entries) == 8
    assert not any(entry.get("tags") for entry in entries)
    assert all(entry.summary.endswith("… Continue reading") for entry in entries)
    assert _videos_by_entry("seoul-screen.xml") == [[]] * 8


def test_demo_feeds_are_small_and_dated_in_november_2026() -> None:
    for path in DEMO.iterdir():
        assert path.stat().st_size < 60_000, path
        for entry in _entries(path.name):
            published = entry.get("published_parsed") or entry.get("updated_parsed")
            assert published[:2] == (2026, 11), entry.link
            assert 9 <= published[2] <= 24, entry.link
            assert entry.link.startswith("https://") and ".example/" in entry.link


def test_more_streaming_services_are_watch_links() -> None:
    assert normalize_video_url("https://www.coupangplay.com/titles/newtopia?src=home") == (
        "https://www.coupangplay.com/titles/newtopia",
        "coupangplay",
    )
    assert normalize_video_url("https://watcha.com/contents/m5ZlKr3") == (
        "https://www.watcha.com/contents/m5ZlKr3",
        "watcha",
    )
    assert normalize_video_url("https://www.coupangplay.com/") is None
