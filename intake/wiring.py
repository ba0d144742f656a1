"""Where services are wired: once per app (:func:`init_app`, called by ``create_app``) and per
request (the helpers below), for the API and the web pages alike.

Every comment, whatever door it came in by (single POST, batch, public form, ``intake import``),
is stored and labelled by a :class:`CommentService` built by :func:`comment_service_for`, so the
labeller, the body length cap and the clock cannot differ between them. Single submissions (the
API's POST and the public form) go through :func:`submit_comment`: this worker's group commit on
PostgreSQL, the request's own transaction otherwise. On PostgreSQL they and the batch POST's are
stored unlabelled and labelled right after by the label queue
(:mod:`intake.services.label_queue`), which every other request settles first; an import labels
in its own transaction. While the queue is behind on an item, those POSTs are answered once it
is back within ``INTAKE_LABEL_LAG_BOUND`` (:func:`hold_for_labeller`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from flask import Flask, current_app, request
from sqlalchemy.orm import Session

from intake import db
from intake.auth import current_principal
from intake.config import Settings
from intake.db import get_database, get_session
from intake.errors import Overloaded
from intake.models import Comment
from intake.privacy import current_address_key
from intake.services.campaigns import CampaignService
from intake.services.comments import (
    CommentService,
    Labeller,
    Stored,
    Submission,
    SubmissionContext,
)
from intake.services.export import ExportService, ReportService
from intake.services.false_filing import FalseFilingService
from intake.services.group_commit import GroupCommitter, QueueTimeout
from intake.services.items import AgendaItemService, WindowCache
from intake.services.label_lag import Backlog, LagGuard, read_backlog
from intake.services.label_queue import Labeller as QueueLabeller
from intake.services.label_queue import LabelQueue
from intake.services.labels import LabelService
from intake.services.record import RecordService
from intake.services.submission_groups import SubmissionGroups
from intake.services.summary import SummaryService
from intake.services.tokens import TokenCache, TokenService
from intake.text.fingerprint import DEFAULT_SCHEME, Fingerprinter

GROUP_WAIT_SECONDS = 10.0
"""How long a POST may wait for a group to take it before it is answered 503, unstored."""


def init_app(app: Flask, settings: Settings) -> None:
    """Install the app-wide collaborators: fingerprinter, labeller, group committer."""
    from intake.labelling import labeller_factory as build_labeller_factory

    fingerprinter = Fingerprinter(DEFAULT_SCHEME)
    app.extensions["intake.token_cache"] = TokenCache(settings.token_cache_seconds)
    app.extensions["intake.window_cache"] = WindowCache(settings.item_cache_seconds)
    app.extensions["intake.fingerprinter"] = fingerprinter
    app.extensions["intake.labeller"] = build_labeller_factory(
        settings, lambda: app.extensions["intake.clock"](), fingerprinter
    )
    labelled_at_once = not settings.queues_labels
    if settings.groups_commits:
        groups = SubmissionGroups(
            lambda: db.get_database(app).session_factory(),
            lambda session: comment_service_for(app, session, labelled=labelled_at_once),
        )
        app.extensions["intake.group_commit"] = GroupCommitter(
            groups, max_batch=settings.group_commit_max, timeout=GROUP_WAIT_SECONDS
        )
    if settings.queues_labels:
        _init_label_queue(app)
        if settings.label_lag_bound > 0:
            _init_lag_guard(app, settings.label_lag_bound)


def _init_label_queue(app: Flask) -> None:
    """The queue single POSTs leave their comments in, and the settling of every read."""

    def label_batch(session: Session, comments: Sequence[Comment]) -> None:
        labeller: Callable[[Session], Labeller] = app.extensions["intake.labeller"]
        labeller(session).label_batch(comments)

    app.extensions["intake.label_queue"] = LabelQueue(
        lambda: db.get_database(app).session_factory(),
        label_batch,
        lambda: app.extensions["intake.clock"](),
    )
    app.before_request(_settle_before_reading)


def _init_lag_guard(app: Flask, bound: float) -> None:
    """This worker's view of how far behind the labeller is on each item (label_lag)."""

    def read(item_id: str) -> Backlog:
        with db.get_database(app).session_factory() as session:
            return read_backlog(session, item_id)

    app.extensions["intake.lag_guard"] = LagGuard(
        read, lambda: app.extensions["intake.clock"](), bound=bound
    )


def hold_for_labeller(item_id: str) -> None:
    """Once this request's comments on ``item_id`` are committed, answer only when the item's
    labeller is within the bound (at most 10 s later); nothing where labels are not queued."""
    guard: LagGuard | None = current_app.extensions.get("intake.lag_guard")
    if guard is not None:
        db.after_commit(lambda: guard.hold(item_id))


UNSETTLED_ENDPOINTS = ("health.", "static", "docs.", "problems.")
"""Requests that show and label no comment: they never wait for the label queue."""
QUEUEING_ENDPOINTS = (
    "comments.ItemCommentCollection",
    "batches.CommentBatch",
    "public.submit_comment",
)
"""Where comments are submitted: their POSTs leave the comments to the queue."""


def _settle_before_reading() -> None:
    """Staff never read a comment before its label, and a batch, a label change or anything
    else that writes comes after the comments that arrived before it (see LabelQueue.settle).

    An anonymous GET (or CORS preflight) does not wait: what the public reads (the summary and
    the record as they stood at their last boundary, receipts, agenda items) holds no label of a
    comment seconds old, and a crowd reloading a public page during a burst must not hold the
    workers' threads behind the labeller.
    """
    endpoint = request.endpoint or ""
    if endpoint.startswith(UNSETTLED_ENDPOINTS):
        return
    if request.method == "POST" and endpoint in QUEUEING_ENDPOINTS:
        return
    if request.method in ("GET", "HEAD", "OPTIONS") and not _identified():
        return
    label_queue().settle()  # type: ignore[union-attr]


