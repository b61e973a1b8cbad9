"""The seven site layouts of the page corpus; each wraps one article in a full page."""

from __future__ import annotations

import json
import random
import zlib

from page_parts import (
    COOKIE,
    NEWSLETTER,
    SHARE,
    SIDEBAR_VIDEO_IDS,
    WORDS,
    author_box,
    body_html,
    comments,
    css_blob,
    esc,
    footer,
    head,
    nav_links,
    related,
    script_blob,
    trending,
)


def wp_page(a: dict, rng: random.Random) -> str:
    n, vid = a["names"], a["side_video"]
    return (
        f'<!DOCTYPE html><html lang="en-US">{head(a["title"], a["url"], a["first"], rng, a["og"])}'
        f'<body class="post-template-default single single-post"><div id="page" class="site">'
        f'<header id="masthead" class="site-header"><div class="site-branding"><a href="/">KDramaBeat</a></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav_links(rng, 70)}</ul></nav></header>'
        f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-4821" class="post-4821 post type-post status-publish hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>'
        '<div class="entry-meta"><span class="byline">By <a href="/author/staff">Staff Writer</a></span> '
        '<time class="entry-date published" datetime="2024-03-18">March 18, 2024</time></div></header>'
        f"{SHARE}"
        f'<div class="entry-content">{body_html(a["blocks"], "wp")}</div>'
        '<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/drama" rel="tag">drama</a>, '
        '<a href="/tag/news" rel="tag">news</a></span></footer></article>'
        f"{author_box(n[10])}"
        f'<section class="related-posts"><h3>You may also like</h3>{related(n, "related", vid)}</section>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on this</h2>'
        f'<ol class="comment-list">{comments(n, rng)}</ol>'
        '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div></div>'
        f'</main></div><aside id="secondary" class="widget-area">{trending(n, "widget widget_trending")}'
        f'<section class="widget widget_video"><h3>Video of the week</h3><iframe src="https://www.youtube.com/embed/{SIDEBAR_VIDEO_IDS[0]}" '
        f'width="300" height="170"></iframe><p>{esc(n[11])} behind the scenes</p></section>'
        f'<section class="widget">{NEWSLETTER}</section></aside></div>'
        f"{footer(rng)}</div>{COOKIE}<script>{script_blob(rng, 25)}</script></body></html>"
    )


def next_page(a: dict, rng: random.Random) -> str:
    n, vid = a["names"], a["side_video"]
    h = lambda s: f"css-{zlib.crc32(s.encode()) % 0xFFFFFF:06x}"  # noqa: E731
    hero = ""
    if a["og"]:
        hero = f'<div class="{h("hero")}"><iframe src="https://www.youtube.com/embed/{a["og"]}?autoplay=0" allowfullscreen></iframe></div>'
    next_data = {"props": {"pageProps": {"article": {"title": a["title"], "body": a["plain"]},
                 "trending": n[:4]}}, "page": "/news/[slug]"}  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="en">{head(a["title"], a["url"], a["first"], rng, a["og"])}'
        f'<body><div id="__next"><div class="{h("layout")}"><div class="{h("topbar")}">'
        f'<div class="{h("logo")}"><a href="/">SeoulScreen</a></div><div class="{h("menu")}"><ul>{nav_links(rng, 60)}</ul></div></div>'
        f'<div class="{h("grid")}"><div class="{h("col-main")}">'
        f'<div class="{h("headline")}"><h1>{esc(a["title"])}</h1><div class="{h("byline")}">'
        f"<span>Staff Writer</span><span>Mar 18, 2024</span></div></div>{hero}"
        f'<div class="ArticleBody_body__x1f9a {h("body")}">{body_html(a["blocks"], "nextjs")}</div>'
        f'<div class="{h("tags")}"><a href="/tag/drama">#drama</a><a href="/tag/news">#news</a></div>'
        f'<div class="{h("more")}"><div class="{h("more-title")}">More videos</div>'
        f'<div class="{h("more-video")}"><iframe src="https://www.youtube.com/embed/{SIDEBAR_VIDEO_IDS[1]}"></iframe></div></div>'
        f'<div class="RelatedList_list__p3k2 {h("rel")}">{related(n, h("card"), vid)}</div>'
        f'<div class="{h("comments")}"><ul>{comments(n, rng)}</ul></div></div>'
        f'<div class="{h("col-side")}">{trending(n, h("trend"))}'
        f'<div class="{h("side-author")}">{author_box(n[10])}</div>{NEWSLETTER}</div></div>'
        f"{footer(rng)}</div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data)}</script>'
        f"{COOKIE}</body></html>"
    )


