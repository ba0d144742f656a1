"""Comments: anyone may submit one; staff read whole records."""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.idempotency import HEADER_DOC as IDEMPOTENCY_HEADER_DOC
from intake.api.idempotency import has_idempotency_key, idempotent
from intake.auth import current_principal, require_staff, requires_staff
from intake.models import Attachment, Comment, CommentDispute, CommentHold, Submitter
from intake.ratelimit import POST_LIMITS
from intake.services.comments import CommentFilters, Submission
from intake.services.labels import LabelChange
from intake.uploads import REQUEST_BODY_DOC, CommentPartParser, with_attachments
from intake.wiring import comment_service, label_service, submission_context, submit_comment
from schemas.comments import (
    CommentCreateSchema,
    CommentListArgsSchema,
    CommentPageSchema,
    CommentRecordSchema,
    CommentSearchArgsSchema,
    LabelChangeSchema,
    LabelHistorySchema,
    ReceiptSchema,
)

blp = Blueprint("comments", __name__, url_prefix="/api/v1", description="Public comments")
blp.ARGUMENTS_PARSER = CommentPartParser()
STAFF: list[dict[str, list[str]]] = [{"bearerAuth": []}]
PUBLIC_OR_TOKEN: list[dict[str, list[str]]] = [{}, {"bearerAuth": []}]


def receipt_view(comment: Comment) -> dict[str, Any]:
    """The receipt: enough to cite the comment, nothing about how it was labelled."""
    return {
        "id": comment.id,
        "item_id": comment.item_id,
        "received_at": comment.received_at,
        "status": "received",
    }


def label_view(comment: Comment) -> dict[str, Any] | None:
    if comment.kind is None:
        return None
    return {
        "kind": comment.kind,
        "campaign_id": comment.campaign_id,
        "similarity": comment.similarity,
        "duplicate_of": comment.duplicate_of_id,
        "personal_text": comment.personal_text,
        "spam_score": comment.spam_score,
        "reasons": list(comment.reasons or []),
        "decided_by": comment.decided_by or "system",
    }


def submitter_view(submitter: Submitter) -> dict[str, Any]:
    """Who sent a comment: personal data, for staff responses only."""
    return {
        "name": submitter.name,
        "email": submitter.email,
        "postal_code": submitter.postal_code,
        "address": submitter.address,
        "organization": submitter.organization,
    }


def record_view(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "item_id": comment.item_id,
        "body": comment.body,
        "position": comment.position,
        "submitter": submitter_view(comment.submitter),
        "received_at": comment.received_at,
        "source": comment.source,
        "signatures": comment.signatures,
        "label": label_view(comment),
        "attachments": [attachment_view(a) for a in comment.attachments],
        "disputed": dispute_view(comment.dispute),
        "held_back": hold_view(comment.hold),
    }


def hold_view(hold: CommentHold | None) -> dict[str, Any] | None:
    """Set while staff hold the comment back from the public record."""
    if hold is None:
        return None
    return {"held_at": hold.held_at, "actor": hold.actor, "reason": hold.reason}


def dispute_view(dispute: CommentDispute | None) -> dict[str, Any] | None:
    if dispute is None:
        return None
    return {
        "disputed_at": dispute.disputed_at,
        "actor": dispute.actor,
        "reason": dispute.reason,
        "report_id": dispute.report_id,
    }


def attachment_view(attachment: Attachment) -> dict[str, Any]:
    """What staff see of a file: never its bytes (those are a download of their own)."""
    return {
        "position": attachment.position,
        "filename": attachment.filename,
        "media_type": attachment.media_type,
        "size_bytes": attachment.size_bytes,
        "sha256": attachment.sha256,
        "text_status": attachment.text_status,
        "text_note": attachment.text_note,
        "text_chars": attachment.text_chars,
        "url": url_for(
            "attachments.AttachmentFile",
            comment_id=attachment.comment_id,
            position=attachment.position,
        ),
    }


