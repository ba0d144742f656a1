"""Spam labelling through the request path, and staff control over every label.

A spam label moves a comment out of the first counts; it never refuses it. Staff can see why,
undo it, and their decision stands against any later relabelling.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import Campaign, Comment
from tests.conftest import at, comment_payload, json_body
from tests.spam_posts import TEMPLATE, URL, content_only, fixtures, label_of, post


@pytest.mark.slow
def test_legitimate_comments_are_never_spam(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    ham = content_only(fixtures("ham.jsonl"))
    labels = [label_of(client, staff, post(client, r["body"], n)["id"]) for n, r in enumerate(ham)]
    flagged = [
        (r["note"], lab["reasons"])
        for r, lab in zip(ham, labels, strict=True)
        if lab["kind"] == "spam"
    ]
    print(f"\nlegitimate comments through the API: {len(ham)}, labelled spam: {len(flagged)}")
    assert flagged == []


@pytest.mark.slow
@pytest.mark.usefixtures("item")
def test_content_spam_is_labelled_with_its_reasons_and_still_stored(
    client: FlaskClient, staff: dict[str, str], session: Session
) -> None:
    spam = content_only(fixtures("spam.jsonl"))
    labels = [label_of(client, staff, post(client, r["body"], n)["id"]) for n, r in enumerate(spam)]
    caught = [lab for lab in labels if lab["kind"] == "spam"]
    print(f"\ncontent spam through the API: {len(spam)}, labelled spam: {len(caught)}")
    for record, label in zip(spam, labels, strict=True):
        print(f"  {label['kind']:<11} {label['spam_score']:.2f}  {record['note']}")
    assert len(caught) / len(spam) >= 0.9
    assert all(lab["reasons"] and lab["spam_score"] >= 0.7 for lab in caught)
    assert session.scalar(select(func.count()).select_from(Comment)) == len(spam)


@pytest.mark.usefixtures("item")
def test_a_burst_of_identical_text_from_one_address_is_spam(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    start = at("2026-11-20T18:00:00")
    ids = []
    for second in range(3):
        set_clock(start + timedelta(seconds=second))
        response = client.post(
            URL,
            json=comment_payload(TEMPLATE, submitter={"name": f"Bot {second}"}),
            environ_base={"REMOTE_ADDR": "198.51.100.9"},
        )
        ids.append(response.json["id"])
    labels = [label_of(client, staff, cid) for cid in ids]
    assert [lab["kind"] for lab in labels[:2]] != ["spam", "spam"]
    assert labels[2]["kind"] == "spam"
    assert any(reason.startswith("burst") for reason in labels[2]["reasons"])
    # The same text spread out over time from one address is not a burst.
    set_clock(start + timedelta(hours=2))
    later = client.post(
        URL,
        json=comment_payload(TEMPLATE, submitter={"name": "Slow"}),
        environ_base={"REMOTE_ADDR": "198.51.100.9"},
    ).json
    assert not any(r.startswith("burst") for r in label_of(client, staff, later["id"])["reasons"])


@pytest.mark.usefixtures("item")
def test_velocity_is_a_reason_but_not_alone_spam(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    start = at("2026-11-20T18:00:00")
    last: dict[str, Any] = {}
    for minute in range(5):
        set_clock(start + timedelta(minutes=minute))
        last = json_body(
            client.post(
                URL,
                json=comment_payload(f"Point number {minute} about the budget for the library."),
                environ_base={"REMOTE_ADDR": "203.0.113.77"},
            )
        )
    label = label_of(client, staff, last["id"])
    assert any(reason.startswith("velocity") for reason in label["reasons"])
    assert label["kind"] != "spam"


@pytest.mark.usefixtures("item")
def test_integration_tokens_sending_one_letter_for_many_members_is_not_a_burst(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    ids = [
        client.post(
            URL,
            json=comment_payload(
                TEMPLATE, submitter={"name": f"Member {n}", "email": f"m{n}@example.org"}
            ),
            headers=integration,
        ).json["id"]
        for n in range(6)
    ]
    kinds = {label_of(client, staff, cid)["kind"] for cid in ids}
    assert kinds == {"form_letter"}


@pytest.mark.usefixtures("item")
def test_staff_change_a_label_with_a_reason_and_see_the_history(
    client: FlaskClient, staff: dict[str, str], make_token: Any
) -> None:
    spam = post(client, content_only(fixtures("spam.jsonl"))[0]["body"], 1)
    assert label_of(client, staff, spam["id"])["kind"] == "spam"
    url = f"/api/v1/comments/{spam['id']}/label"
    changed = client.patch(
        url, json={"kind": "unique", "reason": "A resident's real comment."}, headers=staff
    )
    assert changed.status_code == 200
    assert changed.json["label"]["kind"] == "unique"
    assert changed.json["label"]["decided_by"] == "staff"
    history = client.get(f"/api/v1/comments/{spam['id']}/history", headers=staff).json["items"]
    assert [(h["from_kind"], h["to_kind"]) for h in history] == [(None, "spam"), ("spam", "unique")]
    assert history[0]["actor"] == "system"
    assert (
        history[1]["actor"].startswith("staff:")
        and history[1]["reason"] == "A resident's real comment."
    )


def test_staff_move_a_comment_into_a_campaign(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    first, second = post(client, TEMPLATE, 1), post(client, TEMPLATE, 2)
    campaign_id = label_of(client, staff, first["id"])["campaign_id"]
    assert (
        campaign_id is not None
        and label_of(client, staff, second["id"])["campaign_id"] == campaign_id
    )
    loner = post(client, "Short and different: I worry about the police budget this year.", 3)
    url = f"/api/v1/comments/{loner['id']}/label"
    moved = client.patch(
        url,
        json={"kind": "form_letter", "campaign_id": campaign_id, "reason": "paper copy"},
        headers=staff,
    ).json["label"]
    assert (moved["kind"], moved["campaign_id"]) == ("form_letter", campaign_id)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"kind": "unique"}, "reason"),
        ({"kind": "unique", "reason": "  "}, "reason"),
        ({"kind": "maybe", "reason": "x"}, "kind"),
        ({"kind": "form_letter", "reason": "x"}, "campaign_id"),
        ({"kind": "form_letter", "campaign_id": 999, "reason": "x"}, "campaign_id"),
        ({"kind": "unique", "campaign_id": 1, "reason": "x"}, "campaign_id"),
        ({"kind": "duplicate", "reason": "x"}, "duplicate_of"),
    ],
)
@pytest.mark.usefixtures("item")
def test_invalid_label_changes_are_422_and_change_nothing(
    client: FlaskClient, staff: dict[str, str], payload: dict[str, Any], field: str
) -> None:
    comment = post(client, "I support the resolution.", 1)
    before = label_of(client, staff, comment["id"])
    response = client.patch(f"/api/v1/comments/{comment['id']}/label", json=payload, headers=staff)
    assert response.status_code == 422
    assert field in response.json["errors"]
    assert label_of(client, staff, comment["id"]) == before
    history = client.get(f"/api/v1/comments/{comment['id']}/history", headers=staff).json["items"]
    assert len(history) == 1


def test_label_control_needs_staff(
    client: FlaskClient, item: dict[str, Any], integration: dict[str, str]
) -> None:
    comment = post(client, "I support the resolution.", 1)
    url = f"/api/v1/comments/{comment['id']}/label"
    body = {"kind": "spam", "reason": "x"}
    assert client.patch(url, json=body).status_code == 401
    assert client.patch(url, json=body, headers=integration).status_code == 403
    assert (
        client.get(f"/api/v1/comments/{comment['id']}/history", headers=integration).status_code
        == 403
    )
    assert client.get("/api/v1/comments/999/history", headers={}).status_code == 401


@pytest.mark.usefixtures("item")
def test_relabel_recomputes_system_labels_and_keeps_staff_decisions(
    client: FlaskClient, staff: dict[str, str], session: Session, relabel_all: Callable[[], int]
) -> None:
    a, b, c = post(client, TEMPLATE, 1), post(client, TEMPLATE, 2), post(client, TEMPLATE, 3)
    client.patch(
        f"/api/v1/comments/{c['id']}/label",
        json={"kind": "unique", "reason": "staff know this person wrote it alone"},
        headers=staff,
    )
    before = {cid: label_of(client, staff, cid) for cid in (a["id"], b["id"], c["id"])}
    assert relabel_all() == 2
    after = {cid: label_of(client, staff, cid) for cid in (a["id"], b["id"], c["id"])}
    assert after[c["id"]] == before[c["id"]]
    assert after[a["id"]]["kind"] == after[b["id"]]["kind"] == "form_letter"
    assert after[a["id"]]["campaign_id"] == after[b["id"]]["campaign_id"] is not None
    assert session.scalar(select(func.count()).select_from(Campaign)) == 1
