"""Campaigns for staff: a form letter's figures across items and its members' additions."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.operations import staff_operation
from intake.services.campaigns import CampaignDetail
from intake.wiring import campaign_service
from schemas.campaigns import (
    CampaignArgsSchema,
    CampaignListArgsSchema,
    CampaignPageSchema,
    CampaignSchema,
)

blp = Blueprint("campaigns", __name__, url_prefix="/api/v1/campaigns", description="Campaigns")


@blp.route("")
class CampaignCollection(MethodView):
    @staff_operation(
        blp, CampaignPageSchema, arguments=CampaignListArgsSchema, location="query", unknown=RAISE
    )
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Every campaign, across items or on one (``item_id``), with its comments and the
        distinct people who sent them counted apart (staff)."""
        page, next_cursor = campaign_service().page(
            args["limit"], args.get("cursor"), args.get("item_id")
        )
        return {"items": page, "next_cursor": next_cursor}


@blp.route("/<int:campaign_id>")
class CampaignResource(MethodView):
    @staff_operation(
        blp,
        CampaignSchema,
        arguments=CampaignArgsSchema,
        location="query",
        unknown=RAISE,
        missing="No such campaign",
    )
    def get(self, args: dict[str, Any], campaign_id: int) -> CampaignDetail:
        """A campaign's text, size per item, positions and a page of its members (staff)."""
        return campaign_service().detail(
            campaign_id, args["limit"], args.get("cursor"), args.get("has_personal_text")
        )
