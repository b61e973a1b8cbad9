"""Hard stops: a `dramatui fetch` killed at random moments never damages the cache or loses state."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from dramatui.config import FeedConfig
from dramatui.store import Store
from feedgen import make_feed
from feedserver import FeedServer


def test_sigkill_during_fetch_keeps_cache_and_state(home: Path, feed_server: FeedServer) -> None:
    feeds = []
    for i in range(12):
        path = f"/k{i}.xml"
        feed_server.set_route(path, make_feed(i, 40))
        feeds.append(FeedConfig(feed_server.url(path)))
    blocks = "".join(f'\n[[feeds]]\nurl = "{f.url}"\n' for f in feeds)
    (home / "config.toml").write_text(
        "refresh_on_start = false\nconcurrency = 2\npage_budget = 0\n" + blocks, encoding="utf-8"
    )
    env = {**os.environ, "DRAMATUI_HOME": str(home)}
    exe = [sys.executable, "-m", "dramatui", "fetch"]
    cache = home / "cache.db"
    rng = random.Random(1234)
    marked: dict[str, tuple[bool, bool]] = {}
    for round_no in range(12):
        # Change some feeds so every round has real writes to interrupt.
        for i in rng.sample(range(12), 4):
            feed_server.set_route(f"/k{i}.xml", make_feed(i, 40, seed=round_no + 10))
        proc = subprocess.Popen(exe, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        conn = sqlite3.connect(cache)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        store = Store.open(cache)
        try:
            for guid_key, (read, starred) in marked.items():
                row = store._query("SELECT read, starred FROM articles WHERE guid = ?", (guid_key,))
                assert row, f"article {guid_key} committed before was lost"
                assert (bool(row[0][0]), bool(row[0][1])) == (read, starred)
            ids = store.query_ids()
            for article_id in rng.sample(ids, min(3, len(ids))):
                article = store.article(article_id)
                assert article is not None
                store.set_read([article_id])
                starred = store.toggle_star(article_id)
                marked[article.guid] = (True, starred)
        finally:
            store.close()
    # After all that, a clean fetch completes and stores every feed.
    proc = subprocess.run([*exe, "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1])["failed"] == 0
