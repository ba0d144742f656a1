"""Reading a campaign for staff: its figures across every item and a page of its members.

Read side only: campaigns are made and merged by the labeller. Like the item summary, the
figures come from one grouped statement (one snapshot) and leave spam out, so a campaign's size
here is the sum of its sizes in the item summaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, not_, select
from sqlalchemy.orm import Session, joinedload

from intake.errors import NotFound
from intake.models import Campaign, Comment
from intake.services.comments import has_personal_text
from intake.services.pagination import keyset_page
from intake.services.summary import (
    POSITION_KEYS,
    CampaignFigures,
    empty_counts,
    not_spam,
)
from schemas.vocabulary import UNSPECIFIED


@dataclass
class CampaignDetail:
    campaign: Campaign
    size: int = 0
    people: int = 0
    by_item: dict[str, int] = field(default_factory=dict)
    by_position: dict[str, int] = field(default_factory=lambda: empty_counts(POSITION_KEYS))
    with_personal_text: int = 0
    first_received_at: datetime | None = None
    last_received_at: datetime | None = None
    members: list[Comment] = field(default_factory=list)
    next_cursor: str | None = None


@dataclass
class CampaignListing:
    """One campaign in the list: comments and distinct people counted apart (spam left out).

    A person who sent the letter twice is two comments and one person; ``by_item`` holds each
    item's ``(comments, people)``.
    """

    campaign: Campaign
    comments: int = 0
    people: int = 0
    by_item: dict[str, tuple[int, int]] = field(default_factory=dict)


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

    def page(
        self, limit: int, cursor: str | None, item_id: str | None = None
    ) -> tuple[list[CampaignListing], str | None]:
        """Campaigns with at least one non-spam member (on ``item_id`` when given), by id,
        keyset-paginated like every other list; the page's figures from two grouped reads."""
        members = select(Comment.id).where(Comment.campaign_id == Campaign.id, not_spam())
        if item_id is not None:
            members = members.where(Comment.item_id == item_id)
        query = select(Campaign).where(members.exists())
        campaigns, next_cursor = keyset_page(self.session, query, Campaign.id, limit, cursor)
        listings = {c.id: CampaignListing(campaign=c) for c in campaigns}
        self._count(listings)
        return list(listings.values()), next_cursor

    def _count(self, listings: dict[int, CampaignListing]) -> None:
        if not listings:
            return
        ids = list(listings)
        people = func.count(func.distinct(Comment.person_key))
        on_page = (Comment.campaign_id.in_(ids), not_spam())
        per_item = select(Comment.campaign_id, Comment.item_id, func.count(), people).where(
            *on_page
        )
        rows: Any = self.session.execute(per_item.group_by(Comment.campaign_id, Comment.item_id))
        for campaign_id, item_id, n, p in rows:
            listings[campaign_id].by_item[item_id] = (n, p)
        overall = select(Comment.campaign_id, func.count(), people).where(*on_page)
        rows = self.session.execute(overall.group_by(Comment.campaign_id))
        for campaign_id, n, p in rows:
            listings[campaign_id].comments = n
            listings[campaign_id].people = p

    def members(
        self,
        campaign_id: int,
        limit: int,
        cursor: str | None,
        with_personal_text: bool | None = None,
    ) -> tuple[list[Comment], str | None]:
        """Members in arrival order, keyset-paginated like the comments list."""
        query = (
            select(Comment)
            .options(joinedload(Comment.submitter))
            .where(Comment.campaign_id == campaign_id, not_spam())
        )
        if with_personal_text is not None:
            personal = has_personal_text()
            query = query.where(personal if with_personal_text else not_(personal))
        return keyset_page(self.session, query, Comment.id, limit, cursor)

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
        detail.people = (
            self.session.scalar(
                select(func.count(func.distinct(Comment.person_key))).where(
                    Comment.campaign_id == detail.campaign.id, not_spam()
                )
            )
            or 0
        )
        detail.by_position = overall.by_position
        detail.with_personal_text = overall.with_personal_text
        detail.first_received_at = overall.first_received_at
        detail.last_received_at = overall.last_received_at
