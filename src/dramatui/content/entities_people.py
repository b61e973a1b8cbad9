"""Finding the personal names in an article and deciding which are performers.

Candidates are Korean-looking names (`entities_names`) plus capitalised runs ("Robert
Pattinson", "Jisoo"); `entities_roles` gives each the role its context gives it. A
non-Korean name counts as an actor only with a performer cue. Also here: which names a
text presents as a song's voice (`singers_in`) and well-known stage names
(`stage_names_in`).
"""

from __future__ import annotations

import re
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
from dramatui.content.entities_roles import (
    CHARACTER,
    CHARACTER_CUES,
    CREW,
    JOB_WORDS,
    LIST_SEP,
    PART_OWNER,
    PERFORMER,
    PERFORMER_CUES,
    RANK_WORDS,
    Person,
    assign_roles,
)

__all__ = [
    "CHARACTER",
    "CREW",
    "PART_OWNER",
    "PERFORMER",
    "Person",
    "find_people",
    "person_shaped",
    "singers_in",
    "stage_names_in",
]

# The capital comes before the look-behind so the engine can skip ahead to capitals in C.
# A lowercase name particle may join two capitalised words ("Louis-Do de Lencquesaing").
_RUN = re.compile(
    r"[A-Z](?<![\w'.+*-].)[\w.+-]*"
    r"(?:[ ](?:(?:de|da|di|du|del|della|van|von|der|den|le|la)[ ](?:la[ ])?)?[A-Z][\w.+-]*){0,5}"
)
# "singer X", "X sang", "sung by X", "X's OST": a voice on a soundtrack, not a cast member.
_SINGER_BEFORE = re.compile(
    r"\b(?:singer|vocalist|(?:sung|sang|performed|recorded|duet|song|ballad|track|ost) by"
    r"(?:\s+[\w()&.-]+'s?)?)\s+$",
    re.I,
)
_SINGER_AFTER = re.compile(
    r"(?:'s|')?\s+(?:(?:also|will|has|had)\s+)?(?:sings|sang|sing|lent|lends|recorded|"
    r"records)\b|(?:'s|')\s+(?:[a-z-]+\s+){0,2}(?:ost|song|single|ballad|track|vocals?)\b",
    re.I,
)
_SOUNDTRACK = re.compile(
    r"\b(?:osts?|soundtracks?|theme songs?|(?:lent|lends|lend) (?:his|her|their) voice)\b", re.I
)
_SOUNDTRACK_HINTS = ("ost", "soundtrack", "theme song", "voice")
_SINGER_ACTS = re.compile(
    r"\b(?:(?:his|her|their) own (?:drama|series|film|movie|show)|in which (?:she|he|they) "
    r"(?:also )?(?:stars|starred|plays|played|appears|appeared))\b",
    re.I,
)
_INITIALS_END = re.compile(
    r"\w\.\w\.$",
)
_YEAR_AFTER = re.compile(r" \((?:19|20)\d\d\)")
_GROUP_TAIL = re.compile(r"([A-Z][\w]*'s?) $")
_CAPWORD = re.compile(r"[A-Z](?<![\w.'-].)[\w.+-]*[\w.]")
_SURNAME_BEFORE = re.compile(
    r"\b([A-Z][a-z]+) $",
)
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
    "station high middle elementary continue "
    # Countries and regions: "casinos in the Philippines", "a Korean-American actor".
    "philippines vietnam thailand japan china taiwan indonesia malaysia singapore india "
    "america usa canada mexico brazil france italy spain germany britain england "
    "australia iceland hawaii europe asia africa korean-american korean-canadian "
    "korean-australian korean-british korean-german korean-japanese"
)


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
        # "Actress Kim" opens a sentence, but a capital mid-sentence makes the cue a
        # name's own word ("a Star Wars series").
        if (first in PERFORMER_CUES or first in JOB_WORDS) and (
            value[0].islower() or _sentence_start(text, start)
        ):
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
        owner = _GROUP_TAIL.search(text, max(0, start - 20), start)
        if owner is not None and f"{owner.group(1)} {value}".casefold() in GROUP_KEYS:
            continue  # "the Girl's Day member": the second word of a group's name

        if not person_shaped(value, show_keys) or _YEAR_AFTER.match(text, end):
            continue  # "Coffee Prince (2007) gave us ...": a work, dated
        people.append(Person(start, end, value, False))
    people.sort(key=lambda p: p.start)
    assign_roles(text, people)
    return people


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'")
    return not before or before[-1] in ".!?\n:-"


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
        or word in PERFORMER_CUES
        or word in CHARACTER_CUES
        or word in RANK_WORDS
        or word in {"singer", "rapper", "model", "chef", "co-star", "director", "pd"}
    )


def singers_in(text: str, people: list[Person]) -> set[str]:
    """Names the text presents as a song's voice ("singer X", "X sang", "X's OST").

    None when the text says the voice acts as well ("for her own drama", "in which she
    stars"): an actress singing her own show's OST is still its actress.
    """
    # Substrings before the case-blind searches: most stories name no soundtrack at all.
    low = text.lower()
    if not any(cue in low for cue in _SOUNDTRACK_HINTS) or not _SOUNDTRACK.search(text):
        return set()  # with no soundtrack in the story, a singer is a guest or a cast member
    if _SINGER_ACTS.search(text):
        return set()
    found = set()
    previous: Person | None = None
    for person in people:
        before = text[max(0, person.start - 30) : person.start]
        after = text[person.end : person.end + 40]
        if _SINGER_BEFORE.search(before) or _SINGER_AFTER.match(after):
            found.add(person.name)
        elif (
            previous is not None
            and previous.name in found
            and previous.end <= person.start
            and LIST_SEP.fullmatch(text[previous.end : person.start])
        ):
            found.add(person.name)  # "the duet by A and B": B sings too
        previous = person
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
