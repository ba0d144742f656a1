"""Agenda items: the city's file number, title and comment window."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.common import aware_datetime, cursor_field, text_field

ITEM_ID_PATTERN = r"^[A-Za-z0-9._-]{1,64}$"
item_id_field_validator = validate.Regexp(
    ITEM_ID_PATTERN, error="1-64 characters of letters, digits, '.', '_' or '-'."
)


def _check_window(data: dict[str, Any]) -> None:
    opens, closes = data.get("comments_open_at"), data.get("comments_close_at")
    if opens is not None and closes is not None and closes <= opens:
        raise ValidationError(
            "The comment window must close after it opens.", field_name="comments_close_at"
        )


class AgendaItemUpdateSchema(Schema):
    """Every field optional; ``null`` clears an optional field."""

    title = text_field(max_length=500, allow_blank=False)
    body_name = text_field(max_length=200, allow_none=True)
    meeting_at = aware_datetime(allow_none=True)
    comments_open_at = aware_datetime(allow_none=True)
    comments_close_at = aware_datetime(allow_none=True)

    @validates_schema
    def window_order(self, data: dict[str, Any], **_kwargs: Any) -> None:
        _check_window(data)


class AgendaItemCreateSchema(AgendaItemUpdateSchema):
    """An update's fields, with the item's id and a title required."""

    id = fields.String(required=True, validate=item_id_field_validator)
    title = text_field(max_length=500, required=True)


class AgendaItemSchema(Schema):
    id = fields.String(required=True)
    title = fields.String(required=True)
    body_name = fields.String(allow_none=True)
    meeting_at = fields.AwareDateTime(allow_none=True)
    comments_open_at = fields.AwareDateTime(allow_none=True)
    comments_close_at = fields.AwareDateTime(allow_none=True)
    accepting_comments = fields.Boolean(required=True)
    created_at = fields.AwareDateTime(required=True)
    updated_at = fields.AwareDateTime(required=True)


class AgendaItemListArgsSchema(Schema):
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=500))
    cursor = cursor_field()


class AgendaItemPageSchema(Schema):
    items = fields.List(fields.Nested(AgendaItemSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)
