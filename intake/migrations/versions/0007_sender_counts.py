"""sender_counts: velocity and burst counters per sender, item and time bucket

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:10:00.000000

The spam signals used to count a batch's senders' recent comments by reading every comment on
the item in the velocity window (``comments JOIN submitters``), a statement whose cost grows with
the item's traffic: during a campaign burst it took most of PostgreSQL's CPU. The counters
(intake.labelling.activity) are read a few rows per sender. This migration creates the table and
fills it from every stored comment, so relabelling and the first live comments see the same
counts the comment rows would give.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of intake.labelling.activity (migrations must not follow code).
PERSON, SOURCE, BURST = 1, 2, 3
VELOCITY_BUCKET, BURST_BUCKET = 60, 1

BACKFILL = """
INSERT INTO sender_counts (item_id, signal, sender_key, bucket, comments)
SELECT item_id, {signal}, {key}, {bucket}, count(*) FROM comments
WHERE {where} GROUP BY 1, 2, 3, 4
"""
POSTGRESQL_DIGEST = "('x' || substr(md5({text}), 1, 16))::bit(64)::bigint"
POSTGRESQL_BUCKET = "(floor(extract(epoch FROM received_at) / {width}) * {width})::bigint"


def _digest(text: str | None) -> int | None:
    if text is None:
        return None
    raw = hashlib.md5(text.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(raw[:8], "big", signed=True)


def _bucket(received_at: str | None, width: int) -> int | None:
    if received_at is None:
        return None
    moment = datetime.fromisoformat(received_at).replace(tzinfo=UTC)
    return int(moment.timestamp()) // width * width


def _backfill(bind: sa.Connection) -> None:
    if bind.dialect.name == "postgresql":
        digest, bucket = POSTGRESQL_DIGEST, POSTGRESQL_BUCKET
    else:
        # SQLite stores UTC timestamps as naive text and has no MD5: register both here.
        raw = bind.connection.driver_connection
        raw.create_function("intake_digest", 1, _digest, deterministic=True)  # type: ignore[union-attr]
        raw.create_function("intake_bucket", 2, _bucket, deterministic=True)  # type: ignore[union-attr]
        digest, bucket = "intake_digest({text})", "intake_bucket(received_at, {width})"
    burst_text = "source_key || ' ' || exact_hash"
    for signal, key, width, where in (
        (PERSON, "person_key", VELOCITY_BUCKET, "1 = 1"),
        (SOURCE, digest.format(text="source_key"), VELOCITY_BUCKET, "source_key IS NOT NULL"),
        (
            BURST,
            digest.format(text=burst_text),
            BURST_BUCKET,
            "source_key IS NOT NULL AND exact_hash IS NOT NULL",
        ),
    ):
        statement = BACKFILL.format(
            signal=signal, key=key, bucket=bucket.format(width=width), where=where
        )
        bind.exec_driver_sql(statement)


def upgrade() -> None:
    op.create_table(
        "sender_counts",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("signal", sa.SmallInteger(), nullable=False),
        sa.Column("sender_key", sa.BigInteger(), nullable=False),
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.Column("comments", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_items.id"],
            name=op.f("fk_sender_counts_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "item_id", "signal", "sender_key", "bucket", name=op.f("pk_sender_counts")
        ),
    )
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("sender_counts")
