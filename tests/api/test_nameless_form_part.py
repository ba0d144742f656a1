"""A multipart comment with a part that has no name is judged, not a crash, with or without an
Idempotency-Key (found by the contract fuzz: the replay digest sorted None against a name)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import comment_payload

BOUNDARY = "b0undary"


def multipart(comment: dict[str, Any]) -> bytes:
    parts = [
        "Content-Disposition: form-data\r\n\r\nno name",
        'Content-Disposition: form-data; name="note"\r\n\r\nnamed',
        'Content-Disposition: form-data; name="comment"\r\nContent-Type: application/json\r\n\r\n'
        + json.dumps(comment),
    ]
    body = "".join(f"--{BOUNDARY}\r\n{part}\r\n" for part in parts) + f"--{BOUNDARY}--\r\n"
    return body.encode()


@pytest.mark.parametrize("headers", [{}, {"Idempotency-Key": "nameless-1"}])
def test_a_nameless_part_is_no_crash(
    client: FlaskClient, item: dict[str, Any], headers: dict[str, str]
) -> None:
    response = client.post(
        f"/api/v1/agenda-items/{item['id']}/comments",
        data=multipart(comment_payload()),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
        headers=headers,
    )
    assert response.status_code < 500, response.json
