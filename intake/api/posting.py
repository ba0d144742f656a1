"""The decorator stack every endpoint that stores comments wears, written once.

A single comment and a batch are both POSTs that create comments: both take an
``Idempotency-Key``, validate the body with a wire schema, answer with a response schema and can
be refused for the same reasons (no such item, a closed window, too large, rate limited). The
rate limits themselves are the views' ``decorators = POST_LIMITS``, since Flask applies those to
the whole MethodView.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_smorest import Blueprint
from marshmallow import Schema

from intake.api.idempotency import HEADER_DOC as IDEMPOTENCY_HEADER_DOC
from intake.api.idempotency import idempotent
from intake.api.security import Security

REFUSALS = (
    (404, "No such item"),
    (409, "The item's comment window is not open"),
    (413, "The request is larger than the configured limit"),
    (429, "Rate limited; see Retry-After"),
)


def comment_post(
    blp: Blueprint,
    body: type[Schema],
    status: int,
    answer: type[Schema],
    *,
    security: Security,
    request_body: dict[str, Any] | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Idempotency, the body's schema, the answer's schema, the refusals and the docs."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        for code, description in reversed(REFUSALS):
            view = blp.alt_response(code, description=description)(view)
        doc: dict[str, Any] = {"security": security, "parameters": [IDEMPOTENCY_HEADER_DOC]}
        if request_body is not None:
            doc["requestBody"] = request_body
        view = blp.doc(**doc)(view)
        view = blp.response(status, answer)(view)
        # An instance, not the class: given a class, webargs builds the schema (copying every
        # declared field, then the nested submitter's schema on its first load) on each request.
        # Loading keeps no state on the instance, so one serves every request.
        shaped: Callable[..., Any] = blp.arguments(body())(view)
        return idempotent(shaped)

    return decorate
