"""The opener, for real: a recording script stands in for the browser and for a player."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from dramatui.cli import main
from dramatui.opener import OpenError, open_url
from feedgen import make_feed
from feedserver import FeedServer
from recorder import calls, recorder


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>x</script>",
        "-oProxyCommand=evil",
        "--help",
        "vbscript:x",
        "\\\\server\\share",
        "http://exa mple.com/",
        "",
    ],
)
def test_non_http_urls_never_reach_the_program(tmp_path: Path, url: str) -> None:
    script, log = recorder(tmp_path)
    with pytest.raises(OpenError, match="only http and https"):
        open_url(url, [str(script), "{url}"])
    time.sleep(0.2)
    assert not log.exists()


def test_command_gets_the_url_as_one_argument(tmp_path: Path) -> None:
    script, log = recorder(tmp_path)
    url = "https://example.com/a?b=1&c=$(id);x`id`|cat"
    assert open_url(url, [str(script), "--fs", "{url}"]) == url
    assert calls(log) == [["--fs", url]]


def test_launch_failure_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OpenError, match="could not start"):
        open_url("https://example.com/", [str(tmp_path / "no-such-player"), "{url}"])


def test_watch_uses_the_per_platform_player(
    home: Path,
    tmp_path: Path,
    feed_server: FeedServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    player, player_log = recorder(tmp_path, "player")
    browser, browser_log = recorder(tmp_path, "browser")
    monkeypatch.setenv("BROWSER", str(browser))
    feed_server.set_route("/f.xml", make_feed(3, 2))
    (home / "config.toml").write_text(
        "refresh_on_start = false\npage_budget = 0\n"
        f'video_commands = {{ youtube = ["{player}", "{{url}}"] }}\n'
        f'\n[[feeds]]\nurl = "{feed_server.url("/f.xml")}"\n',
        encoding="utf-8",
    )
    assert main(["fetch"]) == 0
    capsys.readouterr()
    main(["articles", "--json", "--limit", "1"])
    article = json.loads(capsys.readouterr()[0])
    video = article["videos"][0]
    assert video["platform"] == "youtube"
    assert main(["watch", str(article["id"])]) == 0
    assert calls(player_log) == [[video["url"]]]
    assert main(["open", str(article["id"])]) == 0  # links still go to the browser
    assert calls(browser_log) == [[article["url"]]]
