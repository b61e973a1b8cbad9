"""Shows and actors on the main screen: the pickers (`s`, `a`), following names from them
(saved in config.toml), and the Following view (`w`): only articles about any followed
show or actor, with its counts in the status line.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from textual import on, work
from textual.binding import Binding

from dramatui.content.entities import entity_key
from dramatui.screens import messages as msg
from dramatui.screens.fulltext import FullTextScreen
from dramatui.screens.picker import FOLLOWED, NamePicker
from dramatui.store import ArticleFilter
from dramatui.store.store import ACTOR, SHOW

NOTHING_FOLLOWED = (
    "You don't follow any show or actor yet.\n\n"
    "  • Press s (shows) or a (actors), highlight a name and press {key} to follow it ("
    + FOLLOWED
    + ").\n"
    "  • What you follow is saved in config.toml under [entities].\n\n"
    "Press w again to leave the Following view."
)
NOTHING_ABOUT_FOLLOWED = (
    "No articles about what you follow{rest}.\n\n"
    "Press w to leave the Following view, c to clear every filter."
)

_SAVING = threading.Lock()  # one config write at a time: they share a temporary file


def _list_key(kind: str) -> str:
    return "follow_shows" if kind == SHOW else "follow_actors"


class FollowingScreen(FullTextScreen):
    """Adds the show and actor pickers, following, and the Following view."""

    following_view = False

    def _follows(self, kind: str) -> tuple[str, ...]:
        ent = self.drama.settings.entities
        return ent.follow_shows if kind == SHOW else ent.follow_actors

    def follows(self) -> tuple[tuple[str, str], ...]:
        """Every followed (kind, name), as `ArticleFilter.following` wants them."""
        return tuple((SHOW, n) for n in self._follows(SHOW)) + tuple(
            (ACTOR, n) for n in self._follows(ACTOR)
        )

    def follow_key(self) -> str:
        """The picker's follow key as shown (after the user's keymap)."""
        keys = self.drama.settings.keymap.get("picker_follow", "ctrl+f")
        first = keys.split(",")[0].strip() or "ctrl+f"
        return self.app.get_key_display(Binding(first, ""))

    # -- the Following view ---------------------------------------------------------

    def action_following(self) -> None:
        self.following_view = not self.following_view
        following = self.follows() if self.following_view else ()
        self._set_filter(replace(self.flt, following=following))

    def filter_labels(self) -> tuple[str, ...]:
        """The status line's filter labels, the Following view's spelled out."""
        labels = [label for label in self.flt.describe() if label != "following"]
        if self.following_view:
            shows, actors = len(self._follows(SHOW)), len(self._follows(ACTOR))
            parts = [f"{shows} show{'s' * (shows != 1)}"] if shows else []
            parts += [f"{actors} actor{'s' * (actors != 1)}"] if actors else []
            labels.insert(0, "following " + (" + ".join(parts) if parts else "nothing yet"))
        return tuple(labels)

    def nothing_followed(self) -> bool:
        """In the Following view with nothing followed: the list is empty, not everything."""
        return self.following_view and not self.flt.following

    def empty_following_text(self) -> str:
        if self.nothing_followed():
            return NOTHING_FOLLOWED.format(key=self.follow_key())
        others = [label for label in self.flt.describe() if label != "following"]
        return NOTHING_ABOUT_FOLLOWED.format(
            rest=" matching " + ", ".join(others) if others else ""
        )

    # -- pickers and following ------------------------------------------------------

    def action_pick(self, kind: str) -> None:
        # Every name the other filters allow, followed or not: the picker is where to
        # follow more of them.
        flt = replace(self.flt, following=())
        flt = replace(flt, show=None) if kind == SHOW else replace(flt, actor=None)
        self._entities(kind, flt)

    @work(thread=True, exclusive=True, group="entities")
    def _entities(self, kind: str, flt: ArticleFilter) -> None:
        self.post_message(msg.Entities(kind, self.drama.store.entity_counts(kind, flt)))

    @on(msg.Entities)
    def _pick_entity(self, event: msg.Entities) -> None:
        kind = event.kind
        title = "Shows" if kind == SHOW else "Actors"

        def chosen(name: str | None) -> None:
            if name:
                self._filter_entity(kind, name)

        def follow(name: str, following: bool) -> None:
            self.toggle_follow(kind, name, following)

        picker = NamePicker(title, event.items, self._follows(kind), follow, self.follow_key())
        self.app.push_screen(picker, chosen)

    def _filter_entity(self, kind: str, name: str) -> None:
        raise NotImplementedError

    def toggle_follow(self, kind: str, name: str, following: bool) -> None:
        """Follow or unfollow `name`: in memory at once, then saved to config.toml."""
        before = self._follows(kind)
        key = entity_key(name)
        names = tuple(n for n in before if entity_key(n) != key)
        if following:
            names += (name,)
        self._use_follows(kind, names)
        self.notify(
            f"Following {name} {FOLLOWED}" if following else f"No longer following {name}",
            timeout=3,
        )
        self._save_follows(kind, before)

    def _use_follows(self, kind: str, names: tuple[str, ...]) -> None:
        settings = self.drama.settings
        if kind == SHOW:
            entities = replace(settings.entities, follow_shows=names)
        else:
            entities = replace(settings.entities, follow_actors=names)
        self.drama.update_settings(replace(settings, entities=entities))
        if self.following_view:
            self._set_filter(replace(self.flt, following=self.follows()))

    @work(thread=True, group="follow")
    def _save_follows(self, kind: str, before: tuple[str, ...]) -> None:
        from dramatui import config

        with _SAVING:
            # The latest list, not the one of this toggle: toggles can come in quick turns.
            names = list(self._follows(kind))
            try:
                path = self.drama.session.locations.config_file
                config.set_entity_list(path, _list_key(kind), names)
            except Exception as exc:  # a broken or read-only config must not crash the reader
                self.post_message(msg.FollowSaved(kind, before, str(exc)))

    @on(msg.FollowSaved)
    def _follow_saved(self, event: msg.FollowSaved) -> None:
        if event.error:
            self.notify(
                f"Could not save what you follow: {event.error}",
                title="Following",
                severity="error",
                timeout=10,
            )
            self._use_follows(event.kind, event.names)
