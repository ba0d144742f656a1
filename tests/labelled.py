"""A labelled agenda item with known answers, written straight to the tables.

The labeller is built elsewhere; these rows stand in for what it writes. The expected figures
below are worked out by hand from the rows (see the comments) so every number is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from intake.models import AgendaItem, Campaign, Comment, Submitter
from intake.services.comments import identity_key
from tests.conftest import at


@pytest.fixture(name="settings_overrides")
def keeps_unlabelled() -> dict[str, Any]:
    """Settings for tests of the arrangement (import it into the test module): it keeps one
    comment unlabelled on purpose, which PostgreSQL's label queue would label before the first
    read (intake/services/label_queue.py)."""
    return {"labelling": "inline"}


ITEM = "2026-00837"
OTHER = "2026-00901"
C1_TEXT = "Keep city property out of immigration enforcement. Pass an ordinance."
C2_TEXT = "Please vote no on this ordinance; it ties the police department's hands."
ADDITION = "My family came here in 1994 and this city took us in."
ADDITION_2 = "Traffic on Freeport is bad already."


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    address: str
    postal_code: str = "95818"


PEOPLE = {
    f"p{i}": Person(name, f"{name.split()[0].lower()}@example.org", f"{100 + i} Quietname Ln")
    for i, name in enumerate(
        [
            "Anaïs Okafor",
            "Bartholomew Quince",
            "Cordelia Vasquez",
            "Desmond Ishikawa",
            "Evangeline Petrov",
            "Fitzgerald Amadi",
            "Genoveva Lindqvist",
            "Horatio Balogun",
            "Ignatius Spamwell",
            "Jacqueline Moreau",
            "Kasimir Oyelaran",
        ],
        start=1,
    )
}


@dataclass
class Arranged:
    c1: int
    c2: int
    ids: dict[int, int]  # fixture number -> comment id


def add_comment(
    session: Session,
    *,
    item_id: str,
    person: str,
    received_at: datetime,
    body: str,
    position: str | None,
    kind: str | None,
    campaign_id: int | None = None,
    personal_text: str | None = None,
    duplicate_of_id: int | None = None,
) -> Comment:
    who = PEOPLE[person]
    submitter: dict[str, Any] = {
        "name": who.name,
        "email": who.email,
        "postal_code": who.postal_code,
        "address": who.address,
    }
    comment = Comment(
        item_id=item_id,
        body=body,
        position=position,
        received_at=received_at,
        source="form",
        kind=kind,
        campaign_id=campaign_id,
        personal_text=personal_text,
        duplicate_of_id=duplicate_of_id,
        reasons=[],
        decided_by=None if kind is None else "system",
    )
    comment.submitter = Submitter(**submitter, identity_key=identity_key(submitter))
    session.add(comment)
    session.flush()
    return comment


def arrange(session: Session) -> Arranged:
    """Thirteen comments on ITEM and one on OTHER; expected figures in EXPECTED below."""
    if session.get(AgendaItem, ITEM) is None:
        session.add(AgendaItem(id=ITEM, title="Prohibiting the use of city property"))
    session.add(AgendaItem(id=OTHER, title="Sanctuary policy follow-up"))
    c1 = Campaign(representative_text=C1_TEXT, profile=b"")
    c2 = Campaign(representative_text=C2_TEXT, profile=b"")
    session.add_all([c1, c2])
    session.flush()
    ids: dict[int, int] = {}

    def add(
        n: int, person: str, time: str, position: str | None, kind: str | None, **kw: Any
    ) -> None:
        body = kw.pop("body", None) or {
            "form_letter": C1_TEXT if kw.get("campaign_id") == c1.id else C2_TEXT,
        }.get(kind or "", f"Comment number {n} in my own words.")
        if kw.get("personal_text"):
            body = f"{body}\n\n{kw['personal_text']}"
        comment = add_comment(
            session,
            item_id=kw.pop("item_id", ITEM),
            person=person,
            received_at=at(f"2026-11-20T{time}"),
            body=body,
            position=position,
            kind=kind,
            **kw,
        )
        ids[n] = comment.id

    add(1, "p1", "09:05:00", "support", "unique")
    add(2, "p2", "09:40:00", "oppose", "unique")
    add(3, "p2", "10:10:00", "oppose", "duplicate", duplicate_of_id=ids[2],
        body="Comment number 2 in my own words.")  # fmt: skip
    add(4, "p3", "10:15:00", "support", "form_letter", campaign_id=c1.id, personal_text=ADDITION)
    add(5, "p4", "10:20:00", "support", "form_letter", campaign_id=c1.id)
    add(6, "p5", "10:50:00", "neutral", "form_letter", campaign_id=c1.id, personal_text=ADDITION)
    add(7, "p6", "11:05:00", None, "form_letter", campaign_id=c1.id, personal_text="")
    add(8, "p7", "11:10:00", "oppose", "form_letter", campaign_id=c2.id)
    add(9, "p8", "11:30:00", "oppose", "form_letter", campaign_id=c2.id, personal_text=ADDITION_2)
    add(10, "p9", "11:45:00", "support", "spam", body="Cheap pills at spam.example")
    add(11, "p1", "12:00:00", None, "spam", body="Buy followers now")
    add(12, "p10", "12:10:00", "neutral", None)
    add(13, "p3", "12:20:00", "support", "duplicate", campaign_id=c1.id, duplicate_of_id=ids[4],
        body=C1_TEXT)  # fmt: skip
    add_comment(
        session,
        item_id=OTHER,
        person="p11",
        received_at=at("2026-11-19T08:00:00"),
        body=C1_TEXT,
        position="support",
        kind="form_letter",
        campaign_id=c1.id,
    )
    session.commit()
    return Arranged(c1=c1.id, c2=c2.id, ids=ids)
