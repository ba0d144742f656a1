"""An agenda item's summary: staff see it live, the public as it stood at the last boundary.

The public figures are those of :func:`intake.services.summary.published_cutoff` and leave out the
split by label: watching live figures, or the label counts, would tell a sender how their own
comment was labelled, or whether someone whose email they used had commented before
(docs/operations.md, "What the public summary shows"). The public figures are computed once
per item and boundary and stored (:meth:`intake.services.summary.SummaryService.published`), so
every later public request in the interval, on any worker, reads one row. Staff and admin
tokens get the live figures with every split.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import missing

from intake.api.security import PUBLIC_OR_STAFF
from intake.api.shaping import With
from intake.auth import current_principal
from intake.services.summary import ItemSummary, published_cutoff
from intake.wiring import clock, settings, summary_service
from schemas.summary import ItemSummarySchema

blp = Blueprint("summaries", __name__, url_prefix="/api/v1", description="Item summaries")


def published(summary: ItemSummary) -> With:
    """The public's figures: no split by label, in totals or in the timeline."""
    timeline = [{"hour": b["hour"], "total": b["total"]} for b in summary.timeline]
    return With(summary, by_kind=missing, timeline=timeline)


def _seconds_until_next(cutoff: datetime, interval: timedelta, now: datetime) -> int:
    return max(1, int((cutoff + interval - now).total_seconds()))


@blp.route("/agenda-items/<item_id:item_id>/summary")
class ItemSummaryResource(MethodView):
    @blp.response(200, ItemSummarySchema)
    @blp.alt_response(404, description="No such item")
    @blp.doc(security=PUBLIC_OR_STAFF)
    def get(self, item_id: str) -> tuple[ItemSummary | With, int, dict[str, str]]:
        """What came in on an item: counts, campaigns, positions, an hourly timeline.

        Public: as it stood at the last multiple of ``INTAKE_PUBLIC_SUMMARY_INTERVAL_SECONDS``
        (``as_of``), without the split by label. Staff and admin tokens: live, with every split.
        """
        if current_principal().is_staff:
            live = summary_service().summarise(item_id)
            return live, 200, {"Cache-Control": "private, no-store"}
        now = clock()()
        interval = timedelta(seconds=settings().public_summary_interval_seconds)
        cutoff = published_cutoff(now, interval)
        summary = summary_service().published(item_id, cutoff)
        max_age = _seconds_until_next(cutoff, interval, now)
        return published(summary), 200, {"Cache-Control": f"public, max-age={max_age}"}
