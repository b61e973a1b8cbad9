"""Finding show titles written without quotes, from the words right before them.

"starred in My Love from the Star", "ENA's Dear Hyeri has ...", "Bong Joon Ho's Mother,
starring ...": a screen word, a network's possessive or a cast right after a capitalised
run makes it a title. Each run is cut at a sentence's end, a place or a language.
"""

from __future__ import annotations

import re

from dramatui.content.entities_crew import is_crew
from dramatui.content.entities_lexicon import (
    EVENT_WORDS,
    FILM_OWNERS,
    GROUP_KEYS,
    NETWORK_KEYS,
    NETWORKS,
    PLACES,
    STAGE_NAMES,
    SURNAMES,
    words_of,
)
from dramatui.content.entities_names import hyphen_adjective, is_korean_name
from dramatui.content.entities_runs import (
    cut_at_and,
    cut_at_name,
    cut_at_place,
    listed_titles,
    name_follows,
)
from dramatui.content.entities_titlecase import ABBREV, INITIALS, SMALL_WORDS, clean_title

SCREEN_NOUNS = words_of(
    "drama dramas series film films movie movies show sitcom variety documentary thriller"
)


_UNQUOTED = re.compile(
    r"\b(?:(?:drama|film|movie|show)(?:s (?:such as|like|including))?|series|sitcom|thriller|"
    r"(?:thrillers|comedies|romances|melodramas|sageuks|series|hits|classics) "
    r"(?:such as|like|including)|"
    r"comedy|docuseries|starred in|"
    r"stars in|appeared in|appearing in|known for|while filming|season of|star of|cast of|"
    r"[Cc]ast [Oo]f|"
    r"appeared on|appearing on|appears on|guested on|guesting on|debut|episode of|"
    r"who (?:also |previously |once |first )?(?:made|created|directed|wrote|helmed)|"
    r"(?:also |still |now )?(?:hosts|co-hosts|emcees)|"
    r"helmed|directed)\s+"
    r"((?:The |A |An )?[A-Z0-9][\w'.:!-]*(?:[ ](?:[A-Z0-9][\w'.:!-]*|(?:of|the|a|an|in|on|to|"
    r"for|from|with|at|by|and(?= the))\b))*(?:\?(?= [a-z]|[.,;]))?)"
    r"(?:\s+and\s+((?:The |A |An )?[A-Z][\w'.:!-]*(?:[ ](?:[A-Z0-9][\w'.:!-]*|(?:of|the|a|"
    r"an|in|on|to|for|from|with|at|by)\b))*))?"
)


