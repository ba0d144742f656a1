"""What every HTML page shares: security headers and errors shown as pages, not JSON.

Errors keep the status, title and headers (``Retry-After``, ``Allow``) that
:mod:`intake.problems` gives the API, so there is still one place that decides what an error
means; only the body becomes a page a person can read.

intake/security.py sets app-wide defaults for every HTML response with ``setdefault``. These
pages need less than that (no script at all, styles only from the package's stylesheet), so they
set their stricter policy first, in the blueprints' own ``after_request``, and it is kept.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Blueprint, Response, json, render_template
from werkzeug.exceptions import HTTPException

from intake.errors import DomainError
from intake.localtime import spoken
from intake.problems import domain_problem, http_problem, internal_problem
from intake.wiring import settings

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    # Pages carry what people typed or personal data: never kept by a shared or browser cache.
    "Cache-Control": "no-store",
}


def when(moment: datetime | None) -> str:
    """A timestamp as people read it, in the city's time zone (``INTAKE_TIME_ZONE``)."""
    return spoken(moment, settings().zone)


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 comment``, ``2 comments``: a count with its noun (``many`` when not just ``+s``)."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def zone_name() -> str:
    """The city's zone as a heading says it (``America/Los_Angeles``)."""
    return settings().time_zone


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def html(body: str, status: int = 200) -> Response:
    return Response(body, status=status, mimetype="text/html")


def error_page(exc: Exception) -> Response:
    """The problem the API would send for ``exc``, rendered as a page with its headers."""
    if isinstance(exc, DomainError):
        problem = domain_problem(exc)
    elif isinstance(exc, HTTPException):
        problem = http_problem(exc)
    else:
        problem = internal_problem(exc)
    details: dict[str, Any] = json.loads(problem.get_data(as_text=True))
    response = html(
        render_template(
            "web/error.html",
            status=problem.status_code,
            title=details.get("title", "Error"),
            detail=details.get("detail"),
        ),
        problem.status_code,
    )
    for name, value in problem.headers.items():
        if name not in ("Content-Type", "Content-Length"):
            response.headers[name] = value
    return response


def install(blueprint: Blueprint) -> None:
    blueprint.after_request(add_security_headers)
    blueprint.register_error_handler(Exception, error_page)
