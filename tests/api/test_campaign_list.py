"""Every campaign, people versus copies: ``GET /api/v1/campaigns`` and the dashboard's list
count a campaign's comments and the distinct people who sent them apart."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from tests.labelled import ITEM, OTHER, Arranged

CAMPAIGNS = "/api/v1/campaigns"


def test_campaigns_count_comments_and_people_apart(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    page = client.get(CAMPAIGNS, headers=staff).json
    by_id = {c["id"]: c for c in page["items"]}
    assert list(by_id) == [arranged.c1, arranged.c2]
    c1 = by_id[arranged.c1]
    # c1: #4, #5, #6, #7 and #13 (a second copy from #5's sender) on ITEM, one member on OTHER.
    assert (c1["comments"], c1["people"]) == (6, 5)
    assert c1["by_item"] == [
        {"item_id": ITEM, "comments": 5, "people": 4},
        {"item_id": OTHER, "comments": 1, "people": 1},
    ]
    summary = client.get(f"/api/v1/agenda-items/{ITEM}/summary", headers=staff).json
    in_summary = {c["id"]: (c["size"], c["people"]) for c in summary["campaigns"]}
    assert in_summary[arranged.c1] == (5, 4)
    detail = client.get(f"{CAMPAIGNS}/{arranged.c1}", headers=staff).json
    assert (detail["size"], detail["people"]) == (6, 5)


def test_campaigns_are_paginated_and_filtered_by_item(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    first = client.get(f"{CAMPAIGNS}?limit=1", headers=staff).json
    assert [c["id"] for c in first["items"]] == [arranged.c1]
    second = client.get(f"{CAMPAIGNS}?limit=1&cursor={first['next_cursor']}", headers=staff).json
    assert [c["id"] for c in second["items"]] == [arranged.c2]
    assert second["next_cursor"] is None
    on_other = client.get(f"{CAMPAIGNS}?item_id={OTHER}", headers=staff).json
    assert [c["id"] for c in on_other["items"]] == [arranged.c1]


def test_the_campaign_list_is_for_staff(client: FlaskClient, integration: Any) -> None:
    assert client.get(CAMPAIGNS).status_code == 401
    assert client.get(CAMPAIGNS, headers=integration).status_code == 403
