"""Refresh benchmark: N feeds x M items served on loopback; cold and warm `dramatui fetch`.

    .venv/bin/python bench/fetch_bench.py [--feeds 100] [--items 50] [--latency 0.02] [--runs 3]

Each run uses a fresh home and a real `dramatui fetch` process (so startup and imports
count, as a user sees them). Prints wall time, CPU time and peak RSS (medians), and
articles per second for the cold run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from feedgen import make_feed  # noqa: E402
from feedserver import serve  # noqa: E402


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Run a command; wall seconds, CPU seconds and peak RSS (MB) of that process, its stdout."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        out.seek(0)
        text = out.read().decode()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv} failed with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "dramatui")
    routes = {
        f"/f{i}.xml": (make_feed(i, args.items), "application/rss+xml") for i in range(args.feeds)
    }
    cold: list[tuple[float, float, int]] = []
    warm: list[tuple[float, float, int]] = []
    stored = 0
    with serve(routes, latency=args.latency) as server:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as home:
                blocks = "".join(f'\n[[feeds]]\nurl = "{server.url(p)}"\n' for p in routes)
                Path(home, "config.toml").write_text("refresh_on_start = false\n" + blocks)
                env = {**os.environ, "DRAMATUI_HOME": home}
                wall, cpu, rss, out = timed([exe, "fetch", "--json"], env)
                summary = json.loads(out.splitlines()[-1])
                stored = summary["new"]
                cold.append((wall, cpu, rss))
                wall, cpu, rss, out = timed([exe, "fetch", "--json"], env)
                statuses = {json.loads(line)["status"] for line in out.splitlines()[:-1]}
                if statuses != {"unchanged"}:
                    raise SystemExit(f"warm refresh was not all 304: {statuses}")
                warm.append((wall, cpu, rss))

    def med(rows: list[tuple[float, float, int]], i: int) -> float:
        return statistics.median(r[i] for r in rows)

    print(
        f"dramatui fetch: {args.feeds} feeds x {args.items} items, {args.latency * 1000:.0f} ms latency, "
        f"median of {args.runs} runs ({os.cpu_count()} cores, Python {sys.version.split()[0]})"
    )
    print(f"{'':<8}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'articles/s':>12}")
    for name, rows in (("cold", cold), ("warm", warm)):
        rate = f"{stored / med(rows, 0):>12.0f}" if name == "cold" else f"{'-':>12}"
        print(f"{name:<8}{med(rows, 0):>9.2f}{med(rows, 1):>9.2f}{med(rows, 2):>9.0f}{rate}")
    print(f"articles stored: {stored}")


if __name__ == "__main__":
    main()
