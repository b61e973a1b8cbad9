"""Finding show titles: quoted titles judged by their context, and a few unquoted forms.

A quoted phrase is a show when the words around it say so (a network's possessive, "the
drama", "season 2", "cast"), and is refused when they say it is a song, album, webtoon or
novel. Quoted speech is never a title. Headline quotes are titles unless refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dramatui.content.entities_lexicon import (
    GROUP_KEYS,
    NETWORK_KEYS,
    NETWORKS,
    PLACES,
    SURNAMES,
    words_of,
)
from dramatui.content.entities_names import find_korean_names, is_korean_name

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
WEAK_SCREEN = frozenset(["known", "fame", "seen", "worked"])
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
    "filming co-starring co-stars co-starred"
)
SCREEN_NOUNS = words_of(
    "drama dramas series film films movie movies show sitcom variety documentary thriller"
)
RIGHT_MUSIC = frozenset(["music", "mv", "album", "single", "lyrics", "chart", "streams"])

_HEADLINE_PLAIN = (MUSIC | PRINT | OTHER) - SURNAMES
# Platforms that carry songs as often as shows: "on YouTube" says nothing.
_MIXED_PLATFORMS = frozenset(["youtube", "naver tv", "kakaotv", "kakao tv"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])

_DOUBLE = re.compile(r'"([^"\n]{1,120})"')
_SINGLE_OPEN = re.compile(r"(?<![\w'])'(?=[A-Z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?![\w])")
_WORD = re.compile(r"[\w+][\w.+'-]*")
_BOUNDARY = re.compile(r"(?:[.!?]\s|\n|:\s)")
_YEAR = re.compile(r"\s*\((?:19|20)\d\d\)")
_ABBREV = frozenset(["mr", "mrs", "ms", "dr", "st", "vol", "pt", "jr", "sr", "no"])
# "Mr. Sunshine" keeps nothing, but "D.P." and "Jr." keep their stop; "Moana 2." does not.
_INITIAL_END = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")
_INITIALS = re.compile(
    r"(?:\w\.)+",
)
# "won Best Actress for 'X'", "took best new actor for 'X'": prizes go to screen work.
_AWARD_FOR = frozenset(["award", "awards", "prize", "daesang", "best", "actor", "actress"])
# "'X,' which won him the best director prize": prizes only screen work wins.
_BEST_SCREEN = frozenset(["director", "actor", "actress", "film", "picture", "drama", "screenplay"])
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
                and word[:-1].lower() not in _ABBREV
                and not _INITIALS.fullmatch(word)
            ):
                return False
            continue
        if word.lower() in SMALL_WORDS or word in {"x", "n"}:
            continue
        return False
    return True


def find_spans(text: str) -> list[Span]:
    """Every quoted phrase in `text` (curly quotes already made straight), in order."""
    spans = [Span(m.start(), m.end(), clean_title(m.group(1))) for m in _DOUBLE.finditer(text)]
    taken = [(s.start, s.end) for s in spans]
    pos = 0
    while True:
        opening = _SINGLE_OPEN.search(text, pos)
        if opening is None:
            break
        closing = _SINGLE_CLOSE.search(text, opening.end(), min(len(text), opening.end() + 90))
        pos = opening.end()
        if closing is None or "\n" in text[opening.end() : closing.start()]:
            continue
        start, end = opening.start(), closing.end()
        if any(a < start < b for a, b in taken):
            continue
        spans.append(Span(start, end, clean_title(text[opening.end() : closing.start()])))
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
        if last != bare and (bare in NETWORK_KEYS or pair in NETWORK_KEYS):
            return "show"
        if last == "for" and any(w.lstrip("^") in _AWARD_FOR for w in words):
            return "show"
        if last == "in" and len(words) > 1 and words[-2] in {"part", "role", "turn"}:
            return "show"  # "for her part in 'X'"
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
        return "no"
    if any(w in {"viewers", "moviegoers", "box", "theaters", "ratings", "episodes"} for w in words):
        return "show"
    if any(a == "best" and b in _BEST_SCREEN for a, b in zip(words, words[1:], strict=False)):
        return "show"  # "'X,' which won him the best director prize"
    return ""


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
        if _YEAR.match(text, span.end):
            right = "show"
        between = text[previous.end : span.start] if previous is not None else ""
        joined = previous is not None and _JOINER.fullmatch(between)
        if left in {"show", "no"}:
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


_UNQUOTED = re.compile(
    r"\b(?:(?:drama|film|movie|show)(?:s (?:such as|like|including))?|series|sitcom|thriller|"
    r"comedy|docuseries|starred in|"
    r"stars in|appeared in|appearing in|known for|while filming|season of|star of|cast of|"
    r"helmed|directed)\s+"
    r"((?:The |A |An )?[A-Z0-9][\w'.:!-]*(?:[ ](?:[A-Z0-9][\w'.:!-]*|(?:of|the|a|an|in|on|to|"
    r"for|from|with|at|by|and(?= the))\b))*)"
    r"(?:\s+and\s+((?:The |A |An )?[A-Z][\w'.:!-]*(?:[ ](?:[A-Z0-9][\w'.:!-]*|(?:of|the|a|"
    r"an|in|on|to|for|from|with|at|by)\b))*))?"
)


_TITLE_RUN = (
    r"((?:The |A |An )?[A-Z0-9][\w'.:!-]*(?:[ ](?:[A-Z0-9][\w'.:!-]*|(?:of|the|a|an|in|on|"
    r"to|for|from|with|at|by)\b))*)"
)
# "Bong Joon Ho's Mother, starring ...": a possessive owning a title that has a cast.
OWNED_STARRING = re.compile(r"'s " + _TITLE_RUN + r",? (?:starring|which stars|featuring)\b")
# "ENA's Dear Hyeri has ...": a network's possessive before a capitalised run.
_NETWORK_OWNS = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(n) for n in sorted(NETWORKS - {"Max"}, key=len, reverse=True))
    + r")'s (?:(?:new|upcoming|hit|latest) )?"
    + _TITLE_RUN
)


def _to_sentence_end(value: str) -> str:
    """A run cut at a word that ends its sentence: "Curtain Call. Kim Gu Ra" -> "Curtain Call"."""
    words = value.split(" ")
    for i, word in enumerate(words[:-1]):
        if (
            word.endswith(".")
            and word[:-1].lower() not in _ABBREV
            and not _INITIALS.fullmatch(word)
        ):
            return " ".join(words[: i + 1])
    return value


def find_unquoted_titles(text: str) -> list[tuple[int, str]]:
    """Unquoted titles right after a screen word: "starred in My Love from the Star"."""
    found: list[tuple[int, str]] = []
    matches: list[tuple[re.Match[str], tuple[int, ...]]]
    matches = [(m, (1, 2)) for m in _UNQUOTED.finditer(text)]
    matches += [(m, (1,)) for m in OWNED_STARRING.finditer(text)]
    if "'s " in text:
        # Not in a Title Case headline ("tvN's New Drama"), nor before ", Capital" (a
        # title with a comma in it, or a list, cannot be told apart) unless a person's
        # name opens the next clause ("KBS2's The Slave Hunters, Jang Hyuk ...").
        body = text.find("\n") + 1
        for m in _NETWORK_OWNS.finditer(text, body):
            after = text[m.end(1) : m.end(1) + 3]
            last = m.group(1).rsplit(" ", 1)[-1].lower()
            if last in SCREEN_NOUNS:
                continue
            if (
                after[:1] == ","
                and after[2:3].isupper()
                and not _name_follows(text, m.end(1) + 2)
                and not _comma_tail(text, m.end(1), m.group(1))
            ):
                continue
            matches.append((m, (1,)))
    for m, groups in matches:
        for group in groups:
            if m.group(group) is None:
                continue
            start = m.start(group)
            raw = m.group(group)
            if m.re is _NETWORK_OWNS or (m.re is _UNQUOTED and m.group(2) is None):
                raw += _comma_tail(text, m.end(1), raw)
            value = clean_title(_to_sentence_end(raw))
            words = _cut_at_place(value.split())
            if len(words) > 1 and _owner_word(words[0]):
                start += len(words[0]) + 1  # "Hong's 2022 film": the owner is no part of it
                words = words[1:]
            while words and words[-1].lower() in SMALL_WORDS:
                words.pop()
            if words and any(c.isalpha() for w in words for c in w):
                found.append((start, " ".join(words)))
    return found


# ", Wrong Then, makes ...": a Title Case run after a comma that closes on ", lowercase" or
# a sentence's end continues the title before it ("Right Now, Wrong Then").
_COMMA_TAIL = re.compile(r", ([A-Z][\w'!-]*(?: [A-Z][\w'!-]*){1,3})(?=, [a-z]|[.!?](?:\s|$))")


def _comma_tail(text: str, end: int, head: str) -> str:
    """The rest of a two-part title with a comma in it, or "" (see `_COMMA_TAIL`).

    Both parts need two words or more: a list of one-word titles ("Parasite, Okja") or a
    name after a title ("Mother, Kim Hye Ja") stays apart.
    """
    m = _COMMA_TAIL.match(text, end)
    if m is None or " " not in head.strip():
        return ""
    tail = m.group(1)
    key = tail.casefold()
    if (
        is_korean_name(tail)
        or _name_follows(text, m.start(1))
        or key in NETWORK_KEYS
        or key in GROUP_KEYS
        or key.split()[0] in PLACES
    ):
        return ""
    return ", " + tail


def _name_follows(text: str, pos: int) -> bool:
    """True when a Korean name starts at `pos`."""
    names = find_korean_names(text[pos : pos + 40])
    return bool(names) and names[0].start == 0


# "X in Korean", "X in English subtitles": a language phrase says how it is shown, no title part.
_LANGUAGES = words_of(
    "korean english japanese chinese mandarin cantonese spanish french thai vietnamese "
    "german hindi indonesian tagalog"
)


def _cut_at_place(words: list[str]) -> list[str]:
    """A run cut before "in/at/from <place>" ("the film Forest in Gangwon" -> "Forest") or
    before "in <language>" ("What Comes After Love in Korean")."""
    for i, word in enumerate(words[1:-1], start=1):
        nxt = words[i + 1].strip(".,!?").lower()
        if word in {"in", "at", "from"} and nxt in PLACES:
            return words[:i]
        if word == "in" and nxt in _LANGUAGES:
            return words[:i]
    return words


def _owner_word(word: str) -> bool:
    """A possessive owning what follows, not a title's own word: "MBC's", "Hong's"."""
    if not word.endswith("'s"):
        return False
    owner = word[:-2].casefold()
    return owner in NETWORK_KEYS or owner in SURNAMES
