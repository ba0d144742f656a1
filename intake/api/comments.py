"""Comments: anyone may submit one; staff read whole records.

The views return the models; the response schemas (``schemas.comments``) shape them.
"""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.idempotency import has_idempotency_key
from intake.api.operations import staff_operation
from intake.api.posting import comment_post
from intake.api.security import PUBLIC_OR_TOKEN, STAFF
from intake.auth import current_principal, require_staff
from intake.models import Comment
from intake.ratelimit import POST_LIMITS
from intake.services.comments import CommentFilters, Stored, Submission
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


@blp.route("/agenda-items/<item_id:item_id>/comments")
class ItemCommentCollection(MethodView):
    decorators = POST_LIMITS

    @comment_post(
        blp,
        CommentCreateSchema,
        201,
        ReceiptSchema,
        security=PUBLIC_OR_TOKEN,
        request_body=REQUEST_BODY_DOC,
    )
    def post(self, data: dict[str, Any], item_id: str) -> tuple[Stored, int, dict[str, str]]:
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
        return comment, 201, {"Location": location}

    @staff_operation(
        blp,
        CommentPageSchema,
        arguments=CommentListArgsSchema,
        location="query",
        unknown=RAISE,
        missing="No such item",
    )
    def get(self, args: dict[str, Any], item_id: str) -> dict[str, Any]:
        """List an item's comments in arrival order, with filters (staff)."""
        comments, next_cursor = comment_service().list(
            item_id, CommentFilters.from_args(args), args["limit"], args.get("cursor")
        )
        return {"items": comments, "next_cursor": next_cursor}


@blp.route("/comments")
class CommentSearch(MethodView):
    @staff_operation(
        blp, CommentPageSchema, arguments=CommentSearchArgsSchema, location="query", unknown=RAISE
    )
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Search comments across agenda items by text (``q``) and label (``kind``), with the
        item list's other filters, in arrival order (staff)."""
        comments, next_cursor = comment_service().search(
            CommentFilters.from_args(args), args["limit"], args.get("cursor"), args.get("item_id")
        )
        return {"items": comments, "next_cursor": next_cursor}


@blp.route("/comments/<int:comment_id>")
class CommentResource(MethodView):
    @blp.response(200, CommentRecordSchema)
    @blp.alt_response(404, description="No such comment")
    @blp.doc(security=STAFF)
    def get(self, comment_id: int) -> Comment:
        """Read a whole comment record with its label (staff)."""
        require_staff()
        return comment_service().get(comment_id)


@blp.route("/comments/<int:comment_id>/label")
class CommentLabel(MethodView):
    @staff_operation(
        blp, CommentRecordSchema, arguments=LabelChangeSchema, missing="No such comment"
    )
    def patch(self, data: dict[str, Any], comment_id: int) -> Comment:
        """Change a comment's label (staff), with a reason. The system never overrides it."""
        change = LabelChange.from_args(data)
        label_service().change(comment_id, change, actor=current_principal().actor)
        return comment_service().get(comment_id)


@blp.route("/comments/<int:comment_id>/history")
class CommentHistory(MethodView):
    @blp.response(200, LabelHistorySchema)
    @blp.alt_response(404, description="No such comment")
    @blp.doc(security=STAFF)
    def get(self, comment_id: int) -> dict[str, Any]:
        """Every label change of a comment, oldest first: who, when, from, to and why (staff)."""
        require_staff()
        return {"items": label_service().history(comment_id)}
