"""The one write on the comment path: a confirmation queued in the comment's own transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from intake.models import Comment, MailOutbox

_OUTBOX: Table = MailOutbox.__table__  # type: ignore[assignment]
_INSERT = insert(_OUTBOX)
"""Built once: a statement's cache key is computed on first use and kept with it."""


def queue_confirmation(
    session: Session, comment: Comment, email: str | None, now: datetime
) -> None:
    """Queue the commenter's confirmation, if they gave an email.

    ``comment`` is the new comment object: the row is added through its relationship and
    inserted in the same flush, after the comment whose id it needs, and is committed or rolled
    back with the comment.
    """
    if not email:
        return
    row = MailOutbox(recipient=email, created_at=now, next_attempt_at=now)
    row.comment = comment
    session.add(row)


def confirmation_row(comment_id: int, email: str | None, now: datetime) -> dict[str, Any] | None:
    """The outbox row confirming a comment already inserted (None without an email), for
    :func:`insert_confirmations`."""
    if not email:
        return None
    return {"comment_id": comment_id, "recipient": email, "created_at": now, "next_attempt_at": now}


def insert_confirmations(connection: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Queue confirmations of comments inserted on ``connection``, in one ``INSERT``, in the
    comments' transaction (the store path's, which has no unit of work)."""
    if rows:
        connection.execute(_INSERT, list(rows))
