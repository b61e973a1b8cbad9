"""Recognising romanized Korean personal names ("Lee Min-ho", "Kim Go Eun", "Song Kang").

A candidate is a known surname followed by one or two capitalised tokens whose letters
split into valid romanized Korean syllables. English words that happen to spell a
syllable ("In", "To", "Hot") are refused as given-name tokens, which keeps Title Case
headlines ("Lee Sung Kyung To Star In ...") and sentence-start traps ("Do Not ...") out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dramatui.content.entities_lexicon import (
    ENGLISH_GIVEN,
    GIVEN_SOFT,
    GIVEN_STOP,
    HEADLINE_FUNCTION,
    PLACE_NAMES,
    PLACES,
    STAGE_NAMES,
    STRICT_SURNAMES,
    SURNAMES,
    words_of,
)

# Pronouns and articles stand as no given-name part ("Do I Look ...", "Go On A Trip"); "A"
# only ends a name when nothing capitalised follows it ("Jang Da A").
_NEVER_GIVEN = frozenset(["i", "a"])
# Place words that are no surname ("In Seoul Kim ...", "Spotted In Gangnam").
_PLACE_TOKENS = PLACES - SURNAMES

_INITIAL = r"(?:kk|tt|pp|ss|jj|ch|sh|ph|[gkndtrlmbpsjhcy])?"
_VOWEL = (
    r"(?:yae|yeo|you|yoo|wae|woo|ae|ya|eo|ye|wa|oe|oi|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|"
    r"ah|oh|uh|eh|a|e|i|o|u)"
)
_FINAL = r"(?:ng|ck|k|n|t|l|m|p|g|b)?"
_SYLLABLE = _INITIAL + _VOWEL + _FINAL
# "Vin" is how some spell "Bin" ("Kim Ok Vin"); no other v-syllable is common in names.
_ONE_OR_TWO = re.compile(rf"(?:{_SYLLABLE}){{1,2}}|june|jun|hye|hwi|vin")
_ONE = re.compile(rf"{_SYLLABLE}|june|vin")
_TWO = re.compile(rf"(?:{_SYLLABLE}){{2}}")
# Spellings English first names do not use ("Jisoo", "Hoyeon", "Seojun"): a one-word
# given name needs one, so "Paul Kim" and "Helen Cho" stay with the English names.
# Brands and cities spelled like two syllables: "at Samsung Lee said" is no name.
_NOT_GIVEN_PAIR = frozenset(
    [
        "samsung",
        "hyundai",
        "daewoo",
        "doosan",
        "hanwha",
        "kyoto",
        "tokyo",
        "toyota",
        "yokohama",
        "shinsegae",
        "hyosung",
        "jinro",
    ]
)
_KOREAN_SPELLING = re.compile(r"eo|eu|ae|oo|ung|yeo|yu|yo|hy|ji|wo|hw|kyu|gyu|jae|seung")

_SURNAME_ALT = "|".join(sorted((s.capitalize() for s in SURNAMES), key=len, reverse=True))
# Surname, then up to three candidate tokens; validation trims what is not a name.
NAME_RE = re.compile(
    rf"(?<![\w.&'’-])(?=[A-Z][a-z]{{0,7}} [A-Z])(?:{_SURNAME_ALT})"
    r"(?:[ ][A-Z][a-z]{0,7}(?:-[A-Za-z][a-z]{0,6}){0,2}){1,3}"
    r"(?![\w-])"
)
# Where a name may start: a short capitalised word before another one. A pattern that
# opens with a character class lets the regex engine skip ahead in C; each hit is then
# checked against the surname set before the full NAME_RE runs, anchored.
_CANDIDATE = re.compile(r"[A-Z][a-z]{0,7}(?:-[a-z]{1,5})? (?=[A-Z])")
_SURNAME_SET = frozenset(s.capitalize() for s in SURNAMES)
_NOT_BEFORE = frozenset(".&'’-_")
_TOKEN = re.compile(r"[A-Z][a-z]{0,7}(?:-[A-Za-z][a-z]{0,6}){0,2}")
_NEXT_WORD = re.compile(
    r"\s*([A-Za-z&]+)",
)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A recognised name: its span in the text and the name as written."""

    start: int
    end: int
    name: str