def amp_page(a: dict, rng: random.Random) -> str:
    n, vid = a["names"], a["side_video"]
    return (
        f'<!doctype html><html amp lang="en">{head(a["title"], a["url"], a["first"], rng, a["og"], amp=True)}'
        '<body><amp-sidebar id="sidebar" layout="nodisplay" side="left">'
        f"<ul>{nav_links(rng, 50)}</ul>{trending(n, 'amp-trending')}</amp-sidebar>"
        '<header class="amp-header"><button on="tap:sidebar.toggle">Menu</button><a href="/">HallyuPost</a></header>'
        f'<main id="content" role="main"><article class="amp-article"><header><h1 class="amp-title">{esc(a["title"])}</h1>'
        '<p class="amp-meta">Staff Writer · March 18, 2024</p></header>'
        f'<div class="amp-article-content">{body_html(a["blocks"], "amp")}</div>'
        f"{SHARE}</article>"
        f'<section class="amp-related"><h3>More stories</h3>{related(n, "amp-related", vid)}'
        f'<amp-youtube data-videoid="{SIDEBAR_VIDEO_IDS[2]}" layout="responsive" width="480" height="270"></amp-youtube></section>'
        f'<section class="amp-comments"><ul>{comments(n, rng)}</ul></section>{author_box(n[10])}'
        f"{NEWSLETTER}</main>{footer(rng)}{COOKIE}</body></html>"
    )


def modern_page(a: dict, rng: random.Random) -> str:
    n, vid = a["names"], a["side_video"]
    body = body_html(a["blocks"], "modern")
    # A "Read also" box in the middle of the body, as many news sites insert.
    cut = body.find("</p>\n") + 5
    read_also = (f'<aside class="read-also"><strong>Read also:</strong> <a href="/news/more">{esc(n[3])} '
                 f'and {esc(n[2])} team up for a new thriller</a></aside>\n')  # fmt: skip
    body = body[:cut] + read_also + body[cut:]
    return (
        f'<!DOCTYPE html><html lang="en">{head(a["title"], a["url"], a["first"], rng, a["og"])}'
        f'<body class="article-page">{COOKIE}<header class="site-header"><nav class="nav" aria-label="Main">'
        f'<ul>{nav_links(rng, 65)}</ul></nav><div class="breadcrumbs"><a href="/">Home</a> › <a href="/drama">Drama</a></div></header>'
        '<main class="layout"><article class="story" itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">{esc(a["title"])}</h1>'
        '<div class="story__meta"><span itemprop="author">Staff Writer</span> <time>18.03.2024</time></div>'
        f'{SHARE}<div class="story__body" itemprop="articleBody">{body}</div>'
        f"{NEWSLETTER}{author_box(n[10])}"
        f'<section class="story__comments" id="comments"><h2>Comments</h2><ul>{comments(n, rng)}</ul></section></article>'
        f'<aside class="rail">{trending(n, "rail__trending")}'
        f'<div class="rail__video"><iframe class="lazyload" data-src="https://www.youtube.com/embed/{SIDEBAR_VIDEO_IDS[3]}"></iframe></div>'
        f'<div class="rail__related">{related(n, "rail", vid)}</div></aside></main>'
        f"{footer(rng)}<script>{script_blob(rng, 30)}</script></body></html>"
    )


def portal_page(a: dict, rng: random.Random) -> str:
    n, vid = a["names"], a["side_video"]
    return (
        f'<!DOCTYPE html><html lang="ko">{head(a["title"], a["url"], a["first"], rng, a["og"])}'
        f'<body><div id="wrap"><div id="header"><div class="gnb">{nav_links(rng, 55)}</div></div>'
        '<div id="container"><div id="ct" class="content">'
        f'<div class="media_end_head"><h2 class="media_end_head_headline">{esc(a["title"])}</h2>'
        '<div class="media_end_head_info">입력 2024.03.18. 오전 9:00 · Staff Writer</div></div>'
        f'<div id="newsct_article" class="newsct_article _article_body"><div id="dic_area" class="go_trans _article_content">'
        f"{body_html(a['blocks'], 'portal')}</div></div>"
        '<div class="byline"><p>Staff Writer (staff@example.kr)</p><p>Copyright © Example Media. Unauthorized reproduction prohibited.</p></div>'
        f'<div class="media_end_linked"><h3>Most read in entertainment</h3>{trending(n, "ranking_list")}'
        f"{related(n, 'linked', vid)}</div>"
        f'<div class="u_cbox"><ul class="u_cbox_list">{comments(n, rng)}</ul></div>'
        f'</div><div id="aside">{NEWSLETTER}{author_box(n[10])}</div></div>{footer(rng)}</div></body></html>'
    )


