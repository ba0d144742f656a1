"""The one place HTTP errors become ``application/problem+json`` (RFC 9457).

Every error, whether from Werkzeug (404, 405, 413, 415), webargs (400 malformed JSON, 422 field
errors), a domain exception or an unexpected crash, leaves through :func:`problem_response`, so
clients parse one shape and no stack trace or internal detail ever reaches a response body.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, has_request_context, json, request
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException, InternalServerError

from intake.commits import CommitOutcomeUnknown
from intake.errors import (
    CommentWindowClosed,
    Conflict,
    DependencyDown,
    DomainError,
    Forbidden,
    IdempotencyKeyReused,
    ImportFileError,
    InvalidInput,
    NotFound,
    Overloaded,
    Unauthorized,
    flatten_errors,
)
from intake.problem_types import BY_SLUG, GENERIC_SLUGS, ProblemType, title_for

PROBLEM_MIMETYPE = "application/problem+json"
RETRY_AFTER_SECONDS = 5
log = logging.getLogger("intake.errors")

DOMAIN_PROBLEMS: dict[type[DomainError], str] = {
    DomainError: "bad-request",
    Unauthorized: "unauthorized",
    Forbidden: "forbidden",
    NotFound: "not-found",
    Conflict: "conflict",
    CommentWindowClosed: "comment-window-closed",
    InvalidInput: "validation-error",
    IdempotencyKeyReused: "idempotency-key-reused",
    ImportFileError: "import-file",
    Overloaded: "service-unavailable",
    DependencyDown: "service-unavailable",
}
"""Each domain error's problem type (and through it, its status): the one place a domain error
meets HTTP. A test checks every :class:`DomainError` subclass is listed here by name."""


def problem_type(slug: str) -> str:
    """Problem types are documented in docs/problems.md (intake/problem_types.py) under the same
    slug, and the address serves that explanation."""
    return f"/problems/{slug}"


def problem_body(
    status: int, title: str, detail: str | None = None, *, slug: str | None = None, **extra: Any
) -> dict[str, Any]:
    """The problem object itself: a response's body, or one entry's problem in a batch."""
    slug = slug or GENERIC_SLUGS.get(status)
    body: dict[str, Any] = {
        "type": problem_type(slug) if slug else "about:blank",
        "title": BY_SLUG[slug].title if slug in BY_SLUG else title,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    body.update({k: v for k, v in extra.items() if v is not None})
    return body


def problem_response(
    status: int,
    title: str,
    detail: str | None = None,
    *,
    slug: str | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> Response:
    body = problem_body(status, title, detail, slug=slug, **extra)
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _webargs_errors(exc: HTTPException) -> dict[str, list[str]] | None:
    data = getattr(exc, "data", None) or {}
    messages = data.get("messages")
    if not messages:
        return None
    merged: dict[str, list[str]] = {}
    for location, location_messages in messages.items():
        flat = flatten_errors(location_messages)
        if location == "json":
            merged.update(flat)
        else:
            merged.update({f"{location}.{k}": v for k, v in flat.items()})
    return merged


def http_problem(exc: HTTPException) -> Response:
    status = exc.code or 500
    if status >= 500 and isinstance(exc, InternalServerError):
        return internal_problem(getattr(exc, "original_exception", None) or exc)
    errors = _webargs_errors(exc)
    headers: dict[str, str] = {}
    if exc.response is not None:
        headers.update({k: v for k, v in exc.response.headers.items() if k != "Content-Type"})
    if status == 405 and exc.valid_methods:  # type: ignore[attr-defined]
        headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
    detail: str | None = exc.description
    if status == 400 and errors:
        detail = "The request body is not valid JSON."
    elif status == 422:
        detail = "One or more fields are invalid."
    elif status == 413 and has_request_context() and request.max_content_length is not None:
        detail = f"The request body is larger than the limit of {request.max_content_length} bytes."
    title = title_for(status, exc.name)
    return problem_response(status, title, detail, errors=errors, headers=headers)


def domain_problem_type(exc: DomainError) -> ProblemType:
    """The problem type of the nearest listed class in the error's ancestry."""
    for cls in type(exc).__mro__:
        if cls in DOMAIN_PROBLEMS:
            return BY_SLUG[DOMAIN_PROBLEMS[cls]]
    raise TypeError(f"{type(exc).__name__} is not a DomainError")  # pragma: no cover


def domain_problem(exc: DomainError) -> Response:
    problem = domain_problem_type(exc)
    extra: dict[str, Any] = {}
    if isinstance(exc, InvalidInput):
        extra["errors"] = exc.errors
    if isinstance(exc, CommentWindowClosed):
        extra["window"] = {
            "opens_at": exc.opens_at.isoformat() if exc.opens_at else None,
            "closes_at": exc.closes_at.isoformat() if exc.closes_at else None,
        }
    headers: dict[str, str] | None = None
    if problem.status == 401:
        headers = {"WWW-Authenticate": "Bearer"}
    elif problem.status == 503:
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    return problem_response(
        problem.status, problem.title, exc.detail, slug=problem.slug, headers=headers, **extra
    )


def database_unavailable(exc: BaseException) -> Response:
    log.error("database unavailable: %s", type(exc).__name__)
    return problem_response(
        503,
        title_for(503, "Service unavailable"),
        "The database is not reachable right now. Nothing was stored; please retry.",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def commit_outcome_unknown(exc: BaseException) -> Response:
    log.error("a commit's outcome is unknown: %s", exc)
    return problem_response(
        503,
        title_for(503, "Service unavailable"),
        "The connection to the database was lost while your comment was being saved, and we "
        "could not confirm whether it was stored. Retry with the same Idempotency-Key to be sure "
        "it is stored once; a plain retry may store it twice (staff see the copy as a duplicate).",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def internal_problem(exc: BaseException) -> Response:
    if isinstance(exc, CommitOutcomeUnknown):  # raised at commit, after the view
        return commit_outcome_unknown(exc)
    if _is_database_outage(exc):
        return database_unavailable(exc)
    if isinstance(exc, DBAPIError):
        # The driver's message can quote the failing row (PostgreSQL's "Failing row contains
        # ..."), i.e. a commenter's personal data: log where and what kind, not the message.
        log.error(
            "unhandled error: %s (SQLSTATE %s)\n%s",
            type(exc.orig).__name__,
            getattr(exc.orig, "sqlstate", None),
            "".join(traceback.format_tb(exc.__traceback__)),
        )
    else:
        log.exception("unhandled error", exc_info=exc)
    return problem_response(
        500, "Internal server error", "Something went wrong on our side. Nothing was stored."
    )


def _is_database_outage(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def register_problem_handlers(app: Flask) -> None:
    """Install the handlers; flask-smorest's own HTTP handler is replaced by ours."""
    app.register_error_handler(HTTPException, http_problem)
    app.register_error_handler(DomainError, domain_problem)
    app.register_error_handler(CommitOutcomeUnknown, commit_outcome_unknown)
    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(PoolTimeout, database_unavailable)
    app.register_error_handler(Exception, internal_problem)
