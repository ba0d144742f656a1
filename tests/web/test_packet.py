"""The packet from the item page: the dashboard serves the CSV, JSON Lines and the printable
report (with and without names) to a signed-in clerk, the same bytes as the staff API."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from intake.services.export import BOM, HEADER
from tests.labelled import ITEM, PEOPLE
from tests.staff_pages import sign_in

pytestmark = pytest.mark.usefixtures("arranged")

# One streamed download per test: on PostgreSQL the tests share one connection, and a second
# streamed body's savepoint trips over the first's (each has its own connection when served).


def test_the_item_page_offers_the_packet(client: FlaskClient, staff: dict[str, str]) -> None:
    assert client.get(f"/staff/items/{ITEM}/comments.csv").status_code == 303  # signed out
    sign_in(client, staff)
    page = client.get(f"/staff/items/{ITEM}").get_data(as_text=True)
    for link in ("comments.csv", "comments.jsonl", "report?names=1", f'{ITEM}/report"'):
        assert link in page


def test_the_packet_csv_is_the_staff_export(client: FlaskClient, staff: dict[str, str]) -> None:
    sign_in(client, staff)
    response = client.get(f"/staff/items/{ITEM}/comments.csv")
    assert response.is_streamed
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="{ITEM}-comments.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).removeprefix(BOM))))
    assert tuple(rows[0]) == HEADER and len(rows) == 14


def test_the_packet_json_lines_carry_the_csv_fields(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    sign_in(client, staff)
    lines = client.get(f"/staff/items/{ITEM}/comments.jsonl").get_data(as_text=True)
    rows: list[dict[str, Any]] = [json.loads(x) for x in lines.splitlines() if x]
    assert len(rows) == 13 and {r["item_id"] for r in rows} == {ITEM}
    assert all(tuple(row) == HEADER for row in rows)


def test_the_api_serves_json_lines_too(client: FlaskClient, staff: dict[str, str]) -> None:
    response = client.get(f"/api/v1/agenda-items/{ITEM}/comments.jsonl", headers=staff)
    assert response.mimetype == "application/jsonl"
    assert len(response.get_data(as_text=True).splitlines()) == 13


def test_the_printable_report_with_and_without_names(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    sign_in(client, staff)
    plain = client.get(f"/staff/items/{ITEM}/report").get_data(as_text=True)
    named = client.get(f"/staff/items/{ITEM}/report?names=1").get_data(as_text=True)
    names = [p.name for p in PEOPLE.values()]
    assert not any(name in plain for name in names)
    assert any(name in named for name in names)
    for text in (plain, named):
        assert "@media print" in text and "break-inside: avoid" in text
        assert text.index("Counts") < text.index("Campaigns") < text.index("Unique comments")
        assert not any(p.email in text for p in PEOPLE.values())
