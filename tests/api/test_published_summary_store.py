"""The public summary is computed once per boundary and stored: every worker reads one row.

The public sees an item only as it stood at the last multiple of the public interval, so its
figures are a function of (item, boundary): the first request after a boundary aggregates them
and stores them in ``published_summaries``; later requests in the interval read that row instead
of aggregating every comment again (2.5 s at a million comments on PostgreSQL). A comment
relabelled after the boundary therefore shows publicly at the next boundary, as new comments do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from intake.api.summaries import published
from intake.models import PublishedSummary
from intake.services.summary import SummaryService
from schemas.summary import ItemSummarySchema
from tests.conftest import at
from tests.labelled import ADDITION, ADDITION_2, ITEM, PEOPLE, Arranged

SUMMARY = f"/api/v1/agenda-items/{ITEM}/summary"
AGGREGATE = "UNION ALL"  # only the summary's one aggregate statement reads like this


@pytest.fixture
def aggregates() -> Iterator[list[str]]:
    """Every aggregate statement any engine runs during the test."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if AGGREGATE in statement and "comments" in statement:
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    yield seen
    event.remove(Engine, "before_cursor_execute", count)


def stored_rows(session: Session) -> list[tuple[str, datetime]]:
    session.expire_all()
    rows = session.execute(select(PublishedSummary.item_id, PublishedSummary.as_of))
    return [(item_id, as_of) for item_id, as_of in rows]


@pytest.mark.usefixtures("arranged")
def test_two_requests_in_one_interval_aggregate_once(
    client: FlaskClient, set_clock: Callable[[datetime], None], aggregates: list[str]
) -> None:
    set_clock(at("2026-11-21T10:05:00"))
    first = client.get(SUMMARY)
    set_clock(at("2026-11-21T10:55:00"))
    second = client.get(SUMMARY)
    assert first.status_code == second.status_code == 200
    assert len(aggregates) == 1
    assert second.json == first.json
    assert second.json["total"] > 0


@pytest.mark.usefixtures("arranged")
def test_a_new_boundary_aggregates_again_and_drops_the_older_row(
    client: FlaskClient,
    set_clock: Callable[[datetime], None],
    aggregates: list[str],
    session: Session,
) -> None:
    set_clock(at("2026-11-21T10:05:00"))
    client.get(SUMMARY)
    set_clock(at("2026-11-21T11:00:00"))
    later = client.get(SUMMARY)
    assert later.json["as_of"] == "2026-11-21T11:00:00+00:00"
    assert len(aggregates) == 2
    assert stored_rows(session) == [(ITEM, at("2026-11-21T11:00:00"))]


def test_a_relabel_of_an_old_comment_shows_at_the_next_boundary(
    client: FlaskClient,
    set_clock: Callable[[datetime], None],
    arranged: Arranged,
    staff: dict[str, str],
) -> None:
    set_clock(at("2026-11-21T10:05:00"))
    before = client.get(SUMMARY).json
    comment_id = arranged.ids[1]
    change = {"kind": "spam", "reason": "Staff review: advertising."}
    relabel = client.patch(f"/api/v1/comments/{comment_id}/label", json=change, headers=staff)
    assert relabel.status_code == 200, relabel.json
    assert client.get(SUMMARY, headers=staff).json["by_kind"]["spam"] >= 1  # staff: live
    set_clock(at("2026-11-21T10:30:00"))
    assert client.get(SUMMARY).json == before  # the public: as first computed this interval
    set_clock(at("2026-11-21T11:00:00"))
    after = client.get(SUMMARY).json
    assert after["total"] == before["total"]  # spam is still counted in the total
    assert after["by_position"] != before["by_position"]  # but no longer by position


@pytest.mark.usefixtures("arranged")
def test_the_stored_figures_equal_the_computed_ones(
    app: Flask, client: FlaskClient, set_clock: Callable[[datetime], None], session: Session
) -> None:
    set_clock(at("2026-11-21T10:05:00"))
    client.get(SUMMARY)
    stored = client.get(SUMMARY).json
    cutoff = at("2026-11-21T10:00:00")
    with app.test_request_context():
        service = SummaryService(session, lambda: cutoff, app.config["INTAKE"].zone)
        computed = ItemSummarySchema().dump(published(service.summarise(ITEM, until=cutoff)))
    assert stored == json.loads(json.dumps(computed))
    assert stored["campaigns"] and stored["timeline"]  # the fixture exercises every part


@pytest.mark.usefixtures("arranged")
def test_the_stored_row_holds_no_personal_data_nor_the_split_by_label(
    client: FlaskClient, set_clock: Callable[[datetime], None], session: Session
) -> None:
    set_clock(at("2026-11-21T10:05:00"))
    client.get(SUMMARY)
    session.expire_all()
    figures = session.scalar(select(PublishedSummary.figures))
    assert figures is not None
    text = json.dumps(figures, ensure_ascii=False)
    for person in PEOPLE.values():
        for value in (person.name, person.email, person.address, person.postal_code):
            assert value not in text
    for personal in (ADDITION, ADDITION_2):
        assert personal not in text
    assert "by_kind" not in figures
    assert all(set(bucket) == {"hour", "total"} for bucket in figures["timeline"])


def test_an_unknown_item_stores_nothing(client: FlaskClient, session: Session) -> None:
    assert client.get("/api/v1/agenda-items/nope/summary").status_code == 404
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(PublishedSummary)) == 0
