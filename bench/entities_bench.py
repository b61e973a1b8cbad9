"""Scores the entity extractor (and the video finder, when present) on the labeled corpus.

Run: .venv/bin/python bench/entities_bench.py [--verbose] [--no-gazetteer]

Two passes, as the store does: first a Gazetteer from classify_categories over every
article, then extract_entities on each. Prints micro precision / recall / F1 for shows,
actors and videos, the time per article, and with --verbose every error.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from corpus import Article, load_corpus  # noqa: E402
from dramatui.content.entities import (  # noqa: E402
    Gazetteer,
    classify_categories,
    entity_key,
    extract_entities,
)


class Score:
    """Micro-averaged counts, with the errors kept for --verbose."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.tp = self.fp = self.fn = 0
        self.errors: list[str] = []

    def add(self, guid: str, predicted: Iterable[str], expected: Iterable[str]) -> None:
        pred = {entity_key(p): p for p in predicted}
        gold = {entity_key(g): g for g in expected}
        self.tp += len(pred.keys() & gold.keys())
        for key in pred.keys() - gold.keys():
            self.fp += 1
            self.errors.append(f"  FP {self.name:6} {pred[key]!r:40} {guid}")
        for key in gold.keys() - pred.keys():
            self.fn += 1
            self.errors.append(f"  FN {self.name:6} {gold[key]!r:40} {guid}")

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{self.name:7} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"


def _video_finder() -> Callable[[Article], list[str]] | None:
    try:
        from dramatui.content.videos import find_videos
    except ImportError:
        return None

    def urls(article: Article) -> list[str]:
        return [v.url for v in find_videos(article.html, article.link, [])]

    return urls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--no-gazetteer", action="store_true", help="skip the first pass")
    parser.add_argument("--repeat", type=int, default=20, help="timing repetitions")
    args = parser.parse_args(argv)

    articles = load_corpus()
    known = Gazetteer()
    if not args.no_gazetteer:
        for article in articles:
            classified = classify_categories(article.categories)
            for name in classified.shows:
                known.shows.setdefault(entity_key(name), name)
            for name in classified.actors:
                known.actors.setdefault(entity_key(name), name)

    shows, actors, videos = Score("shows"), Score("actors"), Score("videos")
    for article in articles:
        result = extract_entities(article.title, article.text, article.categories, known=known)
        shows.add(article.guid, result.shows, article.shows)
        actors.add(article.guid, result.actors, article.actors)

    started = time.perf_counter()
    for _ in range(args.repeat):
        for article in articles:
            extract_entities(article.title, article.text, article.categories, known=known)
    per_article = (time.perf_counter() - started) * 1000 / (args.repeat * len(articles))
    size = sum(len(a.text) for a in articles) / len(articles)

    print(
        f"{len(articles)} articles, gazetteer: {len(known.shows)} shows / {len(known.actors)} actors"
    )
    print(shows.line())
    print(actors.line())
    find = _video_finder()
    if find is not None:
        for article in articles:
            videos.add(article.guid, find(article), [v["url"] for v in article.videos])
        print(videos.line())
    else:
        print("videos  (dramatui.content.videos.find_videos not available)")
    print(f"time    {per_article:.3f} ms/article (mean text {size:.0f} chars)")
    if args.verbose:
        for score in (shows, actors, videos):
            for error in sorted(score.errors):
                print(error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
