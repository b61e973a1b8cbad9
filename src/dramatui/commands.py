"""The command palette provider, and the catalogue of every bound action (used by `?` too).

Every binding of the main screen, the reading pane and the app appears here with its
current keys (after the user's keymap), so the palette and the help screen never drift
from what the keys really do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode


@dataclass(frozen=True, slots=True)
class BoundAction:
    section: str
    id: str
    keys: str  # as displayed, e.g. "j, ↓"
    description: str
    action: str
    target: str  # "app" | "main" | "reader" | "picker" (help only: not in the palette)


def _bindings() -> list[tuple[str, str, Binding]]:
    # Imported here: the app module imports this one.
    from dramatui.app import DramaApp
    from dramatui.screens.main import MainScreen
    from dramatui.screens.picker import NamePicker
    from dramatui.widgets.reading_pane import ReadingPane

    out: list[tuple[str, str, Binding]] = []
    for section, target, bindings in (
        ("Articles", "main", MainScreen.BINDINGS),
        ("Reading pane", "reader", ReadingPane.BINDINGS),
        ("Show and actor pickers", "picker", NamePicker.BINDINGS),
        ("App", "app", DramaApp.BINDINGS),
    ):
        out += [(section, target, b) for b in bindings if isinstance(b, Binding)]
    return out


def catalogue(app: App[Any], keymap: dict[str, str]) -> list[BoundAction]:
    """Every bound action with its current keys."""
    actions = []
    for section, target, binding in _bindings():
        keys = keymap.get(binding.id or "", binding.key)
        shown = ", ".join(
            app.get_key_display(Binding(k.strip(), "")) for k in keys.split(",") if k.strip()
        )
        actions.append(
            BoundAction(
                section, binding.id or "", shown, binding.description, binding.action, target
            )
        )
    actions.append(
        BoundAction("App", "command_palette", "ctrl+p", "Command palette", "command_palette", "app")
    )
    return actions


class DramaCommands(Provider):
    """Offers every action of the app in the command palette."""

    def _commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        app = self.app
        keymap: dict[str, str] = getattr(getattr(app, "settings", None), "keymap", {}) or {}
        main = getattr(app, "main_screen", None)
        out: list[tuple[str, str, Callable[[], Any]]] = []
        for item in catalogue(app, keymap):
            if item.id == "command_palette" or item.target == "picker":
                continue
            namespace: DOMNode | None = app
            if item.target == "main":
                namespace = main
            elif item.target == "reader" and main is not None:
                namespace = main.query_one("#reader")
            if namespace is None:
                continue
            out.append(
                (item.description, item.keys, partial(app.run_action, item.action, namespace))
            )
        return out

    async def discover(self) -> Hits:
        for name, keys, callback in self._commands():
            yield DiscoveryHit(name, callback, help=keys)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, keys, callback in self._commands():
            if (score := matcher.match(name)) > 0:
                yield Hit(score, matcher.highlight(name), callback, help=keys)
