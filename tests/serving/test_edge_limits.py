"""Limits and errors at the edge: what the server answers before a view runs.

A streamed (chunked) body over the limit is a 413 naming the limit, a malformed one a 400 problem;
a method the API lacks is a 405 whatever the body; who may call is checked before what they sent.
The streamed cases run against the real ``intake serve`` (gunicorn decodes chunked bodies).
"""

from __future__ import annotations

import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder, run_wsgi_app

from tests.conftest import comment_payload
from tests.served import Served, intake_serve

pytestmark = pytest.mark.slow

ITEM = "2026-00837"
URL = f"/api/v1/agenda-items/{ITEM}/comments"
LIMIT = 4096


def streamed_environ(path: str, body: bytes, content_type: str = "application/json") -> Any:
    """A request as gunicorn hands over a chunked one: no Content-Length, a terminated input."""
    environ = EnvironBuilder(path=path, method="POST", content_type=content_type).get_environ()
    environ.pop("CONTENT_LENGTH", None)
    environ["wsgi.input"] = io.BytesIO(body)
    environ["wsgi.input_terminated"] = True
    return environ


def test_a_streamed_body_over_the_limit_is_a_413_naming_the_limit(
    app: Flask, item: dict[str, Any]
) -> None:
    limit = app.config["INTAKE"].max_request_bytes
    body = json.dumps(comment_payload("x" * limit)).encode()
    out, status, headers = run_wsgi_app(app.wsgi_app, streamed_environ(URL, body), buffered=True)
    assert status.startswith("413"), b"".join(out)
    assert headers["Content-Type"] == "application/problem+json"
    assert str(limit) in json.loads(b"".join(out))["detail"]


def test_a_streamed_body_within_the_limit_is_taken(app: Flask, item: dict[str, Any]) -> None:
    body = json.dumps(comment_payload("A streamed comment.")).encode()
    out, status, _ = run_wsgi_app(app.wsgi_app, streamed_environ(URL, body), buffered=True)
    assert status.startswith("201"), b"".join(out)


def test_put_on_an_api_path_is_a_405_whatever_the_body(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    for path in (URL, f"/api/v1/agenda-items/{ITEM}", "/api/v1/comments/1"):
        bodies: list[dict[str, Any]] = [
            {},
            {"data": "x", "content_type": "text/plain"},
            {"json": {}},
        ]
        for kwargs in bodies:
            response = client.put(path, **kwargs)
            assert response.status_code == 405, (path, kwargs, response.status_code)
            assert response.mimetype == "application/problem+json"
            assert "Allow" in response.headers


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/api/v1/agenda-items", {"id": "bad id!", "title": ""}),
        ("PATCH", f"/api/v1/agenda-items/{ITEM}", {"title": "", "nope": 1}),
        ("PATCH", "/api/v1/comments/1/label", {"kind": "nonsense"}),
        ("POST", f"/api/v1/agenda-items/{ITEM}/comments/batch", {"comments": "x"}),
        ("POST", "/api/v1/tokens", {"role": "god"}),
        ("GET", f"{URL}?limit=0&kind=nonsense", None),
        ("GET", "/api/v1/campaigns/1?limit=0", None),
        ("GET", f"/api/v1/agenda-items/{ITEM}/report?names=maybe", None),
    ],
)
@pytest.mark.usefixtures("item")
def test_who_may_call_is_checked_before_what_they_sent(
    client: FlaskClient, method: str, path: str, body: Any
) -> None:
    response = client.open(path, method=method, json=body)
    assert response.status_code == 401, response.json
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_a_staff_caller_still_gets_the_field_errors(
    client: FlaskClient, staff: dict[str, str], item: dict[str, Any]
) -> None:
    response = client.patch(f"/api/v1/agenda-items/{ITEM}", json={"title": " "}, headers=staff)
    assert response.status_code == 422
    assert "title" in response.json["errors"]


# ---------------------------------------------------------------- through gunicorn


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    instance = tmp_path_factory.mktemp("edge") / "instance"
    with intake_serve(
        instance, "--workers", "1", env={"INTAKE_MAX_REQUEST_BYTES": str(LIMIT)}
    ) as s:
        yield s


def exchange(served: Served, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send ``raw`` on a fresh connection; the status, headers and body of the answer."""
    host, port = served.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(raw)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def chunked_post(path: str, chunks: bytes, content_type: str = "application/json") -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\nHost: intake\r\nContent-Type: {content_type}\r\n"
        "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    ).encode() + chunks


def test_gunicorn_chunked_body_over_the_limit_is_a_413_problem(served: Served) -> None:
    body = json.dumps(comment_payload("x" * LIMIT)).encode()
    raw = chunked_post(URL, b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
    status, headers, answer = exchange(served, raw)
    assert status == 413
    assert headers["content-type"] == "application/problem+json"
    assert str(LIMIT) in json.loads(answer)["detail"]


@pytest.mark.parametrize(
    ("path", "content_type"),
    [(URL, "application/json"), (f"/items/{ITEM}/comment", "application/x-www-form-urlencoded")],
)  # the public form's errors are HTML pages, the API's problems
def test_gunicorn_invalid_chunk_size_is_a_400_problem(
    served: Served, path: str, content_type: str
) -> None:
    status, headers, _ = exchange(
        served, chunked_post(path, b"zz\r\nabc\r\n0\r\n\r\n", content_type)
    )
    assert status == 400
    api = path.startswith("/api/")
    assert headers["content-type"].startswith("application/problem+json" if api else "text/html")


def test_a_refused_request_leaves_no_address_or_request_text_in_the_log(served: Served) -> None:
    exchange(served, b"GET /?name=henrietta+quill HTTP/1.1 EXTRA\r\nHost: intake\r\n\r\n")
    log = Path(served.log).read_text()
    assert "refused a request gunicorn could not parse" in log
    assert "henrietta" not in log and "ip=" not in log


def test_nothing_above_was_a_server_error(served: Served) -> None:
    log = Path(served.log).read_text()
    assert '" 500 ' not in log and "Traceback" not in log


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: intake\r\n\r\n", 414),
        (
            b"GET /healthz HTTP/1.1\r\nHost: intake\r\n"
            + b"".join(b"X-Filler-%d: 1\r\n" % n for n in range(60))
            + b"\r\n",
            431,
        ),
        (b"GET /healthz HTTP/1.1\r\nHost: intake\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n", 431),
        (b"NOT HTTP AT ALL\r\n\r\n", 400),
    ],
)
def test_gunicorn_own_refusals_are_problems(served: Served, raw: bytes, status: int) -> None:
    answered, headers, body = exchange(served, raw)
    assert answered == status
    assert headers["content-type"] == "application/problem+json"
    problem = json.loads(body)
    assert problem["status"] == status and problem["detail"]
    assert b"aaaa" not in body  # the client's input is not echoed
