"""Slow clients cannot take ``intake serve`` down (slowloris).

200 connections each send a request head one line a second, never finishing it, against the real
``intake serve`` (gunicorn, its default 2 workers x 8 threads). Meanwhile ``/healthz`` must keep
answering: each probe gets a generous 5 s, and a server whose threads are all held by slow
clients does not answer at all. Timings are printed, not asserted.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from intake.serving import MAX_CHUNK_LINE, Incoming, body_length, without_expect_continue
from tests.conftest import PG_URL
from tests.served import Served, intake_serve

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(PG_URL), reason="serves its own SQLite instance: the SQLite pass runs it"
    ),
]
SLOW_CLIENTS = 200
PROBES = 6
PROBE_TIMEOUT = 5.0  # a failure threshold for a hung server, not a latency target


@contextmanager
def slow_clients(url: str, count: int) -> Iterator[list[socket.socket]]:
    """``count`` connections that each send a header line a second until the block ends."""
    host, port = url.removeprefix("http://").split(":")
    sockets = []
    for _ in range(count):
        conn = socket.create_connection((host, int(port)), timeout=5)
        conn.sendall(b"POST /api/v1/agenda-items/SLOW/comments HTTP/1.1\r\nHost: x\r\n")
        sockets.append(conn)
    stop = threading.Event()

    def trickle() -> None:
        line = 0
        while not stop.wait(1.0):
            line += 1
            for conn in sockets:
                with contextlib.suppress(OSError):  # the server may cut a slow client off
                    conn.sendall(f"X-Slow-{line}: {'a' * 10}\r\n".encode())

    sender = threading.Thread(target=trickle, daemon=True)
    sender.start()
    try:
        yield sockets
    finally:
        stop.set()
        sender.join(5)
        for conn in sockets:
            conn.close()


def test_healthz_answers_while_200_slow_clients_hold_connections(tmp_path: Path) -> None:
    with intake_serve(tmp_path / "instance") as served:
        with slow_clients(served.url, SLOW_CLIENTS):
            time.sleep(2)  # every slow client is past its first line, as a thread would see it
            timings = []
            for _ in range(PROBES):
                started = time.monotonic()
                with urllib.request.urlopen(served.url + "/healthz", timeout=PROBE_TIMEOUT) as r:
                    assert r.status == 200
                timings.append(time.monotonic() - started)
                time.sleep(0.5)
        print(
            f"\n/healthz under {SLOW_CLIENTS} slow clients: "
            + ", ".join(f"{t * 1000:.0f} ms" for t in timings)
        )


COMMENT = json.dumps(
    {"body": "Please fix the crossing.", "position": "support", "submitter": {"name": "Ana Ruiz"}}
).encode()
COMMENTS = "/api/v1/agenda-items/SLOW-1/comments"


def _create_item(served: Served) -> None:
    staff = served.cli("token", "create", "--role", "staff", "--name", "clerk").splitlines()[-1]
    connection = _connect(served)
    connection.request(
        "POST",
        "/api/v1/agenda-items",
        json.dumps({"id": "SLOW-1", "title": "Crossing"}),
        {"Content-Type": "application/json", "Authorization": f"Bearer {staff}"},
    )
    assert connection.getresponse().status == 201


def _connect(served: Served) -> http.client.HTTPConnection:
    host, port = served.url.removeprefix("http://").split(":")
    return http.client.HTTPConnection(host, int(port), timeout=30)


def _raw(served: Served) -> socket.socket:
    host, port = served.url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=30)


def _status_line(conn: socket.socket) -> bytes:
    return conn.recv(65536).split(b"\r\n", 1)[0]


def test_requests_read_by_the_event_loop_are_served_whole(tmp_path: Path) -> None:
    """Bodies sent slowly, chunked, after 100 Continue, and keep-alive all reach the app intact."""
    with intake_serve(tmp_path / "instance") as served:
        _create_item(served)
        head = (
            f"POST {COMMENTS} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        ).encode()

        slow = _raw(served)  # a body trickled in pieces
        slow.sendall(head + f"Content-Length: {len(COMMENT)}\r\n\r\n".encode())
        for start in range(0, len(COMMENT), 20):
            slow.sendall(COMMENT[start : start + 20])
            time.sleep(0.1)
        assert _status_line(slow) == b"HTTP/1.1 201 CREATED"

        chunked = _raw(served)
        half = len(COMMENT) // 2
        pieces = [COMMENT[:half], COMMENT[half:]]
        body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
        chunked.sendall(head + b"Transfer-Encoding: chunked\r\n\r\n" + body)
        assert _status_line(chunked) == b"HTTP/1.1 201 CREATED"

        expecting = _raw(served)
        expecting.sendall(
            head + f"Content-Length: {len(COMMENT)}\r\nExpect: 100-continue\r\n\r\n".encode()
        )
        assert _status_line(expecting) == b"HTTP/1.1 100 Continue"
        expecting.sendall(COMMENT)
        assert _status_line(expecting) == b"HTTP/1.1 201 CREATED"

        kept = _connect(served)  # two requests on one kept-alive connection
        for _ in range(2):
            kept.request("POST", COMMENTS, COMMENT, {"Content-Type": "application/json"})
            response = kept.getresponse()
            assert response.status == 201
            response.read()


def test_a_head_that_never_ends_is_cut_off(tmp_path: Path) -> None:
    with intake_serve(tmp_path / "instance") as served:
        conn = _raw(served)
        conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        assert conn.recv(1024) == b"", "the server closes it (after HEAD_SECONDS)"


def handed_over_at(chunked_body: bytes) -> int | None:
    """How many body bytes had arrived when the worker handed the request to a thread, fed a
    byte at a time as the slowest client sends it (every partial state is checked)."""
    head = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    incoming = Incoming(deadline=0)
    incoming.data += head
    for count in range(1, len(chunked_body) + 1):
        incoming.data += chunked_body[count - 1 : count]
        if incoming.complete(max_head=65_536, max_body=1_000_000):
            return count
    return None


def test_framing_of_buffered_requests() -> None:
    assert body_length(b"POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n") == 12
    assert body_length(b"POST / HTTP/1.1\r\ntransfer-encoding: gzip, chunked\r\n\r\n") is None
    assert body_length(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n") == 0
    whole = b"3\r\nabc\r\n10\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n"
    assert handed_over_at(whole) == len(whole)
    with_trailer = b"3\r\nabc\r\n0\r\nTrailer: t\r\n\r\n"
    assert handed_over_at(with_trailer) == len(with_trailer)
    assert handed_over_at(b"3\r\nabc\r\n0\r\n") is None
    assert handed_over_at(b"a\r\nabc") is None
    # Malformed: handed over at once, for gunicorn's parser to refuse.
    assert handed_over_at(b"zz\r\n") == 4
    assert handed_over_at(b"5" * 5000) == MAX_CHUNK_LINE + 1
    head, expected = without_expect_continue(b"POST / HTTP/1.1\r\nExpect: 100-continue\r\n")
    assert expected and head == b"POST / HTTP/1.1\r\n"
