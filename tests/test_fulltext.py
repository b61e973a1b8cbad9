"""Main-text extraction of article pages (content/fulltext.py) over the labeled corpus
in tests/data/pages and over hostile pages."""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from dramatui.content.fulltext import PageContent, PageError, extract_page
from dramatui.content.html import html_to_plain

PAGES = Path(__file__).parent / "data" / "pages"
LABELS: dict[str, dict[str, Any]] = json.loads((PAGES / "labels.json").read_text("utf-8"))
URL = "https://news.example/2024/03/article/"
ALLOWED_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "img", "br"}
_TAG = re.compile(r"</?([a-zA-Z0-9-]+)([^>]*)>")
_ATTR = re.compile(r'\s*([a-zA-Z-]+)="[^"]*"')
_WORD = re.compile(r"\w+")


def load(name: str) -> tuple[PageContent, str, dict[str, Any]]:
    label = LABELS[name]
    page = extract_page((PAGES / name).read_bytes(), label["url"], label["content_type"])
    return page, html_to_plain(page.html), label


def video_ids(page: PageContent) -> list[str]:
    return [v.url for v in page.videos]


def assert_clean_markup(html: str) -> None:
    for match in _TAG.finditer(html):
        tag, attrs = match.group(1).lower(), match.group(2).strip().rstrip("/").strip()
        assert tag in ALLOWED_TAGS, f"tag <{tag}> in output"
        names = [m.group(1) for m in _ATTR.finditer(attrs)]
        assert _ATTR.sub("", attrs).strip() == "", f"odd attributes {attrs!r}"
        assert set(names) <= {"href", "alt"}, f"attributes {names} on <{tag}>"
        if "href" in names:
            assert re.search(r'href="https?://', attrs), attrs
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", html)


def word_f1(got: str, want: str) -> float:
    g = Counter(w.casefold() for w in _WORD.findall(got))
    w = Counter(x.casefold() for x in _WORD.findall(want))
    hit = sum((g & w).values())
    return 2 * hit / (sum(g.values()) + sum(w.values()))


def page(body: str, head: str = "", title: str = "Lovely Runner wins big") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a><a href='/drama'>Drama</a></nav>"
        f"<article><h1>{title}</h1><div class='entry-content'>{body}</div></article>"
        "<aside class='sidebar'><h3>Trending</h3><p>Doctor Slump rises again, says a long "
        "sidebar teaser that names other shows, at length, for the sake of the test.</p>"
        "<iframe src='https://www.youtube.com/embed/Zx1Sb2Vd3Qa'></iframe></aside>"
        "</body></html>"
    )


ARTICLE = (
    "<p>Lovely Runner swept the awards night, taking the drama prize, the couple prize and "
    "the popularity prize, and its leads thanked the fans who kept the show trending.</p>"
    "<p>The director said the cast had rehearsed the final bus stop scene for a full day.</p>"
)


# -- the labeled corpus ---------------------------------------------------------------


