"""Counts for the staff item list: a page of items and their figures in two grouped queries.

The item summary reads one item in depth; the list needs a few numbers for each of fifty items,
and fifty summaries would be fifty statements. Both group by ``(item_id, kind)``, which the
``ix_comments_item_id_kind`` index serves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import Comment
from intake.services.summary import KIND_KEYS, empty_counts, not_spam
from schemas.vocabulary import UNLABELLED


@dataclass
class ItemCounts:
    total: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: empty_counts(KIND_KEYS))
    campaigns: int = 0


class ItemOverviewService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def counts(self, item_ids: Sequence[str]) -> dict[str, ItemCounts]:
        """Comment counts by kind (spam included, as in the summary's ``total``) and the number
        of campaigns (spam left out) for each of ``item_ids``."""
        result = {item_id: ItemCounts() for item_id in item_ids}
        if not item_ids:
            return result
        kinds = self.session.execute(
            select(Comment.item_id, Comment.kind, func.count())
            .where(Comment.item_id.in_(list(item_ids)))
            .group_by(Comment.item_id, Comment.kind)
        )
        for item_id, kind, count in kinds:
            counts = result[item_id]
            counts.total += count
            counts.by_kind[kind or UNLABELLED] += count
        campaigns = self.session.execute(
            select(Comment.item_id, func.count(func.distinct(Comment.campaign_id)))
            .where(Comment.item_id.in_(list(item_ids)), not_spam())
            .group_by(Comment.item_id)
        )
        for item_id, count in campaigns:
            result[item_id].campaigns = count
        return result
