"""An agenda item's summary: public figures, no personal data (see intake.services.summary)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from intake.api.deps import summary_service
from intake.services.summary import ItemSummary
from schemas.summary import ItemSummarySchema

blp = Blueprint("summaries", __name__, url_prefix="/api/v1", description="Item summaries")


def summary_view(summary: ItemSummary) -> dict[str, Any]:
    return asdict(summary)


@blp.route("/agenda-items/<item_id:item_id>/summary")
class ItemSummaryResource(MethodView):
    @blp.response(200, ItemSummarySchema)
    @blp.alt_response(404, description="No such item")
    def get(self, item_id: str) -> dict[str, Any]:
        """What came in on an item (public): counts, campaigns, positions, an hourly timeline."""
        return summary_view(summary_service().summarise(item_id))
