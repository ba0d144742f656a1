"""Reading a campaign for staff: its figures across every item and a page of its members.

Read side only: campaigns are made and merged by the labeller. Like the item summary, the
figures come from one grouped statement (one snapshot) and leave spam out, so a campaign's size
here is the sum of its sizes in the item summaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, not_, select
from sqlalchemy.orm import Session, joinedload

from intake.errors import NotFound
from intake.models import Campaign, Comment
from intake.services.comments import has_personal_text
from intake.services.pagination import decode_cursor, encode_cursor
from intake.services.summary import (
    POSITION_KEYS,
    UNSPECIFIED,
    CampaignFigures,
    empty_counts,
    not_spam,
)


@dataclass
class CampaignDetail:
    campaign: Campaign
    size: int = 0
    by_item: dict[str, int] = field(default_factory=dict)
    by_position: dict[str, int] = field(default_factory=lambda: empty_counts(POSITION_KEYS))
    with_personal_text: int = 0
    first_received_at: datetime | None = None
    last_received_at: datetime | None = None
    members: list[Comment] = field(default_factory=list)
    next_cursor: str | None = None


class CampaignService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, campaign_id: int) -> Campaign:
        campaign = self.session.get(Campaign, campaign_id)
        if campaign is None:
            raise NotFound(f"No campaign {campaign_id}.")
        return campaign

    def detail(
        self,
        campaign_id: int,
        limit: int,
        cursor: str | None,
        with_personal_text: bool | None = None,
    ) -> CampaignDetail:
        detail = CampaignDetail(campaign=self.get(campaign_id))
        self._figures(detail)
        detail.members, detail.next_cursor = self.members(
            campaign_id, limit, cursor, with_personal_text
        )
        return detail

    def members(
        self,
        campaign_id: int,
        limit: int,
        cursor: str | None,
        with_personal_text: bool | None = None,
    ) -> tuple[list[Comment], str | None]:
        """Members in arrival order, keyset-paginated like the comments list."""
        after = decode_cursor(cursor, int)
        query = (
            select(Comment)
            .options(joinedload(Comment.submitter))
            .where(Comment.campaign_id == campaign_id, not_spam())
            .order_by(Comment.id)
            .limit(limit + 1)
        )
        if after is not None:
            query = query.where(Comment.id > after)
        if with_personal_text is not None:
            personal = has_personal_text()
            query = query.where(personal if with_personal_text else not_(personal))
        comments = list(self.session.scalars(query))
        next_cursor = encode_cursor(comments[limit - 1].id) if len(comments) > limit else None
        return comments[:limit], next_cursor

    def _figures(self, detail: CampaignDetail) -> None:
        personal = case((has_personal_text(), 1), else_=0)
        rows = self.session.execute(
            select(
                Comment.item_id,
                Comment.position,
                personal.label("personal"),
                func.count().label("n"),
                func.min(Comment.received_at).label("first"),
                func.max(Comment.received_at).label("last"),
            )
            .where(Comment.campaign_id == detail.campaign.id, not_spam())
            .group_by(Comment.item_id, Comment.position, personal)
        )
        overall = CampaignFigures(id=detail.campaign.id)
        for row in rows:
            overall.add(row.position or UNSPECIFIED, row.n, bool(row.personal), row.first, row.last)
            detail.by_item[row.item_id] = detail.by_item.get(row.item_id, 0) + row.n
        detail.size = overall.size
        detail.by_position = overall.by_position
        detail.with_personal_text = overall.with_personal_text
        detail.first_received_at = overall.first_received_at
        detail.last_received_at = overall.last_received_at
