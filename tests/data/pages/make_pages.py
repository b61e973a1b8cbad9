"""Regenerate the article-page corpus: `python tests/data/pages/make_pages.py`.

Wraps the original texts of articles.py in seven fan-site layouts (layouts.py:
WordPress classic, Next.js div soup, AMP, a modern <article> page with an inline "read
also" box, an old portal page with <br>-separated text and no <article>, an article
split by an ad slot above a long comment thread, and an EUC-KR table layout with a
"Popular" column before the headline), each with navigation,
trending sidebars, related cards, comments, newsletter, author and cookie boxes that
name OTHER shows and actors and link OTHER videos. Writes NN-slug.html and labels.json.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from articles import ARTICLES  # noqa: E402
from layouts import CHARSETS, EXTRA_LAYOUTS, LAYOUTS  # noqa: E402
from page_parts import SIDEBAR_VIDEO_IDS  # noqa: E402

# Names that only ever appear around the article (sidebars, related, comments).
SIDEBAR_POOL = [
    "Cha Joo-young", "Lim Ji-yeon", "Byun Yo-han", "Jung Hae-in", "Seo Ye-ji",
    "Kim Tae-hee", "Go Min-si", "Lee Do-hyun", "Shin Min-a", "Ok Taec-yeon",
    "Jung So-min", "Kang Ha-neul", "Moon Ga-young", "Lee Jong-suk", "Jang Na-ra",
    "Wi Ha-joon", "Seo In-guk", "Kim Nam-gil", "Doctor Slump", "The Atypical Family",
    "Parasyte: The Grey", "Sweet Home", "Mask Girl", "Daily Dose of Sunshine",
    "A Killer Paradox", "Castaway Diva", "Delightfully Deceitful", "Destined With You",
    "King the Land", "Black Knight", "The Worst of Evil", "Gaus Electronics",
]  # fmt: skip
SITES = ["kdramabeat.example", "seoulscreen.example", "hallyupost.example",
         "dramawire.example", "k-reel.example"]  # fmt: skip

# -- article body -------------------------------------------------------------------


def parse_body(markup: str) -> list[tuple[str, str, str]]:
    """Blocks as (kind, text, extra)."""
    blocks: list[tuple[str, str, str]] = []
    for raw in markup.strip().split("\n\n"):
        block = raw.strip()
        if block.startswith("## "):
            blocks.append(("h2", block[3:], ""))
        elif block.startswith("- "):
            blocks.append(("ul", "\n".join(line[2:] for line in block.splitlines()), ""))
        elif block.startswith("> "):
            blocks.append(("quote", block[2:], ""))
        elif block.startswith("[yt:"):
            blocks.append(("yt", block[4:-1], ""))
        elif block.startswith("[ytlazy:"):
            blocks.append(("ytlazy", block[8:-1], ""))
        elif block.startswith("[vimeo:"):
            blocks.append(("vimeo", block[7:-1], ""))
        elif block.startswith("[watch:"):
            url, text = block[7:-1].split("|")
            blocks.append(("watch", text, url))
        elif block.startswith("[video:"):
            blocks.append(("video", block[7:-1], ""))
        elif block.startswith("[img:"):
            blocks.append(("img", block[5:-1], ""))
        else:
            blocks.append(("p", block, ""))
    return blocks


def label_text(blocks: list[tuple[str, str, str]]) -> str:
    parts = [text for kind, text, _ in blocks if kind in ("p", "h2", "ul", "quote", "watch")]
    return "\n\n".join(parts)


def label_videos(blocks: list[tuple[str, str, str]], og: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for kind, text, extra in blocks:
        if kind in ("yt", "ytlazy"):
            out.append({"url": f"https://www.youtube.com/watch?v={text}", "platform": "youtube"})
        elif kind == "vimeo":
            out.append({"url": f"https://vimeo.com/{text}", "platform": "vimeo"})
        elif kind == "video":
            out.append({"url": text, "platform": "video"})
        elif kind == "watch":
            platform = "netflix" if "netflix" in extra else "viki"
            out.append({"url": extra, "platform": platform})
    if og:
        url = f"https://www.youtube.com/watch?v={og}"
        if all(v["url"] != url for v in out):
            out.append({"url": url, "platform": "youtube"})
    return out


def pick_sidebar_names(rng: random.Random, body: str, count: int) -> list[str]:
    folded = body.casefold()
    pool = [n for n in SIDEBAR_POOL if n.casefold() not in folded]
    return rng.sample(pool, count)


def main() -> None:
    labels: dict[str, dict] = {}
    for f in HERE.glob("[0-9][0-9]-*.html"):
        f.unlink()
    for i, (slug, title, markup, og) in enumerate(ARTICLES):
        rng = random.Random(zlib.crc32(slug.encode()))
        blocks = parse_body(markup)
        plain = label_text(blocks)
        names = pick_sidebar_names(rng, plain + " " + title, 12)
        site = SITES[i % len(SITES)]
        layout = LAYOUTS[i % len(LAYOUTS)] if i < 35 else EXTRA_LAYOUTS[i - 35]
        charset = CHARSETS.get(slug, "utf-8")
        a = {
            "title": title,
            "url": f"https://{site}/news/2024/03/{slug}/",
            "first": plain.split("\n\n")[0],
            "blocks": blocks,
            "plain": plain,
            "og": og,
            "names": names,
            "side_video": SIDEBAR_VIDEO_IDS[i % 5],
            "charset": charset,
        }
        page = layout(a, rng)
        name = f"{i:02d}-{slug}.html"
        (HERE / name).write_bytes(page.encode(charset, "xmlcharrefreplace"))
        labels[name] = {
            "url": a["url"],
            "layout": layout.__name__,
            "content_type": "text/html" if charset != "utf-8" else "text/html; charset=utf-8",
            "title": title,
            "body": plain,
            "videos": label_videos(blocks, og),
            "sidebar_names": names,
        }
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(labels)} pages")


if __name__ == "__main__":
    main()
