"""attachments, comments.attachment_text and .signatures, false-filing reports and disputes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 01:30:00.000000

A new table and a nullable column: both added in place on SQLite and PostgreSQL, without
rebuilding ``comments``. The files' bytes live in ``attachments.content`` (``bytea`` on
PostgreSQL, a BLOB on SQLite), written in the transaction that stores their comment.

``comments.signatures`` (NOT NULL, default 1: every stored comment had one signatory) joins
``ix_comments_summary`` so the summary's new ``signatures`` figure is still read from the index
alone; the index is rebuilt with it (one pass over ``comments``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from intake.db import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
SUMMARY_COLUMNS = [
    "item_id",
    "kind",
    "position",
    "campaign_id",
    "has_personal_text",
    "received_at",
    "person_key",
]


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attachment_text", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("signatures", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.create_check_constraint(op.f("ck_comments_signatures"), "signatures >= 1")
        batch_op.drop_index("ix_comments_summary")
        batch_op.create_index("ix_comments_summary", [*SUMMARY_COLUMNS, "signatures"])
    op.create_table(
        "attachments",
        sa.Column("comment_id", BIG_ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("text_status", sa.String(length=16), nullable=False),
        sa.Column("text_note", sa.String(length=200), nullable=True),
        sa.Column("text_chars", sa.Integer(), nullable=False),
        sa.CheckConstraint("position BETWEEN 1 AND 3", name=op.f("ck_attachments_position")),
        sa.CheckConstraint(
            "text_status IN ('read', 'no_text_layer', 'unreadable')",
            name=op.f("ck_attachments_text_status"),
        ),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_attachments_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("comment_id", "position", name=op.f("pk_attachments")),
    )
    op.create_index("ix_attachments_sha256", "attachments", ["sha256"], unique=False)
    _create_false_filing_tables()


def _create_false_filing_tables() -> None:
    op.create_table(
        "false_filing_reports",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("receipt", BIG_ID, nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("contact", sa.String(length=320), nullable=True),
        sa.Column("source_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_false_filing_reports")),
    )
    op.create_index("ix_false_filing_reports_received_at", "false_filing_reports", ["received_at"])
    op.create_table(
        "false_filing_report_comments",
        sa.Column("report_id", BIG_ID, nullable=False),
        sa.Column("comment_id", BIG_ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["false_filing_reports.id"],
            name=op.f("fk_false_filing_report_comments_report_id_false_filing_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_false_filing_report_comments_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "report_id", "comment_id", name=op.f("pk_false_filing_report_comments")
        ),
    )
    op.create_index(
        "ix_false_filing_report_comments_comment_id",
        "false_filing_report_comments",
        ["comment_id"],
    )
    op.create_table(
        "comment_disputes",
        sa.Column("comment_id", BIG_ID, nullable=False),
        sa.Column("disputed_at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("report_id", BIG_ID, nullable=True),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_comment_disputes_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["false_filing_reports.id"],
            name=op.f("fk_comment_disputes_report_id_false_filing_reports"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("comment_id", name=op.f("pk_comment_disputes")),
    )


def downgrade() -> None:
    op.drop_table("comment_disputes")
    op.drop_index(
        "ix_false_filing_report_comments_comment_id", table_name="false_filing_report_comments"
    )
    op.drop_table("false_filing_report_comments")
    op.drop_index("ix_false_filing_reports_received_at", table_name="false_filing_reports")
    op.drop_table("false_filing_reports")
    op.drop_index("ix_attachments_sha256", table_name="attachments")
    op.drop_table("attachments")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_summary")
        batch_op.create_index("ix_comments_summary", SUMMARY_COLUMNS)
        batch_op.drop_constraint("ck_comments_signatures", type_="check")
        batch_op.drop_column("signatures")
        batch_op.drop_column("attachment_text")
