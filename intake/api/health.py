"""Liveness and readiness probes for load balancers and orchestrators."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint
from sqlalchemy import text

from intake.db import get_session
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
    @blp.alt_response(503, description="The database is unreachable")
    def get(self) -> dict[str, Any]:
        """The service can reach its database and take comments."""
        get_session().execute(text("SELECT 1"))
        return {"status": "ok"}
