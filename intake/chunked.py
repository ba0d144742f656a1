"""The one loop for long jobs on the command line: work a chunk, commit it, report progress.

``intake import`` and ``intake relabel`` both go through millions of rows. Each chunk is done
and committed in its own transaction, so memory stays bounded, an interruption (Ctrl-C, a lost
connection) keeps every chunk committed before it, and the same command run again carries on
(the import skips rows by their import keys; the relabel finds only what is left).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy.orm import Session

C = TypeVar("C")
R = TypeVar("R")


def run_in_chunks(
    session: Session,
    chunks: Iterable[C],
    work: Callable[[C], R],
    progress: Callable[[C, R], None],
    *,
    dry_run: bool = False,
    forget: bool = False,
) -> bool:
    """``work`` each chunk, commit (a dry run rolls back), then ``progress(chunk, result)``.

    ``forget`` empties the session after each commit, for jobs that load their chunks as
    objects. Returns whether the run was interrupted (Ctrl-C): the chunk in hand is rolled back
    and everything committed before it stays.
    """
    try:
        for chunk in chunks:
            result = work(chunk)
            if dry_run:
                session.rollback()
            else:
                session.commit()
            if forget:
                session.expunge_all()
            progress(chunk, result)
    except KeyboardInterrupt:
        session.rollback()
        return True
    return False
