""" "This was filed in my name": reports from the public, and staff disputing a comment.

A report names a comment by its receipt number or by the email it was sent with. It is stored
with every comment it matches, for staff, and the reporter always gets the same answer, so the
form cannot be used to learn whether someone commented. Staff may then mark a comment disputed;
it stays stored and counted, and the summary counts the disputed ones apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from intake.db import utcnow
from intake.errors import NotFound
from intake.models import (
    Comment,
    CommentDispute,
    FalseFilingReport,
    FalseFilingReportComment,
    Submitter,
)
from intake.services.comments import identity_key
from intake.services.pagination import keyset_page

MAX_MATCHES = 1000
"""A report matches at most this many comments (one email may have sent many)."""


class FalseFilingService:
    def __init__(self, session: Session, clock: Callable[[], datetime] = utcnow) -> None:
        self.session = session
        self.clock = clock

    def report(self, data: Mapping[str, Any], source_key: str | None) -> FalseFilingReport:
        """Store the report and link the comments it matches (none is fine: same outcome)."""
        report = FalseFilingReport(
            received_at=self.clock(),
            receipt=data.get("receipt"),
            email=data.get("email"),
            statement=data["statement"],
            contact=data.get("contact"),
            source_key=source_key,
        )
        self.session.add(report)
        self.session.flush()
        self.session.add_all(
            FalseFilingReportComment(report_id=report.id, comment_id=comment_id)
            for comment_id in self._matching(report.receipt, report.email)
        )
        return report

    def _matching(self, receipt: int | None, email: str | None) -> list[int]:
        conditions: list[ColumnElement[bool]] = []
        if receipt is not None:
            conditions.append(Comment.id == receipt)
        if email:
            key = identity_key({"email": email})
            sent_with = select(Submitter.comment_id).where(Submitter.identity_key == key)
            conditions.append(Comment.id.in_(sent_with))
        if not conditions:
            return []
        query = select(Comment.id).where(or_(*conditions)).order_by(Comment.id).limit(MAX_MATCHES)
        return list(self.session.scalars(query))

    def list(self, limit: int, cursor: str | None) -> tuple[list[FalseFilingReport], str | None]:
        """Reports in arrival order, each with the comments it matched (staff)."""
        query = select(FalseFilingReport).options(selectinload(FalseFilingReport.comments))
        return keyset_page(self.session, query, FalseFilingReport.id, limit, cursor)

    def reports_on(self, comment_id: int) -> Sequence[FalseFilingReport]:
        """The reports that matched one comment, oldest first (its staff page)."""
        query = (
            select(FalseFilingReport)
            .join(
                FalseFilingReportComment,
                FalseFilingReportComment.report_id == FalseFilingReport.id,
            )
            .where(FalseFilingReportComment.comment_id == comment_id)
            .order_by(FalseFilingReport.id)
        )
        return list(self.session.scalars(query))

    def dispute(
        self, comment_id: int, reason: str, actor: str, report_id: int | None = None
    ) -> CommentDispute:
        """Mark a comment disputed (again: the newest reason wins)."""
        if self.session.get(Comment, comment_id) is None:
            raise NotFound(f"No comment {comment_id}.")
        if report_id is not None and self.session.get(FalseFilingReport, report_id) is None:
            raise NotFound(f"No false-filing report {report_id}.")
        dispute = self.session.get(CommentDispute, comment_id) or CommentDispute(
            comment_id=comment_id
        )
        dispute.disputed_at = self.clock()
        dispute.actor = actor
        dispute.reason = reason
        dispute.report_id = report_id
        self.session.add(dispute)
        self.session.flush()
        return dispute

    def withdraw(self, comment_id: int) -> None:
        """The comment is no longer disputed (a mistake, or the sender confirmed it)."""
        dispute = self.session.get(CommentDispute, comment_id)
        if dispute is None:
            raise NotFound(f"Comment {comment_id} is not disputed.")
        self.session.delete(dispute)
        self.session.flush()
