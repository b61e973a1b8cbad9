"""Scores the entity extractor (and the video finder, when present) on the labeled corpora.

Run: .venv/bin/python bench/entities_bench.py [--corpus main|heldout|blind…|both|all] [--verbose]
     [--no-gazetteer]

Two labeled corpora, reported separately: `main` (tests/data/corpus/, the one the rules
were tuned on) and `heldout` (tests/data/corpus_heldout/, written afterwards with other
names, never tuned against name by name: its figures are the honest ones). `blind`
(tests/data/corpus_blind/) was written and labeled without reading the extractor, with
names from neither other corpus; `both` leaves it out. Each pass
works as the store does: first a Gazetteer of category-confirmed names over every article
of that corpus, then extract_entities on each. Prints micro precision / recall / F1 for
shows, actors and videos, the time per article, the time on dense 3 kB and 10 kB texts
(what full article pages look like), and with --verbose every error.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
import timeit
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from corpus import CORPUS_DIR, Article, load_corpus  # noqa: E402
from dramatui.content.derive import confirmed_names  # noqa: E402
from dramatui.content.entities import (  # noqa: E402
    Gazetteer,
    entity_key,
    extract_entities,
)

# Every tests/data/corpus_<name>/ holding labels is a corpus: blind sets are added by
# writing a directory, without touching this file.
CORPORA = {"main": CORPUS_DIR} | {
    path.name.removeprefix("corpus_"): path
    for path in sorted(CORPUS_DIR.parent.glob("corpus_*"))
    if (path / "labels.json").is_file()
}


class Score:
    """Micro-averaged counts, with the errors kept for --verbose."""

    def __init__(self, name: str, key: Callable[[str], str] = entity_key) -> None:
        self.name = name
        self.key = key  # names match by entity_key; video URLs exactly (IDs are case-sensitive)
        self.tp = self.fp = self.fn = 0
        self.errors: list[str] = []

    def add(self, guid: str, predicted: Iterable[str], expected: Iterable[str]) -> None:
        pred = {self.key(p): p for p in predicted}
        gold = {self.key(g): g for g in expected}
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


def _key(url: str) -> str:
    """A labeled video's identity, written as the finder writes it: a label may spell a
    video another way ("youtu.be/ID" for "youtube.com/watch?v=ID")."""
    from dramatui.content.videos import normalize_video_url, video_key

    normal = normalize_video_url(url)
    return video_key(normal[0] if normal else url)


def _video_finder() -> Callable[[Article], list[str]] | None:
    try:
        from dramatui.content.videos import find_videos, video_key
    except ImportError:
        return None

    def urls(article: Article) -> list[str]:
        # Compared by identity: the same video at another start offset (&t=) is the same.
        return [video_key(v.url) for v in find_videos(article.html, article.link, [])]

    return urls


def build_gazetteer(articles: list[Article]) -> Gazetteer:
    """What the store confirms across the cache: found names that a category tag also gives."""
    known = Gazetteer()
    for article in articles:
        found = extract_entities(article.title, article.text, article.categories)
        for name in confirmed_names(found.shows, article.categories):
            known.shows.setdefault(entity_key(name), name)
        for name in confirmed_names(found.actors, article.categories):
            known.actors.setdefault(entity_key(name), name)
    return known


def score_corpus(name: str, articles: list[Article], args: argparse.Namespace) -> None:
    """Print one corpus's scores and per-article time."""
    known = Gazetteer() if args.no_gazetteer else build_gazetteer(articles)
    shows, actors, videos = Score("shows"), Score("actors"), Score("videos", key=str)
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
        f"[{name}] {len(articles)} articles, "
        f"gazetteer: {len(known.shows)} shows / {len(known.actors)} actors"
    )
    print(shows.line())
    print(actors.line())
    find = _video_finder()
    if find is not None and any(a.videos for a in articles):
        for article in articles:
            videos.add(article.guid, find(article), [_key(v["url"]) for v in article.videos])
        print(videos.line())
    print(f"time    {per_article:.3f} ms/article (mean text {size:.0f} chars)")
    if args.verbose:
        for score in (shows, actors, videos):
            for error in sorted(score.errors):
                print(error)


def dense_text(articles: list[Article], size: int) -> str:
    """Article bodies run together up to `size` characters: a long, name-dense page."""
    parts: list[str] = []
    total = 0
    while total < size:
        for article in articles:
            parts.append(article.text)
            total += len(article.text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def time_sizes(articles: list[Article], repeat: int) -> None:
    """Milliseconds per call (best of 7 rounds) on dense 3 kB and 10 kB texts."""
    known = build_gazetteer(articles)
    categories = ["Exclusive", "K-Drama", "Kim Yoo Jung", "Nevertheless", "JTBC", "Song Kang"]
    for size in (3000, 10000):
        text = dense_text(articles, size)
        for label, gaz in (("no gazetteer", None), ("gazetteer", known)):
            extract_entities("Warm-up", text, categories, known=gaz)
            runs = max(5, repeat)
            # Best of several rounds: the machine is shared, the minimum is the code's cost.
            rounds = timeit.repeat(
                functools.partial(extract_entities, "A Title", text, categories, known=gaz),
                number=runs,
                repeat=7,
            )
            ms = min(rounds) * 1000 / runs
            print(f"time    {ms:.3f} ms on a dense {size // 1000} kB text ({label})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--corpus",
        choices=(*CORPORA, "both", "all"),
        default="both",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--no-gazetteer", action="store_true", help="skip the first pass")
    parser.add_argument("--repeat", type=int, default=20, help="timing repetitions")
    args = parser.parse_args(argv)

    names = {"both": ["main", "heldout"], "all": list(CORPORA)}.get(args.corpus, [args.corpus])
    everything: list[Article] = []
    for name in names:
        articles = load_corpus(CORPORA[name])
        everything += articles
        score_corpus(name, articles, args)
    # Shuffle the corpora together so repeated passages do not all sit side by side.
    everything.sort(key=lambda a: a.guid[::-1])
    time_sizes(everything, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
