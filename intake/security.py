"""Security headers on every response, so no page intake serves can be framed, sniffed or leak.

HTML pages (the API docs, the printable report, the staff web UI) get a Content-Security-Policy
that forbids framing and foreign origins, ``X-Frame-Options: DENY`` for older browsers and
``Referrer-Policy: no-referrer``; a view that sets a stricter policy of its own (the report's
nonce-based one) keeps it. Every response gets ``X-Content-Type-Options: nosniff``, so a comment
returned as JSON or CSV is never run as a script or page.
"""

from __future__ import annotations

from flask import Flask, Response

# Inline styles only (Swagger UI sets style attributes); scripts and everything else from here.
HTML_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HTML_HEADERS = {
    "Content-Security-Policy": HTML_POLICY,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


RETRY_STATUSES = frozenset({429, 503})


def drop_stray_retry_after(response: Response) -> Response:
    """``Retry-After`` only on 429 and 503: the rate limiter adds it to every answer, so a 201
    told its sender to retry a comment that was stored. Registered before the limiter, so it
    runs after it (Flask runs ``after_request`` functions last registered first)."""
    if response.status_code not in RETRY_STATUSES:
        response.headers.pop("Retry-After", None)
    return response


def set_security_headers(response: Response) -> Response:
    response.headers["X-Content-Type-Options"] = "nosniff"
    if response.mimetype == "text/html":
        for name, value in HTML_HEADERS.items():
            response.headers.setdefault(name, value)
    return response


def init_app(app: Flask) -> None:
    app.after_request(set_security_headers)
