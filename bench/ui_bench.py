"""UI benchmark: startup to first paint and per-keystroke latency, against a bare Textual app.

Run: .venv/bin/python bench/ui_bench.py [--runs N]

First paint is measured end to end in a fresh process (interpreter start, imports, cache
open, first rows drawn), the same way for dramatui with 0, 10k and 100k cached articles
and for a bare app that shows one label; the child exits as soon as its screen has drawn.
Keystroke latency is measured in-process (headless): the time from posting a key event
until the screen update it caused has been composed (rows fetched and rendered), over
many presses; the bare app's key updates its label.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SIZES = (0, 10_000, 100_000)
PAINT_TARGET = 0.3  # seconds over the bare app
KEY_TARGET = 0.016  # seconds per keystroke


# -- children: one process per first-paint measurement --------------------------------


def child_bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Label

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Label("hello")

        def on_mount(self) -> None:
            self.call_after_refresh(self.painted)

        def painted(self) -> None:
            print(f"0 {time.time()}", flush=True)
            self.exit()

    Bare().run(headless=True, size=(140, 40))


def child_drama(home: str, settle: bool = False) -> None:
    """Exit at first paint; with `settle`, only once the whole id list is loaded and the
    cursor has jumped to the last article (for peak memory with everything open)."""
    from cachegen import FIXED_NOW
    from dramatui.app import DramaApp
    from dramatui.session import open_session
    from dramatui.widgets.article_list import ArticleList

    started = time.perf_counter()
    session = open_session(home=home)
    opening = time.perf_counter() - started
    app = DramaApp(session, clock=lambda: FIXED_NOW)
    articles_total = session.store.counts()[0] if settle else 0

    def check() -> None:
        screen = app.main_screen
        articles = screen.query_one(ArticleList)
        if settle:
            if screen.loaded and len(articles.ids) >= articles_total and articles.lines_rendered:
                if articles.cursor < len(articles.ids) - 1:
                    articles.move_to(len(articles.ids) - 1)
                    return
                print(f"{opening:.4f} {time.time()}", flush=True)
                app.exit()
            return
        if articles.lines_rendered or (screen.loaded and not articles.ids):
            print(f"{opening:.4f} {time.time()}", flush=True)
            app.exit()

    app.call_later(lambda: app.set_interval(0.002, check))
    app.run(headless=True, size=(140, 40))
    session.close()


def first_paint(args: list[str], runs: int) -> tuple[float, float]:
    """Median seconds from spawning a child to its first paint, and of its cache opening.

    The child reports the wall-clock time of its first paint, so its shutdown (workers
    finishing, the cache closing) is not counted.
    """
    times = []
    opening = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True
        ).stdout
        open_seconds, painted = out.split()
        times.append(float(painted) - started)
        opening.append(float(open_seconds))
    return statistics.median(times), statistics.median(opening)


# -- keystrokes -----------------------------------------------------------------------


async def keystrokes(home: str | None, key: str, presses: int) -> list[float]:
    """Seconds from each key event until the screen update it caused has been composed."""
    from textual import events
    from textual.app import App, ComposeResult
    from textual.binding import Binding
    from textual.widgets import Label

    session = None
    if home is None:

        class Bare(App[None]):
            BINDINGS = [Binding("j", "bump", "Bump")]

            def compose(self) -> ComposeResult:
                yield Label("0")

            def action_bump(self) -> None:
                label = self.query_one(Label)
                label.update(str(int(str(label.render())) + 1))

        app: App[None] = Bare()
    else:
        from cachegen import FIXED_NOW
        from dramatui.app import DramaApp
        from dramatui.session import open_session

        session = open_session(home=home)
        app = DramaApp(session, clock=lambda: FIXED_NOW)
    times = []
    async with app.run_test(size=(140, 40)) as pilot:
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        painted = asyncio.Event()
        display = app._display

        def timed_display(screen: Any, renderable: Any) -> None:
            display(screen, renderable)
            if renderable is not None:
                painted.set()

        app._display = timed_display  # type: ignore[method-assign]
        if key == "k":
            await pilot.press("G")
        for n in range(presses):
            k = key if key != "G/g" else ("G" if n % 2 == 0 else "g")
            painted.clear()
            started = time.perf_counter()
            app.post_message(events.Key(k, k))
            await asyncio.wait_for(painted.wait(), 5)
            times.append(time.perf_counter() - started)
            await pilot.pause()
    if session is not None:
        session.close()
    return times


def describe(times: list[float]) -> tuple[float, float, float]:
    """Mean, 95th percentile and worst."""
    ordered = sorted(times)
    return statistics.mean(times), ordered[int(len(ordered) * 0.95) - 1], ordered[-1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "bare":
            child_bare()
        else:
            child_drama(args.child[1], settle=args.child[0] == "drama-settled")
        return 0

    from cachegen import make_home

    with tempfile.TemporaryDirectory() as tmp:
        homes: dict[int, str] = {}
        for size in SIZES:
            started = time.perf_counter()
            homes[size] = str(make_home(Path(tmp) / f"home{size}", size))
            print(
                f"generated {size:>7,} articles in {time.perf_counter() - started:.1f}s",
                file=sys.stderr,
            )
        os.environ["DRAMATUI_HOME"] = homes[0]

        bare, _ = first_paint(["bare"], args.runs)
        print(f"\nFirst paint (median of {args.runs} fresh processes, 140x40 headless)")
        print(f"{'app':<28}{'seconds':>10}{'over bare':>12}{'open cache':>12}  target")
        print(f"{'bare Textual app (1 label)':<28}{bare:>10.3f}")
        worst_paint = 0.0
        for size in SIZES:
            t, opening = first_paint(["drama", homes[size]], args.runs)
            worst_paint = max(worst_paint, t - bare)
            ok = "ok" if t - bare <= PAINT_TARGET else "OVER"
            label = f"dramatui, {size:,} articles"
            print(
                f"{label:<28}{t:>10.3f}{t - bare:>+12.3f}{opening:>12.3f}  <= +{PAINT_TARGET}s {ok}"
            )
        print("(open cache: open_session, i.e. config, SQLite open and its integrity check)")

        print(
            f"\nKeystroke latency (key event to composed screen update, {args.presses} presses, 140x40)"
        )
        print(f"{'app / key':<36}{'mean ms':>10}{'p95 ms':>10}{'max ms':>10}  target")
        rows = [
            ("bare Textual app / j", None, "j"),
            ("dramatui 10k / j (next)", homes[10_000], "j"),
            ("dramatui 100k / j (next)", homes[100_000], "j"),
            ("dramatui 100k / k (previous)", homes[100_000], "k"),
            ("dramatui 100k / G,g (jump ends)", homes[100_000], "G/g"),
        ]
        worst_key = 0.0
        for label, home, key in rows:
            mean, p95, worst = describe(asyncio.run(keystrokes(home, key, args.presses)))
            if home is not None:
                worst_key = max(worst_key, p95)
            ok = "ok" if p95 <= KEY_TARGET else "OVER"
            print(
                f"{label:<36}{mean * 1000:>10.2f}{p95 * 1000:>10.2f}{worst * 1000:>10.1f}"
                f"  p95 <= {KEY_TARGET * 1000:.0f} ms {ok}"
            )
    print(
        f"\nworst first paint over bare: {worst_paint:+.3f}s; worst p95 keystroke: {worst_key * 1000:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
