"""Label submissions after their answer: the comments table is the queue.

On PostgreSQL a single POST (API or public form) stores its comment unlabelled (``kind IS NULL``)
in a short transaction, group-committed with the worker's other POSTs, and is answered at once;
a batch POST stores its valid entries the same way. A receipt never carries a label anyway. A
:class:`LabelQueue` then labels the item's waiting comments in arrival order, in batches of up
to ``batch_size``: the labeller and :meth:`~intake.labelling.LabellingService.label_batch` an
import uses, so the labels are those of labelling one by one. A big batch shares the snapshot's
reads, the campaign lock and the commit among hundreds of comments instead of the two or three
of a POST group (issue 16).

Who labels. Any number of labellers drain the same queue: an item's comments are labelled
under a transaction-scoped advisory lock on the item, so one labeller at a time takes an item,
in id order, and another labeller takes another item or waits. ``intake serve`` runs one
:class:`Labeller` in a process of its own beside the web workers (``intake label --follow``;
more can run on other machines); it drains as long as there is work and otherwise looks again
every ``poll_seconds``. Every request but a single POST first settles
(:meth:`LabelQueue.settle`), so staff and the public never read a comment before its label and
a batch or a label change comes after the comments that arrived before it: a read during a
burst waits for the labeller's current batch.

Nothing is lost and nothing is labelled twice: a batch's labels commit in one transaction with
the ``kind IS NULL`` rows it locked (``FOR UPDATE``), so a labeller killed mid-batch leaves its
comments waiting for the next one, and a comment staff labelled meanwhile is no longer waiting.
A comment whose labelling fails on its own (a bug its text provokes) is labelled ``unique`` with
the failure in its history, so it cannot hold up the item's queue; ``intake relabel`` retries.

Keeping up. One labeller labels an item at a time, so comments arriving on one item faster than
it labels them wait longer and longer. A labeller records a heartbeat per item it labels
(:class:`~intake.services.label_lag.Heartbeats`), and the web workers hold an item's POSTs,
after their commit, while its oldest waiting comment is older than ``INTAKE_LABEL_LAG_BOUND``
(:mod:`intake.services.label_lag`).

This module knows nothing of Flask.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import Select, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, joinedload

from intake.labelling.snapshot_reads import COUNT_AT_EACH_STATEMENT
from intake.models import Comment, LabelEvent
from intake.services.label_lag import Heartbeats
from schemas.vocabulary import SYSTEM

log = logging.getLogger("intake.label_queue")

ITEM_LOCK_SPACE = 0x1A7B
"""First key of the two-key advisory lock an item's labeller holds (the second: the item's hash)."""
BATCH_SIZE = 500
POLL_SECONDS = 0.2

LabelBatch = Callable[[Session, Sequence[Comment]], None]
"""Labels stored comments in arrival order inside the session's transaction."""

_TRY_LOCK = text("SELECT pg_try_advisory_xact_lock(:space, hashtext(:item_id))")
_LOCK = text("SELECT pg_advisory_xact_lock(:space, hashtext(:item_id))")


def waiting_items() -> Select[str]:
    """Items with comments waiting for a label (the partial index ``ix_comments_unlabelled``)."""
    return select(Comment.item_id).where(Comment.kind.is_(None)).distinct()


def _waiting_on(item_id: str, limit: int, up_to: int | None) -> Select[Comment]:
    """A batch's comments with their submitters (labelling reads each one's identity). Not their
    attachments: labelling reads their text from ``attachment_text``, so a batch no longer pays
    a statement for rows nothing reads (issue 16); anything that does still loads them."""
    query = (
        select(Comment)
        .options(joinedload(Comment.submitter, innerjoin=True))
        .where(Comment.item_id == item_id, Comment.kind.is_(None))
        .order_by(Comment.id)
        .limit(limit)
        .with_for_update(of=Comment)
    )
    return query if up_to is None else query.where(Comment.id <= up_to)


