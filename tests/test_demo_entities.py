"""The demo feeds, hand-labeled (tests/data/demo_labels.json): what `dramatui --demo` offers
in its pickers is exactly the shows and actors each article is about. The labels follow
the issue's definitions: no songs or OSTs as shows, no characters as actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dramatui.content.entities import entity_key
from dramatui.refresh import make_deriver, refresh_demo
from dramatui.session import open_session

LABELS = json.loads((Path(__file__).parent / "data" / "demo_labels.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def demo_articles(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[list[str], list[str]]]:
    session = open_session(tmp_path_factory.mktemp("demo"), demo=True)
    try:
        refresh_demo(session.store, make_deriver(session.store, session.settings))
        found = {}
        for article_id in session.store.query_ids():
            article = session.store.article(article_id)
            assert article is not None
            found[article.url] = (article.shows, article.actors)
        return found
    finally:
        session.close()


def _keys(names: list[str]) -> set[str]:
    return {entity_key(n) for n in names}


def test_every_demo_article_is_labeled(
    demo_articles: dict[str, tuple[list[str], list[str]]],
) -> None:
    assert set(demo_articles) == set(LABELS)


@pytest.mark.parametrize("url", sorted(LABELS))
def test_demo_article_shows_and_actors(
    url: str, demo_articles: dict[str, tuple[list[str], list[str]]]
) -> None:
    shows, actors = demo_articles[url]
    assert _keys(shows) == _keys(LABELS[url]["shows"]), LABELS[url]["title"]
    assert _keys(actors) == _keys(LABELS[url]["actors"]), LABELS[url]["title"]
