"""API tokens over HTTP, for admins: create (shown once), list, revoke."""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from intake import wiring
from intake.api.security import ADMIN
from intake.api.shaping import With
from intake.auth import require_roles, requires
from intake.models import ApiToken
from intake.services.tokens import TokenService
from schemas.tokens import TokenCreatedSchema, TokenCreateSchema, TokenListSchema, TokenSchema

blp = Blueprint("tokens", __name__, url_prefix="/api/v1/tokens", description="API tokens (admin)")


def token_service() -> TokenService:
    return wiring.token_service()


@blp.route("")
class TokenCollection(MethodView):
    @blp.response(200, TokenListSchema)
    @blp.doc(security=ADMIN)
    def get(self) -> dict[str, Any]:
        """List tokens (admin). Secrets are never listed."""
        require_roles("admin")
        return {"items": token_service().list()}

    @requires("admin")
    @blp.arguments(TokenCreateSchema)
    @blp.response(201, TokenCreatedSchema)
    @blp.alt_response(409, description="A token with this name exists")
    @blp.doc(security=ADMIN)
    def post(self, data: dict[str, Any]) -> tuple[With, int, dict[str, str]]:
        """Create a token (admin). The secret is in this response and nowhere else, ever."""
        token, secret = token_service().create(data["name"], data["role"], data.get("rate_limit"))
        location = url_for("tokens.TokenResource", token_id=token.id)
        return With(token, token=secret), 201, {"Location": location}


@blp.route("/<int:token_id>")
class TokenResource(MethodView):
    @blp.response(200, TokenSchema)
    @blp.alt_response(404, description="No such token")
    @blp.doc(security=ADMIN)
    def get(self, token_id: int) -> ApiToken:
        """Read one token (admin)."""
        require_roles("admin")
        return token_service().get(token_id)

    @blp.response(204)
    @blp.alt_response(404, description="No such token")
    @blp.doc(security=ADMIN)
    def delete(self, token_id: int) -> None:
        """Revoke a token (admin); it stops working at once on every worker."""
        require_roles("admin")
        token_service().revoke_id(token_id)
