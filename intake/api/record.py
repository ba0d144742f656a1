"""The public record of an item's comments (public, once published) and staff's say over it:
the published switch, holding a comment back, and the audit of both.

What the record shows and why it is no participation oracle is in
:mod:`intake.services.record`; the views only parse, call it and serialise.
"""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.operations import staff_operation
from intake.api.security import PUBLIC, STAFF
from intake.auth import current_principal, requires_staff
from intake.models import CommentHold
from intake.services.record import AdditionsPage, PublicationState, RecordPage
from intake.wiring import record_service
from schemas.record import (
    AuditEventPageSchema,
    HoldCreateSchema,
    HoldSchema,
    PublicationChangeSchema,
    PublicationSchema,
    RecordArgsSchema,
    RecordCampaignSchema,
    RecordPageSchema,
)

blp = Blueprint(
    "record", __name__, url_prefix="/api/v1", description="The public record of comments"
)
NO_RECORD = "No such item, or its comments have not been published"


def actor() -> str:
    return current_principal().actor


@blp.route("/agenda-items/<item_id:item_id>/record")
class PublicRecord(MethodView):
    @blp.arguments(RecordArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, RecordPageSchema)
    @blp.alt_response(404, description=NO_RECORD)
    @blp.doc(security=PUBLIC)
    def get(self, args: dict[str, Any], item_id: str) -> tuple[RecordPage, int, dict[str, str]]:
        """The published comments on an item, in order of arrival (public).

        Each campaign is one entry (its public template, its count and a link to its members'
        own additions); spam, duplicates, disputed comments and those staff held back are left
        out; no e-mail, address or postal code, and names only where the city publishes them.
        The record is the item as it stood at publication (``as_of``): comments sent later show
        only when staff publish again.
        """
        page = record_service().page(item_id, args["limit"], args.get("cursor"))
        return page, 200, {"Cache-Control": "public, max-age=60"}


@blp.route("/agenda-items/<item_id:item_id>/record/campaigns/<int:campaign_id>")
class RecordCampaign(MethodView):
    @blp.arguments(RecordArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, RecordCampaignSchema)
    @blp.alt_response(404, description="Not in the published record")
    @blp.doc(security=PUBLIC)
    def get(self, args: dict[str, Any], item_id: str, campaign_id: int) -> AdditionsPage:
        """A campaign in the published record: its template and what each member added
        of their own, in order of arrival (public)."""
        return record_service().additions(item_id, campaign_id, args["limit"], args.get("cursor"))


@blp.route("/agenda-items/<item_id:item_id>/publication")
class Publication(MethodView):
    @staff_operation(blp, PublicationSchema, missing="No such item")
    def get(self, item_id: str) -> PublicationState:
        """Whether the item's comments are published, since when and as of when (staff)."""
        return PublicationState(item_id, record_service().publication(item_id))

    @staff_operation(
        blp, PublicationSchema, arguments=PublicationChangeSchema, missing="No such item"
    )
    def put(self, data: dict[str, Any], item_id: str) -> PublicationState:
        """Publish the item's comments as its public record, as it stands now, or withdraw
        them (staff; each is an audit event)."""
        service = record_service()
        if data["published"]:
            return PublicationState(item_id, service.publish(item_id, actor()))
        service.withdraw(item_id, actor())
        return PublicationState(item_id, None)


@blp.route("/agenda-items/<item_id:item_id>/audit-events")
class AuditEvents(MethodView):
    @staff_operation(
        blp,
        AuditEventPageSchema,
        arguments=RecordArgsSchema,
        location="query",
        unknown=RAISE,
        missing="No such item",
    )
    def get(self, args: dict[str, Any], item_id: str) -> dict[str, Any]:
        """Who published or withdrew the item's record, and held comments back or released
        them, and why; newest first (staff)."""
        events, next_cursor = record_service().events(item_id, args["limit"], args.get("cursor"))
        return {"items": events, "next_cursor": next_cursor}


@blp.route("/comments/<int:comment_id>/hold")
class CommentHoldResource(MethodView):
    @staff_operation(blp, HoldSchema, arguments=HoldCreateSchema, missing="No such comment")
    def put(self, data: dict[str, Any], comment_id: int) -> CommentHold:
        """Hold a comment back from the public record, with a reason (staff; audited).

        It stays stored, labelled and counted everywhere else.
        """
        return record_service().hold(comment_id, data["reason"], actor())

    @requires_staff
    @blp.response(204)
    @blp.alt_response(404, description="The comment is not held back")
    @blp.doc(security=STAFF)
    def delete(self, comment_id: int) -> None:
        """Release a held comment back into the public record (staff; audited)."""
        record_service().release(comment_id, actor())
