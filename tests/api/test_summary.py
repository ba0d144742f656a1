"""The item summary and the campaign page: every figure on a fixture with known answers."""

from __future__ import annotations

import json
from typing import Any

from flask.testing import FlaskClient

from tests.conftest import comment_payload
from tests.labelled import (
    ADDITION,
    ADDITION_2,
    ITEM,
    OTHER,
    PEOPLE,
    Arranged,
    keeps_unlabelled,  # noqa: F401 - this module's settings_overrides
)

SUMMARY = f"/api/v1/agenda-items/{ITEM}/summary"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"


def test_summary_counts_every_comment_and_each_person_once(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    response = client.get(SUMMARY, headers=staff)
    assert response.status_code == 200
    summary = response.json
    assert summary["item_id"] == ITEM
    # 13 comments: 2 unique, 6 form letters, 2 duplicates, 2 spam, 1 not yet labelled.
    assert summary["total"] == 13
    assert summary["by_kind"] == {
        "unique": 2,
        "form_letter": 6,
        "duplicate": 2,
        "spam": 2,
        "unlabelled": 1,
    }
    # Spam (#10, #11) is left out of positions: 11 comments with a position or none.
    assert summary["by_position"] == {"support": 4, "oppose": 4, "neutral": 2, "unspecified": 1}
    # p2 and p3 each sent twice (a duplicate) and count once; p9 sent only spam; p1's spam does
    # not add them twice: p1..p8 and p10.
    assert summary["distinct_submitters"] == 9
    assert summary["first_received_at"] == "2026-11-20T09:05:00+00:00"
    assert summary["last_received_at"] == "2026-11-20T12:20:00+00:00"
    assert summary["as_of"]


def test_summary_campaigns_are_shown_once_with_their_counts(
    client: FlaskClient, arranged: Arranged
) -> None:
    campaigns = client.get(SUMMARY).json["campaigns"]
    assert [c["id"] for c in campaigns] == [arranged.c1, arranged.c2]
    c1, c2 = campaigns
    # c1 on this item: #4, #5, #6, #7 and the duplicate #13 (its member on OTHER is not here).
    assert c1["size"] == 5
    assert c1["share"] == 0.385  # 5 / 13, rounded to three decimals
    assert c1["by_position"] == {"support": 3, "oppose": 0, "neutral": 1, "unspecified": 1}
    assert c1["with_personal_text"] == 2  # #4 and #6; #7's empty addition is not one
    assert c1["first_received_at"] == "2026-11-20T10:15:00+00:00"
    assert c1["last_received_at"] == "2026-11-20T12:20:00+00:00"
    assert c1["representative_text"].startswith("Keep city property")
    assert c2["size"] == 2
    assert c2["share"] == 0.154  # 2 / 13
    assert c2["by_position"] == {"support": 0, "oppose": 2, "neutral": 0, "unspecified": 0}
    assert c2["with_personal_text"] == 1
    assert (c2["first_received_at"], c2["last_received_at"]) == (
        "2026-11-20T11:10:00+00:00",
        "2026-11-20T11:30:00+00:00",
    )


def test_summary_timeline_counts_per_hour_by_kind(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    timeline = client.get(SUMMARY, headers=staff).json["timeline"]
    zero = {"unique": 0, "form_letter": 0, "duplicate": 0, "spam": 0, "unlabelled": 0}
    assert timeline == [
        {**zero, "hour": "2026-11-20T09:00:00+00:00", "total": 2, "unique": 2},
        {**zero, "hour": "2026-11-20T10:00:00+00:00", "total": 4, "duplicate": 1, "form_letter": 3},
        {**zero, "hour": "2026-11-20T11:00:00+00:00", "total": 4, "form_letter": 3, "spam": 1},
        {
            **zero,
            "hour": "2026-11-20T12:00:00+00:00",
            "total": 3,
            "spam": 1,
            "unlabelled": 1,
            "duplicate": 1,
        },
    ]
    assert sum(bucket["total"] for bucket in timeline) == 13


def test_summary_holds_no_personal_data(client: FlaskClient, arranged: Arranged) -> None:
    text = client.get(SUMMARY).get_data(as_text=True)
    for person in PEOPLE.values():
        for value in (person.name, person.email, person.address):
            assert value not in text
            assert json.dumps(value)[1:-1] not in text  # nor in JSON-escaped form
    for personal in (ADDITION, ADDITION_2):
        assert personal not in text
    for campaign in client.get(SUMMARY).json["campaigns"]:
        for person in PEOPLE.values():
            assert person.name not in campaign["representative_text"]
            assert person.email not in campaign["representative_text"]
            assert person.address not in campaign["representative_text"]
        assert ADDITION not in campaign["representative_text"]


def test_summary_is_public_and_404_for_unknown_items(client: FlaskClient) -> None:
    response = client.get("/api/v1/agenda-items/nope/summary")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


def test_summary_of_an_item_without_comments(client: FlaskClient, item: dict[str, Any]) -> None:
    summary = client.get(SUMMARY).json
    assert summary["total"] == 0
    assert summary["distinct_submitters"] == 0
    assert summary["campaigns"] == [] and summary["timeline"] == []
    assert summary["first_received_at"] is None and summary["last_received_at"] is None


def test_posted_comments_are_labelled_and_counted(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    client.post(COMMENTS, json=comment_payload("one", position="oppose"))
    client.post(COMMENTS, json=comment_payload("two", position=None))
    summary = client.get(SUMMARY, headers=staff).json
    assert summary["total"] == 2
    assert summary["by_kind"]["unique"] == 2
    assert summary["by_kind"]["unlabelled"] == 0
    assert summary["by_position"] == {"support": 0, "oppose": 1, "neutral": 0, "unspecified": 1}
    assert summary["distinct_submitters"] == 1  # the same email twice


def test_campaign_page_for_staff(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    url = f"/api/v1/campaigns/{arranged.c1}"
    page = client.get(f"{url}?limit=2", headers=staff).json
    # c1 everywhere: five members on ITEM plus one on OTHER.
    assert page["size"] == 6
    assert page["by_item"] == [{"item_id": ITEM, "size": 5}, {"item_id": OTHER, "size": 1}]
    assert page["by_position"] == {"support": 4, "oppose": 0, "neutral": 1, "unspecified": 1}
    assert page["with_personal_text"] == 2
    assert page["first_received_at"] == "2026-11-19T08:00:00+00:00"
    assert page["last_received_at"] == "2026-11-20T12:20:00+00:00"
    assert page["representative_text"].startswith("Keep city property")
    assert page["merged_into"] is None
    ids = arranged.ids
    assert [m["id"] for m in page["members"]] == [ids[4], ids[5]]
    first = page["members"][0]
    assert first["personal_text"] == ADDITION
    assert first["submitter"]["name"] == PEOPLE["p3"].name
    rest = client.get(f"{url}?limit=10&cursor={page['next_cursor']}", headers=staff).json
    assert len(rest["members"]) == 4 and rest["next_cursor"] is None
    personal = client.get(f"{url}?has_personal_text=true", headers=staff).json["members"]
    assert [m["id"] for m in personal] == [ids[4], ids[6]]


def test_campaign_page_needs_staff_and_a_known_campaign(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str], integration: dict[str, str]
) -> None:
    url = f"/api/v1/campaigns/{arranged.c1}"
    assert client.get(url).status_code == 401
    assert client.get(url, headers=integration).status_code == 403
    assert client.get("/api/v1/campaigns/999999", headers=staff).status_code == 404
    assert client.get(f"{url}?cursor=bogus", headers=staff).status_code == 422


def test_comment_list_text_search_is_case_insensitive_and_literal(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    for body in (
        "Raise it 100% now",
        "Raise it 1000 now",
        "snake_case matters",
        "snakeXcase",
        "A\\B",
    ):
        client.post(COMMENTS, json=comment_payload(body))

    def search(q: str) -> list[str]:
        response = client.get(COMMENTS, query_string={"q": q}, headers=staff)
        assert response.status_code == 200
        return [c["body"] for c in response.json["items"]]

    assert search("RAISE IT") == ["Raise it 100% now", "Raise it 1000 now"]
    assert search("100%") == ["Raise it 100% now"]
    assert search("%") == ["Raise it 100% now"]
    assert search("snake_case") == ["snake_case matters"]
    assert search("a\\b") == ["A\\B"]
    assert search("nothing like it") == []


def test_comment_list_filters_on_personal_text(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    ids = arranged.ids
    with_text = client.get(f"{COMMENTS}?has_personal_text=true", headers=staff).json["items"]
    assert [c["id"] for c in with_text] == [ids[4], ids[6], ids[9]]
    without = client.get(f"{COMMENTS}?has_personal_text=false&limit=500", headers=staff).json
    assert len(without["items"]) == 13 - 3
    both = client.get(
        COMMENTS, query_string={"has_personal_text": "true", "q": "freeport"}, headers=staff
    ).json["items"]
    assert [c["id"] for c in both] == [ids[9]]
