"""The review queue: the system's labels a clerk should look at first, and bulk decisions.

Four reasons put a comment here, each only while the system's label stands (a staff decision,
which the system never overrides, takes it off the queue), and a fifth whatever its label:

* ``near_form_letter``: a form letter whose similarity to its campaign is within
  ``MARGIN_SIMILARITY`` above the matching threshold (``INTAKE_MATCH_FORM_CONTAINMENT``);
* ``near_spam``: a spam score within ``MARGIN_SPAM`` of ``INTAKE_SPAM_THRESHOLD``, either side;
* ``relabelled``: the system changed the comment's label after its first one (a relabel run);
* ``absorbed``: an earlier comment a campaign took in when a later one showed the template;
* ``reported``: a false-filing report ("this was filed in my name") matched it. It stays until
  staff mark it disputed or decide its label after the report (confirming it here, once they
  have found the report unfounded); the entry carries the reports.

Confirming or changing them goes through :meth:`LabelService.change`, so each is a label event
with the clerk's name and the one reason given for the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, joinedload

from intake.errors import NotFound
from intake.models import (
    Comment,
    CommentDispute,
    FalseFilingReport,
    FalseFilingReportComment,
    LabelEvent,
)
from intake.services.labels import LabelChange, LabelService
from intake.services.pagination import keyset_page
from intake.text.matching import MatchThresholds
from intake.text.spam import SpamSettings
from schemas.vocabulary import SYSTEM

MARGIN_SIMILARITY = 0.10
MARGIN_SPAM = 0.15
ABSORBED_PREFIX = "joined campaign"
WHY = {
    "near_form_letter": "a form letter close to the matching threshold",
    "near_spam": "a spam score close to the threshold",
    "relabelled": "relabelled by the system after the fact",
    "absorbed": "taken into a campaign after it arrived",
    "reported": "reported as filed in someone's name without consent",
}
LABEL_REASONS = ("near_form_letter", "near_spam", "relabelled", "absorbed")
"""The reasons that hold only while the system's label stands."""
BULK_KINDS = ("unique", "spam")
"""Kinds a batch may be changed to; a form letter or duplicate names its campaign or original,
so those are changed one at a time on the comment's page."""


@dataclass
class ReviewEntry:
    comment: Comment
    why: list[str] = field(default_factory=list)
    reports: list[FalseFilingReport] = field(default_factory=list)


class ReviewService:
    def __init__(
        self, session: Session, labels: LabelService, match: MatchThresholds, spam: SpamSettings
    ) -> None:
        self.session = session
        self.labels = labels
        self.match = match
        self.spam = spam

    def queue(
        self, limit: int, cursor: str | None, item_id: str | None = None
    ) -> tuple[list[ReviewEntry], str | None]:
        """System-labelled comments with at least one reason, oldest first, keyset-paginated."""
        conditions = self._conditions()
        labels = and_(self._system_labelled(), or_(*(conditions[r] for r in LABEL_REASONS)))
        query = (
            select(Comment)
            .options(joinedload(Comment.submitter))
            .where(or_(labels, conditions["reported"]))
        )
        if item_id is not None:
            query = query.where(Comment.item_id == item_id)
        page, next_cursor = keyset_page(self.session, query, Comment.id, limit, cursor)
        hits = self._hits([c.id for c in page])
        reports = self._reports(hits["reported"])
        entries = [
            ReviewEntry(c, [name for name in WHY if c.id in hits[name]], reports.get(c.id, []))
            for c in page
        ]
        return entries, next_cursor

    def _reports(self, comment_ids: set[int]) -> dict[int, list[FalseFilingReport]]:
        """The false-filing reports that matched each comment, oldest first."""
        found: dict[int, list[FalseFilingReport]] = {}
        query = (
            select(FalseFilingReportComment.comment_id, FalseFilingReport)
            .join(FalseFilingReport, FalseFilingReport.id == FalseFilingReportComment.report_id)
            .where(FalseFilingReportComment.comment_id.in_(comment_ids))
            .order_by(FalseFilingReport.id)
        )
        for comment_id, report in self.session.execute(query):
            found.setdefault(comment_id, []).append(report)
        return found

    def decide(
        self, comment_ids: Sequence[int], kind: str | None, reason: str, actor: str
    ) -> list[Comment]:
        """Confirm (``kind`` None: keep each label, now as a staff decision) or change every
        comment to ``kind``; one label event each, in the caller's transaction."""
        decided = []
        for comment_id in comment_ids:
            comment = self.session.get(Comment, comment_id)
            if comment is None:
                raise NotFound(f"No comment {comment_id}.")
            if kind is None:
                change = LabelChange(
                    kind=comment.kind or "unique",
                    reason=reason,
                    campaign_id=comment.campaign_id,
                    duplicate_of=comment.duplicate_of_id,
                )
            else:
                campaign = comment.campaign_id if kind == "spam" else None
                change = LabelChange(kind=kind, reason=reason, campaign_id=campaign)
            decided.append(self.labels.change(comment_id, change, actor))
        return decided

    @staticmethod
    def _system_labelled() -> ColumnElement[bool]:
        return and_(Comment.kind.is_not(None), Comment.decided_by == SYSTEM)

    def _conditions(self) -> dict[str, ColumnElement[bool]]:
        form = self.match.form_containment
        threshold = self.spam.threshold
        later_event = select(LabelEvent.id).where(
            LabelEvent.comment_id == Comment.id,
            LabelEvent.actor == SYSTEM,
            LabelEvent.from_kind.is_not(None),
        )
        absorbed = select(LabelEvent.id).where(
            LabelEvent.comment_id == Comment.id,
            LabelEvent.actor == SYSTEM,
            LabelEvent.reason.startswith(ABSORBED_PREFIX),
        )
        # Two levels down: correlate to the comment and the report explicitly (SQLAlchemy's
        # automatic correlation reaches only the SELECT right around it).
        decided_since_report = (
            select(LabelEvent.id)
            .where(
                LabelEvent.comment_id == Comment.id,
                LabelEvent.actor != SYSTEM,
                LabelEvent.created_at >= FalseFilingReport.received_at,
            )
            .correlate_except(LabelEvent)
        )
        reported = (
            select(FalseFilingReportComment.report_id)
            .join(FalseFilingReport, FalseFilingReport.id == FalseFilingReportComment.report_id)
            .where(FalseFilingReportComment.comment_id == Comment.id)
            .where(~decided_since_report.exists())
        )
        disputed = select(CommentDispute.comment_id).where(CommentDispute.comment_id == Comment.id)
        return {
            "near_form_letter": and_(
                Comment.kind == "form_letter",
                Comment.similarity < form + MARGIN_SIMILARITY,
            ),
            "near_spam": and_(
                Comment.spam_score >= threshold - MARGIN_SPAM,
                Comment.spam_score < threshold + MARGIN_SPAM,
            ),
            "relabelled": later_event.exists(),
            "absorbed": absorbed.exists(),
            "reported": and_(reported.exists(), ~disputed.exists()),
        }

    def _hits(self, ids: Sequence[int]) -> dict[str, set[int]]:
        """For each reason, which of the page's comments it holds for (one read per reason)."""
        system = self._system_labelled()
        return {
            name: set(
                self.session.scalars(
                    select(Comment.id).where(
                        Comment.id.in_(ids), and_(system, cond) if name in LABEL_REASONS else cond
                    )
                )
            )
            for name, cond in self._conditions().items()
        }
