"""Deciding which personal names in an article are performers.

Candidates are Korean-looking names (`entities_names`) plus capitalised runs ("Robert
Pattinson", "Jisoo"). Context sorts them: a role word before a name makes it crew
("director", "writer", "PD", "directed by"), "as"/"plays"/"Character (Actor)" make it a
character, and a performer cue ("stars", "hosted by", a group's possessive, a list that
also holds a Korean performer's name) lets a non-Korean name count as an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dramatui.content.entities_lexicon import (
    AGENCY_KEYS,
    AGENCY_WORDS,
    EVENT_WORDS,
    GENERIC_KEYS,
    GROUP_KEYS,
    NETWORK_KEYS,
    NON_PERFORMER_ROLES,
    PERFORMER_ROLES,
    PLACES,
    STAGE_AMBIGUOUS,
    STAGE_NAMES,
    SURNAMES,
    words_of,
)
from dramatui.content.entities_names import find_korean_names, hyphen_adjective
from dramatui.content.entities_titles import OWNED_STARRING

CREW = "crew"
CHARACTER = "character"
PERFORMER = "performer"
# "played Kim Hee Ae's husband": the name owns a part; that mention neither makes it an
# actor nor rules it out for the rest of the article.
PART_OWNER = "part-owner"

# The capital comes before the look-behind so the engine can skip ahead to capitals in C.
_RUN = re.compile(r"[A-Z](?<![\w'.+-].)[\w.+-]*(?:[ ][A-Z][\w.+-]*){0,5}")
_WORD = re.compile(r"[\w+][\w.+'-]*")
_PAREN_AFTER = re.compile(r"(?:'s|')?\s?\(")
_LIST_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_WHO_CREW = re.compile(
    r"(?:'s)?,\s+(?:who\s+(?:also\s+)?(?:directed|wrote|penned|created|produced|helmed|"
    r"composed|drew)|the\s+(?:director|writer|creator|producer|ceo|founder|pd|author))\b"
)
# "X previously directed", "X also wrote": the name did crew work.
_NAME_DID = re.compile(
    r"(?:'s)?,?\s+(?:(?:also|previously|once|then|later|first|co-)\s*)?"
    r"(?:directed|wrote|penned|helmed|co-directed|co-wrote|scripted)\b"
)
# "Chang Kang-myoung's novel", "Hong Sang-soo's latest film": whose work, not who is in it.
_WORK_OF = re.compile(
    r"(?:'s|')\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(novels?|webtoons?|books?|manhwa|comics?|essays?|films?|movies?|documentar(?:y|ies)|"
    r"directorial|screenplays?|scripts?)\b"
)
# "X's 'Title'", "X's Netflix series 'Title'": a possessive owning a quoted title.
_OWNS_TITLE = re.compile(r"(?:'s|')\s+(?:[A-Z][\w+]*\s+)?(?:[a-z][\w-]*\s+){0,3}[\"']")
_QUOTED_REST = re.compile(r"[\"'][^\"'\n]{1,80}[\"']")
_FILM_WORDS = re.compile(
    r"\b(?:films?|movies?|theaters?|theatres?|cinemas?|moviegoers|box office|big screen|"
    r"screenings?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# "follows Oh Dae Su", "centers on ...": a plot synopsis names characters.
_PLOT_CUES = (
    " follows ",
    " following ",
    " centers on ",
    " centres on ",
    " revolves around ",
    " story of ",
)
# "Jung Gu Won, a demon who": an appositive that describes a character, not a career.
_APPOSITIVE = re.compile(r",\s+an?\s+((?:[\w-]+\s+){0,4}?)(?:who|whose|that)\b")
_CAREER = words_of(
    "actor actress actors singer star idol member rookie newcomer host comedian model "
    "director writer producer pd creator author veteran entertainer rapper"
)
# "Rain plays the bodyguard", "Kim Da Mi (as Jo Yi Seo)": the name before plays a part.
_PLAYS = re.compile(
    r"(?:\s+(?:also\s+|will\s+)?(?:plays|played|play|portrays|portrayed|stars\s+as)\b|"
    r"\s?\(as\s)"
)
# "Tilda Swinton, who played the CEO": the name before it performed.
_WHO_PERFORMED = re.compile(
    r"(?:'s)?,\s+who\s+(?:also\s+|previously\s+|once\s+)?(?:plays|played|portrays|portrayed|"
    r"stars|starred|co-starred|hosts|hosted|co-hosts|co-hosted|acted|appeared|appears)\b"
)
# "singer X", "X sang", "sung by X", "X's OST": a voice on a soundtrack, not a cast member.
_SINGER_BEFORE = re.compile(r"\b(?:singer|vocalist|(?:sung|sang|performed|recorded) by)\s+$", re.I)
_SINGER_AFTER = re.compile(
    r"(?:'s|')?\s+(?:(?:also|will|has|had)\s+)?(?:sings|sang|sing|lent|lends|recorded|"
    r"records)\b|(?:'s|')\s+(?:[a-z-]+\s+){0,2}(?:ost|song|single|ballad|track|vocals?)\b",
    re.I,
)
_SINGER_ACTS = re.compile(
    r"\b(?:(?:his|her|their) own (?:drama|series|film|movie|show)|in which (?:she|he|they) "
    r"(?:also )?(?:stars|starred|plays|played|appears|appeared))\b",
    re.I,
)
_PLAYED_BY = re.compile(r"(?:'s)?,?\s+(?:played|portrayed)\s+by\b")
_OF_GROUP = re.compile(
    r"\s+of\s+([\w()'.&-]+(?: [\w()'.&-]+)?)",
)
_INITIALS_END = re.compile(
    r"\w\.\w\.$",
)
_PAREN_CLOSE = re.compile(
    r"(?:'s|')?\)",
)
_CAPWORD = re.compile(r"[A-Z](?<![\w.'-].)[\w.+-]*[\w.]")
_SURNAME_BEFORE = re.compile(
    r"\b([A-Z][a-z]+) $",
)

_CHARACTER_CUE = re.compile(
    r"\b(as|plays|played|playing|portrays|portrayed|character|role of)\s+"
    r"((?:[a-z][\w'-]*\s+){0,4})$"
)
_HAS_CUE = re.compile(r"\bas\b|play|portray|character|role")
# "directed by her longtime partner X": a few lowercase words between "by" and the name.
_CREW_BY = re.compile(
    r"\b(?:directed|co-directed|written|co-written|created|produced|helmed|penned|scripted)"
    r"\s+by\s+(?:[a-z][\w'-]*\s+){1,3}$"
)
# "played Kim Hee Ae's husband": the name owns the part, it is not the part.
_OWNS_PART = re.compile(r"(?:'s|')\s+[a-z]")
# Ranks and titles before a name mark a historical figure or a character.
_RANK_WORDS = words_of(
    "admiral general king queen prince princess emperor empress lord crown commander "
    "captain detective inspector doctor"
)
# "starred in ... with X", "acted opposite X": a co-star.
_COSTAR_VERBS = re.compile(r"\b(?:starred|starring|co-starred|appeared|acted|stars|played)\b")
_DISCOURSE = words_of(
    "later meanwhile however also then now still yet finally recently previously earlier "
    "today yesterday tomorrow instead plus besides additionally moreover furthermore "
    "currently notably interestingly sadly fortunately unfortunately lastly first second "
    "third next afterward afterwards elsewhere overall ultimately indeed together "
    "similarly separately watch check relive stay see read update photo photos source "
    "sources credit january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday jan feb "
    "mar apr jun jul aug sep sept oct nov dec the a an this that these those his her "
    "their our its in on at for with from after before during when while if as but and or "
    "so because although though since what who why how where which there here it he she "
    "they we you i my your korean korea south north english american chinese japanese "
    "asian global k-pop k-drama k-dramas oscar oscars emmy emmys grammy grammys instagram "
    "twitter weibo youtube tiktok melon french british german italian spanish thai "
    "filipino vietnamese indonesian canadian australian taiwanese russian indian mexican "
    "brazilian european hollywood western school university college academy hospital "
    "station high middle elementary"
)
_BY_PERFORMER = words_of(
    "hosted co-hosted played portrayed voiced joined accompanied led headlined fronted "
    "emceed starring appearance appearances cameo cameos performance performances"
)
_CHARACTER_CUES = words_of(
    "as plays played playing portrays portrayed portraying character characters role"
)
_PERFORMER_CUES = PERFORMER_ROLES | {"alongside", "chef", "cameo", "featuring"}
_JOB_WORDS = frozenset(["singer", "rapper", "model"])


@dataclass(slots=True)
class Person:
    """A name mention and what the context makes of it."""

    start: int
    end: int
    name: str
    korean: bool
    role: str = ""  # CREW, CHARACTER, PERFORMER, or "" when the context says nothing


def _bare(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def _left_words(text: str, start: int, count: int = 6) -> list[str]:
    window = text[max(0, start - 70) : start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind('"'))
    if cut >= 0:
        window = window[cut + 1 :]
    return [_bare(w.lower()) for w in _WORD.findall(window)[-count:]]


def _left_role(text: str, start: int, end: int) -> str:
    words = _left_words(text, start)
    if not words:
        return ""
    if _CREW_BY.search(text, max(0, start - 70), start):
        return CREW
    # "plays the cold-blooded villain Baek Chang Gi", "her role as Woo Young Woo"
    tail = text[max(0, start - 60) : start]
    cue = _CHARACTER_CUE.search(tail) if _HAS_CUE.search(tail) else None
    if cue is not None and _OWNS_PART.match(text, end):
        return PART_OWNER
    if cue is not None:
        head = tail[: cue.start()].rstrip().lower()
        if cue.group(1) == "as" and (
            head.endswith(("as well", "such", "same", "well")) or cue.group(2).startswith("well")
        ):
            return ""
        return CHARACTER
    last = words[-1]
    if last == "by":
        before = words[-2] if len(words) > 1 else ""
        return PERFORMER if before in _BY_PERFORMER else CREW
    if last in NON_PERFORMER_ROLES:
        return CREW
    if last in {"artist", "author"} or (len(words) > 1 and words[-2] == "webtoon"):
        return CREW
    if last in _PERFORMER_CUES or last in {"stars", "starring", "opposite"}:
        return PERFORMER
    if last in _RANK_WORDS:
        return CHARACTER
    if last == "with" and _COSTAR_VERBS.search(_sentence_before(text, start)):
        return PERFORMER
    return ""


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return window[cut + 1 :]


def _member_of(text: str, start: int, end: int) -> bool:
    """ "Billlie's Tsuki and ...": one capitalised word owned by a capitalised non-network
    name and followed by no other capitalised word is a group's member."""
    head = text[max(0, start - 40) : start - 3].split(" ")
    owner = head[-1]
    if not owner[:1].isupper() or head[-2:-1] == ["of"]:
        return False  # "a former member of Girl's Day": the group's own name
    if any(owner.casefold() in words for words in (NETWORK_KEYS, AGENCY_KEYS, EVENT_WORDS)):
        return False
    if owner.casefold() in PLACES:
        return False  # "Seoul's Hongje-dong"
    return not text[end : end + 2].lstrip(" ")[:1].isupper()


