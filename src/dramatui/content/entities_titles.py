"""Finding show titles: quoted titles judged by their context (unquoted ones: `entities_unquoted`).

A quoted phrase is a show when the words around it say so (a network's possessive, "the
drama", "season 2", "cast"), and is refused when they say it is a song, album, webtoon or
novel. Quoted speech is never a title. Headline quotes are titles unless refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dramatui.content.entities_lexicon import (
    FILM_OWNERS,
    GROUP_KEYS,
    NETWORK_KEYS,
    SURNAMES,
    words_of,
)
from dramatui.content.entities_names import find_korean_names
from dramatui.content.entities_titlecase import (
    QUOTE_TABLE,
    SMALL_WORDS,
    clean_title,
    looks_like_title,
    straighten,
)
from dramatui.content.entities_unquoted import (
    OWNED_STARRING,
    SCREEN_NOUNS,
    find_unquoted_titles,
)

__all__ = [
    "OWNED_STARRING",
    "QUOTE_TABLE",
    "SMALL_WORDS",
    "Span",
    "clean_title",
    "find_spans",
    "find_unquoted_titles",
    "judge_spans",
    "looks_like_title",
    "straighten",
]

SCREEN = words_of(
    "drama dramas k-drama k-dramas series film films movie movies show shows sitcom "
    "variety program programme docuseries documentary sequel spin-off prequel remake "
    "thriller comedy rom-com romance melodrama anime animation animated season "
    "blockbuster horror flick miniseries reality episode episodes premiere finale starred "
    "stars starring star appeared appear appears appearing cast filming filmed directed "
    "helmed screen theaters cinemas webdrama sageuk zombie occult crime action noir "
    "adaptation box-office channel wrote penned written role acting cameo debut "
    "filmography spinoff spinoffs mc mcs host hosts hosted hosting emcee emceed"
)
# Words that hint at a screen title but give way to any stronger word further back.
# "writer Kim Eun Hee of 'Signal'", "the creator of 'X'": makers of screen work, unless a
# print or music word further back says whose book or song it is.
WEAK_SCREEN = words_of(
    "known fame seen worked writer screenwriter creator director pd title titles credits "
    "led headlined fronted played plays playing portrayed portrays voiced voices voicing"
)
MUSIC = words_of(
    "ost osts soundtrack song songs single singles track tracks album albums ep ballad "
    "lyrics mv anthem tune duet cover remix melody singing sang sings sing recorded "
    "performed performing chart charts music"
)
PRINT = words_of("webtoon webtoons novel novels book books manhwa comic comics essay poem manga")
OTHER = words_of(
    "hashtag slogan catchphrase brand perfume campaign exhibition game app nickname "
    "nicknamed fandom concert tour musical play tagline caption motto phrase meeting "
    "fanmeeting fancon"
)
RIGHT_SCREEN = words_of(
    "season cast star stars actor actress actors director directors writer pd premiere "
    "premieres premiered finale episode episodes ratings co-star costar couple team set "
    "remake sequel spin-off ost soundtrack trailer teaser poster stills airs aired drama "
    "series film viewers moviegoers box theaters directed helmed starring starred filmed "
    "filming co-starring co-stars co-starred wrap shoot shooting script"
)
RIGHT_MUSIC = frozenset(
    ["music", "mv", "album", "single", "lyrics", "chart", "streams", "choreography", "dance"]
)
# Further off on the right: an audience only screen work draws ("sold 1.1 million tickets").
_AUDIENCE = words_of("viewers moviegoers box theaters ratings episodes tickets admissions")

_HEADLINE_PLAIN = (MUSIC | PRINT | OTHER) - SURNAMES
# Platforms that carry songs as often as shows: "on YouTube" says nothing.
_MIXED_PLATFORMS = frozenset(["youtube", "naver tv", "kakaotv", "kakao tv"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])

_DOUBLE = re.compile(r'"([^"\n]{1,120})"')
_SINGLE_OPEN = re.compile(r"(?<![\w'])'(?=[A-Z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?![\w])")
_WORD = re.compile(r"[\w+][\w.+'-]*")
_PLURAL_REST = re.compile(
    r"(?: (?:[A-Z0-9][\w-]*|of|the|a|an|at|in|on|to|for|with|from|and|&)){0,5} [A-Z0-9][\w-]*,?'"
    r"(?!\w)"
)
_BOUNDARY = re.compile(r"(?:[.!?]\s|\n|:\s)")
_YEAR = re.compile(r"\s*\((?:19|20)\d\d\)")
# "won Best Actress for 'X'", "took best new actor for 'X'": prizes go to screen work.
_AWARD_FOR = frozenset(["award", "awards", "prize", "daesang", "best", "actor", "actress"])
# "'X,' which won him the best director prize": prizes only screen work wins.
_BEST_SCREEN = frozenset(["director", "actor", "actress", "film", "picture", "drama", "screenplay"])
_ADAPTED_AFTER = re.compile(
    r",?\s+(?:was|were|has been|had been)\s+(?:made|turned|adapted)\s+"
    r"into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:film|movie|drama|series)\b"
)
_JOINER = re.compile(
    r",?\s*(?:and|or)?\s*",
)


@dataclass(slots=True)
class Span:
    """One quoted phrase: where its quotes are and what the words around it say."""

    start: int  # index of the opening quote
    end: int  # index just after the closing quote
    inner: str  # the phrase, trimmed of edge punctuation
    verdict: str = ""  # "show", "no" (a song, webtoon, ...), or "" (undecided)


def find_spans(text: str) -> list[Span]:
    """Every quoted phrase in `text` (curly quotes already made straight), in order."""
    spans = [Span(m.start(), m.end(), clean_title(m.group(1))) for m in _DOUBLE.finditer(text)]
    # Quoted speech may hold a single-quoted title ("straight from the 'X' wrap party").
    taken = [(s.start, s.end) for s in spans if looks_like_title(s.inner)]
    pos = 0
    while True:
        opening = _SINGLE_OPEN.search(text, pos)
        if opening is None:
            break
        closing = _SINGLE_CLOSE.search(text, opening.end(), min(len(text), opening.end() + 90))
        pos = opening.end()
        if closing is None or "\n" in text[opening.end() : closing.start()]:
            continue
        if text[closing.start() - 1] == "s":
            # "'Green Mothers' Club'": a plural possessive inside a single-quoted title.
            rest = _PLURAL_REST.match(text, closing.end())
            if rest is not None:
                closing = rest
        start, end = opening.start(), closing.end()
        if any(a < start < b for a, b in taken):
            continue
        inner = text[opening.end() : end - 1]
        spans.append(Span(start, end, clean_title(inner)))
        pos = end
    spans.sort(key=lambda s: s.start)
    return spans


def _words_before(text: str, start: int, floor: int, headline: bool = False) -> list[str]:
    """The last words before `start` in its sentence; capitalised words (names) as "^".

    In a Title Case headline every word is capitalised: there a music or print word that
    is no surname ("Remake Album", "Webtoon") still counts as that word.
    """
    window = text[max(floor, start - 90) : start]
    cut = None
    for m in _BOUNDARY.finditer(window):
        cut = m.end()
    if cut is not None:
        window = window[cut:]
    words = _WORD.findall(window)[-8:]
    return [
        w.lower()
        if not w[0].isupper()
        or w.isupper()
        or _bare(w.lower()) in NETWORK_KEYS
        or (
            headline
            and w.lower() in _HEADLINE_PLAIN
            and not (i and words[i - 1].lower() in SURNAMES)  # "Lee Sang Soon"
        )
        else "^" + w.lower()
        for i, w in enumerate(words)
    ]


def _words_after(text: str, end: int) -> list[str]:
    window = text[end : end + 70]
    m = _BOUNDARY.search(window)
    if m is not None:
        window = window[: m.start()]
    return [w.lower() for w in _WORD.findall(window)][:8]


def _bare(word: str) -> str:
    for suffix in ("'s", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _left_verdict(words: list[str], person_possessive: bool) -> str:
    if words:
        last = words[-1].lstrip("^")
        bare = _bare(last)
        pair = " ".join([w.lstrip("^") for w in words[-2:-1]] + [bare])
        if last != bare and (bare in NETWORK_KEYS or pair in NETWORK_KEYS or bare in FILM_OWNERS):
            return "show"
        if last == "for" and any(w.lstrip("^") in _AWARD_FOR for w in words):
            return "show"
        if last == "in" and len(words) > 1 and words[-2] in {"part", "role", "turn"}:
            return "show"  # "for her part in 'X'"
        if last == "of" and len(words) > 2 and words[-2][:1] == words[-3][:1] == "^":
            return "weak"  # "thanked Kim Hee Sun of 'Tomorrow'": her show (or her group)
        if last != bare and bare in GROUP_KEYS:
            return "no"
    weak = False
    for i in range(len(words) - 1, -1, -1):
        if words[i].startswith("^"):
            word = _bare(words[i][1:])
            if word in NETWORK_KEYS:
                return "show"
            if i < len(words) - 1 and word != words[i][1:] and word in GROUP_KEYS:
                return "no"
            continue
        word = _bare(words[i])
        if word in WEAK_SCREEN:
            weak = True
            continue
        if word in MUSIC:
            connector = words[-1] if words else ""
            if word in {"ost", "osts", "soundtrack"} and connector in {"for", "from", "of"}:
                return "show"
            return "no"
        if word in PRINT or word in OTHER:
            return "no"
        if word in SCREEN or word in NETWORK_KEYS:
            return "show"
    return "weak" if person_possessive or weak else ""


def _right_verdict(words: list[str]) -> str:
    if words and words[0] in _DETERMINERS and any(w in MUSIC for w in words[1:4]):
        return "no"  # "'X,' the fourth OST for ...": an appositive that names a song
    for i, word in enumerate(words[:3]):
        if word == "on" and i + 1 < len(words):
            platform = _bare(words[i + 1])
            if platform in NETWORK_KEYS and platform not in _MIXED_PLATFORMS:
                return "show"  # "a 'X' special on JTBC"
        if word in RIGHT_MUSIC:
            return "no"
        if word in RIGHT_SCREEN:
            return "show"
        if i == 0 and word in {"and", "or"}:
            # "'A' and the series 'B'": A is of B's kind.
            kinds = [w for w in words[1:4] if w in SCREEN_NOUNS or w in MUSIC or w in PRINT]
            if kinds:
                return "show" if kinds[0] in SCREEN_NOUNS else "no"
            return ""
    if any(w in RIGHT_MUSIC or w in {"song", "album", "sang", "sung"} for w in words):
        # Further off ("topped the chart"), a music word may mean a streaming chart: a
        # title the seed or the cache knows as a show stays one.
        return "weak-no"
    if any(w in _AUDIENCE for w in words):
        return "show"
    if any(a == "best" and b in _BEST_SCREEN for a, b in zip(words, words[1:], strict=False)):
        return "show"  # "'X,' which won him the best director prize"
    return ""


# "'Come Rain, Come Shine' with Lim Soo-jung": a cast named right after the title.
WITH_CAST = re.compile(r",? (?:with|starring|co-starring|opposite) ")


def cast_follows(text: str, end: int) -> bool:
    """Does a Korean name follow `end` after "with", "starring" or "opposite"?"""
    cast = WITH_CAST.match(text, end)
    if cast is None:
        return False
    names = find_korean_names(text[cast.end() : cast.end() + 40])
    return bool(names) and names[0].start == 0


def judge_spans(
    text: str,
    spans: list[Span],
    title_end: int,
    is_person_possessive: Callable[[str, int], bool],
    is_known_show: Callable[[str], bool] = lambda _: False,
) -> None:
    """Set each span's verdict from its context (see the module docstring)."""
    previous: Span | None = None
    for span in spans:
        value = span.inner
        if not looks_like_title(value) or value.casefold() in NETWORK_KEYS:
            previous = None
            continue
        floor = previous.end if previous is not None else 0
        before = _words_before(text, span.start, floor, span.start < title_end)
        left = _left_verdict(before, is_person_possessive(text, span.start))
        right = _right_verdict(_words_after(text, span.end))
        if _YEAR.match(text, span.end) or (not right and cast_follows(text, span.end)):
            right = "show"
        elif right == "weak-no":
            right = "" if is_known_show(value) else "no"
        between = text[previous.end : span.start] if previous is not None else ""
        joined = previous is not None and _JOINER.fullmatch(between)
        if left == "no" and _ADAPTED_AFTER.match(text, span.end):
            # "webtoon 'X' was made into a film": the film of that name (an adaptation still
            # to come has no name yet).
            verdict = "show"
        elif left in {"show", "no"}:
            verdict = left
        elif right:
            verdict = right
        elif joined and previous is not None and previous.verdict:
            verdict = previous.verdict
        elif (
            joined
            and previous is not None
            and is_known_show(previous.inner)
            or left == "weak"
            or span.start < title_end
        ):
            verdict = "show"
        else:
            verdict = ""
        span.verdict = verdict
        previous = span
