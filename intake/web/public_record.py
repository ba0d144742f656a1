"""The public record as pages: an item's published comments, and a campaign's additions.

The same :class:`intake.services.record.RecordService` as ``GET /api/v1/agenda-items/{id}/record``,
so the page and the API cannot show different things: nothing before staff publish (a 404 page),
the item as it stood at publication, campaigns collapsed, names only under
``INTAKE_PUBLIC_RECORD_NAMES=name``, no e-mail, address or postal code.
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from intake.web import pages
from intake.web.pages import html
from intake.wiring import record_service

bp = Blueprint("public_record", __name__)
pages.install(bp)  # once, at import: a blueprint is shared by every app
PAGE_SIZE = 50


@bp.get("/items/<item_id:item_id>/record")
def record(item_id: str) -> Response:
    """The published comments on an item, fifty entries a page."""
    page = record_service().page(item_id, PAGE_SIZE, request.args.get("cursor"))
    return html(render_template("web/public/record.html", page=page))


@bp.get("/items/<item_id:item_id>/record/campaigns/<int:campaign_id>")
def campaign(item_id: str, campaign_id: int) -> Response:
    """A campaign in the record: its template, then what each member added of their own."""
    page = record_service().additions(item_id, campaign_id, PAGE_SIZE, request.args.get("cursor"))
    return html(render_template("web/public/record_campaign.html", page=page))
