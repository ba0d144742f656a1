"""Submitting comments and reading them back: the contract and every error class."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from marshmallow import Schema
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import Comment, Submitter
from intake.wiring import label_queue
from tests.conftest import at, comment_payload, create_item, json_body

URL = "/api/v1/agenda-items/2026-00837/comments"


def stored(session: Session) -> tuple[int, int]:
    comments = session.scalar(select(func.count()).select_from(Comment)) or 0
    submitters = session.scalar(select(func.count()).select_from(Submitter)) or 0
    return comments, submitters


def test_public_submission_returns_a_receipt_without_the_label(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    response = client.post(URL, json=comment_payload())
    assert response.status_code == 201
    receipt = json_body(response)
    assert set(receipt) == {"id", "item_id", "received_at", "status"}
    assert receipt["status"] == "received"
    assert response.headers["Location"] == f"/api/v1/comments/{receipt['id']}"
    assert datetime.fromisoformat(receipt["received_at"]).utcoffset() is not None
    assert stored(session) == (1, 1)


def test_staff_read_the_whole_record(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    receipt = client.post(URL, json=comment_payload("Keep ICE out.\nThank you.")).json
    record = client.get(f"/api/v1/comments/{receipt['id']}", headers=staff).json
    assert record["body"] == "Keep ICE out.\nThank you."
    assert record["submitter"]["email"] == "maria.lopez@example.org"
    assert record["submitter"]["address"] == "2100 Land Park Dr"
    assert record["source"] == "form"
    assert record["received_at"] == receipt["received_at"]


@pytest.mark.usefixtures("item")
def test_integration_token_records_its_source(
    client: FlaskClient, integration: dict[str, str], staff: dict[str, str]
) -> None:
    receipt = client.post(URL, json=comment_payload(), headers=integration).json
    record = client.get(f"/api/v1/comments/{receipt['id']}", headers=staff).json
    assert record["source"] == "api:campaign-tool"


def test_body_is_stored_verbatim(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    body = "<script>alert(1)</script>\t“quoted” — Сity\u200b council\r\n"
    receipt = client.post(URL, json=comment_payload(body)).json
    record = client.get(f"/api/v1/comments/{receipt['id']}", headers=staff).json
    assert record["body"] == body


def test_reading_records_needs_staff(
    client: FlaskClient, item: dict[str, Any], integration: dict[str, str]
) -> None:
    receipt = client.post(URL, json=comment_payload()).json
    assert client.get(f"/api/v1/comments/{receipt['id']}").status_code == 401
    assert client.get(f"/api/v1/comments/{receipt['id']}", headers=integration).status_code == 403
    assert client.get(URL).status_code == 401
    assert client.get(URL, headers=integration).status_code == 403


def test_unknown_comment_is_404(client: FlaskClient, staff: dict[str, str]) -> None:
    response = client.get("/api/v1/comments/999", headers=staff)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (comment_payload(""), "body"),
        (comment_payload(" \n\t "), "body"),
        (comment_payload("nul\x00inside"), "body"),
        (comment_payload("bell\x07"), "body"),
        (comment_payload("escape\x1b[31m"), "body"),
        (comment_payload("c1\x85control"), "body"),
        (comment_payload("lone \ud800 surrogate"), "body"),
        (comment_payload(position="maybe"), "position"),
        ({**comment_payload(), "label": "unique"}, "label"),
        ({"body": "x"}, "submitter"),
        ({**comment_payload(), "submitter": {"email": "a@b.org"}}, "submitter.name"),
        (
            {**comment_payload(), "submitter": {"name": "A", "email": "not-an-email"}},
            "submitter.email",
        ),
        ({**comment_payload(), "submitter": {"name": "A", "phone": "1"}}, "submitter.phone"),
        ({**comment_payload(), "submitter": {"name": "A\x00"}}, "submitter.name"),
        (comment_payload(body=["a list"]), "body"),
    ],
)
@pytest.mark.usefixtures("item")
def test_invalid_comments_are_422_and_store_nothing(
    client: FlaskClient, session: Session, payload: dict[str, Any], field: str
) -> None:
    response = client.post(URL, json=payload)
    assert response.status_code == 422, response.json
    assert response.mimetype == "application/problem+json"
    problem = response.json
    assert problem["type"] == "/problems/validation-error"
    assert field in problem["errors"]
    assert stored(session) == (0, 0)


def test_tabs_and_newlines_are_fine(client: FlaskClient, item: dict[str, Any]) -> None:
    assert client.post(URL, json=comment_payload("a\tb\nc\r\nd")).status_code == 201


def test_body_over_the_configured_maximum_is_422(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    assert client.post(URL, json=comment_payload("x" * 20_000)).status_code == 201
    response = client.post(URL, json=comment_payload("x" * 20_001))
    assert response.status_code == 422
    assert "body" in response.json["errors"]
    assert stored(session) == (1, 1)


@pytest.mark.parametrize("settings_overrides", [{"max_body_chars": 50}])
def test_maximum_is_configurable(client: FlaskClient, item: dict[str, Any]) -> None:
    assert client.post(URL, json=comment_payload("x" * 50)).status_code == 201
    assert client.post(URL, json=comment_payload("x" * 51)).status_code == 422


def test_malformed_json_is_400(client: FlaskClient, item: dict[str, Any], session: Session) -> None:
    response = client.post(URL, data='{"body": "x",', content_type="application/json")
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert stored(session) == (0, 0)


def test_wrong_content_type_is_415(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    response = client.post(URL, data="body=hello", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert response.mimetype == "application/problem+json"
    assert stored(session) == (0, 0)


@pytest.mark.parametrize("settings_overrides", [{"max_request_bytes": 4096}])
def test_request_over_the_byte_limit_is_413(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    response = client.post(URL, json=comment_payload("x" * 5000))
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert stored(session) == (0, 0)


def test_unknown_item_is_404(client: FlaskClient, session: Session) -> None:
    response = client.post("/api/v1/agenda-items/nope/comments", json=comment_payload())
    assert response.status_code == 404
    assert stored(session) == (0, 0)


def test_closed_and_not_yet_open_windows_are_409(
    client: FlaskClient,
    staff: dict[str, str],
    session: Session,
    set_clock: Callable[[datetime], None],
) -> None:
    create_item(
        client,
        staff,
        "W-1",
        "Windowed",
        comments_open_at="2026-11-01T08:00:00Z",
        comments_close_at="2026-11-10T17:00:00Z",
    )
    url = "/api/v1/agenda-items/W-1/comments"
    set_clock(at("2026-10-31T12:00:00"))
    early = client.post(url, json=comment_payload())
    assert early.status_code == 409
    assert early.json["type"] == "/problems/comment-window-closed"
    assert early.json["window"] == {
        "opens_at": "2026-11-01T08:00:00+00:00",
        "closes_at": "2026-11-10T17:00:00+00:00",
    }
    assert "open at" in early.json["detail"]
    set_clock(at("2026-11-10T17:00:00"))
    late = client.post(url, json=comment_payload())
    assert late.status_code == 409
    assert "closed at" in late.json["detail"]
    set_clock(at("2026-11-05T12:00:00"))
    assert client.post(url, json=comment_payload()).status_code == 201
    assert stored(session) == (1, 1)


class ExplodingLabeller:
    def label_batch(self, comments: object) -> None:
        raise RuntimeError("secret internal detail /srv/intake")


@pytest.mark.parametrize("settings_overrides", [{"labelling": "inline"}])
@pytest.mark.usefixtures("item")
def test_unexpected_failure_is_500_without_internals_and_stores_nothing(
    app: Flask, client: FlaskClient, session: Session
) -> None:
    app.extensions["intake.labeller"] = lambda _session: ExplodingLabeller()
    response = client.post(URL, json=comment_payload())
    assert response.status_code == 500
    assert response.mimetype == "application/problem+json"
    text = response.get_data(as_text=True)
    assert "secret internal detail" not in text and "Traceback" not in text
    assert stored(session) == (0, 0)


def test_a_labelling_failure_after_the_answer_keeps_the_comment_and_says_so(
    app: Flask, client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    """With the label queue (PostgreSQL) the comment was stored and answered before labelling:
    a labeller that fails leaves it stored, labelled unique, its history naming the failure
    by class only, so the item's queue moves on."""
    if label_queue(app) is None:
        pytest.skip("SQLite labels in the storing transaction (the test above)")

    app.extensions["intake.labeller"] = lambda _session: ExplodingLabeller()
    response = client.post(URL, json=comment_payload())
    assert response.status_code == 201
    record = client.get(response.headers["Location"], headers=staff).json
    assert record["label"]["kind"] == "unique"
    history = client.get(response.headers["Location"] + "/history", headers=staff)
    reasons = [event["reason"] for event in history.json["items"]]
    assert reasons == ["labelling failed (RuntimeError); run intake relabel to retry"]
    assert "secret" not in history.get_data(as_text=True)


