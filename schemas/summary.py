"""An agenda item's summary: public aggregates that carry no personal data at all.

Identical comments are counted, never listed: ``total`` counts every comment (spam included),
``by_kind`` splits it (staff only), ``by_position`` and the campaign figures leave spam out, and
``distinct_submitters`` counts people (not comments) among the non-spam comments.
"""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.common import Ratio
from schemas.vocabulary import KINDS, POSITIONS, UNLABELLED, UNSPECIFIED


def counts_schema(name: str, words: tuple[str, ...]) -> type[Schema]:
    """A schema of one required count per word of a vocabulary, so the words are written once
    (``schemas/vocabulary.py``) and a word added there is counted here too."""
    return Schema.from_dict({word: fields.Integer(required=True) for word in words}, name=name)


KindCountsSchema = counts_schema("KindCountsSchema", (*KINDS, UNLABELLED))
"""Comments per label; ``unlabelled`` is what no labeller has labelled (yet)."""

PositionCountsSchema = counts_schema("PositionCountsSchema", (*POSITIONS, UNSPECIFIED))
"""Non-spam comments per stated position; ``unspecified`` when none was given."""


class CampaignSummarySchema(Schema):
    """One campaign on this item: its text once, with how many sent it."""

    id = fields.Integer(required=True)
    size = fields.Integer(
        required=True, metadata={"description": "Non-spam comments of it on this item"}
    )
    people = fields.Integer(
        required=True,
        metadata={"description": "Distinct people who sent them: one who sent it twice is one"},
    )
    share = Ratio(required=True, metadata={"description": "size / the item's total"})
    representative_text = fields.String(required=True)
    by_position = fields.Nested(PositionCountsSchema, required=True)
    with_personal_text = fields.Integer(required=True)
    first_received_at = fields.AwareDateTime(required=True)
    last_received_at = fields.AwareDateTime(required=True)


STAFF_ONLY = "Staff only: absent from the public figures."


class TimelineBucketSchema(Schema):
    """Comments received in one hour of the city's time zone, and (staff only) by label."""

    hour = fields.String(
        required=True,
        metadata={
            "description": "The local hour's start, ISO 8601 with its UTC offset "
            "(2026-12-01T11:00:00-08:00), in INTAKE_TIME_ZONE"
        },
    )
    total = fields.Integer(required=True)
    unique = fields.Integer(metadata={"description": STAFF_ONLY})
    form_letter = fields.Integer(metadata={"description": STAFF_ONLY})
    duplicate = fields.Integer(metadata={"description": STAFF_ONLY})
    spam = fields.Integer(metadata={"description": STAFF_ONLY})
    unlabelled = fields.Integer(metadata={"description": STAFF_ONLY})


class ItemSummarySchema(Schema):
    """Every figure is from one database snapshot, of the comments received before ``as_of``.

    Staff and admin tokens get live figures (``as_of`` is now) with the split by label; the
    public gets the figures as they stood at the last publication boundary, without it.
    """

    item_id = fields.String(required=True)
    total = fields.Integer(required=True)
    distinct_submitters = fields.Integer(required=True)
    signatures = fields.Integer(
        required=True,
        metadata={
            "description": "Signatories of the non-spam comments: 1 per comment unless it was "
            "sent on behalf of more (a co-signed letter, a petition)"
        },
    )
    disputed = fields.Integer(
        required=True,
        metadata={
            "description": "Comments staff judged filed in someone's name without consent "
            "(still counted in every other figure)"
        },
    )
    by_kind = fields.Nested(KindCountsSchema, metadata={"description": STAFF_ONLY})
    by_position = fields.Nested(PositionCountsSchema, required=True)
    campaigns = fields.List(fields.Nested(CampaignSummarySchema), required=True)
    first_received_at = fields.AwareDateTime(allow_none=True, required=True)
    last_received_at = fields.AwareDateTime(allow_none=True, required=True)
    timeline = fields.List(fields.Nested(TimelineBucketSchema), required=True)
    as_of = fields.AwareDateTime(required=True)


class ReportArgsSchema(Schema):
    names = fields.Boolean(
        load_default=False,
        metadata={
            "description": (
                "Show commenters' names and their words whole (never emails or addresses). "
                "Without names, their words are scrubbed as the public record's are."
            )
        },
    )
