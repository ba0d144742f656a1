"""Batch intake: each entry judged on its own, valid ones stored, results in order."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import Comment
from tests.conftest import comment_payload

URL = "/api/v1/agenda-items/2026-00837/comments/batch"


def count_comments(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Comment)) or 0


@pytest.mark.usefixtures("item")
def test_valid_entries_are_stored_even_when_others_fail(
    client: FlaskClient, integration: dict[str, str], staff: dict[str, str], session: Session
) -> None:
    entries = [
        comment_payload("first"),
        comment_payload("bad position", position="maybe"),
        "not an object",
        comment_payload("fourth", submitter={"name": "Lee", "email": "nope"}),
        comment_payload("fifth"),
    ]
    response = client.post(URL, json={"comments": entries}, headers=integration)
    assert response.status_code == 200
    body = response.json
    assert (body["created"], body["failed"]) == (2, 3)
    assert [r["index"] for r in body["results"]] == [0, 1, 2, 3, 4]
    assert [r["status"] for r in body["results"]] == [201, 422, 422, 422, 201]
    assert body["results"][1]["problem"]["errors"] == {
        "position": ["Must be one of: support, oppose, neutral."]
    }
    assert "submitter.email" in body["results"][3]["problem"]["errors"]
    assert "_entry" in body["results"][2]["problem"]["errors"]
    first = body["results"][0]["receipt"]
    record = client.get(f"/api/v1/comments/{first['id']}", headers=staff).json
    assert record["body"] == "first"
    assert record["source"] == "api:campaign-tool"
    assert count_comments(session) == 2


@pytest.mark.usefixtures("item")
def test_a_null_entry_fails_alone(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    """The spec lets an entry be anything; a null one is judged like any other bad entry."""
    entries = [None, comment_payload("second")]
    response = client.post(URL, json={"comments": entries}, headers=integration)
    assert response.status_code == 200
    assert [r["status"] for r in response.json["results"]] == [422, 201]
    assert "_entry" in response.json["results"][0]["problem"]["errors"]
    assert count_comments(session) == 1


def test_batch_needs_an_integration_or_staff_token(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    assert client.post(URL, json={"comments": [comment_payload()]}).status_code == 401
    assert count_comments(session) == 0


@pytest.mark.parametrize("settings_overrides", [{"batch_max_comments": 3}])
@pytest.mark.usefixtures("item")
def test_batch_size_is_capped(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    response = client.post(URL, json={"comments": [comment_payload()] * 4}, headers=integration)
    assert response.status_code == 422
    assert "comments" in response.json["errors"]
    assert count_comments(session) == 0
    ok = client.post(URL, json={"comments": [comment_payload()] * 3}, headers=integration)
    assert ok.json["created"] == 3


def test_empty_or_malformed_batch_is_422(
    client: FlaskClient, item: dict[str, Any], integration: dict[str, str]
) -> None:
    assert client.post(URL, json={"comments": []}, headers=integration).status_code == 422
    assert client.post(URL, json={"comments": "x"}, headers=integration).status_code == 422
    assert client.post(URL, json={}, headers=integration).status_code == 422


def test_unknown_item_is_404(client: FlaskClient, integration: dict[str, str]) -> None:
    url = "/api/v1/agenda-items/nope/comments/batch"
    assert (
        client.post(url, json={"comments": [comment_payload()]}, headers=integration).status_code
        == 404
    )


@pytest.mark.usefixtures("item")
def test_batch_retry_with_idempotency_key_creates_nothing_new(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    headers = {**integration, "Idempotency-Key": "batch-42"}
    payload = {"comments": [comment_payload("a"), comment_payload("b")]}
    first = client.post(URL, json=payload, headers=headers)
    again = client.post(URL, json=payload, headers=headers)
    assert again.status_code == 200
    assert again.json == first.json
    assert count_comments(session) == 2


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_token": "5/minute"}])
def test_a_batch_costs_one_hit_per_entry(
    client: FlaskClient, item: dict[str, Any], integration: dict[str, str]
) -> None:
    assert (
        client.post(
            URL, json={"comments": [comment_payload()] * 4}, headers=integration
        ).status_code
        == 200
    )
    assert (
        client.post(
            URL, json={"comments": [comment_payload()] * 2}, headers=integration
        ).status_code
        == 429
    )


@pytest.mark.usefixtures("item")
def test_a_batch_decodes_its_json_body_once(
    client: FlaskClient, integration: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The API's body check decodes the document (Flask caches it, the rate limiter's cost
    reads it too); the view's parser reads that instead of decoding the same bytes again."""
    import json

    body = json.dumps({"comments": [comment_payload("one"), comment_payload("two")]})
    decoded: list[object] = []
    real_loads = json.loads

    def counting_loads(s: str | bytes, **kwargs: Any) -> Any:
        if (s.decode() if isinstance(s, bytes) else s) == body:
            decoded.append(s)
        return real_loads(s, **kwargs)

    monkeypatch.setattr(json, "loads", counting_loads)
    response = client.post(URL, data=body, content_type="application/json", headers=integration)
    assert response.status_code == 200, response.json
    assert [entry["status"] for entry in response.json["results"]] == [201, 201]
    assert len(decoded) == 1
