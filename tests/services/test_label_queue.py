"""The label queue (PostgreSQL): single POSTs answered before labelling, labelled right after.

Each test makes its own database (tests/scratch_db.py) because the queue's labellers commit, hold
advisory locks and, in one test, die mid-batch: things a rolled-back test transaction cannot show.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from intake import create_app
from intake.db import get_database
from intake.labelling.label_writes import LABEL_COLUMNS as WRITTEN_COLUMNS
from intake.labelling.snapshot_reads import item_campaign_sizes
from intake.models import AgendaItem, Campaign, Comment, LabelEvent
from intake.services.label_queue import ITEM_LOCK_SPACE, LabelQueue
from intake.services.tokens import TokenService
from intake.wiring import label_queue, start_labeller
from tests.bodies import template_body, unique_body
from tests.conftest import bearer, comment_payload, needs_postgres, published_summary
from tests.scratch_db import throwaway_database_with
from tests.statements import statements

pytestmark = [pytest.mark.postgres]
ITEM = "QUEUE-1"
URL = f"/api/v1/agenda-items/{ITEM}/comments"
LABEL_COLUMNS = (
    Comment.kind,
    Comment.campaign_id,
    Comment.duplicate_of_id,
    Comment.personal_text,
    Comment.spam_score,
    Comment.reasons,
    Comment.similarity,
)


@pytest.fixture
def database() -> Iterator[str]:
    with throwaway_database_with(needs_postgres(), "intake_queue", _item()) as url:
        yield url


def _item() -> AgendaItem:
    return AgendaItem(id=ITEM, title="Branch library on Franklin Boulevard")


def _app(url: str, labelling: str) -> Flask:
    return create_app({"database_url": url, "rate_limit_enabled": False, "labelling": labelling})


def _corpus() -> list[dict[str, Any]]:
    """A campaign with varied framing, unique comments, a resubmission and link spam."""
    rng = random.Random(16)
    payloads = []
    for n in range(24):
        who = {"name": f"Writer {n}", "email": f"w{n}@example.org"}
        body = unique_body(rng) if n % 4 == 3 else template_body(rng, who["name"])
        payloads.append(comment_payload(body, submitter=who))
    payloads.append(payloads[5] | {"position": "oppose"})  # the same person again
    payloads.append(
        comment_payload(
            "Cheap pills!!! http://pills.example.net http://pills.example.net/buy BUY NOW",
            submitter={"name": "Seller", "email": "sell@example.net"},
        )
    )
    # A resident's own comment with a link: its verdict as a campaign member differs from its
    # own, and is kept with it (``spam_as_member``, written by the batch's one UPDATE).
    linked = f"{unique_body(rng)}\n\nOur plan: https://franklinbranchfriends.org/plan"
    payloads.append(comment_payload(linked, submitter={"name": "Reader", "email": "r@example.org"}))
    return payloads


def _post_all(app: Flask, payloads: list[dict[str, Any]]) -> list[int]:
    client = app.test_client()
    ids = []
    for payload in payloads:
        response = client.post(URL, json=payload)
        assert response.status_code == 201, response.json
        ids.append(response.json["id"])
    return ids


def _labels(url: str) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    with Session(engine) as session:
        rows = [tuple(r) for r in session.execute(select(*LABEL_COLUMNS).order_by(Comment.id))]
    engine.dispose()
    return rows


def _waiting(url: str) -> int:
    engine = create_engine(url)
    with Session(engine) as session:
        count = session.scalar(select(func.count()).where(Comment.kind.is_(None))) or 0
    engine.dispose()
    return count


def _first_labels(url: str) -> dict[int, int]:
    """How many times each comment got its first label (the system's, from no label)."""
    engine = create_engine(url)
    query = (
        select(LabelEvent.comment_id, func.count())
        .where(LabelEvent.from_kind.is_(None))
        .group_by(LabelEvent.comment_id)
    )
    with Session(engine) as session:
        counts = {cid: n for cid, n in session.execute(query)}
    engine.dispose()
    return counts


def _staff(app: Flask) -> dict[str, str]:
    with Session(get_database(app).engine) as session:
        _row, secret = TokenService(session).create("clerk", "staff")
        session.commit()
    return bearer(secret)


def test_posts_wait_unlabelled_and_the_queue_labels_them_as_one_by_one_posts_are(
    database: str,
) -> None:
    """Stored at the POST, labelled in one batch by the first read: the labels the same
    comments get when each is labelled in its own POST's transaction."""
    queued = _app(database, "queued")
    payloads = _corpus()
    ids = _post_all(queued, payloads)
    assert _waiting(database) == len(ids), "the POSTs stored, and did not label"
    summary = queued.test_client().get(
        f"/api/v1/agenda-items/{ITEM}/summary", headers=_staff(queued)
    )
    assert summary.json["total"] == len(ids) and summary.json["by_kind"]["unlabelled"] == 0
    get_database(queued).dispose()

    with throwaway_database_with(needs_postgres(), "intake_inline", _item()) as inline_url:
        inline = _app(inline_url, "inline")
        _post_all(inline, payloads)
        get_database(inline).dispose()
        one_by_one = _labels(inline_url)
    assert _labels(database) == one_by_one
    kinds = {row[0] for row in one_by_one}
    assert {"form_letter", "unique", "duplicate", "spam"} <= kinds, "the corpus proves little"
    assert _first_labels(database) == dict.fromkeys(ids, 1)


def test_a_batchs_labels_are_one_update_and_the_rows_the_unit_of_work_would_write(
    database: str,
) -> None:
    """The labeller writes a batch's labels with one ``UPDATE ... FROM unnest`` and its label
    events with one ``INSERT ... SELECT FROM unnest`` (label_writes), and every column labelling
    sets, and the history, end as when each comment is labelled in its own POST."""
    queued = _app(database, "queued")
    ids = _post_all(queued, _corpus())
    queue = label_queue(queued)
    assert queue is not None
    with (
        statements("UPDATE COMMENTS") as updates,
        statements("INSERT INTO LABEL_EVENTS") as events,
        statements("SELECT") as reads,
    ):
        assert queue.drain(wait=True) == len(ids)
    assert sum("FROM UNNEST" in u.upper() for u in updates) >= 1, updates
    assert events and all("FROM UNNEST" in e.upper() for e in events), events
    # labelling reads an attachment's text from its comment: a batch reads no attachment rows
    assert not [r for r in reads if "FROM ATTACHMENTS" in r.upper()]
    get_database(queued).dispose()

    with throwaway_database_with(needs_postgres(), "intake_inline", _item()) as inline_url:
        inline = _app(inline_url, "inline")
        _post_all(inline, _corpus())
        get_database(inline).dispose()
        one_by_one = _rows(inline_url)
        history = _history(inline_url)
    assert _rows(database) == one_by_one
    as_member = [name for name, _type in WRITTEN_COLUMNS].index("spam_as_member")
    assert any(row[as_member] is not None for row in one_by_one), "no member verdict kept"
    assert _history(database) == history
    assert _first_labels(database) == dict.fromkeys(ids, 1)


def test_a_batch_failing_after_its_writes_is_labelled_again_from_the_table(
    database: str,
) -> None:
    """A batch whose labels were written (one statement each flush, inside the batch's
    savepoint) and that then fails is rolled back and labelled one comment at a time: each
    comment starts from what the table holds, not from the labels the failed batch left on the
    objects, and ends as when each is labelled in its own POST."""
    queued = _app(database, "queued")
    ids = _post_all(queued, _corpus())
    queue = label_queue(queued)
    assert queue is not None
    sizes: list[int] = []

    def fails_after_labelling(session: Session, comments: Sequence[Comment]) -> None:
        queue.label_batch(session, comments)  # the app's labeller, writes and all
        sizes.append(len(comments))
        if len(comments) > 1:
            raise RuntimeError("the batch fails after its writes")

    retrying = LabelQueue(queue.session_factory, fails_after_labelling, queue.clock)
    assert retrying.drain(wait=True) == len(ids)
    assert sizes == [len(ids)] + [1] * len(ids)
    get_database(queued).dispose()

    with throwaway_database_with(needs_postgres(), "intake_inline", _item()) as inline_url:
        inline = _app(inline_url, "inline")
        _post_all(inline, _corpus())
        get_database(inline).dispose()
        one_by_one = _campaigns_renumbered(_rows(inline_url))
    # The failed batch's campaign took a sequence value: campaigns compared by first use.
    assert _campaigns_renumbered(_rows(database)) == one_by_one
    assert _first_labels(database) == dict.fromkeys(ids, 1)


def _campaigns_renumbered(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    at = [name for name, _type in WRITTEN_COLUMNS].index("campaign_id")
    numbers: dict[int, int] = {}
    renumbered = []
    for row in rows:
        campaign = row[at]
        if campaign is not None:
            campaign = numbers.setdefault(campaign, len(numbers) + 1)
        renumbered.append((*row[:at], campaign, *row[at + 1 :]))
    return renumbered


def _history(url: str) -> list[tuple[Any, ...]]:
    """Every label event but its time, in the order written."""
    columns = (
        LabelEvent.comment_id,
        LabelEvent.actor,
        LabelEvent.from_kind,
        LabelEvent.to_kind,
        LabelEvent.from_campaign_id,
        LabelEvent.to_campaign_id,
        LabelEvent.reason,
    )
    engine = create_engine(url)
    with Session(engine) as session:
        rows = [tuple(r) for r in session.execute(select(*columns).order_by(LabelEvent.id))]
    engine.dispose()
    return rows


def _rows(url: str) -> list[tuple[Any, ...]]:
    """Every column labelling writes, comment by comment in arrival order."""
    columns = [getattr(Comment, name) for name, _type in WRITTEN_COLUMNS]
    engine = create_engine(url)
    with Session(engine) as session:
        rows = [tuple(r) for r in session.execute(select(*columns).order_by(Comment.id))]
    engine.dispose()
    return rows


def test_a_read_waits_for_the_labeller_holding_the_item_then_sees_the_labels(
    database: str,
) -> None:
    app = _app(database, "queued")
    [comment_id] = _post_all(app, _corpus()[:1])
    staff = _staff(app)
    holder = create_engine(database).connect()
    holder.execute(
        text("SELECT pg_advisory_lock(:space, hashtext(:item))"),
        {"space": ITEM_LOCK_SPACE, "item": ITEM},
    )
    answers: list[Any] = []
    reader = threading.Thread(
        target=lambda: answers.append(
            app.test_client().get(f"/api/v1/comments/{comment_id}", headers=staff)
        )
    )
    reader.start()
    reader.join(0.5)
    assert reader.is_alive(), "the read did not wait for the labeller holding the item"
    holder.execute(
        text("SELECT pg_advisory_unlock(:space, hashtext(:item))"),
        {"space": ITEM_LOCK_SPACE, "item": ITEM},
    )
    holder.close()
    reader.join(30)
    assert answers[0].status_code == 200
    assert answers[0].json["label"]["kind"] == "unique"
    get_database(app).dispose()


def test_a_public_read_does_not_wait_for_the_labeller_and_the_public_summary_counts_labels(
    database: str,
) -> None:
    """A crowd reloading public pages during a burst must not hold the workers' threads behind
    the labeller: an anonymous GET does not wait. The public summary, fixed once per boundary,
    labels what waits before it counts."""
    app = _app(database, "queued")
    payloads = _corpus()
    _post_all(app, payloads)
    holder = create_engine(database).connect()
    lock = {"space": ITEM_LOCK_SPACE, "item": ITEM}
    holder.execute(text("SELECT pg_advisory_lock(:space, hashtext(:item))"), lock)
    started = time.monotonic()
    item = app.test_client().get(f"/api/v1/agenda-items/{ITEM}")
    assert item.status_code == 200
    assert time.monotonic() - started < 5, "an anonymous read waited for the labeller"
    assert _waiting(database) == len(payloads)
    holder.execute(text("SELECT pg_advisory_unlock(:space, hashtext(:item))"), lock)
    holder.close()

    summary = published_summary(app.test_client(), ITEM)
    assert summary.status_code == 200
    assert _waiting(database) == 0
    (campaign,) = summary.json["campaigns"]
    assert campaign["size"] == 18  # the 18 who sent the template (a resubmission is a duplicate)
    get_database(app).dispose()


def test_a_request_settles_only_what_waited_when_it_came(database: str) -> None:
    """During a burst the comments arriving meanwhile are the labeller's: a staff request
    settling labels up to the newest comment waiting when it came, never batch after batch."""
    app = _app(database, "queued")
    ids = _post_all(app, _corpus()[:3])
    queue = label_queue(app)
    assert queue is not None
    assert queue.drain(wait=True, up_to=ids[1]) == 2
    assert _waiting(database) == 1
    queue.settle()
    assert _waiting(database) == 0
    get_database(app).dispose()


KILLED_LABELLER = textwrap.dedent(
    """
    import sys, time
    from intake import create_app
    from intake.wiring import label_queue

    url, marker = sys.argv[1], sys.argv[2]
    app = create_app({"database_url": url, "labelling": "queued"})
    real = app.extensions["intake.labeller"]

    class LabelsThenHangs:
        def __init__(self, session):
            self.inner = real(session)

        def label_batch(self, comments):
            self.inner.label_batch(comments)
            self.inner.session.flush()  # the labels are written, not committed
            open(marker, "w").close()
            time.sleep(120)

    app.extensions["intake.labeller"] = LabelsThenHangs
    label_queue(app).drain()
    """
)


def test_a_labeller_killed_mid_batch_loses_nothing_and_labels_nothing_twice(
    database: str, tmp_path: Path
) -> None:
    app = _app(database, "queued")
    ids = _post_all(app, _corpus())
    marker = tmp_path / "labelled"
    labeller = subprocess.Popen(
        [sys.executable, "-c", KILLED_LABELLER, database, str(marker)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert labeller.poll() is None, "the labeller stopped before labelling"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(labeller.pid, signal.SIGKILL)
    labeller.wait(10)

    assert _waiting(database) == len(ids), "a killed labeller's labels must not stay"
    assert _first_labels(database) == {}
    queue = label_queue(app)
    assert queue is not None
    assert queue.drain(wait=True) == len(ids)
    assert _waiting(database) == 0
    assert _first_labels(database) == dict.fromkeys(ids, 1)
    engine = create_engine(database)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Campaign)) == 1
    engine.dispose()
    get_database(app).dispose()


def test_a_workers_labeller_thread_labels_posts_without_any_read(database: str) -> None:
    """What ``intake serve`` starts in each worker: labels within a second, nobody reading."""
    app = _app(database, "queued")
    running = start_labeller(app)
    assert running is not None
    try:
        started = time.monotonic()
        ids = _post_all(app, _corpus())
        while _waiting(database):
            assert time.monotonic() - started < 10, "the labeller left comments waiting"
            time.sleep(0.05)
    finally:
        running.stop()
    assert _first_labels(database) == dict.fromkeys(ids, 1)
    get_database(app).dispose()


def test_sqlite_labels_in_the_storing_transaction(tmp_path: Path) -> None:
    """One process, one writer: nothing to queue for, and queued is refused."""
    app = create_app({"database_url": f"sqlite:///{tmp_path / 'one.sqlite3'}"})
    assert label_queue(app) is None
    from intake.config import ConfigError

    with pytest.raises(ConfigError, match="needs PostgreSQL"):
        create_app({"database_url": f"sqlite:///{tmp_path / 'two.sqlite3'}", "labelling": "queued"})


def test_a_failed_batch_relabelled_one_by_one_sees_the_earlier_ones_campaign_sizes(
    database: str,
) -> None:
    """Each comment's labelling reads its item's campaign sizes from the summary counters, which
    PostgreSQL updates at COMMIT. When a batch fails and its comments are labelled one by one in
    the same transaction, the later ones must see the earlier ones' campaigns counted, as they
    would labelled one by one in arrival order."""
    app = _app(database, "queued")
    engine = create_engine(database)
    with Session(engine) as session:
        campaign = Campaign(profile=b"", created_at=datetime(2026, 11, 20, tzinfo=UTC))
        session.add(campaign)
        session.commit()
        campaign_id = campaign.id
    _post_all(app, [comment_payload(f"Comment number {n}.") for n in range(3)])
    seen: list[dict[int, int]] = []

    def label_batch(session: Session, comments: Sequence[Comment]) -> None:
        if len(comments) > 1:
            raise ValueError("a batch fails")
        sizes = item_campaign_sizes(session, True, [ITEM])
        seen.append({c: n for _item, c, n in sizes})
        comments[0].kind, comments[0].campaign_id = "form_letter", campaign_id
        session.flush()

    queue = LabelQueue(get_database(app).session_factory, label_batch, lambda: datetime.now(UTC))
    assert queue.drain() == 3
    engine.dispose()
    get_database(app).dispose()
    assert seen == [{}, {campaign_id: 1}, {campaign_id: 2}]
