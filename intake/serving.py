"""gunicorn's worker for ``intake serve``: its own refusals are ``application/problem+json`` too.

gunicorn answers a request it cannot parse (a request line over ``limit_request_line``: 414; too
many or too large header fields: 431; not HTTP: 400) itself, before the app sees it, with a small
HTML page. A client of this API parses one error shape, so the worker rewrites that page into a
problem with the same status, and a fixed detail per status (gunicorn's message quotes the
client's input). Everything else about the worker is gunicorn's threaded worker.
"""

from __future__ import annotations

import json
import socket
from typing import Any

from gunicorn.workers.gthread import ThreadWorker

PROBLEM_MIMETYPE = "application/problem+json"
DETAILS = {
    400: "The request is not valid HTTP.",
    403: "The request was refused.",
    414: "The request line (method, path and query) is too long.",
    417: "The Expect header is not supported.",
    431: "There are too many header fields, or one is too large.",
    500: "Something went wrong on our side. Nothing was stored.",
    501: "The transfer coding is not supported.",
}
SLUGS = {400: "bad-request", 414: "uri-too-long", 431: "request-header-fields-too-large"}


def as_problem(raw: bytes) -> bytes:
    """gunicorn's HTML error response rewritten as a problem; anything else unchanged."""
    head, _, _ = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 3 or not parts[1].isdigit() or "Content-Type: text/html" not in lines:
        return raw
    status, reason = int(parts[1]), parts[2]
    body = {
        "type": f"/problems/{SLUGS.get(status, 'about-blank')}",
        "title": reason,
        "status": status,
        "detail": DETAILS.get(status, reason),
    }
    encoded = json.dumps(body).encode()
    return (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
        f"Content-Type: {PROBLEM_MIMETYPE}\r\nContent-Length: {len(encoded)}\r\n"
        "X-Content-Type-Options: nosniff\r\n\r\n"
    ).encode("latin-1") + encoded


class _ProblemSocket:
    """The client socket as gunicorn's error writer sees it: what it sends becomes a problem."""

    def __init__(self, client: socket.socket) -> None:
        self._client = client

    def sendall(self, data: bytes) -> None:
        self._client.sendall(as_problem(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class ProblemThreadWorker(ThreadWorker):
    """gunicorn's ``gthread`` worker whose own error pages are RFC 9457 problems."""

    def handle_error(self, req: Any, client: socket.socket, addr: Any, exc: Exception) -> None:
        super().handle_error(req, _ProblemSocket(client), addr, exc)
