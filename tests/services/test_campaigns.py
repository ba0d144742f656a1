"""The campaign read side (``CampaignService``) through its public methods, on a real session.

The rows are ``tests.labelled``'s item with known answers, written straight to the tables, so
every figure below is counted by hand from them (no HTTP, no labeller). Campaign 1: comments 4,
5, 6, 7 and 13 on ITEM (13 is p3's second copy) and p11's copy on OTHER; campaign 2: comments 8
and 9. Spam never counts, not even when a spam comment carries a campaign.
"""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from intake.errors import NotFound
from intake.models import Campaign
from intake.services.campaigns import CampaignService
from tests.conftest import at
from tests.labelled import ITEM, OTHER, Arranged, add_comment, arrange


@pytest.fixture
def arranged(session: Session) -> Arranged:
    arranged = arrange(session)
    # A spam comment in campaign 1, and a campaign whose only member is spam.
    add_comment(session, item_id=ITEM, person="p9", received_at=at("2026-11-20T13:00:00"),
                body="Buy followers now", position="support", kind="spam",
                campaign_id=arranged.c1)  # fmt: skip
    only_spam = Campaign(representative_text="spam", profile=b"")
    session.add(only_spam)
    session.flush()
    add_comment(session, item_id=ITEM, person="p10", received_at=at("2026-11-20T13:05:00"),
                body="Cheap pills", position=None, kind="spam",
                campaign_id=only_spam.id)  # fmt: skip
    session.commit()
    return arranged


def test_detail_counts_comments_people_items_positions_and_personal_text(
    session: Session, arranged: Arranged
) -> None:
    detail = CampaignService(session).detail(arranged.c1, limit=10, cursor=None)
    assert detail.campaign.id == arranged.c1
    assert detail.size == 6
    assert detail.people == 5  # p3 sent two copies
    assert detail.by_item == {ITEM: 5, OTHER: 1}
    assert detail.by_position == {"support": 4, "oppose": 0, "neutral": 1, "unspecified": 1}
    assert detail.with_personal_text == 2  # 4 and 6; 7's empty addition is none
    assert detail.first_received_at is not None and detail.last_received_at is not None
    assert detail.first_received_at.replace(tzinfo=None) == at("2026-11-19T08:00:00").replace(
        tzinfo=None
    )
    assert detail.last_received_at.replace(tzinfo=None) == at("2026-11-20T12:20:00").replace(
        tzinfo=None
    )
    ids = arranged.ids
    assert [c.id for c in detail.members][:5] == [ids[4], ids[5], ids[6], ids[7], ids[13]]
    assert len(detail.members) == 6
    assert detail.next_cursor is None


def test_members_are_paged_in_arrival_order_and_filtered_by_personal_text(
    session: Session, arranged: Arranged
) -> None:
    service, ids = CampaignService(session), arranged.ids
    first, cursor = service.members(arranged.c1, 2, None)
    assert [c.id for c in first] == [ids[4], ids[5]]
    second, cursor = service.members(arranged.c1, 2, cursor)
    assert [c.id for c in second] == [ids[6], ids[7]]
    third, cursor = service.members(arranged.c1, 2, cursor)
    assert [c.item_id for c in third] == [ITEM, OTHER]
    assert cursor is None
    personal, _ = service.members(arranged.c1, 10, None, with_personal_text=True)
    assert [c.id for c in personal] == [ids[4], ids[6]]
    others, _ = service.members(arranged.c1, 10, None, with_personal_text=False)
    assert ids[4] not in {c.id for c in others} and len(others) == 4
    assert all(c.submitter is not None for c in first)  # loaded with the page


def test_the_list_counts_comments_and_people_apart_and_leaves_spam_only_campaigns_out(
    session: Session, arranged: Arranged
) -> None:
    listings, cursor = CampaignService(session).page(10, None)
    assert cursor is None
    assert [entry.campaign.id for entry in listings] == [arranged.c1, arranged.c2]
    c1, c2 = listings
    assert (c1.comments, c1.people) == (6, 5)
    assert c1.by_item == {ITEM: (5, 4), OTHER: (1, 1)}
    assert (c2.comments, c2.people, c2.by_item) == (2, 2, {ITEM: (2, 2)})


def test_the_list_is_paged_by_id_and_filtered_by_item(session: Session, arranged: Arranged) -> None:
    service = CampaignService(session)
    first, cursor = service.page(1, None)
    assert [entry.campaign.id for entry in first] == [arranged.c1]
    assert cursor is not None
    rest, cursor = service.page(1, cursor)
    assert [entry.campaign.id for entry in rest] == [arranged.c2]
    assert cursor is None
    on_other, _ = service.page(10, None, item_id=OTHER)
    assert [entry.campaign.id for entry in on_other] == [arranged.c1]
    assert on_other[0].comments == 6  # the figures are the campaign's, across every item


def test_an_unknown_campaign_is_a_domain_not_found(session: Session, arranged: Arranged) -> None:
    service = CampaignService(session)
    with pytest.raises(NotFound):
        service.get(arranged.c2 + 1000)
    with pytest.raises(NotFound):
        service.detail(arranged.c2 + 1000, limit=10, cursor=None)
