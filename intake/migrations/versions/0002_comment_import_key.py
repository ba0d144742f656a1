"""comments.import_key: stable per-row keys for backlog imports

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column and a plain (unique) index: both are added in place on SQLite and
    # PostgreSQL, without rebuilding the comments table. Live comments keep NULL, which a unique
    # index never treats as equal, so only imported rows are constrained.
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_key", sa.String(length=64), nullable=True))
        batch_op.create_index(
            "ix_comments_item_id_import_key", ["item_id", "import_key"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_item_id_import_key")
        batch_op.drop_column("import_key")