_TITLE_RUN = (
    r"((?:The |A |An )?[A-Z0-9][\w'.:!-]*(?:[ ](?:[A-Z0-9][\w'.:!-]*|(?:of|the|a|an|in|on|"
    r"to|for|from|with|at|by)\b))*)"
)
# "Bong Joon Ho's Mother, starring ...": a possessive owning a title that has a cast.
OWNED_STARRING = re.compile(r"'s " + _TITLE_RUN + r",? (?:starring|which stars|featuring)\b")
_COMPANY = re.compile(r"\b(?:Company|Pictures|Studios?|Entertainment|Media|Group|Films)\b")
_ARTICLE_OWNER = re.compile(r"(?<![\w'])(?:A|An|The) (?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*$")
# "ENA's Dear Hyeri has ...": a network's possessive before a capitalised run.
_NETWORK_OWNS = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(n) for n in sorted(NETWORKS - {"Max"}, key=len, reverse=True))
    + r")'s (?:(?:19|20)\d\d )?(?:(?:new|upcoming|hit|latest|popular|acclaimed|original) )?"
    + _TITLE_RUN
)
# Each cue below opens with a literal word so the regex engine scans for it in C; the
# words before it are checked afterwards on a short window.
# "the 2018 hit Sky Castle", "her box-office hit Extreme Job": a hit is a screen work
# when a title follows at once (a song is "the hit song X" or "the hit single X").
_HIT = re.compile(r"hit " + _TITLE_RUN)
_HIT_BEFORE = re.compile(
    r"\b(?:the|a|its|his|her|their) (?:(?:19|20)\d\d )?(?:(?:box-office|surprise|sleeper|smash|"
    r"runaway|global) )?$"
)
# "has not appeared on screen since The Man from Nowhere": "since" a work after an
# acting verb.
_SINCE = re.compile(r"since " + _TITLE_RUN)
_ACTED_BEFORE = re.compile(
    r"\b(?:appeared|starred|acted|been seen|filmed|worked)\b[^.!?\n\"]{0,30}$"
)
# "after The Berlin File, in which his brother played ...": a cast inside the work.
_IN_WHICH_CAST = re.compile(
    r" in which [^.!?\n]{0,60}?\b(?:played|plays|starred|stars|co-starred|appeared|appears|"
    r"acted)\b"
)
_RUN_BEFORE = re.compile(r"(?<=[a-z] )" + _TITLE_RUN + r",?$")
# "Director Woo Min Ho's Harbin passed", "Park Chan Wook's The Handmaiden, her debut": a
# director's (or a well-known maker's) possessive owning a Title Case run.
_MAKER_OWNS = re.compile(
    r"((?:[A-Z][\w-]* ){1,3}[A-Z][\w-]*)'s " + _TITLE_RUN + r"(?=[,.;:!?]|\s\(|\s[a-z])"
)
_MAKER_JOBS = re.compile(r"(?:[Dd]irector|[Ff]ilmmaker|PD|[Ss]creenwriter|[Ww]riter) $")
# "Anna, the Coupang Play thriller about ...", "The Wonderfools, a superhero comedy set in
# 1999", "Perfect Crown, his upcoming drama with IU": an appositive that calls the run
# before it a screen work. A few describing words (no small words: "the studio behind the
# film" describes no title) sit before the noun, and the noun ends its phrase ("a film
# buff", "the drama's lead" say nothing).
_APPOSITIVE_SCREEN = re.compile(
    r", (?:a|an|the|his|her|their|its|(?:last|this|next) year's) "
    r"(?:(?!(?:the|a|an|of|behind|for|in|on|to|from|with|by|and)\b)[\w+-]+ ){0,3}"
    r"(?:drama|series|film|movie|thriller|comedy|sitcom|romance|melodrama|rom-com|"
    r"documentary|docuseries|miniseries|variety show|reality show|blockbuster|sequel|remake|"
    r"hit)"
    r"(?=[,.;:!?)]|$| (?:about|that|which|where|set|from|based|following|starring|in|on|of|"
    r"with|by|directed|written|slated|due|airing|streaming|he|she|they|we|i)\b)"
)
_SCREEN_NEXT = re.compile(r" (?:drama|series|film|movie|show|sitcom|documentary)\b")
# The Title Case run right before an appositive; a possessive owner is left out ("Bae
# Suzy's Anna"), words with an apostrophe of their own are not read ("the Queen's ...").
_RUN_AT_END = re.compile(
    r"(?:((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*)'s )?"
    # "Can This Love Be Translated?, his upcoming Netflix romance": a question mark ends it.
    + _TITLE_RUN.replace("[\\w'.:!-]", "[\\w.:!-]")[:-1]
    + r"\??)$"
)


_MUSIC_NEAR = re.compile(
    r"\b(?:songs?|singles?|tracks?|albums?|charts?|sang|sings|performed|performs|group|"
    r"band|music|ost|ballad)\b",
    re.IGNORECASE,
)


