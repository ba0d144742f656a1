"""attachments.text_status may be 'ocr': a scan's text read by tesseract

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 04:00:00.000000

Only the CHECK constraint on ``attachments.text_status`` changes. PostgreSQL drops and adds it in
place (one scan to validate); SQLite rebuilds ``attachments`` (Alembic's batch mode copies the
rows, bytes included). Downgrading turns ``ocr`` back into ``no_text_layer`` first: the file has
no text layer, which is what that status said before OCR existed.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WITH_OCR = "text_status IN ('read', 'ocr', 'no_text_layer', 'unreadable')"
WITHOUT_OCR = "text_status IN ('read', 'no_text_layer', 'unreadable')"


def _replace_check(rule: str) -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_attachments_text_status"), type_="check")
        batch_op.create_check_constraint(op.f("ck_attachments_text_status"), rule)


def upgrade() -> None:
    _replace_check(WITH_OCR)


def downgrade() -> None:
    op.execute("UPDATE attachments SET text_status = 'no_text_layer' WHERE text_status = 'ocr'")
    _replace_check(WITHOUT_OCR)
