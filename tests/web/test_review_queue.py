"""The review queue: system labels near their thresholds, relabelled after the fact or taken
into a campaign later, confirmed or changed in bulk with one reason, one label event each."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.models import Comment, LabelEvent
from tests.conftest import at
from tests.labelled import Arranged, arrange
from tests.staff_pages import csrf, post, sign_in


def queued(client: FlaskClient) -> set[int]:
    page = client.get("/staff/review").get_data(as_text=True)
    return {int(n) for n in re.findall(r'id="review-(\d+)"', page)}


def arrange_queue(session: Session) -> tuple[Arranged, dict[str, int]]:
    """#5 a form letter just over the threshold, #1 a spam score just under it, #2 relabelled
    by the system, #6 taken into its campaign later; #8 a form letter far over the threshold."""
    arranged = arrange(session)
    ids = arranged.ids

    def comment(n: int) -> Comment:
        found = session.get(Comment, ids[n])
        assert found is not None
        return found

    comment(5).similarity = 0.72
    comment(8).similarity = 0.97
    comment(1).spam_score = 0.62
    comment(2).spam_score = 0.05
    for n, from_kind, reason in (
        (2, "form_letter", "relabel: unique"),
        (6, "unique", "joined campaign 1: a later comment shares its template"),
    ):
        session.add(
            LabelEvent(
                comment_id=ids[n],
                created_at=at("2026-11-21T09:00:00"),
                actor="system",
                from_kind=from_kind,
                to_kind=comment(n).kind or "unique",
                reason=reason,
            )
        )
    session.commit()
    return arranged, {
        "near_form": ids[5],
        "near_spam": ids[1],
        "relabelled": ids[2],
        "absorbed": ids[6],
        "clear": ids[8],
    }


def test_the_queue_holds_what_a_clerk_should_look_at_first(
    client: FlaskClient, session: Session, staff: dict[str, str]
) -> None:
    _arranged, ids = arrange_queue(session)
    sign_in(client, staff)
    in_queue = queued(client)
    assert {ids["near_form"], ids["near_spam"], ids["relabelled"], ids["absorbed"]} <= in_queue
    assert ids["clear"] not in in_queue
    page = client.get("/staff/review").get_data(as_text=True)
    assert "taken into a campaign after it arrived" in page
    assert "a spam score close to the threshold" in page


def test_bulk_decisions_are_label_events_with_one_reason(
    client: FlaskClient, session: Session, staff: dict[str, str]
) -> None:
    _arranged, ids = arrange_queue(session)
    sign_in(client, staff)
    chosen = [ids["near_form"], ids["absorbed"]]
    done = client.post(
        "/staff/review",
        data={
            "csrf_token": csrf(client),
            "comment_ids": [str(i) for i in chosen],
            "action": "confirm",
            "reason": "Read them: they are the letter.",
        },
    )
    assert done.status_code == 303
    changed = post(client, "/staff/review", comment_ids=str(ids["near_spam"]), action="spam",
                   reason="An advert.")  # fmt: skip
    assert changed.status_code == 303
    session.expire_all()
    for comment_id, kind in ((chosen[0], "form_letter"), (chosen[1], "form_letter"),
                             (ids["near_spam"], "spam")):  # fmt: skip
        comment = session.get(Comment, comment_id)
        assert comment is not None and (comment.kind, comment.decided_by) == (kind, "staff")
        last = session.scalars(
            select(LabelEvent)
            .where(LabelEvent.comment_id == comment_id)
            .order_by(LabelEvent.id.desc())
        ).first()
        assert last is not None and last.actor.startswith("staff:")
        assert last.reason in ("Read them: they are the letter.", "An advert.")
    assert not {*chosen, ids["near_spam"]} & queued(client)  # decided: off the queue


def test_a_bulk_decision_needs_comments_and_a_reason(
    client: FlaskClient, session: Session, staff: dict[str, str]
) -> None:
    _arranged, ids = arrange_queue(session)
    sign_in(client, staff)
    no_reason = post(client, "/staff/review", comment_ids=str(ids["near_form"]), action="unique")
    assert no_reason.status_code == 422
    assert "Reason" in no_reason.get_data(as_text=True)
    nothing = post(client, "/staff/review", action="unique", reason="x")
    assert nothing.status_code == 422
    assert "Choose at least one comment." in nothing.get_data(as_text=True)
    comment = session.get(Comment, ids["near_form"])
    assert comment is not None and comment.decided_by == "system"
