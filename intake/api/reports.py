"""Staff documents for one item: the CSV export and the printable HTML report.

Both are plain responses, not JSON. The CSV body is a generator iterated after the request's
session is closed (the export service opens its own). The report is rendered by Jinja2 with
autoescaping, so a comment holding markup shows as text, and is sent with a Content-Security-
Policy that allows nothing but its own nonce-tagged stylesheet: no scripts, no remote assets.
"""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.security import STAFF
from intake.auth import require_staff, requires_staff
from intake.downloads import download, report_response
from schemas.summary import ReportArgsSchema

blp = Blueprint("reports", __name__, url_prefix="/api/v1", description="Exports and reports")


def text_body(content_type: str, description: str) -> dict[str, Any]:
    """Document a 200 whose body is text, not a JSON document with a schema."""
    content = {content_type: {"schema": {"type": "string"}}}
    return {"200": {"description": description, "content": content}}


@blp.route("/agenda-items/<item_id:item_id>/comments.csv")
class ItemCommentExport(MethodView):
    @blp.response(200, content_type="text/csv")
    @blp.alt_response(404, description="No such item")
    @blp.doc(security=STAFF, responses=text_body("text/csv", "Every comment, one row each"))
    def get(self, item_id: str) -> Response:
        """Every comment on an item with submitter, label and personal text, as CSV (staff)."""
        require_staff()
        return download(item_id, "csv")


@blp.route("/agenda-items/<item_id:item_id>/comments.jsonl")
class ItemCommentJsonLines(MethodView):
    @blp.response(200, content_type="application/jsonl")
    @blp.alt_response(404, description="No such item")
    @blp.doc(
        security=STAFF,
        responses=text_body("application/jsonl", "Every comment, one JSON object a line"),
    )
    def get(self, item_id: str) -> Response:
        """Every comment on an item as JSON Lines, with the CSV's fields (staff)."""
        require_staff()
        return download(item_id, "jsonl")


@blp.route("/agenda-items/<item_id:item_id>/report")
class ItemReportPage(MethodView):
    @requires_staff
    @blp.arguments(ReportArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, content_type="text/html")
    @blp.alt_response(404, description="No such item")
    @blp.doc(security=STAFF, responses=text_body("text/html", "A printable page"))
    def get(self, args: dict[str, Any], item_id: str) -> Response:
        """The item's summary as a printable page for the council packet (staff)."""
        return report_response(item_id, names=args["names"])
