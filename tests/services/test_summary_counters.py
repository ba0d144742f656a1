"""The live summary read from the counters equals the summary aggregated from the comments.

The counters (migration 0012) are kept by database triggers, so every write path must leave
them exact: each test drives paths (posts through the API with a campaign founded and earlier
comments pulled in, a duplicate, a petition, staff label changes including a spam mark, a
backlog import, relabelling, a deletion, the migration's backfill, two writers at once on
PostgreSQL) and then compares the live summary with the reference: the same service
aggregating every comment of the item (``summarise(until=...)``, the full scan the public
figures are still computed with, and what the live summary was before the counters).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, delete, insert, select, update
from sqlalchemy.orm import Session

from intake import migrate
from intake.db import make_engine
from intake.models import AgendaItem, Campaign, Comment, Submitter, SummaryPeople, person_key
from intake.services.summary import SummaryService
from tests.backlog import import_rows
from tests.conftest import comment_payload, json_body, needs_postgres, settle
from tests.ordinance import PERSONAL, TEMPLATE
from tests.scratch_db import throwaway_database_with
from tests.statements import statements

ITEM = "2026-00837"
FAR = datetime(2100, 1, 1, tzinfo=UTC)


def figures(session: Session, item_id: str = ITEM, *, counted: bool = True) -> dict[str, Any]:
    """The live summary (from the counters) or the reference (every comment aggregated)."""
    summary = SummaryService(session).summarise(item_id, until=None if counted else FAR)
    out = asdict(summary)
    del out["as_of"]
    return out


def assert_counted_right(session: Session, item_id: str = ITEM) -> dict[str, Any]:
    live = figures(session, item_id)
    assert live == figures(session, item_id, counted=False)
    return live


def post(client: FlaskClient, body: str, n: int, **extra: Any) -> int:
    person = {"name": f"Person {n}", "email": f"person{n}@example.org"}
    response = client.post(
        f"/api/v1/agenda-items/{ITEM}/comments",
        json=comment_payload(body, submitter=person, **extra),
        environ_base={"REMOTE_ADDR": f"10.0.0.{n}"},
    )
    assert response.status_code == 201, response.json
    comment_id: int = response.json["id"]
    return comment_id


def change_label(client: FlaskClient, staff: dict[str, str], comment_id: int, **label: Any) -> None:
    response = client.patch(
        f"/api/v1/comments/{comment_id}/label",
        json={"reason": "staff decided", **label},
        headers=staff,
    )
    assert response.status_code == 200, response.json


def mixed_history(client: FlaskClient, staff: dict[str, str]) -> dict[str, int]:
    """Posts that found a campaign (pulling the first copy in), personal text, a petition, a
    resubmission, positions of every kind; then staff make one copy unique and one spam."""
    ids = {
        "first": post(client, TEMPLATE, 1),
        "unique": post(client, "Fix the potholes on 5th Street first, please.", 2),
        "copy": post(client, f"{PERSONAL}\n\n{TEMPLATE}", 3, position="oppose"),
        "petition": post(client, TEMPLATE, 4, signatures=300),
        "again": post(client, "Fix the potholes on 5th Street first, please.", 2),
        "plain": post(client, TEMPLATE, 5, position=None),
        "other": post(client, "I have lived here forty years; keep the library open.", 6),
    }
    first = json_body(client.get(f"/api/v1/comments/{ids['first']}", headers=staff))
    assert first["label"]["kind"] == "form_letter"  # pulled into the campaign its copy founded
    change_label(client, staff, ids["plain"], kind="unique")
    change_label(client, staff, ids["other"], kind="spam")
    return ids


@pytest.mark.usefixtures("item")
def test_the_counters_match_the_comments_after_a_mixed_history(
    app: Flask, client: FlaskClient, staff: dict[str, str], session: Session, tmp_path: Path
) -> None:
    ids = mixed_history(client, staff)
    live = assert_counted_right(session)
    assert live["total"] == 7
    assert live["by_kind"]["spam"] == 1
    assert live["distinct_submitters"] == 5  # person 2 twice, person 6's comment is spam
    assert live["signatures"] == 300 + 5
    [campaign] = live["campaigns"]
    assert (campaign["size"], campaign["people"], campaign["with_personal_text"]) == (3, 3, 1)

    import_backlog(app, tmp_path)
    session.expire_all()
    assert assert_counted_right(session)["total"] == 10

    # The staff summary through the API is the counted one, every figure as the reference's.
    response = client.get(f"/api/v1/agenda-items/{ITEM}/summary", headers=staff)
    assert response.json["total"] == 10
    assert (
        response.json["distinct_submitters"]
        == figures(session, counted=False)["distinct_submitters"]
    )

    # No path of the app deletes a comment; the DELETE trigger counts it out all the same.
    doomed = session.get(Comment, ids["copy"])
    assert doomed is not None
    session.delete(doomed)
    session.flush()
    session.commit()
    assert assert_counted_right(session)["total"] == 9


def import_backlog(app: Flask, tmp_path: Path) -> None:
    """Three rows through ``intake import``'s store, received days earlier: new hours, one of
    them from a person already counted."""
    people = ["Person 1", "Person 9", "Person 10"]
    rows = [
        {
            "id": f"row-{n}",
            "body": TEMPLATE if n else "An older letter about the same ordinance, in my words.",
            "submitter": {"name": name, "email": f"{name.split()[1]}@example.org"},
            "received_at": f"2026-11-10T16:{n}7:00+00:00",
        }
        for n, name in enumerate(people)
    ]
    import_rows(app, tmp_path, ITEM, rows)


@pytest.mark.usefixtures("item")
def test_relabelling_keeps_the_counters(
    client: FlaskClient, staff: dict[str, str], session: Session, relabel_all: Callable[[], int]
) -> None:
    """``intake relabel`` rewrites labels with Core updates in chunks of its own (SQLite only,
    see the fixture); it leaves staff decisions alone and labels the rest again, here after
    their labels were wiped (comments left unlabelled, as an interrupted import leaves them)."""
    mixed_history(client, staff)
    wiped = {"kind": None, "campaign_id": None, "duplicate_of_id": None, "decided_by": None}
    session.execute(update(Comment).where(Comment.decided_by != "staff").values(**wiped))
    before = assert_counted_right(session)
    assert before["by_kind"]["unlabelled"] == 5
    assert relabel_all() == 5
    after = assert_counted_right(session)
    assert after["by_kind"]["unlabelled"] == 0
    assert after["campaigns"][0]["size"] == 3


def test_the_migration_counts_the_comments_already_stored(tmp_path: Path) -> None:
    """0012's backfill on SQLite: the counters of comments stored before it, then the triggers."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    migrate.upgrade(url, "0011")
    engine = create_engine(url)
    base = datetime(2026, 11, 3, 17, 50, tzinfo=UTC)
    with Session(engine) as session:
        session.add(AgendaItem(id=ITEM, title="An item"))
        session.add(Campaign(id=1, representative_text="t", profile=b"", template_norms=[]))
        session.flush()
        for n in range(12):
            # Core inserts of the columns 0011 has: the ORM would also name comment columns
            # added by later revisions (0016's spam_as_member).
            personal = "mine" if n % 5 == 0 else None
            identity = f"{n % 5 + 1:x}" * 64
            comment_id = session.scalar(
                insert(Comment)
                .values(
                    item_id=ITEM,
                    body=f"comment {n}",
                    received_at=base + timedelta(minutes=7 * n),
                    kind=("form_letter", "unique", "spam", None)[n % 4],
                    campaign_id=1 if n % 4 == 0 else None,
                    position=("support", None, "oppose")[n % 3],
                    personal_text=personal,
                    has_personal_text=personal is not None,
                    signatures=1 + n,
                    reasons=[],
                    person_key=person_key(identity),
                )
                .returning(Comment.id)
            )
            session.execute(
                insert(Submitter).values(
                    comment_id=comment_id, name="Pat Quill", identity_key=identity
                )
            )
        session.commit()
    migrate.upgrade(url)
    with Session(engine) as session:
        live = assert_counted_right(session)
        assert live["total"] == 12 and live["distinct_submitters"] == 5
        session.execute(update(Comment).where(Comment.id == 3).values(kind="unique"))
        session.execute(delete(Submitter).where(Submitter.comment_id == 4))
        session.execute(delete(Comment).where(Comment.id == 4))
        session.commit()
        assert assert_counted_right(session)["total"] == 11
    engine.dispose()


