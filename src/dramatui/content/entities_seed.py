"""A bundled seed gazetteer: well-known shows and performers any fan-facing reader knows.

Most feeds carry no categories, so the cache's own `Gazetteer` often knows nothing about
an unquoted "the hit Sky Castle" or a Western-order "Tyler Rasch". The seed lists live in
`seed_shows.txt` and `seed_actors.txt` beside this module (one display name a line, `#`
comments; a line starting with `~ ` is a title that is a common phrase, or a performer
mostly heard, not seen). They are read lazily, the first time `seed()` is called (the
first `extract_entities`), and indexed once per process (about 30 ms).

A seed name is weaker evidence than the article's own context, so `seed_matches` gates it:
a show that is one word or a short common phrase ("Signal", "Money Heist") needs a screen
cue ("tvN's Signal", "the drama Signal", "since Signal", "Signal star", "Signal (2016)"),
and a title must keep its capitals as written. A seed actor has at least two words (or is
a stage name the lexicon already allows), a marked one (a singer) counts only where the
article casts them as a performer, and the caller still blocks crew and characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dramatui.content.entities_index import NameIndex, heads_of, match_key
from dramatui.content.entities_lexicon import (
    GENERIC_KEYS,
    GROUP_KEYS,
    NETWORK_KEYS,
    PLACES,
    STAGE_AMBIGUOUS,
    STAGE_NAMES,
    words_of,
)
from dramatui.content.entities_names import is_korean_name
from dramatui.content.entities_tags import ACTOR, SHOW
from dramatui.content.entities_titles import WITH_CAST, Span, cast_follows

SEED = "seed"
CUE_MARK = "~ "

Match = tuple[int, int, str, str, str]  # (start, end, kind, display, source), as NameIndex

# Words that open a title without making it distinctive: "The Glory", "My Name", "Mr. Queen"
# read as one common word.
_OPENERS = frozenset(["the", "a", "an", "my", "mr", "ms", "mrs", "miss", "dr"])
_STAGE_KEYS = frozenset(n.casefold() for n in STAGE_NAMES)


@dataclass(frozen=True)
class Seed:
    """The seed's match indexes and what each name needs to be believed."""

    shows: NameIndex
    actors: NameIndex
    support: frozenset[str]  # match keys of distinctive titles: they confirm a quoted title
    needs_cue: frozenset[str]  # match keys of titles that are common words or phrases
    singers: frozenset[str]  # match keys of performers mostly heard, not seen: need a cue


def read_names(text: str) -> list[tuple[str, bool]]:
    """(display, marked) for every name line of a seed file; marked lines need a cue."""
    names = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        marked = line.startswith(CUE_MARK.strip())
        display = line[1:].strip() if marked else line
        if display:
            names.append((display, marked))
    return names


def short_title(key: str) -> bool:
    """One significant word once an opener is set aside ("the glory", "signal", "dp")."""
    words = key.split()
    if len(words) > 1 and words[0] in _OPENERS:
        words = words[1:]
    return len(words) <= 1


def _usable(key: str, display: str) -> bool:
    """Long enough to be a name ("D.P." is, "XX" is not), and no network, group or topic."""
    if len(key) < 3 and (len(key) < 2 or display.isalpha()):
        return False
    return not (key in NETWORK_KEYS or key in GROUP_KEYS or key in GENERIC_KEYS)


def build_seed(shows: list[tuple[str, bool]], actors: list[tuple[str, bool]]) -> Seed:
    """The seed for these name lists (the bundled ones come through `seed()`)."""
    show_entries: list[tuple[str, str, str]] = []
    actor_entries: list[tuple[str, str, str]] = []
    support: set[str] = set()
    needs_cue: set[str] = set()
    singers: set[str] = set()
    for display, marked in shows:
        key = match_key(display)
        # A title that reads as a person's name ("Hwang Jini") would take the person's place.
        if not _usable(key, display) or key in _STAGE_KEYS or is_korean_name(display):
            continue
        if key in PLACES:
            continue  # "filming in Haeundae": the place is written far more than the film
        show_entries.append((SHOW, display, SEED))
        if marked or short_title(key):
            needs_cue.add(key)
        else:
            support.add(key)
    show_keys = support | needs_cue
    for display, marked in actors:
        key = match_key(display)
        if not _usable(key, display) or key in show_keys:
            continue  # a name that is also a title is left to the article's context
        if " " not in key and (display not in STAGE_NAMES or display in STAGE_AMBIGUOUS):
            continue
        actor_entries.append((ACTOR, display, SEED))
        if marked:
            singers.add(key)
    # A title marked common anywhere (a variant line) needs its cue everywhere.
    return Seed(
        NameIndex(show_entries),
        NameIndex(actor_entries),
        frozenset(support - needs_cue),
        frozenset(needs_cue),
        frozenset(singers),
    )


