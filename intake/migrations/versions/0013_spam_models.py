"""spam_models: spam models learned from staff decisions, one row per version

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 07:10:00.000000

``intake spam train`` learns a model from the comments staff labelled spam or not spam and
stores it here (JSON weights, never a pickle), so every worker labels with the same one. The
table starts empty: without a row labelling is what it was before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from intake.db import UTCDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "spam_models",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("trained_at", UTCDateTime(), nullable=False),
        sa.Column("spam_count", sa.Integer(), nullable=False),
        sa.Column("ham_count", sa.Integer(), nullable=False),
        sa.Column("seed_count", sa.Integer(), nullable=False),
        sa.Column("features", sa.Integer(), nullable=False),
        sa.Column("model", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spam_models")),
        sa.UniqueConstraint("version", name=op.f("uq_spam_models_version")),
    )


def downgrade() -> None:
    op.drop_table("spam_models")
