"""PostgreSQL goes away and comes back: clear 503s meanwhile, and recovery without a restart.

The app reaches PostgreSQL through a small TCP proxy in this test, so the database can be made
unreachable (connections cut and refused, or accepted and never answered) without touching the
machine's server. During the outage a post and ``/readyz`` answer 503 problem+json with
``Retry-After`` within a bounded time and store nothing; once the proxy forwards again the same
app takes comments, because its pool drops dead connections and reconnects.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import create_engine, func, make_url, select
from sqlalchemy.orm import Session

from intake import create_app
from intake.db import get_database
from intake.models import Comment
from tests.conftest import comment_payload, needs_postgres
from tests.scratch_db import throwaway_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
HANG_GUARD_SECONDS = 15.0  # connect_timeout is 3 s; this only catches a request that hangs
ITEM_URL = "/api/v1/agenda-items/OUT-1"


class TcpProxy:
    """Forwards a loopback port to PostgreSQL; ``cut`` drops every connection and refuses new
    ones, ``black_hole`` accepts and never answers, ``forward`` restores service."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.mode = "forward"
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.mode == "cut":
                client.close()
                continue
            with self.lock:
                self.sockets.append(client)
            if self.mode == "black_hole":
                continue
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets.append(upstream)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def set_mode(self, mode: str) -> None:
        """Switch mode; leaving ``forward`` severs every open connection at once."""
        self.mode = mode
        if mode != "forward":
            with self.lock:
                for s in self.sockets:
                    with contextlib.suppress(OSError):
                        s.shutdown(socket.SHUT_RDWR)
                    s.close()
                self.sockets.clear()

    def close(self) -> None:
        self.set_mode("cut")
        self.listener.close()


@pytest.fixture
def proxied() -> Iterator[tuple[Flask, TcpProxy, str]]:
    with throwaway_database(needs_postgres(), "intake_outage") as url:
        real = make_url(url)
        proxy = TcpProxy((real.host or "127.0.0.1", real.port or 5432))
        via_proxy = real.set(host="127.0.0.1", port=proxy.port).render_as_string(
            hide_password=False
        )
        app = create_app({"database_url": via_proxy, "rate_limit_enabled": False})
        try:
            yield app, proxy, url
        finally:
            get_database(app).dispose()
            proxy.close()


def timed(call: Any) -> tuple[Any, float]:
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def assert_unavailable(response: Any, elapsed: float) -> None:
    assert elapsed < HANG_GUARD_SECONDS, f"answered after {elapsed:.1f}s"
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert int(response.headers["Retry-After"]) > 0
    body = response.get_data(as_text=True)
    assert "Traceback" not in body and "psycopg" not in body and "127.0.0.1" not in body


def stored_comments(url: str) -> int:
    engine = create_engine(url)
    with Session(engine) as session:
        count = session.scalar(select(func.count()).select_from(Comment)) or 0
    engine.dispose()
    return count


@pytest.mark.parametrize("outage", ["cut", "black_hole"])
def test_outage_is_a_clear_503_and_the_service_recovers_without_restart(
    proxied: tuple[Flask, TcpProxy, str], make_token_on: Any, outage: str
) -> None:
    app, proxy, direct_url = proxied
    client = app.test_client()
    staff = make_token_on(app)
    assert (
        client.post(
            "/api/v1/agenda-items", json={"id": "OUT-1", "title": "Outage"}, headers=staff
        ).status_code
        == 201
    )
    assert client.post(f"{ITEM_URL}/comments", json=comment_payload("Before.")).status_code == 201
    assert client.get("/readyz").status_code == 200

    proxy.set_mode(outage)
    for _ in range(2):  # a pooled connection and a fresh one both fail fast and clearly
        assert_unavailable(*timed(lambda: client.get("/readyz")))
        assert_unavailable(
            *timed(lambda: client.post(f"{ITEM_URL}/comments", json=comment_payload("During.")))
        )
    assert client.get("/healthz").status_code == 200  # the process itself is fine

    proxy.set_mode("forward")
    assert client.get("/readyz").status_code == 200
    response = client.post(f"{ITEM_URL}/comments", json=comment_payload("After."))
    assert response.status_code == 201
    assert stored_comments(direct_url) == 2, "a comment answered 503 was stored"


@pytest.fixture
def make_token_on() -> Any:
    """A staff token made through ``app``'s own database (here: through the proxy)."""
    from intake.services.tokens import TokenService
    from tests.conftest import bearer

    def make(app: Flask) -> dict[str, str]:
        session = get_database(app).session_factory()
        try:
            _row, secret = TokenService(session).create("outage-staff", "staff")
            session.commit()
        finally:
            session.close()
        return bearer(secret)

    return make
