"""Giving each name mention the role its context gives it: crew, character or performer.

A role word before a name makes it crew ("director", "writer", "PD", "directed by"),
"as"/"plays"/"Character (Actor)" make it a character, and a performer cue ("stars",
"hosted by", a group's possessive, a list that also holds a Korean performer's name)
makes it a performer. `entities_people` finds the names; this module sorts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dramatui.content.entities_groups import in_group_context
from dramatui.content.entities_lexicon import (
    NON_PERFORMER_BY,
    NON_PERFORMER_ROLES,
    PERFORMER_ROLES,
    SURNAMES,
    words_of,
)
from dramatui.content.entities_parts import CAREER, described_part
from dramatui.content.entities_titles import OWNED_STARRING

CREW = "crew"
CHARACTER = "character"
PERFORMER = "performer"
# "played Kim Hee Ae's husband": the name owns a part; that mention neither makes it an
# actor nor rules it out for the rest of the article.
PART_OWNER = "part-owner"
# "P.O, whose real name is Pyo Ji-hoon": the performer's other name, which fans do not
# search; it neither makes an actor nor rules one out.
REAL_NAME = "real-name"

_WORD = re.compile(r"[\w+][\w.+'-]*")
_PAREN_AFTER = re.compile(r"(?:'s|')?\s?\(")
LIST_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_WHO_CREW = re.compile(
    r"(?:'s)?,\s+(?:who\s+(?:also\s+)?(?:directed|wrote|penned|created|produced|helmed|"
    r"composed|drew)|the\s+(?:director|writer|creator|producer|ceo|founder|pd|author))\b"
)
# "X previously directed", "X also wrote": the name did crew work.
_NAME_DID = re.compile(
    r"(?:'s)?,?\s+(?:(?:also|previously|once|then|later|first|co-)\s*)?"
    r"(?:directed|wrote|penned|helmed|co-directed|co-wrote|scripted|writing|directing)\b"
)
# "Chang Kang-myoung's novel", "Hong Sang-soo's latest film": whose work, not who is in it.
_WORK_OF = re.compile(
    r"(?:'s|')\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(novels?|webtoons?|books?|manhwa|comics?|essays?|films?|movies?|documentar(?:y|ies)|"
    r"directorial|screenplays?|scripts?)\b"
)
# "X's 'Title'", "X's Netflix series 'Title'": a possessive owning a quoted title.
_OWNS_TITLE = re.compile(r"(?:'s|')\s+(?:[A-Z][\w+]*\s+)?(?:[a-z][\w-]*\s+){0,3}[\"']")
_OWNS_RUN = re.compile(r"'s [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,5}(?=[,.;:!?]|\s\()")
_QUOTED_REST = re.compile(r"[\"'][^\"'\n]{1,80}[\"']")
_FILM_WORDS = re.compile(
    r"\b(?:films?|movies?|theaters?|theatres?|cinemas?|moviegoers|box office|big screen|"
    r"screenings?|festivals?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# "follows Oh Dae Su", "centers on ...": a plot synopsis names characters.
_PLOT_CUES = (
    " follows ",
    " following ",
    " centers on ",
    " centres on ",
    " revolves around ",
    " story of ",
)
# "Jung Gu Won, a demon who": an appositive that describes a character, not a career.
_APPOSITIVE = re.compile(r",\s+an?\s+((?:[\w-]+\s+){0,4}?)(?:who|whose|that)\b")
# "Rain plays the bodyguard", "Kim Da Mi (as Jo Yi Seo)": the name before plays a part.
# "with Tayme Thapthimthong as her on-screen boyfriend": the name before "as" a part.
_PLAYS = re.compile(
    r"(?:\s+(?:also\s+|will\s+|again\s+|still\s+)*(?:plays|played|play|playing|portrays|"
    r"portrayed|portraying|stars\s+as)\b|"
    r"\s?\(as\s|"
    r"\s+as\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:on-screen|onscreen|character|love|"
    r"rival|wife|husband|mother|father|boyfriend|girlfriend|brother|sister|son|daughter|"
    r"partner|boss|friend|nemesis)\b)"
)
# "Tilda Swinton, who played the CEO": the name before it performed.
# "Charles Melton and Cailee Spaeny also star": the names before the verb act.
# Not "Squid Game star Hoyeon Jung": bare "star" is a noun there.
_STAR_AFTER = re.compile(
    r"\s+(?:(?:also|both|will|all|each)\s+)+(?:star|co-star|appear)\b|"
    r"\s+(?:star|co-star|appear)\s+(?:in|as|alongside|opposite|together)\b"
)
_WHO_PERFORMED = re.compile(
    r"(?:'s)?,\s+who\s+(?:also\s+|previously\s+|once\s+)?(?:plays|played|portrays|portrayed|"
    r"stars|starred|co-starred|hosts|hosted|co-hosts|co-hosted|acted|appeared|appears)\b"
)
_OWNS_CHARACTER = re.compile(r"(?:'s|') (?:[a-z-]+ )?(?:character|characters|role|roles)\b")
# "Cheon Sa Rang, a hotel employee played by YoonA": the part, described, then its actor.
_PLAYED_BY = re.compile(
    r"(?:'s)?,?\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,4}?)?(?:played|portrayed|voiced)\s+by\b"
)
# "Do Sung-hwan, a spokesman for the distributor": an appositive job no performer holds.
_OFFICIAL_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|"
    r"official|representative|reporter|journalist|critic|professor|lawyer|chairman|"
    r"chairwoman|chairperson)\b"
)
_PAREN_CLOSE = re.compile(
    r"(?:'s|')?\)",
)

# Up to four lowercase words (or hyphenated adjectives: "Japan-educated nobleman", a
# camel-case noun: "the crypto YouTuber", a character's possessive: "Sun Jae's loyal
# friend") between the cue and the name; a comma may close them ("plays its hero, X").
_CHARACTER_CUE = re.compile(
    r"\b(as|plays|played|playing|play|portrays|portrayed|portray|character|role of),?\s+"
    r"((?:[\"']?(?:[a-z][\w'-]*|[A-Z][a-z]+-[a-z][\w'-]*|[A-Z][a-z]+[A-Z][\w-]*|"
    r"(?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*'s)[\"']?,?\s+){0,4})$"
)
# "Noh, also known as Steve Noh", "Credited as Don Lee": the performer's other name.
_ALIAS_BEFORE = re.compile(
    r"\b(?:(?:also |better |best )?known(?: professionally| (?:to|in|among) [\w -]{1,30}?|"
    r" abroad| overseas| internationally| globally)? as|"
    r"credited as|a\.k\.a\.?|aka|(?:stage|screen) name(?: is|,|:)?|goes by|going by|"
    r"(?:records|recording|performs|performing|raps|sings) as)\s+$",
    re.IGNORECASE,
)
_ALIAS_ENDS = ("as ", "aka ", "a.k.a. ", "a.k.a ", "name ", "name, ", "name: ", "is ", "by ")
# "as Code Kunst gives up", "her role, Kim said": a verb right after the name makes it
# the subject of a clause of its own, not the part.
_CLAUSE_AFTER = re.compile(
    r" (?:(?!as\b|across\b|towards\b|besides\b|plus\b|versus\b|whereas\b|unless\b|"
    r"its\b|his\b|hers\b|this\b|thus\b)[a-z]+(?:s|ed)|said|told|gave|took|made|ran|won|"
    r"went|came|got|will|can|could|would|cannot|can't|is|was|are|were|had|has)\b"
)
# "A played the hero's wife and B his friend": after "and" the name opens a clause of
# its own (the verb is left out), so it is no part.
_GAPPING = frozenset(["and", "or", "while", "whereas"])
_KNOWN_FOR = re.compile(r" for (?:the|his|her|their)\s+((?:[\"']?[a-z][\w'-]*[\"']?\s+){1,3})$")
_FAME = words_of("known remembered famous praised loved beloved")
# "known for her chemistry with X": a link word makes the name a partner, not the part.
_LINKS = words_of("with opposite alongside and or in on at to by from of for")
_PARTNERS = words_of("alongside opposite with beside")
_HAS_CUE = re.compile(r"\bas\b|play|portray|character|role")
# "directed by her longtime partner X": a few lowercase words between "by" and the name.
_CREW_BY = re.compile(
    r"\b(?:directed|co-directed|written|co-written|created|produced|helmed|penned|scripted)"
    r"\s+by\s+(?:[a-z][\w'-]*\s+){1,3}$"
)
# "played by A and", "starring A, B and": the last name of a performer list.
_PERFORMER_LIST = re.compile(
    r"\b(?:(?:played|portrayed|voiced|hosted|co-hosted|emceed)(?: [a-z]+){0,3} by|starring|"
    r"co-starring|featuring)\s+(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:, | and | & )){1,5}$"
)
# "played Kim Hee Ae's husband": the name owns the part, it is not the part.
_OWNS_PART = re.compile(r"(?:'s|')\s+[a-z]")
# Ranks and titles before a name mark a historical figure or a character.
RANK_WORDS = words_of(
    "admiral general king queen prince princess emperor empress lord crown commander "
    "captain detective inspector doctor dowager consort concubine lieutenant sergeant "
    "judge prosecutor attorney professor chairman chairwoman minister mayor"
)
# Titles of address: "as Judge Moon Hee Kyung" names a part, while "fellow judge Ahn
# Sung-jae" describes a cast member's job; only the capitalised form is a title.
_ADDRESS_TITLES = words_of("judge prosecutor attorney professor chairman chairwoman minister mayor")
_REAL_NAME_BEFORE = re.compile(r"\b(?:real|legal|birth) name(?: is|,|:)? $|\(real name $")
_CREW_PRIZES = words_of("director directing directorial screenplay cinematography editing")
# "starred in ... with X", "acted opposite X": a co-star.
_COSTAR_VERBS = re.compile(r"\b(?:starred|starring|co-starred|appeared|acted|stars|played)\b")
_BY_PERFORMER = words_of(
    "hosted co-hosted played portrayed voiced joined accompanied led headlined fronted "
    "emceed starring appearance appearances cameo cameos performance performances"
)
CHARACTER_CUES = words_of(
    "as plays played playing portrays portrayed portraying character characters role"
)
PERFORMER_CUES = PERFORMER_ROLES | {"alongside", "chef", "cameo", "featuring"}
JOB_WORDS = frozenset(["singer", "rapper", "model"])


@dataclass(slots=True)
class Person:
    """A name mention and what the context makes of it."""

    start: int
    end: int
    name: str
    korean: bool
    role: str = ""  # CREW, CHARACTER, PERFORMER, or "" when the context says nothing
    # PERFORMER only from a group's possessive ("EXO's Chanyeol") or a list led by one:
    # an idol, who may be a song's voice rather than a cast member.
    weak: bool = False


def _bare(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def _left_words(text: str, start: int, count: int = 6) -> list[str]:
    window = text[max(0, start - 70) : start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind('"'))
    if cut >= 0:
        window = window[cut + 1 :]
    return [_bare(w.lower()) for w in _WORD.findall(window)[-count:]]


def _left_role(text: str, start: int, end: int) -> str:
    words = _left_words(text, start)
    tail = text[max(0, start - 60) : start]
    # No plain word before the name in its sentence: only a part named with a quoted word
    # ("the team's "mom" Ra Young Ja") is left to read.
    if not words and '"' not in tail:
        return ""
    near = text[max(0, start - 20) : start]
    if "name" in near and _REAL_NAME_BEFORE.search(near):
        return REAL_NAME
    # A substring test first: the anchored search below retries at every offset.
    if " by " in text[max(0, start - 70) : start] and _CREW_BY.search(
        text, max(0, start - 70), start
    ):
        return CREW
    if near.endswith(_ALIAS_ENDS) and _ALIAS_BEFORE.search(text, max(0, start - 60), start):
        return PERFORMER
    # "plays the cold-blooded villain Baek Chang Gi", "her role as Woo Young Woo"
    cue = _CHARACTER_CUE.search(tail) if _HAS_CUE.search(tail) else None
    if cue is not None:
        between = [w.strip(",\"'") for w in cue.group(2).split()]
        if between[:1] == ["by"]:
            cue = None  # "a teacher, played by X": the performer, read as "by" below
        elif len(between) > 1 and between[-1] in _GAPPING:
            return ""
        elif _PARTNERS.intersection(between):
            cue = None  # "played a shaman alongside X": a co-star, read below
        elif _GAPPED_PART.match(text, end):
            return ""  # "plays a YouTuber, Kang Ha Neul a marine": a cast member in turn
        elif _CLAUSE_AFTER.match(text, end) or (
            cue.group(1) == "as"
            and cue.group(2).rstrip().endswith(",")
            and _fronted(tail, cue.start())
        ):
            return ""  # "As the eldest daughter, Kim ...": a fronted phrase, not a part
    if cue is not None and _OWNS_PART.match(text, end):
        # "return as Ma Seok Do's sidekicks" owns a part in the story; "played Ra Mi Ran's
        # neighbor" names the co-star the way fans do.
        return PART_OWNER if cue.group(1) == "as" else ""
    if cue is not None:
        head = tail[: cue.start()].rstrip().lower()
        if cue.group(1) == "as" and (
            head.endswith(("as well", "such", "same", "well")) or cue.group(2).startswith("well")
        ):
            return ""
        return CHARACTER
    at = tail.rfind(" for ")
    known = _KNOWN_FOR.match(tail, at) if at > 0 else None
    if (
        known is not None
        and tail[:at].rsplit(" ", 1)[-1] in _FAME
        and not _LINKS.intersection(known.group(1).split())
    ):
        return CHARACTER  # "best known for the gangster Lee Joong Gu": a part
    if not words:
        return ""
    last = words[-1]
    if last == "by":
        # "hosted in Korea by X": the verb may stand a few words back.
        for before in reversed(words[-6:-1]):
            if before in _BY_PERFORMER:
                return PERFORMER
            if before in NON_PERFORMER_BY:
                break
        return CREW
    if last in {"and", "&"} and _PERFORMER_LIST.search(tail):
        return PERFORMER  # "played by Oscar Isaac and Carey Mulligan"
    if last == "for" and _CREW_PRIZES.intersection(words[-3:-1]):
        return CREW  # "Best Director for X": a prize for making the film, not acting in it
    if last in NON_PERFORMER_ROLES:
        return CREW
    if last in PERFORMER_CUES or last in {"stars", "starring", "opposite"}:
        return PERFORMER  # before "webtoon": "based on the hit webtoon, opposite X"
    if last in {"artist", "author"} or (len(words) > 1 and words[-2] == "webtoon"):
        return CREW
    if last in _HOST_VERBS:
        return PERFORMER  # "Park Bo Gum welcomed A and B to the show": the guests
    if last in RANK_WORDS and (
        last not in _ADDRESS_TITLES or tail.rstrip().rsplit(" ", 1)[-1][:1].isupper()
    ):
        return CHARACTER
    if last == "with" and _COSTAR_VERBS.search(_sentence_before(text, start)):
        return PERFORMER
    return CHARACTER if described_part(tail) else ""


# "..., Kang Ha Neul a soft-spoken marine": the name before a part, its verb left out.
_GAPPED_PART = re.compile(r" (?:a|an|the|his|her) (?:[a-z][\w-]* ){0,3}[a-z][\w-]*[,.;]")
_HOST_VERBS = words_of("welcomed welcomes welcoming greeted greets")


def _fronted(tail: str, at: int) -> bool:
    """Does the phrase at `at` open its sentence or clause ("As the eldest, Kim ...",
    "Kim, as the eldest, ..."), rather than end one ("joins as X's brother, Name")?"""
    before = tail[:at].rstrip(" ")
    return not before or before.endswith((".", ",", ";", ":", "!", "?", "\n", '"'))


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return window[cut + 1 :]


def _possessive_role(text: str, person: Person, after: str) -> str:
    """CREW when a possessive makes the name the maker of a work, not one of its cast.

    "Chang Kang-myoung's novel", "Hong Sang-soo's latest film", "appear in Yeon Sang Ho's
    series 'Hellbound'", and "Park Chan-wook's 'Oldboy'" in a sentence about a film
    (films are credited to their directors, dramas to their leads).
    """
    if _WORK_OF.match(after) or OWNED_STARRING.match(after):
        return CREW  # "Bong Joon Ho's Mother, starring ...": the maker of a work
    owned = _OWNS_TITLE.match(after)
    before = text[max(0, person.start - 12) : person.start]
    if owned is None:
        # "attention in Park Chan Wook's Thirst, which ...": the maker of an unquoted work.
        in_owned = before.endswith(" in ") and _OWNS_RUN.match(after) is not None
        return CREW if in_owned and person.korean else ""
    if before.endswith((" in ", "\nin ")):
        return CREW
    if before.rstrip().endswith((",", "and", "&")):
        return ""  # "Hong Kyung and Roh Yoon Seo's 'Hear Me'": a film's leads
    floor = max(0, person.start - 200)
    cut = floor
    for m in _SENTENCE_END.finditer(text, floor, person.start):
        cut = m.end()
    # Up to a few words past the title: "Joins Netflix Film" at a headline's far end is
    # about something else.
    title_end = person.end + owned.end()
    rest = _QUOTED_REST.match(text, title_end - 1)
    if rest is not None:
        title_end = rest.end()
    stop = _SENTENCE_END.search(text, title_end, title_end + 30)
    sentence = text[cut : stop.start() if stop else title_end + 30]
    return CREW if _FILM_WORDS.search(sentence) else ""


def assign_roles(text: str, people: list[Person]) -> None:
    for i, person in enumerate(people):
        role = _left_role(text, person.start, person.end)
        after = text[person.end : person.end + 60]
        if _WHO_CREW.match(after) or _NAME_DID.match(after):
            role = CREW
        elif _PLAYED_BY.match(after) or _OFFICIAL_AFTER.match(after):
            role = CHARACTER if _PLAYED_BY.match(after) else CREW
        elif _OWNS_CHARACTER.match(after):
            role = PERFORMER  # "helps Song Hye-kyo's character": the actor behind it
        elif _WHO_PERFORMED.match(after) and person.name.lower() not in SURNAMES:
            role = PERFORMER  # not "Han, who played ...": a lone surname only refers back
        elif not role and after[:1] == "'":
            role = _possessive_role(text, person, after)
        elif not role and _STAR_AFTER.match(after) and person.name.lower() not in SURNAMES:
            role = PERFORMER
        elif not role and _PLAYS.match(after) and person.name.lower() not in SURNAMES:
            role = PERFORMER  # a lone surname ("Moon plays ...") only refers back
        if not role:
            if text[max(0, person.start - 20) : person.start].endswith(_PLOT_CUES):
                role = CHARACTER
            else:
                appositive = _APPOSITIVE.match(after)
                if appositive is not None and not any(
                    w.lower() in CAREER for w in appositive.group(1).split()
                ):
                    role = CHARACTER
        nxt = people[i + 1] if i + 1 < len(people) else None
        paren = _PAREN_AFTER.match(after)
        if nxt is not None and paren is not None and nxt.start == person.end + paren.end():
            closing = _PAREN_CLOSE.match(text[nxt.end : nxt.end + 4])
            if closing is not None:
                if role != CREW:
                    role = CHARACTER
                nxt.role = PERFORMER
        if role or not person.role:
            person.role = role or person.role
        if not person.role and in_group_context(text, person.start, person.end):
            person.role = PERFORMER
            person.weak = True
    _spread_over_lists(text, people)
    _inherit_replaced(text, people)


# "Director A takes over from B", "A replaces B": B held the same job A now holds.
_REPLACES = re.compile(
    r"\s+(?:(?:will|has|had|is|was)\s+)?(?:(?:takes?|took|taking)\s+over\s+from|"
    r"replaces|replaced|replacing|succeeds|succeeded|succeeding)\s+$"
)


def _inherit_replaced(text: str, people: list[Person]) -> None:
    for before, person in zip(people, people[1:], strict=False):
        if (
            not person.role
            and before.role in {CREW, PERFORMER}
            and before.end <= person.start
            and _REPLACES.fullmatch(text, before.end, person.start)
        ):
            person.role = before.role


# A name whose clause goes on to give it a part of its own.
_PLAYS_LATER = re.compile(r",[^.;:!?\n]{0,80}?\b(?:plays|played|portrays|portrayed|stars as)\b")


def _spread_over_lists(text: str, people: list[Person]) -> None:
    """Names joined by commas and "and" share a role; a Korean performer vouches for all."""
    groups: list[list[Person]] = []
    for person in people:
        if groups:
            last = groups[-1][-1]
            if last.end <= person.start and LIST_SEP.fullmatch(text[last.end : person.start]):
                groups[-1].append(person)
                continue
        groups.append([person])
    for group in groups:
        if len(group) < 2:
            continue
        lead = group[0].role
        if not lead and group[-1].role == PERFORMER and _STAR_AFTER.match(text, group[-1].end):
            lead = PERFORMER
        if not lead and _PLAYED_BY.match(text, group[-1].end):
            lead = CHARACTER  # "two women, A and B, played by X and Y": the parts
        # "also star as A and B.": a list of characters ends the clause (or opens an
        # aside: "his friends A and B, are said to"); "A, and B also appeared" or "A and
        # B return as" go on to say what B is.
        end = group[-1].end
        closes = end >= len(text) or text[end] in ".;:!?)\n,"
        if lead in {CREW, PERFORMER} or (lead == CHARACTER and closes):
            for person in group:
                if lead == CHARACTER and _PLAYS_LATER.match(text, person.end):
                    continue  # "... grandson Solomon, and Anna Sawai, who ..., plays"
                if not person.role:
                    person.role = lead
                    person.weak = group[0].weak
        if any(p.korean and p.role in {"", PERFORMER} for p in group):
            for person in group:
                if not person.korean and not person.role:
                    person.role = PERFORMER
