"""How a comment arrived, as evidence for the spam score: velocity, bursts, honeypot, email.

Counts come from the database, so every worker sees the same picture. Anonymous posts are judged
per client address (hashed); a token holder is an accountable sender whose volume its rate limit
governs, and a campaign tool sending one letter for many members within seconds is doing its job,
so source velocity and bursts are not counted against tokens. Per-person velocity (same email, or
name and postal code) counts for everyone.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import Comment, Submitter
from intake.text.spam import Behaviour


class BehaviourGatherer:
    def __init__(
        self, session: Session, velocity_window: timedelta, burst_window: timedelta
    ) -> None:
        self.session = session
        self.velocity_window = velocity_window
        self.burst_window = burst_window

    def gather(self, comment: Comment, *, honeypot_filled: bool, is_form_letter: bool) -> Behaviour:
        from_source, burst, from_person = self._counts(comment)
        return Behaviour(
            honeypot_filled=honeypot_filled,
            email=comment.submitter.email,
            recent_from_source=from_source,
            recent_from_email=from_person,
            burst_near_identical=burst,
            is_form_letter=is_form_letter,
        )

    def _counts(self, comment: Comment) -> tuple[int, int, int]:
        """In one round trip: comments from this address on this item lately, of them
        near-identical just now, and comments from this person on this item lately."""
        since = comment.received_at - self.velocity_window
        burst_since = comment.received_at - self.burst_window
        recent = (
            Comment.item_id == comment.item_id,
            Comment.received_at >= since,
            Comment.received_at <= comment.received_at,
        )
        person = (
            select(func.count())
            .select_from(Comment)
            .join(Submitter, Submitter.comment_id == Comment.id)
            .where(Submitter.identity_key == comment.submitter.identity_key, *recent)
            .scalar_subquery()
        )
        if comment.source_key is None:
            return 0, 0, int(self.session.scalar(select(person)) or 0)
        same_text = (Comment.exact_hash == comment.exact_hash) & (
            Comment.received_at >= burst_since
        )
        source = select(func.count()).where(Comment.source_key == comment.source_key, *recent)
        burst = select(func.count()).where(
            Comment.source_key == comment.source_key, same_text, *recent
        )
        row = self.session.execute(
            select(source.scalar_subquery(), burst.scalar_subquery(), person)
        ).one()
        return int(row[0]), int(row[1]), int(row[2])
