"""The public comment form links to the item's published record, once staff publish one, and so
does the notice shown when comments are closed (when a record is most often published)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from flask.testing import FlaskClient

from tests.conftest import at, create_item

ITEM = "2026-00837"
FORM = f"/items/{ITEM}/comment"
PUBLICATION = f"/api/v1/agenda-items/{ITEM}/publication"
LINK = re.compile(r'<p class="meta" id="record-link">.*?href="([^"]+)"', re.S)


def record_link(client: FlaskClient) -> str | None:
    match = LINK.search(client.get(FORM).get_data(as_text=True))
    return match.group(1) if match else None


def publish(client: FlaskClient, staff: dict[str, str], published: bool = True) -> None:
    response = client.put(PUBLICATION, json={"published": published}, headers=staff)
    assert response.status_code == 200, response.json


def test_the_form_links_to_the_record_only_while_it_is_published(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    assert record_link(client) is None
    publish(client, staff)
    link = record_link(client)
    assert link == f"/items/{ITEM}/record"
    assert client.get(link).status_code == 200
    publish(client, staff, published=False)
    assert record_link(client) is None


def test_the_closed_notice_links_to_the_record_too(
    client: FlaskClient,
    staff: dict[str, str],
    set_clock: Callable[[datetime], None],
) -> None:
    set_clock(at("2026-11-20T09:00:00"))
    create_item(client, staff, ITEM, "Speed humps", comments_close_at="2026-11-21T00:00:00Z")
    set_clock(at("2026-11-22T09:00:00"))
    assert "Comments are closed" in client.get(FORM).get_data(as_text=True)
    assert record_link(client) is None
    publish(client, staff)
    assert record_link(client) == f"/items/{ITEM}/record"
