"""Signing in to the staff pages and posting their forms through the Flask test client."""

from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient


def sign_in(client: FlaskClient, staff: dict[str, str]) -> None:
    client.get("/staff/sign-in")
    with client.session_transaction() as session:
        csrf = session.get("csrf")
    token = staff["Authorization"].removeprefix("Bearer ")
    response = client.post("/staff/sign-in", data={"token": token, "csrf_token": csrf})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]


def csrf(client: FlaskClient) -> str:
    with client.session_transaction() as session:
        if "csrf" in session:
            return str(session["csrf"])
    client.get("/staff/new-item")  # a page with a form makes the session's token
    with client.session_transaction() as session:
        return str(session["csrf"])


def post(client: FlaskClient, path: str, **fields: str) -> Any:
    return client.post(path, data={"csrf_token": csrf(client), **fields})


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field"
    return match.group(1)


def sign_in_with_token(client: FlaskClient, token: str, next_path: str = "") -> Any:
    page = client.get("/staff/sign-in")
    return client.post(
        "/staff/sign-in",
        data={
            "csrf_token": csrf_from(page.get_data(as_text=True)),
            "token": token,
            "next": next_path,
        },
    )
