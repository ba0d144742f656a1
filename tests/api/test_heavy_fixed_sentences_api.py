"""Heavy copies keeping two or three of a letter's fixed sentences, over the database (issue 14
item 5, session 13): they join the campaign, residents quoting a slogan stay unique, and the
labels are the same posted one by one and in batches."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import json_body
from tests.twin import Twin
from tests.unit.text.test_heavy_fixed_sentences import LETTER, OWN_LINE, PROSE

pytestmark = pytest.mark.slow

ITEM = "2026-01301"
HEAVY = {3, 6, 9}
RESIDENTS = {11, 12}


def _bodies() -> list[str]:
    letter = "\n".join(LETTER)
    bodies = [f"Dear Council,\n\n{letter}\n\nThank you,\nSender {n}" for n in range(10)]
    bodies[3] = f"{LETTER[2]} {LETTER[5]}\n\n{OWN_LINE}\n\nKind regards,"
    bodies[6] = f"{LETTER[1]} {LETTER[5]}\n\nSincerely,"
    bodies[9] = f"Hello,\n\n{LETTER[4]} {LETTER[7]} {LETTER[10]}\n\n{OWN_LINE}"
    return [
        *bodies,
        "\n".join(LETTER),
        f"{LETTER[3]} Our whole street signed the petition at the corner store.",
        PROSE,
    ]


def _payload(n: int, body: str) -> dict[str, Any]:
    return {"body": body, "submitter": {"name": f"Sender {n}", "email": f"s{n}@example.org"}}


def _item(client: FlaskClient, staff: dict[str, str]) -> None:
    client.post(
        "/api/v1/agenda-items", json={"id": ITEM, "title": "Harrow Branch Library"}, headers=staff
    )


def _one_by_one(client: FlaskClient, staff: dict[str, str]) -> list[dict[str, Any]]:
    _item(client, staff)
    ids = []
    for n, body in enumerate(_bodies()):
        response = client.post(
            f"/api/v1/agenda-items/{ITEM}/comments",
            json=_payload(n, body),
            environ_base={"REMOTE_ADDR": f"10.0.13.{n + 1}"},  # residents, not one scripted source
        )
        ids.append(json_body(response)["id"])
    return [json_body(client.get(f"/api/v1/comments/{i}", headers=staff))["label"] for i in ids]


def _batched(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> list[dict[str, Any]]:
    _item(client, staff)
    bodies = _bodies()
    ids: list[int] = []
    for start in range(0, len(bodies), 5):
        payload = {
            "comments": [_payload(start + k, b) for k, b in enumerate(bodies[start : start + 5])]
        }
        response = client.post(
            f"/api/v1/agenda-items/{ITEM}/comments/batch", json=payload, headers=integration
        )
        assert response.json["failed"] == 0
        ids.extend(r["receipt"]["id"] for r in response.json["results"])
    return [json_body(client.get(f"/api/v1/comments/{i}", headers=staff))["label"] for i in ids]


def _assert_labels(single: list[dict[str, Any]]) -> None:
    campaign = single[0]["campaign_id"]
    assert campaign is not None
    for n in HEAVY:
        assert single[n]["kind"] == "form_letter" and single[n]["campaign_id"] == campaign, n
    assert single[3]["personal_text"] == OWN_LINE
    for n in RESIDENTS:
        assert single[n]["kind"] == "unique", n


def test_heavy_copies_join_and_slogan_quoters_stay_unique(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    """On the test database (SQLite, or PostgreSQL with ``INTAKE_TEST_DATABASE_URL``)."""
    _assert_labels(_one_by_one(client, staff))


def test_heavy_copies_are_labelled_alike_in_batches_and_one_by_one(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    twin: Callable[[], AbstractContextManager[Twin]],
) -> None:
    single = _one_by_one(client, staff)
    _assert_labels(single)
    with twin() as other:
        batched = _batched(other.client, other.staff, other.integration)
    for name in ("kind", "personal_text", "similarity"):
        assert [label[name] for label in batched] == [label[name] for label in single], name
