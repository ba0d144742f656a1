"""The summary's denormalised columns stay equal to what they stand for, on every write path.

``comments.person_key`` must be the submitter's ``identity_key`` cut to 64 bits and
``comments.has_personal_text`` must say whether ``personal_text`` holds any text, or the public
summary (which reads only those columns) would count wrongly. Each test drives one write path
(intake and labelling, campaign absorption, staff label changes, relabelling, backlog import,
migration 0004's backfill) and then checks every stored comment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake import migrate
from intake.db import get_database
from intake.models import Comment, Submitter, person_key
from tests.backlog import import_rows
from tests.conftest import comment_payload, json_body
from tests.ordinance import PERSONAL, TEMPLATE

ITEM = "2026-00837"


def assert_consistent(session: Session) -> int:
    """Every comment's columns agree with its submitter and its personal text; returns how many."""
    rows = session.execute(
        select(
            Comment.id,
            Comment.person_key,
            Comment.has_personal_text,
            Comment.personal_text,
            Submitter.identity_key,
        ).join(Submitter, Submitter.comment_id == Comment.id)
    ).all()
    for row in rows:
        assert row.person_key == person_key(row.identity_key), row.id
        assert bool(row.has_personal_text) == bool(row.personal_text), row.id
    return len(rows)


def post(client: FlaskClient, body: str, name: str, n: int) -> int:
    payload = comment_payload(
        body, submitter={"name": name, "email": f"{name.split()[0].lower()}@example.org"}
    )
    response = client.post(
        f"/api/v1/agenda-items/{ITEM}/comments",
        json=payload,
        environ_base={"REMOTE_ADDR": f"10.0.0.{n}"},
    )
    assert response.status_code == 201, response.json
    comment_id: int = response.json["id"]
    return comment_id


def label(client: FlaskClient, staff: dict[str, str], comment_id: int) -> dict[str, Any]:
    record = json_body(client.get(f"/api/v1/comments/{comment_id}", headers=staff))
    return dict(record["label"])


def personal_in_summary(client: FlaskClient, staff: dict[str, str]) -> int:
    """From the live figures staff see (the public's lag behind, by design)."""
    campaigns = client.get(f"/api/v1/agenda-items/{ITEM}/summary", headers=staff).json["campaigns"]
    return sum(int(c["with_personal_text"]) for c in campaigns)


@pytest.mark.usefixtures("item")
def test_labelling_and_staff_changes_keep_the_columns(
    client: FlaskClient, staff: dict[str, str], session: Session
) -> None:
    first = post(client, f"Dear Council,\n{TEMPLATE}\nSincerely,\nAna Ruiz", "Ana Ruiz", 1)
    # The second copy founds a campaign and absorbs the first; it carries personal text.
    second = post(client, f"{PERSONAL}\n\n{TEMPLATE}\n\nBo Chen, 95818", "Bo Chen", 2)
    post(client, "Something else entirely, written by the same person as the first.", "Ana R", 3)
    assert label(client, staff, second)["personal_text"] == PERSONAL
    assert label(client, staff, first)["kind"] == "form_letter"
    assert assert_consistent(session) == 3
    assert personal_in_summary(client, staff) == 1

    campaign_id = label(client, staff, second)["campaign_id"]
    out = client.patch(
        f"/api/v1/comments/{second}/label",
        json={"kind": "unique", "reason": "written alone"},
        headers=staff,
    )
    assert out.status_code == 200, out.json
    assert label(client, staff, second)["personal_text"] is None
    assert assert_consistent(session) == 3
    assert personal_in_summary(client, staff) == 0

    back = client.patch(
        f"/api/v1/comments/{second}/label",
        json={"kind": "form_letter", "campaign_id": campaign_id, "reason": "a copy after all"},
        headers=staff,
    )
    assert back.status_code == 200, back.json
    assert label(client, staff, second)["personal_text"] == PERSONAL
    assert assert_consistent(session) == 3
    assert personal_in_summary(client, staff) == 1


