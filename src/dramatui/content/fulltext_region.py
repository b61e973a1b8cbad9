"""Locating the main region of an article page in a parsed lxml tree.

The scoring follows the readability family of heuristics: every paragraph-like run of
text (a <p>, a table cell, or text between <br>s directly in a <div>) scores by its
length and commas, credited in full to its container and by half to the container's
parent; containers are then discounted by their link density and nudged by their
class/id ("entry-content" up, "sidebar" down). The best container, plus siblings that
score nearly as well (an article split by an ad slot), is the main region.

`prune_region` then removes what sits inside the region but is not the article (share
bars, "Read also" boxes, comments, author and newsletter boxes), so that neither the
text nor the videos see them. Every walk here is iterative: nesting depth costs
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from dramatui.content.videos import normalize_video_url

# Class/id words of containers that are never the article itself.
NEGATIVE = re.compile(
    r"comment|sidebar|side-?bar|widget|related|share|social|sharing|promo|sponsor|"
    r"newsletter|subscribe|signup|trending|popular|ranking|most-?read|most-?viewed|"
    r"\bnav|menu|breadcrumb|cookie|consent|gdpr|banner|advert|\bads?\b|\bad-|dfp|"
    r"outbrain|taboola|recommend|read-?also|see-?also|also-?read|more-?(?:stories|videos|news)|"
    r"up-?next|author|byline|\btags?\b|tag-?list|\brail|masthead|footer|header|popup|modal|"
    r"lightbox|hidden|skip-link|print-only|disqus|discussion|replies|respond|reactions",
    re.IGNORECASE,
)
POSITIVE = re.compile(
    r"article|\bbody|content|entry|\bmain|\bpost\b|post-?(?:body|text|content)|story|"
    r"\btext|blog|dic_area|news-?(?:text|body)",
    re.IGNORECASE,
)
# Elements that hold no article text at all.
JUNK_TAGS = ("script", "style", "template", "svg", "math", "link", "meta", "object", "canvas")
# Elements that are page furniture even inside the main region.
FURNITURE_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "form", "button", "select", "textarea", "input",
     "dialog", "menu", "amp-sidebar"}
)  # fmt: skip
_PARAGRAPH_TAGS = frozenset({"p", "pre"})
_CONTAINER_TAGS = frozenset(
    {"div", "section", "article", "main", "td", "blockquote", "li", "dd", "span", "font",
     "center", "body"}
)  # fmt: skip
_MIN_PARAGRAPH = 25
_BEFORE_TITLE = 0.1
_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
_COMMA = re.compile(r"[,\uff0c\u3001]")
_CLASS_WEIGHT = 25.0


@dataclass(slots=True)
class Lengths:
    """Text length of every element's subtree and the part of it inside links."""

    text: dict[etree._Element, int]
    links: dict[etree._Element, int]
    end: dict[etree._Element, int]  # document-order index of the subtree's last element

    def density(self, el: etree._Element) -> float:
        total = self.text.get(el, 0)
        return self.links.get(el, 0) / total if total else 0.0


