"""Matching known names in text, and the keys that make spellings of one name equal.

`entity_key` is the public key ("Lee Min-ho" == "lee min ho"); `match_key` drops the
punctuation too, for comparing names with text tokens. `NameIndex` finds a set of known
names (category tags, the gazetteer, the user's rules) at capitalised words, longest
first, and `Cover` answers whether a match sits inside an already recognised span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from dramatui.content.entities_titles import straighten

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[\w][\w.+'&!:-]*")
# Capital first: C skips ahead. A word starts after a space or an opening quote ("'The
# Glory'"), not inside a token ("O'Neil", "D.O.", "K-drama").
_START = re.compile(r"[A-Z0-9](?<![\w.+&!:-].)(?<![\w.+'&!:-]'.)[\w.+'&!:-]*")
# Between a name's words: spaces, or a comma or ampersand the key drops ("I, the
# Executioner", "2 Days & 1 Night").
_GAP = re.compile(r"[ \t]+(?:&[ \t]+)?|,[ \t]+")


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """The key two spellings of one name share: "Lee Min-ho" and "lee min ho"."""
    value = straighten(name).casefold().replace("-", " ").replace("_", " ")
    value = value.strip().strip("\"' ")
    if value.endswith("'s"):
        value = value[:-2]
    value = value.strip("\"' ")
    return _SPACES.sub(" ", value).strip()


_KEY_STRIP = str.maketrans(
    {c: None for c in "\"'.,:;!?()[]{}&+*/\\|#@%^~`<>"} | {"-": " ", "_": " "}
)


@lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """`entity_key` without punctuation: how names are compared against text tokens."""
    return " ".join(entity_key(name).translate(_KEY_STRIP).split())


class NameIndex:
    """Names to find in text: looked up by key, only at capitalised words, longest first."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        self.targets: dict[str, tuple[str, str, str]] = {}
        self.lengths: dict[str, list[int]] = {}
        self.prefixes: set[str] = set()  # every leading word run of a target
        for kind, display, source in entries:
            words = match_key(display).split()
            if not words:
                continue
            self.targets.setdefault(" ".join(words), (kind, display, source))
            for n in range(1, len(words)):
                self.prefixes.add(" ".join(words[:n]))
            lengths = self.lengths.setdefault(words[0], [])
            if len(words) not in lengths:
                lengths.append(len(words))
                lengths.sort(reverse=True)

    def find(self, text: str, heads: list[tuple[int, str]]) -> list[tuple[int, int, str, str, str]]:
        """(start, end, kind, display, source) for every longest match, left to right.

        `heads` is `_heads(text)`: the capitalised words, computed once per article.
        """
        found: list[tuple[int, int, str, str, str]] = []
        if not self.targets:
            return found
        floor = 0
        lengths_of = self.lengths
        for start, first in heads:
            if start < floor:
                continue
            lengths = lengths_of.get(first)
            if not lengths:
                continue
            hit = self._longest(text, start, lengths)
            if hit is not None:
                found.append(hit)
                floor = hit[1]
        return found

    def _longest(
        self, text: str, start: int, lengths: list[int]
    ) -> tuple[int, int, str, str, str] | None:
        words: list[str] = []
        prefixes: list[tuple[str, int]] = []  # (key, end offset) of each prefix
        pos = start
        while len(words) < lengths[0]:
            m = _TOKEN.match(text, pos)
            if m is None:
                break
            raw = m.group(0).casefold()
            if raw.endswith("'s"):
                bare = raw[:-2].translate(_KEY_STRIP).split()
                prefixes.append((" ".join(words + bare), m.end() - 2))
            words = words + _token_words(raw)
            key = " ".join(words)
            prefixes.append((key, m.end()))
            if key not in self.prefixes:
                break  # no longer name starts with these words: stop reading
            gap = _GAP.match(text, m.end())
            if gap is None:
                break
            pos = gap.end()
        for key, end in reversed(prefixes):
            hit = self.targets.get(key)
            if hit is not None:
                return (start, end, hit[0], hit[1], hit[2])
        return None


@lru_cache(maxsize=65536)
def _token_words(token: str) -> list[str]:
    return token.translate(_KEY_STRIP).split()


@lru_cache(maxsize=65536)
def _head_key(token: str) -> str:
    words = token.casefold().translate(_KEY_STRIP).split()
    return words[0] if words else ""


def heads_of(text: str) -> list[tuple[int, str]]:
    """Every capitalised word's offset and first key word: where an indexed name may start."""
    return [(m.start(), _head_key(m.group(0))) for m in _START.finditer(text)]


class Cover:
    """Spans of recognised names and titles, asked whether a match sits strictly inside one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach: list[int] = []  # furthest end among spans starting at or before each
        furthest = -1
        for _, b in self.spans:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def strictly_inside(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i < 0 or self.reach[i] < end:
            return False
        return any(
            b >= end and (a, b) != (start, end) for a, b in self.spans[: i + 1] if a <= start
        )
