"""Backpressure for the label queue (PostgreSQL): while the labeller is behind on an item, the
item's POSTs are answered only once it is back within INTAKE_LABEL_LAG_BOUND.

A real labeller, made slower than the POSTs by a real label_batch that takes longer (the app's
own labelling, then a pause per comment), is handed to the queue through its constructor and
runs in a thread, as ``intake label --follow`` runs it. Real threads post through the app as a
threaded worker serves them. A watcher reads the age of the oldest comment still waiting, as an
operator would, the whole time.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from intake import create_app
from intake.db import get_database
from intake.models import AgendaItem, Comment, LabelEvent, LabellerHeartbeat
from intake.services.label_lag import REFRESH_SECONDS, record_heartbeat
from intake.services.label_queue import Labeller, LabelQueue
from intake.wiring import label_queue, start_labeller
from tests.bodies import template_body, unique_body
from tests.conftest import comment_payload, needs_postgres
from tests.scratch_db import throwaway_database_with
from tests.statements import statements

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ITEM = "LAG-1"
URL = f"/api/v1/agenda-items/{ITEM}/comments"
BOUND = 0.5
PAUSE_PER_COMMENT = 0.04
"""The slow labeller: 25 comments a second at most, well under what 8 posting threads send."""
POSTERS = 8
POSTS_EACH = 25
BATCH_SIZE = 10
WATCH_SECONDS = 0.05
"""How often the watcher reads the oldest waiting comment's age."""
PACE = 0.1
"""Each poster's pause between an answer and its next POST (a client's round trip): the posts
arrive at up to 80 a second, three times what the labeller labels."""


@pytest.fixture
def database() -> Iterator[str]:
    item = AgendaItem(id=ITEM, title="Branch library on Franklin Boulevard")
    with throwaway_database_with(needs_postgres(), "intake_lag", item) as url:
        yield url


def _app(url: str, bound: float) -> Flask:
    return create_app(
        {
            "database_url": url,
            "rate_limit_enabled": False,
            "labelling": "queued",
            "label_lag_bound": bound,
        }
    )


