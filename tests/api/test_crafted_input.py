"""Crafted input at the edges of the request (path, query, cursor, timestamps, redirects): each is
a 4xx problem, never a 500, on SQLite and on PostgreSQL (where NUL in text crashes the driver).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st
from marshmallow import ValidationError

from schemas.agenda_items import ITEM_ID_PATTERN
from schemas.common import (
    CLEAN_TEXT_PATTERN,
    CURSOR_PATTERN,
    REQUIRED_TEXT_PATTERN,
    not_blank,
    reject_control_characters,
)
from tests.conftest import comment_payload
from tests.staff_pages import csrf_from, sign_in_with_token

ITEM = "2026-00837"
EXTREME_TIMES = ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00")
PROBLEM = "application/problem+json"


def crafted_cursor(value: Any) -> str:
    """A cursor as this API encodes one, holding ``value`` (lone surrogates as JSON escapes)."""
    raw = json.dumps({"after": value}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def assert_problem(response: Any, *statuses: int) -> None:
    assert response.status_code in statuses, (response.status_code, response.get_data()[:300])
    assert response.mimetype == PROBLEM


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/agenda-items/a%00b"),
        ("GET", "/api/v1/agenda-items/a%00b/summary"),
        ("GET", "/api/v1/agenda-items/a%00b/comments"),
        ("POST", "/api/v1/agenda-items/a%00b/comments"),
        ("POST", "/api/v1/agenda-items/a%00b/comments/batch"),
        ("GET", "/api/v1/agenda-items/a%00b/comments.csv"),
    ],
)
def test_a_nul_in_an_item_id_is_a_404_problem(
    client: FlaskClient, staff: dict[str, str], method: str, path: str
) -> None:
    body = [comment_payload()] if path.endswith("batch") else comment_payload()
    response = client.open(path, method=method, json=body, headers=staff)
    assert_problem(response, 404)


@pytest.mark.parametrize("path", ["/api/v1/campaigns", "/api/v1/comments"])
@pytest.mark.parametrize(
    "item_id", ["a\x00b", "\u00ac\u00a2\x1e\U000caeae\u00ac\\\x00\u00da", "a b"]
)
def test_an_item_filter_that_names_no_possible_item_is_a_422_problem(
    client: FlaskClient, staff: dict[str, str], path: str, item_id: str
) -> None:
    """The filters take an item's id as items are made (letters, digits, '.', '_', '-'):
    schemathesis found a NUL in ``?item_id=`` reaching PostgreSQL, which refuses it (a 500)."""
    response = client.get(path, query_string={"item_id": item_id}, headers=staff)
    assert_problem(response, 422)
    assert "item_id" in str(response.json["errors"])


def test_a_nul_in_an_item_id_on_the_public_form_is_a_404(client: FlaskClient) -> None:
    assert client.get("/items/a%00b/comment").status_code == 404
    assert client.post("/items/a%00b/comment", data={"body": "x"}).status_code in (403, 404)


@pytest.mark.parametrize(
    "zero", ["\u0660", "\u0966", "\uff10"]
)  # Arabic-Indic, Devanagari, full-width
@pytest.mark.usefixtures("item")
def test_only_ascii_digits_name_a_comment(
    client: FlaskClient, staff: dict[str, str], zero: str
) -> None:
    receipt = client.post(f"/api/v1/agenda-items/{ITEM}/comments", json=comment_payload())
    number = str(receipt.json["id"])
    assert client.get(f"/api/v1/comments/{number}", headers=staff).status_code == 200
    other_digits = "".join(chr(ord(zero) + int(digit)) for digit in number)
    assert_problem(client.get(f"/api/v1/comments/{other_digits}", headers=staff), 404)


@pytest.mark.parametrize(
    "cursor",
    [
        crafted_cursor("\ud800"),
        crafted_cursor("a\x00b"),
        crafted_cursor(2**63),
        crafted_cursor(-1),
        crafted_cursor(10**30),
        "abc\x00",
    ],
)
@pytest.mark.usefixtures("item")
def test_a_crafted_cursor_is_a_422_problem(
    client: FlaskClient, staff: dict[str, str], cursor: str
) -> None:
    for path in (
        "/api/v1/agenda-items",
        f"/api/v1/agenda-items/{ITEM}/comments",
        "/api/v1/campaigns/1",
    ):
        response = client.get(path, query_string={"cursor": cursor}, headers=staff)
        assert_problem(response, 404, 422)
        if response.status_code == 422:
            assert "query.cursor" in response.json["errors"] or "cursor" in response.json["errors"]


@pytest.mark.parametrize("cursor", [crafted_cursor(2**63), crafted_cursor("\ud800"), "a\x00"])
@pytest.mark.usefixtures("item")
def test_a_crafted_cursor_on_the_staff_pages_is_not_a_500(
    client: FlaskClient, make_token: Callable[..., str], cursor: str
) -> None:
    sign_in_with_token(client, make_token("staff"))
    for path in ("/staff/", f"/staff/items/{ITEM}"):
        response = client.get(path, query_string={"cursor": cursor})
        assert 400 <= response.status_code < 500, (path, response.status_code)


@pytest.mark.parametrize("moment", EXTREME_TIMES)
@pytest.mark.usefixtures("item")
def test_timestamps_that_overflow_utc_are_a_422(
    client: FlaskClient, staff: dict[str, str], moment: str
) -> None:
    listing = f"/api/v1/agenda-items/{ITEM}/comments"
    for name in ("since", "until"):
        response = client.get(listing, query_string={name: moment}, headers=staff)
        assert_problem(response, 422)
        assert f"query.{name}" in response.json["errors"]
    for name in ("comments_open_at", "comments_close_at", "meeting_at"):
        created = client.post(
            "/api/v1/agenda-items",
            json={"id": "x-1", "title": "t", name: moment},
            headers=staff,
        )
        assert_problem(created, 422)
        assert name in created.json["errors"]
        changed = client.patch(f"/api/v1/agenda-items/{ITEM}", json={name: moment}, headers=staff)
        assert_problem(changed, 422)


def test_ordinary_timestamps_with_any_offset_still_work(
    client: FlaskClient, staff: dict[str, str], item: dict[str, Any]
) -> None:
    changed = client.patch(
        f"/api/v1/agenda-items/{ITEM}",
        json={"comments_close_at": "2026-12-01T17:00:00+14:00"},
        headers=staff,
    )
    assert changed.status_code == 200
    assert changed.json["comments_close_at"] == "2026-12-01T03:00:00+00:00"


@pytest.mark.parametrize("target", ["/staff\r\nSet-Cookie: x=1", "/staff/\n", "/staff/\x00"])
def test_a_control_character_in_next_never_reaches_the_location_header(
    client: FlaskClient, make_token: Callable[..., str], target: str
) -> None:
    response = sign_in_with_token(client, make_token("staff"), target)
    assert response.status_code == 303
    assert response.headers["Location"] == "/staff"
    again = client.get("/staff/sign-in", query_string={"next": target})
    assert again.status_code == 303
    assert again.headers["Location"] == "/staff"


def test_a_safe_next_is_still_followed(client: FlaskClient, make_token: Callable[..., str]) -> None:
    page = client.get("/staff/sign-in")
    assert csrf_from(page.get_data(as_text=True))
    response = sign_in_with_token(client, make_token("staff"), "/staff/items/2026-00837?kind=spam")
    assert response.headers["Location"] == "/staff/items/2026-00837?kind=spam"


text_units = st.sampled_from(
    [*" \t\n\r\x00\x0b\x1f\x85\xa0\u2003\u3000", *"\ufeff\u200b\u202ea\u00e9\U0001f600\x7f\x9f"]
)


@given(st.lists(st.one_of(text_units, st.characters(exclude_categories=["Cs"]))).map("".join))
def test_the_spec_patterns_say_what_the_validators_do(value: str) -> None:
    """Clients validating against openapi.yaml accept exactly the text intake accepts."""
    assert bool(re.match(CLEAN_TEXT_PATTERN, value)) == _passes([reject_control_characters], value)
    assert bool(re.match(REQUIRED_TEXT_PATTERN, value)) == _passes(
        [not_blank, reject_control_characters], value
    )


def _passes(validators: list[Callable[[str], None]], value: str) -> bool:
    try:
        for check in validators:
            check(value)
    except ValidationError:
        return False
    return True


def test_the_spec_states_the_text_and_cursor_rules() -> None:
    spec = yaml.safe_load(Path("openapi.yaml").read_text())
    comment = spec["components"]["schemas"]["CommentCreate"]["properties"]
    assert comment["body"]["pattern"] == REQUIRED_TEXT_PATTERN
    submitter = spec["components"]["schemas"]["Submitter"]["properties"]
    assert submitter["postal_code"]["pattern"] == CLEAN_TEXT_PATTERN
    listing = spec["paths"]["/api/v1/agenda-items/{item_id}/comments"]
    parameters = {p["name"]: p["schema"] for p in listing["get"]["parameters"]}
    parameters.update({p["name"]: p["schema"] for p in listing["parameters"]})
    assert parameters["cursor"]["pattern"] == CURSOR_PATTERN
    assert parameters["item_id"]["pattern"] == ITEM_ID_PATTERN
    single = spec["paths"]["/api/v1/comments/{comment_id}"]["parameters"][0]["schema"]
    assert single["maximum"] == 2**63 - 1
