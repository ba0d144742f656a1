"""Alembic environment: migrate the database the app is configured for.

``intake db upgrade`` (and ``intake serve``) pass the URL or an open connection in; nothing here
reads the environment on its own.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from intake import models  # noqa: F401  (registers every table on Base.metadata)
from intake.db import Base, make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite" and not connection.in_transaction()
    if sqlite:
        # A batch migration rebuilds a SQLite table by copying it and dropping the original, and
        # with foreign keys on, DROP TABLE first deletes every row, cascading into the tables that
        # reference it (rebuilding ``comments`` would empty ``submitters`` and ``label_events``).
        # The pragma is a no-op inside a transaction, and intake.db makes SQLAlchemy open every
        # transaction with BEGIN IMMEDIATE, so it goes straight to the driver, before any begins.
        _foreign_keys(connection, on=False)
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"migration left dangling foreign keys: {broken[:10]}")
    finally:
        if sqlite:
            connection.rollback()
            _foreign_keys(connection, on=True)


def _foreign_keys(connection: Connection, *, on: bool) -> None:
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    finally:
        cursor.close()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