def _attrs(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def class_weight(el: etree._Element) -> float:
    words = _attrs(el)
    if not words.strip():
        return 0.0
    weight = 0.0
    if NEGATIVE.search(words):
        weight -= _CLASS_WEIGHT
    if POSITIVE.search(words):
        weight += _CLASS_WEIGHT
    return weight


def is_furniture(el: etree._Element) -> bool:
    """True for a container that is page furniture by its tag or its class/id."""
    tag = el.tag
    if not isinstance(tag, str):
        return False
    if tag in FURNITURE_TAGS:
        return True
    words = _attrs(el)
    return bool(words.strip()) and NEGATIVE.search(words) is not None and not POSITIVE.search(words)


def _text_len(text: str | None) -> int:
    return len(text.strip()) if text else 0


def measure(root: etree._Element) -> tuple[list[etree._Element], Lengths]:
    """All elements of `root` in document order, with their subtree text lengths."""
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    text: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    end: dict[etree._Element, int] = {}
    # Reversed document order visits every descendant before its ancestors.
    for index in range(len(elements) - 1, -1, -1):
        el = elements[index]
        own = _text_len(el.text)
        inner = 0
        linked = 0
        last = index
        for child in el:
            own += _text_len(child.tail)
            inner += text.get(child, 0)
            linked += links.get(child, 0)
            last = end.get(child, last)
        total = own + inner
        text[el] = total
        links[el] = total if el.tag == "a" else linked
        end[el] = last
    return elements, Lengths(text, links, end)


def _title_position(elements: list[etree._Element], lengths: Lengths, title: str) -> int | None:
    """Document-order index of the headline: the first element whose text is the title."""
    wanted = _WS.sub(" ", title).strip().casefold()
    if len(wanted) >= 8:
        for index, el in enumerate(elements):
            size = lengths.text.get(el, 0)
            if (
                abs(size - len(wanted)) <= len(wanted) // 5 + 2
                and el.tag not in ("title", "a")
                and _WS.sub(" ", "".join(el.itertext())).strip().casefold() == wanted
            ):
                return index
    for index, el in enumerate(elements):
        if el.tag == "h1":
            return index
    return None


def _segments(el: etree._Element) -> list[str]:
    """Text runs directly inside `el`, split at its child elements."""
    runs = [el.text or ""]
    for child in el:
        runs.append(child.tail or "")
    return [r for r in runs if _text_len(r) >= _MIN_PARAGRAPH]


def _paragraph_score(text: str) -> float:
    # A Hangul or CJK character carries about what three Latin letters do; counting
    # them once would make every Korean article lose to an English sidebar.
    length = len(text.strip()) + 2 * len(_CJK.findall(text))
    return 1.0 + len(_COMMA.findall(text)) + min(length // 100, 3)


def _furniture_flags(elements: list[etree._Element]) -> set[etree._Element]:
    """Elements inside furniture (sidebars, comments, ...), found top-down."""
    inside: set[etree._Element] = set()
    for el in elements:
        parent = el.getparent()
        if (parent is not None and parent in inside) or is_furniture(el):
            inside.add(el)
    return inside


def _score(
    elements: list[etree._Element], lengths: Lengths, skip: set[etree._Element], headline: int
) -> dict[etree._Element, float]:
    scores: dict[etree._Element, float] = {}

    def credit(container: etree._Element | None, points: float) -> None:
        if container is None or not isinstance(container.tag, str) or container in skip:
            return
        if container not in scores:
            scores[container] = class_weight(container)
        scores[container] += points

    for index, el in enumerate(elements):
        if el in skip:
            continue
        # An article's body follows its headline: text before it (a left-hand
        # "Popular" column) barely votes.
        weight = _BEFORE_TITLE if index < headline else 1.0
        tag = el.tag
        if tag in _PARAGRAPH_TAGS:
            length = lengths.text.get(el, 0) - lengths.links.get(el, 0)
            if length < _MIN_PARAGRAPH:
                continue
            points = weight * _paragraph_score("".join(el.itertext()))
            parent = el.getparent()
            credit(parent, points)
            credit(parent.getparent() if parent is not None else None, points / 2)
        elif tag in _CONTAINER_TAGS:
            # Text written straight into a <div> or <td>, between <br>s, is paragraphs.
            for run in _segments(el):
                points = weight * _paragraph_score(run)
                credit(el, points)
                credit(el.getparent(), points / 2)
    return scores


@dataclass(slots=True)
class Region:
    """The main region's elements in document order, and the page's headline element."""

    elements: list[etree._Element]
    lengths: Lengths
    headline: etree._Element | None


def find_region(root: etree._Element, title: str = "") -> Region | None:
    """The main region: the best container plus its continuation siblings, or None."""
    elements, lengths = measure(root)
    found = _title_position(elements, lengths, title)
    headline = found if found is not None else 0
    # Text inside sidebars and comment threads never votes; if a page is all
    # "furniture" (a wrapper named "has-sidebar"), everything votes after all.
    scores = _score(elements, lengths, _furniture_flags(elements), headline) or _score(
        elements, lengths, set(), headline
    )
    if not scores:
        return None
    ranked = {el: score * (1.0 - lengths.density(el)) for el, score in scores.items()}
    best = max(ranked, key=lambda el: ranked[el])
    if ranked[best] <= 0:
        return None
    parent = best.getparent()
    chosen = [best]
    if parent is not None:
        chosen = [s for s in parent if s is best or _continues(s, best, ranked, lengths)]
    return Region(chosen, lengths, elements[found] if found is not None else None)


def _continues(
    sibling: etree._Element,
    best: etree._Element,
    ranked: dict[etree._Element, float],
    lengths: Lengths,
) -> bool:
    """A sibling that carries on the article: a second body block split off by an ad
    slot (same tag and class), or a plain long paragraph next to the body."""
    if not isinstance(sibling.tag, str) or is_furniture(sibling):
        return False
    css = best.get("class")
    if css and sibling.tag == best.tag and sibling.get("class") == css:
        return True
    return (
        sibling.tag == "p"
        and lengths.text.get(sibling, 0) >= 80
        and lengths.density(sibling) < 0.25
    )


def prune_region(region: Region) -> None:
    """Remove furniture and link lists from inside the region (the roots stay)."""
    lengths = region.lengths
    doomed: list[etree._Element] = []
    for root in region.elements:
        stack = list(root)
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str):
                continue
            if el is region.headline or is_furniture(el) or _is_link_list(el, lengths):
                doomed.append(el)
                continue
            stack.extend(el)
    for el in doomed:
        _drop_keep_tail(el)


def _is_link_list(el: etree._Element, lengths: Lengths) -> bool:
    """A block of links to elsewhere: a link list, or a "RELATED: <a>other story</a>"
    line. A paragraph linking a video ("Watch now on Viki") is the article's own."""
    total = lengths.text.get(el, 0)
    if total == 0:
        return False
    if el.tag in ("div", "ul", "ol", "section", "table", "dl"):
        return lengths.density(el) > 0.6 and el.find(".//iframe") is None
    if el.tag == "p" and total < 300 and lengths.density(el) > 0.75:
        hrefs = [a.get("href", "") for a in el.iter("a")]
        return not any(normalize_video_url(h) for h in hrefs)
    return False


def _drop_keep_tail(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
