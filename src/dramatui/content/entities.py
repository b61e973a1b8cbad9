"""Finding the shows (dramas, series, films, variety shows) and actors an article mentions.

`extract_entities` reads an article's title, plain text and feed categories and returns
display names, deduplicated by `entity_key`, in order of first appearance. Shows come
from quoted titles judged by their context (`entities_titles`), actors from Korean-looking
names and performer cues (`entities_people`). What the whole cache knows (`Gazetteer`)
and the user's word (`EntityRules`: aliases, extra names, bans) are applied on top.
Pure stdlib and regex: it runs at ingest over every article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dramatui.content.entities_lexicon import (
    AGENCY_KEYS,
    EVENT_WORDS,
    GENERIC_KEYS,
    GROUP_KEYS,
    NETWORK_KEYS,
    PLACES,
    STAGE_NAMES,
)
from dramatui.content.entities_names import is_korean_name
from dramatui.content.entities_people import (
    CHARACTER,
    CREW,
    PERFORMER,
    find_people,
    stage_names_in,
)
from dramatui.content.entities_titles import (
    QUOTE_TABLE,
    clean_title,
    find_spans,
    find_unquoted_titles,
    judge_spans,
    looks_like_title,
)

EXTRACTOR_VERSION = 1

_POSSESSIVE = re.compile(r"(?:'s|s')$")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[\w][\w.+'&!:-]*")
_START = re.compile(r"(?<![\w.+'&!:-])[A-Z0-9][\w.+'&!:-]*")
_GAP = re.compile(r"[ \t]+")
_YEARISH = re.compile(
    r"\d{4}|#",
)
_PERSON_BEFORE = re.compile(
    r"([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3})(?:'s?| in) ",
)

_SHOW, _ACTOR = "show", "actor"


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """The key two spellings of one name share: "Lee Min-ho" and "lee min ho"."""
    value = name.translate(QUOTE_TABLE).casefold().replace("-", " ").replace("_", " ")
    value = value.strip().strip("\"' ")
    if value.endswith("'s"):
        value = value[:-2]
    value = value.strip("\"' ")
    return _SPACES.sub(" ", value).strip()


_KEY_STRIP = str.maketrans(
    {c: None for c in "\"'.,:;!?()[]{}&+*/\\|#@%^~`<>"} | {"-": " ", "_": " "}
)


@lru_cache(maxsize=65536)
def _match_key(name: str) -> str:
    """`entity_key` without punctuation: how names are compared against text tokens."""
    return " ".join(entity_key(name).translate(_KEY_STRIP).split())


@dataclass
class EntityRules:
    """The user's [entities] settings: aliases, names to always find, names to never report."""

    aliases: dict[str, str] = field(default_factory=dict)  # variant -> canonical display
    shows: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    ban_shows: list[str] = field(default_factory=list)
    ban_actors: list[str] = field(default_factory=list)


@dataclass
class Gazetteer:
    """Names the whole cache has confirmed (e.g. from feed categories): key -> display."""

    shows: dict[str, str] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)


@dataclass
class Entities:
    """Display names, deduplicated by `entity_key`, in order of first appearance."""

    shows: list[str]
    actors: list[str]


class _Index:
    """Names to find in text: looked up by key, only at capitalised words, longest first."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        self.targets: dict[str, tuple[str, str, str]] = {}
        self.lengths: dict[str, list[int]] = {}
        for kind, display, source in entries:
            words = _match_key(display).split()
            if not words:
                continue
            self.targets.setdefault(" ".join(words), (kind, display, source))
            lengths = self.lengths.setdefault(words[0], [])
            if len(words) not in lengths:
                lengths.append(len(words))
                lengths.sort(reverse=True)

    def find(self, text: str) -> list[tuple[int, int, str, str, str]]:
        """(start, end, kind, display, source) for every longest match, left to right."""
        found: list[tuple[int, int, str, str, str]] = []
        if not self.targets:
            return found
        floor = 0
        for m in _START.finditer(text):
            if m.start() < floor:
                continue
            first = m.group(0).casefold().translate(_KEY_STRIP).split()
            lengths = self.lengths.get(first[0]) if first else None
            if not lengths:
                continue
            hit = self._longest(text, m.start(), lengths)
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
            words = words + raw.translate(_KEY_STRIP).split()
            prefixes.append((" ".join(words), m.end()))
            gap = _GAP.match(text, m.end())
            if gap is None:
                break
            pos = gap.end()
        for key, end in reversed(prefixes):
            hit = self.targets.get(key)
            if hit is not None:
                return (start, end, hit[0], hit[1], hit[2])
        return None


_GAZ_CACHE: dict[int, tuple[tuple[int, int, int, int], _Index, frozenset[str]]] = {}


def _gazetteer_index(known: Gazetteer) -> tuple[_Index, frozenset[str]]:
    """The gazetteer's match index and show keys, built once per gazetteer state."""
    signature = (id(known.shows), len(known.shows), id(known.actors), len(known.actors))
    cached = _GAZ_CACHE.get(id(known))
    if cached is not None and cached[0] == signature:
        return cached[1], cached[2]
    entries = [(_SHOW, d, "known") for d in known.shows.values()]
    entries += [(_ACTOR, d, "known") for d in known.actors.values()]
    index = _Index(entries)
    show_keys = frozenset(_match_key(d) for d in known.shows.values())
    if len(_GAZ_CACHE) > 8:
        _GAZ_CACHE.clear()
    _GAZ_CACHE[id(known)] = (signature, index, show_keys)
    return index, show_keys


