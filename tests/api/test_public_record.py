"""The public record: an item's comments once staff publish them, as the item stood then.

Campaigns collapse into one entry (their public template, a count, each member's own words),
spam, duplicates, disputed and held-back comments are left out, no e-mail, address or postal code
is shown and names only under ``INTAKE_PUBLIC_RECORD_NAMES=name``; and nothing a sender does after
publication shows until staff publish again, so the record tells no one whether a person commented.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import at, comment_payload
from tests.fill_in import TEMPLATE, Member, campaign

pytestmark = pytest.mark.slow

ITEM = "2026-00837"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
RECORD = f"/api/v1/agenda-items/{ITEM}/record"
PUBLICATION = f"/api/v1/agenda-items/{ITEM}/publication"
VICTIM = {"name": "Henrietta Quill", "email": "henrietta@example.org", "postal_code": "95818"}
UNIQUE = (
    "Please keep the branch library open on Sundays. Write to me at reader@example.net or call "
    "(916) 555-0142; I live at 44 Juniper Street, 95822."
)


def post(client: FlaskClient, body: str, submitter: dict[str, str] | None = None) -> int:
    payload = comment_payload(body)
    if submitter is not None:
        payload["submitter"] = submitter
    response = client.post(COMMENTS, json=payload)
    assert response.status_code == 201, response.json
    comment_id: int = response.json["id"]
    return comment_id


OWN_WORDS = [
    "My grandmother {first} raised four children at {house} on what a cook earns.",
    "Our landlord doubled the rent after the fire and {first} had to take a second job.",
    "Ring {phone} if the clerk wants to hear how {first} fared at the eviction hearing.",
    "We saved for nine years and the deposit alone ate most of it, says {first} from {house}.",
]


def members_with_own_words() -> list[Member]:
    """Four members of one letter, each adding a sentence of their own that carries their name,
    house or phone number."""
    members = []
    for i, member in enumerate(campaign(4, "end")):
        first = member.name.split()[0]
        house = member.address.split(",")[0]
        own = OWN_WORDS[i].format(first=first, house=house, phone=f"(916) 555-01{i}7")
        body = "\n".join([*TEMPLATE, own])
        members.append(Member(member.name, member.email, member.postal_code, member.address, body))
    return members


def publish(client: FlaskClient, staff: dict[str, str], published: bool = True) -> Any:
    response = client.put(PUBLICATION, json={"published": published}, headers=staff)
    assert response.status_code == 200, response.json
    return response.json


def every_entry(client: FlaskClient, limit: int = 2) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    cursor = ""
    while True:
        page = client.get(f"{RECORD}?limit={limit}{cursor}")
        assert page.status_code == 200, page.json
        entries += page.json["items"]
        if page.json["next_cursor"] is None:
            return entries
        cursor = f"&cursor={page.json['next_cursor']}"


@pytest.fixture
def arranged(
    client: FlaskClient,
    item: dict[str, Any],
    staff: dict[str, str],
    set_clock: Callable[[datetime], None],
) -> dict[str, Any]:
    """A unique comment, a fill-in campaign of four, spam, a duplicate, a disputed comment."""
    set_clock(at("2026-11-20T09:10:00"))
    ids: dict[str, Any] = {"unique": post(client, UNIQUE)}
    members = members_with_own_words()
    ids["members"] = [client.post(COMMENTS, json=m.payload()).json["id"] for m in members]
    ids["spam"] = post(client, "Win a FREE prize now!!! http://spam.example/win", {"name": "Probe"})
    spam = {"kind": "spam", "reason": "An advertisement."}
    assert (
        client.patch(f"/api/v1/comments/{ids['spam']}/label", json=spam, headers=staff).status_code
        == 200
    )
    ids["original"] = post(client, "Fix the potholes on 5th before the rains.", VICTIM)
    ids["duplicate"] = post(client, "Fix the potholes on 5th before the rains.", VICTIM)
    ids["disputed"] = post(
        client, "I oppose the new parking rules downtown.", {"name": "Nobody Real"}
    )
    dispute = {"reason": "The named sender says they did not send it."}
    put = client.put(f"/api/v1/comments/{ids['disputed']}/dispute", json=dispute, headers=staff)
    assert put.status_code == 200
    labels = {
        name: client.get(f"/api/v1/comments/{ids[name]}", headers=staff).json["label"]["kind"]
        for name in ("unique", "spam", "original", "duplicate")
    }
    assert labels == {
        "unique": "unique",
        "spam": "spam",
        "original": "unique",
        "duplicate": "duplicate",
    }
    ids["members_data"] = members
    set_clock(at("2026-11-20T10:30:00"))
    return ids


def test_there_is_no_record_until_staff_publish(
    client: FlaskClient, arranged: dict[str, Any], staff: dict[str, str]
) -> None:
    missing = client.get(RECORD)
    assert missing.status_code == 404
    assert missing.content_type == "application/problem+json"
    unpublished = client.get(PUBLICATION, headers=staff).json
    assert unpublished == {
        "item_id": ITEM,
        "published": False,
        "published_at": None,
        "as_of": None,
        "actor": None,
        "url": None,
    }
    state = publish(client, staff)
    assert state["published"] is True
    assert (state["item_id"], state["url"]) == (ITEM, RECORD)
    assert state["actor"].startswith("staff:") and state["published_at"]
    assert state["as_of"] == "2026-11-20T10:00:00+00:00"  # the last boundary, not the moment
    assert client.get(RECORD).status_code == 200
    publish(client, staff, False)
    assert client.get(RECORD).status_code == 404


def test_the_record_collapses_campaigns_and_leaves_out_what_it_must(
    client: FlaskClient, arranged: dict[str, Any], staff: dict[str, str]
) -> None:
    publish(client, staff)
    entries = every_entry(client)
    assert [e["type"] for e in entries] == ["comment", "campaign", "comment"]
    unique, letter, original = entries
    assert unique["text"] == (
        "Please keep the branch library open on Sundays. Write to me at [removed] or call "
        "[removed]; I live at [removed], [removed]."
    )
    assert "name" not in unique  # names are off by default
    # Each entry carries its own type's fields and no other's.
    assert set(unique) == {"type", "received_at", "text", "position"}
    assert set(letter) == {
        *("type", "received_at", "campaign_id", "template"),
        *("comments", "additions", "additions_url"),
    }
    assert letter["additions_url"] == f"{RECORD}/campaigns/{letter['campaign_id']}"
    assert original["text"] == "Fix the potholes on 5th before the rains."
    assert letter["template"].splitlines() == TEMPLATE
    assert (letter["comments"], letter["additions"]) == (4, 4)
    additions = client.get(letter["additions_url"]).json
    assert additions["comments"] == 4 and len(additions["items"]) == 4
    for i, addition in enumerate(additions["items"]):
        assert "name" not in addition
        gone = "[removed]"
        assert addition["text"] == OWN_WORDS[i].format(first=gone, house=gone, phone=gone)
    published = client.get(RECORD).get_data(as_text=True) + str(additions)
    for member in arranged["members_data"]:
        for detail in member.details:
            assert detail not in published
    for secret in ("maria.lopez@example.org", "95818", "Land Park", "prize", "parking rules"):
        assert secret not in published


@pytest.mark.parametrize("settings_overrides", [{"public_record_names": "name"}])
def test_names_only_where_the_setting_allows_each_with_its_own_words(
    client: FlaskClient, arranged: dict[str, Any], staff: dict[str, str]
) -> None:
    publish(client, staff)
    page = client.get(RECORD).json
    assert page["names"] == "name"
    assert page["items"][0]["name"] == "Maria Lopez"
    assert all("name" not in e for e in page["items"] if e["type"] == "campaign")
    letter = page["items"][1]
    additions = client.get(letter["additions_url"]).json["items"]
    members = arranged["members_data"]
    assert [a["name"] for a in additions] == [m.name for m in members]
    for addition, member in zip(additions, members, strict=True):
        first = member.name.split()[0]
        assert first in addition["text"]  # its own name, beside its own words
        others = [m.name.split()[0] for m in members if m is not member]
        assert not any(other in addition["text"] for other in others)
        assert member.address.split(",")[0] not in addition["text"]
        assert member.email not in str(addition) and member.postal_code not in str(addition)


def test_a_held_back_comment_is_left_out_with_a_reason_audited_and_reversible(
    client: FlaskClient, arranged: dict[str, Any], staff: dict[str, str]
) -> None:
    publish(client, staff)
    hold = f"/api/v1/comments/{arranged['unique']}/hold"
    assert client.put(hold, json={}, headers=staff).status_code == 422  # a reason is required
    held = client.put(hold, json={"reason": "Names a private person."}, headers=staff)
    assert held.status_code == 200 and held.json["reason"] == "Names a private person."
    assert [e["type"] for e in every_entry(client)] == ["campaign", "comment"]
    record = client.get(f"/api/v1/comments/{arranged['unique']}", headers=staff).json
    assert record["held_back"]["reason"] == "Names a private person."
    assert client.delete(hold, headers=staff).status_code == 204
    assert client.delete(hold, headers=staff).status_code == 404
    assert [e["type"] for e in every_entry(client)] == ["comment", "campaign", "comment"]
    events = client.get(f"/api/v1/agenda-items/{ITEM}/audit-events", headers=staff).json["items"]
    assert [(e["action"], e["comment_id"]) for e in events] == [
        ("comment_released", arranged["unique"]),
        ("comment_held", arranged["unique"]),
        ("record_published", None),
    ]
    assert events[1]["reason"] == "Names a private person."
    assert all(e["actor"].startswith("staff:") for e in events)


def test_the_switch_and_hold_backs_are_for_staff(
    client: FlaskClient, arranged: dict[str, Any], integration: dict[str, str]
) -> None:
    assert client.put(PUBLICATION, json={"published": True}).status_code == 401
    assert client.put(PUBLICATION, json={"published": True}, headers=integration).status_code == 403
    hold = f"/api/v1/comments/{arranged['unique']}/hold"
    assert client.put(hold, json={"reason": "x"}).status_code == 401
    assert client.get(f"/api/v1/agenda-items/{ITEM}/audit-events").status_code == 401


@pytest.mark.usefixtures("arranged")
def test_nothing_a_sender_does_after_publication_shows_in_the_record(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    """The participation oracle: post under someone's email and watch the record. It does not
    move, whatever the labeller makes of the probes, at any later boundary, until staff publish
    again; and then everything since shows at once."""
    publish(client, staff)
    before = every_entry(client)
    post(client, "Fix the potholes on 5th before the rains.", VICTIM)  # a duplicate if she sent it
    post(client, "I am checking whether this person commented.", VICTIM)
    newcomer = campaign(5, "end")[4]
    assert client.post(COMMENTS, json=newcomer.payload()).status_code == 201  # one more copy
    set_clock(at("2026-11-21T12:00:00"))  # boundaries pass
    assert every_entry(client) == before
    publish(client, staff)
    after = every_entry(client)
    assert [e["type"] for e in after] == ["comment", "campaign", "comment", "comment"]
    assert after[1]["comments"] == 5


@pytest.mark.usefixtures("item")
def test_a_closed_window_is_published_to_its_end(
    client: FlaskClient, staff: dict[str, str], set_clock: Callable[[datetime], None]
) -> None:
    close = {"comments_close_at": "2026-11-20T09:30:00Z"}
    assert (
        client.patch(f"/api/v1/agenda-items/{ITEM}", json=close, headers=staff).status_code == 200
    )
    set_clock(at("2026-11-20T09:20:00"))
    post(client, "Please fund the crossing guard at Alder school.")
    set_clock(at("2026-11-20T09:45:00"))
    assert publish(client, staff)["as_of"] == "2026-11-20T09:30:00+00:00"
    assert [e["text"] for e in every_entry(client)] == [
        "Please fund the crossing guard at Alder school."
    ]


def test_a_cursor_the_record_did_not_issue_is_refused(
    client: FlaskClient, arranged: dict[str, Any], staff: dict[str, str]
) -> None:
    publish(client, staff)
    assert client.get(f"{RECORD}?cursor=bm9wZQ").status_code == 422
    assert client.get(f"{RECORD}?limit=0").status_code == 422
