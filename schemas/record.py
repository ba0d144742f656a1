"""The public record of an item's comments, and staff's switch and hold-backs over it.

The schemas dump what ``intake.services.record`` returns (a ``RecordPage``, an
``AdditionsPage``, a ``PublicationState``). A sender's name is dumped only where the city
publishes names (the page's ``names``), and an entry carries only its own type's fields.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump, validate

from schemas.common import cursor_field, text_field
from schemas.shaping import Template, Withheld

RECORD_ENTRY_TYPES = ("comment", "campaign")
ENTRY_FIELDS = {
    "comment": ("text", "position", "name"),
    "campaign": ("campaign_id", "template", "comments", "additions", "additions_url"),
}
"""The fields only one type of entry carries; ``type`` and ``received_at`` are every entry's."""
RECORD_URL = "/api/v1/agenda-items/{0.item_id}/record"
ADDITIONS_URL = "/api/v1/agenda-items/{0.item_id}/record/campaigns/{0.campaign_id}"
NAMES = ("none", "name")


def names_shown(page: Any) -> bool:
    """The city publishes senders' names (``INTAKE_PUBLIC_RECORD_NAMES=name``)."""
    return bool(page.names == "name")


def without_names(schema: type[Schema]) -> Withheld:
    return Withheld(schema, withheld=("name",), shown=names_shown)


AUDIT_ACTIONS = ("record_published", "record_withdrawn", "comment_held", "comment_released")


class RecordArgsSchema(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    cursor = cursor_field()


class RecordEntrySchema(Schema):
    """A comment, or a campaign collapsed into one entry."""

    type = fields.String(
        required=True, attribute="kind", validate=validate.OneOf(RECORD_ENTRY_TYPES)
    )
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
        },
    )
    comments = fields.Integer(metadata={"description": "The campaign's comments in the record"})
    additions = fields.Integer(
        metadata={"description": "How many of them added words of their own (see additions_url)"}
    )
    additions_url = Template(ADDITIONS_URL)

    @post_dump
    def its_own_fields(self, data: dict[str, Any], **_kwargs: Any) -> dict[str, Any]:
        """A comment has no campaign's fields and a campaign no comment's."""
        others = {f for kind, names in ENTRY_FIELDS.items() if kind != data["type"] for f in names}
        return {key: value for key, value in data.items() if key not in others}


class RecordPageSchema(Schema):
    item_id = fields.String(required=True, attribute="item.id")
    title = fields.String(required=True, attribute="item.title")
    published_at = fields.AwareDateTime(required=True, attribute="publication.published_at")
    as_of = fields.AwareDateTime(
        required=True,
        attribute="publication.as_of",
        metadata={"description": "The record holds the comments received before this moment"},
    )
    names = fields.String(
        required=True,
        validate=validate.OneOf(NAMES),
        metadata={"description": "Whether senders' names are shown (INTAKE_PUBLIC_RECORD_NAMES)"},
    )
    items = fields.List(without_names(RecordEntrySchema), required=True, attribute="entries")
    next_cursor = fields.String(allow_none=True, required=True)


class AdditionSchema(Schema):
    received_at = fields.AwareDateTime(required=True)
    text = fields.String(required=True)
    position = fields.String(allow_none=True, required=True)
    name = fields.String(allow_none=True)


class RecordCampaignSchema(Schema):
    item_id = fields.String(required=True, attribute="item.id")
    campaign_id = fields.Integer(required=True, attribute="campaign.campaign_id")
    template = fields.String(required=True, attribute="campaign.template")
    comments = fields.Integer(required=True, attribute="campaign.comments")
    additions = fields.Integer(required=True, attribute="campaign.additions")
    as_of = fields.AwareDateTime(required=True, attribute="publication.as_of")
    names = fields.String(required=True, validate=validate.OneOf(NAMES))
    items = fields.List(without_names(AdditionSchema), required=True, attribute="additions")
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
    url = Template(
        RECORD_URL, present=lambda state: state.published, allow_none=True, required=True
    )


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
