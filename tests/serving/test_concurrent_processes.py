"""Several processes, each its own app, take comments at once on one PostgreSQL database.

Threads in one process share a connection pool and the GIL; gunicorn workers share nothing but
the database. So each writer here is a separate process (``spawn``: a fresh interpreter, like a
worker) that builds its own app with ``create_app`` and starts posting when all are ready. The
database is a throwaway one (see tests/scratch_db.py) because the processes must see each
other's commits. Afterwards every acknowledged comment is stored exactly once, the shared
template forms exactly one campaign, the summary agrees with the rows, and one Idempotency-Key
creates one comment however many processes retry it at once. Each process runs a labeller
thread, as every ``intake serve`` worker does, and stays up until nothing waits for a label.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections.abc import Iterator
from multiprocessing.synchronize import Barrier
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from intake import create_app
from intake.db import get_database
from intake.models import AgendaItem, Campaign, Comment, LabelEvent
from intake.services.tokens import TokenService
from intake.wiring import start_labeller
from tests.bodies import template_body, unique_body
from tests.conftest import comment_payload, json_body, needs_postgres
from tests.scratch_db import throwaway_database_with

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ITEM = "RACE-1"
URL = f"/api/v1/agenda-items/{ITEM}/comments"
PROCESSES = 6
PER_PROCESS = 12
START_TIMEOUT = 120


def _staff_summary(url: str) -> dict[str, Any]:
    """The live summary staff see (the public's trails behind, by design)."""
    app = create_app({"database_url": url, "rate_limit_enabled": False})
    with Session(get_database(app).engine) as session:
        _row, secret = TokenService(session).create("clerk", "staff")
        session.commit()
    response = app.test_client().get(
        f"/api/v1/agenda-items/{ITEM}/summary", headers={"Authorization": f"Bearer {secret}"}
    )
    return json_body(response)


def _app_client(url: str) -> Any:
    app = create_app({"database_url": url, "rate_limit_enabled": False})
    start_labeller(app)
    return app.test_client()


def _until_labelled(url: str, timeout: float = 60.0) -> None:
    """Stay up (and let this process's labeller work) until no comment waits for a label."""
    engine = create_engine(url)
    deadline = time.monotonic() + timeout
    with Session(engine) as session:
        while session.scalar(select(func.count()).where(Comment.kind.is_(None))):
            assert time.monotonic() < deadline, "comments still wait for a label"
            session.rollback()
            time.sleep(0.05)
    engine.dispose()


def post_mixed(url: str, index: int, barrier: Barrier, results: Any) -> None:
    """One worker: posts templates and unique comments; reports (sent kind, status, id)."""
    client = _app_client(url)
    rng = random.Random(index)
    outcomes: list[tuple[str, int, int | None]] = []
    barrier.wait(START_TIMEOUT)
    for n in range(PER_PROCESS):
        kind = "template" if n % 3 else "unique"
        who = f"Writer {index}-{n}"
        body = template_body(rng, who) if kind == "template" else unique_body(rng)
        payload = comment_payload(
            body, submitter={"name": who, "email": f"w{index}-{n}@example.org"}
        )
        response = client.post(URL, json=payload, environ_base={"REMOTE_ADDR": f"10.1.{index}.{n}"})
        outcomes.append((kind, response.status_code, (response.json or {}).get("id")))
    _until_labelled(url)
    results.put(outcomes)


def post_with_key(url: str, retries: int, barrier: Barrier, results: Any) -> None:
    """One retrying client: the same body and Idempotency-Key, ``retries`` times."""
    client = _app_client(url)
    headers = {"Idempotency-Key": "retry-storm-1"}
    barrier.wait(START_TIMEOUT)
    statuses: list[tuple[int, int | None]] = []
    for _ in range(retries):
        response = client.post(URL, json=comment_payload("Retry me, once."), headers=headers)
        statuses.append((response.status_code, (response.json or {}).get("id")))
    results.put(statuses)


def run_processes(target: Any, count: int, url: str, arg: int) -> list[Any]:
    """Start ``count`` processes at once behind a barrier; return what each reported."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(count)
    results = ctx.Queue()
    processes = [
        ctx.Process(target=target, args=(url, arg if arg else i, barrier, results))
        for i in range(count)
    ]
    for process in processes:
        process.start()
    reports = [results.get(timeout=START_TIMEOUT * 2) for _ in processes]
    for process in processes:
        process.join(30)
        assert process.exitcode == 0
    return reports


@pytest.fixture
def race_db() -> Iterator[str]:
    item = AgendaItem(id=ITEM, title="Branch library")
    with throwaway_database_with(needs_postgres(), "intake_race", item) as url:
        yield url


def test_every_acknowledged_comment_is_stored_once_and_the_template_is_one_campaign(
    race_db: str,
) -> None:
    reports = run_processes(post_mixed, PROCESSES, race_db, 0)
    outcomes = [o for report in reports for o in report]
    assert [status for _, status, _ in outcomes] == [201] * PROCESSES * PER_PROCESS
    acknowledged = [cid for _, _, cid in outcomes]
    template_ids = {cid for kind, _, cid in outcomes if kind == "template"}

    engine = create_engine(race_db)
    with Session(engine) as session:
        stored = session.scalars(select(Comment.id).where(Comment.item_id == ITEM)).all()
        assert sorted(stored) == sorted(acknowledged), "a 201 is missing or stored twice"
        assert not session.scalar(select(func.count()).where(Comment.kind.is_(None)))
        first_labels = (
            select(LabelEvent.comment_id, func.count())
            .where(LabelEvent.from_kind.is_(None))
            .group_by(LabelEvent.comment_id)
        )
        labelled = {cid: n for cid, n in session.execute(first_labels)}
        assert labelled == dict.fromkeys(acknowledged, 1), "each labelled exactly once"
        campaigns = session.scalars(select(Campaign)).all()
        assert len(campaigns) == 1, f"the template founded {len(campaigns)} campaigns"
        on_item = Comment.item_id == ITEM
        labels = {
            cid: campaign_id
            for cid, campaign_id in session.execute(
                select(Comment.id, Comment.campaign_id).where(on_item)
            )
        }
        by_kind = {
            kind: n
            for kind, n in session.execute(
                select(Comment.kind, func.count()).where(on_item).group_by(Comment.kind)
            )
        }
    engine.dispose()
    assert {labels[cid] for cid in template_ids} == {campaigns[0].id}
    assert all(labels[cid] is None for cid in set(acknowledged) - template_ids)

    summary = _staff_summary(race_db)
    assert summary["total"] == len(acknowledged)
    assert {k: v for k, v in summary["by_kind"].items() if v} == by_kind
    (campaign,) = summary["campaigns"]
    assert campaign["size"] == len(template_ids) == by_kind["form_letter"]


def test_two_concurrent_requests_with_one_key_create_one_comment(race_db: str) -> None:
    reports = run_processes(post_with_key, 2, race_db, 1)
    check_one_comment(race_db, [o for report in reports for o in report])


def test_a_retry_storm_with_one_key_creates_one_comment(race_db: str) -> None:
    reports = run_processes(post_with_key, 8, race_db, 5)
    outcomes = [o for report in reports for o in report]
    assert len(outcomes) == 40
    check_one_comment(race_db, outcomes)


def check_one_comment(url: str, outcomes: list[tuple[int, int | None]]) -> None:
    """Every attempt was told 201 with the same receipt, and exactly one comment exists."""
    assert {status for status, _ in outcomes} == {201}
    assert len({cid for _, cid in outcomes}) == 1
    engine = create_engine(url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 1
    engine.dispose()
