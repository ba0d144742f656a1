"""Build services for the current request from the app's settings and collaborators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import current_app
from sqlalchemy.orm import Session

from intake.auth import current_principal
from intake.config import Settings
from intake.db import get_database, get_session
from intake.errors import Overloaded
from intake.models import Comment
from intake.privacy import current_address_key
from intake.services.campaigns import CampaignService
from intake.services.comments import CommentService, Labeller, Submission, SubmissionContext
from intake.services.export import ExportService, ReportService
from intake.services.group_commit import GroupCommitter, QueueTimeout
from intake.services.items import AgendaItemService
from intake.services.labels import LabelService
from intake.services.summary import SummaryService
from intake.text.fingerprint import Fingerprinter


def settings() -> Settings:
    value: Settings = current_app.config["INTAKE"]
    return value


def clock() -> Callable[[], datetime]:
    value: Callable[[], datetime] = current_app.extensions["intake.clock"]
    return value


def labeller_factory() -> Callable[..., Labeller] | None:
    factory: Callable[..., Labeller] | None = current_app.extensions.get("intake.labeller")
    return factory


def submission_context(*, honeypot_filled: bool = False) -> SubmissionContext:
    """How this request's comments arrived: the recorded source and, if anonymous, the address."""
    principal = current_principal()
    return SubmissionContext(
        source=principal.source,
        client_key=None if principal.role is not None else current_address_key(),
        honeypot_filled=honeypot_filled,
    )


def label_service() -> LabelService:
    fingerprinter: Fingerprinter = current_app.extensions["intake.fingerprinter"]
    return LabelService(get_session(), fingerprinter, clock())


def item_service() -> AgendaItemService:
    return AgendaItemService(get_session(), clock())


def comment_service(session: Session | None = None) -> CommentService:
    """Over the request's session, or ``session`` (a group commit's own)."""
    if session is None:
        session = get_session()
    factory = labeller_factory()
    return CommentService(
        session,
        max_body_chars=settings().max_body_chars,
        labeller=factory(session) if factory is not None else None,
        clock=clock(),
    )


def submit_comment(submission: Submission, *, own_transaction: bool = False) -> Comment:
    """Store and label one comment: in this worker's next group commit, or in the request's
    own transaction when grouping is off (SQLite) or ``own_transaction`` is asked for (a request
    whose idempotency key row must commit with its comment)."""
    committer: GroupCommitter[Submission, Comment] | None = current_app.extensions.get(
        "intake.group_commit"
    )
    if committer is None or own_transaction:
        return comment_service().submit(submission.item_id, submission.data, submission.context)
    try:
        return committer.submit(submission)
    except QueueTimeout as exc:
        raise Overloaded("Too many comments are waiting to be stored; please retry.") from exc


def summary_service() -> SummaryService:
    return SummaryService(get_session(), clock(), settings().zone)


def campaign_service() -> CampaignService:
    return CampaignService(get_session())


def export_service() -> ExportService:
    """Bound to the session factory, not the request's session (the body outlives it)."""
    return ExportService(get_database().session_factory)


def report_service() -> ReportService:
    return ReportService(get_session(), clock(), settings().zone)
