"""A second app on its own fresh database: the other half of a batch-versus-one-by-one check.

Campaign state depends on everything that came before, so each way of posting the same corpus
needs a database of its own; the twin is a copy of the migrated SQLite template.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from flask.testing import FlaskClient

from intake import create_app
from intake.db import get_database
from intake.services.tokens import TokenService
from tests.conftest import bearer, without_fsync


@dataclass(frozen=True)
class Twin:
    client: FlaskClient
    staff: dict[str, str]
    integration: dict[str, str]


@contextmanager
def twin_app(sqlite_template: Path, tmp_path: Path) -> Iterator[Twin]:
    """The twin's test client with a staff and an integration token; disposed on leaving."""
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app(
        {
            "database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}",
            "rate_limit_public": "100000/minute",
        }
    )
    without_fsync(get_database(twin).engine)
    session = get_database(twin).session_factory()
    try:
        _row, staff = TokenService(session).create("twin-staff", "staff")
        _row, integration = TokenService(session).create("twin-tool", "integration")
        session.commit()
    finally:
        session.close()
    try:
        yield Twin(twin.test_client(), bearer(staff), bearer(integration))
    finally:
        get_database(twin).dispose()
