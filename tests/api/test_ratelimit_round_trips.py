"""Issue 16: a POST's rate limits cost one Redis round trip per limit, none for its headers.

Counted on a real Redis with ``MONITOR``, which reports every command each client sends (and,
apart, the commands scripts run inside Redis). Flask-Limiter read the header's window with a
script of its own after the hits; the ``intake+redis`` storage answers that read from the window
its hit returned (``intake.ratelimit.HitWindowRedisStorage``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import make_url

from intake import create_app
from tests.conftest import comment_payload, needs_redis

URL = "/api/v1/agenda-items/2026-00837/comments"
ADDRESS = {"REMOTE_ADDR": "10.7.7.7"}

pytestmark = pytest.mark.xdist_group("redis")  # one Redis DB: its tests share a worker


@pytest.fixture
def redis_app(database_url: str, pg_engine: Any) -> Iterator[Flask]:
    if pg_engine is not None:
        pytest.skip("covered on SQLite; this test builds its own app on the test database")
    import redis

    redis_url = needs_redis()
    redis.Redis.from_url(redis_url).flushdb()
    app = create_app(
        {"database_url": database_url, "redis_url": redis_url, "rate_limit_public": "4/minute"}
    )
    from tests.api.test_integrations import _create_item

    _create_item(app)
    yield app
    redis.Redis.from_url(redis_url).flushdb()


def commands_sent(redis_url: str, action: Any) -> list[str]:
    """The commands clients sent to ``redis_url``'s database while ``action`` ran (not those
    scripts ran inside Redis), in order."""
    import redis

    store, signal = redis.Redis.from_url(redis_url), redis.Redis.from_url(redis_url)
    signal.ping()  # connected (and its database selected) before MONITOR starts
    db = make_url(redis_url.replace("redis://", "postgresql://")).database or "0"
    marker = f"intake-test-end-{uuid.uuid4()}"
    sent: list[str] = []
    with store.monitor() as monitor:  # type: ignore[no-untyped-call]
        action()
        signal.echo(marker)
        for command in monitor.listen():
            if marker in command["command"]:
                return sent
            if str(command["db"]) == db and command["client_type"] != "lua":
                sent.append(command["command"].split()[0].upper())
    raise AssertionError("MONITOR stopped before the marker")


def test_a_post_makes_one_redis_round_trip_per_limit(redis_app: Flask) -> None:
    client = redis_app.test_client()
    assert client.post(URL, json=comment_payload(), environ_base=ADDRESS).status_code == 201

    def post() -> None:
        response = client.post(URL, json=comment_payload(), environ_base=ADDRESS)
        assert response.status_code == 201
        assert response.headers["RateLimit-Remaining"] == "2"

    sent = commands_sent(needs_redis(), post)
    # An anonymous POST carries two limits: its address's and its item's. No third read.
    assert sent == ["EVALSHA", "EVALSHA"], sent


def test_headers_from_the_hit_match_the_window(redis_app: Flask) -> None:
    client = redis_app.test_client()
    remaining = []
    for _ in range(4):
        response = client.post(URL, json=comment_payload(), environ_base=ADDRESS)
        assert response.status_code == 201
        assert response.headers["RateLimit-Limit"] == "4"
        remaining.append(response.headers["RateLimit-Remaining"])
    assert remaining == ["3", "2", "1", "0"]
    limited = client.post(URL, json=comment_payload(), environ_base=ADDRESS)
    assert limited.status_code == 429
    assert limited.headers["RateLimit-Remaining"] == "0"
    assert 0 < int(limited.headers["Retry-After"]) <= 60
    other = client.post(URL, json=comment_payload(), environ_base={"REMOTE_ADDR": "10.7.7.8"})
    assert other.headers["RateLimit-Remaining"] == "3"


def test_a_remembered_window_that_turned_over_is_read_again() -> None:
    """The header's window comes from the hit only while Redis would still report the same
    windows: aged by the time since the hit, and not past a window's end."""
    import time

    from intake.ratelimit import _aged

    now = time.monotonic()
    fresh = _aged(now, [b"3", 30_000, b"2", 90_000], 60)
    assert fresh is not None
    assert fresh[0] == 3 and fresh[2] == 2 and 29.9 < fresh[1] <= 30.0 and 89.9 < fresh[3] <= 90.0
    assert _aged(now - 0.5, [b"3", 300, b"2", 90_000], 60) is None  # the previous window ended
    assert _aged(now - 0.5, [None, -2, b"2", 60_200], 60) is None  # the current one would shift
    turned = _aged(now - 0.5, [None, -2, b"1", 120_000], 60)
    assert turned is not None and turned[:3] == (0, 0.0, 1) and 119.4 < turned[3] <= 119.5
