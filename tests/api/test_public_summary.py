"""The public summary is no oracle: it shows an item as it stood at the last boundary.

The outside review posted comments under other people's emails and watched the public
``distinct_submitters`` to learn whether they had commented, and diffed ``by_kind`` to learn how
its own comment was labelled. The public now sees the figures as they stood at the last
multiple of ``INTAKE_PUBLIC_SUMMARY_INTERVAL_SECONDS``, without the split by label; staff see
them live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from flask.testing import FlaskClient

from intake.services.summary import published_cutoff
from tests.conftest import at, comment_payload, json_body

ITEM = "2026-00837"
SUMMARY = f"/api/v1/agenda-items/{ITEM}/summary"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
VICTIM = {"name": "Henrietta Quill", "email": "henrietta@example.org", "postal_code": "95818"}


def post_as(client: FlaskClient, body: str, submitter: dict[str, str]) -> None:
    response = client.post(COMMENTS, json={**comment_payload(body), "submitter": submitter})
    assert response.status_code == 201, response.json


@pytest.mark.usefixtures("item")
def test_the_public_sees_the_item_as_it_stood_at_the_last_boundary(
    client: FlaskClient, set_clock: Callable[[datetime], None], staff: dict[str, str]
) -> None:
    set_clock(at("2026-11-20T09:10:00"))
    post_as(client, "Please keep the branch library open on Sundays.", VICTIM)
    public = client.get(SUMMARY)
    assert public.json["total"] == 0
    assert public.json["as_of"] == "2026-11-20T09:00:00+00:00"
    assert public.headers["Cache-Control"] == "public, max-age=3000"  # until 10:00
    assert client.get(SUMMARY, headers=staff).json["total"] == 1  # staff: live

    set_clock(at("2026-11-20T10:00:00"))
    public = client.get(SUMMARY)
    assert public.json["total"] == 1
    assert public.json["as_of"] == "2026-11-20T10:00:00+00:00"


@pytest.mark.usefixtures("item")
def test_posting_under_someones_email_does_not_tell_whether_they_commented(
    client: FlaskClient, set_clock: Callable[[datetime], None]
) -> None:
    set_clock(at("2026-11-20T09:10:00"))
    post_as(client, "Please keep the branch library open on Sundays.", VICTIM)
    set_clock(at("2026-11-20T10:05:00"))
    before = client.get(SUMMARY).json
    post_as(client, "I am checking whether this person commented.", VICTIM)
    post_as(client, "Win a FREE prize now!!! http://spam.example/win", {"name": "Probe"})
    after = client.get(SUMMARY).json
    assert after == before  # nothing the sender did shows until the next boundary


@pytest.mark.usefixtures("item")
def test_the_public_never_sees_the_split_by_label(
    client: FlaskClient, set_clock: Callable[[datetime], None], staff: dict[str, str]
) -> None:
    set_clock(at("2026-11-20T09:10:00"))
    post_as(client, "Please keep the branch library open on Sundays.", VICTIM)
    set_clock(at("2026-11-20T11:00:00"))
    public = json_body(client.get(SUMMARY))
    assert "by_kind" not in public
    assert public["timeline"] == [{"hour": "2026-11-20T09:00:00+00:00", "total": 1}]
    live = client.get(SUMMARY, headers=staff)
    assert live.json["by_kind"]["unique"] == 1
    assert live.json["timeline"][0]["unique"] == 1
    assert live.headers["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("settings_overrides", [{"public_summary_interval_seconds": 900}])
@pytest.mark.usefixtures("item")
def test_the_interval_is_a_setting(
    client: FlaskClient, set_clock: Callable[[datetime], None]
) -> None:
    set_clock(at("2026-11-20T09:10:00"))
    post_as(client, "Please keep the branch library open on Sundays.", VICTIM)
    set_clock(at("2026-11-20T09:16:00"))
    assert client.get(SUMMARY).json["total"] == 1


def test_the_cutoff_is_the_same_for_every_worker_within_an_interval() -> None:
    hour = timedelta(hours=1)
    assert published_cutoff(at("2026-11-20T09:59:59"), hour) == at("2026-11-20T09:00:00")
    assert published_cutoff(at("2026-11-20T10:00:00"), hour) == at("2026-11-20T10:00:00")
    quarter = timedelta(minutes=15)
    assert published_cutoff(at("2026-11-20T10:44:00"), quarter) == at("2026-11-20T10:30:00")
