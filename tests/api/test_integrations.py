"""Integrators: idempotent retries, rate limits (memory and Redis) and CORS."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake import create_app
from intake.models import Comment
from tests.conftest import comment_payload, needs_redis

URL = "/api/v1/agenda-items/2026-00837/comments"


def count_comments(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Comment)) or 0


@pytest.mark.usefixtures("item")
def test_retry_with_the_same_key_replays_and_creates_nothing(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    headers = {**integration, "Idempotency-Key": str(uuid.uuid4())}
    first = client.post(URL, json=comment_payload(), headers=headers)
    assert first.status_code == 201
    for _ in range(5):
        retry = client.post(URL, json=comment_payload(), headers=headers)
        assert retry.status_code == 201
        assert retry.json == first.json
        assert retry.headers["Location"] == first.headers["Location"]
        assert retry.headers["Idempotent-Replayed"] == "true"
    assert count_comments(session) == 1


@pytest.mark.usefixtures("item")
def test_same_key_different_body_is_422(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    headers = {**integration, "Idempotency-Key": "key-1"}
    assert client.post(URL, json=comment_payload("first"), headers=headers).status_code == 201
    reused = client.post(URL, json=comment_payload("second"), headers=headers)
    assert reused.status_code == 422
    assert reused.json["type"] == "/problems/idempotency-key-reused"
    assert count_comments(session) == 1


@pytest.mark.usefixtures("item")
def test_keys_are_scoped_to_the_caller(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    assert (
        client.post(
            URL, json=comment_payload(), headers={**integration, "Idempotency-Key": "k"}
        ).status_code
        == 201
    )
    assert (
        client.post(URL, json=comment_payload(), headers={"Idempotency-Key": "k"}).status_code
        == 201
    )
    assert count_comments(session) == 2


def test_a_failed_request_does_not_burn_its_key(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    headers = {"Idempotency-Key": "retry-after-fix"}
    bad = client.post(URL, json=comment_payload(position="maybe"), headers=headers)
    assert bad.status_code == 422
    good = client.post(URL, json=comment_payload(position="maybe"), headers=headers)
    assert good.status_code == 422
    assert count_comments(session) == 0


def test_malformed_key_is_422(client: FlaskClient, item: dict[str, Any]) -> None:
    response = client.post(URL, json=comment_payload(), headers={"Idempotency-Key": "x" * 256})
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json["errors"]


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_public": "3/minute"}])
@pytest.mark.usefixtures("item")
def test_public_posts_are_limited_per_address(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    for _ in range(3):
        ok = client.post(URL, json=comment_payload(), environ_base={"REMOTE_ADDR": "10.1.1.1"})
        assert ok.status_code == 201
        assert ok.headers["RateLimit-Limit"] == "3"
    limited = client.post(URL, json=comment_payload(), environ_base={"REMOTE_ADDR": "10.1.1.1"})
    assert limited.status_code == 429
    assert limited.mimetype == "application/problem+json"
    assert int(limited.headers["Retry-After"]) > 0
    assert limited.headers["RateLimit-Remaining"] == "0"
    other = client.post(URL, json=comment_payload(), environ_base={"REMOTE_ADDR": "10.1.1.2"})
    assert other.status_code == 201
    assert client.post(URL, json=comment_payload(), headers=integration).status_code == 201
    assert count_comments(session) == 5


@pytest.mark.parametrize(
    "settings_overrides", [{"rate_limit_public": "2/minute", "trusted_proxies": 1}]
)
def test_forwarded_for_is_used_only_behind_trusted_proxies(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    def post(forwarded: str) -> int:
        return client.post(
            URL, json=comment_payload(), headers={"X-Forwarded-For": forwarded}
        ).status_code

    assert [post("203.0.113.5"), post("203.0.113.5"), post("203.0.113.5")] == [201, 201, 429]
    assert post("203.0.113.6") == 201


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_public": "2/minute"}])
def test_forwarded_for_is_ignored_without_trusted_proxies(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    codes = [
        client.post(
            URL, json=comment_payload(), headers={"X-Forwarded-For": f"198.51.100.{n}"}
        ).status_code
        for n in range(3)
    ]
    assert codes == [201, 201, 429]


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_token": "2/minute"}])
def test_integration_posts_are_limited_per_token(
    client: FlaskClient, item: dict[str, Any], make_token: Any
) -> None:
    from tests.conftest import bearer

    one, two = bearer(make_token("integration", "one")), bearer(make_token("integration", "two"))
    assert [
        client.post(URL, json=comment_payload(), headers=one).status_code for _ in range(3)
    ] == [201, 201, 429]
    assert client.post(URL, json=comment_payload(), headers=two).status_code == 201


def test_a_token_can_carry_its_own_limit(
    client: FlaskClient, item: dict[str, Any], admin: dict[str, str]
) -> None:
    created = client.post(
        "/api/v1/tokens",
        json={"name": "slow", "role": "integration", "rate_limit": "1/minute"},
        headers=admin,
    ).json
    headers = {"Authorization": f"Bearer {created['token']}"}
    assert client.post(URL, json=comment_payload(), headers=headers).status_code == 201
    assert client.post(URL, json=comment_payload(), headers=headers).status_code == 429


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_item": "2/minute"}])
def test_posts_are_limited_per_item(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    client.post("/api/v1/agenda-items", json={"id": "other", "title": "t"}, headers=staff)
    codes = [
        client.post(
            URL, json=comment_payload(), environ_base={"REMOTE_ADDR": f"10.0.0.{n}"}
        ).status_code
        for n in range(3)
    ]
    assert codes == [201, 201, 429]
    other = client.post("/api/v1/agenda-items/other/comments", json=comment_payload())
    assert other.status_code == 201


FORM = "/items/2026-00837/comment"
FORM_FIELDS = {"body": "From the form.", "position": "support", "name": "Ana Ruiz"}


def form_post(client: FlaskClient, address: str) -> int:
    """The public HTML form's POST, as a browser on this site sends it (same origin)."""
    from tests.web.form_token import form_data

    data = form_data(client, FORM, FORM_FIELDS)
    return client.post(FORM, data=data, environ_base={"REMOTE_ADDR": address}).status_code


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_public": "3/minute"}])
def test_one_bucket_per_address_across_the_api_and_the_form(
    client: FlaskClient, item: dict[str, Any], session: Session
) -> None:
    address = {"REMOTE_ADDR": "10.3.3.3"}
    assert client.post(URL, json=comment_payload(), environ_base=address).status_code == 201
    assert form_post(client, "10.3.3.3") == 303
    assert client.post(URL, json=comment_payload(), environ_base=address).status_code == 201
    assert form_post(client, "10.3.3.3") == 429, "the form has no allowance of its own"
    assert client.post(URL, json=comment_payload(), environ_base=address).status_code == 429
    assert count_comments(session) == 3


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_token": "3/minute"}])
def test_one_bucket_per_token_across_single_and_batch_posts(
    client: FlaskClient, item: dict[str, Any], integration: dict[str, str]
) -> None:
    batch = {"comments": [comment_payload("One."), comment_payload("Two.")]}
    assert client.post(URL, json=comment_payload(), headers=integration).status_code == 201
    assert client.post(f"{URL}/batch", json=batch, headers=integration).status_code == 200
    assert client.post(URL, json=comment_payload(), headers=integration).status_code == 429
    assert client.post(f"{URL}/batch", json=batch, headers=integration).status_code == 429


