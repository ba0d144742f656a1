"""A throwaway PostgreSQL database for tests that need real commits from several processes.

The per-test fixture rolls everything back inside one connection, which other processes cannot
see. These tests make their own database on the server named by ``INTAKE_TEST_DATABASE_URL``,
migrate it, and drop it at the end (``WITH (FORCE)``, so a killed worker's connection cannot keep
it alive).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url
from sqlalchemy.orm import Session

from intake import migrate
from intake.models import AgendaItem


@contextmanager
def throwaway_database(server_url: str, prefix: str) -> Iterator[str]:
    """Yield the URL of a fresh, migrated database next to ``server_url``; drop it afterwards."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    server = create_engine(
        make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with server.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        migrate.upgrade(url)
        yield url
    finally:
        with server.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


@contextmanager
def throwaway_database_with(server_url: str, prefix: str, *items: AgendaItem) -> Iterator[str]:
    """:func:`throwaway_database` holding ``items`` already."""
    with throwaway_database(server_url, prefix) as url:
        engine = create_engine(url)
        with Session(engine) as session:
            session.add_all(items)
            session.commit()
        engine.dispose()
        yield url
