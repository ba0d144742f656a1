"""Engine, session-per-request and the declarative base.

One SQLAlchemy session serves one request. Handlers and services never commit: the request
lifecycle commits when the view succeeded (a status below 400) and rolls back otherwise, so a 201
is only sent after its comment is durable and a failed request leaves nothing half written. A
request that wrote nothing cannot fail at its end, and a commit that fails on a lost connection
is checked before the client hears anything (:mod:`intake.commits`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from time import monotonic
from typing import Any

from flask import Flask, g, has_app_context
from flask import current_app as flask_current_app
from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator

from intake import commits

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base whose constraints get stable names, so migrations can refer to them."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


PING_AFTER_IDLE_SECONDS = 1.0
"""A pooled PostgreSQL connection idle at least this long is pinged before it is handed out.
A database restart (shutdown, start, recovery) lasts longer than this, so a connection that sat
in the pool across one is always pinged and replaced; one used during the outage failed there
and SQLAlchemy then invalidated the whole pool. During a burst each group commit's connection
was checked in milliseconds ago, and a ping per group commit (a round trip, ~3 % of a POST's
Python) bought nothing (docs/benchmarks.md, session 9)."""


def make_engine(
    url: str,
    *,
    pool_size: int = 5,
    pool_timeout: float = 5.0,
    ping_after: float = PING_AFTER_IDLE_SECONDS,
) -> Engine:
    """Create the engine with the per-backend settings intake relies on.

    SQLite: WAL so readers never wait for the writer, foreign keys on, and ``BEGIN IMMEDIATE`` so
    two workers labelling at once queue for the write lock instead of failing on lock upgrade.
    PostgreSQL: a short connect timeout so an outage answers 503 quickly instead of hanging, and
    a pooled connection pinged before use when it sat idle ``ping_after`` seconds or more
    (:func:`_ping_when_idle`).
    Both: ``hide_parameters``, because a database error's message otherwise carries the
    statement's parameters (names, emails, addresses) into the logged traceback.
    """
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            poolclass=NullPool,
            connect_args={"timeout": 30, "check_same_thread": False},
            hide_parameters=True,
        )
        _configure_sqlite(engine)
        return engine
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=5,
        pool_timeout=pool_timeout,
        connect_args={"connect_timeout": 3},
        hide_parameters=True,
    )
    _ping_when_idle(engine, ping_after)
    return engine


_LAST_USED = "intake_last_used"


def _ping_when_idle(engine: Engine, idle_seconds: float) -> None:
    """SQLAlchemy's pessimistic disconnect handling (``pool_pre_ping``), paid only by a
    connection that sat idle: the pool ``checkout`` event recipe. A connection whose ping fails
    raises ``DisconnectionError``, on which the pool drops it and checks out a fresh one (a
    connect that fails in turn is the request's 503)."""

    @event.listens_for(engine, "connect")
    def _fresh(_dbapi_connection: Any, record: Any) -> None:
        record.info[_LAST_USED] = monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info[_LAST_USED] = monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        last_used = record.info.get(_LAST_USED)
        if last_used is not None and monotonic() - last_used < idle_seconds:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise exc.DisconnectionError() from error


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A long read (a CSV export) asks for ``intake_read_only`` and takes a plain BEGIN: WAL
        # gives it a snapshot without holding the write lock, so intake keeps taking comments.
        if connection.get_execution_options().get("intake_read_only"):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """The app's engine and session factory; tests swap the factory for a rolled-back one."""

    def __init__(self, url: str, *, pool_size: int = 5) -> None:
        self.url = url
        self.engine = make_engine(url, pool_size=pool_size)
        self.session_factory: Callable[[], Session] = sessionmaker(
            bind=self.engine, expire_on_commit=False
        )

    def dispose(self) -> None:
        self.engine.dispose()


def init_app(app: Flask, database: Database) -> None:
    """Attach ``database`` to ``app`` and wire commit/rollback into the request lifecycle."""
    app.extensions["intake.db"] = database

    @app.after_request
    def _commit_or_rollback(response: Any) -> Any:
        session: Session | None = g.pop("db_session", None)
        waits: list[Callable[[], object]] = g.pop("after_commit", [])
        if session is not None:
            try:
                if response.status_code < 400:
                    commits.finish(session)
                else:
                    session.rollback()
            finally:
                session.close()
        if response.status_code < 400:
            for wait in waits:
                wait()
        return response

    @app.teardown_appcontext
    def _close(_exc: BaseException | None) -> None:
        session: Session | None = g.pop("db_session", None)
        if session is not None:
            session.rollback()
            session.close()


def after_commit(wait: Callable[[], object]) -> None:
    """Run ``wait`` once this request's writes are committed and its session is closed, before
    its answer is sent (a request that fails skips it). For waiting that must hold neither a
    connection nor a transaction: an overloaded label queue's backpressure (label_lag)."""
    waits: list[Callable[[], object]] = g.setdefault("after_commit", [])
    waits.append(wait)


def get_database(app: Flask | None = None) -> Database:
    app = app or flask_current_app
    database: Database = app.extensions["intake.db"]
    return database


def get_session() -> Session:
    """The request's session, opened on first use."""
    if not has_app_context():
        raise RuntimeError("get_session() needs an application context")
    session: Session | None = g.get("db_session")
    if session is None:
        session = get_database().session_factory()
        g.db_session = session
    return session