def _sentence_of(text: str, at: int) -> str:
    """The sentence around `at` (between full stops or line breaks)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _appositive_run(text: str, at: int) -> re.Match[str] | None:
    """The title run ending at `at` (where ", a ... thriller" starts), or None."""
    floor = max(0, at - 80)
    for mark in (". ", "\n", ", "):
        cut = text.rfind(mark, floor, at)
        if cut >= 0:
            floor = cut + len(mark)
    run = _RUN_AT_END.search(text, floor, at)
    if run is None or (run.start() > 0 and text[run.start() - 1] not in " \n"):
        return None
    owner = run.group(1)
    if owner is not None and not (
        " " in owner or owner in STAGE_NAMES or owner.casefold() in NETWORK_KEYS
    ):
        return None  # "Under the Queen's Umbrella": the owner is the title's own word
    if run.group(2).split(" ", 1)[0].casefold() in _OPENING_WORDS:
        return None  # "On June 4, the variety show ...", "Meanwhile, the drama ..."
    return _seed_tail(text, run) or run


def _seed_tail(text: str, run: re.Match[str]) -> re.Match[str] | None:
    """ "Fans of Goblin, the drama ...": the title after the phrase that opens the run."""
    skip = _phrase_before_title(run.group(2))
    return _RUN_AT_END.search(text, run.start(2) + skip, run.end()) if skip else None


# "Fans of X", "Viewers of X": plural nouns that open a phrase about a title.
_PHRASE_NOUNS = words_of(
    "fans viewers audiences critics stars cast members creators makers episodes seasons "
    "lovers followers admirers"
)


def _phrase_before_title(value: str) -> int:
    """How many leading characters of a Title Case run are a phrase before the title:
    the words before a small word when what follows is a seed title ("Fans of Goblin")
    or the run opens with a plural noun ("Viewers of Some New Show"); else 0."""
    from dramatui.content.entities_index import match_key
    from dramatui.content.entities_seed import seed

    words = value.split(" ")
    if len(words) < 3 or not any(w in SMALL_WORDS for w in words[1:-1]):
        return 0
    known = seed()

    def is_known(title: str) -> bool:
        key = match_key(title)
        return key in known.support or key in known.needs_cue

    if is_known(value):
        return 0
    for i, word in enumerate(words[1:-1], start=1):
        if word in SMALL_WORDS and (
            is_known(" ".join(words[i + 1 :])) or i == 1 and words[0].lower() in _PHRASE_NOUNS
        ):
            return len(" ".join(words[: i + 1])) + 1
    return 0


# "in Park Chan Wook's Thirst, which ...": a work its maker's name owns, in running text.
_IN_OWNED = re.compile(
    r"in ((?:[A-Z][\w-]* ){1,2}[A-Z][\w-]*)'s " + _TITLE_RUN + r"(?=[,.;:!?]|\s\()"
)
# "Avengers: Age of Ultron", "Moon Lovers: Scarlet Heart Ryeo": a Title Case run with a
# subtitle after a colon reads as a title wherever it stands in running text.
# The head may hold a title's small words ("Along With the Gods", "Alchemy of Souls"), but
# not "in" or "and", which join a name to the title before it ("Naksu in Alchemy of ...").
_HEAD_BEFORE = re.compile(
    r"(?<![\w'\".:-])(?:[A-Z][\w'!-]* (?:(?:of|the|a|an|to|for|from|with) ){0,2}){0,3}"
    r"[A-Z][\w'!-]*$"
)
_SUBTITLE_WORDS = (
    r"[A-Z0-9][\w'!-]*(?: (?:[A-Z0-9][\w'!-]*|(?:of|the|a|an|in|on|to|for|from|with|at|by|"
    r"and(?= [A-Z]))\b))*"
)
# "Mission: Impossible – The Final Reckoning": a second subtitle after a dash.
_SUBTITLE = re.compile(_SUBTITLE_WORDS + r"(?: [–—] " + _SUBTITLE_WORDS + r")?")
# A colon after these opens a caption or a credit, not a subtitle ("Photo: Yonhap").
_LABELS = words_of(
    "photo photos source sources credit credits update updates watch note read related "
    "editor via cover image images video videos spoiler spoilers warning tags category "
    "categories by written translated interview exclusive breaking review recap teaser "
    "trailer poll quiz more also see q a"
)
_MONTHS = words_of(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter "
    "then"
)
# Words that open a sentence, not a title, before a comma.
_OPENING_WORDS = _MONTHS | words_of(
    "meanwhile however also then now still yet finally recently previously earlier today "
    "yesterday tomorrow instead plus besides additionally moreover furthermore currently "
    "notably interestingly sadly fortunately unfortunately lastly first second third next "
    "afterward afterwards elsewhere overall ultimately indeed together similarly "
    "separately on in at for from by with after before during since when while as but "
    "and so or last this that these those its his her their our according speaking asked "
    "despite unlike like following including beyond among per via thanks ahead amid "
    "throughout"
)


def _to_sentence_end(value: str) -> str:
    """A run cut at a word that ends its sentence: "Curtain Call. Kim Gu Ra" -> "Curtain Call"."""
    words = value.split(" ")
    for i, word in enumerate(words[:-1]):
        if (
            word.endswith(".")
            and word[:-1].lower() not in ABBREV
            and (word[:-1].isdigit() or not INITIALS.fullmatch(word))
        ):
            return " ".join(words[: i + 1])
    return value


# "alongside hosts Boom and ...": "hosts" as a noun names people, not a show.
_HOST_NOUN_BEFORE = ("alongside ", "with ", "the ", "and ", "fellow ", "as ", "other ")


_HOSTS_CUE = re.compile(r"(?:also |still |now )?(?:hosts|co-hosts|emcees) ")


def _host_noun(text: str, m: re.Match[str]) -> bool:
    """ "alongside hosts X" (the noun) or "the festival hosts X" (not a person hosting)."""
    if _HOSTS_CUE.match(m.group(0)) is None:
        return False
    before = text[max(0, m.start() - 30) : m.start()]
    if before.endswith(_HOST_NOUN_BEFORE):
        return True
    subject = before.rstrip().rsplit(" ", 1)[-1]
    return not subject[:1].isupper()  # a person hosts: "Yoo also hosts X"


def find_unquoted_titles(text: str) -> list[tuple[int, str]]:
    """Unquoted titles right after a screen word: "starred in My Love from the Star"."""
    found: list[tuple[int, str]] = []
    matches: list[tuple[re.Match[str], tuple[int, ...]]]
    matches = [(m, (1, 2)) for m in _UNQUOTED.finditer(text) if not _host_noun(text, m)]
    runs = _subtitled_runs(text)
    if "\n" in text:
        runs += listed_titles(text)
    for m in OWNED_STARRING.finditer(text):
        # "with A Traveler's Needs, starring ...": an owner opened by an article is the
        # title's own first words.
        head = _ARTICLE_OWNER.search(text, max(0, m.start() - 40), m.start())
        if head is not None and not _COMPANY.search(head.group(0)):
            runs.append((head.start(), text[head.start() : m.end(1)]))
        else:
            matches.append((m, (1,)))
    matches += _cued_runs(text)
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
                and not name_follows(text, m.end(1) + 2)
                and not _comma_tail(text, m.end(1), m.group(1))
            ):
                continue
            matches.append((m, (1,)))
    for m, groups in matches:
        for group in groups:
            if m.group(group) is None:
                continue
            start = m.start(group)
            if "\n" in text[m.start() : start]:
                continue  # a headline's last word is no cue for the body's first
            raw = m.group(group)
            if m.re is _NETWORK_OWNS or (m.re is _UNQUOTED and m.group(2) is None):
                raw += _comma_tail(text, m.end(1), raw)
            runs.append((start, raw))
    for start, raw in runs:
        value = clean_title(_to_sentence_end(raw))
        words = cut_at_and(cut_at_name(cut_at_place(value.split())))
        for i, word in enumerate(words[:-2]):
            if word.lower() in EVENT_WORDS and words[i + 1] == "for":
                start += len(" ".join(words[: i + 2])) + 1  # "Academy Award for Minari"
                words = words[i + 2 :]
                break
        if len(words) > 1 and _owner_word(words[0]):
            start += len(words[0]) + 1  # "Hong's 2022 film": the owner is no part of it
            words = words[1:]
        while words and words[-1].lower() in SMALL_WORDS:
            words.pop()
        if words and any(c.isalpha() for w in words for c in w):
            found.append((start, " ".join(words)))
    # "Shadow" of "Alchemy of Souls: Light and Shadow, in which ...": a run inside a
    # longer one is its tail, not a title of its own.
    ranges = [(a, a + len(v)) for a, v in found]
    return [
        (a, v)
        for a, v in found
        if not any(b <= a and a + len(v) <= e and e - b > len(v) for b, e in ranges)
    ]


def _cued_runs(text: str) -> list[tuple[re.Match[str], tuple[int, ...]]]:
    """Title runs after "the hit", an acting verb's "since", in a maker's possessive, or
    before ", in which ... played"."""
    matches: list[tuple[re.Match[str], tuple[int, ...]]] = []
    if "hit " in text:
        for m in _HIT.finditer(text):
            if _HIT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                matches.append((m, (1,)))
    if "since " in text:
        for m in _SINCE.finditer(text):
            if m.group(1).split(" ")[0].lower() not in _MONTHS and _ACTED_BEFORE.search(
                text, max(0, m.start() - 50), m.start()
            ):
                matches.append((m, (1,)))
    if "'s " in text:
        for m in _IN_OWNED.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and is_korean_name(m.group(1)):
                matches.append((m, (2,)))
    at = text.find("'s ")
    while at >= 0:
        owned = _MAKER_OWNS.search(text, max(0, at - 40), at + 90)
        while owned is not None and owned.end(1) < at:
            owned = _MAKER_OWNS.search(text, owned.start() + 1, at + 90)
        if owned is not None and owned.end(1) == at:
            _maker_owns(text, owned, matches)
        at = text.find("'s ", at + 3)
    for m in _APPOSITIVE_SCREEN.finditer(text):
        if m.group(0).endswith("hit") and _MUSIC_NEAR.search(_sentence_of(text, m.start())):
            continue  # "performed Dynamite, a global hit": a song's hit
        run = _appositive_run(text, m.start())
        if run is not None:
            matches.append((run, (2,)))
    at = text.find(" in which ")
    while at >= 0:
        if _IN_WHICH_CAST.match(text, at):
            run = _RUN_BEFORE.search(text, max(0, at - 80), at)
            if run is not None:
                matches.append((run, (1,)))
        at = text.find(" in which ", at + 10)
    return matches


_FOREIGN_TAIL = re.compile(r" (?:[a-z]'|de |du |la |le )")


def _maker_owns(
    text: str, m: re.Match[str], matches: list[tuple[re.Match[str], tuple[int, ...]]]
) -> None:
    """Keep a maker's possessive run ("Director X's Harbin", "Park Chan Wook's The ...")."""
    maker, work = m.group(1), m.group(2)
    if hyphen_adjective(work.rsplit(" ", 1)[-1]) or _SCREEN_NEXT.match(text, m.end()):
        return  # "Bong Joon-ho's Oscar-winning film": no title yet
    if _FOREIGN_TAIL.match(text, m.end()):
        return  # "Jafar Panahi's Palme d'Or winner": a prize's name, cut short
    job, _, name = maker.partition(" ")
    if name and _MAKER_JOBS.match(job + " "):
        maker = name  # "Director Woo Min Ho's": the job word opens the sentence
    elif not _MAKER_JOBS.search(text, max(0, m.start() - 12), m.start()):
        job = ""
    if job and is_korean_name(maker) or is_crew(maker):
        matches.append((m, (2,)))


