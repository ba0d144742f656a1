"""labeller_heartbeats: when a labeller last finished a batch on an item

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 14:30:00.000000

The label queue's backpressure (intake/services/label_lag.py): a labeller records, at most once
a second per item, that it is labelling there and how fast; a web worker holds an item's POSTs
while the item's queue is more than ``INTAKE_LABEL_LAG_BOUND`` behind only if a labeller
recorded such a row recently. One row per item, overwritten; the table starts empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from intake.db import UTCDateTime

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "labeller_heartbeats",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("labelled_at", UTCDateTime(), nullable=False),
        sa.Column("rate", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_items.id"],
            name=op.f("fk_labeller_heartbeats_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_labeller_heartbeats")),
    )


def downgrade() -> None:
    op.drop_table("labeller_heartbeats")
