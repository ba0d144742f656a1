"""The staff dashboard: items with their counts, an item's charts, campaigns and comments, and
label decisions.

Every page is read through the same services as the staff API and every change goes through
``LabelService.change`` with the signed-in token's name as the actor, so the dashboard can do
nothing the API cannot and leaves the same history. Staff sign in with their API token (see
:mod:`intake.web.staff_auth`); every POST carries the session's CSRF token (:mod:`intake.web.csrf`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

from intake import wiring
from intake.auth import Principal
from intake.db import get_session
from intake.downloads import download, report_response
from intake.errors import Conflict, Forbidden, InvalidInput, flatten_errors
from intake.models import AgendaItem, Comment
from intake.services.comments import CommentFilters
from intake.services.items import CommentWindow
from intake.services.labels import LabelChange
from intake.services.review import WHY as REVIEW_WHY
from intake.services.review import ReviewService
from intake.services.summary import KIND_KEYS, POSITION_KEYS
from intake.services.tokens import TokenService
from intake.web import charts, csrf, forms, item_forms, pages
from intake.web.overview import ItemOverviewService
from intake.web.pages import html, plural
from intake.web.staff_auth import StaffSessions
from intake.wiring import (
    campaign_service,
    clock,
    comment_service,
    false_filing_service,
    item_service,
    label_service,
    record_service,
    settings,
    summary_service,
)
from schemas.agenda_items import AgendaItemCreateSchema, AgendaItemUpdateSchema
from schemas.comments import (
    CommentListArgsSchema,
    CommentSearchArgsSchema,
    LabelChangeSchema,
    ReviewDecisionSchema,
)
from schemas.tokens import TokenCreateSchema
from schemas.vocabulary import KINDS, POSITIONS, ROLES, UNSPECIFIED

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
    return CommentFilters.from_args(args), {}


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
            "chart-timeline",
            f"Comments per hour, by label ({settings().time_zone})",
            summary["timeline"],
        ),
        position_chart=charts.position_chart(summary["by_position"]),
        campaign_chart=charts.campaign_chart(sizes),
        filters=values,
        filter_errors=errors,
        kind_choices=KINDS,
        position_choices=(*POSITIONS, UNSPECIFIED),
        comments=comments,
        next_cursor=next_cursor,
        excerpt=excerpt,
        default_view=values == _filter_args({}),
    )
    return html(page, 422 if errors else 200)


def _item_form(item: AgendaItem | None, state: forms.FormState, status: int = 200) -> Response:
    accepting = item is not None and CommentWindow.of(item).accepting(clock()())
    page = render_template("web/staff/item_form.html", item=item, form=state, accepting=accepting)
    return html(page, status)


@bp.get("/new-item")
def new_item() -> Response:
    """A form for a new agenda item (times in the city's zone). Not under ``/staff/items/``,
    where ``new`` would be taken for an item's id: an item may be called ``new``."""
    return _item_form(None, forms.FormState())


@bp.post("/new-item")
def new_item_submit() -> BaseResponse:
    """Validated by ``AgendaItemCreateSchema`` and stored by the service, as ``POST
    /api/v1/agenda-items``; a taken file number is shown on its field."""
    state, data = item_forms.validate_item(
        AgendaItemCreateSchema(),
        request.form,
        item_forms.CREATE_FIELDS,
        settings().zone,
        clear=False,
    )
    if state.ok:
        try:
            created = item_service().create(data)
        except Conflict as exc:
            state.errors = {"id": [exc.detail]}
        else:
            flash(f"Agenda item {created.id} created.")
            return redirect(url_for("staff.item", item_id=created.id), 303)
    return _item_form(None, state, 422)


@bp.get("/items/<item_id:item_id>/edit")
def edit_item(item_id: str) -> Response:
    """The item's title, body, meeting and window, to change (times in the city's zone)."""
    item = item_service().get(item_id)
    zone = settings().zone
    values = {"title": item.title, "body_name": item.body_name or ""}
    for name in item_forms.TIME_FIELDS:
        values[name] = item_forms.local_input(getattr(item, name), zone)
    return _item_form(item, forms.FormState(values=values))


def _changed(
    state: forms.FormState, change: Callable[[], object], fields: Mapping[str, str]
) -> bool:
    """Make a form's change through its service; True when the service accepted it.

    A refusal puts the service's errors on the form's fields, and drops whatever the service
    changed in memory before it refused: the page drawn again must show what is stored (the
    request lifecycle would roll it back too, but only after rendering).
    """
    try:
        change()
    except InvalidInput as exc:
        get_session().rollback()
        state.errors = forms.field_errors(exc.errors, fields)
        return False
    return True


@bp.post("/items/<item_id:item_id>/edit")
def edit_item_submit(item_id: str) -> BaseResponse:
    """Validated by ``AgendaItemUpdateSchema`` and changed by the service, as ``PATCH``; an
    emptied optional field is cleared."""
    item = item_service().get(item_id)
    state, data = item_forms.validate_item(
        AgendaItemUpdateSchema(), request.form, item_forms.EDIT_FIELDS, settings().zone, clear=True
    )
    if state.ok and _changed(
        state, lambda: item_service().update(item_id, data), item_forms.EDIT_FIELDS
    ):
        flash(f"Agenda item {item_id} saved.")
        return redirect(url_for("staff.item", item_id=item_id), 303)
    return _item_form(item_service().get(item.id), state, 422)


@bp.post("/items/<item_id:item_id>/window")
def item_window(item_id: str) -> BaseResponse:
    """Close the window now, or reopen it from now with no closing time (set a closing time on
    the edit form); the same update as a ``PATCH`` of the window's times."""
    action = request.form.get("action")
    now = clock()()
    item = item_service().get(item_id)
    if action == "close":
        changes: dict[str, Any] = {"comments_close_at": now}
        if item.comments_open_at is not None and item.comments_open_at >= now:
            changes["comments_open_at"] = None
        message = "Comments closed."
    elif action == "reopen":
        changes = {"comments_close_at": None}
        if item.comments_open_at is not None and item.comments_open_at > now:
            changes["comments_open_at"] = None
        message = "Comments reopened, with no closing time."
    else:
        raise InvalidInput({"action": ["Must be close or reopen."]})
    item_service().update(item_id, AgendaItemUpdateSchema().load(_as_json(changes)))
    flash(message)
    return redirect(url_for("staff.edit_item", item_id=item_id), 303)


def _as_json(changes: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if v is not None else None for k, v in changes.items()}


TOKEN_FIELDS = {name: name for name in ("name", "role", "rate_limit")}


def _require_admin() -> None:
    if current_staff().role != "admin":
        raise Forbidden("Only an admin token may manage tokens.")


def _tokens_page(
    state: forms.FormState, status: int = 200, created: Any = None, secret: str | None = None
) -> Response:
    page = render_template(
        "web/staff/tokens.html",
        tokens=TokenService(get_session()).list(),
        roles=ROLES,
        form=state,
        created=created,
        secret=secret,
    )
    return html(page, status)


@bp.get("/tokens")
def tokens() -> Response:
    """Every token (never a secret) and a form to make one; admins only, like the API."""
    _require_admin()
    return _tokens_page(forms.FormState(values={"role": "staff"}))


@bp.post("/tokens")
def create_token() -> Response:
    """Validated by ``TokenCreateSchema`` and made by the service; the secret is on this page
    only (answered directly, not redirected: it is never stored to be shown again)."""
    _require_admin()
    state, data = forms.validate(TokenCreateSchema(), request.form, TOKEN_FIELDS)
    if state.ok:
        try:
            token, secret = TokenService(get_session()).create(
                data["name"], data["role"], data.get("rate_limit")
            )
        except (Conflict, InvalidInput) as exc:
            get_session().rollback()
            errors = exc.errors if isinstance(exc, InvalidInput) else {"name": [exc.detail]}
            state.errors = forms.field_errors(errors, TOKEN_FIELDS)
        else:
            return _tokens_page(forms.FormState(values={"role": "staff"}), 201, token, secret)
    return _tokens_page(state, 422)


@bp.post("/tokens/<int:token_id>/revoke")
def revoke_token(token_id: int) -> BaseResponse:
    """Revoke: at once on this worker, within INTAKE_TOKEN_CACHE_SECONDS on the others; a staff
    session signed in with it ends on its next page."""
    _require_admin()
    token = wiring.token_service().revoke_id(token_id)
    flash(f"Token {token.name} revoked.")
    return redirect(url_for("staff.tokens"), 303)


@bp.get("/items/<item_id:item_id>/comments.csv")
def packet_csv(item_id: str) -> Response:
    """The packet's CSV, the same bytes as the staff API's (signed-in staff only)."""
    return download(item_id, "csv")


@bp.get("/items/<item_id:item_id>/comments.jsonl")
def packet_jsonl(item_id: str) -> Response:
    """Every comment as JSON Lines, as ``intake export --format jsonl`` writes it."""
    return download(item_id, "jsonl")


@bp.get("/items/<item_id:item_id>/report")
def packet_report(item_id: str) -> Response:
    """The printable report, with names only when asked (``?names=1``)."""
    return report_response(item_id, names=request.args.get("names") == "1")


REVIEW_LABELS = {"comment_ids": "Comments", "action": "Action", "reason": "Reason"}


def _review_service() -> ReviewService:
    config = settings()
    return ReviewService(get_session(), label_service(), config.match, config.spam)


def _review_page(
    errors: Mapping[str, list[str]] | None = None, form: Mapping[str, Any] | None = None
) -> Response:
    item_id = request.args.get("item_id") or None
    entries, next_cursor = _review_service().queue(PAGE_SIZE, request.args.get("cursor"), item_id)
    form = form or {}
    page = render_template(
        "web/staff/review.html",
        entries=entries,
        next_cursor=next_cursor,
        item_id=item_id,
        why=REVIEW_WHY,
        labels=REVIEW_LABELS,
        errors=errors or {},
        chosen=form.get("comment_ids", []),
        action=form.get("action", ""),
        reason=form.get("reason", ""),
        excerpt=excerpt,
    )
    return html(page, 422 if errors else 200)


@bp.get("/review")
def review() -> Response:
    """The labels to look at first (``?item_id=`` for one item), to confirm or change in bulk."""
    return _review_page()


@bp.post("/review")
def review_submit() -> BaseResponse:
    """One reason for every comment chosen; each decision is its own label event."""
    form = {
        "comment_ids": request.form.getlist("comment_ids"),
        "action": request.form.get("action", ""),
        "reason": request.form.get("reason", "").strip(),
    }
    try:
        data = ReviewDecisionSchema().load(form)
    except ValidationError as exc:
        return _review_page(flatten_errors(exc.messages), form)
    kind = None if data["action"] == "confirm" else data["action"]
    try:
        decided = _review_service().decide(
            data["comment_ids"], kind, data["reason"], actor=current_staff().actor
        )
    except InvalidInput as exc:
        get_session().rollback()
        return _review_page(exc.errors, form)
    verb = "Confirmed" if kind is None else f"Changed to {kind}:"
    flash(f"{verb} {plural(len(decided), 'comment')}.")
    return redirect(url_for("staff.review", item_id=request.args.get("item_id")), 303)


SEARCH_NAMES = ("q", "kind", "item_id")


@bp.get("/search")
def search() -> Response:
    """Comments on every item by text and label, validated by the search API's own schema."""
    values = {name: request.args.get(name, "").strip() for name in SEARCH_NAMES}
    given = {k: v for k, v in values.items() if v}
    comments: list[Comment] = []
    next_cursor: str | None = None
    errors: dict[str, list[str]] = {}
    if given:
        try:
            args: dict[str, Any] = CommentSearchArgsSchema().load(given)
        except ValidationError as exc:
            errors = flatten_errors(exc.messages)
        else:
            filters = CommentFilters.from_args(args)
            comments, next_cursor = comment_service().search(
                filters, PAGE_SIZE, request.args.get("cursor"), args.get("item_id")
            )
    page = render_template(
        "web/staff/search.html",
        values=values,
        searched=bool(given) and not errors,
        errors=errors,
        comments=comments,
        next_cursor=next_cursor,
        kind_choices=KINDS,
        excerpt=excerpt,
    )
    return html(page, 422 if errors else 200)


@bp.get("/campaigns")
def campaigns() -> Response:
    """Every campaign, or those on one item, with comments and people counted apart."""
    item_id = request.args.get("item_id") or None
    if item_id is not None:
        item_service().get(item_id)  # an unknown item is a 404 page, not an empty list
    page, next_cursor = campaign_service().page(PAGE_SIZE, request.args.get("cursor"), item_id)
    return html(
        render_template(
            "web/staff/campaigns.html",
            campaigns=page,
            next_cursor=next_cursor,
            item_id=item_id,
            excerpt=excerpt,
        )
    )


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


def comment_page(
    comment_id: int,
    state: forms.FormState,
    status: int = 200,
    dispute_form: forms.FormState | None = None,
    hold_form: forms.FormState | None = None,
) -> Response:
    """The comment's page with the label form's ``state`` (and the dispute form's, which
    :mod:`intake.web.staff_disputes` handles, and the hold-back form's, which
    :mod:`intake.web.staff_record` handles)."""
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
        record_events=record_service().comment_events(comment_id),
        form=state,
        hold_form=hold_form or forms.FormState(),
        kind_choices=KINDS,
        reports=false_filing_service().reports_on(comment_id),
        dispute_form=dispute_form or forms.FormState(),
    )
    return html(page, status)


@bp.get("/comments/<int:comment_id>")
def comment(comment_id: int) -> Response:
    """The whole record, its label and reasons, its history, and the form to change it."""
    return comment_page(comment_id, forms.FormState())


@bp.post("/comments/<int:comment_id>/label")
def change_label(comment_id: int) -> BaseResponse:
    """A staff decision, validated like ``PATCH /comments/{id}/label``; the system never
    overrides it afterwards."""
    state, data = forms.validate(LabelChangeSchema(), request.form, forms.LABEL_FIELDS)
    if state.ok:
        change = LabelChange.from_args(data)
        actor = current_staff().actor
        if _changed(
            state,
            lambda: label_service().change(comment_id, change, actor=actor),
            forms.LABEL_FIELDS,
        ):
            flash(f"Label changed to {change.kind.replace('_', ' ')}.")
            return redirect(url_for("staff.comment", comment_id=comment_id), 303)
    return comment_page(comment_id, state, 422)