@lru_cache(maxsize=1)
def seed() -> Seed:
    """The bundled seed, read and indexed once per process."""
    package = resources.files("dramatui.content")
    shows = read_names(package.joinpath("seed_shows.txt").read_text(encoding="utf-8"))
    actors = read_names(package.joinpath("seed_actors.txt").read_text(encoding="utf-8"))
    return build_seed(shows, actors)


# Words that make a nearby capitalised run a screen title.
_SCREEN_NOUNS = words_of(
    "drama dramas k-drama k-dramas series miniseries docuseries film films movie movies "
    "show sitcom thriller rom-com romcom melodrama sageuk blockbuster hit remake sequel "
    "prequel spin-off spinoff variety original"
)
# "star of Kingdom", "the cast of Signal": "of" after these is a cue.
_OF_HEADS = words_of(
    "star stars cast lead leads actor actress actors actresses season seasons episode "
    "episodes finale remake sequel ost premiere set director writer creators success "
    "characters character fans"
)
# "Kingdom star Ju Ji Hoon", "Signal season 2": what may follow a title. Not "premiere"
# or "film": "the VIP premiere", "a Horror film" are a common word's own phrases.
_AFTER_CUES = words_of(
    "star stars actor actress actors actresses co-star co-stars cast season sequel remake "
    "ost soundtrack director writer pd finale fame partner partners"
)
# "Mother's cast", "Kingdom's premiere": what a title may own.
_OWNED_CUES = _AFTER_CUES | words_of(
    "lead leads ratings success characters character set filming script plot ending "
    "production broadcast release trailer teaser poster premiere episode episodes drama "
    "series film movie"
)
# "who led Signal", "who made My Mister": a verb only screen work takes right before it.
_MADE_VERBS = words_of(
    "led headlined fronted directed helmed co-directed wrote penned scripted co-wrote "
    "made filmed shot co-starred created co-created hosts hosted"
)
# "an Oscar nomination for Minari", "praised for Signal".
# "best known abroad for Parasite": fame is for screen work too.
_PRAISE_FOR = words_of(
    "nomination nominations nominated award awards prize praised acclaimed known famous remembered "
    "honored honoured"
)
# "the Naver webtoon Weak Hero", "the OST Stay With Me": a print or music word right
# before a seed title names the book or the song.
_NOT_SCREEN = words_of(
    "webtoon webtoons novel novels book books manhwa comic comics manga song songs single "
    "album ost track ballad duet"
)
_WORD = re.compile(r"[\w+*][\w'+*.-]*")
_SENTENCE = re.compile(r"[.!?:;\n](?:\s|$)|\s(?:--|[–—])\s")
_AFTER = re.compile(r"(?:'s)?\s+([\w-]+)|\s*\((?:\d{4}|[A-Za-z+]+[,)])")
_TRAILING = frozenset(".,:;!?")
_SMALL = words_of("of the a an on in to for and with at by from vs x is or ft")
_SCREEN_TEXT = re.compile(
    r"\b(?:dramas?|k-dramas?|series|variety|episodes?|sitcom|cast|starring|starred|actors?|"
    r"actress(?:es)?|film|movie|broadcast|premiere[sd]?|season)\b",
    re.IGNORECASE,
)


def screen_text(text: str) -> bool:
    """Does the article speak of screen work at all (a drama, a cast, a premiere)?"""
    return _SCREEN_TEXT.search(text) is not None


def screen_cue(text: str, start: int, end: int) -> bool:
    """Does the sentence around `text[start:end]` mark it as a screen title?"""
    return _cue_before(text, start) or _cue_after(text, end)


