"""Issue 16: a pooled PostgreSQL connection is pinged only after it sat idle.

``pool_pre_ping`` paid a round trip on every checkout, one per group commit during a burst. The
engine now pings a connection only when it was checked in ``ping_after`` seconds ago or more
(``intake.db._ping_when_idle``). These tests end a pooled connection's server process for real
(``pg_terminate_backend``) and show both sides of that rule: an idle connection is found dead by
its ping and replaced before anyone uses it; a connection used moments ago is not pinged, so its
loss surfaces as one failed statement, after which the pool has dropped its dead connections.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import Engine, exc, text

from intake.db import make_engine
from tests.conftest import needs_postgres

pytestmark = [pytest.mark.postgres]


def _backend_pid(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(url: str, pid: int) -> None:
    killer = make_engine(url, pool_size=1)
    try:
        with killer.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
            conn.commit()
    finally:
        killer.dispose()
    time.sleep(0.2)  # the server closes the socket asynchronously


def test_an_idle_connection_lost_meanwhile_is_replaced_by_its_ping() -> None:
    url = needs_postgres()
    engine = make_engine(url, pool_size=1, ping_after=0.3)
    try:
        pid = _backend_pid(engine)
        _terminate(url, pid)
        time.sleep(0.3)
        assert _backend_pid(engine) != pid, "the dead connection was replaced, no error seen"
    finally:
        engine.dispose()


def test_a_connection_used_moments_ago_is_not_pinged() -> None:
    url = needs_postgres()
    engine = make_engine(url, pool_size=1, ping_after=60.0)
    try:
        pid = _backend_pid(engine)
        _terminate(url, pid)
        with pytest.raises(exc.OperationalError) as caught:
            _backend_pid(engine)  # a ping would have found it dead and reconnected
        assert caught.value.connection_invalidated
        assert _backend_pid(engine) != pid, "the pool dropped the dead connection"
    finally:
        engine.dispose()
