"""Staff documents for one item: the CSV export and the printable HTML report.

Both are plain responses, not JSON. The CSV body is a generator iterated after the request's
session is closed (the export service opens its own). The report is rendered by Jinja2 with
autoescaping, so a comment holding markup shows as text, and is sent with a Content-Security-
Policy that allows nothing but its own nonce-tagged stylesheet: no scripts, no remote assets.
"""

from __future__ import annotations

import secrets
from typing import Any

from flask import Response, render_template
from flask.views import MethodView
from flask_smorest import Blueprint

from intake.auth import require_staff, requires_staff
from intake.services.export import ItemReport
from intake.services.summary import KIND_KEYS, POSITION_KEYS
from intake.wiring import export_service, item_service, report_service
from schemas.summary import ReportArgsSchema

blp = Blueprint("reports", __name__, url_prefix="/api/v1", description="Exports and reports")
STAFF: list[dict[str, list[str]]] = [{"bearerAuth": []}]
BAR_WIDTH = 300


def text_body(content_type: str, description: str) -> dict[str, Any]:
    """Document a 200 whose body is text, not a JSON document with a schema."""
    content = {content_type: {"schema": {"type": "string"}}}
    return {"200": {"description": description, "content": content}}


def security_headers(nonce: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": (
            f"default-src 'none'; style-src 'nonce-{nonce}'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'"
        ),
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def bars(counts: dict[str, int], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows of a horizontal bar chart, scaled to the largest count (drawn as SVG, no script)."""
    largest = max((counts[k] for k in keys), default=0) or 1
    return [
        {
            "label": k.replace("_", " "),
            "count": counts[k],
            "width": BAR_WIDTH * counts[k] // largest,
        }
        for k in keys
    ]


def report_page(report: ItemReport, nonce: str) -> str:
    summary = report.summary
    return render_template(
        "report.html",
        report=report,
        summary=summary,
        nonce=nonce,
        position_bars=bars(summary.by_position, POSITION_KEYS),
        kind_bars=bars(summary.by_kind, KIND_KEYS),
        bar_width=BAR_WIDTH,
    )


@blp.route("/agenda-items/<item_id:item_id>/comments.csv")
class ItemCommentExport(MethodView):
    @blp.response(200, content_type="text/csv")
    @blp.alt_response(404, description="No such item")
    @blp.doc(security=STAFF, responses=text_body("text/csv", "Every comment, one row each"))
    def get(self, item_id: str) -> Response:
        """Every comment on an item with submitter, label and personal text, as CSV (staff)."""
        require_staff()
        item = item_service().get(item_id)
        chunks = export_service().csv_chunks(item.id)
        return Response(
            chunks,
            mimetype="text/csv",
            headers={
                "Content-Disposition": f'attachment; filename="{item.id}-comments.csv"',
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "no-store",
            },
        )


@blp.route("/agenda-items/<item_id:item_id>/report")
class ItemReportPage(MethodView):
    @requires_staff
    @blp.arguments(ReportArgsSchema, location="query")
    @blp.response(200, content_type="text/html")
    @blp.alt_response(404, description="No such item")
    @blp.doc(security=STAFF, responses=text_body("text/html", "A printable page"))
    def get(self, args: dict[str, Any], item_id: str) -> Response:
        """The item's summary as a printable page for the council packet (staff)."""
        report = report_service().report(item_id, names=args["names"])
        nonce = secrets.token_urlsafe(16)
        return Response(
            report_page(report, nonce), mimetype="text/html", headers=security_headers(nonce)
        )