def _is_group_context(text: str, start: int, end: int) -> bool:
    # String steps, not a regex search: a `$`-anchored search retries at every offset.
    before = text[max(0, start - 30) : start]
    if before.endswith(("'s ", "' ")):
        owner = before[: -3 if before.endswith("'s ") else -2].split()[-2:]
        if owner and (
            " ".join(owner).casefold() in GROUP_KEYS or owner[-1].casefold() in GROUP_KEYS
        ):
            return True
    if before.endswith("'s ") and " " not in text[start:end] and _member_of(text, start, end):
        return True
    after = _OF_GROUP.match(text[end : end + 40])
    if after is not None:
        group = after.group(1).casefold().rstrip(".,")
        return group in GROUP_KEYS or group.split(" ")[0] in GROUP_KEYS
    return False


def person_shaped(name: str, show_keys: frozenset[str] | set[str]) -> bool:
    """Could `name` (a non-Korean capitalised run) be a performer's name?"""
    return name.casefold() not in show_keys and _shaped(name)


@lru_cache(maxsize=65536)
def _shaped(name: str) -> bool:
    """`person_shaped` without the article's own show titles: the same for every article."""
    key = name.casefold()
    tokens = key.split()
    if not tokens or len(tokens) > 3 or len(name) < 2:
        return False
    if any(hyphen_adjective(t) for t in name.split()):
        return False
    if key in GENERIC_KEYS or key in NETWORK_KEYS or key in GROUP_KEYS:
        return False
    if tokens[0] in _DISCOURSE or tokens[-1] in EVENT_WORDS or tokens[-1] in AGENCY_WORDS:
        return False
    if any(t in PLACES or t in AGENCY_KEYS or t in _DISCOURSE for t in tokens):
        return False
    return not any(t in NON_PERFORMER_ROLES or t in PERFORMER_ROLES for t in tokens)


