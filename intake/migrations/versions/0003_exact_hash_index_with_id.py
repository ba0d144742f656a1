"""exact hash index with id

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:32:21.215948
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comments_exact_hash"))
        batch_op.create_index("ix_comments_exact_hash_id", ["exact_hash", "id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_exact_hash_id")
        batch_op.create_index(batch_op.f("ix_comments_exact_hash"), ["exact_hash"], unique=False)
