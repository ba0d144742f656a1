"""Hostile text through the whole request path: any input gets a clear 4xx or a 201, never a 5xx.

Property tests post arbitrary Unicode (NUL and other controls, lone surrogates sent as JSON
escapes, right-to-left overrides, combining-mark floods, 20,000-character words) in every text
field, and hand-made bodies cover what generators rarely reach (10,000 nested arrays). Each request
is timed only as a hang guard: a bound of seconds catches a pathological blow-up (quadratic
normalisation, a regex backtracking forever), not a slow machine.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.test import TestResponse

from tests.conftest import comment_payload

pytestmark = pytest.mark.slow

URL = "/api/v1/agenda-items/2026-00837/comments"
HANG_GUARD_SECONDS = 2.0  # CPU seconds of the request thread, so a busy machine cannot fail it
CLEAR_REFUSALS = frozenset({400, 413, 415, 422})

any_char = st.characters(codec=None, categories=None)  # every code point, surrogates included
hostile_units = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\udfff",
        "\u202e",  # right-to-left override
        "\u2066\u2069",  # isolates
        "\ufeff",
        "\u200b\u200d",
        "\u0301",  # repeated: a combining-mark flood
        "x",  # repeated: one 20,000-character word
        "ﷺ",  # expands eighteenfold under NFKC
        "\U0001f600",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "%s%n{0}${jndi:x}",
        " \t\r\n",
    ]
)
hostile_pieces = st.tuples(hostile_units, st.sampled_from([1, 3, 500, 5_000, 20_000])).map(
    lambda unit_times: unit_times[0] * unit_times[1]
)
hostile_text = st.one_of(
    st.text(any_char, max_size=200),
    st.lists(st.one_of(hostile_pieces, st.text(any_char, max_size=20)), max_size=6).map("".join),
)


def post_raw(client: FlaskClient, payload: Any) -> TestResponse:
    """Send ``payload`` as JSON text the way a client would: lone surrogates as ``\\udXXX``."""
    return client.post(URL, data=json.dumps(payload), content_type="application/json")


def check_answer(response: TestResponse, elapsed: float) -> None:
    assert elapsed < HANG_GUARD_SECONDS, f"request used {elapsed:.1f}s of CPU: a pathological path?"
    assert response.status_code == 201 or response.status_code in CLEAR_REFUSALS, (
        response.status_code,
        response.get_data(as_text=True)[:500],
    )
    if response.status_code != 201:
        assert response.mimetype == "application/problem+json"
        problem = response.json
        assert problem is not None and problem["status"] == response.status_code
        assert "Traceback" not in response.get_data(as_text=True)


def timed_post(client: FlaskClient, payload: Any) -> tuple[TestResponse, float]:
    started = time.thread_time()
    response = post_raw(client, payload)
    return response, time.thread_time() - started


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(body=hostile_text)
@pytest.mark.usefixtures("item")
def test_any_body_is_stored_verbatim_or_refused_clearly(
    client: FlaskClient, staff: dict[str, str], body: str
) -> None:
    response, elapsed = timed_post(client, comment_payload(body))
    check_answer(response, elapsed)
    if response.status_code == 201:
        stored = client.get(response.headers["Location"], headers=staff).json
        assert stored["body"] == body


@FUZZ
@given(
    field=st.sampled_from(["name", "email", "postal_code", "address", "organization"]),
    value=hostile_text,
    position=st.one_of(st.none(), st.sampled_from(["support", "oppose", "neutral"]), hostile_text),
)
@pytest.mark.usefixtures("item")
def test_any_submitter_field_or_position_is_stored_or_refused_clearly(
    client: FlaskClient, field: str, value: str, position: str | None
) -> None:
    payload = comment_payload("A comment with a hostile signature.", position=position)
    payload["submitter"][field] = value
    check_answer(*timed_post(client, payload))


@FUZZ
@given(
    payload=st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_any_json_document_is_refused_clearly(
    client: FlaskClient, item: dict[str, Any], payload: Any
) -> None:
    check_answer(*timed_post(client, payload))


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 10_000 + "]" * 10_000,
        '{"body": ' + "[" * 10_000 + "]" * 10_000 + "}",
        '{"a":' * 10_000 + "1" + "}" * 10_000,
        "[" * 100_000,
        '{"body": "\\ud800", "submitter": {"name": "x"}}',
        '{"body": "ok", "submitter": {"name": "\\udc00\\ud800"}}',
        '{"body": "\\u0000", "submitter": {"name": "x"}}',
        '{"body": "ok", "body": "twice", "submitter": {"name": "x"}}',
        '{"body": NaN, "submitter": {"name": "x"}}',
        '{"body": 1e999999, "submitter": {"name": "x"}}',
        "1" * 100_000,
        "\ufeff{}",
        "",
        "null",
    ],
    ids=lambda raw: raw[:24],
)
def test_malformed_or_deeply_nested_json_is_a_clear_4xx(
    client: FlaskClient, item: dict[str, Any], raw: str
) -> None:
    started = time.thread_time()
    response = client.post(
        URL, data=raw.encode("utf-8", "surrogatepass"), content_type="application/json"
    )
    check_answer(response, time.thread_time() - started)


def test_invalid_utf8_bytes_are_a_clear_4xx(client: FlaskClient, item: dict[str, Any]) -> None:
    raw = b'{"body": "\xff\xfe\xc0\xaf", "submitter": {"name": "x"}}'
    started = time.thread_time()
    response = client.post(URL, data=raw, content_type="application/json")
    check_answer(response, time.thread_time() - started)
    assert response.status_code == 400
