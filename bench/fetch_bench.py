"""Refresh benchmark: dramatui vs newsboat on the same loopback feeds, in the same run.

    .venv/bin/python bench/fetch_bench.py [--feeds 100] [--items 50] [--latency 0.02] [--runs 3]

N feeds x M generated items are served from a loopback HTTP server with ETag and
Last-Modified support and added latency. Cold: a real `dramatui fetch` process into an
empty cache vs `newsboat -x reload` (reload-threads 8) into an empty cache. Warm: the
all-304 case (newsboat 2.21 only sends conditional requests from its third reload on,
so its third reload is the one timed). Prints wall time, CPU time and peak RSS of each
process (medians) and the ratio dramatui/newsboat. newsboat is installed with apt-get
when missing; its columns are skipped, with a note, when that fails.

All feeds come from one loopback host, and newsboat has no per-host cap, so dramatui's
per-host cap is raised to its global cap (8) here to compare like with like.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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

Sample = tuple[float, float, float]  # wall s, cpu s, peak MB


_TICK = os.sysconf("SC_CLK_TCK")
_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def _group_usage(pgid: int, cpu: dict[int, float]) -> float:
    """Update per-process CPU seconds of process group `pgid`; return its total RSS in MB."""
    rss = 0.0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) != pgid:  # fields[2] is the process group id
            continue
        pid = int(entry.name)
        cpu[pid] = max(cpu.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / _TICK)
        rss += int(fields[21]) * _PAGE_MB
    return rss


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[Sample, str]:
    """Run a command in its own process group, sampling the whole group every 20 ms.

    Wall seconds; CPU seconds summed over every process of the group (worker pools
    included: a child's last 20 ms may be missed); peak of the group's summed RSS in MB.
    """
    t0 = time.perf_counter()
    cpu: dict[int, float] = {}
    peak = 0.0
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(
            argv, env=env, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, _group_usage(proc.pid, cpu))
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        cpu[proc.pid] = usage.ru_utime + usage.ru_stime  # exact for the main process
        out.seek(0)
        text = out.read().decode(errors="replace")
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv[0]} failed with exit status {proc.returncode}")
    return (wall, sum(cpu.values()), peak), text


def ensure_newsboat() -> str | None:
    """The newsboat binary, installing it when missing; None (with a note) if impossible."""
    found = shutil.which("newsboat")
    if found:
        return found
    try:
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "newsboat"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"note: newsboat is not installed and apt-get failed ({exc}); skipping its column")
        return None
    return shutil.which("newsboat")


def run_dramatui(urls: list[str]) -> tuple[Sample, Sample, int]:
    exe = str(Path(sys.executable).parent / "dramatui")
    with tempfile.TemporaryDirectory() as home:
        blocks = "".join(f'\n[[feeds]]\nurl = "{url}"\n' for url in urls)
        Path(home, "config.toml").write_text(
            "refresh_on_start = false\npage_budget = 0\nper_host = 8\n" + blocks
        )
        env = {**os.environ, "DRAMATUI_HOME": home}
        cold, out = timed([exe, "fetch", "--json"], env)
        stored = json.loads(out.splitlines()[-1])["new"]
        warm, out = timed([exe, "fetch", "--json"], env)
        statuses = {json.loads(line)["status"] for line in out.splitlines()[:-1]}
        if statuses != {"unchanged"}:
            raise SystemExit(f"dramatui's warm refresh was not all 304: {statuses}")
    return cold, warm, stored


def run_newsboat(binary: str, urls: list[str]) -> tuple[Sample, Sample]:
    with tempfile.TemporaryDirectory() as d:
        Path(d, "urls").write_text("".join(url + "\n" for url in urls))
        Path(d, "config").write_text("reload-threads 8\n")
        argv = [
            binary,
            "-x",
            "reload",
            "-u",
            f"{d}/urls",
            "-c",
            f"{d}/cache.db",
            "-C",
            f"{d}/config",
        ]
        env = {**os.environ, "HOME": d}
        cold, _ = timed(argv, env)
        timed(argv, env)  # the second reload still sends unconditional requests
        warm, _ = timed(argv, env)
    return cold, warm


def compile_package() -> None:
    """Write dramatui's bytecode, as `pip install` does: an editable checkout run with
    PYTHONDONTWRITEBYTECODE=1 (as on this machine) would otherwise compile every module
    on every start, which no installed copy does."""
    package = Path(__file__).resolve().parents[1] / "src" / "dramatui"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-newsboat", action="store_true")
    args = parser.parse_args()
    newsboat = None if args.no_newsboat else ensure_newsboat()
    compile_package()
    routes = {
        f"/f{i}.xml": (make_feed(i, args.items), "application/rss+xml") for i in range(args.feeds)
    }
    results: dict[str, list[Sample]] = {"dramatui cold": [], "dramatui warm": []}
    if newsboat:
        results |= {"newsboat cold": [], "newsboat warm": []}
    stored = 0
    with serve(routes, latency=args.latency) as server:
        urls = [server.url(path) for path in routes]
        for _ in range(args.runs):
            cold, warm, stored = run_dramatui(urls)
            results["dramatui cold"].append(cold)
            results["dramatui warm"].append(warm)
            if newsboat:
                cold, warm = run_newsboat(newsboat, urls)
                results["newsboat cold"].append(cold)
                results["newsboat warm"].append(warm)

    def med(name: str, i: int) -> float:
        return statistics.median(sample[i] for sample in results[name])

    version = ""
    if newsboat:
        version = subprocess.run([newsboat, "--version"], capture_output=True, text=True).stdout
        version = version.splitlines()[0].split(" - ")[0] if version else "newsboat"
    print(
        f"refresh: {args.feeds} feeds x {args.items} items, {args.latency * 1000:.0f} ms latency, "
        f"median of {args.runs} runs; {os.cpu_count()} cores, Python {sys.version.split()[0]}"
        + (f", {version}" if version else "")
    )
    print(f"{'':<16}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'ratio':>8}")
    for name in results:
        ratio = ""
        other = name.replace("dramatui", "newsboat")
        if name.startswith("dramatui") and other in results:
            ratio = f"{med(name, 0) / med(other, 0):.2f}"
        print(f"{name:<16}{med(name, 0):>9.2f}{med(name, 1):>9.2f}{med(name, 2):>9.0f}{ratio:>8}")
    print(f"articles stored by dramatui: {stored} ({stored / med('dramatui cold', 0):.0f}/s cold)")


if __name__ == "__main__":
    main()
