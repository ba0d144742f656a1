"""Agenda items: create, read, list and change them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.db import utcnow
from intake.errors import CommentWindowClosed, Conflict, InvalidInput, NotFound
from intake.models import AgendaItem
from intake.services.pagination import keyset_page
from intake.services.short_cache import ShortCache


def _in_utc(data: Mapping[str, Any]) -> dict[str, Any]:
    """Timestamps are kept and returned in UTC whatever offset the client sent."""
    return {k: v.astimezone(UTC) if isinstance(v, datetime) else v for k, v in data.items()}


WindowState = Literal["open", "not_yet", "closed"]


@dataclass(frozen=True)
class CommentWindow:
    """What taking a comment needs of its item: that it exists, and when it takes comments."""

    id: str
    opens: datetime | None
    closes: datetime | None

    @classmethod
    def of(cls, item: AgendaItem) -> CommentWindow:
        return cls(item.id, item.comments_open_at, item.comments_close_at)

    def state(self, now: datetime) -> WindowState:
        """``not_yet`` before ``opens``, ``closed`` from ``closes`` on, ``open`` between (a
        missing time leaves that side unbounded): the one rule for the POST, the public form
        and an item's ``accepting_comments``."""
        if self.opens is not None and now < self.opens:
            return "not_yet"
        if self.closes is not None and now >= self.closes:
            return "closed"
        return "open"

    def accepting(self, now: datetime) -> bool:
        return self.state(now) == "open"

    def refusal(self, now: datetime) -> CommentWindowClosed | None:
        """The error refusing a comment at ``now``, or None when the window is open."""
        opens, closes = self.opens, self.closes
        state = self.state(now)
        if state == "not_yet" and opens is not None:
            message = f"Comments on {self.id} open at {opens.isoformat()}."
        elif state == "closed" and closes is not None:
            message = f"Comments on {self.id} closed at {closes.isoformat()}."
        else:
            return None
        return CommentWindowClosed(message, opens, closes)


class WindowCache(ShortCache[str, CommentWindow]):
    """Items' comment windows this worker read in the last ``seconds``: a burst's posts skip the
    item's read. A window's scheduled close is still exact (the times are compared with the
    clock on every post); a staff change to the window applies at once on the worker that made
    it and within ``seconds`` on the others (``INTAKE_ITEM_CACHE_SECONDS``)."""


class AgendaItemService:
    def __init__(
        self,
        session: Session,
        clock: Callable[[], datetime] = utcnow,
        windows: WindowCache | None = None,
    ) -> None:
        self.session = session
        self.clock = clock
        self.windows = windows

    def create(self, data: Mapping[str, Any]) -> AgendaItem:
        if self.session.get(AgendaItem, data["id"]) is not None:
            raise Conflict(f"Agenda item {data['id']!r} exists already.")
        now = self.clock()
        item = AgendaItem(**_in_utc(data), created_at=now, updated_at=now)
        self.session.add(item)
        self.session.flush()
        return item

    def get(self, item_id: str) -> AgendaItem:
        item = self.session.get(AgendaItem, item_id)
        if item is None:
            raise NotFound(f"No agenda item {item_id!r}.")
        return item

    def window(self, item_id: str) -> CommentWindow:
        """The item's comment window, from this worker's cache when it read it a moment ago."""
        cached = self.windows.get(item_id) if self.windows is not None else None
        if cached is not None:
            return cached
        window = CommentWindow.of(self.get(item_id))
        if self.windows is not None:
            self.windows.put(item_id, window)
        return window

    def list(self, limit: int, cursor: str | None) -> tuple[list[AgendaItem], str | None]:
        return keyset_page(self.session, select(AgendaItem), AgendaItem.id, limit, cursor)

    def update(self, item_id: str, changes: Mapping[str, Any]) -> AgendaItem:
        item = self.get(item_id)
        for name, value in _in_utc(changes).items():
            setattr(item, name, value)
        opens, closes = item.comments_open_at, item.comments_close_at
        if opens is not None and closes is not None and closes <= opens:
            raise InvalidInput(
                {"comments_close_at": ["The comment window must close after it opens."]}
            )
        item.updated_at = self.clock()
        self.session.flush()
        if self.windows is not None:
            self.windows.discard(item_id)
        return item
