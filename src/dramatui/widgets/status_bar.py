"""The status line at the top: active filters, counts, refresh progress, offline and errors."""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.content import Content, Span
from textual.widgets import Static

from dramatui.content.sanitize import clean_line


@dataclass(frozen=True, slots=True)
class Status:
    """Everything the status line shows."""

    filters: tuple[str, ...] = ()
    matching: int | None = None  # None: still loading
    unread: int = 0
    refreshing: tuple[int, int] | None = None  # (done, total) feeds
    pages: tuple[int, int] | None = None  # (done, total) article pages, after the feeds
    rederiving: tuple[int, int] | None = None  # (done, total) articles re-extracted
    offline: bool = False
    failed: int = 0
    message: str = ""  # last refresh result, e.g. "3 new"


class StatusBar(Static):
    """Shows a `Status`; change it with `update_status(**changes)`."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.status = Status()

    def update_status(self, **changes: object) -> None:
        self.status = replace(self.status, **changes)  # type: ignore[arg-type]
        self.update(self.render_status(self.status))

    @staticmethod
    def render_status(status: Status) -> Content:
        parts: list[str] = []
        spans: list[Span] = []

        def add(text: str, style: str = "") -> None:
            start = sum(len(p) for p in parts)
            parts.append(text)
            if style:
                spans.append(Span(start, start + len(text), style))

        add(" dramatui ", "bold")
        if status.matching is None:
            add(" loading…")
        else:
            noun = "article" if status.matching == 1 else "articles"
            add(f" {status.matching:,} {noun}", "bold")
            add(f" · {status.unread:,} unread")
        if status.filters:
            add("  ·  ")
            add(" ".join(f"[{clean_line(f)}]" for f in status.filters), "$text-warning")
        if status.rederiving is not None:
            done, total = status.rederiving
            add(f"  ·  re-extracting {done:,}/{total:,}", "$text-accent")
        if status.pages is not None:
            done, total = status.pages
            add(f"  ·  full text {done}/{total}", "$text-accent")
        elif status.refreshing is not None:
            done, total = status.refreshing
            add(f"  ·  refreshing {done}/{total}" if total else "  ·  refreshing…", "$text-accent")
        elif status.offline:
            add("  ·  offline — showing cached articles", "$text-error bold")
        else:
            if status.failed:
                add(
                    f"  ·  {status.failed} feed{'s' if status.failed != 1 else ''} failed (F: feeds)",
                    "$text-error",
                )
            if status.message:
                add(f"  ·  {status.message}", "$text-success")
        return Content("".join(parts), spans)
