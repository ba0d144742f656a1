"""Liveness and readiness probes for load balancers and orchestrators."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint
from sqlalchemy import text

from intake.db import get_session
from intake.errors import DependencyDown
from intake.ratelimit import redis_reachable
from schemas.common import StatusSchema

blp = Blueprint("health", __name__, description="Health checks")


@blp.route("/healthz")
class Health(MethodView):
    @blp.response(200, StatusSchema)
    def get(self) -> dict[str, Any]:
        """The process is up (it does not look at the database)."""
        return {"status": "ok"}


@blp.route("/readyz")
class Ready(MethodView):
    @blp.response(200, StatusSchema)
    @blp.alt_response(503, description="The database, or the configured Redis, is unreachable")
    def get(self) -> dict[str, Any]:
        """The service can reach its database (and Redis, when configured) and take comments.

        Without Redis comments are still taken, but rate limits are counted by each process
        alone; readiness says so, so the outage is seen and alerted on rather than absorbed.
        """
        get_session().execute(text("SELECT 1"))
        if redis_reachable(current_app) is False:
            raise DependencyDown(
                "Redis (INTAKE_REDIS_URL, the shared rate-limit counters) is not reachable; "
                "each process is counting rate limits alone."
            )
        return {"status": "ok"}