def test_corpus_is_big_and_varied() -> None:
    assert len(LABELS) >= 30
    assert len({label["layout"] for label in LABELS.values()}) >= 5
    sizes = sorted((PAGES / name).stat().st_size for name in LABELS)
    assert sizes[len(sizes) // 2] > 60_000


@pytest.mark.parametrize("name", sorted(LABELS))
def test_every_corpus_page(name: str) -> None:
    page, text, label = load(name)
    assert word_f1(text, label["body"]) >= 0.95, text[:500]
    folded = (text + " ".join(v.label for v in page.videos)).casefold()
    leaked = [n for n in label["sidebar_names"] if n.casefold() in folded]
    assert leaked == []
    assert set(video_ids(page)) == {v["url"] for v in label["videos"]}
    assert page.title == label["title"]
    assert_clean_markup(page.html)


def test_wordpress_page_keeps_body_and_drops_sidebar_comments_related() -> None:
    page, text, label = load("00-queen-of-tears-set-visit.html")
    assert "The confession scene that closes episode eight was filmed eleven times" in text
    assert "production designer Oh Min-seo" in text  # the blockquote
    assert "<h2>A scene shot eleven times</h2>" in page.html
    for furniture in ("Leave a Reply", "Get the weekly K-drama digest", "About the author",
                      "We use cookies", "You may also like", "Trending"):  # fmt: skip
        assert furniture not in text
    for name in label["sidebar_names"]:
        assert name not in text
    # The "Video of the week" sidebar iframe and the related-card clip are not the article's.
    assert page.videos == []


def test_lazy_iframe_in_body_found_lazy_rail_iframe_ignored() -> None:
    page, _, _ = load("03-vincenzo-reunion-teaser.html")
    assert video_ids(page) == ["https://www.youtube.com/watch?v=Gh7cR3wQ9pZ"]
    raw = (PAGES / "03-vincenzo-reunion-teaser.html").read_text("utf-8")
    assert 'data-src="https://www.youtube.com/embed/Wu0Ko1Ji2Hd"' in raw  # the rail's own


def test_amp_youtube_in_body_found_amp_related_embed_ignored() -> None:
    page, text, _ = load("22-strong-girl-nam-soon-teaser.html")
    assert video_ids(page) == ["https://www.youtube.com/watch?v=Sn9tB4kH6mE"]
    assert "Ong Seong-wu plays a detective" in text


def test_og_video_counts_as_the_articles_video() -> None:
    page, _, _ = load("06-moving-season-two-filming.html")
    assert video_ids(page) == ["https://www.youtube.com/watch?v=Mv2sN8dK1aQ"]
    raw = (PAGES / "06-moving-season-two-filming.html").read_text("utf-8")
    assert "Yw4Rt5Gh6Jk" in raw  # the "More videos" embed next to the body: not taken


def test_watch_now_link_is_a_video_and_body_text() -> None:
    page, text, _ = load("09-my-demon-global-chart.html")
    assert [(v.url, v.platform, v.label) for v in page.videos] == [
        ("https://www.netflix.com/title/81709876", "netflix", "Watch Now on Netflix")
    ]
    assert "Watch Now on Netflix" in text


def test_br_separated_portal_body_becomes_paragraphs() -> None:
    page, text, _ = load("34-signal-sequel-walkie-talkie.html")
    assert page.html.startswith("<p>The long-awaited sequel")
    assert page.html.count("<p>") >= 3
    assert "Most read in entertainment" not in text


def test_one_sentence_article_beats_long_comment_thread() -> None:
    page, text, label = load("35-lee-min-ho-teaser-short.html")
    assert text.startswith("A thirty-second teaser for Lee Min-ho's space drama")
    assert "I have been waiting for this" not in text
    assert "RELATED" not in text
    assert video_ids(page) == ["https://www.youtube.com/watch?v=Ls5tR7yU9iO"]


def test_article_split_by_ad_slot_is_whole_and_video_tag_found() -> None:
    page, text, _ = load("38-daily-dose-of-hope-set-photos.html")
    assert "Stills released on Wednesday" in text
    assert "released in its entirety on a single day next month" in text
    assert "Advertisement" not in text
    assert [(v.url, v.platform) for v in page.videos] == [
        ("https://cdn.dramawire.example/clips/ward-seven-bts.mp4", "video")
    ]


def test_table_layout_left_column_is_not_the_article() -> None:
    _, text, label = load("37-weekend-ratings-roundup.html")
    assert text.startswith("2024.03.18") or text.startswith("The family drama")
    assert "surprised fans this week" not in text


def test_charset_from_meta_and_from_http_header() -> None:
    raw = (PAGES / "39-korean-charset-portal.html").read_bytes()
    url = LABELS["39-korean-charset-portal.html"]["url"]
    for content_type in ("", "text/html", "text/html; charset=EUC-KR"):
        page = extract_page(raw, url, content_type)
        assert "변우석과 김혜윤은" in html_to_plain(page.html)
        assert page.title == "드라마 '선재 업고 튀어' 종영 기념 팬미팅 개최"
    # The HTTP header outranks <meta>: a wrong one gives replacement characters, not a crash.
    wrong = extract_page(raw, url, "text/html; charset=utf-8")
    assert "변우석과" not in wrong.html and "\ufffd" in wrong.html
    unknown = extract_page(raw, url, "text/html; charset=no-such-codec")
    assert "변우석과 김혜윤은" in unknown.html  # falls back to the <meta> charset


def test_output_markup_is_only_the_allowed_set() -> None:
    body = (
        "<p style='color:red' onclick='x()'>Styled <b>bold</b> <em>words</em> and "
        "<a href='/rel' class='x'>a relative link</a> and <a href='javascript:alert(1)'>bad</a>"
        " and <a href=' java\tscript:alert(2)'>worse</a>.</p>"
        "<h1>Section one</h1><h5>Small head</h5><table><tr><td>Cell one</td><td>Cell two</td></tr></table>"
        "<ul><li>First <span>item</span></li><li>Second item</li></ul><pre>code block</pre>"
        "<img src='/a.jpg' alt='Poster of the drama' onerror='x()'><img src='/b.jpg'>"
        "<script>alert('x')</script><style>p{}</style><iframe src='https://evil.example/'></iframe>"
        "<form><input value='no'><button>Send</button></form><svg><text>svg text</text></svg>"
        + ARTICLE
    )
    result = extract_page(page(body), URL)
    assert_clean_markup(result.html)
    assert '<a href="https://news.example/rel">a relative link</a>' in result.html
    assert "javascript" not in result.html and "alert" not in result.html
    assert "bad" in result.html and "worse" in result.html  # the text stays, the link goes
    assert '<img alt="Poster of the drama">' in result.html
    assert "<h2>Section one</h2>" in result.html and "<h4>Small head</h4>" in result.html
    for gone in ("svg text", "Send", "p{}", "Doctor Slump"):
        assert gone not in result.html
    assert result.videos == []


# -- hostile pages ----------------------------------------------------------------------


def test_escape_sequences_raw_and_as_character_references() -> None:
    body = (
        "<p>Red \x1b[31malert\x1b[0m and title \x1b]0;pwned\x07 and clear &#27;[2J here and "
        "&#x9b;31m C1 and &#0; nul, in a paragraph long enough to be an article.</p>" + ARTICLE
    )
    title = "Escapes \x1b[31m&#27;[1m title"
    result = extract_page(page(body, title=title), URL)
    text = html_to_plain(result.html)
    for bad in ("\x1b", "\x9b", "\x07", "\x00"):
        assert bad not in result.html and bad not in result.title and bad not in text
    assert "pwned" not in text
    assert "Red alert" in text
    assert result.title.startswith("Escapes")
    assert_clean_markup(result.html)


def test_javascript_and_data_links_never_come_out() -> None:
    body = (
        "<p>Links: <a href='javascript:alert(1)'>one</a>, <a href='data:text/html,hi'>two</a>, "
        "<a href='vbscript:x'>three</a>, <a href='//cdn.example/x'>four</a>.</p>" + ARTICLE
    )
    result = extract_page(page(body), URL)
    hrefs = re.findall(r'href="([^"]*)"', result.html)
    assert hrefs == ["https://cdn.example/x"]


def test_hundred_thousand_nested_divs() -> None:
    nest = (
        "<div>" * 100_000
        + "<p>Buried paragraph deep in the nest, still readable.</p>"
        + "</div>" * 100_000
    )
    raw = page(nest + ARTICLE)
    start = time.perf_counter()
    result = extract_page(raw, URL)
    assert time.perf_counter() - start < 10
    assert "Lovely Runner swept the awards night" in html_to_plain(result.html)


def test_five_megabyte_page() -> None:
    junk = "".join(
        f"<div class='card'><a href='/n/{i}'>Story {i} about Doctor Slump</a></div>"
        for i in range(70_000)
    )
    raw = page(ARTICLE).replace("<nav>", f"<nav>{junk}", 1).encode()
    assert len(raw) > 5_000_000
    start = time.perf_counter()
    result = extract_page(raw, URL, "text/html")
    assert time.perf_counter() - start < 15
    text = html_to_plain(result.html)
    assert "Lovely Runner swept the awards night" in text
    assert "Doctor Slump" not in text


@pytest.mark.parametrize(
    "raw",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
        b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200),
        bytes(range(256)) * 50,
        b'{"title": "<b>not a page</b>", "items": [1, 2, 3]}',
        b"",
        b"   \n\t  ",
        b"just some plain words with no markup at all",
    ],
    ids=["pdf", "png", "jpeg", "binary", "json", "empty", "blank", "plain-text"],
)
def test_not_html_raises_page_error(raw: bytes) -> None:
    with pytest.raises(PageError, match="^page: not HTML$"):
        extract_page(raw, URL)