def find_people(
    text: str, masked: list[tuple[int, int]], show_keys: set[str], title_end: int = 0
) -> list[Person]:
    """Every name mention outside `masked` ranges, each with the role its context gives.

    Text before `title_end` is a Title Case headline: only Korean names are taken there.
    """

    covered = bytearray(len(text) + 1)  # 1 inside a masked title, 2 inside a Korean name
    for a, b in masked:
        covered[a:b] = b"\x01" * (b - a)

    people = [
        Person(m.start, m.end, m.name, True)
        for m in find_korean_names(text)
        if not covered[m.start] and not _inside_phrase(text, m.start, title_end)
    ]
    for p in people:
        covered[p.start : p.end] = b"\x02" * (p.end - p.start)
    for m in _RUN.finditer(text, title_end):
        start = m.start()
        if covered[start]:
            continue
        value = m.group(0)
        if ". " in value:
            value = value.split(". ")[0]
        first = value.split(" ", 1)[0].lower()
        if first in _PERFORMER_CUES or first in _JOB_WORDS:
            start += len(first) + 1
            value = value[len(first) + 1 :]
        # "Oscar-nominated Steven Yeun": a hyphenated adjective opens no name.
        while value and hyphen_adjective(value.split(" ", 1)[0]):
            cut = value.find(" ") + 1  # 0 when it is the last word: nothing is left
            start, value = start + cut, value[cut:] if cut else ""
        value = value.rstrip(".,") if not _INITIALS_END.search(value) else value
        if not value or value.endswith("'s"):
            value = value[:-2]
        end = start + len(value)
        if not value or covered.count(0, start, end) != end - start:
            continue
        if text.startswith("'s ", end) and text[end + 3 : end + 4].isupper():
            continue  # "Billlie's Tsuki", "Girl's Day's Yura": the owner is a group

        if not person_shaped(value, show_keys):
            continue
        people.append(Person(start, end, value, False))
    people.sort(key=lambda p: p.start)
    _assign_roles(text, people)
    return people


