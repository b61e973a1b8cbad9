"""HTML building blocks of the page corpus: article bodies and site furniture."""

from __future__ import annotations

import html
import json
import random
import zlib

SIDEBAR_VIDEO_IDS = ["Zx1Sb2Vd3Qa", "Yw4Rt5Gh6Jk", "Xv7Np8Lm9Qe", "Wu0Ko1Ji2Hd", "Vt3Mn4Bv5Cf"]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def body_html(blocks: list[tuple[str, str, str]], style: str) -> str:
    """The article body in one of the layouts' idioms."""
    out: list[str] = []
    for kind, text, extra in blocks:
        if kind == "p":
            if style == "portal":
                out.append(esc(text) + "<br><br>\n")
            else:
                out.append(f"<p>{esc(text)}</p>\n")
        elif kind == "h2":
            tag = "h3" if style == "nextjs" else "h2"
            out.append(f"<{tag}>{esc(text)}</{tag}>\n")
        elif kind == "ul":
            items = "".join(f"<li>{esc(i)}</li>" for i in text.splitlines())
            out.append(f"<ul>{items}</ul>\n")
        elif kind == "quote":
            out.append(f"<blockquote><p>{esc(text)}</p></blockquote>\n")
        elif kind == "yt" and style == "amp":
            out.append(
                f'<amp-youtube data-videoid="{text}" layout="responsive" width="480" height="270"></amp-youtube>\n'
            )
        elif kind == "yt" and style == "wp":
            out.append(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube">'
                '<div class="wp-block-embed__wrapper">'
                f'<iframe title="YouTube video player" width="640" height="360" src="https://www.youtube.com/embed/{text}?feature=oembed" '
                'frameborder="0" allow="accelerometer; autoplay; encrypted-media" allowfullscreen></iframe>'
                "</div></figure>\n"
            )
        elif kind == "yt":
            out.append(
                f'<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/{text}?rel=0" '
                'width="560" height="315" allowfullscreen></iframe></div>\n'
            )
        elif kind == "ytlazy":
            out.append(
                '<div class="embed-responsive"><iframe class="lazyload" src="about:blank" '
                f'data-src="https://www.youtube.com/embed/{text}?si=Qw3rTy" width="560" height="315"></iframe>'
                f'<noscript><iframe src="https://www.youtube.com/embed/{text}"></iframe></noscript></div>\n'
            )
        elif kind == "vimeo" and style == "amp":
            out.append(
                f'<amp-vimeo data-videoid="{text}" layout="responsive" width="500" height="281"></amp-vimeo>\n'
            )
        elif kind == "vimeo":
            out.append(
                f'<div class="vimeo-wrap"><iframe src="https://player.vimeo.com/video/{text}?dnt=1&amp;app_id=122963" '
                'width="640" height="360" frameborder="0" allow="autoplay; fullscreen"></iframe></div>\n'
            )
        elif kind == "watch":
            out.append(
                f'<p class="watch-cta"><a class="btn btn-watch" href="{esc(extra)}" rel="nofollow">{esc(text)}</a></p>\n'
            )
        elif kind == "video":
            out.append(
                f'<video controls preload="none" poster="/img/poster.jpg"><source src="{esc(text)}" type="video/mp4">'
                "Your browser does not support the video tag.</video>\n"
            )
        elif kind == "img":
            out.append(
                f'<figure><img src="/img/{zlib.crc32(text.encode()) % 999}.jpg" alt="{esc(text)}"></figure>\n'
            )
    return "".join(out)


# -- boilerplate --------------------------------------------------------------------

WORDS = ["drama", "news", "star", "music", "variety", "film", "review", "photo", "video", "ranking", "chart", "event", "interview", "casting", "trailer", "ratings", "weekly", "exclusive", "special", "live", "feature"]  # fmt: skip


def css_blob(rng: random.Random, rules: int) -> str:
    lines = []
    for i in range(rules):
        sel = f".{rng.choice(WORDS)}-{rng.choice(WORDS)}__{i}"
        props = "; ".join(
            f"{rng.choice(['margin', 'padding', 'color', 'font-size', 'line-height', 'border-radius', 'gap'])}: "
            f"{rng.randint(0, 40)}px"
            for _ in range(rng.randint(2, 6))
        )
        lines.append(f"{sel} {{ {props} }}")
    return "\n".join(lines)


def script_blob(rng: random.Random, funcs: int) -> str:
    parts = ["window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"]
    for i in range(funcs):
        a, b = rng.choice(WORDS), rng.choice(WORDS)
        parts.append(
            f"function {a}_{b}{i}(e,t){{var n=document.querySelectorAll('.{a}-{b}');"
            f"for(var r=0;r<n.length;r++){{if(n[r].dataset.{a}==='{b}'&&t<{i}){{n[r].classList.add('is-{a}')}}"
            f"else{{e.push('<div class=\"{b}\">'+n[r].innerHTML+'</div>')}}}}return e}}"
        )
    return ";\n".join(parts)


