"""The worker pool: a real forkserver pool parses and derives, and a deriver sent with
every feed is revived as the one the worker already has (its gazetteer index kept)."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import UTC, datetime

from dramatui.content.derive import Deriver
from dramatui.content.entities import EntityRules, Gazetteer
from dramatui.workers import make_pool, prepare_in_worker
from feedgen import make_feed


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