def _inside_phrase(text: str, start: int, title_end: int) -> bool:
    """True when a name is the tail of a longer capitalised phrase ("Dong Go Yoon")."""
    if start <= title_end:
        return False
    # String steps, not a `$`-anchored regex search (it retries at every offset).
    if start < 3 or text[start - 1] != " ":
        return False
    j = k = start - 1
    while j > 0 and text[j - 1].isascii() and text[j - 1].isalpha():
        j -= 1
    raw = text[j:k]
    if len(raw) < 2 or not raw[0].isupper() or not raw[1:].islower():
        return False
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_.!?:;,\n\"'"):
        return False
    word = raw.lower()
    return not (
        word in _DISCOURSE
        or word in NON_PERFORMER_ROLES
        or word in _PERFORMER_CUES
        or word in _CHARACTER_CUES
        or word in _RANK_WORDS
        or word in {"singer", "rapper", "model", "chef", "co-star", "director", "pd"}
    )


def _possessive_role(text: str, person: Person, after: str) -> str:
    """CREW when a possessive makes the name the maker of a work, not one of its cast.

    "Chang Kang-myoung's novel", "Hong Sang-soo's latest film", "appear in Yeon Sang Ho's
    series 'Hellbound'", and "Park Chan-wook's 'Oldboy'" in a sentence about a film
    (films are credited to their directors, dramas to their leads).
    """
    if _WORK_OF.match(after) or OWNED_STARRING.match(after):
        return CREW  # "Bong Joon Ho's Mother, starring ...": the maker of a work
    owned = _OWNS_TITLE.match(after)
    if owned is None:
        return ""
    before = text[max(0, person.start - 12) : person.start]
    if before.endswith((" in ", "\nin ")):
        return CREW
    if before.rstrip().endswith((",", "and", "&")):
        return ""  # "Hong Kyung and Roh Yoon Seo's 'Hear Me'": a film's leads
    floor = max(0, person.start - 200)
    cut = floor
    for m in _SENTENCE_END.finditer(text, floor, person.start):
        cut = m.end()
    # Up to a few words past the title: "Joins Netflix Film" at a headline's far end is
    # about something else.
    title_end = person.end + owned.end()
    rest = _QUOTED_REST.match(text, title_end - 1)
    if rest is not None:
        title_end = rest.end()
    stop = _SENTENCE_END.search(text, title_end, title_end + 30)
    sentence = text[cut : stop.start() if stop else title_end + 30]
    return CREW if _FILM_WORDS.search(sentence) else ""


