"""A comment's spam score and reasons do not depend on the order comments arrived in.

The first copy of a campaign is scored while it is still unique, so what its text alone says (a
link to the organisers' site, say) counts; a campaign member's text is speech by many people and
only bot behaviour counts. When a later copy pulls the first one into the campaign, possibly from
another agenda item, the first copy must show what it would have shown had it arrived second,
as staff read it in the record and the review queue (session 9's closing note).

Two people send the same letter with a link to the organisers' site (one adds a sentence of his
own), each on an item of their own (so each one's item context is its item's title, whatever the
order) and from addresses of their own (so no velocity or burst evidence): each is labelled in
both arrival orders, one by one and in a batch, on databases of their own (``tests/twin.py``),
and must come out the same.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import create_item, json_body
from tests.twin import Twin

GARDEN = "2026-01201"
PARKING = "2026-01202"
LETTER = (
    "Please keep the Alder Street community garden open to every resident of the city.\n\n"
    "The garden feeds forty families each summer and teaches our children to grow food.\n\n"
    "Paving it for parking would cost the neighbourhood far more than the spaces would earn.\n\n"
    "Read our neighbours' letter at https://friendsofaldergarden.org/letter before you vote."
)
OWN = "My grandmother has kept a plot there since the garden opened in 1994."
SENDERS = {
    "Ana Ruiz": (GARDEN, LETTER, "10.0.0.1"),
    "Bo Chen": (PARKING, f"{LETTER}\n\n{OWN}", "10.0.0.2"),
}
FIELDS = ("kind", "spam_score", "reasons", "personal_text", "similarity")


def _items(client: FlaskClient, staff: dict[str, str]) -> None:
    create_item(client, staff, GARDEN, "Alder Street community garden lease")
    create_item(client, staff, PARKING, "Alder Street parking structure")


def _payload(name: str) -> dict[str, Any]:
    _item, body, _address = SENDERS[name]
    email = f"{name.split()[0].lower()}@example.org"
    return {"body": body, "submitter": {"name": name, "email": email}}


def _labels(client: FlaskClient, staff: dict[str, str], ids: dict[str, int]) -> dict[str, Any]:
    records = {
        n: json_body(client.get(f"/api/v1/comments/{i}", headers=staff)) for n, i in ids.items()
    }
    return {name: record["label"] for name, record in records.items()}


def _one_by_one(
    client: FlaskClient, staff: dict[str, str], order: list[str], on: str | None = None
) -> dict[str, Any]:
    """Each sender's letter posted alone, in ``order``, on its own item or all ``on`` one."""
    _items(client, staff)
    ids = {}
    for name in order:
        item, _body, address = SENDERS[name]
        response = client.post(
            f"/api/v1/agenda-items/{on or item}/comments",
            json=_payload(name),
            environ_base={"REMOTE_ADDR": address},
        )
        assert response.status_code == 201, response.json
        ids[name] = json_body(response)["id"]
    return _labels(client, staff, ids)


def _batched(twin: Twin, order: list[str], item: str) -> dict[str, Any]:
    """Every sender's letter on ``item``, in one batch of the integration (one source)."""
    _items(twin.client, twin.staff)
    response = twin.client.post(
        f"/api/v1/agenda-items/{item}/comments/batch",
        json={"comments": [_payload(name) for name in order]},
        headers=twin.integration,
    )
    assert response.json["failed"] == 0, response.json
    ids = {n: r["receipt"]["id"] for n, r in zip(order, response.json["results"], strict=True)}
    return _labels(twin.client, twin.staff, ids)


def _same(first: dict[str, Any], second: dict[str, Any]) -> None:
    for name in SENDERS:
        assert first[name]["kind"] == "form_letter", (name, first[name])
        for field in FIELDS:
            assert first[name][field] == second[name][field], (name, field)
    for labels in (first, second):
        assert len({label["campaign_id"] for label in labels.values()}) == 1


def test_a_first_copy_pulled_in_from_another_item_scores_as_if_it_came_second(
    client: FlaskClient,
    staff: dict[str, str],
    twin: Callable[[], AbstractContextManager[Twin]],
) -> None:
    ana_first = _one_by_one(client, staff, ["Ana Ruiz", "Bo Chen"])
    # The letter's link is content evidence: a campaign member lists it without counting it.
    assert any("outside allowed domains" in r for r in ana_first["Ana Ruiz"]["reasons"])
    with twin() as other:
        bo_first = _one_by_one(other.client, other.staff, ["Bo Chen", "Ana Ruiz"])
    _same(ana_first, bo_first)


@pytest.mark.parametrize("batch_order", [["Ana Ruiz", "Bo Chen"], ["Bo Chen", "Ana Ruiz"]])
def test_a_first_copy_pulled_in_within_a_batch_scores_as_one_by_one(
    client: FlaskClient,
    staff: dict[str, str],
    twin: Callable[[], AbstractContextManager[Twin]],
    batch_order: list[str],
) -> None:
    """The batch's first letter is scored unique and absorbed by the second in the same batch;
    one by one, in the other order, the same letter arrives as the campaign's second copy."""
    one_by_one = _one_by_one(client, staff, batch_order[::-1], on=GARDEN)
    with twin() as other:
        batched = _batched(other, batch_order, GARDEN)
    _same(one_by_one, batched)
