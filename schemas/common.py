"""Shared fields, validators and the RFC 9457 problem body."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import UTC
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

ALLOWED_CONTROL = frozenset("\t\n\r")
MAX_ID = 2**63 - 1
"""Ids are signed 64-bit columns; a larger number can name no record and must not reach SQL."""


def reject_control_characters(value: str) -> None:
    """Refuse NUL, other C0/C1 controls and lone surrogates; tabs and newlines are text."""
    for char in value:
        if char in ALLOWED_CONTROL:
            continue
        category = unicodedata.category(char)
        if category == "Cc":
            raise ValidationError(f"Control character U+{ord(char):04X} is not allowed.")
        if category == "Cs":
            raise ValidationError("Text must be valid Unicode (a lone surrogate was found).")


def not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Must not be empty or only whitespace.")


def text_field(*, max_length: int, required: bool = False, **kwargs: Any) -> fields.String:
    """A string that must be clean text of at most ``max_length`` characters."""
    validators: list[Callable[[str], Any]] = [validate.Length(max=max_length)]
    if required:
        validators.append(not_blank)
    validators.append(reject_control_characters)
    return fields.String(required=required, validate=validators, **kwargs)


def aware_datetime(**kwargs: Any) -> fields.AwareDateTime:
    """ISO 8601 timestamp; one without an offset is taken as UTC."""
    return fields.AwareDateTime(default_timezone=UTC, **kwargs)


class Ratio(fields.Float):
    """A fraction such as a similarity or a share, sent rounded to three decimals (0.888), which
    is all the precision a reader can use."""

    PLACES = 3

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        result = super()._serialize(value, attr, obj, **kwargs)
        return None if result is None else round(float(result), self.PLACES)


class StatusSchema(Schema):
    status = fields.String(required=True)


class ProblemSchema(Schema):
    """``application/problem+json`` (RFC 9457); ``errors`` maps field paths to messages."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))
    window = fields.Dict(keys=fields.String(), values=fields.String(allow_none=True))
