"""The learned spam model through the service: labelling without one is what it always was, a
worker uses a newly trained version, a text staff kept is never flagged by it, and a comment gets
the same label alone or in a batch. Until staff trained a model, the starter model shipped in the
package scores (unless ``spam_starter_model`` is off); a trained model replaces it."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.db import get_database
from intake.models import SpamModelRecord
from intake.services.spam_models import SpamModelService
from intake.text import spam
from tests.conftest import comment_payload
from tests.spam_decisions import ADVERTS, KEPT, VARIANT, decide, post_comment

NEW = [
    VARIANT,
    "Claim casino free spins tonight, new players win the jackpot bonus",
    "Please repave Freeport Boulevard, the potholes damage our cars.",
    "Visit https://casino.example.xyz for free spins and a jackpot bonus, claim now",
]


@pytest.fixture
def settings_overrides(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The starter model off unless a test asks for it (``indirect`` with True): the tests of a
    deployment's own model read what that model adds."""
    return {"spam_model_check_seconds": 0, "spam_starter_model": getattr(request, "param", False)}


STARTER_ON = pytest.mark.parametrize("settings_overrides", [True], indirect=True)


def label(client: FlaskClient, staff: dict[str, str], comment_id: int) -> dict[str, Any]:
    found: dict[str, Any] = client.get(f"/api/v1/comments/{comment_id}", headers=staff).json[
        "label"
    ]
    return found


def learned(found: dict[str, Any]) -> bool:
    return any(r.startswith("learned:") for r in found["reasons"])


def from_starter(found: dict[str, Any]) -> bool:
    return any(r.startswith("learned:") and "starter model" in r for r in found["reasons"])


def train(app: Flask) -> int:
    with get_database(app).session_factory() as session:
        version = SpamModelService(session).train().version
        session.commit()
    return version


def test_without_a_model_scores_are_the_engines_own(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str], session: Session
) -> None:
    """No model trained: every score is exactly the engine's without one (the bodies carry no
    link or contact, so no item context is read)."""
    bodies = [b for b in NEW if not spam.wants_item_context(b, spam.SpamSettings())]
    # Since round 8 an advert made of advert words with no contact (VARIANT: "casino", "bonus",
    # "free" and a call to action) asks for the item's context too; the other two do not.
    assert len(bodies) == 2
    ids = [post_comment(client, item["id"], body, n)["id"] for n, body in enumerate(bodies)]
    assert session.scalars(select(SpamModelRecord)).first() is None
    for comment_id, body in zip(ids, bodies, strict=True):
        found = label(client, staff, comment_id)
        expected = spam.score(body, spam.Behaviour(), spam.SpamSettings())
        assert found["spam_score"] == pytest.approx(round(expected.score, 4))
        assert found["reasons"] == list(expected.reasons)
        assert not learned(found)


def test_a_worker_labels_with_the_newest_model_once_trained(
    app: Flask, client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    decide(client, staff, item["id"])
    before = post_comment(client, item["id"], VARIANT, 50)["id"]
    assert not learned(label(client, staff, before))
    assert train(app) == 1
    after = post_comment(client, item["id"], VARIANT + " Hurry.", 51)["id"]
    found = label(client, staff, after)
    assert learned(found) and found["kind"] == "spam", found


def test_a_text_staff_kept_is_never_flagged_by_the_model(
    app: Flask, client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    decide(client, staff, item["id"])
    kept = post_comment(client, item["id"], KEPT, 60)["id"]
    client.patch(
        f"/api/v1/comments/{kept}/label",
        json={"kind": "unique", "reason": "a resident against a casino"},
        headers=staff,
    )
    train(app)
    again = label(client, staff, post_comment(client, item["id"], KEPT, 61)["id"])
    assert not learned(again) and again["kind"] != "spam", again
    variant = label(client, staff, post_comment(client, item["id"], VARIANT, 62)["id"])
    assert learned(variant), variant


@STARTER_ON
def test_without_a_model_of_its_own_a_deployment_scores_with_the_starter_model(
    app: Flask, client: FlaskClient, item: dict[str, Any], staff: dict[str, str], session: Session
) -> None:
    """The starter model's evidence is added to the engine's as a trained model's is, but never
    decides alone: an advert the engine alone scores 0 reads as the starter's spam and is not
    labelled spam; one with a link the engine weighs under the threshold is; a resident's comment
    gets no learned evidence."""
    assert session.scalars(select(SpamModelRecord)).first() is None
    alone, linked, resident = NEW[1], NEW[3], NEW[2]
    assert spam.score(alone, spam.Behaviour(), spam.SpamSettings()).score == 0.0
    found = label(client, staff, post_comment(client, item["id"], alone, 1)["id"])
    assert from_starter(found) and found["kind"] != "spam", found
    assert not spam.score(linked, spam.Behaviour(), spam.SpamSettings()).is_spam
    found = label(client, staff, post_comment(client, item["id"], linked, 2)["id"])
    assert from_starter(found) and found["kind"] == "spam", found
    kept = label(client, staff, post_comment(client, item["id"], resident, 3)["id"])
    assert not learned(kept) and kept["kind"] != "spam", kept


@STARTER_ON
def test_a_model_staff_trained_replaces_the_starter_model(
    app: Flask, client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    decide(client, staff, item["id"])
    before = label(client, staff, post_comment(client, item["id"], VARIANT, 50)["id"])
    assert from_starter(before), before
    assert train(app) == 1
    after = label(client, staff, post_comment(client, item["id"], VARIANT + " Hurry.", 51)["id"])
    assert learned(after) and not from_starter(after), after


def test_with_the_starter_model_off_nothing_learned_scores(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    found = label(client, staff, post_comment(client, item["id"], NEW[1], 1)["id"])
    assert not learned(found) and found["kind"] != "spam", found


@pytest.mark.parametrize(
    ("settings_overrides", "trained"),
    [(False, True), (True, False), (True, True)],
    indirect=["settings_overrides"],
    ids=["trained", "starter", "starter-then-trained"],
)
def test_labels_with_a_model_are_the_same_alone_and_in_a_batch(
    app: Flask,
    client: FlaskClient,
    item: dict[str, Any],
    staff: dict[str, str],
    integration: dict[str, str],
    trained: bool,
) -> None:
    decide(client, staff, item["id"])
    if trained:
        train(app)
    for item_id in ("alone", "batch"):
        response = client.post(
            "/api/v1/agenda-items", json={"id": item_id, "title": "Street repairs"}, headers=staff
        )
        assert response.status_code == 201
    bodies = [*NEW, *ADVERTS[:2]]
    alone = [post_comment(client, "alone", b, 100 + n)["id"] for n, b in enumerate(bodies)]
    entries = [
        comment_payload(b, submitter={"name": f"Person {200 + n}", "email": f"b{n}@example.org"})
        for n, b in enumerate(bodies)
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
    assert any(learned(found) for found in one_by_one)
