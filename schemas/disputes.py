"""A comment staff judged disputed: filed in someone's name without their consent."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import MAX_ID, text_field


class DisputeCreateSchema(Schema):
    reason = text_field(max_length=2000, required=True)
    report_id = fields.Integer(
        allow_none=True,
        validate=validate.Range(min=1, max=MAX_ID),
        metadata={"description": "The false-filing report that led to it, if any"},
    )


class DisputeSchema(Schema):
    disputed_at = fields.AwareDateTime(required=True)
    actor = fields.String(required=True)
    reason = fields.String(required=True)
    report_id = fields.Integer(allow_none=True, required=True)
