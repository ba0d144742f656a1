"""Attachments as rows: stored with their comment, in its transaction, and read back by staff."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from intake.attachments.extract import HAS_TEXT
from intake.attachments.uploads import MAX_ATTACHMENTS, ReceivedAttachment
from intake.errors import NotFound
from intake.models import Attachment


def attachment_rows(received: Sequence[ReceivedAttachment]) -> list[Attachment]:
    """The files as rows, not yet given to a comment."""
    return [Attachment(**attachment_values(r)) for r in received]


def attachment_values(received: ReceivedAttachment) -> dict[str, Any]:
    """One file's column values but its comment's id: the row :func:`attachment_rows` builds,
    or the store path inserts without an object."""
    return {
        "position": received.position,
        "filename": received.filename,
        "media_type": received.media_type,
        "size_bytes": len(received.data),
        "sha256": received.sha256,
        "content": received.data,
        "text_status": received.extraction.status,
        "text_note": received.extraction.note,
        "text_chars": len(received.extraction.text),
    }


def attachment_text(received: Sequence[ReceivedAttachment]) -> str | None:
    """The text read from a comment's files, as labelling reads it after the body."""
    texts = [r.extraction.text for r in received if r.extraction.status in HAS_TEXT]
    return "\n\n".join(t for t in texts if t.strip()) or None


def attachment_file(session: Session, comment_id: int, position: int) -> Attachment:
    """One attachment with its bytes, for a staff download."""
    if not 1 <= position <= MAX_ATTACHMENTS:  # never a number the column cannot hold
        raise NotFound(f"Comment {comment_id} has no attachment {position}.")
    attachment = session.scalar(
        select(Attachment)
        .options(undefer(Attachment.content))
        .where(Attachment.comment_id == comment_id, Attachment.position == position)
    )
    if attachment is None:
        raise NotFound(f"Comment {comment_id} has no attachment {position}.")
    return attachment
