"""The benchmarks' fast fill (benchmarks/_common.py::fill_postgres), at a small scale.

The fill stores comments with the summary counters' triggers off and loads the counters from
the rows afterwards, so a million rows take minutes instead of a commit that never ends. That is
only worth anything if the database is then exactly as if every row had come through the
service: these tests check the fill's own verification on a small fill, that it catches a
miscounted counter, and that the triggers count again after it (a comment posted and the
waiting ones labelled through the app keep counters and comments equal).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import psycopg
import pytest

from intake import create_app
from intake.db import get_database
from intake.wiring import label_queue
from tests.conftest import comment_payload, needs_postgres
from tests.paths import ROOT
from tests.scratch_db import throwaway_database

pytestmark = [pytest.mark.postgres]
STORED = 600
QUEUED = 4


@pytest.fixture(scope="module")
def common() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module("_common")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@pytest.fixture
def filled(common: ModuleType) -> Iterator[tuple[str, Any]]:
    with throwaway_database(needs_postgres(), "intake_fill") as url:
        stored = common.fill_postgres(url, STORED, items=3, queued=QUEUED, variants=12)
        yield url, stored


def _rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        return conn.execute(sql).fetchall()


def test_the_fill_is_as_if_every_comment_was_posted(
    common: ModuleType, filled: tuple[str, Any]
) -> None:
    url, _stored = filled
    counted = common.verify_fill(url)
    assert counted["comments"] == STORED
    assert counted["waiting"] == QUEUED
    per_item = dict(_rows(url, "SELECT item_id, count(*) FROM comments GROUP BY 1"))
    assert per_item == {common.ITEM: 480, f"{common.ITEM}-1": 60, f"{common.ITEM}-2": 60}
    # the five campaigns span the items, as the labeller joins copies across items
    spans = _rows(
        url,
        "SELECT campaign_id, count(DISTINCT item_id) FROM comments "
        "WHERE campaign_id IS NOT NULL GROUP BY 1 ORDER BY 1",
    )
    assert spans == [(c, 3) for c in range(1, 6)]
    # the waiting comments are the hot item's newest, and the sequence follows the rows
    waiting = _rows(url, "SELECT item_id, id FROM comments WHERE kind IS NULL ORDER BY id")
    assert waiting == [(common.ITEM, i) for i in range(STORED - QUEUED + 1, STORED + 1)]
    assert _rows(url, "SELECT nextval('comments_id_seq')") == [(STORED + 1,)]


def test_the_verification_catches_a_miscounted_counter(
    common: ModuleType, filled: tuple[str, Any]
) -> None:
    url, _stored = filled
    _rows(
        url,
        "UPDATE summary_groups SET n = n + 1 WHERE ctid = "
        "(SELECT ctid FROM summary_groups WHERE kind = 'unique' LIMIT 1) RETURNING n",
    )
    with pytest.raises(AssertionError):
        common.verify_fill(url)


def test_the_triggers_count_again_after_the_fill(
    common: ModuleType, filled: tuple[str, Any]
) -> None:
    url, _stored = filled
    app = create_app({"database_url": url, "log_level": "WARNING", "rate_limit_enabled": False})
    try:
        client = app.test_client()
        path = f"/api/v1/agenda-items/{common.ITEM}/comments"
        response = client.post(path, json=comment_payload("A new comment after the fill."))
        assert response.status_code == 201
        queue = label_queue(app)
        assert queue is not None
        queue.settle()
    finally:
        get_database(app).dispose()
    counted = common.verify_fill(url)
    assert counted["comments"] == STORED + 1
    assert counted["waiting"] == 0
