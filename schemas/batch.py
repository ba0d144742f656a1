"""Batches: up to ``INTAKE_BATCH_MAX_COMMENTS`` comments in one request, each judged on its own."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.comments import ReceiptSchema
from schemas.common import ProblemSchema


class BatchCreateSchema(Schema):
    """Entries are validated one by one (each with ``CommentCreateSchema``), not as a whole."""

    comments = fields.List(
        fields.Raw(allow_none=True),
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "Each entry is a CommentCreate body."},
    )


class BatchEntryResultSchema(Schema):
    index = fields.Integer(required=True)
    status = fields.Integer(required=True, metadata={"description": "201 stored, 422 invalid"})
    receipt = fields.Nested(ReceiptSchema)
    problem = fields.Nested(ProblemSchema)


class BatchResultSchema(Schema):
    created = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    results = fields.List(fields.Nested(BatchEntryResultSchema), required=True)
