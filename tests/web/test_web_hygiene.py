"""Web hygiene: security headers, markup kept as inert text, and size limits before parsing."""

from __future__ import annotations

import io
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder, run_wsgi_app

from tests.conftest import comment_payload

URL = "/api/v1/agenda-items/2026-00837/comments"
MARKUP = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:x">y</a>'


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anyone reads it."""

    def readable(self) -> bool:
        return True

    def readinto(self, _buffer: Any) -> int:
        raise AssertionError("the body was read although its length was refused")

    def seekable(self) -> bool:
        return True

    def seek(self, _offset: int, _whence: int = 0) -> int:
        return 0  # the test client rewinds the stream after the request; nothing was read


def test_html_pages_get_security_headers(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    for url, headers in (("/docs", {}), (f"/api/v1/agenda-items/{item['id']}/report", staff)):
        response = client.get(url, headers=headers)
        assert response.status_code == 200 and response.mimetype == "text/html", url
        policy = response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy and "default-src" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "no-referrer"


def test_every_response_is_nosniff(client: FlaskClient, item: dict[str, Any]) -> None:
    for response in (
        client.get("/healthz"),
        client.get("/openapi.yaml"),
        client.get("/api/v1/agenda-items/missing"),
        client.post(URL, data="{", content_type="application/json"),
        client.post(URL, json=comment_payload()),
    ):
        assert response.headers["X-Content-Type-Options"] == "nosniff", response.status


def test_markup_is_stored_verbatim_and_returned_as_json_text(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    receipt = client.post(URL, json=comment_payload(MARKUP))
    assert receipt.status_code == 201
    record = client.get(receipt.headers["Location"], headers=staff)
    assert record.mimetype == "application/json"
    assert record.json["body"] == MARKUP
    listing = client.get(URL, headers=staff)
    assert listing.mimetype == "application/json"
    assert listing.json["items"][0]["body"] == MARKUP


def test_a_huge_content_length_is_refused_before_reading(app: Flask) -> None:
    limit = app.config["INTAKE"].max_request_bytes
    environ = EnvironBuilder(path=URL, method="POST", content_type="application/json").get_environ()
    environ["CONTENT_LENGTH"] = str(limit * 1000)
    environ["wsgi.input"] = UnreadableBody()
    # Straight to the WSGI app: the test client would recompute CONTENT_LENGTH from the stream.
    body, status, headers = run_wsgi_app(app.wsgi_app, environ, buffered=True)
    assert status.startswith("413"), b"".join(body)
    assert headers["Content-Type"] == "application/problem+json"


def test_a_body_just_over_the_limit_is_refused(
    app: Flask, client: FlaskClient, item: dict[str, Any]
) -> None:
    limit = app.config["INTAKE"].max_request_bytes
    body = comment_payload("x" * limit)
    response = client.post(URL, json=body)
    assert response.status_code == 413
