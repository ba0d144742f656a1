"""API tokens, as admins manage them over the API."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate

from schemas.common import text_field
from schemas.vocabulary import ROLES


def valid_rate_limit(value: str) -> None:
    """A Flask-Limiter rate string such as ``600/minute`` or ``10/second;1000/hour``."""
    from limits import parse_many

    try:
        parse_many(value)
    except ValueError as exc:
        raise ValidationError(f"Not a rate limit like '600/minute': {exc}") from exc


class TokenCreateSchema(Schema):
    name = text_field(max_length=100, required=True)
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    rate_limit = fields.String(
        allow_none=True, validate=[validate.Length(max=64), valid_rate_limit]
    )


class TokenSchema(Schema):
    """A token as listed: never its secret, which is only known when it is created."""

    id = fields.Integer(required=True)
    name = fields.String(required=True)
    role = fields.String(required=True)
    rate_limit = fields.String(allow_none=True, required=True)
    created_at = fields.AwareDateTime(required=True)
    revoked_at = fields.AwareDateTime(allow_none=True, required=True)


class TokenCreatedSchema(TokenSchema):
    token = fields.String(required=True, metadata={"description": "Shown once; store it safely."})


class TokenListSchema(Schema):
    items = fields.List(fields.Nested(TokenSchema), required=True)