@pytest.mark.parametrize("settings_overrides", [{"rate_limit_item": "3/minute"}])
@pytest.mark.usefixtures("item")
def test_one_bucket_per_item_across_single_batch_and_form_posts(
    client: FlaskClient, integration: dict[str, str], session: Session
) -> None:
    single = client.post(URL, json=comment_payload(), environ_base={"REMOTE_ADDR": "10.4.0.1"})
    assert single.status_code == 201
    batch = {"comments": [comment_payload("From a campaign tool.")]}
    assert client.post(f"{URL}/batch", json=batch, headers=integration).status_code == 200
    assert form_post(client, "10.4.0.2") == 303
    assert form_post(client, "10.4.0.3") == 429
    assert client.post(f"{URL}/batch", json=batch, headers=integration).status_code == 429
    limited = client.post(URL, json=comment_payload(), environ_base={"REMOTE_ADDR": "10.4.0.4"})
    assert limited.status_code == 429
    assert count_comments(session) == 3


def test_reads_are_not_limited(client: FlaskClient, item: dict[str, Any]) -> None:
    for _ in range(50):
        assert client.get("/api/v1/agenda-items/2026-00837").status_code == 200


@pytest.mark.xdist_group("redis")  # one Redis DB: its tests share a worker
def test_limits_are_shared_through_redis(database_url: str, pg_engine: Any) -> None:
    """Two apps (as two workers would be) share one counter when INTAKE_REDIS_URL is set."""
    if pg_engine is not None:
        pytest.skip("covered on SQLite; this test needs two apps committing to one database")
    redis_url = needs_redis()
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    overrides = {
        "database_url": database_url,
        "redis_url": redis_url,
        # An hour, not a minute: the sliding-window counter weighs the window it leaves, so four
        # posts that straddle a window's edge on a busy machine may count under the limit.
        "rate_limit_public": "3/hour",
    }
    worker_a, worker_b = create_app(overrides), create_app(overrides)
    staff_app = worker_a
    _create_item(staff_app)
    codes = []
    for worker in (worker_a, worker_b, worker_a, worker_b):
        client = worker.test_client()
        codes.append(
            client.post(
                URL, json=comment_payload(), environ_base={"REMOTE_ADDR": "10.9.9.9"}
            ).status_code
        )
    assert codes == [201, 201, 201, 429]
    redis.Redis.from_url(redis_url).flushdb()


