"""comments.person_key and comments.has_personal_text, and a covering index for the item summary

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 06:00:00.000000

The public summary (intake.services.summary) used to join ``submitters`` for its distinct-people
count and to read whole comment rows (body, signature, ...) for everything else. These two
columns let it read ``comments`` alone, and only the index ``ix_comments_summary``, which holds
every column it needs, so PostgreSQL answers it with index-only scans.

``person_key`` is the submitter's ``identity_key`` cut to 64 bits (its first 16 hex digits as a
signed integer). It is NOT NULL so a write path that forgets it fails loudly instead of leaving a
comment out of the count. ``has_personal_text`` is checked against ``personal_text`` by a CHECK
constraint, so no write (ORM, Core ``UPDATE`` or raw SQL) can let the two disagree.

``ix_comments_item_id_kind`` is dropped: ``(item_id, kind)`` is a prefix of the new index, which
serves every query it served, and one index fewer is one write fewer per comment.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUMMARY_COLUMNS = [
    "item_id",
    "kind",
    "position",
    "campaign_id",
    "has_personal_text",
    "received_at",
    "person_key",
]
POSTGRESQL_KEY = "('x' || substr(s.identity_key, 1, 16))::bit(64)::bigint"
BACKFILL = (
    "UPDATE comments SET person_key = COALESCE("
    "(SELECT {key} FROM submitters s WHERE s.comment_id = comments.id), -comments.id), "
    "has_personal_text = (personal_text IS NOT NULL AND personal_text <> '')"
)
FLAG_RULE = "has_personal_text = (personal_text IS NOT NULL AND personal_text <> '')"


def _person_key(identity_key: str | None) -> int | None:
    """A frozen copy of intake.models.person_key (migrations must not follow code)."""
    if identity_key is None:
        return None
    return int.from_bytes(bytes.fromhex(identity_key[:16]), "big", signed=True)


def _backfill(bind: sa.Connection) -> None:
    """Every comment's person_key from its submitter, in one UPDATE on either dialect.

    A comment without a submitter should not exist (both are written in one transaction); if
    one does, it gets ``-id`` and so counts as a person of its own rather than blocking NOT NULL.
    """
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql(BACKFILL.format(key=POSTGRESQL_KEY))
        return
    # SQLite has no hex parsing: register the conversion on this connection.
    bind.connection.driver_connection.create_function(  # type: ignore[union-attr]
        "intake_person_key", 1, _person_key, deterministic=True
    )
    bind.exec_driver_sql(BACKFILL.format(key="intake_person_key(s.identity_key)"))


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("person_key", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("has_personal_text", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    _backfill(op.get_bind())
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.alter_column("person_key", existing_type=sa.BigInteger(), nullable=False)
        batch_op.create_check_constraint(op.f("ck_comments_personal_text_flag"), FLAG_RULE)
        batch_op.drop_index("ix_comments_item_id_kind")
        batch_op.create_index("ix_comments_summary", SUMMARY_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_summary")
        batch_op.create_index("ix_comments_item_id_kind", ["item_id", "kind"], unique=False)
        batch_op.drop_constraint("ck_comments_personal_text_flag", type_="check")
        batch_op.drop_column("has_personal_text")
        batch_op.drop_column("person_key")
