"""The city's public comment form, served by intake itself.

The POST takes the same path as ``POST /api/v1/agenda-items/{id}/comments``: the body is checked
by ``CommentCreateSchema`` (``CommentWithFilesSchema`` when a file is attached) and stored and
labelled by :func:`intake.wiring.submit_comment` (this worker's group commit on PostgreSQL, as
the API's POST) under the same rate limits, so windows, length caps, labelling and the commit
before the answer cannot differ between the form and the API.
Errors are shown next to their fields with what the person typed; success is a 303 to a receipt
page (Post/Redirect/Get), so reloading the receipt never sends the comment twice.

Cross-site posts are refused before anything is stored (:mod:`intake.web.public_guard`: the
``Origin``/``Referer`` must be this site, and the form carries a signed, time-limited token).

The receipt's address carries the comment number signed with ``INTAKE_SECRET_KEY``: the public
keeps no session cookie, and nobody can walk receipt numbers to learn when others commented.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import Any

from flask import Blueprint, Response, current_app, redirect, render_template, request, url_for
from itsdangerous import BadSignature, URLSafeSerializer
from werkzeug.wrappers import Response as BaseResponse

from intake.errors import CommentWindowClosed, InvalidInput, NotFound
from intake.models import AgendaItem
from intake.ratelimit import POST_LIMITS
from intake.services.comments import Stored, Submission
from intake.services.items import CommentWindow, WindowState
from intake.uploads import comment_schema, with_attachments
from intake.web import forms, pages, public_guard
from intake.web.pages import html
from intake.wiring import clock, item_service, record_service, settings, submission_context
from intake.wiring import submit_comment as store_comment
from schemas.vocabulary import POSITIONS

bp = Blueprint("public", __name__)
pages.install(bp)  # once, at import: a blueprint is shared by every app
HONEYPOT = "website"
RECEIPT_SALT = "intake.receipt"
FORM_EXPIRED = (
    "This page was open for a long time, so your comment was not sent yet. "
    "Check it and press Send comment again."
)


def _rate_limited(view: Callable[..., Any]) -> Callable[..., Any]:
    """The API's public, per-token and per-item POST limits, on the form's POST too."""
    for limit in reversed(POST_LIMITS):
        view = limit(view)
    return view


def _same_site_only(view: Callable[..., Any]) -> Callable[..., Any]:
    """Refuse a cross-site or forged post (403 page) before the view stores anything."""

    @wraps(view)
    def guarded(item_id: str) -> Any:
        try:
            public_guard.check_post(item_id)
        except public_guard.FormExpired:
            values = forms.form_values(request.form, forms.COMMENT_FIELDS)
            state = forms.FormState(values=values, errors={forms.FORM_LEVEL: [FORM_EXPIRED]})
            return _form_page(item_service().get(item_id), state, 400)
        return view(item_id)

    return guarded


def _receipts() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key or "", salt=RECEIPT_SALT)


def window_state(item: AgendaItem, now: datetime) -> WindowState:
    """``open``, ``not_yet`` or ``closed``: what the page says and whether it offers the form."""
    return CommentWindow.of(item).state(now)


def _form_page(item: AgendaItem, state: forms.FormState, status: int = 200) -> Response:
    """The form (or the closed notice), linking to the item's public record once staff have
    published one, so a commenter can read what others sent."""
    window = window_state(item, clock()())
    publication = record_service().publication(item.id)
    if window != "open":
        status = 409 if request.method == "POST" else 200
        closed = render_template(
            "web/public/closed.html", item=item, window=window, publication=publication
        )
        return html(closed, status)
    page = html(
        render_template(
            "web/public/comment_form.html",
            item=item,
            publication=publication,
            form=state,
            positions=POSITIONS,
            max_body_chars=settings().max_body_chars,
            max_attachment_bytes=settings().max_attachment_bytes,
            honeypot=HONEYPOT,
            form_token_field=public_guard.FIELD,
            form_token=public_guard.form_token(item.id),
        ),
        status,
    )
    # The browser then sends this site's origin when the form posts back (no-referrer would make
    # it "null", which the guard refuses); other sites still get no referrer.
    page.headers["Referrer-Policy"] = "same-origin"
    return page


@bp.get("/items/<item_id:item_id>/comment")
def comment_form(item_id: str) -> Response:
    """The form, or a notice that the window is not open (and no form)."""
    return _form_page(item_service().get(item_id), forms.FormState())


@bp.post("/items/<item_id:item_id>/comment")
@_same_site_only
@_rate_limited
def submit_comment(item_id: str) -> BaseResponse:
    """Validate with the wire schema, submit through the service, then redirect to the receipt.

    A filled honeypot (a field people never see) is recorded as evidence for the spam score and
    the sender still gets a receipt: intake labels comments, it never silently drops them.
    """
    honeypot_filled = bool(request.form.get(HONEYPOT, "").strip())
    state, data = forms.validate(comment_schema(), request.form, forms.COMMENT_FIELDS)
    if state.ok:
        context = submission_context(honeypot_filled=honeypot_filled)
        try:
            data = with_attachments(data)
            comment = store_comment(Submission(item_id, data, context))
        except InvalidInput as exc:
            state.errors = forms.field_errors(exc.errors, forms.COMMENT_FIELDS)
        except CommentWindowClosed:
            pass  # the page below says so
        else:
            return _see_receipt(comment)
    return _form_page(item_service().get(item_id), state, 422)


def _see_receipt(comment: Stored) -> BaseResponse:
    token = _receipts().dumps(
        {"id": comment.id, "item": comment.item_id, "at": comment.received_at.isoformat()}
    )
    location = url_for("public.receipt", item_id=comment.item_id, token=token)
    return redirect(location, 303)


@bp.get("/items/<item_id:item_id>/comment/receipt/<string:token>")
def receipt(item_id: str, token: str) -> Response:
    """The receipt number for the comment just sent; a forged or altered address is a 404."""
    try:
        data = _receipts().loads(token)
    except BadSignature as exc:
        raise NotFound("No such receipt.") from exc
    if not isinstance(data, dict) or data.get("item") != item_id:
        raise NotFound("No such receipt.")
    item = item_service().get(item_id)
    received_at = datetime.fromisoformat(str(data.get("at")))
    return html(
        render_template(
            "web/public/receipt.html", item=item, receipt_id=data["id"], received_at=received_at
        )
    )