def _create_item(app: Flask) -> None:
    from intake.db import get_database
    from intake.models import AgendaItem

    session = get_database(app).session_factory()
    session.add(AgendaItem(id="2026-00837", title="t"))
    session.commit()
    session.close()


@pytest.mark.parametrize("settings_overrides", [{"cors_origins": ("https://forms.city.example",)}])
def test_cors_allows_only_configured_origins(client: FlaskClient, item: dict[str, Any]) -> None:
    preflight = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type, Idempotency-Key",
    }
    allowed = client.options(URL, headers={"Origin": "https://forms.city.example", **preflight})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://forms.city.example"
    denied = client.options(URL, headers={"Origin": "https://evil.example", **preflight})
    assert "Access-Control-Allow-Origin" not in denied.headers


def test_no_cors_by_default(client: FlaskClient, item: dict[str, Any]) -> None:
    response = client.options(
        URL,
        headers={"Origin": "https://forms.city.example", "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.xdist_group("redis")  # one Redis DB: its tests share a worker
def test_a_busy_item_bucket_stays_constant_in_size(database_url: str, pg_engine: Any) -> None:
    """Issue 16: the item's bucket counts a burst in a structure that does not grow with it (a
    moving window kept one Redis list entry per post: 60,000 for a full minute on one item)."""
    if pg_engine is not None:
        pytest.skip("covered on SQLite; this test needs its own app on one database")
    redis_url = needs_redis()
    import redis

    store = redis.Redis.from_url(redis_url)
    store.flushdb()
    app = create_app({"database_url": database_url, "redis_url": redis_url})
    _create_item(app)
    client = app.test_client()

    def post_and_measure(count: int) -> int:
        for n in range(count):
            address = f"10.8.{n // 200}.{n % 200 + 1}"
            response = client.post(
                URL, json=comment_payload(), environ_base={"REMOTE_ADDR": address}
            )
            assert response.status_code == 201
        item_keys = [key for key in store.scan_iter("*item*")]
        assert item_keys, "the item's bucket is in Redis"
        return sum(store.memory_usage(key) or 0 for key in item_keys)

    after_two = post_and_measure(2)
    after_many = post_and_measure(120)
    assert after_many == after_two
    assert int(client.post(URL, json=comment_payload()).headers["RateLimit-Remaining"]) > 0
    store.flushdb()