LONG_COMMENTS = [
    "I have been waiting for this since the first rumors, honestly, and I am so relieved that the cast is the same. "
    "The last season ended on such a cliffhanger that my whole group chat still argues about it, and I really hope "
    "the writer gives the side characters more time this round, because they carried half of the story.",
    "Not to be negative, but the pacing of the previous project by this team was rough, with three episodes in the "
    "middle that felt like filler, so I will wait for reviews before I commit. Still, the teaser looks expensive, "
    "and the music choice is perfect, so maybe they learned something.",
    "Does anyone know if this will be available with subtitles on the same day? Last time we had to wait almost a "
    "week in my country, and by then every spoiler was already all over my feed, which ruined the big reveal.",
    "The lead actor deserves this so much. He has been doing supporting roles for years, always solid, always "
    "underrated, and it is lovely to see him finally get a project built around him.",
]


def split_page(a: dict, rng: random.Random) -> str:
    """An article split in two by an ad slot, a link-only "RELATED" line, long comments."""
    n, vid = a["names"], a["side_video"]
    body = body_html(a["blocks"], "split")
    cut = body.find("</p>\n") + 5
    first, second = body[:cut], body[cut:]
    first += f'<p><strong>RELATED:</strong> <a href="/news/r1">{esc(n[3])} opens up about a difficult year</a></p>\n'
    talk = "".join(
        f'<div class="talk-item"><div class="talk-who">viewer{i}</div><p>{esc(t)}</p>'
        f'<div class="talk-meta">2 hours ago · Reply</div></div>'
        for i, t in enumerate(LONG_COMMENTS)
    )
    talk += (f'<div class="talk-item"><p>{esc(n[8])} did this better, watch <a href="https://youtu.be/{SIDEBAR_VIDEO_IDS[4]}">'
             "the comparison</a> and tell me I am wrong.</p></div>")  # fmt: skip
    second_part = f'<div class="article-text">{second}</div>' if second.strip() else ""
    return (
        f'<!DOCTYPE html><html lang="en">{head(a["title"], a["url"], a["first"], rng, a["og"])}'
        f'<body><div class="page"><div class="top">{nav_links(rng, 60)}</div>'
        f'<div class="columns"><div class="col-left"><h1>{esc(a["title"])}</h1><p class="dateline">Posted March 18, 2024</p>'
        f'<div class="article-text">{first}</div>'
        '<div class="ad-slot"><ins class="adsbygoogle" data-ad-slot="112233">Advertisement</ins></div>'
        f"{second_part}"
        f'<div class="discussion"><h3>Reader discussion (5)</h3>{talk}</div></div>'
        f'<div class="col-right">{trending(n, "hot-list")}<div class="clip"><iframe src="https://player.vimeo.com/video/{rng.randint(100000, 999999)}"></iframe>'
        f'<p>{esc(n[11])} in a new clip</p></div><div class="more">{related(n, "more", vid)}</div>{NEWSLETTER}</div></div>'
        f"{footer(rng)}</div>{COOKIE}</body></html>"
    )


def bare_page(a: dict, rng: random.Random) -> str:
    """An old table layout with no class names; side columns carry real excerpts."""
    n = a["names"]
    side = "".join(
        f'<p><a href="/n/{i}"><b>{esc(name)}</b></a><br>{esc(name)} surprised fans this week with a long, candid '
        "interview about the years before the first big role, the auditions that went wrong, and the one that did not.</p>"
        for i, name in enumerate(n[:3])
    )
    right = "".join(
        f'<p><a href="/n/r{i}">{esc(name)} makes a cameo in the season finale</a></p>'
        for i, name in enumerate(n[4:7])
    )
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={a["charset"]}">'
        f'<title>{esc(a["title"])}</title><meta property="og:title" content="{esc(a["title"])}">'
        f"<style>{css_blob(rng, 300)}</style><script>{script_blob(rng, 50)}</script></head>"
        '<body><table width="100%" cellpadding="0"><tr><td colspan="3">'
        f"<table><tr>{''.join(f'<td><a href=/c/{i}>{w}</a></td>' for i, w in enumerate(WORDS))}</tr></table></td></tr>"
        f'<tr><td width="220" valign="top"><h3>Popular</h3>{side}</td>'
        f'<td valign="top"><font size="5"><b>{esc(a["title"])}</b></font><br><font size="2">2024.03.18 09:00</font><br><br>'
        f"{body_html(a['blocks'], 'bare')}</td>"
        f'<td width="200" valign="top"><h3>Latest</h3>{right}'
        f'<iframe src="https://www.youtube.com/embed/{SIDEBAR_VIDEO_IDS[3]}" width="200"></iframe></td></tr>'
        f'<tr><td colspan="3">{footer(rng)}</td></tr></table></body></html>'
    )


LAYOUTS = [wp_page, next_page, amp_page, modern_page, portal_page]
EXTRA_LAYOUTS = [split_page, split_page, bare_page, split_page, bare_page]
CHARSETS = {"korean-charset-portal": "euc-kr"}
