"""Is a name a group's member ("EXO's Chanyeol", "Jisoo of BLACKPINK")?

A group's possessive or an "of <group>" after a name makes it an idol: a performer, but
one who may be a song's voice rather than a cast member (`entities_roles` marks such
performers weak).
"""

from __future__ import annotations

import re

from dramatui.content.entities_lexicon import (
    AGENCY_KEYS,
    EVENT_WORDS,
    GROUP_KEYS,
    NETWORK_KEYS,
    PLACES,
)

_OF_GROUP = re.compile(
    r"\s+of\s+(?:(?:the\s+)?(?:girl|boy|k-pop|idol|co-ed)\s+(?:group|band)\s+)?"
    r"([\w()'.&*-]+(?: [\w()'.&*-]+)?)",
)


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
    # "Bae Suzy's Anna", "Omniscient Reader's Viewpoint": an owner of several capitalised
    # words is a person or a title, not a group, unless it is a known group ("Red Velvet").
    if len(head) > 1 and head[-2][:1].isupper() and head[-2][-1:].isalnum():
        pair = f"{head[-2]} {owner}".casefold()
        if pair not in GROUP_KEYS and owner.casefold() not in GROUP_KEYS:
            return False
    return not text[end : end + 2].lstrip(" ")[:1].isupper()


def in_group_context(text: str, start: int, end: int) -> bool:
    """A group owns the name ("EXO's Chanyeol") or follows it ("Jisoo of BLACKPINK")."""
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