@lru_cache(maxsize=4096)
def given_token_ok(token: str) -> bool:
    """True when `token` ("Min-ho", "Minho", "Kang") reads as a Korean given-name part.

    A rare three-syllable given name is written with two hyphens ("Woo-seul-hye").
    """
    low = token.lower()
    if "-" in low:
        parts = low.split("-")
        return len(parts) in {2, 3} and all(_ONE.fullmatch(p) for p in parts)
    if low in _NEVER_GIVEN or low in _PLACE_TOKENS or (low in GIVEN_STOP and low not in GIVEN_SOFT):
        return False
    return _ONE_OR_TWO.fullmatch(low) is not None


def hyphen_adjective(token: str) -> bool:
    """True for "Oscar-nominated", "Cannes-winning": a hyphen before a lowercase English part is no
    name part; a romanized given name ("Dal-su", "Young-woong") keeps its hyphen."""
    _, sep, tail = token.partition("-")
    return bool(sep) and tail[:1].islower() and not given_token_ok(token.rstrip(".,"))


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text[pos : pos + 20])
    return m.group(1) if m else ""


@lru_cache(maxsize=65536)
def _parse_run(run: str) -> tuple[int, int, bool]:
    """How much of a NAME_RE match is a name: (length, or 0 for none; length without a
    trailing ambiguous token ("In", "Ah", "Soon", "Win") that may belong to the next
    words, or 0 when no such token ends it; whether that token is an English content
    word, which any capitalised next word cuts off). Names repeat across a cache, so the
    answer is memoised per run.
    """
    surname_end = run.index(" ")
    tokens = [(t.start(), t.group(0)) for t in _TOKEN.finditer(run, surname_end)]
    kept: list[tuple[int, str]] = []
    syllables = 0
    for i, (pos, tok) in enumerate(tokens):
        if len(kept) == 2:
            break
        low = tok.lower()
        if tok == "A":
            if not kept or i + 1 < len(tokens):
                break
        elif tok in {"In", "On"}:
            # "Hwang In Youp", "Jung Hae In" are names; "Kim Soo Hyun In Talks" is not.
            following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            if not kept and not given_token_ok(following):
                break
        elif low in GIVEN_SOFT:
            # "Park Yu Rim", "Kim Go Eun"; never a lone given name ("Go Big", "Park Top").
            following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            if not kept and not (following and given_token_ok(following)):
                break
        elif not given_token_ok(tok):
            break
        count = tok.count("-") + 1 if "-" in tok else 1 if _ONE.fullmatch(low) else 2
        if syllables + count > 3:
            break
        kept.append((pos, tok))
        syllables += count
    if not kept or (run[:surname_end].lower() in STRICT_SURNAMES and not _spaced_syllables(kept)):
        return 0, 0, False
    if all(tok.lower() in ENGLISH_GIVEN for _, tok in kept):
        return 0, 0, False
    last_pos, last_tok = kept[-1]
    low = last_tok.lower()
    if len(kept) == 2 and (low in {"in", "on", "ah"} or low in GIVEN_SOFT):
        strict = low in GIVEN_SOFT and low != "an"
        return last_pos + len(last_tok), kept[0][0] + len(kept[0][1]), strict
    return last_pos + len(last_tok), 0, False


def _spaced_syllables(kept: list[tuple[int, str]]) -> bool:
    """Two one-syllable given tokens ("So Ji Sub"): all an English-word surname may open."""
    return len(kept) == 2 and all(tok != "A" and _ONE.fullmatch(tok.lower()) for _, tok in kept)


def find_korean_names(text: str) -> list[NameMatch]:
    """Every Korean-looking personal name in `text`, in order."""
    found: list[NameMatch] = []
    floor = 0
    for candidate in _CANDIDATE.finditer(text):
        begin = candidate.start()
        if begin < floor:
            continue
        if begin and (text[begin - 1] in _NOT_BEFORE or text[begin - 1].isalnum()):
            continue
        if candidate.group(0)[:-1] not in _SURNAME_SET:
            western = _western_name(text, begin, candidate.group(0)[:-1])
            if western is not None:
                found.append(western)
                floor = western.end
            continue
        m = NAME_RE.match(text, begin)
        if m is None:
            continue
        length, trailing, strict = _parse_run(m.group(0))
        if not length:
            continue
        end = begin + length
        # "Jung Hae In Talks ...": a trailing "In" only belongs to the name when what
        # follows is not a capitalised content word; "Min Win At ...": an English word
        # ends no name before any capitalised word.
        if trailing:
            nxt = _next_word(text, end)
            if nxt[:1].isupper() and (strict or nxt.lower() not in HEADLINE_FUNCTION):
                end = begin + trailing
        name = text[m.start() : end]
        floor = end
        if " ".join(name.lower().split()) in PLACE_NAMES:
            continue
        found.append(NameMatch(m.start(), end, name))
    return found


