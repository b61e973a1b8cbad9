"""What a title looks like: straight quotes, Title Case, and a title as fans search it.

Shared by the quoted-title judge (`entities_titles`) and the unquoted-title finder
(`entities_unquoted`).
"""

from __future__ import annotations

import re

from dramatui.content.entities_lexicon import words_of

# Curly quotes become straight ones, one character for one, so offsets survive.
QUOTE_TABLE = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'"})
_QUOTE_PAIRS = tuple((chr(k), str(v)) for k, v in QUOTE_TABLE.items())


def straighten(text: str) -> str:
    """`text` with curly quotes made straight (as QUOTE_TABLE does, many times faster).

    str.translate with a dict walks the text in Python-object steps; a few C-level
    replace calls over a long page cost a fraction of that.
    """
    for curly, straight in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


SMALL_WORDS = words_of(
    "a an the of in on at to for and or but nor with from by as vs vs. is are be not into "
    "over than that this our your my his her its their de la le el del"
)


ABBREV = frozenset(["mr", "mrs", "ms", "dr", "st", "vol", "pt", "jr", "sr", "no"])
# "Mr. Sunshine" keeps nothing, but "D.P." and "Jr." keep their stop; "Moana 2." does not.
_INITIAL_END = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")
INITIALS = re.compile(
    r"(?:\w\.)+",
)


def clean_title(inner: str) -> str:
    """The title as a fan would search it: no edge spaces, trailing commas or full stop."""
    value = " ".join(inner.split()).strip(" ,;:")
    if value.endswith(".") and not _INITIAL_END.search(value):
        value = value[:-1].rstrip(" ,;:")
    return value


def looks_like_title(value: str) -> bool:
    """Title Case and short: what a show title looks like, and speech does not."""
    words = value.split()
    if not words or len(words) > 10 or len(value) > 80:
        return False
    if not (value[0].isupper() or value[0].isdigit()) or not any(c.isalpha() for c in value):
        return False  # a year or a count ("2006") is no title
    for i, raw in enumerate(words):
        word = raw.strip(",:;!?()&-–—")  # "Money Heist: Korea – Joint Economic Area"
        if not word:
            continue
        if word[0].isupper() or word[0].isdigit():
            if (
                raw.endswith(".")
                and i < len(words) - 1
                and word[:-1].lower() not in ABBREV
                and not INITIALS.fullmatch(word)
            ):
                return False
            continue
        if word.lower() in SMALL_WORDS or word in {"x", "n"}:
            continue
        return False
    return True
