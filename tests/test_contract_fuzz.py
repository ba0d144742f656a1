"""Contract fuzzing: schemathesis drives every operation of the committed ``openapi.yaml``.

For generated requests, valid and invalid, with the token each operation is meant for (admin for
tokens, integration for posting comments, staff for the rest), every response must be something
the spec promises: no 5xx, a documented status, a body matching its schema with the documented
media type, and every error an ``application/problem+json`` problem. Examples are bounded so the
whole fuzz stays within a few minutes of CI.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import CheckContext, not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from intake.problems import PROBLEM_MIMETYPE
from tests.conftest import bearer, comment_payload

ROOT = Path(__file__).resolve().parent.parent
ITEM_ID = "FUZZ-1"
EXAMPLES_PER_OPERATION = 100

# Invalid data may also be refused as too large (413) or, for a retried key, as a conflict.
CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {
        "checks": {
            "negative_data_rejection": {"expected-statuses": [400, 401, 403, 404, 413, 415, 422]}
        }
    }
)
schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml", config=CONFIG)


@schemathesis.check
def errors_are_problems(_ctx: CheckContext, response: Any, case: Case) -> bool | None:
    """Every 4xx/5xx body is an RFC 9457 problem whose ``status`` matches the response."""
    if response.status_code < 400:
        return None
    media_type = response.headers.get("content-type", [""])[0].split(";")[0]
    assert media_type == PROBLEM_MIMETYPE, f"error sent as {media_type!r}"
    body = response.json()
    assert body["status"] == response.status_code
    assert body["type"].startswith("/problems/") and body["title"]
    return None


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    errors_are_problems,
]


@pytest.fixture
def tokens(make_token: Callable[..., str]) -> dict[str, dict[str, str]]:
    return {role: bearer(make_token(role)) for role in ("staff", "integration", "admin")}


@pytest.fixture
def seeded(client: FlaskClient, tokens: dict[str, dict[str, str]]) -> None:
    """An open item with a comment, a campaign-sized template and a token with id 1."""
    staff = tokens["staff"]
    assert (
        client.post(
            "/api/v1/agenda-items", json={"id": ITEM_ID, "title": "Fuzzed"}, headers=staff
        ).status_code
        == 201
    )
    for n in range(3):
        body = f"Please protect the park. Signed, person {n}."
        response = client.post(
            f"/api/v1/agenda-items/{ITEM_ID}/comments", json=comment_payload(body)
        )
        assert response.status_code == 201


def aim_at_real_records(case: Case) -> None:
    """Send about half the valid cases to records that exist, so handlers run past their 404s.

    Only valid (positive) cases are changed: a case meant to be invalid stays as generated. The
    choice follows the generated data, so hypothesis can still shrink and replay it.
    """
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    if not case.path_parameters or zlib.crc32(repr(case.body).encode()) % 2:
        return
    for name in case.path_parameters:
        case.path_parameters[name] = ITEM_ID if name == "item_id" else 1


def headers_for(case: Case, tokens: dict[str, dict[str, str]]) -> dict[str, str]:
    """The token the operation is meant for; the role matrix test covers the others."""
    path, method = case.operation.path, case.operation.method.upper()
    if path.startswith("/api/v1/tokens"):
        return tokens["admin"]
    if method == "POST" and path.endswith(("/comments", "/comments/batch")):
        return tokens["integration"]
    return tokens["staff"]


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_response_keeps_the_contract(
    case: Case, app: Flask, seeded: None, tokens: dict[str, dict[str, str]]
) -> None:
    aim_at_real_records(case)
    case.call_and_validate(app=app, headers=headers_for(case, tokens), checks=CHECKS)
