"""The public record from the dashboard: publish and withdraw, hold back with a reason and
release, each audited; the public pages show what the API shows. And an item called ``new``."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import at, comment_payload
from tests.staff_pages import post, sign_in

ITEM = "2026-00837"
BODY = "Please keep the branch library open on Sundays; call me on (916) 555-0142."


@pytest.fixture
def comment_id(
    client: FlaskClient, item: dict[str, Any], set_clock: Callable[[datetime], None]
) -> int:
    set_clock(at("2026-11-20T09:10:00"))
    response = client.post(f"/api/v1/agenda-items/{ITEM}/comments", json=comment_payload(BODY))
    assert response.status_code == 201
    set_clock(at("2026-11-20T11:30:00"))
    value: int = response.json["id"]
    return value


def test_a_clerk_publishes_the_record_and_the_public_reads_it(
    client: FlaskClient, staff: dict[str, str], comment_id: int
) -> None:
    assert client.get(f"/items/{ITEM}/record").status_code == 404
    sign_in(client, staff)
    page = client.get(f"/staff/items/{ITEM}/record").get_data(as_text=True)
    assert "Not published." in page
    published = post(client, f"/staff/items/{ITEM}/record", action="publish")
    assert published.status_code == 303
    page = client.get(f"/staff/items/{ITEM}/record").get_data(as_text=True)
    assert "Published" in page and "record published" in page
    public = client.get(f"/items/{ITEM}/record")
    assert public.status_code == 200
    text = html.unescape(public.get_data(as_text=True))
    assert "Please keep the branch library open on Sundays; call me on [removed]." in text
    for secret in ("555-0142", "Maria", "maria.lopez@example.org", "95818", "Land Park"):
        assert secret not in text
    assert "default-src 'none'" in public.headers["Content-Security-Policy"]
    post(client, f"/staff/items/{ITEM}/record", action="withdraw")
    assert client.get(f"/items/{ITEM}/record").status_code == 404


def test_a_clerk_holds_a_comment_back_with_a_reason_and_releases_it(
    client: FlaskClient, staff: dict[str, str], comment_id: int
) -> None:
    sign_in(client, staff)
    post(client, f"/staff/items/{ITEM}/record", action="publish")
    refused = post(client, f"/staff/comments/{comment_id}/hold", reason="  ")
    assert refused.status_code == 422
    assert "Must not be empty" in refused.get_data(as_text=True)
    held = post(client, f"/staff/comments/{comment_id}/hold", reason="Names a neighbour.")
    assert held.status_code == 303
    page = html.unescape(client.get(f"/staff/comments/{comment_id}").get_data(as_text=True))
    assert "Held back" in page and "Names a neighbour." in page
    assert "No comments." in client.get(f"/items/{ITEM}/record").get_data(as_text=True)
    assert post(client, f"/staff/comments/{comment_id}/release").status_code == 303
    assert BODY[:40] in html.unescape(client.get(f"/items/{ITEM}/record").get_data(as_text=True))
    events = client.get(f"/api/v1/agenda-items/{ITEM}/audit-events", headers=staff).json["items"]
    assert [e["action"] for e in events] == [
        "comment_released",
        "comment_held",
        "record_published",
    ]


def test_an_item_called_new_has_its_page(client: FlaskClient, staff: dict[str, str]) -> None:
    created = client.post(
        "/api/v1/agenda-items", json={"id": "new", "title": "An item called new"}, headers=staff
    )
    assert created.status_code == 201
    sign_in(client, staff)
    page = client.get("/staff/items/new")
    assert page.status_code == 200
    assert "An item called new" in page.get_data(as_text=True)
    assert client.get("/staff/new-item").status_code == 200  # the form to make one
