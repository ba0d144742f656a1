"""``/problems/<slug>``: what each problem ``type`` means, so the URI in an error resolves.

Made from the one table in :mod:`intake.problem_types` (docs/problems.md is made from it too);
public, no personal data, the same strict page policy as the other pages.
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template

from intake.errors import NotFound
from intake.problem_types import BY_SLUG, PROBLEM_TYPES
from intake.web import pages
from intake.web.pages import html

bp = Blueprint("problems", __name__, url_prefix="/problems")
pages.install(bp)


@bp.get("")
@bp.get("/")
def index() -> Response:
    return html(render_template("web/problems.html", problems=PROBLEM_TYPES, one=None))


@bp.get("/<string:slug>")
def problem(slug: str) -> Response:
    if slug not in BY_SLUG:
        raise NotFound(f"No problem type {slug!r}.")
    return html(render_template("web/problems.html", problems=[BY_SLUG[slug]], one=BY_SLUG[slug]))