def test_method_not_allowed_is_a_problem(client: FlaskClient) -> None:
    response = client.delete("/api/v1/agenda-items")
    assert response.status_code == 405
    assert response.mimetype == "application/problem+json"
    assert "GET" in response.headers["Allow"]


@pytest.mark.usefixtures("item")
def test_staff_list_filters_and_paginates(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    positions = ["support", "oppose", None, "support", "neutral"]
    for hour, position in enumerate(positions):
        set_clock(at(f"2026-11-20T0{hour}:00:00"))
        client.post(URL, json=comment_payload(f"comment {hour}", position=position))
    page = client.get(f"{URL}?limit=2", headers=staff).json
    assert [c["body"] for c in page["items"]] == ["comment 0", "comment 1"]
    rest = client.get(f"{URL}?limit=10&cursor={page['next_cursor']}", headers=staff).json
    assert [c["body"] for c in rest["items"]] == ["comment 2", "comment 3", "comment 4"]
    assert rest["next_cursor"] is None
    supports = client.get(f"{URL}?position=support", headers=staff).json["items"]
    assert [c["body"] for c in supports] == ["comment 0", "comment 3"]
    unspecified = client.get(f"{URL}?position=unspecified", headers=staff).json["items"]
    assert [c["body"] for c in unspecified] == ["comment 2"]
    window = client.get(
        f"{URL}?since=2026-11-20T01:00:00Z&until=2026-11-20T03:00:00Z", headers=staff
    ).json["items"]
    assert [c["body"] for c in window] == ["comment 1", "comment 2"]
    assert client.get(f"{URL}?kind=bogus", headers=staff).status_code == 422
    assert client.get("/api/v1/agenda-items/nope/comments", headers=staff).status_code == 404


def test_a_post_builds_no_schema(
    client: FlaskClient, item: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The body's schema (and its nested submitter's) is built once, not per request: webargs
    builds a fresh one from a schema class on every POST, copying each declared field."""
    assert (
        client.post(URL, json=comment_payload("The first post loads nested schemas.")).status_code
        == 201
    )
    built: list[str] = []
    real_init = Schema.__init__

    def counting_init(self: Schema, *args: Any, **kwargs: Any) -> None:
        built.append(type(self).__name__)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(Schema, "__init__", counting_init)
    response = client.post(URL, json=comment_payload("A second comment, some minutes later."))
    assert response.status_code == 201, response.json
    assert built == []


def test_a_post_decodes_its_json_body_once(
    client: FlaskClient, item: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The API's body check decodes the document (Flask caches it); the view's parser reads
    that, instead of decoding the same bytes again."""
    body = json.dumps(comment_payload("Decoded once, read twice."))
    decoded: list[object] = []
    real_loads = json.loads

    def counting_loads(s: str | bytes, **kwargs: Any) -> Any:
        text = s.decode() if isinstance(s, bytes) else s
        if text == body:
            decoded.append(s)
        return real_loads(s, **kwargs)

    monkeypatch.setattr(json, "loads", counting_loads)
    response = client.post(URL, data=body, content_type="application/json")
    assert response.status_code == 201, response.json
    assert len(decoded) == 1