def _identified() -> bool:
    """The request carries a token or a session cookie (a staff member, most likely)."""
    cookie = current_app.config["SESSION_COOKIE_NAME"]
    return request.authorization is not None or cookie in request.cookies


def label_queue(app: Flask | None = None) -> LabelQueue | None:
    """The app's label queue, or None where single POSTs are labelled in their transaction."""
    queue: LabelQueue | None = (app or current_app).extensions.get("intake.label_queue")
    return queue


def start_labeller(app: Flask) -> QueueLabeller | None:
    """A labelling thread in this process, for a process that both takes and labels comments
    (``intake serve`` runs a labeller process instead, see intake.serving.LabellerProcess); it
    drains whatever waits first, then looks again every poll."""
    queue = label_queue(app)
    if queue is None:
        return None
    running = QueueLabeller(queue).start()
    return running


def comment_service_for(app: Flask, session: Session, *, labelled: bool = True) -> CommentService:
    """The one way a CommentService is built: over ``session``, with the app's labeller, length
    cap and clock (``labelled=False``: stored unlabelled, for the label queue or a dry run)."""
    factory: Callable[[Session], Labeller] | None = app.extensions.get("intake.labeller")
    settings_: Settings = app.config["INTAKE"]
    return CommentService(
        session,
        max_body_chars=settings_.max_body_chars,
        labeller=factory(session) if factory is not None and labelled else None,
        clock=app.extensions["intake.clock"],
        confirmations=settings_.sends_mail,
        windows=app.extensions["intake.window_cache"],
    )


def settings() -> Settings:
    value: Settings = current_app.config["INTAKE"]
    return value


def clock() -> Callable[[], datetime]:
    value: Callable[[], datetime] = current_app.extensions["intake.clock"]
    return value


def submission_context(*, honeypot_filled: bool = False) -> SubmissionContext:
    """How this request's comments arrived: the recorded source and, if anonymous, the address."""
    principal = current_principal()
    return SubmissionContext(
        source=principal.source,
        client_key=None if principal.role is not None else current_address_key(),
        honeypot_filled=honeypot_filled,
    )


def token_service(session: Session | None = None) -> TokenService:
    """Over the request's session (opened only when the cache cannot answer), with this
    worker's cache of verified tokens."""
    cache: TokenCache = current_app.extensions["intake.token_cache"]
    return TokenService(get_session if session is None else session, clock(), cache)


def label_service() -> LabelService:
    fingerprinter: Fingerprinter = current_app.extensions["intake.fingerprinter"]
    return LabelService(get_session(), fingerprinter, clock())


def item_service() -> AgendaItemService:
    """Over the request's session, with this worker's cache of comment windows (a change made
    here clears the changed item's entry)."""
    windows: WindowCache = current_app.extensions["intake.window_cache"]
    return AgendaItemService(get_session(), clock(), windows)


def comment_service(session: Session | None = None, *, labelled: bool = True) -> CommentService:
    """Over the request's session, or ``session`` (a group commit's own)."""
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    return comment_service_for(
        app, get_session() if session is None else session, labelled=labelled
    )


def submit_comment(submission: Submission, *, own_transaction: bool = False) -> Stored:
    """Store and label one comment: in this worker's next group commit, or in the request's
    own transaction when grouping is off (SQLite) or ``own_transaction`` is asked for (a request
    whose idempotency key row must commit with its comment). Answered once the item's label
    queue is within its bound (:func:`hold_for_labeller`)."""
    committer: GroupCommitter[Submission, Stored] | None = current_app.extensions.get(
        "intake.group_commit"
    )
    if committer is None or own_transaction:
        service = comment_service(labelled=label_queue() is None)
        # Committed by the request's end; the labeller's next look finds it.
        stored = service.submit(submission.item_id, submission.data, submission.context)
    else:
        try:
            stored = committer.submit(submission)
        except QueueTimeout as exc:
            raise Overloaded("Too many comments are waiting to be stored; please retry.") from exc
    hold_for_labeller(submission.item_id)
    return stored


def summary_service() -> SummaryService:
    queue = label_queue()
    settle = queue.settle if queue is not None else (lambda: None)
    return SummaryService(get_session(), clock(), settings().zone, settle)


def campaign_service() -> CampaignService:
    return CampaignService(get_session())


def export_service() -> ExportService:
    """Bound to the session factory, not the request's session (the body outlives it)."""
    return ExportService(get_database().session_factory)


def report_service() -> ReportService:
    return ReportService(get_session(), clock(), settings().zone)


def false_filing_service() -> FalseFilingService:
    return FalseFilingService(get_session(), clock())


def file_false_filing_report(data: dict[str, Any]) -> None:
    """Store a report that a comment was filed in someone's name; the caller answers the same
    whatever it matched (the API and the public page alike)."""
    false_filing_service().report(data, current_address_key())


def record_service() -> RecordService:
    config = settings()
    return RecordService(
        get_session(),
        clock(),
        interval=timedelta(seconds=config.public_summary_interval_seconds),
        names=config.public_record_names,
        fingerprinter=current_app.extensions["intake.fingerprinter"],
    )
