"""ix_comments_unlabelled: the label queue's comments, those still waiting for a label

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 10:30:00.000000

On PostgreSQL single POSTs store their comment unlabelled (``kind IS NULL``) and a labeller
drains them right after (intake/services/label_queue.py). The labeller and every read that
settles first look for waiting comments through this partial index, which holds only them: a
handful of rows during a burst, none at rest, whatever the table holds.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WAITING = sa.text("kind IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_comments_unlabelled",
        "comments",
        ["item_id", "id"],
        postgresql_where=WAITING,
        sqlite_where=WAITING,
    )


def downgrade() -> None:
    op.drop_index("ix_comments_unlabelled", table_name="comments")
