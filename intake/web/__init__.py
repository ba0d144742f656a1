"""The HTML side of intake: the public comment form and the staff dashboard.

Plain Flask blueprints (not in the OpenAPI spec) over the same services the API uses, rendered
server-side by autoescaping Jinja2 templates. Nothing is fetched from another origin at run time:
the stylesheet is installed with the package and the charts are SVG drawn on the server, so the
pages work without JavaScript and a strict Content-Security-Policy allows no script at all.
"""

from __future__ import annotations

from flask import Flask

from intake.config import Settings
from intake.web import csrf, false_filing, pages, problem_pages, public, public_record, staff
from intake.web import staff_disputes as staff_disputes  # registers routes on the staff blueprint
from intake.web import staff_files as staff_files  # registers its route on the staff blueprint
from intake.web import staff_record as staff_record  # the record's staff pages, likewise

__all__ = ["init_app"]


def init_app(app: Flask, settings: Settings) -> None:
    """Register ``public`` and ``staff`` and the staff session cookie's flags.

    The cookie is HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it)
    and Secure everywhere except ``INTAKE_ENV=development``, where staff test over plain HTTP.
    """
    app.config.update(
        SESSION_COOKIE_NAME="intake_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SECURE=settings.environment != "development",
        SESSION_COOKIE_SAMESITE="Lax",
    )
    app.jinja_env.globals["csrf_token"] = csrf.token
    app.jinja_env.filters["when"] = pages.when
    app.jinja_env.globals["time_zone"] = pages.zone_name
    app.jinja_env.filters["plural"] = pages.plural
    for blueprint in (public.bp, staff.bp, problem_pages.bp, false_filing.bp, public_record.bp):
        app.register_blueprint(blueprint)