def _cue_before(text: str, start: int) -> bool:
    before = _SENTENCE.split(text[max(0, start - 60) : start])[-1]
    words = _WORD.findall(before)
    if not words:
        return False
    last = words[-1].casefold()
    if last in {"in", "since"} or last in _MADE_VERBS:
        return True
    if last == "of":
        return len(words) > 1 and words[-2].casefold() in _OF_HEADS
    if last == "for":
        return any(w.casefold() in _PRAISE_FOR for w in words[-4:-1])
    if last.endswith("'s") and len(words) > 1 and words[-2].casefold() in {"in", "since"}:
        return True  # "in Marvel's The Marvels": a studio's or maker's work
    # Back over lowercase words and networks ("the hit tvN series"), up to four words.
    for word in reversed(words[-4:]):
        low = word.casefold()
        owner = low.removesuffix("'s")
        if owner in NETWORK_KEYS:
            if low.endswith("'s"):
                return True
            continue
        if low in _SCREEN_NOUNS:
            return True
        if not word[0].islower():
            return False
    return False


def _cue_after(text: str, end: int) -> bool:
    # "Sorry, I Love You, with So Ji-sub and Im Soo-jung": a cast after a title, read as a
    # Korean name or as a performer the seed knows.
    if cast_follows(text, end):
        return True
    cast = WITH_CAST.match(text, end)
    if cast is not None:
        rest = text[cast.end() : cast.end() + 40]
        known = seed().actors.find(rest, heads_of(rest))
        return bool(known) and known[0][0] == 0
    m = _AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word is None:
        return True  # "(2016)", "(tvN, 2016)"
    owned = text.startswith("'s", end)
    return word.casefold() in (_OWNED_CUES if owned else _AFTER_CUES)


def capitals_kept(written: str, display: str) -> bool:
    """Every word of `written` is capitalised, unless the display writes it small too."""
    small = {_bare(w) for w in display.split() if _head(w).islower()}
    for word in written.split():
        head = _head(word)
        if head and not (head.isupper() or head.isdigit()):
            bare = _bare(word)
            if bare not in small and bare not in _SMALL:
                return False
    return True


def _head(word: str) -> str:
    return next((c for c in word if c.isalnum()), "")


def _bare(word: str) -> str:
    return word.strip("\"'()[],.:;!?").casefold()


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'")
    return not before or before[-1] in ".!?\n:-–—"  # "SEOUL, Feb. 14 -- Veteran actor"


