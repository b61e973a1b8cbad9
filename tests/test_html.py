"""HTML -> readable safe text: structure, links, hostile input, size and depth bounds."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dramatui.content.html import Body, Link, html_to_plain, render_html

BASE = "https://kdrama-daily.example/2026/11/24/story/"
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_paragraphs_headings_and_whitespace() -> None:
    html = '<h2>First   look</h2><p>JTBC\'s  <b>"Nevertheless"</b>\n   returns.</p><div>Second<br>line</div>'
    assert render_html(html).text == 'First look\n\nJTBC\'s "Nevertheless" returns.\n\nSecond\nline'


def test_lists_ordered_unordered_and_nested() -> None:
    html = (
        "<p>Cast:</p><ul><li>Han So Hee</li><li>Song Kang<ol start='3'><li>as Jae Min</li>"
        "<li>as himself</li></ol></li></ul><p>After.</p>"
    )
    assert render_html(html).text == (
        "Cast:\n\n• Han So Hee\n• Song Kang\n  3. as Jae Min\n  4. as himself\n\nAfter."
    )


def test_blockquote_prefix_and_pre_kept() -> None:
    html = "<blockquote><p>Nobody called cut.</p><blockquote>Deeper</blockquote></blockquote><pre>\n  a  b\n    c</pre>"
    assert render_html(html).text == "> Nobody called cut.\n\n> > Deeper\n\n  a  b\n    c"


def test_links_numbered_deduplicated_and_resolved() -> None:
    html = (
        '<p><a href="/tag/han-so-hee/">Han So Hee</a> and <a href="https://x.example/b">B</a>, '
        'again <a href="../../../../2026/11/24/story/../../../../tag/han-so-hee/">her</a>.</p>'
    )
    body = render_html(html, BASE)
    assert body.text == "Han So Hee [1] and B [2], again her [1]."
    assert body.links == [
        Link("Han So Hee", "https://kdrama-daily.example/tag/han-so-hee/"),
        Link("B", "https://x.example/b"),
    ]


def test_unsafe_links_dropped_but_text_kept() -> None:
    html = (
        '<p><a href="javascript:alert(1)">one</a> <a href="JaVaScRiPt:x">two</a> '
        '<a href="&#106;avascript:alert(1)">three</a> <a href="data:text/html,x">four</a> '
        '<a href="-rf">five</a> <a href="relative">six</a> <a href="file:///etc/passwd">seven</a></p>'
    )
    body = render_html(html)  # no base: "relative" cannot be resolved
    assert body.text == "one two three four five six seven"
    assert body.links == []


def test_images_and_videos_as_lines() -> None:
    html = (
        '<p>Before<img src="a.jpg" alt=" Poster \x1b[31mof\n the drama "> after</p>'
        '<img src="b.jpg"><img src="pixel.gif" width="1" height="1" alt="tracker">'
        '<iframe src="about:blank" data-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>'
        '<iframe src="https://maps.example/embed?q=seoul"></iframe>'
        "<video><source src='https://cdn.example/t.mp4'><source src='https://cdn.example/t.webm'>"
        "Your browser cannot play this.</video>"
    )
    assert render_html(html).text == (
        "Before\n[image: Poster of the drama]\nafter\n\n[image]\n[video: youtube]\n"
        "[embed: maps.example]\n[video: cdn.example]"
    )


def test_dropped_elements() -> None:
    html = (
        "<head><title>Page title</title><style>p{}</style></head><body>"
        "<nav><a href='/'>Home</a></nav><script>alert('x')</script><!-- a comment -->"
        "<p>Kept</p><form><input value='q'><button>Search</button></form><noscript>nojs</noscript>"
        "<svg><text>svg text</text></svg><p>Also kept</p></body>"
    )
    assert render_html(html).text == "Kept\n\nAlso kept"


def test_entities_decoding_to_control_characters_are_removed() -> None:
    html = "<p>a&#27;[2Jb &#x9b;31m c&#0;d &#x1b;]8;;https://evil.example&#x07;e &#127;f\x1b[31mg\x9bh</p>"
    text = render_html(html).text
    assert not _BAD_CONTROL.search(text)
    assert "a" in text and "g" in text and "evil" not in text.replace("evil.example", "")


def test_markup_like_text_stays_literal() -> None:
    html = "<p>[bold]Loud[/bold] [link=https://x]x[/link] &lt;b&gt;not bold&lt;/b&gt;</p>"
    assert render_html(html).text == "[bold]Loud[/bold] [link=https://x]x[/link] <b>not bold</b>"
    assert html_to_plain("[red]x[/red]") == "[red]x[/red]"


def test_plain_text_teasers() -> None:
    teaser = "Han So Hee returns &amp; Song Kang too …\nContinue reading"
    assert render_html(teaser).text == "Han So Hee returns & Song Kang too …\n\nContinue reading"
    inline_only = "Lorem <b>ipsum</b> dolor.\n\nSecond <i>paragraph</i> … Continue reading"
    assert (
        render_html(inline_only).text == "Lorem ipsum dolor.\n\nSecond paragraph … Continue reading"
    )
    assert render_html("  ").text == ""
    assert render_html("").text == ""


def test_html_to_plain_has_no_markers() -> None:
    html = (
        '<h1>Title</h1><p>See <a href="https://x.example/">the site</a>.</p><img alt="poster">'
        '<iframe src="https://youtu.be/dQw4w9WgXcQ"></iframe><p>End</p>'
    )
    assert html_to_plain(html) == "Title\n\nSee the site.\n\nEnd"


def test_deep_nesting_does_not_recurse() -> None:
    depth = 100_000
    html = "<div>" * depth + "deep" + "</div>" * depth
    assert render_html(html).text == "deep"
    quotes = render_html("<blockquote>" * depth + "q").text
    assert quotes.endswith("q") and len(quotes) < 100
    lists = render_html("<ul><li>" * depth + "item").text
    assert lists.endswith("• item") and len(lists) < 100


def test_output_and_input_are_bounded() -> None:
    body = render_html("<p>" + "word " * 100_000 + "</p>", limit=1_000)
    assert len(body.text) <= 1_001 and body.text.endswith("…")
    huge = render_html("<p>x</p>" + "<p>y</p>" * 2_000_000)
    assert len(huge.text) <= 200_001 and huge.text.endswith("…")
    plain = render_html("z " * 300_000, limit=500).text
    assert len(plain) <= 501 and plain.endswith("…")
    many_links = "".join(f'<a href="https://x.example/{i}">{i}</a> ' for i in range(1_000))
    assert len(render_html(many_links).links) == 500


def test_pathological_markup_is_linear() -> None:
    for hostile in (
        "<!--" * 100_000,
        "<a" * 100_000,
        "</" * 100_000,
        "<![CDATA[" * 40_000,
        "<a b='" * 50_000,
    ):
        start = time.perf_counter()
        render_html(hostile)
        html_to_plain(hostile)
        assert time.perf_counter() - start < 2.0, hostile[:12]


def test_typical_article_is_fast() -> None:
    paragraph = (
        "<p>JTBC's <a href='https://x.example/s'>\"Frost on the Han\"</a> stars <b>Han So Hee</b> "
        "as Yoon Seo Ah (Han So Hee), said director Jang Tae Yoon &amp; the team.</p>\n"
    )
    article = "<article><h2>News</h2>" + paragraph * 25 + "</article>"
    assert 4_000 < len(article) < 6_000
    render_html(article)
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        render_html(article)
    # The target is < 2 ms; the bound leaves room for slow CI machines.
    assert (time.perf_counter() - start) / runs < 0.02


def test_body_is_plain_data() -> None:
    body = render_html("<p>x</p>")
    assert isinstance(body, Body) and body.text == "x" and body.links == []


_FRAGMENTS = st.sampled_from(
    [
        "<p>", "</p>", "<br>", "<ul><li>", "</li>", "<ol>", "<blockquote>", "<pre>", "</pre>",
        "<a href='javascript:x'>", "<a href=https://ok.example/>", "</a>", "<img alt='&#27;x'>",
        "<iframe src=//youtu.be/dQw4w9WgXcQ>", "<script>", "</script>", "<!--", "-->", "&#x9b;",
        "&#27;", "&#0;", "\x1b[31m", "\x9b", "\r\n", "<h2>", "&amp;", "<", ">", "&",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=20), _FRAGMENTS), max_size=30))
def test_output_never_contains_control_characters(pieces: list[str]) -> None:
    html = "".join(pieces)
    body = render_html(html, BASE)
    assert not _BAD_CONTROL.search(body.text)
    assert not _BAD_CONTROL.search(html_to_plain(html))
    for link in body.links:
        assert link.url.startswith(("http://", "https://"))
        assert not _BAD_CONTROL.search(link.text + link.url)


def test_plain_mode_quotes_italic_titles() -> None:
    html = (
        "<p>She starred in <em>Mr. Sunshine</em> and <cite>Twenty-Five Twenty-One</cite>, "
        "then <i>The Handmaiden</i> opened at Cannes.</p>"
    )
    assert html_to_plain(html) == (
        "She starred in “Mr. Sunshine” and “Twenty-Five Twenty-One”, "
        "then “The Handmaiden” opened at Cannes."
    )


def test_reading_view_keeps_italics_unquoted() -> None:
    html = "<p>She starred in <em>Mr. Sunshine</em> in 2018.</p>"
    assert render_html(html).text == "She starred in Mr. Sunshine in 2018."


def test_plain_mode_opening_italic_title_with_text_after() -> None:
    assert html_to_plain("<p><em>Signal 2</em> begins filming.</p>") == "“Signal 2” begins filming."


@pytest.mark.parametrize(
    "html, plain",
    [
        (
            "<p><em>The whole paragraph set in italics</em></p>",
            "The whole paragraph set in italics",
        ),
        ("<p>It was <em>very</em> good.</p>", "It was very good."),
        (
            "<p>She said <i>It ends here. Truly.</i> and left.</p>",
            "She said It ends here. Truly. and left.",
        ),
        ("<p>He asked <em>Why? Not now</em> twice.</p>", "He asked Why? Not now twice."),
        ("<p>“<em>Kingdom</em>” returns.</p>", "“Kingdom” returns."),
        ("<p><i class='icon'></i>Kingdom returns.</p>", "Kingdom returns."),
        (
            "<p>A <em>One Two Three Four Five Six Seven Eight Nine Ten Eleven</em> x.</p>",
            "A One Two Three Four Five Six Seven Eight Nine Ten Eleven x.",
        ),
    ],
)
def test_plain_mode_leaves_other_italics_alone(html: str, plain: str) -> None:
    assert html_to_plain(html) == plain


def test_plain_mode_nested_italics_quote_once() -> None:
    html = "<p>Fans of <em>Crash <i>Landing</i> on You</em> cheered.</p>"
    assert html_to_plain(html) == "Fans of “Crash Landing on You” cheered."
