"""Redis unreachable: posts still work on per-process counters, and ``/readyz`` says Redis is down.

The rate-limit counters are the only thing intake keeps in Redis. Losing them must not turn every
POST into a 500: each process counts alone (a logged warning says so) until Redis answers again.
Readiness does report it, so an orchestrator can take the instance out of rotation and alert.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from intake import create_app
from intake.db import get_database
from intake.models import AgendaItem
from tests.conftest import comment_payload
from tests.served import free_port

pytestmark = pytest.mark.slow

URL = "/api/v1/agenda-items/R-1/comments"


@pytest.fixture
def redis_down_app(database_url: str, pg_engine: Any, tmp_path: Path) -> Iterator[Flask]:
    """An app whose INTAKE_REDIS_URL names a loopback port nothing listens on."""
    if pg_engine is not None:
        pytest.skip("covered on SQLite; this test builds its own app on the test database")
    app = create_app(
        {
            "database_url": database_url,
            "redis_url": f"redis://127.0.0.1:{free_port()}/0",
            "rate_limit_public": "2/minute",
        }
    )
    session = get_database(app).session_factory()
    session.add(AgendaItem(id="R-1", title="Redis outage"))
    session.commit()
    session.close()
    yield app
    get_database(app).dispose()


def test_posts_fall_back_to_per_process_limits_with_a_warning(
    redis_down_app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    client = redis_down_app.test_client()
    address = {"REMOTE_ADDR": "10.7.7.7"}
    with caplog.at_level(logging.WARNING):
        codes = [
            client.post(
                URL, json=comment_payload(f"Comment {n}."), environ_base=address
            ).status_code
            for n in range(3)
        ]
    assert codes == [201, 201, 429], "the limit still holds, counted in this process"
    assert any("in-memory" in record.getMessage() for record in caplog.records)


def test_readyz_names_redis_when_it_is_down(redis_down_app: Flask) -> None:
    response = redis_down_app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert int(response.headers["Retry-After"]) > 0
    assert "Redis" in response.json["detail"]