def nav_links(rng: random.Random, count: int) -> str:
    items = []
    for i in range(count):
        label = f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}"
        items.append(
            f'<li class="menu-item menu-item-{i}"><a href="/category/{label.lower().replace(" ", "-")}/">{label}</a></li>'
        )
    return "".join(items)


def trending(names: list[str], cls: str) -> str:
    items = "".join(
        f'<li><a href="/news/{i}-{n.lower().replace(" ", "-").replace(":", "")}">{esc(n)} tops the buzz chart for the {i + 2}th week</a></li>'
        for i, n in enumerate(names[:4])
    )
    return f'<div class="{cls}"><h3>Trending</h3><ol>{items}</ol></div>'


def related(names: list[str], cls: str, video_id: str) -> str:
    cards = "".join(
        f'<div class="{cls}-card"><a href="/news/related-{i}"><img src="/thumb/{i}.jpg" alt="">'
        f"<h4>Why {esc(n)} keeps coming back to the small screen</h4></a>"
        f'<p class="excerpt">Fans of {esc(n)} will want to see this one.</p></div>'
        for i, n in enumerate(names[4:7])
    )
    cards += (
        f'<div class="{cls}-card"><a href="https://www.youtube.com/watch?v={video_id}">'
        f"<h4>Watch: {esc(names[7])} in the new highlight reel</h4></a></div>"
    )
    return cards


def comments(names: list[str], rng: random.Random) -> str:
    people = ["dramaqueen88", "seoulsearcher", "kimchi_fries", "lateNightViewer", "hallyu_mom"]
    out = []
    for i, n in enumerate(names[8:10]):
        out.append(
            f'<li class="comment" id="comment-{rng.randint(1000, 9999)}"><div class="comment-author">{people[i]}</div>'
            f'<div class="comment-body"><p>Honestly this reminds me of {esc(n)}, which I liked a lot more. '
            f'Anyone else? <a href="https://youtu.be/{SIDEBAR_VIDEO_IDS[4]}">this clip</a> says it all.</p></div>'
            '<a class="comment-reply-link" href="#respond">Reply</a></li>'
        )
    return "".join(out)


def json_ld(title: str, url: str, first: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "url": url,
        "description": first[:150],
        "datePublished": "2024-03-18T09:00:00+09:00",
        "author": {"@type": "Person", "name": "Staff Writer"},
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def head(title: str, url: str, first: str, rng: random.Random, og: str, amp: bool = False) -> str:
    og_meta = ""
    if og:
        og_meta = (
            f'<meta property="og:video" content="https://www.youtube.com/embed/{og}">'
            f'<meta property="og:video:type" content="text/html">'
            f'<meta name="twitter:player" content="https://www.youtube.com/embed/{og}">'
        )
    style_attr = " amp-custom" if amp else ""
    return (
        f'<head><meta charset="utf-8"><title>{esc(title)} | News</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{url}">'
        f'<meta property="og:description" content="{esc(first[:120])}">{og_meta}'
        f'<link rel="canonical" href="{url}">{json_ld(title, url, first)}'
        f"<style{style_attr}>{css_blob(rng, 420)}</style>"
        f"<script>{script_blob(rng, 60)}</script></head>"
    )


COOKIE = ('<div id="cookie-notice" class="cookie-banner" role="dialog"><p>We use cookies to give you '
          'the best experience and to show personalised ads. By continuing you agree to our cookie policy.</p>'
          '<button class="accept">Accept</button><button>Settings</button></div>')  # fmt: skip
NEWSLETTER = ('<div class="newsletter-box"><h3>Get the weekly K-drama digest</h3><p>New episodes, '
              'casting news and ratings every Friday, straight to your inbox.</p><form><input type="email" '
              'placeholder="Your email"><button>Subscribe</button></form></div>')  # fmt: skip
SHARE = ('<div class="share-bar"><span>Share</span><a href="https://www.facebook.com/sharer/sharer.php">'
         '<svg viewBox="0 0 24 24"><path d="M12 2C6.5 2 2 6.5 2 12c0 5 3.7 9.1 8.4 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7C18.3 21.1 22 17 22 12c0-5.5-4.5-10-10-10z"/></svg>Facebook</a>'
         '<a href="https://twitter.com/intent/tweet">X</a><a href="mailto:?subject=news">Email</a></div>')  # fmt: skip


def author_box(name: str) -> str:
    return (f'<div class="author-box"><img src="/avatar.png" alt=""><div><h4>About the author</h4>'
            f"<p>Staff writer covering dramas and variety shows. Has rewatched {esc(name)} more times than she will admit.</p></div></div>")  # fmt: skip


def footer(rng: random.Random) -> str:
    cols = "".join(
        f'<div class="footer-col"><h5>{w.title()}</h5><ul>{nav_links(rng, 12)}</ul></div>'
        for w in WORDS[:5]
    )
    return (f'<footer class="site-footer">{cols}<p class="copyright">© 2024 Example Media. All rights reserved.</p>'
            '<a href="https://www.youtube.com/@examplemedia">Our YouTube channel</a></footer>')  # fmt: skip
