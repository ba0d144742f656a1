"""Disputes on the staff dashboard: a comment reported as filed in someone's name is marked
disputed (or no longer) from its page, through the service the API's
``PUT``/``DELETE /api/v1/comments/{id}/dispute`` use, validated by the same schema.

Registered on the ``staff`` blueprint, so its sign-in and CSRF checks guard these posts like
every other dashboard form.
"""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from intake.web import forms
from intake.web.staff import bp, comment_page, current_staff
from intake.wiring import false_filing_service
from schemas.disputes import DisputeCreateSchema

DISPUTE_FIELDS = {"dispute_reason": "reason", "report_id": "report_id"}


@bp.post("/comments/<int:comment_id>/dispute")
def mark_disputed(comment_id: int) -> BaseResponse:
    """Mark the comment disputed, with a reason and the report that led to it (if any)."""
    state, data = forms.validate(DisputeCreateSchema(), request.form, DISPUTE_FIELDS)
    if not state.ok:
        return comment_page(comment_id, forms.FormState(), 422, dispute_form=state)
    false_filing_service().dispute(
        comment_id,
        data["reason"],
        actor=f"staff:{current_staff().name}",
        report_id=data.get("report_id"),
    )
    flash("Marked disputed.")
    return redirect(url_for("staff.comment", comment_id=comment_id), 303)


@bp.post("/comments/<int:comment_id>/dispute/withdraw")
def withdraw_dispute(comment_id: int) -> BaseResponse:
    """The comment is no longer disputed (a mistake, or the sender confirmed it)."""
    false_filing_service().withdraw(comment_id)
    flash("The dispute was withdrawn.")
    return redirect(url_for("staff.comment", comment_id=comment_id), 303)
