"""The summary stays exact and self-consistent while comments are being posted concurrently.

This needs real commits from several threads, so it cannot use the rolled-back per-test
transaction: it makes its own database on the PostgreSQL server named by
``INTAKE_TEST_DATABASE_URL``, migrates it, and drops it at the end.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import create_engine, func, make_url, select
from sqlalchemy.orm import Session

from intake import create_app, migrate
from intake.db import get_database
from intake.models import AgendaItem, Campaign, Comment, Submitter
from intake.services.tokens import TokenService
from tests.conftest import comment_payload, json_body, needs_postgres

ITEM = "CONC-1"
WRITERS = 4
PER_WRITER = 40
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


class StubLabeller:
    """Stands in for the real labeller: labels by the body's first word, in the same transaction."""

    def __init__(self, campaign_id: int) -> None:
        self.campaign_id = campaign_id

    def label_batch(self, comments: Sequence[Comment]) -> None:
        for comment in comments:
            self.label(comment)

    def label(self, comment: Comment) -> None:
        word = comment.body.split()[0]
        comment.decided_by = "system"
        if word == "form":
            comment.kind = "form_letter"
            comment.campaign_id = self.campaign_id
            comment.personal_text = "mine" if comment.body.endswith("+") else None
        elif word == "spam":
            comment.kind = "spam"
        else:
            comment.kind = "unique"


@pytest.fixture
def concurrent_app() -> Iterator[Flask]:
    server_url = needs_postgres()
    name = f"intake_concurrency_{secrets.token_hex(4)}"
    server = create_engine(
        make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with server.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    app: Flask | None = None
    try:
        migrate.upgrade(url)
        app = create_app({"database_url": url, "rate_limit_enabled": False})
        app.config["TESTING"] = True
        with Session(get_database(app).engine) as session:
            session.add(AgendaItem(id=ITEM, title="Contested"))
            campaign = Campaign(representative_text="form letter", profile=b"")
            session.add(campaign)
            session.commit()
            campaign_id = campaign.id
        app.extensions["intake.labeller"] = lambda _session: StubLabeller(campaign_id)
        yield app
    finally:
        if app is not None:
            get_database(app).dispose()
        with server.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


def check_consistent(summary: dict[str, Any]) -> None:
    """Figures from one snapshot always add up to each other."""
    total, kinds = summary["total"], summary["by_kind"]
    assert sum(kinds.values()) == total
    assert sum(summary["by_position"].values()) == total - kinds["spam"]
    assert sum(c["size"] for c in summary["campaigns"]) == kinds["form_letter"]
    assert sum(b["total"] for b in summary["timeline"]) == total
    for kind in kinds:
        assert sum(b[kind] for b in summary["timeline"]) == kinds[kind]
    assert summary["distinct_submitters"] <= total - kinds["spam"]


def test_summary_is_exact_under_concurrent_intake(concurrent_app: Flask) -> None:
    url = f"/api/v1/agenda-items/{ITEM}/summary"
    errors: list[BaseException] = []
    writing = threading.Event()
    writing.set()
    seen: list[dict[str, Any]] = []

    def write(writer: int) -> None:
        client = concurrent_app.test_client()
        try:
            for n in range(PER_WRITER):
                body = ("form letter" + ("+" if n % 3 == 0 else ""), "spam now", f"own {n}")[n % 3]
                payload = comment_payload(body, position=(None, "support", "oppose")[n % 3])
                payload["submitter"]["email"] = f"w{writer}-{n % 7}@example.org"
                response = client.post(f"/api/v1/agenda-items/{ITEM}/comments", json=payload)
                assert response.status_code == 201, response.json
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            errors.append(exc)

    with Session(get_database(concurrent_app).engine) as session:
        _row, secret = TokenService(session).create("clerk", "staff")
        session.commit()
    staff = {"Authorization": f"Bearer {secret}"}  # the live figures (the public's lag)

    def read() -> None:
        client = concurrent_app.test_client()
        try:
            while writing.is_set():
                response = client.get(url, headers=staff)
                assert response.status_code == 200
                check_consistent(json_body(response))
                seen.append(json_body(response))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            errors.append(exc)

    writers = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    reader = threading.Thread(target=read)
    reader.start()
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    writing.clear()
    reader.join()
    if errors:
        raise errors[0]

    totals = [s["total"] for s in seen]
    assert totals == sorted(totals), "a later snapshot saw fewer comments"
    assert seen, "the reader took no snapshot while comments were being posted"

    final = json_body(concurrent_app.test_client().get(url, headers=staff))
    check_consistent(final)
    with Session(get_database(concurrent_app).engine) as session:
        on_item = Comment.item_id == ITEM
        total = session.scalar(select(func.count()).where(on_item))
        kinds = select(Comment.kind, func.count()).where(on_item).group_by(Comment.kind)
        by_kind = {kind: n for kind, n in session.execute(kinds)}
        people = session.scalar(
            select(func.count(func.distinct(Submitter.identity_key)))
            .join(Comment, Comment.id == Submitter.comment_id)
            .where(on_item, Comment.kind != "spam")
        )
        personal = session.scalar(
            select(func.count()).where(on_item, Comment.personal_text.is_not(None))
        )
    assert total == WRITERS * PER_WRITER == final["total"]
    assert {k: v for k, v in final["by_kind"].items() if v} == by_kind
    assert final["distinct_submitters"] == people
    (campaign,) = final["campaigns"]
    assert campaign["size"] == by_kind["form_letter"]
    assert campaign["with_personal_text"] == personal
