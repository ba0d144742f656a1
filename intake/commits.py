"""Commit, and know whether it took effect.

A ``COMMIT`` sent over a connection that dies before the answer arrives (a terminated backend, a
failover, a network cut) may or may not have taken effect, and a client told "nothing was stored;
please retry" after a commit that did take effect sends the comment twice. So a transaction that
fails *at its commit* is checked on a fresh connection: once the old backend is gone, a row the
transaction inserted (its *witness*) is there exactly when the transaction committed, because
PostgreSQL's sequence values are never handed out twice.

A transaction that wrote nothing loses nothing if ending it fails, so that failure cannot fail
the request (a POST whose comment a group commit stored keeps its 201 even when the request's
own, read-only, connection is lost).

This module knows SQLAlchemy, not Flask.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Integer, event, inspect, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

log = logging.getLogger("intake.commits")

WROTE = "intake.wrote"
WITNESS = "intake.witness"
BACKEND_GONE_WAIT_SECONDS = 10.0
LOST_CONNECTION_CLASSES = frozenset({"08", "57"})
"""SQLSTATE classes of a lost connection: connection exception, operator intervention."""


class CommitOutcomeUnknown(Exception):
    """The commit failed on a lost connection and whether it took effect cannot be learned now."""


@dataclass(frozen=True)
class Witness:
    """A row this transaction inserted, by a primary key the database will never reuse."""

    entity: type[Any]
    key: int


# Every session tracks, per transaction, whether it wrote and one row it inserted.


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: UOWTransaction) -> None:
    session.info[WROTE] = True
    if WITNESS not in session.info:
        witness = next(filter(None, map(_witness_of, session.new)), None)
        if witness is not None:
            session.info[WITNESS] = witness


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[WROTE] = True


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(WROTE, None)
    session.info.pop(WITNESS, None)


def _witness_of(instance: Any) -> Witness | None:
    mapper = inspect(instance).mapper
    if len(mapper.primary_key) != 1:
        return None
    column = mapper.primary_key[0]
    if not isinstance(column.type, Integer) or column.autoincrement not in (True, "auto"):
        return None
    key = mapper.primary_key_from_instance(instance)[0]
    return Witness(mapper.class_, key) if isinstance(key, int) else None


def note_insert(session: Session, entity: type[Any], key: int) -> None:
    """Record a row a statement outside the unit of work inserted (a Core ``INSERT``),
    so a commit lost with its connection can still be checked (the flush hook sees only rows
    the unit of work wrote)."""
    session.info[WROTE] = True
    session.info.setdefault(WITNESS, Witness(entity, key))


def note_write(session: Session) -> None:
    """Record that a statement outside the unit of work wrote (a textual ``UPDATE`` or
    ``INSERT``, which ``do_orm_execute`` does not flag), so the commit is checked."""
    session.info[WROTE] = True


def wrote(session: Session) -> bool:
    return bool(session.info.get(WROTE))


def finish(session: Session) -> None:
    """Commit what the session wrote (checked, see :func:`commit_checked`); end a read quietly.

    Ending a transaction that wrote nothing cannot lose anything, so its failure (a connection
    lost after a group commit stored the request's comment elsewhere) must not fail the answer.
    A session that never began one (a POST whose comment a group commit stored, with the item's
    window and the token cached) has nothing to end: committing it would begin one to commit.
    """
    if not session.in_transaction():
        return
    if wrote(session):
        commit_checked(session)
        return
    try:
        session.commit()
    except SQLAlchemyError as error:  # a read lost nothing
        log.info("ending a read-only transaction failed: %s", type(error).__name__)
        _quiet_rollback(session)


def commit_checked(session: Session) -> None:
    """Commit; if the commit itself fails on a lost connection, find out whether it took effect.

    Returns normally when the transaction committed (at once or, as the check shows, despite the
    error). Raises the original error when it did not, so retrying is safe, and
    :class:`CommitOutcomeUnknown` when the check cannot tell.
    """
    session.flush()  # a failure here is before COMMIT: nothing took effect
    witness: Witness | None = session.info.get(WITNESS)
    backend = _backend_pid(session)
    engine = session.get_bind().engine
    try:
        session.commit()
    except DBAPIError as error:
        if witness is None or not connection_lost(error):
            raise
        _quiet_rollback(session)
        if _committed_after_all(engine, witness, backend):
            log.warning("a commit reported failure but had taken effect; answering as committed")
            return
        raise


def connection_lost(error: DBAPIError) -> bool:
    """The error says the connection went away (so a COMMIT's fate is open), not a refusal.

    SQLAlchemy flags a disconnect only once the driver has marked the connection broken; a
    backend terminated mid-COMMIT answers with SQLSTATE class 57 (operator intervention) first.
    """
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    return state is None or state[:2] in LOST_CONNECTION_CLASSES


def _quiet_rollback(session: Session) -> None:
    with contextlib.suppress(SQLAlchemyError):  # the connection is already gone
        session.rollback()


def _backend_pid(session: Session) -> int | None:
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return None
    pid = getattr(getattr(connection.connection.dbapi_connection, "info", None), "backend_pid", 0)
    return int(pid) if pid else None


def _committed_after_all(engine: Engine, witness: Witness, backend: int | None) -> bool:
    """Whether ``witness`` is stored, asked on a new connection once ``backend`` has exited.

    The question is retried on a fresh connection while the deadline allows (the fault that
    cut the first connection may cut the next); only then is the outcome unknown.
    """
    deadline = time.monotonic() + BACKEND_GONE_WAIT_SECONDS
    while True:
        try:
            return _ask(engine, witness, backend, deadline)
        except (SQLAlchemyError, TimeoutError) as error:
            if time.monotonic() > deadline or isinstance(error, TimeoutError):
                raise CommitOutcomeUnknown(
                    f"the commit's outcome could not be checked ({type(error).__name__})"
                ) from error
            time.sleep(0.1)


def _ask(engine: Engine, witness: Witness, backend: int | None, deadline: float) -> bool:
    (column,) = inspect(witness.entity).primary_key
    with engine.connect() as connection:
        _wait_for_backend_exit(connection, backend, deadline)
        found = connection.execute(select(column).where(column == witness.key)).first()
    log.info(
        "checked a failed commit on %s: %s",
        inspect(witness.entity).local_table.name,
        "stored" if found else "not stored",
    )
    return found is not None


def _wait_for_backend_exit(connection: Any, backend: int | None, deadline: float) -> None:
    """A terminated backend may still be finishing its COMMIT: wait until it is gone."""
    if backend is None:
        return
    alive = text("SELECT 1 FROM pg_stat_activity WHERE pid = :pid")
    while connection.execute(alive, {"pid": backend}).first() is not None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"backend {backend} is still running")
        time.sleep(0.05)
        connection.rollback()
