"""An item's comment window, trusted for a few seconds by the worker that read it.

A burst's posts skip the item's read (``INTAKE_ITEM_CACHE_SECONDS``); a scheduled close is still
exact, a change made through this worker applies at once, one made elsewhere within the bound.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update
from sqlalchemy.orm import Session

from intake.models import AgendaItem
from tests.conftest import comment_payload, create_item
from tests.statements import statements

ITEM = "CACHE-1"
URL = f"/api/v1/agenda-items/{ITEM}/comments"


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def close_elsewhere(session: Session) -> None:
    """Close the window straight in the database, as another worker would: this worker's cache
    does not hear of it."""
    session.execute(
        update(AgendaItem)
        .where(AgendaItem.id == ITEM)
        .values(comments_close_at=datetime(2000, 1, 1).astimezone())
    )
    session.commit()


def test_a_window_read_once_is_trusted_for_the_cache_interval_only(
    app: Flask, client: FlaskClient, staff: dict[str, str], session: Session
) -> None:
    clock = _Clock()
    app.extensions["intake.window_cache"].monotonic = clock
    create_item(client, staff, ITEM, "Cached window")
    assert client.post(URL, json=comment_payload("First.")).status_code == 201
    close_elsewhere(session)

    clock.now += app.config["INTAKE"].item_cache_seconds - 0.5
    with statements() as seen:
        assert client.post(URL, json=comment_payload("Second.")).status_code == 201
    assert not any("FROM agenda_items" in s for s in seen)
    clock.now += 1
    refused = client.post(URL, json=comment_payload("Third."))
    assert refused.status_code == 409
    assert refused.json["type"] == "/problems/comment-window-closed"


def test_a_change_through_this_worker_applies_at_once(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    create_item(client, staff, ITEM, "Cached window")
    assert client.post(URL, json=comment_payload("Before.")).status_code == 201
    closed = {"comments_close_at": "2000-01-01T00:00:00Z"}
    assert (
        client.patch(f"/api/v1/agenda-items/{ITEM}", json=closed, headers=staff).status_code == 200
    )
    assert client.post(URL, json=comment_payload("After.")).status_code == 409


def test_a_scheduled_close_is_exact_with_the_window_cached(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    create_item(client, staff, ITEM, "Closes at five", comments_close_at="2026-11-10T17:00:00Z")
    set_clock(datetime.fromisoformat("2026-11-10T16:59:59+00:00"))
    assert client.post(URL, json=comment_payload("Just in time.")).status_code == 201
    set_clock(datetime.fromisoformat("2026-11-10T17:00:00+00:00"))
    assert client.post(URL, json=comment_payload("Too late.")).status_code == 409


@pytest.mark.parametrize("settings_overrides", [{"item_cache_seconds": 0}])
def test_a_zero_cache_interval_reads_the_window_on_every_post(
    client: FlaskClient, staff: dict[str, str], session: Session
) -> None:
    create_item(client, staff, ITEM, "Uncached window")
    assert client.post(URL, json=comment_payload("First.")).status_code == 201
    close_elsewhere(session)
    assert client.post(URL, json=comment_payload("Second.")).status_code == 409
