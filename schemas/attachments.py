"""A comment's attachments as staff see them: what the file is and how its text was read."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.shaping import Template
from schemas.vocabulary import TEXT_STATUSES

ATTACHMENT_URL = "/api/v1/comments/{0.comment_id}/attachments/{0.position}"
"""Where staff download an attachment (``intake.api.attachments``; a test holds them equal)."""


class AttachmentSchema(Schema):
    position = fields.Integer(required=True, metadata={"description": "1, 2 or 3"})
    filename = fields.String(required=True, metadata={"description": "As sent; staff only"})
    media_type = fields.String(required=True, metadata={"description": "Detected from the bytes"})
    size_bytes = fields.Integer(required=True)
    sha256 = fields.String(required=True)
    text_status = fields.String(
        required=True,
        validate=validate.OneOf(TEXT_STATUSES),
        metadata={
            "description": "read: its text is labelled with the body; ocr: a PDF without a "
            "text layer (a scan) whose text was read by OCR and is labelled with the body (it "
            "may hold OCR errors); no_text_layer: a PDF without text, not read by OCR; "
            "unreadable: could not be read (see text_note)"
        },
    )
    text_note = fields.String(allow_none=True, required=True)
    text_chars = fields.Integer(required=True)
    url = Template(ATTACHMENT_URL, required=True, metadata={"description": "Staff download"})