@blp.route("/agenda-items/<item_id:item_id>/comments")
class ItemCommentCollection(MethodView):
    decorators = POST_LIMITS

    @idempotent
    @blp.arguments(CommentCreateSchema)
    @blp.response(201, ReceiptSchema)
    @blp.alt_response(404, description="No such item")
    @blp.alt_response(409, description="The item's comment window is not open")
    @blp.alt_response(413, description="The request is larger than the configured limit")
    @blp.alt_response(429, description="Rate limited; see Retry-After")
    @blp.doc(
        security=PUBLIC_OR_TOKEN,
        parameters=[IDEMPOTENCY_HEADER_DOC],
        requestBody=REQUEST_BODY_DOC,
    )
    def post(
        self, data: dict[str, Any], item_id: str
    ) -> tuple[dict[str, Any], int, dict[str, str]]:
        """Submit a comment (public, or an integration token). Returns a receipt.

        Send JSON, or a ``multipart/form-data`` form with the same JSON as its ``comment`` part
        and up to three files as ``attachments`` parts (PDF, DOCX or UTF-8 text). The files'
        text is read and labelled with the body; they are stored with the comment and served
        to staff only.
        """
        data = with_attachments(data)
        submission = Submission(item_id, data, submission_context())
        comment = submit_comment(submission, own_transaction=has_idempotency_key())
        location = url_for("comments.CommentResource", comment_id=comment.id)
        return receipt_view(comment), 201, {"Location": location}

    @requires_staff
    @blp.arguments(CommentListArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, CommentPageSchema)
    @blp.alt_response(404, description="No such item")
    @blp.doc(security=STAFF)
    def get(self, args: dict[str, Any], item_id: str) -> dict[str, Any]:
        """List an item's comments in arrival order, with filters (staff)."""
        comments, next_cursor = comment_service().list(
            item_id, filters_from(args), args["limit"], args.get("cursor")
        )
        return {"items": [record_view(c) for c in comments], "next_cursor": next_cursor}


def filters_from(args: dict[str, Any]) -> CommentFilters:
    return CommentFilters(
        kind=args.get("kind"),
        campaign_id=args.get("campaign_id"),
        position=args.get("position"),
        since=args.get("since"),
        until=args.get("until"),
        q=args.get("q"),
        has_personal_text=args.get("has_personal_text"),
    )


@blp.route("/comments")
class CommentSearch(MethodView):
    @requires_staff
    @blp.arguments(CommentSearchArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, CommentPageSchema)
    @blp.doc(security=STAFF)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Search comments across agenda items by text (``q``) and label (``kind``), with the
        item list's other filters, in arrival order (staff)."""
        comments, next_cursor = comment_service().search(
            filters_from(args), args["limit"], args.get("cursor"), args.get("item_id")
        )
        return {"items": [record_view(c) for c in comments], "next_cursor": next_cursor}


@blp.route("/comments/<int:comment_id>")
class CommentResource(MethodView):
    @blp.response(200, CommentRecordSchema)
    @blp.alt_response(404, description="No such comment")
    @blp.doc(security=STAFF)
    def get(self, comment_id: int) -> dict[str, Any]:
        """Read a whole comment record with its label (staff)."""
        require_staff()
        return record_view(comment_service().get(comment_id))


@blp.route("/comments/<int:comment_id>/label")
class CommentLabel(MethodView):
    @requires_staff
    @blp.arguments(LabelChangeSchema)
    @blp.response(200, CommentRecordSchema)
    @blp.alt_response(404, description="No such comment")
    @blp.doc(security=STAFF)
    def patch(self, data: dict[str, Any], comment_id: int) -> dict[str, Any]:
        """Change a comment's label (staff), with a reason. The system never overrides it."""
        principal = current_principal()
        change = LabelChange(
            kind=data["kind"],
            reason=data["reason"],
            campaign_id=data.get("campaign_id"),
            duplicate_of=data.get("duplicate_of"),
        )
        label_service().change(comment_id, change, actor=f"staff:{principal.name}")
        return record_view(comment_service().get(comment_id))


@blp.route("/comments/<int:comment_id>/history")
class CommentHistory(MethodView):
    @blp.response(200, LabelHistorySchema)
    @blp.alt_response(404, description="No such comment")
    @blp.doc(security=STAFF)
    def get(self, comment_id: int) -> dict[str, Any]:
        """Every label change of a comment, oldest first: who, when, from, to and why (staff)."""
        require_staff()
        events = label_service().history(comment_id)
        return {
            "items": [
                {
                    "at": e.created_at,
                    "actor": e.actor,
                    "from_kind": e.from_kind,
                    "to_kind": e.to_kind,
                    "from_campaign_id": e.from_campaign_id,
                    "to_campaign_id": e.to_campaign_id,
                    "reason": e.reason,
                }
                for e in events
            ]
        }
