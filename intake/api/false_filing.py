""" "This was filed in my name": a public report, and staff disputing a comment."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.security import PUBLIC, STAFF
from intake.auth import require_staff
from intake.models import CommentDispute
from intake.ratelimit import limit_public_posts, limit_token_posts
from intake.wiring import false_filing_service, file_false_filing_report
from schemas.disputes import DisputeCreateSchema, DisputeSchema
from schemas.false_filing import (
    FalseFilingAnswerSchema,
    FalseFilingListArgsSchema,
    FalseFilingReportCreateSchema,
    FalseFilingReportPageSchema,
)

blp = Blueprint(
    "false_filing",
    __name__,
    url_prefix="/api/v1",
    description="Reports of comments filed in someone's name without consent",
)
ANSWER = {
    "status": "received",
    "detail": (
        "Thank you. City staff will review your report. For your privacy we do not say here "
        "whether any comment was found."
    ),
}


@blp.route("/false-filing-reports")
class FalseFilingReports(MethodView):
    decorators = [limit_public_posts, limit_token_posts]

    @blp.arguments(FalseFilingReportCreateSchema)
    @blp.response(202, FalseFilingAnswerSchema)
    @blp.alt_response(429, description="Rate limited; see Retry-After")
    @blp.doc(security=PUBLIC)
    def post(self, data: dict[str, Any]) -> dict[str, str]:
        """Report a comment filed in your name without your consent (public).

        Give its receipt number or the email it was sent with. The answer is the same whether
        or not a comment was found; staff see the report with the comments it matched.
        """
        file_false_filing_report(data)
        return ANSWER

    @blp.arguments(FalseFilingListArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, FalseFilingReportPageSchema)
    @blp.doc(security=STAFF)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Every false-filing report in arrival order, with the comments it matched (staff)."""
        require_staff()
        reports, next_cursor = false_filing_service().list(args["limit"], args.get("cursor"))
        return {"items": reports, "next_cursor": next_cursor}


@blp.route("/comments/<int:comment_id>/dispute")
class CommentDisputeResource(MethodView):
    @blp.arguments(DisputeCreateSchema)
    @blp.response(200, DisputeSchema)
    @blp.alt_response(404, description="No such comment or report")
    @blp.doc(security=STAFF)
    def put(self, data: dict[str, Any], comment_id: int) -> CommentDispute:
        """Mark a comment disputed: filed in someone's name without consent (staff).

        The comment stays stored and counted; the summary counts disputed comments apart.
        """
        principal = require_staff()
        return false_filing_service().dispute(
            comment_id, data["reason"], principal.actor, data.get("report_id")
        )

    @blp.response(204)
    @blp.alt_response(404, description="The comment is not disputed")
    @blp.doc(security=STAFF)
    def delete(self, comment_id: int) -> None:
        """The comment is no longer disputed (staff)."""
        require_staff()
        false_filing_service().withdraw(comment_id)
