"""``commits.finish`` at a request's end: a session that never began a transaction is left alone.

A POST whose comment a group commit stored, with its item's window and its token cached, never
touches the request's own session; committing it anyway began a transaction only to commit it
(events, bookkeeping) on every such POST. A session that did begin one is still ended.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from intake.commits import finish


def transactions_created(session: Session) -> list[Any]:
    created: list[Any] = []
    event.listen(session, "after_transaction_create", lambda _s, t: created.append(t))
    return created


def test_a_session_that_never_began_is_not_begun_to_be_ended() -> None:
    session = Session()
    created = transactions_created(session)
    finish(session)
    assert created == [] and not session.in_transaction()


def test_a_begun_read_is_still_ended() -> None:
    session = Session()
    session.begin()
    created = transactions_created(session)
    finish(session)
    assert not session.in_transaction() and created == []
