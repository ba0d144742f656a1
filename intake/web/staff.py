"""The staff dashboard: items with their counts, an item's charts, campaigns and comments, and
label decisions.

Every page is read through the same services as the staff API and every change goes through
``LabelService.change`` with the signed-in token's name as the actor, so the dashboard can do
nothing the API cannot and leaves the same history. Staff sign in with their API token (see
:mod:`intake.web.staff_auth`); every POST carries the session's CSRF token (:mod:`intake.web.csrf`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from flask import (
    Blueprint,
    Response,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from marshmallow import ValidationError
from werkzeug.wrappers import Response as BaseResponse

from intake.auth import Principal
from intake.db import get_session
from intake.errors import InvalidInput
from intake.models import KINDS, POSITIONS, Comment
from intake.problems import flatten_errors
from intake.services.comments import CommentFilters
from intake.services.labels import LabelChange
from intake.services.summary import KIND_KEYS, POSITION_KEYS
from intake.web import charts, csrf, forms, pages
from intake.web.overview import ItemOverviewService
from intake.web.pages import html
from intake.web.staff_auth import StaffSessions
from intake.wiring import (
    campaign_service,
    clock,
    comment_service,
    item_service,
    label_service,
    summary_service,
)
from schemas.comments import CommentListArgsSchema, LabelChangeSchema

bp = Blueprint("staff", __name__, url_prefix="/staff")
pages.install(bp)  # once, at import: a blueprint is shared by every app
SESSION_ID = "staff_session"
SIGN_IN_ENDPOINTS = frozenset({"staff.sign_in", "staff.sign_in_submit"})
PAGE_SIZE = 50
ITEMS_PAGE_SIZE = 50
EXCERPT_CHARS = 600
FILTER_NAMES = ("kind", "position", "campaign_id", "q", "has_personal_text")
ANY = "any"


def current_staff() -> Principal:
    staff: Principal = g.staff
    return staff


@bp.before_request
def _require_staff() -> BaseResponse | None:
    """CSRF on every POST first, then a live staff session on every page but sign-in.

    A session that was signed out, is older than 12 hours or whose token was revoked is dropped
    from the cookie, so the next page asks for the token again.
    """
    csrf.check()
    staff = _staff_sessions().current(session.get(SESSION_ID))
    if staff is None:
        session.pop(SESSION_ID, None)
    g.staff = staff
    if staff is None and request.endpoint not in SIGN_IN_ENDPOINTS:
        target = request.full_path.rstrip("?") if request.method == "GET" else None
        return redirect(url_for("staff.sign_in", next=target), 303)
    return None


def _staff_sessions() -> StaffSessions:
    return StaffSessions(get_session(), clock()())


def _safe_next(value: str | None) -> str:
    """Only a path inside the dashboard, never another site (no open redirect), and nothing a
    ``Location`` header cannot carry (a CRLF there is header injection, refused by Werkzeug)."""
    if value and value.startswith("/staff") and not value.startswith("//") and _plain(value):
        return value.rstrip("?")
    return url_for("staff.items")


def _plain(value: str) -> bool:
    return all(char.isprintable() and not char.isspace() for char in value)


@bp.get("/sign-in")
def sign_in() -> BaseResponse:
    if g.staff is not None:
        return redirect(_safe_next(request.args.get("next")), 303)
    return html(render_template("web/staff/sign_in.html", next=request.args.get("next", "")))


@bp.post("/sign-in")
def sign_in_submit() -> BaseResponse:
    """Check the pasted token; keep only a new server-side session's id in a fresh cookie."""
    session_id = _staff_sessions().sign_in(request.form.get("token", "").strip())
    if session_id is None:
        page = render_template(
            "web/staff/sign_in.html",
            next=request.form.get("next", ""),
            error="That is not a valid staff token, or it has been revoked.",
        )
        return html(page, 401)
    session.clear()  # a new session (and CSRF token) on sign-in: no fixation
    session[SESSION_ID] = session_id
    return redirect(_safe_next(request.form.get("next")), 303)


@bp.post("/sign-out")
def sign_out() -> BaseResponse:
    """End the session on the server too, so a copy of the cookie signs nobody in."""
    _staff_sessions().sign_out(session.get(SESSION_ID))
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("staff.sign_in"), 303)


@bp.get("/")
@bp.get("")
def items() -> Response:
    """Every agenda item, with its comment counts, in pages of fifty."""
    page, next_cursor = item_service().list(ITEMS_PAGE_SIZE, request.args.get("cursor"))
    counts = ItemOverviewService(get_session()).counts([item.id for item in page])
    return html(
        render_template(
            "web/staff/items.html",
            items=page,
            counts=counts,
            next_cursor=next_cursor,
            kinds=KIND_KEYS,
        )
    )


def _filter_args(args: Mapping[str, str]) -> dict[str, str]:
    """The filters as given, defaulting to the unique comments (what staff read first)."""
    values = {name: args.get(name, "").strip() for name in FILTER_NAMES}
    if "kind" not in args:
        values["kind"] = "unique"
    return values


