"""The spam fixtures the API accepts, a campaign template, and posting one comment per person."""

from __future__ import annotations

import json
from typing import Any

from flask.testing import FlaskClient

from tests.conftest import comment_payload, json_body
from tests.paths import FIXTURES

URL = "/api/v1/agenda-items/2026-00837/comments"
SPAM_FIXTURES = FIXTURES / "spam"


TEMPLATE = (
    "The City council must stand up to ICE by taking the following actions: pass an ordinance, "
    "not just a resolution, banning the use of any city property, facilities, data, staff time, "
    "or resources for any immigration enforcement activities. Close the loophole of Sacramento "
    "Police Department participation in joint task forces, joining cities like Portland, San "
    "Francisco, and Oakland. Moving forwards, support a comprehensive Community Action Plan."
)


def fixtures(name: str) -> list[dict[str, Any]]:
    with (SPAM_FIXTURES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def content_only(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fixtures the API accepts whose verdict rests on the text alone.

    Behaviour fixtures (honeypot, bursts) get their own set-up below; the engine's tests also
    score blank and control-character bodies, which the API refuses before labelling.
    """
    return [
        r
        for r in records
        if r["body"].strip()
        and not any(ch < " " and ch not in "\t\n\r" for ch in r["body"])
        and not any(v for k, v in r["behaviour"].items() if k != "email")
    ]


def post(client: FlaskClient, body: str, n: int, **submitter: Any) -> dict[str, Any]:
    person = {"name": f"Person {n}", "email": f"person{n}@example.org", **submitter}
    response = client.post(
        URL,
        json=comment_payload(body, submitter=person),
        environ_base={"REMOTE_ADDR": f"10.7.{n // 200}.{n % 200}"},
    )
    assert response.status_code == 201, response.json
    return json_body(response)


def label_of(client: FlaskClient, staff: dict[str, str], comment_id: int) -> dict[str, Any]:
    label: dict[str, Any] = client.get(f"/api/v1/comments/{comment_id}", headers=staff).json[
        "label"
    ]
    return label
