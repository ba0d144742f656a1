"""Staff decisions to learn a spam model from: residents' comments and adverts posted through the
API, then labelled by a staff member as the dashboard or the API would (``PATCH .../label``)."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from tests.conftest import comment_payload, json_body
from tests.unit.text.test_spam_learned import ADVERTS, KEPT, RESIDENTS, VARIANT

__all__ = ["ADVERTS", "KEPT", "RESIDENTS", "VARIANT", "decide", "post_comment"]


def post_comment(client: FlaskClient, item_id: str, body: str, n: int) -> dict[str, Any]:
    person = {"name": f"Person {n}", "email": f"person{n}@example.org"}
    response = client.post(
        f"/api/v1/agenda-items/{item_id}/comments",
        json=comment_payload(body, submitter=person),
        environ_base={"REMOTE_ADDR": f"10.8.{n // 200}.{n % 200}"},
    )
    assert response.status_code == 201, response.json
    return json_body(response)


def decide(client: FlaskClient, staff: dict[str, str], item_id: str, start: int = 0) -> list[int]:
    """Post every resident's comment and advert, and have staff label each: spam or unique."""
    ids = []
    for n, (body, kind) in enumerate(
        [(b, "unique") for b in RESIDENTS] + [(b, "spam") for b in ADVERTS], start
    ):
        comment_id = post_comment(client, item_id, body, n)["id"]
        response = client.patch(
            f"/api/v1/comments/{comment_id}/label",
            json={"kind": kind, "reason": "staff read it"},
            headers=staff,
        )
        assert response.status_code == 200, response.json
        ids.append(comment_id)
    return ids
