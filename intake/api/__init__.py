"""The HTTP edge: flask-smorest blueprints over the services, plus the problem handlers.

Views parse and validate with the schemas, call a service with plain values and serialise the
result. They never commit (the request lifecycle does) and never build error bodies themselves.
"""

from __future__ import annotations

import http
import json
import threading
from typing import Any

from apispec import APISpec, BasePlugin
from flask import Flask, g, request
from flask_smorest import Api, Blueprint
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge, UnsupportedMediaType

from intake import wiring
from intake.api import (
    agenda_items,
    attachments,
    batch,
    campaigns,
    comments,
    converters,
    docs,
    false_filing,
    health,
    record,
    reports,
    summaries,
    tokens,
)
from intake.api.security import BEARER
from intake.auth import ANONYMOUS, bearer_token_from_request
from intake.errors import Unauthorized
from intake.problems import PROBLEM_MIMETYPE, register_problem_handlers
from intake.uploads import takes_multipart, widen_for_files
from schemas.common import ProblemSchema

API_TITLE = "intake"
API_VERSION = "v1"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def problem_content() -> dict[str, Any]:
    """A fresh ``content`` map per response (a shared one would become a YAML alias)."""
    return {PROBLEM_MIMETYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}


class ProblemResponsesPlugin(BasePlugin):
    """Give every documented error without a body of its own the Problem body.

    Views document their errors with a bare ``alt_response(404, description=...)``; this fills in
    what every such response really carries, so the spec a client or a contract fuzzer reads
    says ``application/problem+json`` with the Problem schema, not "no body".
    """

    def operation_helper(
        self, path: str | None = None, operations: dict[str, Any] | None = None, **_: Any
    ) -> None:
        for operation in (operations or {}).values():
            for status, response in operation.get("responses", {}).items():
                is_error = status == "default" or str(status)[0] in "45"
                if (
                    is_error
                    and isinstance(response, dict)
                    and not response.keys() & {"$ref", "content"}
                ):
                    response["content"] = problem_content()


class IntakeApi(Api):
    """flask-smorest's Api, documenting errors as RFC 9457 problems, and its views only when the
    spec is first read.

    Documenting a blueprint's views (apispec resolving every schema of every operation) is half
    of what ``create_app`` costs, and nearly every app never reads its spec: a served worker
    until someone asks for ``/openapi.yaml``, and the tests, which build an app per test, only in
    the few that check the document. The spec, once read, is the same as if it had been built
    eagerly: the blueprints are documented in the order they were registered.
    """

    ERROR_SCHEMA = ProblemSchema
    DEFAULT_ERROR_RESPONSE_NAME = "Problem"

    def __init__(self, app: Flask, **kwargs: Any) -> None:
        self._undocumented: list[tuple[Blueprint, str, list[Any] | None]] = []
        self._documenting = threading.Lock()
        super().__init__(app, **kwargs)

    @property
    def spec(self) -> APISpec:
        """The OpenAPI spec, with the views of every registered blueprint documented."""
        if self._undocumented:
            with self._documenting:
                while self._undocumented:
                    self._document(*self._undocumented.pop(0))
        return self._spec

    @spec.setter
    def spec(self, value: APISpec) -> None:
        self._spec = value

    def register_blueprint(
        self, blp: Blueprint, *, parameters: list[Any] | None = None, **options: Any
    ) -> None:
        """Register ``blp`` in the app as flask-smorest does; document it when the spec is read."""
        name = options.get("name", blp.name)
        self._app.extensions["flask-smorest"]["blp_name_to_api"][name] = self
        self._app.register_blueprint(blp, **options)
        self._undocumented.append((blp, name, parameters))

    def _document(self, blp: Blueprint, name: str, parameters: list[Any] | None) -> None:
        """flask-smorest's documenting half of ``register_blueprint``."""
        blp.register_views_in_doc(self, self._app, self._spec, name=name, parameters=parameters)
        self._spec.tag({"name": name, "description": blp.description})

    def _register_responses(self) -> None:
        """Like flask-smorest's, but errors are ``application/problem+json`` and the default
        error response is registered under the name operations refer to (``Problem``).

        The Problem schema is registered once and every response refers to it, rather than
        each of the forty-odd responses resolving the schema again (every app, every test)."""
        self.spec.components.schema("Problem", schema=self.ERROR_SCHEMA)
        for status in http.HTTPStatus:
            if status >= 400:
                self._register_problem_response(status.name, status.phrase)
        self._register_problem_response(self.DEFAULT_ERROR_RESPONSE_NAME, "An error (RFC 9457)")

    def _register_problem_response(self, name: str, description: str) -> None:
        response = {"description": description, "content": problem_content()}
        self.spec.components.response(name, response, lazy=True)


