"""The web pages through Flask's test client: fast checks that need no browser (headers, cookie
flags, CSRF, redirects, escaping, chart geometry). The browser tests prove the same paths work
end to end in Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from intake.db import get_database
from intake.models import Comment
from intake.web.charts import bar_chart, timeline_chart
from tests.conftest import comment_payload
from tests.staff_pages import csrf_from, sign_in, sign_in_with_token
from tests.web.form_token import form_data

FORM = "/items/2026-00837/comment"


def session_of(app: Flask, client: FlaskClient) -> dict[str, Any]:
    cookie = client.get_cookie("intake_session")
    assert cookie is not None
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    data: dict[str, Any] = serializer.loads(cookie.value)
    return data


def test_pages_are_html_with_a_policy_that_allows_no_script(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    for path in (FORM, "/staff/sign-in", "/items/NOPE/comment"):
        response = client.get(path)
        assert response.mimetype == "text/html"
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Cache-Control"] == "no-store"
    assert client.get("/items/NOPE/comment").status_code == 404
    assert client.get("/static/web/intake.css").status_code == 200


def test_form_post_stores_through_the_service_and_redirects_to_a_receipt(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    fields = {"body": "Line one\r\nLine two", "name": "Maria Lopez", "position": "neutral"}
    response = client.post(FORM, data=form_data(client, FORM, fields))
    assert response.status_code == 303
    receipt = client.get(response.headers["Location"])
    number = re.search(r'id="receipt-number">(\d+)<', receipt.get_data(as_text=True))
    assert number
    record = client.get(f"/api/v1/comments/{number.group(1)}", headers=staff).json
    assert record["body"] == "Line one\nLine two"  # CRLF from the textarea kept as LF
    assert record["position"] == "neutral" and record["submitter"]["email"] is None


def test_form_errors_are_422_with_the_fields_marked(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    fields = {"body": "x", "name": "", "email": "nope", "position": "maybe"}
    response = client.post(FORM, data=form_data(client, FORM, fields))
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    for field in ("name", "email"):
        assert f'id="{field}-error"' in html
    assert 'id="position-error"' in html
    assert 'role="alert"' in html and 'value="nope"' in html


def test_session_cookie_flags_and_contents(
    app: Flask, client: FlaskClient, make_token: Callable[..., str]
) -> None:
    token = make_token("staff", "clerk")
    response = sign_in_with_token(client, token)
    assert response.status_code == 303
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=Lax" in cookie
    data = session_of(app, client)
    assert set(data) == {"staff_session"}
    assert token not in str(data)


@pytest.mark.parametrize("settings_overrides", [{"environment": "development"}])
def test_development_cookies_work_over_plain_http(
    client: FlaskClient, make_token: Callable[..., str]
) -> None:
    response = sign_in_with_token(client, make_token("staff"))
    assert "Secure" not in response.headers["Set-Cookie"]


def test_staff_posts_need_the_csrf_token(
    client: FlaskClient, make_token: Callable[..., str]
) -> None:
    assert client.post("/staff/sign-in", data={"token": make_token("staff")}).status_code == 400
    sign_in_with_token(client, make_token("admin"))
    assert client.post("/staff/sign-out").status_code == 400
    assert client.get("/staff").status_code == 200


def test_only_staff_tokens_sign_in_and_next_stays_on_the_dashboard(
    client: FlaskClient, make_token: Callable[..., str]
) -> None:
    assert sign_in_with_token(client, make_token("integration")).status_code == 401
    response = sign_in_with_token(client, make_token("staff"), "https://evil.example/staff")
    assert response.headers["Location"] == "/staff"
    assert client.get("/staff/sign-in?next=//evil.example").headers["Location"] == "/staff"


def test_staff_pages_redirect_to_sign_in(client: FlaskClient) -> None:
    response = client.get("/staff/comments/1")
    assert response.status_code == 303
    assert response.headers["Location"] == "/staff/sign-in?next=/staff/comments/1"


@pytest.mark.usefixtures("item")
def test_commenter_markup_is_escaped_everywhere(
    app: Flask, client: FlaskClient, make_token: Callable[..., str]
) -> None:
    payload = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    response = client.post(FORM, data=form_data(client, FORM, {"body": payload, "name": payload}))
    assert response.status_code == 303
    sign_in_with_token(client, make_token("staff"))
    session = get_database(app).session_factory()
    comment_id = session.scalar(select(func.max(Comment.id)))
    session.close()
    for path in (f"/staff/comments/{comment_id}", "/staff/items/2026-00837"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_charts_scale_and_describe_themselves() -> None:
    chart = bar_chart("c", "Positions", [("support", 10), ("oppose", 5), ("neutral", 0)], "#000")
    assert [bar.width for bar in chart.bars] == [300, 150, 0]
    assert chart.desc == "support: 10; oppose: 5; neutral: 0"
    assert timeline_chart("t", "Per hour", []).desc == "No comments yet."
    timeline = timeline_chart(
        "t",
        "Per hour",
        [
            {"hour": "2026-03-02T14:00:00", "total": 3, "unique": 1, "form_letter": 2},
            {"hour": "2026-03-02T15:00:00", "total": 1, "unique": 1, "form_letter": 0},
        ],
    )
    assert [k for k, _label, _colour in timeline.kinds] == ["unique", "form_letter"]
    assert sum(s.height for s in timeline.columns[0].segments) == pytest.approx(180)
    assert "busiest hour 2026-03-02 14:00 with 3" in timeline.desc


def test_a_cookie_kept_from_before_sign_out_no_longer_signs_in(
    client: FlaskClient, make_token: Callable[..., str]
) -> None:
    """Sign-out ends the session on the server: a copy of the cookie replayed later is refused."""
    sign_in_with_token(client, make_token("staff", "clerk"))
    copied = client.get_cookie("intake_session")
    assert copied is not None
    page = client.get("/staff")
    assert page.status_code == 200
    client.post("/staff/sign-out", data={"csrf_token": csrf_from(page.get_data(as_text=True))})
    client.set_cookie("intake_session", copied.value)  # an attacker's copy, or the back button
    replay = client.get("/staff/comments/1")
    assert replay.status_code == 303
    assert replay.headers["Location"].startswith("/staff/sign-in")


def test_signing_out_ends_only_that_browsers_session(
    app: Flask, make_token: Callable[..., str]
) -> None:
    token = make_token("staff", "clerk")
    laptop, phone = app.test_client(), app.test_client()
    sign_in_with_token(laptop, token)
    sign_in_with_token(phone, token)
    page = laptop.get("/staff")
    laptop.post("/staff/sign-out", data={"csrf_token": csrf_from(page.get_data(as_text=True))})
    assert laptop.get("/staff").status_code == 303
    assert phone.get("/staff").status_code == 200


@pytest.mark.usefixtures("item")
def test_a_comments_history_table_shows_who_changed_its_label_when_and_why(
    client: FlaskClient, staff: dict[str, str], make_token: Callable[..., str]
) -> None:
    posted = client.post("/api/v1/agenda-items/2026-00837/comments", json=comment_payload())
    comment_id = posted.json["id"]
    change = {"kind": "spam", "reason": "An advert, not a comment."}
    clerk = {"Authorization": f"Bearer {make_token('staff', 'clerk-ana')}"}
    changed = client.patch(f"/api/v1/comments/{comment_id}/label", json=change, headers=clerk)
    assert changed.status_code == 200, changed.json
    sign_in(client, staff)
    page = client.get(f"/staff/comments/{comment_id}").get_data(as_text=True)
    table = re.search(r'<table class="data" id="history">(.*?)</table>', page, re.S)
    assert table is not None
    headings = re.findall(r'<th scope="col">([^<]*)</th>', table.group(1))
    assert headings == ["When", "Who", "From", "To", "Why"]
    rows = [
        [re.sub(r"\s+", " ", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr><td>.*?</tr>", table.group(1), re.S)
    ]
    assert ["staff:clerk-ana", "unique", "spam", "An advert, not a comment."] in [
        cells[1:] for cells in rows
    ]
