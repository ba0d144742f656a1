""" "This was filed in my name": the same public answer whatever is found, the report reaches
staff with the comments it matched, and a disputed comment is counted apart."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import posted_id

REPORTS = "/api/v1/false-filing-reports"
STATEMENT = "I never sent this comment; someone used my email address."


def post_comment(client: FlaskClient, email: str) -> int:
    return posted_id(client, submitter={"name": "Maria Lopez", "email": email})


def test_a_report_gets_the_same_answer_found_or_not_and_reaches_staff(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    first = post_comment(client, "maria@example.org")
    second = post_comment(client, "Maria@Example.org")
    post_comment(client, "someone.else@example.org")

    found = client.post(REPORTS, json={"email": "maria@example.org", "statement": STATEMENT})
    by_receipt = client.post(REPORTS, json={"receipt": first, "statement": STATEMENT})
    not_found = client.post(REPORTS, json={"email": "nobody@example.org", "statement": STATEMENT})
    no_receipt = client.post(REPORTS, json={"receipt": 999_999, "statement": STATEMENT})
    answers = [found, by_receipt, not_found, no_receipt]
    assert {r.status_code for r in answers} == {202}
    assert len({r.get_data() for r in answers}) == 1  # byte for byte the same
    assert len({tuple(sorted(r.headers.keys())) for r in answers}) == 1

    reports = client.get(REPORTS, headers=staff).json["items"]
    assert [r["comment_ids"] for r in reports] == [[first, second], [first], [], []]
    assert reports[0]["statement"] == STATEMENT
    assert client.get(REPORTS).status_code == 401


def test_a_report_must_name_a_comment(client: FlaskClient) -> None:
    response = client.post(REPORTS, json={"statement": STATEMENT})
    assert response.status_code == 422
    assert "receipt" in response.json["errors"]
    assert client.post(REPORTS, json={"email": "x@example.org"}).status_code == 422


def test_a_disputed_comment_is_counted_apart(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    comment_id = post_comment(client, "maria@example.org")
    post_comment(client, "ana@example.org")
    client.post(REPORTS, json={"receipt": comment_id, "statement": STATEMENT})
    report_id = client.get(REPORTS, headers=staff).json["items"][0]["id"]

    url = f"/api/v1/comments/{comment_id}/dispute"
    body = {"reason": "The named person confirmed by phone.", "report_id": report_id}
    assert client.put(url, json=body).status_code == 401
    response = client.put(url, json=body, headers=staff)
    assert response.status_code == 200, response.json
    record = client.get(f"/api/v1/comments/{comment_id}", headers=staff).json
    assert record["disputed"]["report_id"] == report_id
    summary = client.get("/api/v1/agenda-items/2026-00837/summary", headers=staff).json
    assert (summary["total"], summary["disputed"]) == (2, 1)
    report = client.get("/api/v1/agenda-items/2026-00837/report", headers=staff)
    assert "Disputed" in report.get_data(as_text=True)

    assert client.delete(url, headers=staff).status_code == 204
    summary = client.get("/api/v1/agenda-items/2026-00837/summary", headers=staff).json
    assert summary["disputed"] == 0
    assert client.delete(url, headers=staff).status_code == 404


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_public": "2/minute"}])
def test_reports_are_rate_limited_like_public_posts(client: FlaskClient) -> None:
    statuses = [
        client.post(REPORTS, json={"receipt": 1, "statement": STATEMENT}).status_code
        for _ in range(3)
    ]
    assert statuses == [202, 202, 429]


def test_the_public_page_answers_the_same_and_reaches_staff(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    comment_id = post_comment(client, "maria@example.org")
    page = client.get("/false-filing")
    assert page.status_code == 200
    assert 'name="receipt"' in page.get_data(as_text=True)
    found = client.post("/false-filing", data={"receipt": str(comment_id), "statement": STATEMENT})
    missing = client.post("/false-filing", data={"email": "no@example.org", "statement": STATEMENT})
    assert found.status_code == missing.status_code == 303
    assert found.headers["Location"] == missing.headers["Location"]
    assert client.get(found.headers["Location"]).status_code == 200
    reports = client.get(REPORTS, headers=staff).json["items"]
    assert [r["comment_ids"] for r in reports] == [[comment_id], []]


def test_the_public_page_shows_what_is_missing(client: FlaskClient) -> None:
    response = client.post("/false-filing", data={"statement": STATEMENT})
    assert response.status_code == 422
    assert "Give the receipt number or the email used." in response.get_data(as_text=True)