@pytest.mark.parametrize(
    "content_type", ["application/pdf", "image/png", "application/json; charset=utf-8"]
)
def test_non_html_content_type_raises(content_type: str) -> None:
    with pytest.raises(PageError, match="not HTML"):
        extract_page(page(ARTICLE).encode(), URL, content_type)


@pytest.mark.parametrize(
    "raw",
    [
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><script>var article = 'lots of text inside a script, '.repeat(100);</script></body></html>",
    ],
    ids=["empty-body", "nav-only", "script-only"],
)
def test_page_without_article_text_raises(raw: str) -> None:
    with pytest.raises(PageError, match="^page: no article text found$"):
        extract_page(raw, URL)


def test_og_video_meta_only_when_it_is_a_video() -> None:
    head = (
        "<meta property='og:video' content='https://site.example/player/page'>"
        "<meta property='og:video:url' content='https://youtu.be/Tg4nJ6wE2rY?si=abc'>"
        "<meta name='twitter:player' content='javascript:alert(1)'>"
    )
    result = extract_page(page(ARTICLE, head=head), URL)
    assert [(v.url, v.platform) for v in result.videos] == [
        ("https://www.youtube.com/watch?v=Tg4nJ6wE2rY", "youtube")
    ]


def test_utf8_bom_and_str_input() -> None:
    raw = "\ufeff" + page(ARTICLE)
    assert "awards night" in extract_page(raw.encode("utf-8"), URL).html
    assert "awards night" in extract_page(raw, URL).html


def test_picklable_and_runs_in_a_process_pool() -> None:
    assert pickle.loads(pickle.dumps(extract_page)) is extract_page
    raw = (PAGES / "01-lovely-runner-ratings-climb.html").read_bytes()
    with ProcessPoolExecutor(max_workers=1) as pool:
        result = pool.submit(
            extract_page, raw, LABELS["01-lovely-runner-ratings-climb.html"]["url"]
        ).result()
    assert pickle.loads(pickle.dumps(result)) == result
    assert video_ids(result) == ["https://www.youtube.com/watch?v=Lr8kQ2mT4xA"]


def test_domain_module_does_not_import_textual() -> None:
    code = "import sys, dramatui.content.fulltext; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
