"""A recording script that stands in for a browser or a player: it appends its
arguments, as one JSON line per launch, to a log the test reads back."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def recorder(tmp_path: Path, name: str = "rec") -> tuple[Path, Path]:
    log = tmp_path / f"{name}.log"
    script = tmp_path / f"{name}.py"
    script.write_text(
        f"#!{sys.executable}\nimport sys, json\n"
        f"open({str(log)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script, log


def calls(log: Path, timeout: float = 10.0) -> list[list[str]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists():
            text = log.read_text(encoding="utf-8")
            if text.endswith("\n"):
                return [json.loads(line) for line in text.splitlines()]
        time.sleep(0.05)
    return []
