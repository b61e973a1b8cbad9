"""Names that a description before them makes a story's part, not a cast member.

"T.O.P's Thanos", "Oh Jung Se's smuggler Min Joo Young", "Choi Min Sik is the feng shui
master Sang Deok": the words right before a name say it is a character. Family, friends,
work ties and careers ("Song Joong Ki's wife", "is the comedian X") name real people.
`entities_roles` asks `described_part` when no stronger cue has decided a name's role.
"""

from __future__ import annotations

import re

from dramatui.content.entities_lexicon import (
    NON_PERFORMER_ROLES,
    PERFORMER_ROLES,
    STAGE_NAMES,
    words_of,
)
from dramatui.content.entities_names import is_korean_name

# Jobs that describe a real person, not a part.
CAREER = words_of(
    "actor actress actors singer star idol member rookie newcomer host comedian model "
    "director writer producer pd creator author veteran entertainer rapper"
)

_OWNER_RIGHT_BEFORE = re.compile(r"(?<![\w.'-])([A-Z][\w.-]*(?: [A-Z][\w-]*){0,3})'s $")
# "X is the feng shui master Sang Deok", "Kim Go Eun the young shaman Hwa Rim" (the verb
# left out): a description before a name makes it the part, unless it is a career.
# The verb may be left out only in a list ("..., Kim Go Eun the young shaman Hwa Rim").
_COPULA_PART = re.compile(
    r"(?:\b(?:is|was|becomes|became)|(?:,|\band) (?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*) "
    r"(?:the|a|an|his|her|their) ((?:[a-z][\w-]* ){1,4})$"
)
# "was the beloved Park Bo Young": one word of praise before a name describes a real
# person; one noun ("is the villain X") names a part.
_PRAISE = words_of(
    "beloved popular famous talented legendary renowned acclaimed rising beautiful "
    "handsome charming late great iconic versatile veteran star top leading young "
    "celebrated respected busy hot hottest"
)
_ADJECTIVE_ENDS = ("ed", "ous", "ful", "ive", "able", "ible", "ly", "ing")
_NOT_A_PART = (
    CAREER
    | PERFORMER_ROLES
    | NON_PERFORMER_ROLES
    | words_of("of with and or to in on at for by from new first only latest next")
)
# "Oh Jung Se's smuggler Min Joo Young": a person's possessive and a job before a name
# make it the part that person plays. Not family, friends or work ties ("Song Joong Ki's
# wife", "his co-star"): those are real people.
_PERSON_OWNS_PART = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){1,3})'s ((?:[a-z][\w-]*\s+){1,3})$")
_NOT_PART = words_of(
    "wife husband brother sister mother father son daughter girlfriend boyfriend fiance "
    "fiancee partner friend friends bandmate bandmates labelmate labelmates colleague "
    "colleagues senior junior sunbae hoobae co-star costar co-stars cousin uncle aunt "
    "grandmother grandfather mom dad twin manager agency label pick choice idol favorite "
    "fellow former new younger older elder little big best real-life longtime close "
    "and or with to of for in on at by from since as after before until during than "
    "that which who whom when while where is was are were has have had will would "
    "career debut ex rumored rumoured mentor mentee protege late"
    # "Jang's speed and Lee's warmth", "Hyun Bin's career since X", "X's ex-wife Y"
)


def described_part(tail: str) -> bool:
    """Does `tail`, the text right before a name, describe the name as a story's part?"""
    owner = _OWNER_RIGHT_BEFORE.search(tail)
    if owner is not None and (owner.group(1) in STAGE_NAMES or is_korean_name(owner.group(1))):
        return True  # "T.O.P's Thanos", "Lee Min Ho's Kim Tan": a performer's part
    owned = _PERSON_OWNS_PART.search(tail)
    described = [w.removeprefix("ex-") for w in owned.group(2).split()] if owned else []
    if owned is not None and not _NOT_PART.intersection(described):
        return True  # "Oh Jung Se's smuggler Min Joo Young": an actor's part
    part = _COPULA_PART.search(tail)
    if part is None:
        return False
    words = part.group(1).split()
    if len(words) == 1 and (words[0] in _PRAISE or words[0].endswith(_ADJECTIVE_ENDS)):
        return False
    return not _NOT_A_PART.intersection(words)
