"""staff_sessions: dashboard sessions kept on the server, so signing out ends them

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:10:00.000000

The staff session cookie used to hold the token's row id and the sign-in time, signed but valid
on its own for 12 hours: a copy replayed after sign-out still worked. Each sign-in now stores the
SHA-256 of a random session id here; the cookie carries the id, and sign-out deletes the row.
Sessions signed in before this migration hold no id and simply ask for the token again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from intake.db import UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "staff_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("token_id", BigId, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["token_id"],
            ["api_tokens.id"],
            name=op.f("fk_staff_sessions_token_id_api_tokens"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_staff_sessions")),
    )
    op.create_index(op.f("ix_staff_sessions_token_id"), "staff_sessions", ["token_id"])
    op.create_index(op.f("ix_staff_sessions_expires_at"), "staff_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_staff_sessions_expires_at"), table_name="staff_sessions")
    op.drop_index(op.f("ix_staff_sessions_token_id"), table_name="staff_sessions")
    op.drop_table("staff_sessions")
