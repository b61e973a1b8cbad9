"""Parse cost per item: the feedparser path against the lxml fast path.

Run: .venv/bin/python bench/parse_bench.py [--repeat N]

Measures `parse_feed(..., fast=False)` (feedparser) and `parse_feed(...)` (fast path,
falling back to feedparser when it must) on 100 generated feeds x 50 items
(tests/feedgen.make_feed) and on the fixture corpus, and prints ms per item.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from dramatui.feeds.fastparse import fast_parse  # noqa: E402
from dramatui.feeds.parse import _strip_doctype, parse_feed  # noqa: E402
from feedgen import make_feed  # noqa: E402

FETCHED = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
URL = "https://bench.example/feed"


def per_item_ms(docs: list[bytes], fast: bool, repeat: int) -> tuple[float, int]:
    """Best of `repeat` runs, in ms per parsed item, and the item count."""
    best = float("inf")
    items = 0
    for _ in range(repeat):
        started = time.perf_counter()
        items = sum(len(parse_feed(d, URL, fetched_at=FETCHED, fast=fast).entries) for d in docs)
        best = min(best, time.perf_counter() - started)
    return best * 1000 / max(items, 1), items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    args = parser.parse_args()
    corpus = [
        p.read_bytes()
        for pattern in ("tests/data/corpus/*.xml", "tests/data/corpus_heldout/*.xml")
        for p in sorted(ROOT.glob(pattern))
    ] + [p.read_bytes() for p in sorted((ROOT / "src/dramatui/demo").glob("*"))]
    sets = {
        "generated 100 x 50": [make_feed(n, 50) for n in range(100)],
        "corpus + demo": corpus,
    }
    print(f"{'documents':<20} {'items':>6} {'feedparser':>11} {'fast path':>10} {'speed-up':>9}")
    print(f"{'':<20} {'':>6} {'ms/item':>11} {'ms/item':>10} {'':>9}")
    for label, docs in sets.items():
        slow, items = per_item_ms(docs, False, args.repeat)
        quick, _ = per_item_ms(docs, True, args.repeat)
        taken = sum(fast_parse(_strip_doctype(d), URL, FETCHED) is not None for d in docs)
        print(
            f"{label:<20} {items:>6} {slow:>11.4f} {quick:>10.4f} {slow / quick:>8.1f}x"
            f"   ({taken}/{len(docs)} documents on the fast path)"
        )


if __name__ == "__main__":
    main()
