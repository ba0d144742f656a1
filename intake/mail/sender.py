"""Draining the outbox: claim what is due, send it, record the outcome; safe with many senders.

Due rows are claimed in a short transaction, ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (a second
sender running at the same time takes the next rows instead of waiting), and leased for
``LEASE_SECONDS`` (no sender claims them again meanwhile); the mail server is talked to outside
any transaction, and the outcome is recorded in another short one. So a slow mail server holds
no lock a comment's POST needs. A mail is sent at least once: if a sender dies after the server
took a message and before the outcome is recorded, it goes again when its lease runs out.

A failure the server calls permanent (a 5xx answer, a refused recipient) gives up at once; any
other (no connection, a timeout, a 4xx) is retried after ``backoff(attempts)``, up to
``MAX_ATTEMPTS``. Nothing here logs an address: the log says which comment's confirmation, and
the error's kind and SMTP code.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, object_session

from intake.mail.message import confirmation
from intake.models import AgendaItem, Comment, MailOutbox

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 60
LONGEST_WAIT_SECONDS = 6 * 3600
LEASE_SECONDS = 600
"""A claimed mail is not claimed again for this long: time enough to send a batch."""


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, ... minutes after each failure, at most six hours (about 4 hours in all)."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** (attempts - 1), LONGEST_WAIT_SECONDS))


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None: ...

    def close(self) -> None: ...


@dataclass
class Drained:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    def __iadd__(self, other: Drained) -> Drained:
        self.sent += other.sent
        self.retrying += other.retrying
        self.failed += other.failed
        return self

    @property
    def claimed(self) -> int:
        return self.sent + self.retrying + self.failed


class OutboxSender:
    def __init__(
        self,
        session_factory: Callable[[], Session],
        transport_factory: Callable[[], Transport],
        *,
        sender: str,
        zone: ZoneInfo,
        clock: Callable[[], datetime],
        batch_size: int = 50,
    ) -> None:
        self.session_factory = session_factory
        self.transport_factory = transport_factory
        self.sender = sender
        self.zone = zone
        self.clock = clock
        self.batch_size = batch_size

    def drain(self) -> Drained:
        """Send batches until nothing is due."""
        total = Drained()
        while True:
            batch = self.send_batch()
            total += batch
            if batch.claimed < self.batch_size:
                return total

    def send_batch(self) -> Drained:
        """Claim up to ``batch_size`` due mails, send them over one connection, record how it went.

        Three short transactions' worth of work, none open while the mail server is talked to:
        claiming (which leases the rows for ``LEASE_SECONDS``), sending, recording. On SQLite a
        transaction holds the write lock, so holding one across a slow server would hold up every
        comment being posted; on PostgreSQL it would hold the rows' locks as long.
        """
        outcome = Drained()
        with self.session_factory() as session:
            rows = self.claim(session)
            messages = [(row.id, self._message(row)) for row in rows]
            session.commit()
        if not messages:
            return outcome
        results: dict[int, BaseException | None] = {}
        transport = self.transport_factory()
        try:
            for row_id, message in messages:
                try:
                    transport.send(message)
                except (smtplib.SMTPException, OSError) as exc:
                    results[row_id] = exc
                else:
                    results[row_id] = None
        finally:
            transport.close()
        with self.session_factory() as session:
            for row_id, error in results.items():
                row = session.get_one(MailOutbox, row_id)
                if error is None:
                    self._sent(row, outcome)
                else:
                    self._failed(row, error, outcome)
            session.commit()
        return outcome

    def claim(self, session: Session) -> list[MailOutbox]:
        """Due rows, locked for this transaction (rows another sender holds are skipped) and
        leased: not due again for ``LEASE_SECONDS``, so a sender that dies mid-batch leaves them
        to the next one after that."""
        query = (
            select(MailOutbox)
            .options(joinedload(MailOutbox.comment))
            .where(MailOutbox.status == "pending", MailOutbox.next_attempt_at <= self.clock())
            .order_by(MailOutbox.next_attempt_at, MailOutbox.id)
            .limit(self.batch_size)
            .with_for_update(skip_locked=True, of=MailOutbox)
        )
        rows = list(session.scalars(query).unique())
        lease_end = self.clock() + timedelta(seconds=LEASE_SECONDS)
        for row in rows:
            row.next_attempt_at = lease_end
        session.flush()
        return rows

    def _message(self, row: MailOutbox) -> EmailMessage:
        comment: Comment = row.comment
        return confirmation(
            comment,
            comment_item(comment),
            sender=self.sender,
            recipient=row.recipient or "",
            zone=self.zone,
        )

    def _sent(self, row: MailOutbox, outcome: Drained) -> None:
        row.status, row.sent_at, row.recipient = "sent", self.clock(), None
        row.attempts += 1
        outcome.sent += 1
        log.info("confirmation for comment %s sent", row.comment_id)

    def _failed(self, row: MailOutbox, exc: BaseException, outcome: Drained) -> None:
        row.attempts += 1
        row.last_error = describe(exc)
        if permanent(exc) or row.attempts >= MAX_ATTEMPTS:
            row.status, row.recipient = "failed", None
            outcome.failed += 1
            log.warning(
                "confirmation for comment %s given up after %s attempts: %s",
                row.comment_id,
                row.attempts,
                row.last_error,
            )
            return
        row.next_attempt_at = self.clock() + backoff(row.attempts)
        outcome.retrying += 1
        log.warning(
            "confirmation for comment %s not sent (attempt %s, retrying): %s",
            row.comment_id,
            row.attempts,
            row.last_error,
        )


def comment_item(comment: Comment) -> AgendaItem:
    session = object_session(comment)
    if session is None:
        raise RuntimeError("a claimed comment is always in its session")
    return session.get_one(AgendaItem, comment.item_id)


def permanent(exc: BaseException) -> bool:
    """The server refused for good: a recipient refused, or a 5xx answer."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return True
    return isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code >= 500


def describe(exc: BaseException) -> str:
    """The error's kind and SMTP code: never its text, which may quote the address."""
    code = getattr(exc, "smtp_code", None)
    return type(exc).__name__ if code is None else f"{type(exc).__name__} {code}"
