"""Models and migrations cannot drift: ``intake db check`` (``alembic check``) finds nothing on a
database migrated to head, on SQLite and (with INTAKE_TEST_DATABASE_URL) PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.util import CommandError
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from intake import cli, migrate


def test_head_matches_the_models(app: object, database_url: str) -> None:
    migrate.check(database_url)  # the app fixture migrated it; raises on any difference


def drifted(tmp_path: Path) -> str:
    """A database at head that lacks an index the models declare (a change made by hand, or a
    model changed without its migration)."""
    url = f"sqlite:///{tmp_path / 'drifted.sqlite3'}"
    migrate.upgrade(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_label_events_comment_id"))
    engine.dispose()
    return url


def test_drift_is_found(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="New upgrade operations detected"):
        migrate.check(drifted(tmp_path))


def test_the_command_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = drifted(tmp_path)
    monkeypatch.setenv("INTAKE_DATABASE_URL", url)
    result = CliRunner().invoke(cli.main, ["db", "check"])
    assert result.exit_code == 1
    assert "New upgrade operations detected" in result.output
