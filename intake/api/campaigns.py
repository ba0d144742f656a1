"""Campaigns for staff: a form letter's figures across items and its members' additions."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from intake.api.comments import submitter_view
from intake.auth import requires_staff
from intake.models import Comment
from intake.services.campaigns import CampaignDetail, CampaignListing
from intake.wiring import campaign_service
from schemas.campaigns import (
    CampaignArgsSchema,
    CampaignListArgsSchema,
    CampaignPageSchema,
    CampaignSchema,
)

blp = Blueprint("campaigns", __name__, url_prefix="/api/v1/campaigns", description="Campaigns")
STAFF: list[dict[str, list[str]]] = [{"bearerAuth": []}]


def member_view(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "item_id": comment.item_id,
        "kind": comment.kind,
        "position": comment.position,
        "received_at": comment.received_at,
        "similarity": comment.similarity,
        "personal_text": comment.personal_text,
        "submitter": submitter_view(comment.submitter),
    }


def campaign_view(detail: CampaignDetail) -> dict[str, Any]:
    campaign = detail.campaign
    return {
        "id": campaign.id,
        "representative_text": campaign.representative_text,
        "created_at": campaign.created_at,
        "merged_into": campaign.merged_into_id,
        "size": detail.size,
        "people": detail.people,
        "by_item": [{"item_id": k, "size": v} for k, v in sorted(detail.by_item.items())],
        "by_position": detail.by_position,
        "with_personal_text": detail.with_personal_text,
        "first_received_at": detail.first_received_at,
        "last_received_at": detail.last_received_at,
        "members": [member_view(c) for c in detail.members],
        "next_cursor": detail.next_cursor,
    }


def listing_view(listing: CampaignListing) -> dict[str, Any]:
    campaign = listing.campaign
    return {
        "id": campaign.id,
        "representative_text": campaign.representative_text,
        "created_at": campaign.created_at,
        "merged_into": campaign.merged_into_id,
        "comments": listing.comments,
        "people": listing.people,
        "by_item": [
            {"item_id": item_id, "comments": n, "people": p}
            for item_id, (n, p) in sorted(listing.by_item.items())
        ],
    }


@blp.route("")
class CampaignCollection(MethodView):
    @requires_staff
    @blp.arguments(CampaignListArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, CampaignPageSchema)
    @blp.doc(security=STAFF)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Every campaign, across items or on one (``item_id``), with its comments and the
        distinct people who sent them counted apart (staff)."""
        page, next_cursor = campaign_service().page(
            args["limit"], args.get("cursor"), args.get("item_id")
        )
        return {"items": [listing_view(c) for c in page], "next_cursor": next_cursor}


@blp.route("/<int:campaign_id>")
class CampaignResource(MethodView):
    @requires_staff
    @blp.arguments(CampaignArgsSchema, location="query", unknown=RAISE)
    @blp.response(200, CampaignSchema)
    @blp.alt_response(404, description="No such campaign")
    @blp.doc(security=STAFF)
    def get(self, args: dict[str, Any], campaign_id: int) -> dict[str, Any]:
        """A campaign's text, size per item, positions and a page of its members (staff)."""
        detail = campaign_service().detail(
            campaign_id, args["limit"], args.get("cursor"), args.get("has_personal_text")
        )
        return campaign_view(detail)
