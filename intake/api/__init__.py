"""The HTTP edge: flask-smorest blueprints over the services, plus the problem handlers.

Views parse and validate with the schemas, call a service with plain values and serialise the
result. They never commit (the request lifecycle does) and never build error bodies themselves.
"""

from __future__ import annotations

from flask import Flask, g, request
from flask_smorest import Api
from werkzeug.exceptions import UnsupportedMediaType

from intake.api import (
    agenda_items,
    batch,
    campaigns,
    comments,
    docs,
    health,
    reports,
    summaries,
    tokens,
)
from intake.auth import ANONYMOUS, bearer_token_from_request
from intake.db import get_session
from intake.errors import Unauthorized
from intake.problems import register_problem_handlers
from intake.services.tokens import TokenService
from schemas.common import ProblemSchema

API_TITLE = "intake"
API_VERSION = "v1"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class IntakeApi(Api):
    """flask-smorest's Api, documenting errors as RFC 9457 problems."""

    ERROR_SCHEMA = ProblemSchema
    DEFAULT_ERROR_RESPONSE_NAME = "Problem"


def init_app(app: Flask) -> Api:
    app.config.update(
        API_TITLE=API_TITLE,
        API_VERSION=API_VERSION,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX=None,
    )
    api = IntakeApi(
        app,
        spec_kwargs={
            "info": {
                "description": (
                    "Public comments on a city's agenda items, labelled at intake as unique, "
                    "form letter, duplicate or spam. Errors are application/problem+json."
                )
            }
        },
    )
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer", "description": "An intake API token."}
    )
    for blueprint in (health.blp, agenda_items.blp, comments.blp, batch.blp, tokens.blp):
        api.register_blueprint(blueprint)
    for blueprint in (summaries.blp, campaigns.blp, reports.blp):
        api.register_blueprint(blueprint)
    docs.init_app(app, api)
    app.extensions["intake.api"] = api
    register_problem_handlers(app)
    app.before_request(_require_json_body)
    app.before_request(_authenticate)
    return api


def _require_json_body() -> None:
    if request.method in BODY_METHODS and request.path.startswith("/api/") and not request.is_json:
        raise UnsupportedMediaType("Send the body as JSON with 'Content-Type: application/json'.")


def _authenticate() -> None:
    """Resolve the bearer token, if any, once per request; a bad token is a 401 everywhere."""
    g.principal = ANONYMOUS
    token = bearer_token_from_request()
    if token is None:
        return
    principal = TokenService(get_session()).authenticate(token)
    if principal is None:
        raise Unauthorized("The token is not valid or has been revoked.")
    g.principal = principal
