"""The city's time zone: ``INTAKE_TIME_ZONE`` is checked at start, pages show local times and
the summary's timeline counts local hours, each carrying its offset."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from intake.config import ConfigError, load_settings
from intake.localtime import spoken
from tests.conftest import at, comment_payload, create_item

ITEM = "2026-00837"
SUMMARY = f"/api/v1/agenda-items/{ITEM}/summary"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"


def post_at(client: FlaskClient, set_clock: Callable[[datetime], None], when: str) -> None:
    set_clock(at(when))
    body = f"A comment written at {when} about the branch library."
    response = client.post(COMMENTS, json=comment_payload(body, submitter={"name": when}))
    assert response.status_code == 201, response.json


def timeline(client: FlaskClient, staff: dict[str, str]) -> list[tuple[str, int]]:
    buckets = client.get(SUMMARY, headers=staff).json["timeline"]
    return [(b["hour"], b["total"]) for b in buckets]


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "PST8PDT'; drop table comments; --", ""])
def test_an_unknown_time_zone_stops_the_start(tmp_path: Path, name: str) -> None:
    environ = {"INTAKE_SECRET_KEY": "k" * 32, "INTAKE_TIME_ZONE": name or " "}
    if not name:
        assert load_settings(tmp_path, environ=environ).time_zone == "UTC"
        return
    with pytest.raises(ConfigError, match="INTAKE_TIME_ZONE"):
        load_settings(tmp_path, environ=environ)


def test_times_are_spoken_in_the_city_zone() -> None:
    from zoneinfo import ZoneInfo

    moment = at("2026-12-02T01:00:00")
    assert spoken(moment, ZoneInfo("America/Los_Angeles")) == "5:00 pm, 1 December 2026 PST"
    assert spoken(moment, ZoneInfo("UTC")) == "1:00 am, 2 December 2026 UTC"


@pytest.mark.parametrize("settings_overrides", [{"time_zone": "America/Los_Angeles"}])
@pytest.mark.usefixtures("item")
def test_the_timeline_counts_local_hours_across_the_night_clocks_go_back(
    client: FlaskClient, set_clock: Callable[[datetime], None], staff: dict[str, str]
) -> None:
    # 1 November 2026: 1:30 am happens twice in Los Angeles, at 08:30 and at 09:30 UTC.
    for when in ("2026-11-01T08:30:00", "2026-11-01T08:45:00", "2026-11-01T09:30:00"):
        post_at(client, set_clock, when)
    post_at(client, set_clock, "2026-11-01T19:05:00")
    assert timeline(client, staff) == [
        ("2026-11-01T01:00:00-07:00", 2),
        ("2026-11-01T01:00:00-08:00", 1),
        ("2026-11-01T11:00:00-08:00", 1),
    ]


@pytest.mark.parametrize("settings_overrides", [{"time_zone": "Asia/Kolkata"}])
@pytest.mark.usefixtures("item")
def test_a_half_hour_zone_splits_a_utc_hour_into_its_two_local_hours(
    client: FlaskClient, set_clock: Callable[[datetime], None], staff: dict[str, str]
) -> None:
    for when in ("2026-11-20T09:10:00", "2026-11-20T09:29:59", "2026-11-20T09:30:00"):
        post_at(client, set_clock, when)
    assert timeline(client, staff) == [
        ("2026-11-20T14:00:00+05:30", 2),
        ("2026-11-20T15:00:00+05:30", 1),
    ]


@pytest.mark.parametrize("settings_overrides", [{"time_zone": "America/Los_Angeles"}])
def test_the_form_states_the_window_in_local_time(
    client: FlaskClient, set_clock: Callable[[datetime], None], staff: dict[str, str]
) -> None:
    set_clock(at("2026-11-30T12:00:00"))
    create_item(client, staff, ITEM, "Libraries", comments_close_at="2026-12-02T01:00:00Z")
    page = client.get(f"/items/{ITEM}/comment").get_data(as_text=True)
    assert "open until" in page
    assert "5:00 pm, 1 December 2026 PST" in page


@pytest.mark.slow
@pytest.mark.parametrize("settings_overrides", [{"time_zone": "America/Los_Angeles"}])
@pytest.mark.usefixtures("item")
def test_the_printable_report_shows_local_times(
    client: FlaskClient, set_clock: Callable[[datetime], None], staff: Any
) -> None:
    post_at(client, set_clock, "2026-12-02T01:00:00")
    report = client.get(f"/api/v1/agenda-items/{ITEM}/report", headers=staff)
    assert "5:00 pm, 1 December 2026 PST" in report.get_data(as_text=True)
