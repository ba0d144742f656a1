"""ix_comments_unlabelled and ix_comments_unaffiliated: partial indexes for the label queue

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 10:30:00.000000

On PostgreSQL single POSTs store their comment unlabelled (``kind IS NULL``) and a labeller
drains them right after (intake/services/label_queue.py). The labeller and every read that
settles first look for waiting comments through ``ix_comments_unlabelled``, which holds only
them: a handful of rows during a burst, none at rest, whatever the table holds.

``ix_comments_unaffiliated`` holds an item's unique comments outside any campaign: the skeleton
founding and the phrase pull-in read an item's 48 newest of them for every comment no route
placed, and through ``ix_comments_item_id_id`` that read walked back through every campaign
member in between, most of a burst (issue 16).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTIAL = {
    "ix_comments_unlabelled": "kind IS NULL",
    "ix_comments_unaffiliated": "kind = 'unique' AND campaign_id IS NULL",
}


def upgrade() -> None:
    for name, where in PARTIAL.items():
        condition = sa.text(where)
        op.create_index(
            name, "comments", ["item_id", "id"], postgresql_where=condition, sqlite_where=condition
        )


def downgrade() -> None:
    for name in PARTIAL:
        op.drop_index(name, table_name="comments")
