"""Agenda items from the dashboard: created, edited and their windows set, extended, closed and
reopened through the API's schemas and service, with its messages, times in the city's zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from flask.testing import FlaskClient

from tests.conftest import at
from tests.staff_pages import post, sign_in

ZONE = {"time_zone": "America/Los_Angeles"}


@pytest.mark.parametrize("settings_overrides", [ZONE])
def test_a_clerk_creates_an_item_with_local_times(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    set_clock(at("2026-11-30T12:00:00"))
    sign_in(client, staff)
    created = post(
        client,
        "/staff/new-item",
        id="2026-00901",
        title="Parking on J Street",
        comments_close_at="2026-12-01T17:00",
    )
    assert created.status_code == 303
    item = client.get("/api/v1/agenda-items/2026-00901").json
    assert item["comments_close_at"] == "2026-12-02T01:00:00+00:00"  # 5 pm in Sacramento
    assert item["title"] == "Parking on J Street"
    form = client.get("/staff/items/2026-00901/edit").get_data(as_text=True)
    assert 'value="2026-12-01T17:00"' in form


def test_the_form_refuses_what_the_api_refuses(client: FlaskClient, staff: dict[str, str]) -> None:
    sign_in(client, staff)
    bad = post(
        client,
        "/staff/new-item",
        id="has space",
        title="  ",
        comments_open_at="2026-12-02T09:00",
        comments_close_at="2026-12-01T09:00",
    )
    assert bad.status_code == 422
    page = bad.get_data(as_text=True)
    api = client.post(
        "/api/v1/agenda-items",
        json={
            "id": "has space",
            "title": "  ",
            "comments_open_at": "2026-12-02T09:00:00Z",
            "comments_close_at": "2026-12-01T09:00:00Z",
        },
        headers=staff,
    ).json["errors"]
    for messages in api.values():
        for message in messages:
            assert message.replace("'", "&#39;") in page
    post(client, "/staff/new-item", id="2026-00902", title="First")
    taken = post(client, "/staff/new-item", id="2026-00902", title="Second")
    assert taken.status_code == 422 and "exists already" in taken.get_data(as_text=True)


def test_a_clerk_edits_closes_and_reopens_the_window(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    set_clock(at("2026-11-30T12:00:00"))
    sign_in(client, staff)
    post(
        client,
        "/staff/new-item",
        id="2026-00903",
        title="Budget",
        comments_close_at="2026-12-01T17:00",
    )
    url = "/api/v1/agenda-items/2026-00903"
    extended = post(
        client,
        "/staff/items/2026-00903/edit",
        title="Budget 2027",
        comments_close_at="2026-12-03T17:00",
    )
    assert extended.status_code == 303
    assert client.get(url).json["comments_close_at"] == "2026-12-03T17:00:00+00:00"
    assert client.get(url).json["title"] == "Budget 2027"
    post(client, "/staff/items/2026-00903/window", action="close")
    assert client.get(url).json["accepting_comments"] is False
    assert client.get(url).json["comments_close_at"] == "2026-11-30T12:00:00+00:00"
    post(client, "/staff/items/2026-00903/window", action="reopen")
    item = client.get(url).json
    assert item["accepting_comments"] is True and item["comments_close_at"] is None
    blank_title = post(client, "/staff/items/2026-00903/edit", title="")
    assert blank_title.status_code == 422
    assert client.get(url).json["title"] == "Budget 2027"
