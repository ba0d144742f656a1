"""Backpressure for the label queue: an item's POSTs wait while its labeller is behind.

On PostgreSQL a POST stores its comment unlabelled and one labeller at a time labels an item's
queue (:mod:`intake.services.label_queue`). When comments arrive on one item faster than that
labeller labels them, the queue, and with it the time a comment waits for its label, grows for
as long as the burst lasts (issue 16: 5-6 s behind after 3,000 posts). Labelling faster moves
the rate at which that starts, not the growth. What bounds it is the senders' pace: a POST on an
item whose oldest waiting comment is older than ``INTAKE_LABEL_LAG_BOUND`` is answered only
once the labeller has brought that age back under the bound. Campaign tools and forms send
their next comment after the answer, so a slower 201 slows the arrivals to the labeller's rate.
Nothing is refused or dropped: the comment is stored before its POST waits.

How a web worker knows, cheaply and without state of its own:

* **How far behind**: the age of the item's oldest comment still waiting, read from the partial
  index the labeller itself reads (``ix_comments_unlabelled``): one probe, exact whatever
  labels it (the labeller, a staff read settling, a second labeller), and including the batch
  the labeller is in the middle of (its rows are unlabelled until it commits).
* **That someone is labelling**: the labeller records, at most once a second per item, that it
  finished a batch there (``labeller_heartbeats``). Holding POSTs helps only if a labeller is
  working on the item; with no recent heartbeat (no labeller runs, as under plain gunicorn or
  in tests, or it died and is restarting) nothing is held and the next read settles the queue.
* **How often**: both come in one statement, at most every ``refresh_seconds`` (0.1 s) per item
  per worker while the item is behind, and otherwise only when it could be: the oldest waiting
  comment ages one second per second, so a reading of a lag ``L`` under the bound ``B`` stays
  good for ``B - L`` seconds (1 s with nothing waiting and the default bound). Between readings
  a POST costs a dictionary look-up; threads of one worker share a reading.

A POST waits after its commit (its group commit's connection is back in the pool, its
transaction ended) and before its answer, holding a worker thread and nothing else; the wait is
at most ``hold_limit`` (10 s), after which it is answered anyway.

This module knows nothing of Flask.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, bindparam, func, select, text, true
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from intake.models import Comment, LabellerHeartbeat

log = logging.getLogger("intake.label_lag")

REFRESH_SECONDS = 0.1
"""How often a worker reads an item's backlog while the item is behind."""
HOLD_LIMIT_SECONDS = 10.0
"""The longest one POST waits for the labeller before it is answered anyway."""
LABELLER_SILENT_SECONDS = 30.0
"""A heartbeat older than this means no labeller is working on the item: nothing is held."""
HEARTBEAT_SECONDS = 1.0
"""How often, at most, a labeller records its heartbeat on an item."""


@dataclass(frozen=True)
class Backlog:
    """One reading of an item's label queue."""

    waiting: int
    """Comments on the item waiting for their label."""
    oldest_waiting_at: datetime | None
    """When the oldest of them arrived (None: none waits)."""
    labelled_at: datetime | None
    """When a labeller last recorded that it labels the item (None: never)."""
    rate: float | None
    """How many comments a second it labelled there lately (None: not measured yet)."""


def backlog_statement(
    item_id: str | BindParameter[str] | None = None,
) -> Select[int, datetime, datetime, float]:
    """A :class:`Backlog` in one round trip: the waiting rows through the partial index (a few
    hundred at most while the guard holds), and the heartbeat row. By default the item is the
    bound parameter ``item_id``, so the statement is built once (:data:`BACKLOG`); given an
    item, it is built for that item alone (``benchmarks/lag_read_cost.py``'s "afresh")."""
    if item_id is None:
        item_id = bindparam("item_id", type_=Comment.__table__.c.item_id.type)
    queue = (
        select(
            func.count().label("waiting"), func.min(Comment.received_at).label("oldest_waiting_at")
        )
        .where(Comment.item_id == item_id, Comment.kind.is_(None))
        .subquery()
    )
    beat = (
        select(LabellerHeartbeat.labelled_at, LabellerHeartbeat.rate)
        .where(LabellerHeartbeat.item_id == item_id)
        .subquery()
    )
    return select(
        queue.c.waiting, queue.c.oldest_waiting_at, beat.c.labelled_at, beat.c.rate
    ).select_from(queue.outerjoin(beat, true()))


BACKLOG = backlog_statement()
"""Built once: a worker reads an item's backlog up to ten times a second while it is behind,
and building this statement afresh cost twice what running it does (about 0.45 of 0.65 ms of
Python per read, session 10)."""


def read_backlog(session: Session, item_id: str) -> Backlog:
    """On the session's connection as a Core statement: the columns need no ORM loading."""
    row = session.connection().execute(BACKLOG, {"item_id": item_id}).one()
    waiting, oldest, labelled_at, rate = row
    return Backlog(waiting, oldest, labelled_at, rate)


def record_heartbeat(
    session: Session, item_id: str, at: datetime, rate: float | None = None
) -> None:
    """Upsert the item's heartbeat (keeping the last rate measured when ``rate`` is None) in the
    session's transaction, committed without waiting for the disk: a heartbeat lost in a crash
    costs nothing, the next batch writes another."""
    session.execute(text("SET LOCAL synchronous_commit TO OFF"))
    statement = insert(LabellerHeartbeat).values(item_id=item_id, labelled_at=at, rate=rate)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[LabellerHeartbeat.item_id],
            set_={
                "labelled_at": statement.excluded.labelled_at,
                "rate": func.coalesce(statement.excluded.rate, LabellerHeartbeat.rate),
            },
        )
    )


