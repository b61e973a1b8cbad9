"""Well-known directors, writers and producers: people the news names but fans do not follow
as actors.

The names live in `seed_crew.txt` beside this module and are read lazily, once per
process. `crew_keys()` gives their match keys, less any name the actor seed also holds (a
director who acts is followed as an actor). The extractor blocks a crew name as an actor
unless the article casts that person as a performer, and reads a crew name's possessive
before a Title Case run as the maker of a work ("Park Chan Wook's The Handmaiden").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def crew_keys() -> frozenset[str]:
    """Match keys of the bundled crew names, the actor seed's own names left out."""
    # Imported here: entities_index and entities_seed import the title modules, which
    # import this one.
    from dramatui.content.entities_index import match_key
    from dramatui.content.entities_seed import read_names

    package = resources.files("dramatui.content")
    crew = read_names(package.joinpath("seed_crew.txt").read_text(encoding="utf-8"))
    actors = read_names(package.joinpath("seed_actors.txt").read_text(encoding="utf-8"))
    actor_keys = {match_key(name) for name, _ in actors}
    keys = {match_key(name) for name, _ in crew}
    return frozenset(k for k in keys if " " in k) - actor_keys


def is_crew(name: str) -> bool:
    """Is `name` (any spelling variant) a bundled crew name?"""
    from dramatui.content.entities_index import match_key

    return match_key(name) in crew_keys()