def _is_noise_tag(key: str) -> bool:
    words = key.split()
    return (
        not words
        or key in GENERIC_KEYS
        or key in NETWORK_KEYS
        or key in GROUP_KEYS
        or key in AGENCY_KEYS
        or key in PLACES
        or words[-1] in EVENT_WORDS
        or words[-1] in {"entertainment", "agency", "company"}
    )


def _classify_tag(tag: str) -> str:
    value = clean_title(tag.translate(QUOTE_TABLE))
    key = entity_key(value)
    if _is_noise_tag(key):
        return ""
    if is_korean_name(value) or value in STAGE_NAMES:
        return _ACTOR
    if looks_like_title(value) and not _YEARISH.search(value):
        return _SHOW
    return ""


def classify_categories(categories: Sequence[str]) -> Entities:
    """Which feed category tags look like show titles and which like actors' names."""
    shows: dict[str, str] = {}
    actors: dict[str, str] = {}
    for tag in categories:
        value = clean_title(tag.translate(QUOTE_TABLE))
        kind = _classify_tag(value)
        target = shows if kind == _SHOW else actors if kind == _ACTOR else None
        if target is not None:
            target.setdefault(entity_key(value), value)
    return Entities(shows=list(shows.values()), actors=list(actors.values()))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'")
    return not before or before[-1] in ".!?\n:"


@dataclass
class _Found:
    """Mentions collected for one article: position, kind, display."""

    mentions: list[tuple[int, str, str]] = field(default_factory=list)
    blocked: set[str] = field(default_factory=set)  # actor keys ruled out (crew, character)

    def add(self, pos: int, kind: str, display: str) -> None:
        if display:
            self.mentions.append((pos, kind, display))


def extract_entities(
    title: str,
    text: str,
    categories: Sequence[str] = (),
    known: Gazetteer | None = None,
    rules: EntityRules | None = None,
) -> Entities:
    """The shows and actors an article mentions (see the module docstring)."""
    full = (title + "\n" + text).translate(QUOTE_TABLE)
    title_end = len(title)
    found = _Found()
    tag_shows: dict[str, str] = {}
    tag_actors: dict[str, str] = {}
    for tag in categories:
        kind = _classify_tag(tag)
        if kind:
            value = clean_title(tag.translate(QUOTE_TABLE))
            (tag_shows if kind == _SHOW else tag_actors)[_match_key(value)] = value

    # Shows: quoted titles, judged by context; undecided ones need outside support.
    spans = find_spans(full)
    outside = set(tag_shows)
    gazetteer = _gazetteer_index(known) if known is not None else None
    if gazetteer is not None:
        outside |= gazetteer[1]
    people_first = _possessive_starts(full)
    judge_spans(
        full,
        spans,
        title_end,
        lambda t, s: s in people_first,
        lambda value: _match_key(value) in outside,
    )
    confirmed = outside | {_match_key(s.inner) for s in spans if s.verdict == "show"}
    masked: list[tuple[int, int]] = []
    for span in spans:
        if not looks_like_title(span.inner):
            continue
        masked.append((span.start, span.end))
        key = _match_key(span.inner)
        if span.verdict == "show" or (span.verdict == "" and key in confirmed):
            found.add(span.start, _SHOW, span.inner)
    for pos, value in find_unquoted_titles(full):
        key = _match_key(value)
        if _title_ok(value, key):
            found.add(pos, _SHOW, value)
            masked.append((pos, pos + len(value)))
    show_keys = {_match_key(d) for _, k, d in found.mentions if k == _SHOW}

    # Actors: names with the role their context gives them.
    people = find_people(full, masked, show_keys, title_end)
    by_start = {p.start: p for p in people}
    for person in people:
        if person.role in {CREW, CHARACTER}:
            found.blocked.add(_match_key(person.name))
    vouched = {_match_key(p.name) for p in people if p.role == PERFORMER}
    found.blocked -= vouched
    for person in people:
        key = _match_key(person.name)
        if (
            person.role == PERFORMER
            or (person.korean and not person.role)
            or not person.role
            and (key in tag_actors or key in vouched)
        ):
            found.add(person.start, _ACTOR, person.name)
    taken = masked + [(p.start, p.end) for p in people if p.korean]
    for pos, value in stage_names_in(full, taken):
        at = by_start.get(pos)
        if at is None or at.role not in {CREW, CHARACTER}:
            found.add(pos, _ACTOR, value)

    # What the categories, the cache and the user know, found in the text.
    entries = [(_SHOW, d, "tag") for d in tag_shows.values()]
    entries += [(_ACTOR, d, "tag") for d in tag_actors.values()]
    entries += _rule_entries(rules)
    matches = _Index(entries).find(full) if entries else []
    if gazetteer is not None:
        matches += gazetteer[0].find(full)
    inside = masked + [(p.start, p.end) for p in people]
    for start, end, kind, display, source in matches:
        if kind == _ACTOR and any(
            a <= start and end <= b and (a, b) != (start, end) for a, b in inside
        ):
            continue
        if kind == _SHOW and source != "rule" and " " not in display.strip():
            quoted = any(s.start < start < s.end for s in spans)
            if not quoted and (start < title_end or _sentence_start(full, start)):
                continue
        head = full[start : start + 1]
        if source != "rule" and not (head.isupper() or head.isdigit()):
            continue
        at = by_start.get(start)
        if kind == _ACTOR and at is not None and at.role in {CREW, CHARACTER}:
            continue
        found.add(start, kind, display if source != "rule" else full[start:end])
    return _finish(found, rules)


