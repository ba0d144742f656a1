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
from typing import Any

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import CHECKS as CHECK_REGISTRY
from schemathesis.checks import CheckContext, CheckFunction, load_all_checks

from intake.problems import PROBLEM_MIMETYPE
from intake.services.pagination import encode_cursor
from tests.conftest import bearer, comment_payload
from tests.paths import ROOT

pytestmark = pytest.mark.slow

ITEM_ID = "FUZZ-1"
EXAMPLES_PER_OPERATION = 100

# Rules OpenAPI 3.0 cannot state, so a schema-valid request may still get a 422 from these
# operations (each rule is documented in the operation's description and tested elsewhere):
# a comment window that closes after it opens, dates within 1900..9999 (the spec's date-time
# format has no range), a campaign or duplicate that exists, a rate limit in the limits grammar.
SEMANTIC_422 = [
    ("POST", "/api/v1/agenda-items"),
    ("PATCH", "/api/v1/agenda-items/{item_id}"),
    ("GET", "/api/v1/agenda-items/{item_id}/comments"),
    ("PATCH", "/api/v1/comments/{comment_id}/label"),
    ("POST", "/api/v1/tokens"),
]
ACCEPTED = [200, 201, 202, 204, 207, 301, 302, 303, 401, 403, 404, 409, 429]

# Invalid data may also be refused as too large (413) or, for a retried key, as a conflict.
CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {
        "checks": {
            "negative_data_rejection": {"expected-statuses": [400, 401, 403, 404, 413, 415, 422]}
        },
        "operations": [
            {
                "include-method": method,
                "include-path": path,
                "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, 422]}},
            }
            for method, path in SEMANTIC_422
        ],
    }
)
schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml", config=CONFIG)
# Requests go to the Flask app in-process (``bind_to_app``); the host only names it.
schema.config.update(base_url="http://localhost")


@schemathesis.check
def errors_are_problems(_ctx: CheckContext, response: Any, case: Case[Any]) -> bool | None:
    """Every 4xx/5xx body is an RFC 9457 problem whose ``status`` matches the response."""
    if response.status_code < 400:
        return None
    media_type = response.headers.get("content-type", [""])[0].split(";")[0]
    assert media_type == PROBLEM_MIMETYPE, f"error sent as {media_type!r}"
    body = response.json()
    assert body["status"] == response.status_code
    assert body["type"].startswith("/problems/") and body["title"]
    return None


# Timing is not behaviour: a busy CI machine is slow, so the response-time check stays out.
NOT_CHECKED = {"max_response_time"}


def all_checks() -> list[CheckFunction]:
    """Every check schemathesis ships (and ours above), so a new release's checks apply too."""
    load_all_checks()
    return [
        check
        for name, check in zip(
            CHECK_REGISTRY.get_all_names(), CHECK_REGISTRY.get_all(), strict=True
        )
        if name not in NOT_CHECKED and not isinstance(check, type)
    ]


CHECKS = all_checks()


def test_every_shipped_check_is_run() -> None:
    """Guards against a narrowed list: the fuzz runs all of schemathesis' checks but timing."""
    names = {check.__name__ for check in CHECKS}
    assert {
        "not_a_server_error",
        "positive_data_acceptance",
        "negative_data_rejection",
        "use_after_free",
        "ensure_resource_availability",
        "ignored_auth",
        "missing_required_header",
        "unsupported_method",
        "errors_are_problems",
    } <= names
    assert not names & NOT_CHECKED


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


def issued_cursor(case: Case[Any]) -> str:
    """A cursor this API could have issued for the operation: items page by id, the rest by number."""
    return encode_cursor(ITEM_ID if case.operation.path == "/api/v1/agenda-items" else 1)


def aim_at_real_records(case: Case[Any]) -> None:
    """Send about half the valid cases to records that exist, so handlers run past their 404s.

    Only valid (positive) cases are changed: a case meant to be invalid stays as generated. The
    choice follows the generated data, so hypothesis can still shrink and replay it. A cursor is
    opaque: the spec can state its characters but not which strings the API issued, so a valid
    case carries an issued one and ``positive_data_acceptance`` still holds every other field.
    """
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    if case.query and "cursor" in case.query:
        case.query["cursor"] = issued_cursor(case)
    if not case.path_parameters or zlib.crc32(repr(case.body).encode()) % 2:
        return
    for name in case.path_parameters:
        case.path_parameters[name] = ITEM_ID if name == "item_id" else 1


def bind_to_app(case_schema: Any, app: Flask) -> None:
    """Checks that send their own probes (``ignored_auth``, ``unsupported_method``) reach the app."""
    case_schema.app = app


def headers_for(case: Case[Any], tokens: dict[str, dict[str, str]]) -> dict[str, str]:
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
    case: Case[Any], app: Flask, seeded: None, tokens: dict[str, dict[str, str]]
) -> None:
    bind_to_app(case.operation.schema, app)
    aim_at_real_records(case)
    case.call_and_validate(app=app, headers=headers_for(case, tokens), checks=CHECKS)
