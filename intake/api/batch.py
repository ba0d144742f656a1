"""``POST .../comments/batch``: many comments from a campaign tool or staff in one request."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from intake.api.comments import receipt_view
from intake.api.idempotency import HEADER_DOC as IDEMPOTENCY_HEADER_DOC
from intake.api.idempotency import idempotent
from intake.auth import requires
from intake.errors import flatten_errors
from intake.problem_types import BY_SLUG
from intake.problems import problem_type
from intake.ratelimit import POST_LIMITS
from intake.services.batch import BatchService, EntryOutcome
from intake.wiring import comment_service, settings, submission_context
from schemas.batch import BatchCreateSchema, BatchResultSchema

blp = Blueprint("batches", __name__, url_prefix="/api/v1", description="Batch intake")
TOKEN: list[dict[str, list[str]]] = [{"bearerAuth": []}]


def outcome_view(outcome: EntryOutcome) -> dict[str, Any]:
    if outcome.comment is not None:
        return {"index": outcome.index, "status": 201, "receipt": receipt_view(outcome.comment)}
    return {
        "index": outcome.index,
        "status": 422,
        "problem": {
            "type": problem_type("validation-error"),
            "title": BY_SLUG["validation-error"].title,
            "status": 422,
            "errors": flatten_errors(outcome.errors or {}),
        },
    }


@blp.route("/agenda-items/<item_id:item_id>/comments/batch")
class CommentBatch(MethodView):
    decorators = POST_LIMITS

    @requires("integration", "staff", "admin")
    @idempotent
    @blp.arguments(BatchCreateSchema)
    @blp.response(200, BatchResultSchema)
    @blp.alt_response(404, description="No such item")
    @blp.alt_response(409, description="The item's comment window is not open")
    @blp.alt_response(429, description="Rate limited; see Retry-After")
    @blp.doc(security=TOKEN, parameters=[IDEMPOTENCY_HEADER_DOC])
    def post(self, data: dict[str, Any], item_id: str) -> dict[str, Any]:
        """Submit up to INTAKE_BATCH_MAX_COMMENTS comments (integration or staff token).

        Each entry is validated on its own; valid entries are stored even when others fail.
        The response lists every entry in order with its receipt or its problem.
        """
        service = BatchService(comment_service(), settings().batch_max_comments)
        outcomes = service.submit(item_id, data["comments"], submission_context())
        created = sum(1 for o in outcomes if o.comment is not None)
        return {
            "created": created,
            "failed": len(outcomes) - created,
            "results": [outcome_view(o) for o in outcomes],
        }
