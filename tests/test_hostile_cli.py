"""Terminal and markup injection never reaches CLI output; dangerous links are never stored."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dramatui.cli import main
from feedserver import FeedServer

DATA = Path(__file__).parent / "data" / "hostile"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def hostile_body() -> bytes:
    text = (DATA / "injection.xml").read_bytes()
    # Raw bytes too, not only character references: ESC, BEL, BS and UTF-8 encoded C1 CSI.
    return text.replace(b"<description>hostile", b"<description>raw \x1b[31m\x07\x08 \xc2\x9b2J")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert not CONTROL.search(out), repr(CONTROL.search(out))
    assert not CONTROL.search(err)
    return out


def test_no_control_characters_reach_any_cli_output(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.set_route("/evil.xml", hostile_body())
    run(capsys, "feeds", "add", feed_server.url("/evil.xml"))
    run(capsys, "fetch")
    run(capsys, "fetch", "--json")
    run(capsys, "feeds", "list")
    run(capsys, "feeds", "list", "--json")
    listing = run(capsys, "articles")
    assert "[Exclusive] [bold red]Title[/]" in listing  # markup shown literally
    objs = [json.loads(line) for line in run(capsys, "articles", "--json").splitlines()]
    assert len(objs) == 2
    for obj in objs:
        assert not CONTROL.search(json.dumps(obj, ensure_ascii=False))
        text = run(capsys, "read", str(obj["id"]))
        assert "]0;pwned" not in text  # the whole OSC sequence is stripped, not just ESC
    evil = next(o for o in objs if o["guid"] == "evil-1")
    assert evil["url"] is None  # javascript: link never stored as openable
    text = run(capsys, "read", str(evil["id"]))
    assert "[bold]not bold[/bold]" in text
    assert "https://ok.example/a" in text
    for bad in (
        "javascript",
        "JaVaScRiPt",
        "file:///etc/passwd",
        "data:text",
        "-oProxyCommand",
        "\\\\evil",
    ):
        assert f"] {bad}" not in text and f"Link: {bad}" not in text


def test_open_refuses_an_article_without_a_safe_link(
    home: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.set_route("/evil.xml", hostile_body())
    main(["feeds", "add", feed_server.url("/evil.xml")])
    main(["fetch"])
    capsys.readouterr()
    main(["articles", "--json"])
    objs = [json.loads(line) for line in capsys.readouterr()[0].splitlines()]
    evil = next(o for o in objs if o["guid"] == "evil-1")
    assert main(["open", str(evil["id"])]) == 1
    assert "no link" in capsys.readouterr()[1]
