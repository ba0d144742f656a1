"""The one write on the comment path: a confirmation queued in the comment's own transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from intake.models import Comment, MailOutbox


def queue_confirmation(
    session: Session, comment: Comment, email: str | None, now: datetime
) -> None:
    """Queue the commenter's confirmation, if they gave an email.

    Added through the comment's relationship, so it is inserted in the same flush (after the
    comment, whose id it needs) and committed or rolled back with it.
    """
    if email:
        session.add(
            MailOutbox(comment=comment, recipient=email, created_at=now, next_attempt_at=now)
        )