@pytest.mark.usefixtures("item")
def test_relabelling_keeps_the_columns(
    client: FlaskClient, session: Session, relabel_all: Callable[[], int], staff: dict[str, str]
) -> None:
    post(client, TEMPLATE, "Ana Ruiz", 1)
    post(client, f"{PERSONAL}\n\n{TEMPLATE}", "Bo Chen", 2)
    assert personal_in_summary(client, staff) == 1
    assert relabel_all() == 2
    assert assert_consistent(session) == 2
    assert personal_in_summary(client, staff) == 1


@pytest.mark.usefixtures("item")
def test_import_keeps_the_columns(app: Flask, session: Session, tmp_path: Path) -> None:
    people = ["Ana Ruiz", "Bo Chen", "Cy Diaz", "Ana Ruiz"]
    rows = [
        {
            "id": f"row-{n}",
            "body": f"{PERSONAL}\n\n{TEMPLATE}" if n == 1 else TEMPLATE,
            "submitter": {"name": name, "email": f"{name.split()[0].lower()}@example.org"},
            "received_at": f"2026-11-10T16:0{n}:00+00:00",
        }
        for n, name in enumerate(people)
    ]
    import_rows(app, tmp_path, ITEM, rows)
    assert assert_consistent(session) == 4
    keys = set(session.scalars(select(Comment.person_key)))
    assert len(keys) == 3  # Ana Ruiz twice is one person
    assert session.scalar(select(Comment.id).where(Comment.has_personal_text)) is not None


def test_the_database_refuses_columns_that_disagree(
    app: Flask, client: FlaskClient, item: dict[str, Any]
) -> None:
    """Write paths that bypass the model (Core updates, raw SQL) fail instead of drifting."""
    post(client, TEMPLATE, "Ana Ruiz", 1)
    database = get_database(app)
    with database.session_factory() as session:
        with pytest.raises(IntegrityError):  # the CHECK constraint
            session.execute(update(Comment).values(personal_text="mine"))
        session.rollback()
    with database.session_factory() as session:
        with pytest.raises(IntegrityError):  # no person_key: NOT NULL
            session.execute(
                insert(Comment).values(
                    item_id=ITEM, body="x", source="form", reasons=[], honeypot_filled=False
                )
            )
        session.rollback()


def test_migration_backfills_the_columns(tmp_path: Path) -> None:
    """0004 on SQLite: values from submitters and personal_text; older constraints survive."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    migrate.upgrade(url, "0003")
    engine = create_engine(url)
    keys = {1: "ab" * 32, 2: "80" + "00" * 31, 3: "7f" + "ff" * 31}
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agenda_items (id, title, created_at, updated_at) "
                "VALUES ('A', 'A', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"
            )
        )
        for cid, personal in ((1, None), (2, ""), (3, "mine")):
            conn.execute(
                text(
                    "INSERT INTO comments (id, item_id, body, received_at, source, "
                    "honeypot_filled, reasons, personal_text) VALUES "
                    "(:id, 'A', 'x', '2026-11-01 00:00:00', 'form', 0, '[]', :personal)"
                ),
                {"id": cid, "personal": personal},
            )
            conn.execute(
                text(
                    "INSERT INTO submitters (comment_id, name, identity_key) VALUES (:id, 'n', :k)"
                ),
                {"id": cid, "k": keys[cid]},
            )
    engine.dispose()
    migrate.upgrade(url, "0004")
    engine = create_engine(url)
    with engine.begin() as conn:
        got = conn.execute(
            text("SELECT id, person_key, has_personal_text FROM comments ORDER BY id")
        ).all()
        assert [tuple(row) for row in got] == [
            (1, person_key(keys[1]), 0),
            (2, -(2**63), 0),
            (3, 2**63 - 1, 1),
        ]
        schema = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'comments'")
        ).scalar_one()
        for constraint in ("ck_comments_kind", "ck_comments_position", "personal_text_flag"):
            assert constraint in schema
        indexes = set(
            conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments'"
                )
            ).scalars()
        )
        assert "ix_comments_summary" in indexes
        # Rebuilding comments must not cascade into the tables that reference it.
        assert conn.execute(text("SELECT count(*) FROM submitters")).scalar_one() == 3
        assert "ix_comments_item_id_import_key" in indexes
    engine.dispose()