def seed_matches(
    text: str,
    heads: list[tuple[int, str]],
    title_end: int,
    spans: list[Span],
    masked: list[tuple[int, int]],
    names: list[tuple[int, int]],
    performers: set[int],
) -> list[Match]:
    """The seed names in `text` that pass the seed's gates (see the module docstring).

    `spans` are the article's quoted phrases with their verdicts, `masked` the ranges of
    titles already found, `names` those of Korean names and `performers` the offsets of
    names the context makes performers; `heads` is `heads_of(text)`. Actors still go
    through the caller's role checks.
    """
    known = seed()
    inside = bytearray(len(text) + 1)  # 1 inside a Korean name the article already reads
    for a, b in names:
        inside[a:b] = b"\x01" * (b - a)
    found = []
    # A seed actor where a Korean name was read adds nothing: only elsewhere ("Tyler Rasch").
    for match in known.actors.find(text, [h for h in heads if not inside[h[0]]]):
        match = _trimmed(text, match)
        start, end, _, display, _ = match
        if capitals_kept(text[start:end], display) and (
            match_key(display) not in known.singers or start in performers
        ):
            found.append(match)
    # No title starts inside a Korean name ("Lee Seo Jin's" holds no "Seo Jin's"), and one
    # starts at a name only as "Kang Ho Dong's Village" or "Kim Ji-young: Born 1982" does.
    owners = {a for a, b in names if text.startswith(("'s ", ": ", ", "), b)}
    show_heads = [h for h in heads if not inside[h[0]] or h[0] in owners]
    on_screen: bool | None = None
    cued: set[int] = set()  # starts of common-word titles taken for a cue
    waiting: list[Match] = []  # common-word titles with no cue yet
    for match in known.shows.find(text, show_heads):
        match = _trimmed(text, match)
        start, end, _, display, _ = match
        if not capitals_kept(text[start:end], display):
            continue
        # The innermost quote: "carried the weight of 'The Glory'" inside quoted speech.
        span = max((s for s in spans if s.start < start < s.end), key=_start_of, default=None)
        if span is not None and _speech(span.inner, display):
            span = None  # a quoted remark ("In Alchemy of Souls I played ...") is no title
        if span is not None:
            if span.verdict == "no" or match_key(span.inner) != match_key(display):
                continue  # a song of that name, or only part of another quoted title
        elif any(a <= start < b and (a, b) != (start, end) for a, b in masked):
            continue  # the tail of a longer title the article already gave
        key = match_key(display)
        if span is None and _named_as_print(text, start):
            continue
        if key not in known.needs_cue:
            found.append(match)
        elif span is not None:
            if on_screen is None:
                on_screen = screen_text(text)
            if span.verdict == "show" or on_screen:
                found.append(match)
        elif start >= title_end and not _sentence_start(text, start):
            if _CAPITAL_NEXT.match(text, end):
                continue  # "Big" of "Big Hero 6": the start of a longer title it does not know
            if screen_cue(text, start, end) or _listed_after(text, start, found, cued):
                cued.add(start)
                found.append(match)
            else:
                waiting.append(match)
    # "the Hellbound and Smugglers actor": a title listed before a cued one shares its cue.
    # Titles the article already gave (quoted or cued) are cued shows themselves.
    given = [(a, b, SHOW, text[a:b], "") for a, b in masked]
    for match in waiting:
        later = min(
            (m for m in found + given if m[2] == SHOW and m[0] >= match[1]),
            key=lambda m: m[0],
            default=None,
        )
        if later is None:
            continue
        if _KIND_JOIN.fullmatch(text, match[1], later[0]) or (
            _LIST_JOIN.fullmatch(text, match[1], later[0])
            and (later[0] in cued or later in given or _lends_cue(text, later))
        ):
            found.append(match)
    found.sort(key=lambda m: m[0])
    return found


def _lends_cue(text: str, match: Match) -> bool:
    """A distinctive seed title, or a common-word one with a cue of its own."""
    return match_key(match[3]) not in seed().needs_cue or screen_cue(text, match[0], match[1])


def _start_of(span: Span) -> int:
    return span.start


def _speech(inner: str, display: str) -> bool:
    """Is the quoted `inner` someone's words around the title rather than a title?"""
    words = inner.split()
    if len(words) < len(display.split()) + 4 or inner.startswith(display):
        return False
    return sum(1 for w in words if w[:1].islower()) >= 3


def _named_as_print(text: str, start: int) -> bool:
    """Is a print or music word one of the two words right before `start`?"""
    words = _WORD.findall(text[max(0, start - 30) : start])[-2:]
    return any(w.casefold() in _NOT_SCREEN for w in words)


def _listed_after(text: str, start: int, found: list[Match], cued: set[int]) -> bool:
    """ "made My Mister and Misaeng", "Sweet Home or The Frog": a title joined by "and",
    "or" or a comma to a show just taken from the seed shares that show's cue, or the
    distinctive title's standing (a list of common-word titles with no cue, as in a menu,
    gives none)."""
    for other in reversed(found):
        if other[2] == SHOW and other[1] <= start:
            return _LIST_JOIN.fullmatch(text, other[1], start) is not None and (
                other[0] in cued or _lends_cue(text, other)
            )
    return False


_CAPITAL_NEXT = re.compile(r" (?:[A-Z][a-z]|\d)")
_LIST_JOIN = re.compile(r"[\"']?(?:,? (?:and|or) |, )[\"']?")
# "After Snowdrop and the zombie comedy Newtopia": a title listed before a kind word.
_KIND_JOIN = re.compile(
    r",? (?:and|or) (?:the |a |an |her |his |their )?(?:[\w-]+ ){0,2}(?:drama|series|film|"
    r"movie|comedy|thriller|romance|melodrama|sitcom|show|variety show|reality show) [\"']?"
)


def _trimmed(text: str, match: Match) -> Match:
    """A token may carry the sentence's full stop ("led Taxi Driver."): not the name's."""
    start, end, kind, display, source = match
    while text[end - 1] in _TRAILING and not display.endswith(text[end - 1]):
        end -= 1
    return (start, end, kind, display, source)