def _possessive_starts(text: str) -> set[int]:
    """Offsets right after a person's possessive ("Park Chan Wook's "), where a title may start."""
    starts = set()
    for m in _PERSON_BEFORE.finditer(text):
        if is_korean_name(m.group(1)):
            starts.add(m.end())
    return starts


def _title_ok(value: str, key: str) -> bool:
    words = key.split()
    return bool(words) and not (
        key in NETWORK_KEYS
        or key in GROUP_KEYS
        or key in GENERIC_KEYS
        or words[0] in PLACES
        or is_korean_name(value)
        or value in STAGE_NAMES
        or (len(words) == 1 and len(value) < 3)
        or not person_shaped_or_title(value)
    )


def person_shaped_or_title(value: str) -> bool:
    """An unquoted run is only a title if it reads as one."""
    return looks_like_title(value) and not value.endswith("'s")


def _rule_entries(rules: EntityRules | None) -> list[tuple[str, str, str]]:
    if rules is None:
        return []
    entries = [(_SHOW, name, "rule") for name in rules.shows]
    entries += [(_ACTOR, name, "rule") for name in rules.actors]
    show_keys = {entity_key(n) for n in rules.shows}
    actor_keys = {entity_key(n) for n in rules.actors}
    for variant, canonical in rules.aliases.items():
        ckey = entity_key(canonical)
        if ckey in show_keys:
            entries.append((_SHOW, variant, "rule"))
        elif ckey in actor_keys:
            entries.append((_ACTOR, variant, "rule"))
    return entries


def _finish(found: _Found, rules: EntityRules | None) -> Entities:
    aliases = {entity_key(k): v for k, v in rules.aliases.items()} if rules else {}
    ban_shows = {entity_key(n) for n in rules.ban_shows} if rules else set()
    ban_actors = {entity_key(n) for n in rules.ban_actors} if rules else set()
    shows: dict[str, str] = {}
    actors: dict[str, str] = {}
    for _, kind, raw in sorted(found.mentions, key=lambda m: m[0]):
        display = _display(raw)
        key = entity_key(display)
        if kind == _ACTOR and _match_key(display) in found.blocked:
            continue
        display = aliases.get(key, display)
        canonical = entity_key(display)
        if kind == _SHOW:
            if key in ban_shows or canonical in ban_shows:
                continue
            shows.setdefault(canonical, display)
        else:
            if key in ban_actors or canonical in ban_actors:
                continue
            actors.setdefault(canonical, display)
    for key in list(actors):
        if key in shows:
            del actors[key]
    return Entities(shows=list(shows.values()), actors=list(actors.values()))


def _display(raw: str) -> str:
    value = " ".join(raw.translate(QUOTE_TABLE).split()).strip("\"' ,;")
    return _POSSESSIVE.sub("", value) if not value.endswith("s'") else value[:-1]
