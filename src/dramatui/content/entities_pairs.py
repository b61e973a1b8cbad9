"""Lists of "Actor (Title)" pairs: award nominees and filmographies name works in brackets.

"Na Bi (Han So Hee)" writes a character and its actor, but "Best Actress: Son Ye-jin (No
Other Choice), Song Hye-kyo (Dark Nuns)" writes an actor and her work. The two look alike
one pair at a time; a line of several pairs, one of them holding a title already known to
be a show, says which it is. `entities_roles` reads each pair as character and actor;
`works_in_parens` undoes that for such lines and gives back the titles as shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dramatui.content.entities_index import match_key
from dramatui.content.entities_roles import CHARACTER, CREW, PERFORMER, Person
from dramatui.content.entities_titles import looks_like_title

_PAIR = re.compile(r" ?\(([^()\n]{1,60})\)")
# "Best Director: A (Title), B (Title)": the line's label says whose work the title is.
_CREW_LABEL = re.compile(r"\b(?:direct|screenplay|writ|script|cinematograph)\w*\b", re.IGNORECASE)


def works_in_parens(
    text: str, people: list[Person], is_show: Callable[[str], bool]
) -> list[tuple[int, str]]:
    """The titles written as "Actor (Title)" in a list of pairs; fixes the roles in place.

    A line qualifies with two pairs or more, one of whose brackets holds a known show
    (`is_show` of its match key).
    The bracketed names it turns into titles leave `people`.
    """
    if " (" not in text:
        return []
    by_start = {p.start: p for p in people}
    lines: dict[int, list[tuple[Person, int, str, Person | None]]] = {}
    for person in people:
        m = _PAIR.match(text, person.end)
        if m is None:
            continue
        inner = m.group(1)
        inside = by_start.get(m.start(1))
        if inside is not None and inside.end != m.end(1):
            inside = None
        line = text.rfind("\n", 0, person.start) + 1
        lines.setdefault(line, []).append((person, m.start(1), inner, inside))
    shows: list[tuple[int, str]] = []
    for line, pairs in lines.items():
        if len(pairs) < 2 or not any(is_show(match_key(p[2])) for p in pairs):
            continue
        first = pairs[0][0].start
        label = max(line, text.rfind(". ", line, first) + 1)  # the sentence up to the list
        crew = _CREW_LABEL.search(text, label, first) is not None
        for person, at, inner, inside in pairs:
            known = is_show(match_key(inner))
            if inside is None and not known:
                continue  # "(2024)", "(KBS2)": no title
            if inside is not None and (inside.korean or not looks_like_title(inner)):
                continue  # "Gi-hun (Lee Jung-jae)": a real character pair in the list
            if inside is not None:
                people.remove(inside)
                shows.append((at, inner))
            if person.role in {"", CHARACTER}:
                person.role = CREW if crew else PERFORMER
    return shows
