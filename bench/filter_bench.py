"""Filter benchmark: show, actor and full-text filters over a 100,000-article cache.

    .venv/bin/python bench/filter_bench.py [--articles 100000] [--runs 15]

Each filter is timed as the app applies it: the matching ids (newest first) plus the
matching and unread counts, medians of several runs on a warm cache. Also times the
pickers' name lists with counts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from cachegen import ACTORS, SHOWS, make_home  # noqa: E402
from dramatui.store import ArticleFilter, Store  # noqa: E402

TARGET = 0.050


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    fn()  # warm the page cache and statement cache
    samples = []
    result: object = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        home = make_home(Path(tmp), args.articles)
        built = time.perf_counter() - t0
        store = Store.open(home / "cache.db")
        filters = {
            "none (all articles)": ArticleFilter(),
            f"show: {SHOWS[0]}": ArticleFilter(show=SHOWS[0]),
            f"actor: {ACTORS[1].lower()}": ArticleFilter(actor=ACTORS[1].lower()),
            "show + actor": ArticleFilter(show=SHOWS[0], actor=ACTORS[0]),
            "search: 4242 (11 hits)": ArticleFilter(search="4242"),
            f"search: {SHOWS[3].split()[-1].lower()}": ArticleFilter(search=SHOWS[3].split()[-1]),
            "search: paju (every one)": ArticleFilter(search="paju"),
            "unread only": ArticleFilter(unread=True),
            "has video": ArticleFilter(has_video=True),
        }
        print(
            f"filters over {args.articles} cached articles (cache built in {built:.1f} s), "
            f"median of {args.runs}; target < {TARGET * 1000:.0f} ms"
        )
        print(f"{'filter':<28}{'ids+unread ms':>14}{'matches':>9}  ok")
        for name, flt in filters.items():
            seconds, result = timed(lambda flt=flt: store.query_unread(flt), args.runs)
            count = len(result[0]) if isinstance(result, tuple) else 0
            ok = "yes" if seconds < TARGET else "NO"
            print(f"{name:<28}{seconds * 1000:>14.1f}{count:>9}  {ok}")
        for kind in ("show", "actor"):
            seconds, names = timed(lambda kind=kind: store.entity_counts(kind), args.runs)
            count = len(names) if isinstance(names, list) else 0
            print(f"{kind + ' picker list':<28}{seconds * 1000:>14.1f}{count:>9}")
        store.close()


if __name__ == "__main__":
    main()
