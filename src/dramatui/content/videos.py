"""Finding playable videos in article HTML and feed media, normalized to watch URLs.

`normalize_video_url` turns an embed, short or watch URL into one canonical watch URL
and a platform id (or None when the URL is not a video). `find_videos` walks article
HTML (iframes, links, <video>/<source>) plus the entry's feed media and returns each
video once, in document order, with a short label taken from its context.

Time offsets: a YouTube `t`/`start` offset is kept as `&t=N` on the watch URL (the
author chose that moment), but two URLs for the same video with different offsets
count as duplicates. Tracking parameters (si, feature, utm_*, ...) are always dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit

from dramatui.content.sanitize import clean_line, safe_url
from dramatui.records import Media, Video

LABEL_LIMIT = 60

_YT_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_YT_TIME = re.compile(r"(?:\d+h)?(?:\d+m)?\d+s?")
_DIGITS = re.compile(r"\d{1,15}")
_VIMEO_HASH = re.compile(r"[0-9a-f]{6,32}")
_DM_ID = re.compile(r"[A-Za-z0-9]{5,12}")
_TRACKING = frozenset({"si", "feature", "fbclid", "gclid", "pp", "ab_channel", "ref", "igshid"})
_DIRECT_EXT = (".mp4", ".m4v", ".webm", ".mov", ".m3u8", ".ogv", ".mkv")

# Streaming services whose title pages are "the show to watch": accepted when the
# path starts with one of these (their home and browse pages are not videos). Their
# query strings are tracking, except Wavve's, which names the programme.
_OTT_PATHS: dict[str, tuple[str, tuple[str, ...]]] = {
    "viki.com": ("viki", ("videos/", "tv/")),
    "netflix.com": ("netflix", ("title/", "watch/")),
    "tving.com": ("tving", ("contents/", "vod/", "player/", "live/")),
    "wavve.com": ("wavve", ("player/", "vod/", "contents/")),
    "kocowa.com": ("kocowa", ("season/", "title/", "watch/", "episode/", "program/")),
    "disneyplus.com": ("disneyplus", ("series/", "movies/", "video/", "play/", "browse/entity-")),
    "coupangplay.com": ("coupangplay", ("titles/", "play/", "content/")),
    "watcha.com": ("watcha", ("contents/", "watch/")),
}
_OTT_KEEP_QUERY = frozenset({"wavve"})
# Locale prefixes these services put before the path ("/kr/title/..", "/en_us/season/..").
_LOCALE = re.compile(r"[a-z]{2}(?:[-_][a-zA-Z]{2,4})?/")

_GENERIC_TITLES = frozenset(
    {
        "",
        "youtube video player",
        "youtube player",
        "vimeo video player",
        "video player",
        "video",
        "player",
        "embedded content",
        "embed",
        "iframe",
    }
)
# Words near an embed that say what it is ("the first teaser", "a making-of video").
_CONTEXT_LABEL = re.compile(
    r"(?:\b(?:first|second|third|new|main|official|final|special|character|"
    r"highlight|couple|1st|2nd|3rd)\s+)?"
    r"(?:\bteaser(?:\s+trailer)?\b|\btrailer\b|\bmaking-of(?:\s+(?:video|clip|film))?"
    r"|\bbehind[- ]the[- ]scenes(?:\s+(?:video|clip|footage))?|\bhighlights?(?:\s+(?:reel|video|clip))?\b"
    r"|\bmusic\s+video\b|\bscript\s+reading(?:\s+video)?\b|\bpreview\b|\bperformance\s+video\b"
    r"|\binterview\s+(?:video|clip)\b|\b(?-i:MV)\b)",
    re.IGNORECASE,
)
_CONTEXT_WINDOW = 400
_EMPTY_LINK = frozenset({"here", "click here", "this", "link", "video", "watch", "play", "▶"})


def _host(hostname: str) -> str:
    for prefix in ("www.", "m.", "mobile."):
        if hostname.startswith(prefix):
            return hostname[len(prefix) :]
    return hostname


def _is(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _clean_query(query: str) -> str:
    kept = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if k.lower() not in _TRACKING and not k.lower().startswith("utm_")
    ]
    return urlencode(kept)


def _youtube(host: str, path: str, query: str) -> str | None:
    params = dict(parse_qsl(query))
    segments = [s for s in path.split("/") if s]
    video_id: str | None = None
    if host == "youtu.be":
        video_id = segments[0] if segments else None
    elif segments[:1] == ["watch"]:
        video_id = params.get("v")
    elif len(segments) >= 2 and segments[0] in ("embed", "shorts", "live", "v", "e"):
        video_id = segments[1]
    if video_id is None or not _YT_ID.fullmatch(video_id):
        return None
    url = f"https://www.youtube.com/watch?v={video_id}"
    offset = params.get("t") or params.get("start")
    if offset and _YT_TIME.fullmatch(offset):
        url += f"&t={offset}"
    return url


def _vimeo(host: str, path: str, query: str) -> str | None:
    segments = [s for s in path.split("/") if s]
    if host == "player.vimeo.com":
        if len(segments) < 2 or segments[0] != "video" or not _DIGITS.fullmatch(segments[1]):
            return None
        video_id = segments[1]
        unlisted = dict(parse_qsl(query)).get("h", "")
    else:
        if segments[:1] == ["channels"] and len(segments) >= 3:
            segments = segments[2:]
        if not segments or not _DIGITS.fullmatch(segments[0]):
            return None
        video_id = segments[0]
        unlisted = segments[1] if len(segments) > 1 else ""
    if unlisted and _VIMEO_HASH.fullmatch(unlisted):
        return f"https://vimeo.com/{video_id}/{unlisted}"
    return f"https://vimeo.com/{video_id}"


def _naver(path: str) -> str | None:
    segments = [s for s in path.split("/") if s]
    if len(segments) >= 2 and segments[0] in ("embed", "v", "h") and _DIGITS.fullmatch(segments[1]):
        return f"https://tv.naver.com/{'h' if segments[0] == 'h' else 'v'}/{segments[1]}"
    return None


def _kakao(path: str) -> str | None:
    segments = [s for s in path.split("/") if s]
    for marker in ("cliplink", "v"):
        if marker in segments:
            i = segments.index(marker)
            if i + 1 < len(segments) and _DIGITS.fullmatch(segments[i + 1]):
                return f"https://tv.kakao.com/v/{segments[i + 1]}"
    return None


def _dailymotion(host: str, path: str, query: str) -> str | None:
    segments = [s for s in path.split("/") if s]
    video_id: str | None = None
    if host == "dai.ly":
        video_id = segments[0] if segments else None
    elif "video" in segments:
        i = segments.index("video")
        video_id = segments[i + 1].split("_")[0] if i + 1 < len(segments) else None
    else:
        video_id = dict(parse_qsl(query)).get("video")
    if video_id is None or not _DM_ID.fullmatch(video_id):
        return None
    return f"https://www.dailymotion.com/video/{video_id}"


def _ott(host: str, path: str, query: str) -> tuple[str, str] | None:
    for domain, (platform, prefixes) in _OTT_PATHS.items():
        if not _is(host, domain):
            continue
        rest = path.lstrip("/")
        locale = _LOCALE.match(rest)
        if locale and not rest.startswith(prefixes):
            rest = rest[locale.end() :]
        if not rest.startswith(prefixes) or rest.rstrip("/") in {p.rstrip("/") for p in prefixes}:
            return None
        url = f"https://www.{domain}{path}"
        cleaned = _clean_query(query) if platform in _OTT_KEEP_QUERY else ""
        return (f"{url}?{cleaned}" if cleaned else url), platform
    return None


def normalize_video_url(url: str, base_url: str | None = None) -> tuple[str, str] | None:
    """Return `(watch_url, platform)` for a video URL, or None when it is not one.

    Relative URLs resolve against `base_url`; a protocol-relative URL without a base is
    taken as https. Only absolute http(s) URLs ever come back.
    """
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if candidate.startswith("//") and safe_url(base_url) is None:
        candidate = "https:" + candidate
    absolute = safe_url(candidate, base_url)
    if absolute is None:
        return None
    try:
        parts = urlsplit(absolute)
        hostname = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    host = _host(hostname)
    path, query = parts.path, parts.query
    result: tuple[str | None, str] | None = None
    if host in ("youtu.be", "youtube-nocookie.com") or _is(host, "youtube.com"):
        result = _youtube(host, path, query), "youtube"
    elif _is(host, "vimeo.com"):
        result = _vimeo(host, path, query), "vimeo"
    elif host == "tv.naver.com":
        result = _naver(path), "naver"
    elif host in ("tv.kakao.com", "play-tv.kakao.com"):
        result = _kakao(path), "kakao"
    elif host == "dai.ly" or _is(host, "dailymotion.com"):
        result = _dailymotion(host, path, query), "dailymotion"
    else:
        ott = _ott(host, path, query)
        if ott is not None:
            return ott if safe_url(ott[0]) else None
        if path.lower().endswith(_DIRECT_EXT):
            cleaned = _clean_query(query)
            direct = f"{parts.scheme}://{parts.netloc}{path}" + (f"?{cleaned}" if cleaned else "")
            result = direct, "video"
    if result is None or result[0] is None or safe_url(result[0]) is None:
        return None
    return result[0], result[1]


def video_key(url: str) -> str:
    """The identity of a watch URL: the same video at another offset is the same video."""
    return re.sub(r"&t=[^&]*$", "", url)


def _short(label: str) -> str:
    label = clean_line(label)
    if len(label) > LABEL_LIMIT:
        label = label[: LABEL_LIMIT - 1].rstrip() + "…"
    return label


def _link_label(text: str) -> str:
    """The link text as a label, unless it says nothing (a bare URL, "here")."""
    text = clean_line(text)
    if text.lower().startswith(("http://", "https://", "www.")) or text.lower() in _EMPTY_LINK:
        return ""
    return _short(text)


class _VideoScanner(HTMLParser):
    """Collects (url, platform, label) candidates in document order."""

    def __init__(self, base_url: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.found: list[tuple[str, str, str]] = []
        self._recent: list[str] = []
        self._recent_len = 0
        self._link: tuple[str, str] | None = None
        self._link_text: list[str] = []
        self._video_label: str | None = None  # set while a <video> still needs its source
        self._skip = 0

    def _context_label(self) -> str:
        window = "".join(self._recent)[-_CONTEXT_WINDOW:]
        matches = list(_CONTEXT_LABEL.finditer(window))
        return _short(matches[-1].group(0)) if matches else ""

    def _add(self, url: str, platform: str, label: str) -> None:
        self.found.append((url, platform, label))
        # Context after an embed belongs to the next one, not this one.
        self._recent.clear()
        self._recent_len = 0

    def _note_text(self, text: str) -> None:
        self._recent.append(text)
        self._recent_len += len(text)
        if self._recent_len > _CONTEXT_WINDOW * 4:
            joined = "".join(self._recent)[-_CONTEXT_WINDOW:]
            self._recent = [joined]
            self._recent_len = len(joined)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in ("script", "style", "template"):
            self._skip += 1
        elif tag in ("iframe", "embed"):
            for key in ("src", "data-src", "data-lazy-src"):
                normalized = normalize_video_url(a.get(key, ""), self.base_url)
                if normalized:
                    title = clean_line(a.get("title", ""))
                    label = "" if title.lower() in _GENERIC_TITLES else _short(title)
                    self._add(*normalized, label or self._context_label())
                    break
        elif tag == "a":
            self._end_link()
            normalized = normalize_video_url(a.get("href", ""), self.base_url)
            self._link = normalized
            self._link_text = []
        elif tag == "video":
            self._video_label = _short(a.get("title", "") or a.get("aria-label", ""))
            self._media_tag(a)
        elif tag == "source" and self._video_label is not None:
            self._media_tag(a)
        elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figure"):
            self._note_text(" ")

    def _media_tag(self, a: dict[str, str]) -> None:
        """A <video> or its first usable <source>: the other sources are the same video."""
        src = a.get("src", "") or a.get("data-src", "")
        url = safe_url(src, self.base_url) if src else None
        if url is None or self._video_label is None:
            return
        normalized = normalize_video_url(url) or (url, "video")
        self._add(*normalized, self._video_label or self._context_label())
        self._video_label = None

    def _end_link(self) -> None:
        if self._link is not None:
            label = _link_label("".join(self._link_text))
            self._add(*self._link, label or self._context_label())
        self._link = None
        self._link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag == "a":
            self._end_link()
        elif tag == "video":
            self._video_label = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._link is not None:
            self._link_text.append(data)
        else:
            self._note_text(data)

    def close(self) -> None:
        super().close()
        self._end_link()


def find_videos(html: str, base_url: str | None = None, media: Sequence[Media] = ()) -> list[Video]:
    """Every video in `html` and `media`, once each, in document order (media last).

    A duplicate keeps the first position but lends its label when the first had none.
    """
    # html.py imports this module for its "[video: …]" lines, hence the late import.
    from dramatui.content.html import MAX_INPUT
    from dramatui.content.html_feed import feed_html

    scanner = _VideoScanner(base_url)
    if isinstance(html, str) and html:
        feed_html(scanner, html, MAX_INPUT, lambda: False)
    return _collect(scanner.found, media, base_url)


def text_and_videos(
    html: str, base_url: str | None = None, media: Sequence[Media] = ()
) -> tuple[str, list[Video]]:
    """`html_to_plain(html)` and `find_videos(html, base_url, media)` in one tokenizer pass."""
    from dramatui.content.html import html_to_plain

    scanner = _VideoScanner(base_url)
    text = html_to_plain(html, also=scanner)
    return text, _collect(scanner.found, media, base_url)


def _collect(
    found: list[tuple[str, str, str]], media: Sequence[Media], base_url: str | None
) -> list[Video]:
    candidates = list(found)
    for item in media:
        is_video = item.type.lower().startswith("video/") or item.kind == "player"
        url = safe_url(item.url, base_url) if is_video else None
        if url is not None:
            url, platform = normalize_video_url(url) or (url, "video")
            candidates.append((url, platform, _short(item.title)))
    videos: dict[str, Video] = {}
    for url, platform, label in candidates:
        key = video_key(url)
        existing = videos.get(key)
        if existing is None:
            videos[key] = Video(url=url, platform=platform, label=label)
        elif not existing.label and label:
            videos[key] = Video(url=existing.url, platform=existing.platform, label=label)
    return list(videos.values())
