"""The whole performance suite in one command: refresh vs newsboat, reader, filters, memory.

    .venv/bin/python bench/perf_suite.py [--quick]

Runs, in this order, each printing its own table:
  bench/fetch_bench.py            cold and warm refresh, 100 x 50 (and 1000 x 50 unless --quick),
                                  dramatui vs newsboat in the same run
  bench/ui_bench.py               first paint at 0 / 10k / 100k articles and keystroke latency,
                                  beside a bare Textual app
  bench/filter_bench.py           show, actor and search filters over 100k articles
  peak memory                     a dramatui process with 100k cached articles open, beside a
                                  bare Textual app (peak RSS of each process, from wait4)
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))


def section(title: str, argv: list[str]) -> None:
    print(f"\n## {title}\n", flush=True)
    subprocess.run([sys.executable, *argv], check=False)


def peak_mb(argv: list[str], env: dict[str, str]) -> float:
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024


def memory() -> None:
    print(
        "\n## Peak memory, 100k cached articles open (all ids loaded, cursor on the last, 140x40 headless)\n",
        flush=True,
    )
    ui = str(HERE / "ui_bench.py")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        # Built in another process: Linux carries a parent's peak RSS into the children
        # it forks, so a parent that had held the 100k-article build would inflate both.
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from cachegen import make_home; "
                "make_home(__import__('pathlib').Path(sys.argv[1]), 100_000)",
                str(home),
            ],
            check=True,
            env={**os.environ, "PYTHONPATH": str(HERE.parent / "tests")},
        )
        env = {**os.environ, "DRAMATUI_HOME": str(home)}
        bare = peak_mb([sys.executable, ui, "--child", "bare"], env)
        drama = peak_mb([sys.executable, ui, "--child", "drama-settled", str(home)], env)
    print(f"{'process':<32}{'peak MB':>9}  target")
    print(f"{'bare Textual app':<32}{bare:>9.0f}")
    print(
        f"{'dramatui, 100k articles':<32}{drama:>9.0f}  < 200 MB {'ok' if drama < 200 else 'OVER'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1000-feed refresh")
    args = parser.parse_args()
    import textual

    print(
        f"# dramatui performance suite\n\nmachine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.platform()}; Python {platform.python_version()}; Textual {textual.__version__}"
    )
    fetch = str(HERE / "fetch_bench.py")
    section("Refresh, 100 feeds x 50 items", [fetch, "--runs", "3"])
    if not args.quick:
        section("Refresh, 1000 feeds x 50 items", [fetch, "--feeds", "1000", "--runs", "1"])
    section("Reader", [str(HERE / "ui_bench.py"), "--runs", "5"])
    section("Filters", [str(HERE / "filter_bench.py")])
    memory()


if __name__ == "__main__":
    main()
