"""Velocity and burst evidence comes from bounded counters (``sender_counts``), not comment rows.

The spam signals count a sender's recent comments on an item. Reading those comments costs in
proportion to the item's traffic, which a campaign burst makes large (issue 16), so the
counters are kept per sender and time bucket in the storing transaction. These tests check that
the look-up no longer reads comments by time window, that relabelling sees the same evidence as
the first labelling, and that migration 0005 fills the counters exactly as live intake would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from intake import migrate
from intake.labelling.activity import sender_keys
from intake.models import Comment, SenderCount
from tests.conftest import at, comment_payload, needs_postgres, settle
from tests.scratch_db import throwaway_database
from tests.spam_posts import TEMPLATE, label_of
from tests.statements import statements

URL = "/api/v1/agenda-items/2026-00837/comments"


def test_the_spam_signals_do_not_read_an_items_comments_by_time(
    app: Flask, client: FlaskClient, item: dict[str, Any]
) -> None:
    """The old look-up read every comment on the item in the window; now only counters are."""
    for n in range(3):
        client.post(
            URL,
            json=comment_payload(TEMPLATE, submitter={"name": f"Warm {n}"}),
            environ_base={"REMOTE_ADDR": "198.51.100.20"},
        )
    settle(app)
    with statements() as seen:
        response = client.post(
            URL,
            json=comment_payload(TEMPLATE, submitter={"name": "Watched"}),
            environ_base={"REMOTE_ADDR": "198.51.100.20"},
        )
        settle(app)  # labelled in the POST, or by the label queue right after (PostgreSQL)
    assert response.status_code == 201
    reads_by_time = [
        s for s in seen if "FROM comments" in s and "received_at" in s.partition("WHERE")[2]
    ]
    assert reads_by_time == []
    assert any("FROM sender_counts" in s for s in seen)
    assert any("INSERT INTO sender_counts" in s for s in seen)


@pytest.mark.usefixtures("item")
def test_counters_hold_what_the_comments_say(
    client: FlaskClient,
    integration: dict[str, str],
    session: Session,
    set_clock: Callable[[Any], None],
) -> None:
    """After posts and a batch, the counters equal a count of the stored comments."""
    start = at("2026-11-20T18:00:00")
    for n in range(6):
        set_clock(start + timedelta(seconds=17 * n))
        client.post(
            URL,
            json=comment_payload(TEMPLATE if n % 2 else f"My own point {n} about the library."),
            environ_base={"REMOTE_ADDR": f"203.0.113.{n % 2}"},
        )
    set_clock(start + timedelta(minutes=3))
    entries = [
        comment_payload(TEMPLATE, submitter={"name": f"Member {n}", "email": f"m{n}@example.org"})
        for n in range(3)
    ]
    batch = client.post(URL + "/batch", json={"comments": entries}, headers=integration)
    assert batch.status_code == 200, batch.json
    settle(client.application)
    assert_counters_match(session)


def assert_counters_match(session: Session) -> None:
    expected: Counter[tuple[str, int, int, int]] = Counter()
    for comment in session.scalars(select(Comment)):
        for (item_id, signal, sender), width in sender_keys(comment):
            bucket = int(comment.received_at.timestamp()) // width * width
            expected[(item_id, signal, sender, bucket)] += 1
    stored = {
        (r.item_id, r.signal, r.sender_key, r.bucket): r.comments
        for r in session.scalars(select(SenderCount))
    }
    assert stored == dict(expected)
    assert expected


@pytest.mark.usefixtures("item")
def test_relabelling_sees_the_evidence_the_first_labelling_saw(
    client: FlaskClient,
    staff: dict[str, str],
    session: Session,
    relabel_all: Callable[[], int],
    set_clock: Callable[[Any], None],
) -> None:
    start = at("2026-11-20T18:00:00")
    ids = []
    for second in range(4):
        set_clock(start + timedelta(seconds=second))
        ids.append(
            client.post(
                URL,
                json=comment_payload(TEMPLATE, submitter={"name": f"Bot {second}"}),
                environ_base={"REMOTE_ADDR": "198.51.100.9"},
            ).json["id"]
        )
    before = [label_of(client, staff, cid) for cid in ids]
    assert before[3]["kind"] == "spam" and any(r.startswith("burst") for r in before[3]["reasons"])
    counters = session.scalars(select(SenderCount.comments)).all()
    relabel_all()
    after = [label_of(client, staff, cid) for cid in ids]
    assert [(a["kind"], a["reasons"]) for a in after] == [(b["kind"], b["reasons"]) for b in before]
    session.expire_all()
    assert session.scalars(select(SenderCount.comments)).all() == counters


def _old_comments(url: str) -> None:
    """Comments as a 0004 database holds them: people, addresses, texts, times."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agenda_items (id, title, created_at, updated_at) "
                "VALUES ('A', 'A', '2026-11-01 00:00:00+00', '2026-11-01 00:00:00+00')"
            )
        )
        rows = [
            # id, person_key, source_key, exact_hash, received_at
            (1, 11, "addr:aa", "h1", "2026-11-01 10:00:00.250000+00"),
            (2, 11, "addr:aa", "h1", "2026-11-01 10:00:00.900000+00"),
            (3, 12, "addr:aa", "h2", "2026-11-01 10:00:59.999999+00"),
            (4, -13, None, "h1", "2026-11-01 10:01:00+00"),
            (5, 14, "addr:bb", None, "2026-11-01 10:05:31+00"),
        ]
        for cid, person, source, exact, received in rows:
            conn.execute(
                text(
                    "INSERT INTO comments (id, item_id, body, received_at, source, "
                    "honeypot_filled, reasons, person_key, source_key, exact_hash, "
                    "has_personal_text) VALUES (:id, 'A', 'x', :received, 'form', false, '[]', "
                    ":person, :source, :exact, false)"
                ),
                {
                    "id": cid,
                    "person": person,
                    "source": source,
                    "exact": exact,
                    "received": received
                    if engine.dialect.name == "postgresql"
                    else received.removesuffix("+00"),
                },
            )
    engine.dispose()


