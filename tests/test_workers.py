"""The worker pool: a real forkserver pool parses and derives, and a deriver sent with
every feed is revived as the one the worker already has (its gazetteer index kept)."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dramatui.content.derive import Deriver
from dramatui.content.entities import EntityRules, Gazetteer
from dramatui.workers import make_pool, prepare_in_worker
from feedgen import make_feed
from feedserver import FeedServer


def _deriver(*actors: str) -> Deriver:
    return Deriver(
        rules=EntityRules(ban_actors=["Nobody Here"]),
        known=Gazetteer(actors={a.lower(): a for a in actors}),
    )


def test_a_deriver_sent_twice_is_revived_once() -> None:
    deriver = _deriver("Kim Ha Neul")
    first = pickle.loads(pickle.dumps(deriver))
    second = pickle.loads(pickle.dumps(deriver))
    assert first is second
    assert first.known.actors == {"kim ha neul": "Kim Ha Neul"}
    assert first.rules.ban_actors == ["Nobody Here"]
    assert first.version == deriver.version


def test_another_gazetteer_is_another_deriver() -> None:
    one = pickle.loads(pickle.dumps(_deriver("Kim Ha Neul")))
    other = pickle.loads(pickle.dumps(_deriver("Kim Ha Neul", "Seo Hyun Jin")))
    assert one is not other
    assert "seo hyun jin" in other.known.actors


def test_the_pool_prepares_feeds_in_other_processes() -> None:
    pool = make_pool(jobs=8, min_jobs=4)
    if pool is None:  # one core: refresh uses threads, nothing to test here
        return
    deriver = _deriver()
    try:
        futures = [
            pool.submit(
                prepare_in_worker,
                make_feed(i, 5),
                f"http://127.0.0.1/f{i}.xml",
                "application/rss+xml",
                datetime.now(UTC),
                {},
                deriver,
            )
            for i in range(4)
        ]
        results = [f.result(timeout=60) for f in futures]
    finally:
        pool.shutdown()
    for prepared in results:
        assert len(prepared.parsed.entries) == 5
        assert set(prepared.derived) == {e.guid for e in prepared.parsed.entries}
        assert any(derived.actors for _, derived in prepared.derived.values())


def test_the_parent_never_imports_the_parser() -> None:
    code = (
        "import sys, dramatui.refresh, dramatui.workers;"
        "print(sorted(m for m in ('feedparser', 'lxml', 'dramatui.ingest') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _processes_with(marker: str) -> list[int]:
    """Pids of processes whose environment holds `marker` (the test's DRAMATUI_HOME)."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry.name}/environ", "rb") as f:
                if marker.encode() in f.read():
                    found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_workers_exit_when_the_fetch_is_killed(home: Path, feed_server: FeedServer) -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: no worker pool")
    feed_server.latency = 0.3  # slow enough that the fetch is still running when killed
    blocks = ""
    for i in range(8):
        feed_server.set_route(f"/w{i}.xml", make_feed(i, 30))
        blocks += f'\n[[feeds]]\nurl = "{feed_server.url(f"/w{i}.xml")}"\n'
    (home / "config.toml").write_text(
        "refresh_on_start = false\nconcurrency = 2\npage_budget = 0\n" + blocks, encoding="utf-8"
    )
    marker = f"DRAMATUI_HOME={home}"
    env = {**os.environ, "DRAMATUI_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dramatui", "fetch"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while len(_processes_with(marker)) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)  # the fetch, its fork server and a worker
        assert len(_processes_with(marker)) >= 3, "no worker pool started"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 15
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _processes_with(marker)
    for pid in left:  # do not leak them into the rest of the run even when failing
        os.kill(pid, signal.SIGKILL)
    assert left == []
