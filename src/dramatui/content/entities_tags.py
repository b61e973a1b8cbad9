"""Sorting feed category tags into show titles and actors' names.

A feed's tags are a mix of topics ("Drama", "K-Pop"), networks, groups, shows and
people. A tag is kept as a show or an actor by its shape (a Korean name, a known stage
name, a Title Case title) and, when the article's text is given, by how the text uses it:
a tag written as "director X" is nobody to follow, "rapper X" is a performer. What the
tag's name does in the text (crew, character, a song's voice) is the extractor's to read:
`extract_entities` rules such tags out with the article's other names.
"""

from __future__ import annotations

import re

from dramatui.content.entities_index import entity_key
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
from dramatui.content.entities_titles import clean_title, looks_like_title, straighten

SHOW, ACTOR = "show", "actor"
_YEARISH = re.compile(r"\d{4}|#")


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


def classify_tag(tag: str, text: str = "") -> str:
    value = clean_title(straighten(tag))
    key = entity_key(value)
    if _is_noise_tag(key):
        return ""
    if is_korean_name(value) or value in STAGE_NAMES:
        return ACTOR
    if looks_like_title(value) and not _YEARISH.search(value):
        return _show_or_person_tag(value, text) if text else SHOW
    return ""


# How the text uses a tag: as a performer ("rapper X", "Group's X"), as crew ("director
# X") or as someone speaking ("X said"), which no show does. Matched on small windows
# around each place the tag is written, so a tag costs a few `str.find` calls per article.
_JOB_BEFORE = re.compile(
    r"\b(?:(rapper|singer|comedian|comedienne|actor|actress|idol|member|host|mc|model|"
    r"broadcaster|entertainer|youtuber)|director|writer|pd|producer|screenwriter|author|"
    r"ceo|composer)\s+$",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"([\w()&.-]+)'s $")
_PERSON_AFTER = re.compile(
    r"(?:'s [a-z]|,? (?:said|says|added|told|joked|explained|laughed|revealed|cried|"
    r"cries)\b)"
)
# A group's own words around its name: "girl group X", "X members", "X's Mina said".
_GROUP_BEFORE = re.compile(r"\b(?:girl|boy|idol|k-pop|co-ed|project)\s+group\s+$", re.I)
_GROUP_AFTER = re.compile(r"\s+(?:members?|leader|maknae|sub-unit|subunit)\b")
_MEMBER_AFTER = re.compile(r"'s [A-Z][\w.-]*(?![\w.-]| [A-Z])")
_SCREEN_BEFORE = re.compile(r"\b(?:drama|series|show|film|movie|sitcom|variety)\s+$", re.I)
_SCREEN_AFTER = re.compile(r"\s+(?:season|episode|cast|premieres?|airs)\b", re.I)


def _show_or_person_tag(value: str, text: str) -> str:
    """A title-looking tag's kind, given how the article's text uses it.

    A tag the text uses as a person is no show ("Rapper X" -> actor, "Director X" ->
    neither). A tag shaped like a name (two or three capitalised words) is a show only
    with show evidence: quoted in the text, or a screen word right before or after it.
    """
    words = value.split()
    shaped = 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() for w in words)
    evidence = False
    pos = text.find(value)
    if pos < 0:
        return SHOW
    while pos >= 0:
        end = pos + len(value)
        if end < len(text) and text[end].isalnum():
            pos = text.find(value, end)
            continue
        before = text[max(0, pos - 30) : pos]
        after = text[end : end + 20]
        job = _JOB_BEFORE.search(before)
        if job is not None:
            return ACTOR if job.group(1) else ""
        owner = _OWNER_BEFORE.search(before)
        if (
            owner is not None
            and owner.group(1).casefold() not in NETWORK_KEYS
            and not (after.startswith((" ", "'")) and after[1:2].isupper())
        ):
            return ACTOR  # "Girl's Day's X and ...": a group's member
        if _PERSON_AFTER.match(after):
            return ""
        if _GROUP_BEFORE.search(before) or _GROUP_AFTER.match(after):
            return ""  # "the former Lovelyz member": a group, never a show
        if " " not in value and _MEMBER_AFTER.match(text, end):
            return ""  # "Group's Member": a one-word owner of one capitalised name
        evidence = evidence or (
            before.endswith(('"', "'"))
            or _SCREEN_BEFORE.search(before) is not None
            or _SCREEN_AFTER.match(after) is not None
        )
        pos = text.find(value, end)
    return SHOW if evidence or not shaped else ""