def _payloads(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    payloads = []
    for n in range(count):
        who = {"name": f"Writer {seed}-{n}", "email": f"w{seed}-{n}@example.org"}
        body = unique_body(rng) if n % 4 == 3 else template_body(rng, who["name"])
        payloads.append(comment_payload(body, submitter=who))
    return payloads


def _slow_labeller(app: Flask, batch_seconds: list[float]) -> Labeller:
    """The app's labelling, then a pause per comment: a labeller slower than the POSTs. How long
    each batch took goes into ``batch_seconds``."""
    queue = label_queue(app)
    assert queue is not None

    def slower(session: Session, comments: Sequence[Comment]) -> None:
        started = time.monotonic()
        queue.label_batch(session, comments)
        time.sleep(PAUSE_PER_COMMENT * len(comments))
        batch_seconds.append(time.monotonic() - started)

    slow = LabelQueue(queue.session_factory, slower, queue.clock, batch_size=BATCH_SIZE)
    return Labeller(slow, poll_seconds=0.05)


class OldestWaiting:
    """Reads, every 50 ms, how long the oldest comment still waiting for its label has waited."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        self.ages: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> OldestWaiting:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(10)
        self.engine.dispose()

    def _watch(self) -> None:
        oldest = select(func.min(Comment.received_at)).where(Comment.kind.is_(None))
        while not self._stop.is_set():
            with Session(self.engine) as session:
                at = session.scalar(oldest)
            age = 0.0 if at is None else (datetime.now(UTC) - at).total_seconds()
            self.ages.append(age)
            self._stop.wait(WATCH_SECONDS)


@dataclass
class Burst:
    """What one burst showed."""

    statuses: list[int]
    ages: list[float]
    """The oldest waiting comment's age, every 50 ms."""
    slowest_post: float
    batch_seconds: list[float]
    """How long each of the labeller's batches took (its labelling and its pause)."""

    def allowed_age(self) -> float:
        """The most the guard can promise. A POST waits after its commit, so when the lag reads
        just under the bound every poster's next comment is already queued: the oldest waiting
        comment may wait the bound, then the batches that label those posters' comments, then
        the batch in hand and the next (rows being labelled count as waiting), then one reading;
        one batch more for the scheduling of ten threads on two cores. On a loaded machine a
        batch takes longer than its pause, so this follows the batches measured during the
        burst, not a constant."""
        batches = 3 + POSTERS / BATCH_SIZE
        return BOUND + batches * max(self.batch_seconds) + REFRESH_SECONDS + WATCH_SECONDS


def _burst(app: Flask, url: str) -> Burst:
    """Posters post as fast as they are answered while the slow labeller runs."""
    statuses: list[int] = []
    slowest = [0.0]
    batch_seconds: list[float] = []

    def poster(seed: int) -> None:
        client = app.test_client()
        for payload in _payloads(POSTS_EACH, seed):
            started = time.monotonic()
            statuses.append(client.post(URL, json=payload).status_code)
            slowest[0] = max(slowest[0], time.monotonic() - started)
            time.sleep(PACE)

    labeller = _slow_labeller(app, batch_seconds).start()
    try:
        # A labeller that has been running: warm, with a heartbeat and a rate on the item.
        for payload in _payloads(10, 99):
            assert app.test_client().post(URL, json=payload).status_code == 201
        _until_labelled(url)
        batch_seconds.clear()  # the first batch loads the labeller's models
        with OldestWaiting(url) as watcher:
            threads = [threading.Thread(target=poster, args=(n,)) for n in range(POSTERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            _until_labelled(url)
    finally:
        labeller.stop()
    return Burst(statuses, watcher.ages, slowest[0], batch_seconds)


def _until_labelled(url: str, timeout: float = 120.0) -> None:
    engine = create_engine(url)
    deadline = time.monotonic() + timeout
    with Session(engine) as session:
        query = select(func.count()).where(Comment.kind.is_(None))
        while session.scalar(query):
            assert time.monotonic() < deadline, "the labeller left comments waiting"
            session.commit()
            time.sleep(0.05)
    engine.dispose()


def _first_labels(url: str) -> list[int]:
    """How many times each comment got its first label, comment by comment."""
    engine = create_engine(url)
    with Session(engine) as session:
        ids = list(session.scalars(select(Comment.id).order_by(Comment.id)))
        counts = dict(
            session.execute(
                select(LabelEvent.comment_id, func.count())
                .where(LabelEvent.from_kind.is_(None))
                .group_by(LabelEvent.comment_id)
            ).all()
        )
    engine.dispose()
    return [counts.get(i, 0) for i in ids]


def test_a_slow_labeller_holds_the_posts_so_no_comment_waits_past_the_bound(
    database: str,
) -> None:
    """Without the guard the queue grows as long as the posts come, and the oldest waiting
    comment ages far past the bound; with it the POSTs slow down to the labeller's pace and it
    does not. Either way every POST is answered 201 and every comment is labelled, once."""
    total = 10 + POSTERS * POSTS_EACH
    with throwaway_database_with(
        needs_postgres(), "intake_lag_off", AgendaItem(id=ITEM, title="Unguarded")
    ) as unguarded_url:
        unguarded = _app(unguarded_url, 0)
        assert "intake.lag_guard" not in unguarded.extensions
        free = _burst(unguarded, unguarded_url)
        get_database(unguarded).dispose()
        assert free.statuses == [201] * (total - 10)
        assert _first_labels(unguarded_url) == [1] * total
    assert max(free.ages) > free.allowed_age(), (
        f"the slow labeller kept up unguarded: {max(free.ages):.2f} s"
    )

    guarded = _app(database, BOUND)
    held = _burst(guarded, database)
    get_database(guarded).dispose()
    assert held.statuses == [201] * POSTERS * POSTS_EACH
    assert _first_labels(database) == [1] * total
    assert max(held.ages) < held.allowed_age(), (
        f"the oldest waiting comment waited {max(held.ages):.2f} s, "
        f"batches up to {max(held.batch_seconds):.2f} s"
    )
    assert max(held.ages) < max(free.ages) / 2, "the guard did not shorten the wait"
    assert held.slowest_post > BOUND, "no POST was held: the labeller was never behind"


def test_without_a_labeller_at_work_nothing_is_held(database: str) -> None:
    """Holding POSTs only helps a labeller that is working on the item. Comments waiting long
    past the bound with no labeller (plain gunicorn without ``intake label --follow``: the next
    read settles them), or with one whose last heartbeat is old (it died), hold nothing."""
    app = _app(database, BOUND)
    client = app.test_client()
    long_ago = datetime.now(UTC) - timedelta(minutes=5)
    app.extensions["intake.clock"] = lambda: long_ago
    assert client.post(URL, json=comment_payload("Waiting since long ago.")).status_code == 201
    app.extensions["intake.clock"] = lambda: datetime.now(UTC)
    started = time.monotonic()
    assert client.post(URL, json=comment_payload("No labeller runs.")).status_code == 201
    assert time.monotonic() - started < BOUND, "held with no labeller to wait for"

    engine = create_engine(database)
    with Session(engine) as session:
        record_heartbeat(session, ITEM, long_ago)
        session.commit()
    time.sleep(BOUND)  # the worker's last reading (nothing to wait for) is due again
    started = time.monotonic()
    assert client.post(URL, json=comment_payload("The labeller died.")).status_code == 201
    assert time.monotonic() - started < BOUND, "held for a labeller silent for minutes"

    with Session(engine) as session:
        record_heartbeat(session, ITEM, datetime.now(UTC))
        session.commit()
    time.sleep(BOUND)
    holding = threading.Thread(
        target=lambda: client.post(URL, json=comment_payload("The labeller is at work."))
    )
    holding.start()
    holding.join(2)
    assert holding.is_alive(), "not held behind a working labeller five minutes behind"
    queue = label_queue(app)
    assert queue is not None
    queue.drain(wait=True)  # the labeller catches up: the POST is answered
    holding.join(5)
    assert not holding.is_alive()
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(LabellerHeartbeat)) == 1
    engine.dispose()
    get_database(app).dispose()


def test_at_rest_a_post_reads_the_backlog_at_most_once_per_bound(database: str) -> None:
    """The normal case costs nothing: with the labeller keeping up, a worker reads the item's
    backlog (one statement) once per bound at most, whatever the POSTs' rate, and a POST that
    is not held sends nothing else for it."""
    app = _app(database, 2.0)
    client = app.test_client()
    running = start_labeller(app)
    assert running is not None
    started = time.monotonic()
    try:
        with statements("SELECT") as selects:
            for payload in _payloads(40, 7):
                assert client.post(URL, json=payload).status_code == 201
    finally:
        running.stop()
    took = time.monotonic() - started
    reads = [s for s in selects if "labeller_heartbeats" in s]
    assert 1 <= len(reads) <= 2 + took, (len(reads), took)
    get_database(app).dispose()
