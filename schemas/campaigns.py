"""A campaign as staff read it: its text, its size everywhere, and its members' additions."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.agenda_items import item_id_field_validator
from schemas.comments import SubmitterSchema
from schemas.common import Ratio, cursor_field
from schemas.shaping import Entries
from schemas.summary import PositionCountsSchema
from schemas.vocabulary import POSITIONS


class CampaignItemSizeSchema(Schema):
    item_id = fields.String(required=True)
    size = fields.Integer(required=True)


class CampaignMemberSchema(Schema):
    """One comment in the campaign: who sent it and what they added to the form letter."""

    id = fields.Integer(required=True)
    item_id = fields.String(required=True)
    kind = fields.String(required=True)
    position = fields.String(allow_none=True, required=True, validate=validate.OneOf(POSITIONS))
    received_at = fields.AwareDateTime(required=True)
    similarity = Ratio(allow_none=True, required=True)
    personal_text = fields.String(allow_none=True, required=True)
    submitter = fields.Nested(SubmitterSchema, required=True)


class CampaignHeadSchema(Schema):
    """What every view of a campaign starts with: the campaign row's own fields, dumped from an
    object that holds it as ``campaign`` beside its figures."""

    id = fields.Integer(required=True, attribute="campaign.id")
    representative_text = fields.String(required=True, attribute="campaign.representative_text")
    created_at = fields.AwareDateTime(required=True, attribute="campaign.created_at")
    merged_into = fields.Integer(
        allow_none=True, required=True, attribute="campaign.merged_into_id"
    )


class CampaignSchema(CampaignHeadSchema):
    """Figures count non-spam members; ``members`` is one page, in arrival order.

    Dumps a :class:`intake.services.campaigns.CampaignDetail` (the campaign and its figures)."""

    size = fields.Integer(required=True, metadata={"description": "Non-spam comments"})
    people = fields.Integer(
        required=True, metadata={"description": "Distinct people among the non-spam comments"}
    )
    by_item = Entries(
        fields.Nested(CampaignItemSizeSchema), names=("item_id", "size"), required=True
    )
    by_position = fields.Nested(PositionCountsSchema, required=True)
    with_personal_text = fields.Integer(required=True)
    first_received_at = fields.AwareDateTime(allow_none=True, required=True)
    last_received_at = fields.AwareDateTime(allow_none=True, required=True)
    members = fields.List(fields.Nested(CampaignMemberSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class CampaignArgsSchema(Schema):
    has_personal_text = fields.Boolean(
        metadata={"description": "Only members with (true) or without (false) an addition."}
    )
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=500))
    cursor = cursor_field()


class CampaignItemFiguresSchema(Schema):
    item_id = fields.String(required=True)
    comments = fields.Integer(required=True)
    people = fields.Integer(required=True)


class CampaignListingSchema(CampaignHeadSchema):
    """A campaign, its comments and the distinct people who sent them (spam left out).

    Dumps a :class:`intake.services.campaigns.CampaignListing`."""

    comments = fields.Integer(required=True, metadata={"description": "Non-spam comments"})
    people = fields.Integer(
        required=True,
        metadata={"description": "Distinct people: one who sent it twice counts once"},
    )
    by_item = Entries(
        fields.Nested(CampaignItemFiguresSchema),
        names=("item_id", "comments", "people"),
        required=True,
    )


class CampaignListArgsSchema(Schema):
    item_id = fields.String(
        validate=item_id_field_validator,
        metadata={"description": "Only campaigns with a non-spam comment on this item"},
    )
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=500))
    cursor = cursor_field()


class CampaignPageSchema(Schema):
    items = fields.List(fields.Nested(CampaignListingSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)
