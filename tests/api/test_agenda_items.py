"""Agenda items: who may create and change them, validation, pagination."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import AgendaItem

NEW_ITEM = {"id": "2026-00900", "title": "Parking meters on J Street"}


def count_items(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AgendaItem)) or 0


def test_staff_creates_an_item(client: FlaskClient, staff: dict[str, str]) -> None:
    payload = {
        **NEW_ITEM,
        "body_name": "City Council",
        "meeting_at": "2026-12-01T18:00:00-08:00",
        "comments_open_at": "2026-11-20T00:00:00Z",
        "comments_close_at": "2026-12-01T17:00:00-08:00",
    }
    response = client.post("/api/v1/agenda-items", json=payload, headers=staff)
    assert response.status_code == 201
    assert response.headers["Location"] == "/api/v1/agenda-items/2026-00900"
    body = response.json
    assert body["meeting_at"] == "2026-12-02T02:00:00+00:00"
    assert client.get("/api/v1/agenda-items/2026-00900").json == body


def test_creating_needs_a_staff_token(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    anonymous = client.post("/api/v1/agenda-items", json=NEW_ITEM)
    assert anonymous.status_code == 401
    assert anonymous.mimetype == "application/problem+json"
    assert anonymous.headers["WWW-Authenticate"] == "Bearer"
    assert (
        client.post("/api/v1/agenda-items", json=NEW_ITEM, headers=integration).status_code == 403
    )
    assert count_items(session) == 0


def test_unknown_token_is_401(client: FlaskClient) -> None:
    response = client.get("/api/v1/agenda-items", headers={"Authorization": "Bearer intk_nope"})
    assert response.status_code == 401
    assert (
        client.get("/api/v1/agenda-items", headers={"Authorization": "Basic x"}).status_code == 401
    )


def test_duplicate_id_is_409(
    client: FlaskClient, staff: dict[str, str], item: dict[str, Any]
) -> None:
    response = client.post(
        "/api/v1/agenda-items", json={"id": item["id"], "title": "again"}, headers=staff
    )
    assert response.status_code == 409
    assert response.json["type"] == "/problems/conflict"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"id": "has space", "title": "x"}, "id"),
        ({"id": "a" * 65, "title": "x"}, "id"),
        ({"id": "ok", "title": "   "}, "title"),
        ({"id": "ok"}, "title"),
        ({"id": "ok", "title": "x", "meeting_at": "tomorrow"}, "meeting_at"),
        (
            {
                "id": "ok",
                "title": "x",
                "comments_open_at": "2026-12-01T00:00:00Z",
                "comments_close_at": "2026-11-01T00:00:00Z",
            },
            "comments_close_at",
        ),
        ({"id": "ok", "title": "x", "color": "red"}, "color"),
    ],
)
def test_invalid_items_are_422_with_a_field_map(
    client: FlaskClient,
    staff: dict[str, str],
    session: Session,
    payload: dict[str, Any],
    field: str,
) -> None:
    response = client.post("/api/v1/agenda-items", json=payload, headers=staff)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert field in response.json["errors"]
    assert count_items(session) == 0


def test_unknown_item_is_404(client: FlaskClient) -> None:
    response = client.get("/api/v1/agenda-items/nope")
    assert response.status_code == 404
    assert response.json["status"] == 404


def test_staff_patches_an_item(
    client: FlaskClient, staff: dict[str, str], item: dict[str, Any]
) -> None:
    url = f"/api/v1/agenda-items/{item['id']}"
    assert client.patch(url, json={"title": "Renamed"}).status_code == 401
    response = client.patch(
        url, json={"title": "Renamed", "comments_close_at": "2030-01-01T00:00:00Z"}, headers=staff
    )
    assert response.status_code == 200
    assert response.json["title"] == "Renamed"
    assert response.json["comments_close_at"] == "2030-01-01T00:00:00+00:00"
    bad = client.patch(url, json={"comments_open_at": "2031-01-01T00:00:00Z"}, headers=staff)
    assert bad.status_code == 422
    assert "comments_close_at" in bad.json["errors"]
    assert client.get(url).json["comments_open_at"] is None


def test_list_is_public_and_paginated(client: FlaskClient, staff: dict[str, str]) -> None:
    for n in range(5):
        client.post("/api/v1/agenda-items", json={"id": f"I-{n}", "title": "t"}, headers=staff)
    first = client.get("/api/v1/agenda-items?limit=2").json
    assert [i["id"] for i in first["items"]] == ["I-0", "I-1"]
    second = client.get(f"/api/v1/agenda-items?limit=2&cursor={first['next_cursor']}").json
    assert [i["id"] for i in second["items"]] == ["I-2", "I-3"]
    third = client.get(f"/api/v1/agenda-items?limit=2&cursor={second['next_cursor']}").json
    assert [i["id"] for i in third["items"]] == ["I-4"]
    assert third["next_cursor"] is None
    assert client.get("/api/v1/agenda-items?cursor=garbage!").status_code == 422
    assert client.get("/api/v1/agenda-items?limit=501").status_code == 422