# "Sang Heon Lee": two one-syllable given names, then one of the surnames Koreans abroad
# most often write last. Only in running text: in Title Case any three words could match.
_WESTERN_SURNAMES = words_of(
    "kim lee park choi jung chung kang cho yoon yun jang chang lim im han oh seo suh shin "
    "kwon hwang ahn song yoo yu hong jeon ko koh moon yang son bae baek paik heo huh nam "
    "shim noh ha kwak sung cha joo chu woo koo ryu min youn jun"
)
_WESTERN = re.compile(r"([A-Z][a-z]{0,4}) ([A-Z][a-z]{1,5})(?![\w-])")


# "Minho Lee", "Byung-hun Lee": a two-syllable given name in one word, then the surname.
_WESTERN_PAIR = re.compile(r"([A-Z][a-z]{1,5})(?![\w-])")


def _western_name(text: str, begin: int, first: str) -> NameMatch | None:
    """A Korean name written given names first ("Sang Heon Lee") starting at `begin`."""
    if not _one_given(first):
        return _western_pair(text, begin, first)
    m = _WESTERN.match(text, begin + len(first) + 1)
    if m is None or m.group(2).lower() not in _WESTERN_SURNAMES or not _one_given(m.group(1)):
        return None
    if m.group(1) in _SURNAME_SET or _next_word(text, m.end())[:1].isupper():
        return None
    if _in_title_case_run(text, begin):
        return None  # "Stars Sang Heon Lee"
    return NameMatch(begin, m.end(), text[begin : m.end()])


def _in_title_case_run(text: str, begin: int) -> bool:
    """Does a capitalised word right before `begin` (in the same clause) lead into it?"""
    before = text[max(0, begin - 30) : begin].rstrip(" ")
    return (
        bool(before)
        and not before.endswith((".", ",", ";", "\n", "("))
        and before.rsplit(None, 1)[-1][:1].isupper()
    )


def _western_pair(text: str, begin: int, first: str) -> NameMatch | None:
    """ "Minho Lee", "Byung-hun Lee": one given-name word of two syllables, then a surname,
    not inside a Title Case run and with no capitalised word after it."""
    if not _two_given(first):
        return None
    m = _WESTERN_PAIR.match(text, begin + len(first) + 1)
    if m is None or m.group(1).lower() not in _WESTERN_SURNAMES:
        return None
    after = text[m.end(1) : m.end(1) + 3]
    if _next_word(text, m.end(1) + (2 if after.startswith("'s") else 0))[:1].isupper():
        return None
    if _in_title_case_run(text, begin):
        return None
    return NameMatch(begin, m.end(1), text[begin : m.end(1)])


@lru_cache(maxsize=4096)
def _two_given(token: str) -> bool:
    """A given name of two syllables in one word: "Minho", "Byung-hun", "Jisoo"."""
    head, dash, tail = token.partition("-")
    if dash:
        return _one_given(head) and tail.islower() and _ONE.fullmatch(tail) is not None
    low = token.lower()
    return (
        _TWO.fullmatch(low) is not None
        and (token in STAGE_NAMES or _KOREAN_SPELLING.search(low) is not None)
        and low not in PLACES  # "in Seoul Park ...": a place, then a name
        and low not in _NOT_GIVEN_PAIR
        and given_token_ok(token)
        and low not in GIVEN_STOP
    )


@lru_cache(maxsize=4096)
def _one_given(token: str) -> bool:
    low = token.lower()
    return (
        _ONE.fullmatch(low) is not None
        and given_token_ok(token)
        and low not in ENGLISH_GIVEN
        and low not in GIVEN_STOP
    )


@lru_cache(maxsize=16384)
def is_korean_name(value: str) -> bool:
    """True when the whole of `value` is one Korean-looking personal name."""
    value = " ".join(value.split())
    matches = find_korean_names(value)
    return len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(value)
