"""What the whole article says about its names: music news, a title written again, a
person's possessive.

Small readings of the article's text that `extract_entities` takes before or after its
main passes: whether the story is about music only (its singers are no cast), where a
found title is written again unquoted, and where a person's possessive may open a title.
"""

from __future__ import annotations

import re

from dramatui.content.entities_names import is_korean_name

_PERSON_BEFORE = re.compile(
    r"([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3})(?:'s?| in) ",
)

# A music-only story (a single, an album, a chart, a concert) names singers, not actors.
# Lowercase only, so the surname "Song" is no cue; two cues, so one "ballad" in passing
# does not turn an actor's enlistment news into music news.
_MUSIC_CUES = re.compile(
    r"\b(?:albums?|single|singles|songs?|tracks?|music video|charts?|comeback|concerts?|"
    r"showcase|ballads?|mini-album|tour)\b"
)
# Acting words, not a film mentioned in passing ("I wanted it to feel like a short film").
_SCREEN_CUES = re.compile(
    r"\b(?:dramas?|k-dramas?|series|variety|episodes?|sitcom|cast|starring|starred|"
    r"stars in|actors?|actress(?:es)?|acting|roles?|cameo|hosts?|hosted|mcs?|"
    r"reality show|web drama|box office|(?:film|movie) role|(?:the|a|his|her|new) "
    r"(?:film|movie) (?:starring|stars|about|follows|opens|premieres)|"
    r"(?:in|from) the (?:film|movie)\b)\b",
    re.IGNORECASE,
)


def music_only(text: str, has_show: bool) -> bool:
    """Is the story about music only (two music cues, no show, no acting word)?"""
    if has_show:
        return False
    cues = _MUSIC_CUES.finditer(text)
    if next(cues, None) is None or next(cues, None) is None:
        return False
    return _SCREEN_CUES.search(text) is None


def recurrences(
    text: str, titles: set[str], masked: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Other places a found title is written, unquoted ("ENA's Dear Hyeri has ..."): no
    name is read inside a title ("Dear Hyeri" holds no actor "Hyeri")."""
    seen = {a for a, _ in masked}
    spans = []
    for title in titles:
        if " " not in title:
            continue  # a one-word title may well be a name elsewhere
        pos = text.find(title)
        while pos >= 0:
            end = pos + len(title)
            if pos not in seen and not (end < len(text) and text[end].isalnum()):
                spans.append((pos, end))
            pos = text.find(title, end)
    return spans


def possessive_starts(text: str) -> set[int]:
    """Offsets right after a person's possessive ("Park Chan Wook's "), where a title may start."""
    starts = set()
    for m in _PERSON_BEFORE.finditer(text):
        if is_korean_name(m.group(1)):
            starts.add(m.end())
    return starts
