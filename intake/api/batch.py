"""``POST .../comments/batch``: many comments from a campaign tool or staff in one request."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from intake.api.posting import comment_post
from intake.api.security import TOKEN
from intake.auth import requires
from intake.errors import flatten_errors
from intake.problems import problem_body
from intake.ratelimit import POST_LIMITS
from intake.services.batch import BatchService, EntryOutcome
from intake.uploads import DecodedOnceParser
from intake.wiring import (
    comment_service,
    hold_for_labeller,
    label_queue,
    settings,
    submission_context,
)
from schemas.batch import BatchCreateSchema, BatchResultSchema

blp = Blueprint("batches", __name__, url_prefix="/api/v1", description="Batch intake")
blp.ARGUMENTS_PARSER = DecodedOnceParser()


def outcome_view(outcome: EntryOutcome) -> dict[str, Any]:
    if outcome.comment is not None:
        return {"index": outcome.index, "status": 201, "receipt": outcome.comment}
    errors = flatten_errors(outcome.errors or {})
    problem = problem_body(422, "", slug="validation-error", errors=errors)
    return {"index": outcome.index, "status": 422, "problem": problem}


@blp.route("/agenda-items/<item_id:item_id>/comments/batch")
class CommentBatch(MethodView):
    decorators = POST_LIMITS

    @requires("integration", "staff", "admin")
    @comment_post(blp, BatchCreateSchema, 200, BatchResultSchema, security=TOKEN)
    def post(self, data: dict[str, Any], item_id: str) -> dict[str, Any]:
        """Submit up to INTAKE_BATCH_MAX_COMMENTS comments (integration or staff token).

        Each entry is validated on its own; valid entries are stored even when others fail.
        The response lists every entry in order with its receipt or its problem.
        """
        labelled_here = label_queue() is None  # else the label queue labels them, in order
        service = BatchService(
            comment_service(labelled=labelled_here), settings().batch_max_comments
        )
        outcomes = service.submit(item_id, data["comments"], submission_context())
        created = sum(1 for o in outcomes if o.comment is not None)
        if created:
            hold_for_labeller(item_id)
        return {
            "created": created,
            "failed": len(outcomes) - created,
            "results": [outcome_view(o) for o in outcomes],
        }
