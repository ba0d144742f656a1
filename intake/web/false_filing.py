"""The public page for "This was filed in my name", over the same service as the API.

Whatever is found, the person sees the same confirmation page (Post/Redirect/Get), so the page
cannot tell anyone whether a given email or receipt number belongs to a comment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, redirect, render_template, request, url_for
from marshmallow import ValidationError
from werkzeug.wrappers import Response as BaseResponse

from intake.errors import flatten_errors
from intake.ratelimit import limit_public_posts, limit_token_posts
from intake.web import forms, pages
from intake.web.pages import html
from intake.wiring import file_false_filing_report
from schemas.false_filing import FalseFilingReportCreateSchema

bp = Blueprint("false_filing_page", __name__)
pages.install(bp)
FIELDS = {name: name for name in ("receipt", "email", "statement", "contact")}


def _rate_limited(view: Callable[..., Any]) -> Callable[..., Any]:
    """The API's public and per-token POST limits, as on the comment form."""
    for limit in reversed((limit_public_posts, limit_token_posts)):
        view = limit(view)
    return view


def _page(state: forms.FormState, status: int = 200) -> Response:
    return html(render_template("web/public/false_filing.html", form=state), status)


@bp.get("/false-filing")
def report_form() -> Response:
    """The form: a receipt number or the email used, and what happened."""
    return _page(forms.FormState())


@bp.post("/false-filing")
@_rate_limited
def send_report() -> BaseResponse:
    state = forms.FormState(values=forms.form_values(request.form, FIELDS))
    data = forms.nest(state.values, FIELDS)
    if str(data.get("receipt", "")).isdigit():
        data["receipt"] = int(data["receipt"])
    try:
        loaded = FalseFilingReportCreateSchema().load(data)
    except ValidationError as exc:
        state.errors = forms.field_errors(flatten_errors(exc.messages), FIELDS)
        return _page(state, 422)
    file_false_filing_report(loaded)
    return redirect(url_for("false_filing_page.report_received"), 303)


@bp.get("/false-filing/received")
def report_received() -> Response:
    """One page for every report, found or not."""
    return html(render_template("web/public/false_filing_received.html"))