def _check_backfill(url: str) -> None:
    migrate.upgrade(url, "0004")
    _old_comments(url)
    migrate.upgrade(url)
    engine = create_engine(url)
    with Session(engine) as session:
        assert_counters_match(session)
    engine.dispose()


def test_migration_fills_the_counters_on_sqlite(tmp_path: Path) -> None:
    _check_backfill(f"sqlite:///{tmp_path / 'old.sqlite3'}")


@pytest.mark.slow
def test_migration_fills_the_counters_on_postgresql() -> None:
    server = needs_postgres()
    with throwaway_database(server, "intake_counts") as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
        engine.dispose()
        _check_backfill(url)


@pytest.mark.parametrize("settings_overrides", [{"labelling": "inline"}])
@pytest.mark.usefixtures("item")
def test_look_ups_have_one_text_whatever_the_batch_size_on_postgresql(
    client: FlaskClient, integration: dict[str, str], pg_engine: Any
) -> None:
    """Keys go as one array, so psycopg and PostgreSQL can reuse a look-up's parse and plan."""
    if pg_engine is None:
        pytest.skip("SQLite binds IN lists; the array form is PostgreSQL's")

    def look_ups(size: int, tag: str) -> set[str]:
        entries = [
            comment_payload(
                f"{TEMPLATE} {tag} {n} adds a line of their own about the library budget.",
                submitter={"name": f"Member {tag}{n}", "email": f"{tag}{n}@example.org"},
            )
            for n in range(size)
        ]
        with statements() as seen:
            response = client.post(URL + "/batch", json={"comments": entries}, headers=integration)
        assert response.status_code == 200, response.json
        return {s for s in seen if s.lstrip().startswith("SELECT") and "band_keys" in s}

    one, six = look_ups(1, "a"), look_ups(6, "b")
    assert one and one == six
