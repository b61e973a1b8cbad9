"""Where dramatui keeps its config, cache and data: computed in one place.

By default the platform's standard directories (platformdirs); `--home DIR` or the
`DRAMATUI_HOME` environment variable puts everything in one directory instead.
Demo mode always uses its own subdirectory so it never mixes with the user's cache.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "dramatui"
HOME_ENV = "DRAMATUI_HOME"


@dataclass(frozen=True, slots=True)
class Locations:
    """Resolved paths for one run."""

    config_dir: Path
    data_dir: Path
    demo: bool = False

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def cache_file(self) -> Path:
        return self.data_dir / "cache.db"

    def ensure(self) -> None:
        """Create the directories, readable only by the user."""
        for path in (self.config_dir, self.data_dir):
            path.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve(home: str | os.PathLike[str] | None = None, demo: bool = False) -> Locations:
    """Compute the locations from `--home`, then `DRAMATUI_HOME`, then platformdirs."""
    chosen = home if home is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        base = Path(chosen).expanduser().resolve()
        config_dir = data_dir = base
    else:
        import platformdirs

        config_dir = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if demo:
        # The demo has its own config and cache: trying the demo never touches the
        # user's feeds, read state or settings.
        demo_dir = data_dir / "demo"
        return Locations(config_dir=demo_dir, data_dir=demo_dir, demo=True)
    return Locations(config_dir=config_dir, data_dir=data_dir)
