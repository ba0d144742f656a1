"""The campaign store (``intake.labelling.campaigns``) through its public methods, on a session.

The store is what the labeller calls once the pure engine has decided: found a campaign from
earlier comments, absorb earlier copies into one, measure a member's own words against its
template. These tests call it directly on rows written straight to the tables (``tests.labelled``)
with the labeller's own collaborators (its fingerprinter, settings and an empty batch's
snapshot), so a failure names the store, not the request path around it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.labelling import labeller_factory
from intake.labelling.campaigns import CampaignStore, recurring_norms
from intake.models import Comment, LabelEvent
from intake.text.normalize import segments
from schemas.vocabulary import SYSTEM
from tests.conftest import at
from tests.labelled import ITEM, PEOPLE, Arranged, add_comment, arrange

NOW = at("2026-11-21T09:00:00")
TEMPLATE = (
    "Keep city property out of immigration enforcement. Pass a binding ordinance this month. "
    "Close the loophole of joint task forces with federal agencies."
)
OWN = {
    "p1": "I have taught at Bret Harte Elementary for twenty years.",
    "p2": "My daughter rides her bicycle past the station every morning.",
    "p4": "Our congregation hosts a food bank on Tuesdays.",
}


def clock() -> datetime:
    return NOW


@pytest.fixture
def store(session: Session) -> CampaignStore:
    settings = Settings()
    labeller = labeller_factory(settings, clock)(session)
    return CampaignStore(
        session,
        labeller.load_snapshot([]),
        labeller.fingerprinter,
        settings.match,
        settings.campaign_learning_members,
        clock,
    )


def norms(text: str) -> set[str]:
    return {seg.norm for seg in segments(text) if seg.is_content}


def founders(session: Session) -> list[Comment]:
    arrange(session)  # the item and its people
    made = []
    for n, (who, own) in enumerate(OWN.items()):
        when = at(f"2026-11-21T08:0{n}:00")
        body = f"{TEMPLATE}\n\n{own}"
        made.append(
            add_comment(
                session,
                item_id=ITEM,
                person=who,
                received_at=when,
                body=body,
                position="support",
                kind="unique",
            )
        )
    return made


def test_found_learns_the_shared_template_and_shows_no_ones_own_words(
    session: Session, store: CampaignStore
) -> None:
    comments = founders(session)
    newest = store.fingerprinter.fingerprint(comments[-1].matching_text)
    campaign = store.found(comments, newest)
    assert campaign.id is not None
    assert campaign.created_at.replace(tzinfo=None) == NOW.replace(tzinfo=None)
    assert campaign.profile  # the matching profile is stored with the row
    assert norms(TEMPLATE) <= set(campaign.template_norms or ())
    assert not any(norms(own) & set(campaign.template_norms or ()) for own in OWN.values())
    shown = campaign.representative_text
    assert "binding ordinance" in shown
    assert not any(own[:20] in shown for own in OWN.values())
    assert not any(PEOPLE[who].name in shown for who in OWN)


def test_a_members_own_words_are_what_the_template_does_not_cover(
    session: Session, store: CampaignStore
) -> None:
    comments = founders(session)
    campaign = store.found(comments, store.fingerprinter.fingerprint(comments[-1].matching_text))
    added = store.personal_text(campaign, f"{TEMPLATE}\n\nThe bus stop floods when it rains.")
    assert added is not None and "bus stop floods" in added
    assert store.personal_text(campaign, TEMPLATE) is None


def test_absorb_takes_system_labelled_copies_with_one_event_each_and_leaves_staff_alone(
    session: Session, store: CampaignStore
) -> None:
    arranged: Arranged = arrange(session)
    ids = arranged.ids
    staff_decided = session.get(Comment, ids[2])
    assert staff_decided is not None
    staff_decided.decided_by = "staff"
    session.flush()
    campaign = store.get(arranged.c1)
    wanted = [ids[1], ids[2], ids[3], ids[10], ids[4]]  # unique, staff, duplicate, spam, member
    absorbed = store.absorb(campaign, wanted, similarity=0.91)
    assert [c.id for c in absorbed] == [ids[1], ids[10]]
    assert [(c.kind, c.campaign_id, c.similarity) for c in absorbed] == [
        ("form_letter", arranged.c1, 0.91),
        ("spam", arranged.c1, 0.91),  # spam stays spam, counted apart
    ]
    for untouched in (ids[2], ids[3]):
        comment = session.get(Comment, untouched)
        assert comment is not None and comment.campaign_id is None
    store.events.write(session)  # kept for the batch's flush until then
    events = list(session.scalars(select(LabelEvent).where(LabelEvent.comment_id.in_(wanted))))
    assert sorted((e.comment_id, e.from_kind, e.to_kind) for e in events) == [
        (ids[1], "unique", "form_letter"),
        (ids[10], "spam", "spam"),
    ]
    assert {(e.actor, e.to_campaign_id) for e in events} == {(SYSTEM, arranged.c1)}
    assert store.absorb(campaign, [], similarity=0.9) == []


def test_get_names_a_campaign_that_is_not_there(session: Session, store: CampaignStore) -> None:
    arranged = arrange(session)
    assert store.get(arranged.c2).id == arranged.c2
    with pytest.raises(LookupError):
        store.get(arranged.c2 + 1000, for_update=True)


def test_recurring_norms_are_the_content_sentences_enough_bodies_share() -> None:
    shared = "Pass a binding ordinance this month."
    bodies = [f"{shared} Alpha line one here.", f"{shared} Beta line two here.", "Gamma only."]
    assert recurring_norms(bodies) == frozenset(norms(shared))
    assert recurring_norms(bodies, min_members=3) == frozenset()
