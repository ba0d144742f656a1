"""How a comment arrived, as evidence for the spam score: velocity, bursts, honeypot, email.

Counts come from the database, so every worker sees the same picture. Anonymous posts are judged
per client address (hashed); a token holder is an accountable sender whose volume its rate limit
governs, and a campaign tool sending one letter for many members within seconds is doing its job,
so source velocity and bursts are not counted against tokens. Per-person velocity (same email, or
name and postal code) counts for everyone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, func, select
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
        from_source, burst = self._source_counts(comment)
        return Behaviour(
            honeypot_filled=honeypot_filled,
            email=comment.submitter.email,
            recent_from_source=from_source,
            recent_from_email=self._person_count(comment),
            burst_near_identical=burst,
            is_form_letter=is_form_letter,
        )

    def _source_counts(self, comment: Comment) -> tuple[int, int]:
        """(comments from this address on this item lately, of them near-identical just now)."""
        if comment.source_key is None:
            return 0, 0
        since = comment.received_at - self.velocity_window
        burst_since = comment.received_at - self.burst_window
        same_text = (Comment.exact_hash == comment.exact_hash) & (
            Comment.received_at >= burst_since
        )
        row = self.session.execute(
            select(func.count(), func.coalesce(func.sum(case((same_text, 1), else_=0)), 0)).where(
                Comment.item_id == comment.item_id,
                Comment.source_key == comment.source_key,
                Comment.received_at >= since,
                Comment.received_at <= comment.received_at,
            )
        ).one()
        return int(row[0]), int(row[1])

    def _person_count(self, comment: Comment) -> int:
        since: datetime = comment.received_at - self.velocity_window
        count = self.session.scalar(
            select(func.count())
            .select_from(Comment)
            .join(Submitter, Submitter.comment_id == Comment.id)
            .where(
                Submitter.identity_key == comment.submitter.identity_key,
                Comment.item_id == comment.item_id,
                Comment.received_at >= since,
                Comment.received_at <= comment.received_at,
            )
        )
        return int(count or 0)
