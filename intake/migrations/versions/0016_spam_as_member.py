"""comments.spam_as_member: the spam verdict a comment would carry as a campaign member

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 17:00:00.000000

A campaign's first copies are scored while unique (their links and prices count); when a later
copy pulls one into the campaign it now shows the verdict it would have had arriving as a member,
worked out when it was scored and kept here (intake/labelling/member_spam.py). NULL when it would
show the same, and for every comment stored before this revision: those keep their own verdict
until ``intake relabel`` scores them again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("spam_as_member", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_column("spam_as_member")
