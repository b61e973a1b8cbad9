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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dramatui.content.entities_context import music_only, possessive_starts, recurrences
from dramatui.content.entities_crew import crew_keys
from dramatui.content.entities_index import Cover, NameIndex, entity_key, heads_of, match_key
from dramatui.content.entities_lexicon import (
    DAY_WORDS,
    FILM_OWNERS,
    GENERIC_KEYS,
    GROUP_KEYS,
    NETWORK_KEYS,
    NOT_TITLE_OPENERS,
    PLACES,
    STAGE_NAMES,
)
from dramatui.content.entities_names import is_korean_name
from dramatui.content.entities_pairs import works_in_parens
from dramatui.content.entities_people import (
    CHARACTER,
    CREW,
    PERFORMER,
    find_people,
    singers_in,
    stage_names_in,
)
from dramatui.content.entities_refs import group_head, without_back_references
from dramatui.content.entities_seed import capitals_kept, seed, seed_matches
from dramatui.content.entities_tags import ACTOR, SHOW, classify_tag
from dramatui.content.entities_titles import (
    clean_title,
    find_spans,
    find_unquoted_titles,
    judge_spans,
    looks_like_title,
    straighten,
)

EXTRACTOR_VERSION = 9

_POSSESSIVE = re.compile(r"(?:'s|s')$")

_SHOW, _ACTOR = SHOW, ACTOR
_NAMED = re.compile(r"\b(?:name|named|called|credited)(?: as)? $")


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


_GAZ_CACHE: dict[int, tuple[tuple[int, int, int, int], NameIndex, frozenset[str]]] = {}


def _gazetteer_index(known: Gazetteer) -> tuple[NameIndex, frozenset[str]]:
    """The gazetteer's match index and show keys, built once per gazetteer state."""
    signature = (id(known.shows), len(known.shows), id(known.actors), len(known.actors))
    cached = _GAZ_CACHE.get(id(known))
    if cached is not None and cached[0] == signature:
        return cached[1], cached[2]
    entries = [(_SHOW, d, "known") for d in known.shows.values()]
    entries += [(_ACTOR, d, "known") for d in known.actors.values()]
    index = NameIndex(entries)
    show_keys = frozenset(match_key(d) for d in known.shows.values())
    if len(_GAZ_CACHE) > 8:
        _GAZ_CACHE.clear()
    _GAZ_CACHE[id(known)] = (signature, index, show_keys)
    return index, show_keys


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'")
    return not before or before[-1] in ".!?\n:"


