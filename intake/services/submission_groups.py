"""Commit a group of single submissions in one transaction of its own.

The runner behind :class:`intake.services.group_commit.GroupCommitter` for ``POST .../comments``:
the group's comments are stored and labelled together by
:meth:`CommentService.submit_together` in a fresh session, which is committed here, before any
of their requests is answered. A refusal (no such item, window closed, too long) belongs to its
own submission and is returned as its outcome. If the group as a whole fails (a database error,
a deadlock, a bug the group's mix of comments provokes), nothing of it was written: each
submission is then committed alone, so one bad submission costs the others only time. A commit
that fails on a lost connection is checked first (:func:`intake.commits.commit_checked`): a group
that was stored after all is answered as stored, and one whose fate cannot be learned is never
retried (that could store it twice) but answered as unknown.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from intake.commits import CommitOutcomeUnknown, commit_checked
from intake.errors import DomainError
from intake.services.comments import CommentService, Stored, Submission

log = logging.getLogger("intake.group_commit")


class SubmissionGroups:
    """Callable: submissions in, one outcome each (a stored comment or an exception) out."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        comment_service: Callable[[Session], CommentService],
    ) -> None:
        self.session_factory = session_factory
        self.comment_service = comment_service

    def __call__(self, submissions: Sequence[Submission]) -> list[Stored | BaseException]:
        try:
            started = time.perf_counter()
            outcomes = self._commit(submissions)
            log.debug(
                "group of %d committed in %.1f ms",
                len(submissions),
                (time.perf_counter() - started) * 1e3,
            )
            return list(outcomes)
        except Exception as error:  # noqa: BLE001 - any failure: retry each alone, below
            if len(submissions) == 1 or isinstance(error, CommitOutcomeUnknown):
                return [error] * len(submissions)
            # The class only: a database error's text can quote a commenter's row.
            log.warning(
                "a group of %d submissions failed (%s); committing each alone",
                len(submissions),
                type(error).__name__,
            )
        return [self._commit_alone(submission) for submission in submissions]

    def _commit_alone(self, submission: Submission) -> Stored | BaseException:
        try:
            (outcome,) = self._commit([submission])
        except Exception as error:  # noqa: BLE001 - raised in its own request, at the edge
            return error
        return outcome

    def _commit(self, submissions: Sequence[Submission]) -> list[Stored | DomainError]:
        session = self.session_factory()
        try:
            outcomes = self.comment_service(session).submit_together(submissions)
            commit_checked(session)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        return outcomes
