"""What an item is about, as the spam relatedness signal reads it: its title and recent comments.

Loaded only for a comment that carries a link, an e-mail address or a phone number
(:func:`intake.text.spam.wants_item_context`), so most comments never pay for it. The context is
the item's title and the bodies of the ``limit`` comments on it that arrived just before this one
(by id) and are not labelled spam. Reading by id, after flushing the batch's earlier decisions,
gives a comment the same context whether it was labelled alone or inside a batch.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from intake.models import AgendaItem, Comment

#: Earlier comments read into an item's context.
CONTEXT_COMMENTS = 200


def item_context(
    session: Session, comment: Comment, limit: int = CONTEXT_COMMENTS
) -> tuple[str, ...]:
    """The item's title and up to ``limit`` earlier non-spam comment bodies, newest first."""
    session.flush()  # earlier comments of this batch carry their labels in the database too
    item = session.get(AgendaItem, comment.item_id)
    bodies = session.scalars(
        select(Comment.body)
        .where(
            Comment.item_id == comment.item_id,
            Comment.id < comment.id,
            or_(Comment.kind.is_(None), Comment.kind != "spam"),
        )
        .order_by(Comment.id.desc())
        .limit(limit)
    )
    return (item.title if item is not None else "", *bodies)
