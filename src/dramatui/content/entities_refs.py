"""Words that point back at a name written in full, and so are no actor of their own.

"Doh plays Yo-han" after "Doh Kyung-soo", "Kim won best actress" after "Kim Go-eun": a
lone first word refers back, and so does a Western surname ("Pattinson" after "Robert
Pattinson"). "Girls' Generation's Seohyun" holds no performer "Girls".
"""

from __future__ import annotations

import re

from dramatui.content.entities_lexicon import GROUP_KEYS
from dramatui.content.entities_names import is_korean_name
from dramatui.content.entities_roles import PERFORMER, Person

_NEXT_WORD = re.compile(r"' ([\w-]+)")


def group_head(text: str, start: int, name: str) -> bool:
    """Is `name` the head of a group's name ("Girls" of "Girls' Generation's Seohyun")?"""
    if not name.endswith("s"):
        return False
    m = _NEXT_WORD.match(text, start + len(name))
    return m is not None and f"{name}' {m.group(1)}".casefold() in GROUP_KEYS


def without_back_references(
    mentions: list[tuple[int, str, str]], people: list[Person], actor: str
) -> list[tuple[int, str, str]]:
    """`mentions` less the one-word actors that are the first word of a full name.

    The full names are those of the Korean names and performers in `people` and the
    multi-word actors among `mentions` (kind `actor`).
    """
    firsts = {
        p.name.split(" ", 1)[0].lower()
        for p in people
        if " " in p.name and (p.korean or p.role == PERFORMER)
    }
    firsts |= {d.split(" ", 1)[0].lower() for _, k, d in mentions if k == actor and " " in d}
    # "stars Pattinson as a clone" after "Robert Pattinson": a Western surname refers back.
    firsts |= {
        p.name.rsplit(" ", 1)[-1].lower()
        for p in people
        if " " in p.name and not p.korean and p.role == PERFORMER
    }
    firsts |= {
        d.rsplit(" ", 1)[-1].lower()
        for _, k, d in mentions
        if k == actor and " " in d and not is_korean_name(d)
    }
    return [m for m in mentions if m[1] != actor or " " in m[2] or m[2].lower() not in firsts]