@pytest.mark.slow
def test_two_writers_at_once_leave_the_counters_exact() -> None:
    """PostgreSQL: two sessions insert and relabel comments of one item at the same moments,
    the same people in both; the deferred triggers serialise on their lock at commit, and the
    distinct-people counts (a tally's 0 -> 1 moves the count) come out exact."""
    server = needs_postgres()
    with throwaway_database_with(server, "intake_counters", AgendaItem(id=ITEM, title="I")) as url:
        engine = make_engine(url, pool_size=4)
        with Session(engine) as session:
            session.add_all(
                Campaign(id=n, representative_text="t", profile=b"", template_norms=[])
                for n in (1, 2)
            )
            session.commit()
        start = threading.Barrier(2)
        failures: list[BaseException] = []

        def write(writer: int) -> None:
            try:
                start.wait()
                for round_ in range(30):
                    with Session(engine) as session:
                        for n in range(4):
                            session.execute(insert(Comment).values(row(writer, round_, n)))
                        session.execute(
                            update(Comment)
                            .where(Comment.item_id == ITEM, Comment.id % 7 == round_ % 7)
                            .values(kind="spam", campaign_id=None)
                        )
                        session.commit()
            except BaseException as error:  # noqa: BLE001 - reported by the test's thread
                failures.append(error)

        threads = [threading.Thread(target=write, args=(w,)) for w in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        with Session(engine) as session:
            live = assert_counted_right(session)
            assert live["total"] == 2 * 30 * 4
            stored = session.scalar(
                select(SummaryPeople.n).where(
                    SummaryPeople.item_id == ITEM, SummaryPeople.campaign_id == 0
                )
            )
            assert stored == live["distinct_submitters"] > 0


def row(writer: int, round_: int, n: int) -> dict[str, Any]:
    """One comment: 20 people shared by both writers, two campaigns, some spam."""
    person = (round_ * 4 + n + writer) % 20
    return {
        "item_id": ITEM,
        "body": f"writer {writer} round {round_} comment {n}",
        "source": "form",
        "received_at": datetime(2026, 11, 3, tzinfo=UTC) + timedelta(minutes=round_ * 11 + n),
        "honeypot_filled": False,
        "reasons": [],
        "kind": ("form_letter", "unique", "spam", "form_letter")[n],
        "campaign_id": (1, None, None, 2)[n],
        "position": ("support", "oppose", None, "support")[(n + writer) % 4],
        "person_key": person_key(f"{person:02x}" * 32),
        "signatures": 1,
    }


def test_the_live_summary_reads_the_counters_not_every_comment(
    app: Flask, client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    """Its cost must not grow with the item: no statement counts the comments themselves."""
    post(client, TEMPLATE, 1)
    post(client, TEMPLATE, 2)
    settle(app)  # the label queue's work is not the summary's
    with statements() as seen:
        response = client.get(f"/api/v1/agenda-items/{ITEM}/summary", headers=staff)
    assert response.json["total"] == 2
    summary = [s for s in seen if "summary_groups" in s]
    assert len(summary) == 1
    assert not any("count(DISTINCT" in s or "GROUP BY comments" in s for s in seen)