class Heartbeats:
    """The labeller's side: records that it labels an item, and its rate there (comments over
    the time spent in its batches since the last record), at most once per ``every`` seconds per
    item (a write per batch would be a write per POST at rest)."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        clock: Callable[[], datetime],
        *,
        every: float = HEARTBEAT_SECONDS,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.every = every
        self._last: dict[str, float] = {}
        self._work: dict[str, tuple[int, float]] = {}

    def beat(self, item_id: str, labelled: int = 0, seconds: float = 0.0) -> None:
        """After a batch of ``labelled`` comments that took ``seconds`` (or 0, 0 when the
        labeller takes the item)."""
        done, busy = self._work.get(item_id, (0, 0.0))
        done, busy = done + labelled, busy + seconds
        now = time.monotonic()
        if now - self._last.get(item_id, -self.every) < self.every:
            self._work[item_id] = (done, busy)
            return
        rate = done / busy if done and busy > 0 else None
        with self.session_factory() as session:
            record_heartbeat(session, item_id, self.clock(), rate)
            session.commit()
        self._last[item_id] = now
        self._work[item_id] = (0, 0.0)


@dataclass(frozen=True)
class _Reading:
    backlog: Backlog | None
    good_until: float
    """``time.monotonic()`` after which the reading must be taken again."""


class LagGuard:
    """The web worker's side: :meth:`hold` returns once the item's labeller is within the bound.

    One per worker process, shared by its threads; what it keeps is a cache of readings, never
    the state itself (that is in the database, for every worker alike).
    """

    def __init__(
        self,
        read: Callable[[str], Backlog],
        clock: Callable[[], datetime],
        *,
        bound: float,
        refresh_seconds: float = REFRESH_SECONDS,
        hold_limit: float = HOLD_LIMIT_SECONDS,
        silent_after: float = LABELLER_SILENT_SECONDS,
    ) -> None:
        self.read = read
        self.clock = clock
        self.bound = bound
        self.refresh_seconds = refresh_seconds
        self.hold_limit = hold_limit
        self.silent_after = silent_after
        self._lock = threading.Lock()
        self._fresh = threading.Condition()
        self._readings: dict[str, _Reading] = {}
        self._reading_now: set[str] = set()

    def hold(self, item_id: str) -> float:
        """Wait while the item's labeller is behind by more than the bound (at most
        ``hold_limit``); the seconds waited."""
        started = time.monotonic()
        deadline = started + self.hold_limit
        while self.behind(item_id):
            left = deadline - time.monotonic()
            if left <= 0:
                log.warning("answered a POST on a queue still behind after %.0f s", self.hold_limit)
                break
            with self._fresh:
                self._fresh.wait(min(self.refresh_seconds, left))
        held = time.monotonic() - started
        if held > self.refresh_seconds:
            log.debug("held a POST %.0f ms for the labeller", held * 1e3)
        return held

    def behind(self, item_id: str) -> bool:
        """The item's oldest waiting comment is older than the bound, and a labeller works on
        it (a reading at most ``refresh_seconds`` old while this is so)."""
        return self.lag(self._backlog(item_id)) > self.bound

    def lag(self, backlog: Backlog | None) -> float:
        """How far behind the item's labeller is, in seconds: how long the oldest waiting
        comment has waited, or how long the labeller will take to label those waiting at its
        measured rate (what a comment stored now would wait), whichever is longer. 0 when none
        waits or no labeller works on the item (holding would not help)."""
        if backlog is None or backlog.oldest_waiting_at is None or backlog.labelled_at is None:
            return 0.0
        now = self.clock()
        if (now - backlog.labelled_at).total_seconds() > self.silent_after:
            return 0.0
        waited = (now - backlog.oldest_waiting_at).total_seconds()
        ahead = backlog.waiting / backlog.rate if backlog.rate else 0.0
        return max(waited, ahead)

    def _backlog(self, item_id: str) -> Backlog | None:
        """The cached reading while it is good; else this thread reads it (another thread
        already reading uses the last one meanwhile)."""
        with self._lock:
            reading = self._readings.get(item_id)
            if reading is not None and time.monotonic() < reading.good_until:
                return reading.backlog
            if item_id in self._reading_now:
                return reading.backlog if reading is not None else None
            self._reading_now.add(item_id)
        try:
            backlog = self._read(item_id)
        finally:
            with self._lock:
                self._reading_now.discard(item_id)
        # The oldest waiting comment ages a second per second: under the bound by ``margin``, it
        # cannot pass the bound before ``margin`` seconds. Comments may pile up faster than that
        # (a burst starting): look again after half the margin.
        margin = self.bound - self.lag(backlog)
        good_for = max(self.refresh_seconds, margin / 2)
        with self._lock:
            self._readings[item_id] = _Reading(backlog, time.monotonic() + good_for)
        with self._fresh:
            self._fresh.notify_all()
        return backlog

    def _read(self, item_id: str) -> Backlog | None:
        try:
            return self.read(item_id)
        except Exception as error:  # noqa: BLE001 - the POST is stored: answer it, never fail it
            log.warning("could not read the label queue's backlog: %s", type(error).__name__)
            return None