def _assign_roles(text: str, people: list[Person]) -> None:
    for i, person in enumerate(people):
        role = _left_role(text, person.start, person.end)
        after = text[person.end : person.end + 60]
        if _WHO_CREW.match(after) or _NAME_DID.match(after):
            role = CREW
        elif _PLAYED_BY.match(after):
            role = CHARACTER
        elif _WHO_PERFORMED.match(after):
            role = PERFORMER
        elif not role and after[:1] == "'":
            role = _possessive_role(text, person, after)
        elif not role and _PLAYS.match(after) and person.name.lower() not in SURNAMES:
            role = PERFORMER  # a lone surname ("Moon plays ...") only refers back
        if not role:
            if text[max(0, person.start - 20) : person.start].endswith(_PLOT_CUES):
                role = CHARACTER
            else:
                appositive = _APPOSITIVE.match(after)
                if appositive is not None and not any(
                    w.lower() in _CAREER for w in appositive.group(1).split()
                ):
                    role = CHARACTER
        nxt = people[i + 1] if i + 1 < len(people) else None
        paren = _PAREN_AFTER.match(after)
        if nxt is not None and paren is not None and nxt.start == person.end + paren.end():
            closing = _PAREN_CLOSE.match(text[nxt.end : nxt.end + 4])
            if closing is not None:
                if role != CREW:
                    role = CHARACTER
                nxt.role = PERFORMER
        if role or not person.role:
            person.role = role or person.role
        if not person.role and _is_group_context(text, person.start, person.end):
            person.role = PERFORMER
    _spread_over_lists(text, people)


def _spread_over_lists(text: str, people: list[Person]) -> None:
    """Names joined by commas and "and" share a role; a Korean performer vouches for all."""
    groups: list[list[Person]] = []
    for person in people:
        if groups:
            last = groups[-1][-1]
            if last.end <= person.start and _LIST_SEP.fullmatch(text[last.end : person.start]):
                groups[-1].append(person)
                continue
        groups.append([person])
    for group in groups:
        if len(group) < 2:
            continue
        lead = group[0].role
        # "also star as A and B.": a list of characters ends the clause; "A, and B also
        # appeared" or "A and B return as" go on to say what B is.
        end = group[-1].end
        closes = end >= len(text) or text[end] in ".;:!?)\n"
        if lead in {CREW, PERFORMER} or (lead == CHARACTER and closes):
            for person in group[1:]:
                if not person.role:
                    person.role = lead
        if any(p.korean and p.role in {"", PERFORMER} for p in group):
            for person in group:
                if not person.korean and not person.role:
                    person.role = PERFORMER


def singers_in(text: str, people: list[Person]) -> set[str]:
    """Names the text presents as a song's voice ("singer X", "X sang", "X's OST").

    None when the text says the voice acts as well ("for her own drama", "in which she
    stars"): an actress singing her own show's OST is still its actress.
    """
    if _SINGER_ACTS.search(text):
        return set()
    found = set()
    for person in people:
        before = text[max(0, person.start - 20) : person.start]
        after = text[person.end : person.end + 40]
        if _SINGER_BEFORE.search(before) or _SINGER_AFTER.match(after):
            found.add(person.name)
    return found


def stage_names_in(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Well-known stage names that are not also English words ("IU", "Rowoon").

    A surname right before one makes a full name ("Bae Suzy", "Lim Yoona"). Names inside
    `taken` spans (already recognised) are skipped.
    """
    found = []
    for m in _CAPWORD.finditer(text):
        value = m.group(0).rstrip(".") if m.group(0).count(".") == 1 else m.group(0)
        if value not in STAGE_NAMES or value in STAGE_AMBIGUOUS:
            continue
        start = m.start()
        if any(a <= start < b for a, b in taken):
            continue
        surname = _SURNAME_BEFORE.search(text[max(0, start - 12) : start])
        if surname is not None and surname.group(1).lower() in SURNAMES:
            start -= len(surname.group(1)) + 1
            value = f"{surname.group(1)} {value}"
        found.append((start, value))
    return found
