"""The one write on the comment path: a confirmation queued in the comment's own transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from intake.models import Comment, MailOutbox


def queue_confirmation(
    session: Session, comment: Comment | int, email: str | None, now: datetime
) -> None:
    """Queue the commenter's confirmation, if they gave an email.

    ``comment`` is the new comment object (the row is then added through its relationship and
    inserted in the same flush, after the comment whose id it needs) or the id of a comment
    already inserted; either way it is committed or rolled back with the comment.
    """
    if not email:
        return
    row = MailOutbox(recipient=email, created_at=now, next_attempt_at=now)
    if isinstance(comment, Comment):
        row.comment = comment
    else:
        row.comment_id = comment
    session.add(row)
