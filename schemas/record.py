"""The public record of an item's comments, and staff's switch and hold-backs over it."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import cursor_field, text_field

RECORD_ENTRY_TYPES = ("comment", "campaign")
AUDIT_ACTIONS = ("record_published", "record_withdrawn", "comment_held", "comment_released")


class RecordArgsSchema(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    cursor = cursor_field()


class RecordEntrySchema(Schema):
    """A comment, or a campaign collapsed into one entry."""

    type = fields.String(required=True, validate=validate.OneOf(RECORD_ENTRY_TYPES))
    received_at = fields.AwareDateTime(
        required=True, metadata={"description": "When it (a campaign: its first copy) came in"}
    )
    text = fields.String(
        metadata={
            "description": "A comment's text, with e-mails, phone numbers, addresses and "
            "postal codes replaced by [removed]"
        }
    )
    position = fields.String(allow_none=True)
    name = fields.String(
        allow_none=True,
        metadata={"description": "The sender's name; only when the city publishes names"},
    )
    campaign_id = fields.Integer()
    template = fields.String(
        metadata={
            "description": "The campaign's public text: sentences at least three people "
            "sent word for word, none carrying personal data"
        }
    )
    comments = fields.Integer(metadata={"description": "The campaign's comments in the record"})
    additions = fields.Integer(
        metadata={"description": "How many of them added words of their own (see additions_url)"}
    )
    additions_url = fields.String()


class RecordPageSchema(Schema):
    item_id = fields.String(required=True)
    title = fields.String(required=True)
    published_at = fields.AwareDateTime(required=True)
    as_of = fields.AwareDateTime(
        required=True,
        metadata={"description": "The record holds the comments received before this moment"},
    )
    names = fields.String(
        required=True,
        validate=validate.OneOf(("none", "name")),
        metadata={"description": "Whether senders' names are shown (INTAKE_PUBLIC_RECORD_NAMES)"},
    )
    items = fields.List(fields.Nested(RecordEntrySchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class AdditionSchema(Schema):
    received_at = fields.AwareDateTime(required=True)
    text = fields.String(required=True)
    position = fields.String(allow_none=True, required=True)
    name = fields.String(allow_none=True)


class RecordCampaignSchema(Schema):
    item_id = fields.String(required=True)
    campaign_id = fields.Integer(required=True)
    template = fields.String(required=True)
    comments = fields.Integer(required=True)
    additions = fields.Integer(required=True)
    as_of = fields.AwareDateTime(required=True)
    names = fields.String(required=True, validate=validate.OneOf(("none", "name")))
    items = fields.List(fields.Nested(AdditionSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class PublicationChangeSchema(Schema):
    published = fields.Boolean(
        required=True,
        metadata={
            "description": "true publishes the record as the item stands now (again: "
            "moves it to now); false withdraws it"
        },
    )


class PublicationSchema(Schema):
    item_id = fields.String(required=True)
    published = fields.Boolean(required=True)
    published_at = fields.AwareDateTime(allow_none=True, required=True)
    as_of = fields.AwareDateTime(allow_none=True, required=True)
    actor = fields.String(allow_none=True, required=True)
    url = fields.String(allow_none=True, required=True)


class HoldCreateSchema(Schema):
    reason = text_field(max_length=2000, required=True)


class HoldSchema(Schema):
    held_at = fields.AwareDateTime(required=True)
    actor = fields.String(required=True)
    reason = fields.String(required=True)


class AuditEventSchema(Schema):
    id = fields.Integer(required=True)
    created_at = fields.AwareDateTime(required=True)
    actor = fields.String(required=True)
    action = fields.String(required=True, validate=validate.OneOf(AUDIT_ACTIONS))
    item_id = fields.String(required=True)
    comment_id = fields.Integer(allow_none=True, required=True)
    reason = fields.String(required=True)


class AuditEventPageSchema(Schema):
    items = fields.List(fields.Nested(AuditEventSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)