@dataclass
class _Found:
    """Mentions collected for one article: position, kind, display."""

    mentions: list[tuple[int, str, str]] = field(default_factory=list)
    blocked: set[str] = field(default_factory=set)  # actor keys ruled out (crew, character)
    seasons: set[str] = field(default_factory=set)  # show keys introduced as a season
    parts: set[str] = field(default_factory=set)  # characters' names, whole and given

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
    full = straighten(title + "\n" + text)
    title_end = len(title)
    found = _Found()
    tag_shows: dict[str, str] = {}
    tag_actors: dict[str, str] = {}
    for tag in categories:
        kind = classify_tag(tag, full)
        if kind:
            value = clean_title(straighten(tag))
            (tag_shows if kind == _SHOW else tag_actors)[match_key(value)] = value

    # Shows: quoted titles, judged by context; undecided ones need outside support.
    spans = find_spans(full)
    outside = set(tag_shows)
    gazetteer = _gazetteer_index(known) if known is not None else None
    if gazetteer is not None:
        outside |= gazetteer[1]
    people_first = possessive_starts(full)
    support = seed().support  # distinctive seed titles back a quoted title like known ones
    judge_spans(
        full,
        spans,
        title_end,
        lambda t, s: s in people_first,
        lambda value: match_key(value) in outside or match_key(value) in support,
    )
    # "Lee Seul's 'Paper Lanterns'" in a headline may be a singer's song or an actor's
    # show; when the body judges the same title not a show ("the second OST of ..."),
    # its fuller context wins.
    refused = {match_key(s.inner) for s in spans if s.start >= title_end and s.verdict == "no"}
    for span in spans:
        if (
            span.start < title_end
            and span.verdict == "show"
            and span.start in people_first
            and match_key(span.inner) in refused
        ):
            span.verdict = "no"
    confirmed = outside | {match_key(s.inner) for s in spans if s.verdict == "show"}
    masked: list[tuple[int, int]] = []
    show_ranges: list[tuple[int, int]] = []  # where found titles are written, quotes left out
    for span in spans:
        if not looks_like_title(span.inner):
            continue
        masked.append((span.start, span.end))
        if is_korean_name(span.inner) and (
            span.verdict != "show" or _NAMED.search(full, max(0, span.start - 20), span.start)
        ):
            continue  # "read out her name as 'Yuh-jung Youn'": a quoted name, no title
        key = match_key(span.inner)
        if span.verdict == "show" or (span.verdict == "" and (key in confirmed or key in support)):
            found.add(span.start, _SHOW, span.inner)
            inner_at = full.find(span.inner, span.start, span.end)
            show_ranges.append((inner_at, inner_at + len(span.inner)))
            if _SEASON_BEFORE.search(full, max(0, span.start - 40), span.start):
                found.seasons.add(entity_key(_display(span.inner)))
    heads = heads_of(full)
    head_at: dict[int, str] | None = None
    quoted_spans = [(s.start, s.end) for s in spans if looks_like_title(s.inner)]
    for pos, value in find_unquoted_titles(full):
        if any(a < pos < b and full.find(value, a, b) != a + 1 for a, b in quoted_spans):
            continue  # "Gods: The Two Worlds" inside "Along with the Gods: The Two Worlds"
        if head_at is None:
            head_at = dict(heads)
        # "JTBC's Live On with ...": a seed title reaching past the run's end is the title.
        longer = seed().shows.find(full, [(pos, head_at.get(pos, ""))])
        if longer and longer[0][1] > pos + len(value):
            spelled = full[pos : longer[0][1]]
            if entity_key(spelled) == entity_key(longer[0][3]):
                value = spelled
        key = match_key(value)
        if _title_ok(value, key):
            found.add(pos, _SHOW, value)
            masked.append((pos, pos + len(value)))
            show_ranges.append((pos, pos + len(value)))
    show_keys = {match_key(d) for _, k, d in found.mentions if k == _SHOW}
    masked += recurrences(full, {d for _, k, d in found.mentions if k == _SHOW}, masked)

    # Actors: names with the role their context gives them.
    people = find_people(full, masked, show_keys, title_end)
    listed = show_keys | outside
    cue_titles = seed().needs_cue  # the bracket after a cast name is their screen cue
    for pos, value in works_in_parens(
        full, people, lambda k: k in listed or k in support or k in cue_titles
    ):
        found.add(pos, _SHOW, value)
    by_start = {p.start: p for p in people}
    characters: list[str] = []
    for person in people:
        if person.role in {CREW, CHARACTER}:
            key = match_key(person.name)
            found.blocked.add(key)
            if person.role == CHARACTER:
                characters.append(key)
    vouched = {match_key(p.name) for p in people if p.role == PERFORMER}
    # "Do Do Hee (Kim Yoo Jung)" ... "Do Hee said": a character's given name alone.
    for key in characters:
        words = key.split()
        if len(words) >= 3:
            found.blocked.add(" ".join(words[1:]))
            found.parts.add(" ".join(words[1:]))
    # "Singer X lent her voice to the OST": a voice, not a cast member, unless she acts too.
    singers = {match_key(name) for name in singers_in(full, people)}
    # A well-known director or writer is no actor unless this article casts them as one.
    crew = crew_keys()
    found.blocked |= {k for k in (match_key(p.name) for p in people) if k in crew}
    found.blocked |= crew.intersection(tag_actors)
    found.blocked -= vouched
    # A group's possessive ("EXO's Chanyeol") does not make a song's voice a cast member.
    found.blocked |= singers - {
        match_key(p.name) for p in people if p.role == PERFORMER and not p.weak
    }
    # Exact keys (dots kept): "D.O." vouches for "D.O.", never for a sentence's "Do".
    exact = {entity_key(p.name) for p in people if p.role == PERFORMER}
    exact |= {entity_key(v) for v in tag_actors.values()}
    for person in people:
        if group_head(full, person.start, person.name):
            continue
        if (
            person.role == PERFORMER
            or (person.korean and not person.role)
            or not person.role
            and entity_key(person.name) in exact
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
    matches = NameIndex(entries).find(full, heads) if entries else []
    if gazetteer is not None:
        matches += gazetteer[0].find(full, heads)
    korean = [(p.start, p.end) for p in people if p.korean]
    performers = {p.start for p in people if p.role == PERFORMER}
    matches += seed_matches(full, heads, title_end, spans, masked, korean, performers)
    inside = Cover(masked + [(p.start, p.end) for p in people])
    # "A Taxi Driver" holds the known "Taxi Driver": a show inside a longer found title is
    # that title's tail, not a second show.
    show_cover = Cover(show_ranges + [(a, b) for a, b, k, _, _ in matches if k == _SHOW])
    # A name the text uses as a person ("Kim Ok Vin" as a tag) is never a show.
    # Not a non-Korean name read as a part ("playing against his Running Man image").
    person_keys = {match_key(p.name) for p in people if p.korean or p.role in {PERFORMER, CREW}}
    titled: list[tuple[int, int]] = []  # where multi-word shows from the lists are written
    for start, end, kind, display, source in matches:
        if kind == _ACTOR and inside.strictly_inside(start, end):
            continue
        if (
            kind == _SHOW
            and source != "rule"
            and (show_cover.strictly_inside(start, end) or match_key(display) in person_keys)
        ):
            continue
        if source != "rule":
            if entity_key(full[start:end]) != entity_key(display):
                continue  # "Do not" is no "D.O.": only case, quotes and hyphens may differ
            head = full[start : start + 1]
            if not (head.isupper() or head.isdigit()):
                continue
            if kind == _SHOW and not capitals_kept(full[start:end], display):
                continue  # "written by the Hong sisters" is no tag "Hong Sisters"
        at = by_start.get(start)
        if kind == _SHOW and source != "rule" and " " not in display.strip():
            quoted = any(s.start < start < s.end for s in spans)
            if not quoted and (start < title_end or _sentence_start(full, start)):
                continue
            if at is not None and at.role == PERFORMER:
                continue  # "SHINee's Key": a one-word tag the text uses as a person
        if kind == _ACTOR and at is not None and at.role in {CREW, CHARACTER}:
            continue
        if kind == _SHOW and " " in display.strip():
            titled.append((start, end))
        found.add(start, kind, display if source != "rule" else full[start:end])
    if titled:
        # "Over on ENA, Dear Hyeri drew 2.9 percent": a stage name inside a known title.
        in_title = bytearray(len(full) + 1)
        for a, b in titled:
            in_title[a + 1 : b] = b"\x01" * (b - a - 1)
        found.mentions = [m for m in found.mentions if m[1] != _ACTOR or not in_title[m[0]]]
    # A category tag naming a show the seed knows is the feed's own word that the article
    # is about it, even where the text never writes the title ("Mr. Sunshine" as a tag).
    written = {match_key(d) for _, k, d in found.mentions if k == _SHOW}
    for key, value in tag_shows.items():
        if key not in written and (key in support or key in seed().needs_cue):
            found.add(len(full), _SHOW, value)
    found.mentions = without_back_references(found.mentions, people, _ACTOR)
    if music_only(full, any(kind == _SHOW for _, kind, _ in found.mentions)):
        found.mentions = [m for m in found.mentions if m[1] != _ACTOR]
    return _finish(found, rules)


def _title_ok(value: str, key: str) -> bool:
    words = key.split()
    return (
        bool(words)
        and not (
            key in NETWORK_KEYS
            or key in GROUP_KEYS
            or key in GENERIC_KEYS
            or words[0] in PLACES
            or key in FILM_OWNERS
            or all(w in DAY_WORDS for w in key.replace("-", " ").split())  # "Friday-Saturday"
            or words[0] in NOT_TITLE_OPENERS  # "debut October 3", "appeared on Instagram Live"
            or words[0][:1].isdigit()
            or is_korean_name(value)
            or value in STAGE_NAMES
            or (len(words) == 1 and len(value) < 3)
            or not person_shaped_or_title(value)
        )
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
    # "Sejeong" read inside "Kim Sejeong" (a seed name): no mention of its own.
    spans = [(p, p + len(d)) for p, k, d in found.mentions if k == _ACTOR and " " in d]
    for pos, kind, raw in sorted(found.mentions, key=lambda m: m[0]):
        if kind == _ACTOR and " " not in raw and any(a < pos < b for a, b in spans):
            continue
        display = _display(raw)
        key = entity_key(display)
        if kind == _ACTOR and match_key(display) in found.blocked:
            continue
        if kind == _SHOW and match_key(display) in found.parts:
            continue  # "the stills show Si Eun standing": a character, no show
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
    # "Lee Sang" (a headline cut short) or "Min Hyun" (the given name alone) beside
    # "Lee Sang Soon", "Hwang Min Hyun": the same person, written shorter.
    words = {k: match_key(k).split() for k in actors}
    for key, mine in words.items():
        n = len(mine)
        if n >= 2 and any(
            len(other) > n and (other[:n] == mine or other[-n:] == mine) for other in words.values()
        ):
            del actors[key]

    # "The Zone" beside "The Zone: Survival Mission" (or "Money Heist: Korea" beside
    # "Money Heist: Korea – Joint Economic Area") is the same show, shortened; but not
    # beside a season with a subtitle of its own ("the second season, 'X: Death Room'").
    # "The first season of 'X'" beside 'X: New Blood' is two shows, not one shortened.
    for key in (_shortened_keys(shows, found.seasons) - found.seasons) & shows.keys():
        del shows[key]
    # "'Attorney Woo' sequel" beside "Extraordinary Attorney Woo": its short name.
    tails = {k: match_key(k).split() for k in shows}
    for key, mine in tails.items():
        if len(mine) >= 2 and any(
            len(other) > len(mine) and other[-len(mine) :] == mine for other in tails.values()
        ):
            del shows[key]
    return Entities(shows=list(shows.values()), actors=list(actors.values()))


_SUBTITLE_MARKS = (":", " –", " —", " -")
_SEASON_BEFORE = re.compile(r"\b(?:season|sequel|spin-?off|part)\b[^.!?\n]{0,20}$", re.I)


def _shortened_keys(shows: dict[str, str], seasons: set[str]) -> set[str]:
    """Every key a longer show key opens before a subtitle mark (one pass over the keys)."""
    heads = set()
    for other in shows:
        if other in seasons:
            continue
        for mark in _SUBTITLE_MARKS:
            at = other.find(mark)
            while at > 0:
                heads.add(other[:at])
                at = other.find(mark, at + 1)
    return heads


@lru_cache(maxsize=65536)
def _display(raw: str) -> str:
    value = " ".join(straighten(raw).split()).strip("\"' ,;")
    return _POSSESSIVE.sub("", value) if not value.endswith("s'") else value[:-1]
