"""Comments: what a commenter sends, the receipt they get, and the record staff read."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from marshmallow import Schema, ValidationError, fields, validate

from schemas.agenda_items import item_id_field_validator
from schemas.attachments import AttachmentSchema
from schemas.common import MAX_ID, Ratio, aware_datetime, cursor_field, text_field
from schemas.disputes import DisputeSchema
from schemas.record import HoldSchema
from schemas.shaping import Itself, OrElse
from schemas.vocabulary import DECIDERS, KINDS, POSITIONS, REVIEW_ACTIONS, SYSTEM, UNSPECIFIED

MAX_SIGNATURES = 100_000


def valid_email(value: str) -> None:
    """Syntax check by email-validator; no DNS lookup, so intake never waits on the network."""
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(f"Not a valid email address: {exc}") from exc


class SubmitterSchema(Schema):
    name = text_field(max_length=200, required=True)
    email = fields.String(allow_none=True, validate=[validate.Length(max=320), valid_email])
    postal_code = text_field(max_length=20, allow_none=True)
    address = text_field(max_length=500, allow_none=True)
    organization = text_field(max_length=200, allow_none=True)


class CommentCreateSchema(Schema):
    """A comment as posted. ``body`` length is also capped by ``INTAKE_MAX_BODY_CHARS``."""

    body = text_field(max_length=1_000_000, required=True)
    position = fields.String(allow_none=True, validate=validate.OneOf(POSITIONS))
    submitter = fields.Nested(SubmitterSchema, required=True)
    signatures = fields.Integer(
        strict=True,
        load_default=1,
        validate=validate.Range(min=1, max=MAX_SIGNATURES),
        metadata={
            "description": "How many people this comment is sent on behalf of (an organisation's "
            "letter with N signatories, a petition); 1 when absent."
        },
    )


class CommentWithFilesSchema(CommentCreateSchema):
    """The ``comment`` part of a form with files: the body may be empty or left out when an
    attached file's text can be read (a letter sent with nothing to add); with no such file it
    is refused as an empty body is (a rule checked once the files are read)."""

    body = text_field(
        max_length=1_000_000,
        load_default="",
        metadata={
            "description": "May be empty or absent when an attached file's text can be read "
            "(the letter is the comment); otherwise required, as in CommentCreate."
        },
    )


class ReceiptSchema(Schema):
    """What the commenter gets back (a dumped ``Comment``). It never reveals the label."""

    id = fields.Integer(required=True)
    item_id = fields.String(required=True)
    received_at = fields.AwareDateTime(required=True)
    status = fields.String(required=True, dump_default="received")  # a comment has no status


class LabelSchema(Schema):
    """A comment's label: columns of the comment row itself."""

    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    campaign_id = fields.Integer(allow_none=True, required=True)
    similarity = Ratio(allow_none=True, required=True)
    duplicate_of = fields.Integer(allow_none=True, required=True, attribute="duplicate_of_id")
    personal_text = fields.String(allow_none=True, required=True)
    spam_score = fields.Float(allow_none=True, required=True)
    reasons = fields.List(fields.String(), required=True)
    decided_by = OrElse(SYSTEM, required=True, validate=validate.OneOf(DECIDERS))


class CommentRecordSchema(Schema):
    """The whole record, for staff only."""

    id = fields.Integer(required=True)
    item_id = fields.String(required=True)
    body = fields.String(required=True)
    position = fields.String(allow_none=True, required=True)
    submitter = fields.Nested(SubmitterSchema, required=True)
    received_at = fields.AwareDateTime(required=True)
    source = fields.String(required=True)
    signatures = fields.Integer(required=True)
    label = Itself(
        LabelSchema,
        present=lambda comment: comment.kind is not None,
        allow_none=True,
        required=True,
    )
    disputed = fields.Nested(
        DisputeSchema,
        attribute="dispute",
        allow_none=True,
        required=True,
        metadata={"description": "Set when staff judged it filed in someone's name"},
    )
    attachments = fields.List(fields.Nested(AttachmentSchema), required=True)
    held_back = fields.Nested(
        HoldSchema,
        attribute="hold",
        allow_none=True,
        required=True,
        metadata={"description": "Set while staff hold it back from the public record"},
    )


class CommentListArgsSchema(Schema):
    kind = fields.String(validate=validate.OneOf(KINDS))
    campaign_id = fields.Integer(validate=validate.Range(min=1, max=MAX_ID))
    position = fields.String(validate=validate.OneOf((*POSITIONS, UNSPECIFIED)))
    since = aware_datetime()
    until = aware_datetime()
    q = text_field(
        max_length=200,
        metadata={"description": "Case-insensitive substring of the body; % and _ are literal."},
    )
    has_personal_text = fields.Boolean(
        metadata={
            "description": "Only comments with (true) or without (false) personal text added "
            "to a form letter."
        }
    )
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=500))
    cursor = cursor_field()


class CommentSearchArgsSchema(CommentListArgsSchema):
    item_id = fields.String(
        validate=item_id_field_validator,
        metadata={"description": "Only this agenda item's comments; every item when absent"},
    )


class CommentPageSchema(Schema):
    items = fields.List(fields.Nested(CommentRecordSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class LabelChangeSchema(Schema):
    """A staff decision: the new kind, where it applies its campaign or original, and why."""

    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    campaign_id = fields.Integer(allow_none=True, validate=validate.Range(min=1, max=MAX_ID))
    duplicate_of = fields.Integer(allow_none=True, validate=validate.Range(min=1, max=MAX_ID))
    reason = text_field(max_length=2000, required=True)


class ReviewDecisionSchema(Schema):
    """Staff decide many labels at once: confirm them as they are, or make them unique or spam,
    with one reason; each comment gets its own label event."""

    comment_ids = fields.List(
        fields.Integer(validate=validate.Range(min=1, max=MAX_ID)),
        required=True,
        validate=validate.Length(min=1, max=500, error="Choose at least one comment."),
    )
    action = fields.String(required=True, validate=validate.OneOf(REVIEW_ACTIONS))
    reason = text_field(max_length=2000, required=True)


class LabelEventSchema(Schema):
    at = fields.AwareDateTime(required=True, attribute="created_at")
    actor = fields.String(required=True, metadata={"description": "system or staff:<token name>"})
    from_kind = fields.String(allow_none=True, required=True)
    to_kind = fields.String(required=True)
    from_campaign_id = fields.Integer(allow_none=True, required=True)
    to_campaign_id = fields.Integer(allow_none=True, required=True)
    reason = fields.String(required=True)


class LabelHistorySchema(Schema):
    items = fields.List(fields.Nested(LabelEventSchema), required=True)