class LabelQueue:
    """Drains the comments stored unlabelled, an item at a time, in arrival order."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        label_batch: LabelBatch,
        clock: Callable[[], datetime],
        *,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.session_factory = session_factory
        self.label_batch = label_batch
        self.clock = clock
        self.batch_size = batch_size
        self.heartbeats = Heartbeats(session_factory, clock)

    def waiting(self) -> list[str]:
        """The items with comments waiting, read through the partial index."""
        with self.session_factory() as session:
            return list(session.scalars(waiting_items()))

    def drain(self, *, wait: bool = False, up_to: int | None = None, beat: bool = False) -> int:
        """Label every comment waiting now (with an id up to ``up_to``, if given); returns how
        many this call labelled.

        ``wait=False`` (the labeller) skips an item another labeller holds: that one looks again
        before it lets go. ``wait=True`` (a request settling) waits for it instead, so when this
        returns nothing that was waiting when it was called is still unlabelled. ``beat=True``
        (a labeller that keeps running) records a heartbeat when it takes an item and after each
        batch it labelled there, which lets the web workers hold the item's POSTs while it is
        behind.
        """
        done = 0
        for item_id in self.waiting():
            if beat:  # at work on the item from now on, before a first batch that may be long
                self._beat(item_id, 0, 0.0)
            while True:
                started = time.perf_counter()
                labelled = self._drain_batch(item_id, wait=wait, up_to=up_to)
                done += max(labelled, 0)
                if beat and labelled > 0:
                    self._beat(item_id, labelled, time.perf_counter() - started)
                if labelled < self.batch_size:
                    break
        return done

    def _beat(self, item_id: str, labelled: int, seconds: float) -> None:
        try:
            self.heartbeats.beat(item_id, labelled, seconds)
        except SQLAlchemyError as error:  # the batch is committed: a missed beat only holds less
            log.warning("could not record the labeller's heartbeat: %s", type(error).__name__)

    def settle(self) -> None:
        """Before a staff read or a write: label what waits now, or wait for the labeller that
        holds it. Only what waits now: during a burst, comments arriving meanwhile are the
        labeller's, so a request never labels batch after batch of them."""
        with self.session_factory() as session:
            newest = session.scalar(select(func.max(Comment.id)).where(Comment.kind.is_(None)))
        if newest is not None:
            self.drain(wait=True, up_to=newest)

    def _drain_batch(self, item_id: str, *, wait: bool, up_to: int | None = None) -> int:
        """One transaction: lock the item, label up to a batch of its waiting comments, commit.

        Returns how many were labelled, or -1 when another labeller holds the item.
        """
        session = self.session_factory()
        started = time.perf_counter()
        try:
            if not self._lock_item(session, item_id, wait=wait):
                session.rollback()
                return -1
            comments = list(session.scalars(_waiting_on(item_id, self.batch_size, up_to)))
            if comments:
                self._label(session, comments)
            session.commit()
            if comments:
                log.debug(
                    "labelled %d comments on %s in %.0f ms",
                    len(comments),
                    item_id,
                    (time.perf_counter() - started) * 1e3,
                )
            return len(comments)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @staticmethod
    def _lock_item(session: Session, item_id: str, *, wait: bool) -> bool:
        params = {"space": ITEM_LOCK_SPACE, "item_id": item_id}
        if wait:
            session.execute(_LOCK, params)
            return True
        return bool(session.scalar(_TRY_LOCK, params))

    def _label(self, session: Session, comments: Sequence[Comment]) -> None:
        """Label the batch; if it fails as a whole, label each alone, and a comment that
        fails alone gets ``unique`` with the failure in its history."""
        try:
            with session.begin_nested():
                self.label_batch(session, comments)
            return
        except SQLAlchemyError:
            raise  # the database's trouble, not the text's: the next look tries again
        except Exception as error:  # noqa: BLE001 - retried one by one below
            if len(comments) == 1:
                self._give_up(session, comments[0], error)
                return
            log.warning(
                "labelling a batch of %d failed (%s); labelling each alone",
                len(comments),
                type(error).__name__,
            )
        # Each comment's labelling reads the counters (an item's campaign sizes) after the
        # labels of those before it in this transaction: count those at once from now on.
        session.execute(COUNT_AT_EACH_STATEMENT)
        for comment in comments:
            self._label(session, [comment])

    def _give_up(self, session: Session, comment: Comment, error: Exception) -> None:
        # The class only: an error's text can quote a commenter's words.
        log.error("labelling comment %d failed (%s)", comment.id, type(error).__name__)
        comment.kind = "unique"
        comment.decided_by = SYSTEM
        session.add(
            LabelEvent(
                comment_id=comment.id,
                created_at=self.clock(),
                actor=SYSTEM,
                from_kind=None,
                to_kind="unique",
                reason=f"labelling failed ({type(error).__name__}); run intake relabel to retry",
            )
        )
        session.flush()


class Labeller:
    """A labelling loop: drains the queue, then looks again after ``poll_seconds`` or when woken.

    ``intake label --follow`` runs it in its own process (``intake serve`` starts and watches
    one), so labelling has an interpreter of its own and never waits for the GIL behind a
    worker's request threads; :meth:`start` runs it in a thread instead (tests, and a process
    that both takes comments and labels them).
    """

    def __init__(self, queue: LabelQueue, *, poll_seconds: float = POLL_SECONDS) -> None:
        self.queue = queue
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self.run, name="intake-labeller", daemon=True)

    def start(self) -> Labeller:
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def run(self) -> None:
        """Until :meth:`stop`: drain, and after a quiet drain wait for a wake-up or the poll."""
        while not self._stopping.is_set():
            try:
                labelled = self.queue.drain(beat=True)
            except Exception as error:  # noqa: BLE001 - the loop must outlive any one failure
                log.warning("the labeller failed and will look again: %s", type(error).__name__)
                labelled = 0
            if not labelled:
                self._wake.wait(self.poll_seconds)
                self._wake.clear()
