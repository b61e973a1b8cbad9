"""Accuracy and speed of article-page extraction over tests/data/pages.

Run: `.venv/bin/python bench/fulltext_bench.py [--compare] [--repeat N]`

Prints word-level precision/recall/F1 of the extracted text (bag of casefolded words,
with counts) against the labeled body, video precision/recall against the labeled
videos, sidebar names leaked into text or video labels, page size stats, pages per
second and the median time per page. `--compare` also measures trafilatura and
readability-lxml when they are installed (they are not dependencies of dramatui).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dramatui.content.fulltext import extract_page  # noqa: E402
from dramatui.content.html import html_to_plain  # noqa: E402

PAGES = ROOT / "tests" / "data" / "pages"
TARGET_F1 = 0.97
TARGET_VIDEO = 0.98
TARGET_MS = 10.0
_WORD = re.compile(r"\w+")
# (raw page, its label) -> (plain text, video urls, video labels)
Extractor = Callable[[bytes, dict[str, Any]], tuple[str, list[str], list[str]]]


def bag(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text))


def run(name: str, extract: Extractor, repeat: int) -> bool:
    """Score one extractor over the corpus; True when every target is met."""
    labels = json.loads((PAGES / "labels.json").read_text(encoding="utf-8"))
    tp = got = want = 0
    vtp = vgot = vwant = 0
    leaks: list[str] = []
    times: list[float] = []
    worst: list[tuple[float, str]] = []
    sizes: list[int] = []
    for file, label in labels.items():
        raw = (PAGES / file).read_bytes()
        sizes.append(len(raw))
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            text, videos, video_labels = extract(raw, label)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
        g, w = bag(text), bag(label["body"])
        hit = sum((g & w).values())
        tp, got, want = tp + hit, got + sum(g.values()), want + sum(w.values())
        f1 = 2 * hit / (sum(g.values()) + sum(w.values()) or 1)
        worst.append((f1, file))
        expected = {v["url"] for v in label["videos"]}
        found = set(videos)
        vtp, vgot, vwant = vtp + len(expected & found), vgot + len(found), vwant + len(expected)
        haystack = (text + "\n" + "\n".join(video_labels + videos)).casefold()
        leaks += [f"{file}: {n}" for n in label["sidebar_names"] if n.casefold() in haystack]
        sidebar_videos = found - expected
        leaks += [f"{file}: video {v}" for v in sidebar_videos]
    precision, recall = tp / (got or 1), tp / (want or 1)
    f1 = 2 * precision * recall / ((precision + recall) or 1)
    vp, vr = vtp / (vgot or 1), vtp / (vwant or 1)
    median = statistics.median(times)
    print(f"== {name}: {len(labels)} pages")
    print(
        f"text   precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}  (target >= {TARGET_F1})"
    )
    print(
        f"videos precision {vp:.4f}  recall {vr:.4f}  ({vtp}/{vgot} found, {vwant} labeled; target >= {TARGET_VIDEO})"
    )
    print(f"leaks  {len(leaks)} (sidebar names in text/video labels, or unlabeled videos)")
    for leak in leaks[:10]:
        print(f"       {leak}")
    print(f"speed  median {median:.2f} ms/page, p90 {sorted(times)[int(len(times) * 0.9)]:.2f} ms, "
          f"{len(times) / (sum(times) / 1000):.0f} pages/s  (target median <= {TARGET_MS} ms)")  # fmt: skip
    print(f"size   min {min(sizes) / 1000:.1f} kB  median {statistics.median(sizes) / 1000:.1f} kB  "
          f"max {max(sizes) / 1000:.1f} kB")  # fmt: skip
    low = sorted(worst)[:3]
    print("lowest F1: " + ", ".join(f"{file} {score:.3f}" for score, file in low))
    return (
        f1 >= TARGET_F1
        and vp >= TARGET_VIDEO
        and vr >= TARGET_VIDEO
        and not leaks
        and median <= TARGET_MS
    )


def dramatui_extract(raw: bytes, label: dict[str, Any]) -> tuple[str, list[str], list[str]]:
    page = extract_page(raw, label["url"], label.get("content_type", ""))
    return html_to_plain(page.html), [v.url for v in page.videos], [v.label for v in page.videos]


def others() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {}
    try:
        import trafilatura

        def traf(raw: bytes, label: dict[str, Any]) -> tuple[str, list[str], list[str]]:
            out = trafilatura.extract(
                raw, url=label["url"], output_format="html", include_comments=False,
                include_images=False, include_links=True, fast=True,
            )  # fmt: skip
            return html_to_plain(out or ""), [], []

        found["trafilatura (fast, no comments; text only)"] = traf
    except ImportError:
        pass
    try:
        from readability import Document

        def readability(raw: bytes, label: dict[str, Any]) -> tuple[str, list[str], list[str]]:
            summary = Document(raw, url=label["url"]).summary(html_partial=True)
            return html_to_plain(summary), [], []

        found["readability-lxml (text only)"] = readability
    except ImportError:
        pass
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--compare", action="store_true", help="also measure trafilatura/readability"
    )
    parser.add_argument("--repeat", type=int, default=5, help="timing runs per page (best is kept)")
    args = parser.parse_args()
    ok = run("dramatui.content.fulltext", dramatui_extract, args.repeat)
    if args.compare:
        for name, extract in others().items():
            print()
            run(name, extract, args.repeat)
    print("\nall targets met" if ok else "\nTARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
