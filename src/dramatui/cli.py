"""The command line: the TUI by default, plus headless subcommands for scripts.

Every line printed comes from sanitized store strings and is cleaned once more on the
way out, so no feed byte reaches the terminal raw. Exit codes: 0 success, 1 some feeds
failed (fetch) or an item was not found / could not be opened, 2 usage or config errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dramatui import __version__

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _out(text: str = "") -> None:
    from dramatui.content.sanitize import clean_text

    sys.stdout.write(clean_text(text) + "\n")


def _err(text: str) -> None:
    from dramatui.content.sanitize import clean_text

    sys.stderr.write("dramatui: " + clean_text(text) + "\n")


def _json_line(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dramatui",
        description="A keyboard-driven terminal reader for K-drama and Korean entertainment news.",
    )
    parser.add_argument(
        "--home", metavar="DIR", help="keep config.toml and cache.db in DIR (also: DRAMATUI_HOME)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the bundled sample feeds (no network), in their own cache",
    )
    parser.add_argument("--version", action="version", version=f"dramatui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("fetch", help="refresh all feeds; one line per feed, then a summary")
    p.add_argument(
        "--json", action="store_true", help="JSON Lines: one object per feed, then a summary object"
    )

    p = sub.add_parser("feeds", help="list, add or remove feeds")
    fsub = p.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    q = fsub.add_parser("list", help="the feeds and their last result")
    q.add_argument("--json", action="store_true")
    q = fsub.add_parser("add", help="subscribe to a feed")
    q.add_argument("url")
    q.add_argument("--title", default="")
    q.add_argument("--tag", action="append", default=[], dest="tags")
    q = fsub.add_parser("remove", help="unsubscribe and delete its cached articles")
    q.add_argument("url")

    p = sub.add_parser("import", help="add the feeds of an OPML file")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", help="write the feeds as OPML (to FILE or standard output)")
    p.add_argument("file", type=Path, nargs="?")

    p = sub.add_parser("articles", help="list cached articles, newest first")
    p.add_argument("--feed", metavar="URL")
    p.add_argument("--show", metavar="S")
    p.add_argument("--actor", metavar="A")
    p.add_argument("--search", metavar="Q")
    p.add_argument("--unread", action="store_true")
    p.add_argument("--starred", action="store_true")
    p.add_argument("--has-video", action="store_true")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--json", action="store_true", help="JSON Lines, one object per article")

    p = sub.add_parser("read", help="an article as plain readable text")
    p.add_argument("id", type=int)
    p = sub.add_parser("open", help="open an article's link in the system browser")
    p.add_argument("id", type=int)
    p = sub.add_parser("watch", help="open an article's N-th video (default 1)")
    p.add_argument("id", type=int)
    p.add_argument("n", type=int, nargs="?", default=1)
    for name in ("shows", "actors"):
        p = sub.add_parser(name, help=f"the {name} named in cached articles, with counts")
        p.add_argument("--json", action="store_true")
        p.add_argument("--limit", type=int, metavar="N")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_tui(args)

    from dramatui.config import ConfigError
    from dramatui.session import open_session
    from dramatui.store import CacheError

    try:
        session = open_session(args.home, args.demo)
    except (ConfigError, CacheError) as exc:
        _err(str(exc))
        return EXIT_USAGE
    if session.store.notice:
        _err(session.store.notice)
    try:
        # Not before `fetch`: it stores what it fetches with the current extractor, and
        # every reading command (and the app) brings older articles up to date.
        if args.command in ("articles", "read", "watch", "shows", "actors"):
            _ensure_derived(session)
        handler = COMMANDS[args.command]
        return handler(session, args)
    except BrokenPipeError:
        return EXIT_OK
    finally:
        session.close()


def _ensure_derived(session: Any) -> None:
    """Apply a new extractor or new [entities] rules to the whole cache before answering."""
    from dramatui.refresh import ensure_derived, make_deriver, stale_count

    deriver = make_deriver(session.store, session.settings)
    stale = stale_count(session.store, deriver)
    if stale:
        if stale > 200:
            _err(f"re-extracting shows, actors and videos of {stale} articles…")
        ensure_derived(session.store, deriver)


def _run_tui(args: argparse.Namespace) -> int:
    from dramatui.config import ConfigError
    from dramatui.session import open_session
    from dramatui.store import CacheError

    try:
        session = open_session(args.home, args.demo)
    except (ConfigError, CacheError) as exc:
        _err(str(exc))
        return EXIT_USAGE
    from dramatui.app import DramaApp

    try:
        DramaApp(session).run()
    finally:
        session.close()
    return EXIT_OK


# -- commands ------------------------------------------------------------------------


def cmd_fetch(session: Any, args: argparse.Namespace) -> int:
    from dramatui.refresh import FeedOutcome, make_deriver, refresh, refresh_demo

    def report(outcome: FeedOutcome, done: int, total: int) -> None:
        if args.json:
            _json_line(
                {
                    "feed": outcome.url,
                    "status": outcome.status,
                    "new": outcome.new,
                    "updated": outcome.updated,
                    "error": outcome.error,
                    "warning": outcome.warning,
                    "seconds": round(outcome.elapsed, 3),
                }
            )
            return
        detail = {
            "ok": f"{outcome.new} new, {outcome.updated} updated",
            "unchanged": "unchanged",
        }.get(outcome.status, outcome.error or outcome.status)
        if outcome.warning:
            detail += f" (warning: {outcome.warning})"
        _out(f"{outcome.status:<9} {outcome.url}  {detail}")

    if session.demo:
        deriver = make_deriver(session.store, session.settings)
        summary = refresh_demo(session.store, deriver, report)
    else:
        summary = asyncio.run(refresh(session.store, session.settings, progress=report))
    if args.json:
        _json_line(
            {
                "summary": True,
                "feeds": len(summary.outcomes),
                "new": summary.new,
                "updated": summary.updated,
                "failed": summary.failed,
                "offline": summary.offline,
                "pages_fetched": summary.pages_fetched,
                "pages_failed": summary.pages_failed,
                "pages_skipped": summary.pages_skipped,
                "seconds": round(summary.elapsed, 3),
            }
        )
    else:
        note = " (offline?)" if summary.offline else ""
        _out(
            f"{len(summary.outcomes)} feeds: {summary.new} new, {summary.updated} updated, "
            f"{summary.failed} failed{note}; full text: {summary.pages_fetched} pages fetched, "
            f"{summary.pages_failed} failed, {summary.pages_skipped} left for later; "
            f"in {summary.elapsed:.2f} s"
        )
    return EXIT_FAIL if summary.failed else EXIT_OK


def _when(ts: float | None) -> str:
    if not ts:
        return "never"
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC")


def cmd_feeds(session: Any, args: argparse.Namespace) -> int:
    from dramatui import config
    from dramatui.config import ConfigError, FeedConfig
    from dramatui.content.sanitize import clean_line, safe_url

    path = session.locations.config_file
    if args.feeds_command == "list":
        tags = {f.url: list(f.tags) for f in session.settings.feeds}
        for feed in session.store.list_feeds():
            if args.json:
                _json_line(
                    {
                        "url": feed.url,
                        "title": feed.title,
                        "tags": tags.get(feed.url, []),
                        "articles": feed.articles,
                        "unread": feed.unread,
                        "last_status": feed.last_status,
                        "last_error": feed.last_error,
                        "last_checked": _when(feed.last_checked) if feed.last_checked else None,
                        "last_success": _when(feed.last_success) if feed.last_success else None,
                    }
                )
            else:
                status = feed.last_error or feed.last_status or "not fetched yet"
                _out(
                    f"{feed.title}\n  {feed.url}\n  {feed.articles} articles, {feed.unread} unread; last: {status} ({_when(feed.last_checked)})"
                )
        return EXIT_OK
    url = safe_url(args.url.strip())
    if url is None:
        _err(f"not an http(s) URL: {args.url!r}")
        return EXIT_USAGE
    try:
        if args.feeds_command == "add":
            feed = FeedConfig(
                url=url, title=clean_line(args.title), tags=tuple(clean_line(t) for t in args.tags)
            )
            if not config.add_feed(path, feed):
                _out(f"already subscribed: {url}")
                return EXIT_OK
            session.store.sync_feeds(config.load(path).feeds)
            _out(f"added {url}")
            return EXIT_OK
        if not config.remove_feed(path, url):
            _err(f"no such feed in {path}: {url}")
            return EXIT_FAIL
        removed = session.store.remove_feed(url)
        _out(f"removed {url} ({removed} cached articles deleted)")
        return EXIT_OK
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_USAGE


def cmd_import(session: Any, args: argparse.Namespace) -> int:
    from dramatui import config
    from dramatui.opml import OpmlError, parse_opml

    try:
        result = parse_opml(args.file.read_bytes())
    except OSError as exc:
        _err(f"cannot read {args.file}: {exc.strerror or exc}")
        return EXIT_USAGE
    except OpmlError as exc:
        _err(f"{args.file}: {exc}")
        return EXIT_USAGE
    path = session.locations.config_file
    added = sum(config.add_feed(path, feed) for feed in result.feeds)
    session.store.sync_feeds(config.load(path).feeds)
    for line in result.skipped:
        _out(line)
    _out(
        f"imported {added} feeds ({len(result.feeds) - added} already subscribed, {len(result.skipped)} skipped)"
    )
    return EXIT_OK


def cmd_export(session: Any, args: argparse.Namespace) -> int:
    from dramatui.opml import to_opml

    text = to_opml(list(session.settings.feeds))
    if args.file is None:
        sys.stdout.write(text)
    else:
        args.file.write_text(text, encoding="utf-8")
        _out(f"wrote {len(session.settings.feeds)} feeds to {args.file}")
    return EXIT_OK


def _canonical(name: str | None, aliases: dict[str, str]) -> str | None:
    """The name a user alias maps `name` to (any spelling variant of the alias matches)."""
    if not name:
        return name
    from dramatui.content.entities import entity_key

    key = entity_key(name)
    return next((canon for alias, canon in aliases.items() if entity_key(alias) == key), name)


def _filter_from(args: argparse.Namespace, aliases: dict[str, str]) -> Any:
    from dramatui.store import ArticleFilter

    return ArticleFilter(
        feed=args.feed,
        show=_canonical(args.show, aliases),
        actor=_canonical(args.actor, aliases),
        search=args.search,
        unread=args.unread,
        starred=args.starred,
        has_video=args.has_video,
    )


def cmd_articles(session: Any, args: argparse.Namespace) -> int:
    flt = _filter_from(args, session.settings.entities.aliases)
    store = session.store
    ids = store.query_ids(flt, args.limit)
    if args.json:
        for article_id in ids:
            article = store.article(article_id)
            if article is not None:
                _json_line(article.to_json())
        return EXIT_OK
    rows = store.rows(ids)
    for article_id in ids:
        row = rows.get(article_id)
        if row is None:
            continue
        flags = (
            ("N" if not row.read else " ")
            + ("*" if row.starred else " ")
            + ("▶" if row.has_video else " ")
        )
        date = datetime.fromtimestamp(row.published, UTC).strftime("%Y-%m-%d")
        _out(f"{row.id:>6} {flags} {date}  {row.title}  — {row.feed_title}")
    return EXIT_OK


def _article(session: Any, article_id: int) -> Any:
    """The stored article, or None after telling the user there is none."""
    article = session.store.article(article_id)
    if article is None:
        _err(f"no article with id {article_id}")
    return article


def cmd_read(session: Any, args: argparse.Namespace) -> int:
    from dramatui.reading import plain_article

    article = _article(session, args.id)
    if article is None:
        return EXIT_FAIL
    _out(plain_article(article))
    return EXIT_OK


def _launch(url: str, command: tuple[str, ...], what: str = "") -> int:
    from dramatui.opener import OpenError, open_url

    try:
        opened = open_url(url, command)
    except OpenError as exc:
        _err(str(exc))
        return EXIT_FAIL
    _out(f"opened {opened}{what}")
    return EXIT_OK


def cmd_open(session: Any, args: argparse.Namespace) -> int:
    article = _article(session, args.id)
    if article is None:
        return EXIT_FAIL
    if not article.url:
        _err(f"article {args.id} has no link")
        return EXIT_FAIL
    return _launch(article.url, session.settings.browser_command)


def cmd_watch(session: Any, args: argparse.Namespace) -> int:
    from dramatui.opener import video_command

    article = _article(session, args.id)
    if article is None:
        return EXIT_FAIL
    if not article.videos:
        _err(f"article {args.id} has no videos")
        return EXIT_FAIL
    if not 1 <= args.n <= len(article.videos):
        _err(f"article {args.id} has {len(article.videos)} video(s); there is no video {args.n}")
        return EXIT_FAIL
    video = article.videos[args.n - 1]
    command = video_command(session.settings, video.platform)
    return _launch(video.url, command, f" ({video.platform})")


def cmd_entities(session: Any, args: argparse.Namespace) -> int:
    kind = "show" if args.command == "shows" else "actor"
    for name, count in session.store.entity_counts(kind, limit=args.limit):
        if args.json:
            _json_line({"name": name, "count": count})
        else:
            _out(f"{count:>5}  {name}")
    return EXIT_OK


COMMANDS = {
    "fetch": cmd_fetch,
    "feeds": cmd_feeds,
    "import": cmd_import,
    "export": cmd_export,
    "articles": cmd_articles,
    "read": cmd_read,
    "open": cmd_open,
    "watch": cmd_watch,
    "shows": cmd_entities,
    "actors": cmd_entities,
}
