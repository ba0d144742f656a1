"""Agenda items: public to read, staff to create and change."""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.operations import staff_operation
from intake.api.security import STAFF
from intake.api.shaping import With
from intake.auth import requires_staff
from intake.models import AgendaItem
from intake.services.items import CommentWindow
from intake.wiring import clock, item_service
from schemas.agenda_items import (
    AgendaItemCreateSchema,
    AgendaItemListArgsSchema,
    AgendaItemPageSchema,
    AgendaItemSchema,
    AgendaItemUpdateSchema,
)

blp = Blueprint(
    "agenda-items", __name__, url_prefix="/api/v1/agenda-items", description="Agenda items"
)


def shaped(item: AgendaItem) -> With:
    """The item with whether it takes comments now, by the app's clock."""
    return With(item, accepting_comments=CommentWindow.of(item).accepting(clock()()))


@blp.route("")
class AgendaItemCollection(MethodView):
    @blp.arguments(AgendaItemListArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, AgendaItemPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """List agenda items (public), by file number."""
        items, next_cursor = item_service().list(args["limit"], args.get("cursor"))
        return {"items": [shaped(i) for i in items], "next_cursor": next_cursor}

    @requires_staff
    @blp.arguments(AgendaItemCreateSchema)
    @blp.response(201, AgendaItemSchema)
    @blp.alt_response(409, description="An item with this id exists")
    @blp.doc(security=STAFF)
    def post(self, data: dict[str, Any]) -> tuple[With, int, dict[str, str]]:
        """Create an agenda item (staff)."""
        item = item_service().create(data)
        location = url_for("agenda-items.AgendaItemResource", item_id=item.id)
        return shaped(item), 201, {"Location": location}


@blp.route("/<item_id:item_id>")
class AgendaItemResource(MethodView):
    @blp.response(200, AgendaItemSchema)
    @blp.alt_response(404, description="No such item")
    def get(self, item_id: str) -> With:
        """Read one agenda item (public)."""
        return shaped(item_service().get(item_id))

    @staff_operation(
        blp, AgendaItemSchema, arguments=AgendaItemUpdateSchema, missing="No such item"
    )
    def patch(self, changes: dict[str, Any], item_id: str) -> With:
        """Change an agenda item's title, body or comment window (staff)."""
        return shaped(item_service().update(item_id, changes))
