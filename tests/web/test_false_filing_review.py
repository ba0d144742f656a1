"""A false-filing report reaches the staff review queue with the report attached, whatever the
comment's label; staff mark it disputed (or confirm it) from the dashboard, which takes it off."""

from __future__ import annotations

import html
import re
from typing import Any

from flask.testing import FlaskClient

from tests.conftest import posted_id
from tests.staff_pages import post, sign_in

REPORTS = "/api/v1/false-filing-reports"
STATEMENT = "I never sent this comment; someone used my email address."


def queued(client: FlaskClient) -> set[int]:
    page = client.get("/staff/review").get_data(as_text=True)
    return {int(n) for n in re.findall(r'id="review-(\d+)"', page)}


def post_comment(client: FlaskClient, body: str, email: str) -> int:
    return posted_id(client, body, submitter={"name": "Maria Lopez", "email": email})


def test_a_report_puts_its_comments_in_the_review_queue_with_the_report(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    maria = post_comment(client, "Please fund the library branch.", "maria@example.org")
    ana = post_comment(client, "Keep the pool open on Sundays.", "ana@example.org")
    other = post_comment(client, "Fix the potholes on 5th Street.", "tom@example.org")
    sign_in(client, staff)
    assert queued(client) == set()

    # A label staff decided before the report does not keep the report out of the queue.
    change = {"kind": "unique", "reason": "Read it: her own words."}
    assert client.patch(f"/api/v1/comments/{ana}/label", json=change, headers=staff).status_code
    for report in ({"email": "maria@example.org"}, {"receipt": ana}, {"email": "no@ex.org"}):
        assert client.post(REPORTS, json={**report, "statement": STATEMENT}).status_code == 202
    assert queued(client) == {maria, ana}
    assert other not in queued(client)

    page = html.unescape(client.get("/staff/review").get_data(as_text=True))
    assert "reported as filed in someone's name without consent" in page
    assert page.count(STATEMENT) == 2  # each comment's own report, shown with it
    comment_page = html.unescape(client.get(f"/staff/comments/{maria}").get_data(as_text=True))
    assert STATEMENT in comment_page and "Mark disputed" in comment_page


def test_marking_it_disputed_or_confirming_it_takes_it_off(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    maria = post_comment(client, "Please fund the library branch.", "maria@example.org")
    ana = post_comment(client, "Keep the pool open on Sundays.", "ana@example.org")
    for email in ("maria@example.org", "ana@example.org"):
        client.post(REPORTS, json={"email": email, "statement": STATEMENT})
    reports = client.get(REPORTS, headers=staff).json["items"]
    sign_in(client, staff)
    assert queued(client) == {maria, ana}

    refused = post(client, f"/staff/comments/{maria}/dispute", dispute_reason="  ")
    assert refused.status_code == 422
    assert "dispute_reason-error" in refused.get_data(as_text=True)
    marked = post(
        client,
        f"/staff/comments/{maria}/dispute",
        dispute_reason="She confirmed by phone that she never wrote it.",
        report_id=str(reports[0]["id"]),
    )
    assert marked.status_code == 303
    record = client.get(f"/api/v1/comments/{maria}", headers=staff).json
    assert record["disputed"]["report_id"] == reports[0]["id"]
    assert record["disputed"]["actor"].startswith("staff:")
    summary = client.get("/api/v1/agenda-items/2026-00837/summary", headers=staff).json
    assert summary["disputed"] == 1

    confirmed = post(
        client,
        "/staff/review",
        comment_ids=str(ana),
        action="confirm",
        reason="Called her back: she did send it.",
    )
    assert confirmed.status_code == 303
    assert queued(client) == set()

    assert post(client, f"/staff/comments/{maria}/dispute/withdraw").status_code == 303
    assert client.get(f"/api/v1/comments/{maria}", headers=staff).json["disputed"] is None
    assert queued(client) == {maria}  # its report stands again until staff decide
