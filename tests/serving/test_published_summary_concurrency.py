"""Concurrent first requests after a boundary aggregate the item once, on PostgreSQL.

The first public request after a boundary computes the item's figures and stores them; the
others wait on a transaction-scoped advisory lock for (item, boundary) and then read the stored
row, instead of all aggregating a million comments at once. Real commits from several threads
need their own database (not the rolled-back per-test transaction).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import Engine, event

from intake import create_app
from intake.db import get_database
from intake.models import AgendaItem
from tests.conftest import at, needs_postgres
from tests.scratch_db import throwaway_database_with

ITEM = "LOCK-1"
THREADS = 4
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_concurrent_first_requests_aggregate_once() -> None:
    server_url = needs_postgres()
    item = AgendaItem(id=ITEM, title="Concurrent summary readers")
    with throwaway_database_with(server_url, "intake_published", item) as url:
        app = create_app({"database_url": url, "rate_limit_enabled": False})
        app.extensions["intake.clock"] = lambda: at("2026-11-21T10:05:00")
        aggregates: list[str] = []

        def slow_aggregate(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            """Widen the race: an aggregate that takes a while, as at a million comments."""
            if "UNION ALL" in statement and "comments" in statement:
                aggregates.append(statement)
                time.sleep(0.5)

        event.listen(Engine, "before_cursor_execute", slow_aggregate)
        start = threading.Barrier(THREADS)
        answers: list[Any] = []

        def read() -> None:
            client = app.test_client()
            start.wait()
            response = client.get(f"/api/v1/agenda-items/{ITEM}/summary")
            answers.append((response.status_code, response.get_json()))

        try:
            threads = [threading.Thread(target=read) for _ in range(THREADS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
        finally:
            event.remove(Engine, "before_cursor_execute", slow_aggregate)
            get_database(app).dispose()
        assert len(answers) == THREADS
        assert all(status == 200 for status, _ in answers)
        assert all(body == answers[0][1] for _, body in answers)
        assert len(aggregates) == 1
