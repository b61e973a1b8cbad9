"""Cutting a capitalised run down to the title it holds, and titles that open list items.

A run read after a cue ("starred in ...") may carry the words after the title: a place
("Forest in Gangwon"), a co-star ("Eternals with Angelina Jolie"), the next item of a
list ("Misaeng and the Netflix thriller ..."). `entities_unquoted` cuts its runs here.
A slate's list item ("• Typhoon Family - Lee Jun-ho, Kim Min-ha") opens with a title.
"""

from __future__ import annotations

import re

from dramatui.content.entities_lexicon import NETWORK_KEYS, NETWORKS, PLACES, words_of
from dramatui.content.entities_names import find_korean_names
from dramatui.content.entities_titlecase import ABBREV

# "• Typhoon Family - Lee Jun-ho, Kim Min-ha": a slate's list item, a title then its cast.
_BULLET = re.compile(r"^(?:[•·▪*-]|\d{1,2}[.)]) ?([A-Z0-9][^\n]{0,70}?) [-–—:] (?=[A-Z])", re.M)


def listed_titles(text: str) -> list[tuple[int, str]]:
    """Titles that open list items whose rest starts with a cast name or a network."""
    found: list[tuple[int, str]] = []
    for m in _BULLET.finditer(text):
        rest = text[m.end() : m.end() + 40]
        network = next((n for n in NETWORKS if rest.startswith(n)), None)
        if network is None and not name_follows(text, m.end()):
            continue
        value = m.group(1).strip()
        if _bare_title(value):
            found.append((m.start(1), value))
    return found


def _bare_title(value: str) -> bool:
    """A list item's head that reads as a title: capitalised words, no sentence in it."""
    words = value.split()
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitals * 2 > len(words) and not any(
        w.endswith((".", "!", "?")) and w[:-1].lower() not in ABBREV for w in words[:-1]
    )


def name_follows(text: str, pos: int) -> bool:
    """True when a Korean name starts at `pos`."""
    names = find_korean_names(text[pos : pos + 40])
    return bool(names) and names[0].start == 0


# "X in Korean", "X in English subtitles": a language phrase says how it is shown, no title part.
_LANGUAGES = words_of(
    "korean english japanese chinese mandarin cantonese spanish french thai vietnamese "
    "german hindi indonesian tagalog"
)


def cut_at_place(words: list[str]) -> list[str]:
    """A run cut before "in/at/from <place>" ("the film Forest in Gangwon" -> "Forest") or
    before "in <language>" ("What Comes After Love in Korean")."""
    for i, word in enumerate(words[1:-1], start=1):
        nxt = words[i + 1].strip(".,!?").lower()
        if word in {"in", "at", "from"} and nxt in PLACES:
            return words[:i]
        if word == "in" and nxt in _LANGUAGES:
            return words[:i]
    return words


# "Juvenile Justice with Kim Mu Yeol": a link word before a person's name ends the title.
_NAME_LINKS = words_of("with and by for from to at opposite alongside starring featuring")


def cut_at_and(words: list[str]) -> list[str]:
    """ "Misaeng and the Netflix thriller Unlocked": "and the" before a network starts
    the next item of a list, not the rest of the title."""
    for i, word in enumerate(words[1:-2], start=1):
        if word == "and" and words[i + 1] == "the":
            nxt = words[i + 2].strip(".,!?'")
            if nxt.casefold() in NETWORK_KEYS or nxt.removesuffix("'s").casefold() in NETWORK_KEYS:
                return words[:i]
    return words


def cut_at_name(words: list[str]) -> list[str]:
    """A run cut before a link word and a name: a Korean one ("X with Kim Mu Yeol" -> "X"),
    or two capitalised words after a co-star's link ("Eternals with Angelina Jolie")."""
    for i, word in enumerate(words[1:-1], start=1):
        if word in _NAME_LINKS:
            rest = " ".join(words[i + 1 : i + 4]).rstrip(".,!?")
            names = find_korean_names(rest)
            if names and names[0].start == 0:
                return words[:i]
            if word in _COSTAR_LINKS and _TWO_NAMES.match(rest):
                return words[:i]
    return words


_COSTAR_LINKS = words_of("with opposite alongside starring featuring")
_TWO_NAMES = re.compile(r"[A-Z][a-z][\w'-]* [A-Z][a-z][\w'-]*(?: |$)")
