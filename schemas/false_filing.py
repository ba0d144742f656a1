""" "This was filed in my name": the public report, the one answer it gets, and what staff read."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.comments import valid_email
from schemas.common import MAX_ID, text_field
from schemas.shaping import Ids


class FalseFilingReportCreateSchema(Schema):
    """The receipt number or the email the comment was sent with (or both), and a statement."""

    receipt = fields.Integer(
        strict=True,
        validate=validate.Range(min=1, max=MAX_ID),
        metadata={"description": "The receipt number of the comment"},
    )
    email = fields.String(
        validate=[validate.Length(max=320), valid_email],
        metadata={"description": "The email address the comment was sent with"},
    )
    statement = text_field(max_length=5000, required=True)
    contact = fields.String(
        validate=[validate.Length(max=320), valid_email],
        metadata={"description": "Where staff may reach you, if not at the email above"},
    )

    @validates_schema
    def names_a_comment(self, data: dict[str, Any], **_kwargs: Any) -> None:
        if data.get("receipt") is None and not data.get("email"):
            raise ValidationError("Give the receipt number or the email used.", "receipt")


class FalseFilingAnswerSchema(Schema):
    """The same answer whatever was found: it never says whether anyone commented."""

    status = fields.String(required=True)
    detail = fields.String(required=True)


class FalseFilingReportSchema(Schema):
    """A report as staff read it, with the comments it matched."""

    id = fields.Integer(required=True)
    received_at = fields.AwareDateTime(required=True)
    receipt = fields.Integer(allow_none=True, required=True)
    email = fields.String(allow_none=True, required=True)
    statement = fields.String(required=True)
    contact = fields.String(allow_none=True, required=True)
    comment_ids = Ids(required=True, attribute="comments")


class FalseFilingReportPageSchema(Schema):
    items = fields.List(fields.Nested(FalseFilingReportSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class FalseFilingListArgsSchema(Schema):
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=500))
    cursor = fields.String(validate=validate.Length(max=200))
