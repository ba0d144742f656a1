"""The public record on the staff dashboard: publish or withdraw an item's record, hold comments
back from it (with a reason) and release them, and read the audit of all four.

Registered on the ``staff`` blueprint, so its sign-in check and CSRF guard every page and form.
Every change goes through :class:`intake.services.record.RecordService` with the signed-in
token's name as the actor, as ``PUT /api/v1/agenda-items/{id}/publication`` and
``PUT /api/v1/comments/{id}/hold`` do, and leaves the same audit events.
"""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, request, url_for
from marshmallow import ValidationError
from werkzeug.wrappers import Response as BaseResponse

from intake.errors import InvalidInput, flatten_errors
from intake.web import forms
from intake.web.pages import html
from intake.web.staff import bp, comment_page, current_staff
from intake.wiring import item_service, record_service
from schemas.record import HoldCreateSchema

EVENTS_PAGE_SIZE = 50


def _actor() -> str:
    return f"staff:{current_staff().name}"


@bp.get("/items/<item_id:item_id>/record")
def record(item_id: str) -> Response:
    """Whether the item's comments are published, as of when, the buttons, and the audit."""
    service = record_service()
    events, next_cursor = service.events(item_id, EVENTS_PAGE_SIZE, request.args.get("cursor"))
    page = render_template(
        "web/staff/record.html",
        item=item_service().get(item_id),
        publication=service.publication(item_id),
        events=events,
        next_cursor=next_cursor,
    )
    return html(page)


@bp.post("/items/<item_id:item_id>/record")
def record_submit(item_id: str) -> BaseResponse:
    """Publish the record as the item stands now (again: moves it to now), or withdraw it."""
    action = request.form.get("action")
    service = record_service()
    if action == "publish":
        publication = service.publish(item_id, _actor())
        flash(f"Published: the comments received before {publication.as_of:%Y-%m-%d %H:%M} UTC.")
    elif action == "withdraw":
        service.withdraw(item_id, _actor())
        flash("The public record is withdrawn.")
    else:
        raise InvalidInput({"action": ["Must be publish or withdraw."]})
    return redirect(url_for("staff.record", item_id=item_id), 303)


@bp.post("/comments/<int:comment_id>/hold")
def hold(comment_id: int) -> BaseResponse:
    """Hold the comment back from the public record; the reason is required and audited."""
    values = {"reason": request.form.get("reason", "").replace("\r\n", "\n")}
    try:
        data = HoldCreateSchema().load(values)
    except ValidationError as exc:
        state = forms.FormState(values=values, errors=flatten_errors(exc.messages))
        return comment_page(comment_id, forms.FormState(), 422, hold_form=state)
    record_service().hold(comment_id, data["reason"], _actor())
    flash("Held back from the public record.")
    return redirect(url_for("staff.comment", comment_id=comment_id), 303)


@bp.post("/comments/<int:comment_id>/release")
def release(comment_id: int) -> BaseResponse:
    """Put the comment back in the public record (audited)."""
    record_service().release(comment_id, _actor())
    flash("Released: the comment is in the public record again.")
    return redirect(url_for("staff.comment", comment_id=comment_id), 303)
