"""Issue 16: a POST's rate limits cost one Redis round trip in all, none for its headers.

Counted on a real Redis with ``MONITOR``, which reports every command each client sends (and,
apart, the commands scripts run inside Redis). Flask-Limiter hits a request's limits one script
each and read the header's window with a script of its own after the hits; the ``intake+redis``
storage makes the request's hits in one script (listed beforehand by
``intake.ratelimit.BatchingLimiter``) and answers the header's read from the windows they
returned (``intake.ratelimit.HitWindowRedisStorage``).
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


def test_a_post_makes_one_redis_round_trip_for_all_its_limits(redis_app: Flask) -> None:
    client = redis_app.test_client()
    assert client.post(URL, json=comment_payload(), environ_base=ADDRESS).status_code == 201

    def post() -> None:
        response = client.post(URL, json=comment_payload(), environ_base=ADDRESS)
        assert response.status_code == 201
        assert response.headers["RateLimit-Remaining"] == "2"

    sent = commands_sent(needs_redis(), post)
    # An anonymous POST carries two limits: its address's and its item's. One script for both,
    # no read for the headers.
    assert sent == ["EVALSHA"], sent


def test_three_limits_are_one_round_trip_too(database_url: str, pg_engine: Any) -> None:
    """The default public limit is two (a minute's and an hour's): with the item's, three hits
    in one script, and every bucket counted once."""
    if pg_engine is not None:
        pytest.skip("covered on SQLite; this test builds its own app on the test database")
    import redis

    redis_url = needs_redis()
    redis.Redis.from_url(redis_url).flushdb()
    app = create_app({"database_url": database_url, "redis_url": redis_url})
    from tests.api.test_integrations import _create_item

    _create_item(app)
    client = app.test_client()

    def post() -> None:
        assert client.post(URL, json=comment_payload(), environ_base=ADDRESS).status_code == 201

    post()  # connected to Redis
    assert commands_sent(redis_url, post) == ["EVALSHA"]
    store = redis.Redis.from_url(redis_url)
    buckets = {  # each bucket's current window (the previous one's key ends in /-1)
        key.decode(): int(store.get(key) or 0)
        for key in store.scan_iter("LIMITS:*")
        if not key.decode().endswith("/-1")
    }
    assert sorted(buckets.values()) == [2, 2, 2], buckets
    redis.Redis.from_url(redis_url).flushdb()


def window_counts(redis_url: str) -> dict[str, int]:
    """The buckets' counts in their current windows, by kind (``addr``: the addresses', summed;
    ``item``: the item's)."""
    import redis

    store = redis.Redis.from_url(redis_url)
    counts: dict[str, int] = {}
    for key in store.scan_iter("LIMITS:*"):
        name = key.decode()
        if name.endswith("/-1"):  # limits' previous window, empty within one minute
            continue
        kind = name.split("/")[2].split(":")[0]
        counts[kind] = counts.get(kind, 0) + int(store.get(key) or 0)
    return counts


def test_hits_made_together_count_as_made_one_by_one(database_url: str, pg_engine: Any) -> None:
    """Flask-Limiter hits a request's limits in turn and stops at the first refused: a refused
    address limit leaves the item's bucket alone; a refused item limit comes after the address
    was counted. The hits made in one script leave the same counts and answer the same."""
    if pg_engine is not None:
        pytest.skip("covered on SQLite; this test builds its own app on the test database")
    import redis

    redis_url = needs_redis()
    redis.Redis.from_url(redis_url).flushdb()
    app = create_app(
        {
            "database_url": database_url,
            "redis_url": redis_url,
            "rate_limit_public": "4/minute",
            "rate_limit_item": "6/minute",
        }
    )
    from tests.api.test_integrations import _create_item

    _create_item(app)
    client = app.test_client()
    first = [client.post(URL, json=comment_payload(), environ_base=ADDRESS) for _ in range(5)]
    assert [r.status_code for r in first] == [201, 201, 201, 201, 429]
    # The fifth POST's address limit was refused: its item limit was not hit.
    assert window_counts(redis_url) == {"addr": 4, "item": 4}
    other = {"REMOTE_ADDR": "10.7.7.8"}
    second = [client.post(URL, json=comment_payload(), environ_base=other) for _ in range(3)]
    assert [r.status_code for r in second] == [201, 201, 429]
    assert [r.headers["RateLimit-Remaining"] for r in second] == ["3", "2", "0"]
    # The third POST's address limit was hit, then its item limit refused.
    assert window_counts(redis_url) == {"addr": 7, "item": 6}
    redis.Redis.from_url(redis_url).flushdb()


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