def _subtitled_runs(text: str) -> list[tuple[int, str]]:
    """ "Head: Subtitle" runs standing alone in running text (not in the headline)."""
    found: list[tuple[int, str]] = []
    body = text.find("\n") + 1
    at = text.find(": ", body)
    while at >= 0:
        tail = _SUBTITLE.match(text, at + 2)
        head = _HEAD_BEFORE.search(text, max(body, at - 60), at) if tail is not None else None
        if tail is not None and head is not None and _stands_alone(text, head, tail.group(0)):
            value = f"{head.group(0)}: {tail.group(0)}"
            skip = _phrase_before_title(value)
            found.append((head.start() + skip, value[skip:]))
        at = text.find(": ", at + 2)
    return found


def _stands_alone(text: str, head: re.Match[str], tail: str) -> bool:
    words = head.group(0).split(" ")
    if words[-1].lower() in _LABELS or words[0].lower() in _LABELS or is_korean_name(tail):
        return False
    line_start = text.rfind("\n", 0, head.start()) + 1
    before = text[line_start : head.start()].rstrip(" ")
    if not before or before.endswith((".", ",", ";", "!", "?", "(")):
        return True
    # Inside quotes, or the tail of a longer capitalised run: not a title of its own.
    return before[-1].isalpha() and before.rsplit(" ", 1)[-1][:1].islower()


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
        or name_follows(text, m.start(1))
        or key in NETWORK_KEYS
        or key in GROUP_KEYS
        or key.split()[0] in PLACES
    ):
        return ""
    return ", " + tail


def _owner_word(word: str) -> bool:
    """A possessive owning what follows, not a title's own word: "MBC's", "Hong's"."""
    if not word.endswith("'s"):
        return False
    owner = word[:-2].casefold()
    return owner in NETWORK_KEYS or owner in SURNAMES or owner in FILM_OWNERS
