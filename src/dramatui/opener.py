"""Opening links and videos outside the terminal: the system browser or a configured command.

Only absolute http(s) URLs are ever opened. Commands run as argument lists, never through
a shell, with the URL as one argument; the launched program's output goes nowhere near
the terminal, so a TUI's screen cannot be corrupted by it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence

from dramatui.config import Settings
from dramatui.content.sanitize import safe_url

# Runs Python's own webbrowser module (so BROWSER is honoured) in a child process whose
# output is discarded: console browsers and chatty launchers cannot paint over the TUI.
_WEBBROWSER = "import sys, webbrowser; sys.exit(0 if webbrowser.open(sys.argv[1]) else 3)"


class OpenError(Exception):
    """The URL was refused or the program could not be started; the message says which."""


def checked_url(url: str | None) -> str:
    """The URL if it may be opened; OpenError otherwise."""
    safe = safe_url(url) if url else None
    if safe is None or safe != (url or "").strip():
        shown = (url or "").strip()[:80] or "an empty link"
        raise OpenError(f"refused to open {shown!r}: only http and https links are opened")
    return safe


def open_url(url: str | None, command: Sequence[str] = (), wait: float = 10.0) -> str:
    """Open `url` with `command` (["mpv", "{url}"]) or the system browser; returns the URL.

    Raises OpenError with a clear message when the URL is refused or the launch fails.
    """
    safe = checked_url(url)
    if command:
        argv = [part.replace("{url}", safe) for part in command]
        if not any("{url}" in part for part in command):
            argv.append(safe)
        _spawn(argv, wait=None)
    else:
        _spawn([sys.executable, "-c", _WEBBROWSER, safe], wait=wait)
    return safe


def _spawn(argv: list[str], wait: float | None) -> None:
    try:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
            env=os.environ.copy(),
        )
    except OSError as exc:
        raise OpenError(f"could not start {argv[0]!r}: {exc.strerror or exc}") from exc
    if wait is None:
        return
    try:
        code = proc.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        return  # still running: a browser that stays in the foreground is fine
    if code == 3:
        raise OpenError(
            "no web browser found: set the BROWSER variable or browser_command in config"
        )
    if code != 0:
        raise OpenError(f"the browser launcher failed (exit status {code})")


def video_command(settings: Settings, platform: str) -> tuple[str, ...]:
    """The command for a video of `platform`: per-platform, then video_command, then browser."""
    return (
        settings.video_commands.get(platform) or settings.video_command or settings.browser_command
    )
