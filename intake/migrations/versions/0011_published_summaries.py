"""published_summaries: an item's public summary stored once per boundary

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 04:45:00.000000

The public summary shows an item as it stood at the last multiple of
``INTAKE_PUBLIC_SUMMARY_INTERVAL_SECONDS``; aggregating a million comments for every public
request cost ~2.5 s on PostgreSQL. The first request after a boundary now computes it and
stores it here; every later request in the interval, on any worker, reads one row. Nothing is
backfilled: the table starts empty and fills on demand.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from intake.db import UTCDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "published_summaries",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("as_of", UTCDateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("computed_at", UTCDateTime(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_items.id"],
            name=op.f("fk_published_summaries_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "as_of", "zone", name=op.f("pk_published_summaries")),
    )


def downgrade() -> None:
    op.drop_table("published_summaries")
