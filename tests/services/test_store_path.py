"""The store path: comments written without a labeller (the label queue's), on SQLAlchemy Core.

``CommentService._insert`` writes comments, submitters, files and confirmations as Core
``INSERT`` statements on the session's connection, with no ORM object and no flush. What it must
keep: ids in arrival order, every row written as the unit of work would have, the commit witness
(so a commit lost with its connection can be checked), and receipts that are plain values, read
after the transaction ended however it ended. Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.attachments.extract import Extraction
from intake.attachments.uploads import ReceivedAttachment
from intake.commits import WITNESS, Witness, wrote
from intake.db import get_database
from intake.errors import CommentWindowClosed
from intake.models import AgendaItem, Attachment, Comment, MailOutbox, Submitter
from intake.services.comments import CommentService, StoredComment, Submission, SubmissionContext

OPEN = "2026-08801"
CLOSED = "2026-08802"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def writer(app: Flask) -> Iterator[Session]:
    """A session of the app's own, as a group commit or a request has, with two items."""
    session = get_database(app).session_factory()
    session.add_all(
        [
            AgendaItem(id=OPEN, title="Open item", created_at=NOW, updated_at=NOW),
            AgendaItem(
                id=CLOSED, title="Closed", comments_close_at=NOW, created_at=NOW, updated_at=NOW
            ),
        ]
    )
    session.commit()
    yield session
    session.close()


def store_only(session: Session) -> CommentService:
    return CommentService(
        session, max_body_chars=10_000, labeller=None, clock=lambda: NOW, confirmations=True
    )


def letter(text: str, position: int = 1) -> ReceivedAttachment:
    data = text.encode()
    return ReceivedAttachment(
        position, f"letter{position}.txt", "text/plain; charset=utf-8", data,
        hashlib.sha256(data).hexdigest(), Extraction("read", text),
    )  # fmt: skip


def submission(body: str, submitter: dict[str, Any], **data: Any) -> Submission:
    return Submission(
        OPEN, {"body": body, "submitter": submitter, **data}, SubmissionContext("api", "k1")
    )


def test_a_group_is_stored_in_order_with_every_row_and_no_orm_object(writer: Session) -> None:
    service = store_only(writer)
    outcomes = service.submit_together(
        [
            submission("First.", {"name": "Ana Ruiz", "email": "ana@example.org"}),
            Submission(CLOSED, {"body": "Late.", "submitter": {"name": "Bo"}}, SubmissionContext("api")),
            # Fields left out differ from the first row's: one executemany still writes both.
            submission(
                "Second, with files.", {"name": "Cy Diaz", "postal_code": "98101"},
                position="support", signatures=3, attachments=[letter("One."), letter("Two.", 2)],
            ),
        ]
    )  # fmt: skip
    first, refused, second = outcomes
    assert isinstance(refused, CommentWindowClosed)
    assert isinstance(first, StoredComment) and isinstance(second, StoredComment)
    assert first.id < second.id
    # Nothing of the write is an object the session holds: no unit of work ran.
    assert not writer.new and not list(writer.identity_map.values())
    assert wrote(writer) and writer.info[WITNESS] == Witness(Comment, first.id)
    writer.commit()

    assert second.position == "support" and second.signatures == 3
    assert second.attachment_text == "One.\n\nTwo." and second.received_at == NOW
    rows = writer.execute(
        select(Comment.id, Comment.body, Comment.person_key, Comment.kind).order_by(Comment.id)
    )
    assert [(r.id, r.body, r.kind) for r in rows] == [
        (first.id, "First.", None),
        (second.id, "Second, with files.", None),
    ]
    submitters = writer.scalars(select(Submitter).order_by(Submitter.comment_id)).all()
    assert [(s.comment_id, s.name, s.email, s.postal_code) for s in submitters] == [
        (first.id, "Ana Ruiz", "ana@example.org", None),
        (second.id, "Cy Diaz", None, "98101"),
    ]
    files = writer.execute(
        select(Attachment.comment_id, Attachment.position, Attachment.text_chars)
    )
    assert sorted(files) == [(second.id, 1, 4), (second.id, 2, 4)]
    mail = writer.execute(select(MailOutbox.comment_id, MailOutbox.recipient, MailOutbox.status))
    assert list(mail) == [(first.id, "ana@example.org", "pending")]


def test_a_receipt_outlives_a_rolled_back_transaction(writer: Session) -> None:
    """A lost-answer commit that took effect ends with a rollback: the receipt is still read."""
    (stored,) = store_only(writer).submit_many(
        store_only(writer).open_item(OPEN), [{"body": "Kept?", "submitter": {"name": "Di"}}],
        SubmissionContext("form"),
    )  # fmt: skip
    writer.rollback()
    assert (stored.item_id, stored.body, stored.source, stored.received_at) == (
        OPEN, "Kept?", "form", NOW,
    )  # fmt: skip
    assert writer.scalar(select(Comment.id)) is None