def init_app(app: Flask) -> Api:
    app.config.update(
        API_TITLE=API_TITLE,
        API_VERSION=API_VERSION,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX=None,
    )
    converters.install(app)
    api = IntakeApi(
        app,
        spec_kwargs={
            "extra_plugins": [ProblemResponsesPlugin()],
            "info": {
                "description": (
                    "Public comments on a city's agenda items, labelled at intake as unique, "
                    "form letter, duplicate or spam. Errors are application/problem+json."
                )
            },
        },
    )
    converters.document(api)
    api.spec.components.security_scheme(
        BEARER, {"type": "http", "scheme": "bearer", "description": "An intake API token."}
    )
    for blueprint in (health.blp, agenda_items.blp, comments.blp, batch.blp, tokens.blp):
        api.register_blueprint(blueprint)
    for blueprint in (summaries.blp, campaigns.blp, reports.blp, attachments.blp):
        api.register_blueprint(blueprint)
    for blueprint in (false_filing.blp, record.blp):
        api.register_blueprint(blueprint)
    docs.init_app(app, api)
    app.extensions["intake.api"] = api
    register_problem_handlers(app)
    app.before_request(widen_for_files)
    app.before_request(_authenticate)
    app.before_request(_require_json_body)
    return api


def _require_json_body() -> None:
    """415, 413 and unreadable JSON, before a view parses the body; a method or path the API
    does not have is left to routing (405, 404), which Flask raises only after these hooks."""
    if request.method not in BODY_METHODS or not request.path.startswith("/api/"):
        return
    if request.routing_exception is not None:
        return
    if not request.is_json:
        if takes_multipart():
            return
        raise UnsupportedMediaType("Send the body as JSON with 'Content-Type: application/json'.")
    limit = request.max_content_length
    if limit is not None and (request.content_length or 0) > limit:
        raise RequestEntityTooLarge()  # on the declared length alone: the body is never read
    _refuse_unreadable_json()


def _refuse_unreadable_json() -> None:
    """Refuse, as a 400, JSON the view's parser would crash on instead of naming.

    Python's decoder recurses once per level (ten thousand nested arrays raise RecursionError) and
    refuses integers over 4,300 digits with a plain ValueError; webargs turns neither into a 400.
    Decoding once here costs nothing extra: Flask caches the document for the rate limiter's cost.
    Ordinary syntax errors are left to the view's parser, which reports them as invalid JSON.
    """
    try:
        request.get_json()
    except RecursionError:
        raise BadRequest("The JSON body is nested too deeply.") from None
    except BadRequest as exc:
        if _is_syntax_error(exc):
            return
        raise BadRequest("The JSON body holds a value too large to read.") from None


def _is_syntax_error(exc: BaseException) -> bool:
    """Flask and Werkzeug wrap the decoder's error twice; look down the chain for it."""
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        if isinstance(cause, json.JSONDecodeError | UnicodeDecodeError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _authenticate() -> None:
    """Resolve the bearer token, if any, once per request; a bad token is a 401 everywhere."""
    g.principal = ANONYMOUS
    token = bearer_token_from_request()
    if token is None:
        return
    principal = wiring.token_service().authenticate(token)
    if principal is None:
        raise Unauthorized("The token is not valid or has been revoked.")
    g.principal = principal
