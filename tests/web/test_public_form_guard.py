"""Cross-site posts to the public form are refused: another site cannot post for its visitors.

Through Flask's test client (host ``localhost``); the browser tests in test_public_form.py prove a
real same-site post from Chromium still gets its receipt.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import TimestampSigner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import Comment
from intake.web import public_guard
from tests.web.form_token import form_data, hidden_fields

FORM = "/items/2026-00837/comment"
FIELDS = {"body": "Please keep the library open.", "name": "Ana Ruiz", "position": "support"}


def stored(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Comment)) or 0


def assert_refused(response: Any, session: Session) -> None:
    assert response.status_code == 403
    assert response.mimetype == "text/html"
    assert "nothing was stored" in response.get_data(as_text=True)
    assert stored(session) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost.evil.example"},
        {"Referer": "https://evil.example/page.html"},
        {"Origin": "https://evil.example", "Referer": "http://localhost/items/2026-00837/comment"},
    ],
)
@pytest.mark.usefixtures("item")
def test_a_cross_site_post_is_a_403_page_and_stores_nothing(
    client: FlaskClient, session: Session, headers: dict[str, str]
) -> None:
    data = form_data(client, FORM, FIELDS)  # even with a genuine token fetched by the other site
    assert_refused(client.post(FORM, data=data, headers=headers), session)


@pytest.mark.parametrize("token", [None, "", "2026-00837.forged.signature", "other-item"], ids=str)
@pytest.mark.usefixtures("item")
def test_a_post_without_this_items_form_token_is_refused(
    app: Flask, client: FlaskClient, session: Session, token: str | None
) -> None:
    data = dict(FIELDS)
    if token == "other-item":
        with app.test_request_context():
            token = public_guard.form_token("another-item")
    if token is not None:
        data[public_guard.FIELD] = token
    assert_refused(client.post(FORM, data=data), session)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Origin": "http://localhost"},
        {"Origin": "https://localhost"},  # TLS ended at a proxy: only the host is compared
        {"Referer": "http://localhost/items/2026-00837/comment"},
    ],
)
@pytest.mark.usefixtures("item")
def test_a_same_site_post_with_its_token_gets_a_receipt(
    client: FlaskClient, session: Session, headers: dict[str, str]
) -> None:
    response = client.post(FORM, data=form_data(client, FORM, FIELDS), headers=headers)
    assert response.status_code == 303
    assert stored(session) == 1


@pytest.mark.parametrize("settings_overrides", [{"cors_origins": ("https://www.city.example",)}])
def test_a_configured_origin_may_post(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    headers = {"Origin": "https://www.city.example"}
    response = client.post(FORM, data=form_data(client, FORM, FIELDS), headers=headers)
    assert response.status_code == 303
    assert stored(session) == 1


def test_the_form_page_sends_its_origin_back_but_no_referrer_elsewhere(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    assert client.get(FORM).headers["Referrer-Policy"] == "same-origin"


class _SignedLongAgo(TimestampSigner):
    def get_timestamp(self) -> int:
        return int(time.time()) - public_guard.FORM_TOKEN_SECONDS - 60


@pytest.mark.usefixtures("item")
def test_an_expired_form_is_shown_again_with_what_was_typed(
    app: Flask, client: FlaskClient, session: Session
) -> None:
    old = _SignedLongAgo(app.secret_key or "", salt=public_guard.SALT).sign("2026-00837")
    data = {**FIELDS, public_guard.FIELD: old.decode()}
    response = client.post(FORM, data=data)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "was open for a long time" in page
    assert "Please keep the library open." in page
    fresh = hidden_fields(page)[public_guard.FIELD]  # a new token for the next try
    signer = TimestampSigner(app.secret_key or "", salt=public_guard.SALT)
    assert signer.unsign(fresh, max_age=60) == b"2026-00837"
    assert stored(session) == 0