def _filters(values: Mapping[str, str]) -> tuple[CommentFilters, dict[str, list[str]]]:
    """Validate the filter form with the staff API's own query schema."""
    given = {k: v for k, v in values.items() if v and v != ANY}
    try:
        args: dict[str, Any] = CommentListArgsSchema().load(given)
    except ValidationError as exc:
        return CommentFilters(), flatten_errors(exc.messages)
    return (
        CommentFilters(
            kind=args.get("kind"),
            campaign_id=args.get("campaign_id"),
            position=args.get("position"),
            q=args.get("q"),
            has_personal_text=args.get("has_personal_text"),
        ),
        {},
    )


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a long text, cut at a word; the comment's own page shows all of it."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(maxsplit=1)[0] + " …"


@bp.get("/items/<item_id:item_id>")
def item(item_id: str) -> Response:
    """Charts from the item's summary, each campaign once, and the filtered comments."""
    agenda_item = item_service().get(item_id)
    summary = asdict(summary_service().summarise(item_id))
    values = _filter_args(request.args)
    filters, errors = _filters(values)
    comments: list[Comment] = []
    next_cursor: str | None = None
    if not errors:
        comments, next_cursor = comment_service().list(
            item_id, filters, PAGE_SIZE, request.args.get("cursor")
        )
    sizes = [(c["id"], c["size"]) for c in summary["campaigns"]]
    page = render_template(
        "web/staff/item.html",
        item=agenda_item,
        summary=summary,
        kinds=KIND_KEYS,
        positions=POSITION_KEYS,
        timeline=charts.timeline_chart(
            "chart-timeline", "Comments per hour, by label (UTC)", summary["timeline"]
        ),
        position_chart=charts.position_chart(summary["by_position"]),
        campaign_chart=charts.campaign_chart(sizes),
        filters=values,
        filter_errors=errors,
        kind_choices=KINDS,
        position_choices=(*POSITIONS, "unspecified"),
        comments=comments,
        next_cursor=next_cursor,
        excerpt=excerpt,
        default_view=values == _filter_args({}),
    )
    return html(page, 422 if errors else 200)


@bp.get("/campaigns/<int:campaign_id>")
def campaign(campaign_id: int) -> Response:
    """A campaign's text and figures, and what its members added (or all members)."""
    members = request.args.get("members", "personal")
    detail = campaign_service().detail(
        campaign_id,
        PAGE_SIZE,
        request.args.get("cursor"),
        with_personal_text=True if members == "personal" else None,
    )
    page = render_template(
        "web/staff/campaign.html",
        detail=detail,
        members=members,
        position_chart=charts.bar_chart(
            "chart-campaign-positions",
            "Positions of its members",
            [(key, detail.by_position.get(key, 0)) for key in POSITION_KEYS],
            charts.POSITION_COLOURS,
        ),
        excerpt=excerpt,
    )
    return html(page)


def _comment_page(comment_id: int, state: forms.FormState, status: int = 200) -> Response:
    comment = comment_service().get(comment_id)
    if not state.values:
        state.values = {
            "kind": comment.kind or "",
            "campaign_id": str(comment.campaign_id or ""),
            "duplicate_of": str(comment.duplicate_of_id or ""),
            "reason": "",
        }
    page = render_template(
        "web/staff/comment.html",
        comment=comment,
        history=label_service().history(comment_id),
        form=state,
        kind_choices=KINDS,
    )
    return html(page, status)


@bp.get("/comments/<int:comment_id>")
def comment(comment_id: int) -> Response:
    """The whole record, its label and reasons, its history, and the form to change it."""
    return _comment_page(comment_id, forms.FormState())


@bp.post("/comments/<int:comment_id>/label")
def change_label(comment_id: int) -> BaseResponse:
    """A staff decision, validated like ``PATCH /comments/{id}/label``; the system never
    overrides it afterwards."""
    state, data = forms.validate(LabelChangeSchema(), request.form, forms.LABEL_FIELDS)
    if state.ok:
        change = LabelChange(
            kind=data["kind"],
            reason=data["reason"],
            campaign_id=data.get("campaign_id"),
            duplicate_of=data.get("duplicate_of"),
        )
        try:
            label_service().change(comment_id, change, actor=f"staff:{current_staff().name}")
        except InvalidInput as exc:
            # The service may have changed the comment in memory before it refused; the page
            # below must show the label as stored, so drop those changes now (the request
            # lifecycle would roll them back anyway, but only after rendering).
            get_session().rollback()
            state.errors = forms.field_errors(exc.errors, forms.LABEL_FIELDS)
        else:
            flash(f"Label changed to {change.kind.replace('_', ' ')}.")
            return redirect(url_for("staff.comment", comment_id=comment_id), 303)
    return _comment_page(comment_id, state, 422)
