"""Run Alembic programmatically, so the installed package migrates itself (no alembic.ini)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

from intake.config import ConfigError

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str, connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(url: str, revision: str = "head", connection: Connection | None = None) -> None:
    """Bring the schema to ``revision``; creates the SQLite file's directory if needed."""
    if url.startswith("sqlite:///"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            message = f"Cannot make the SQLite database's folder {folder}: {exc.strerror}"
            raise ConfigError(message) from exc
    command.upgrade(alembic_config(url, connection), revision)


def check(url: str) -> None:
    """Fail (``alembic.util.CommandError``) when the models and the migrations disagree: what
    ``alembic check`` does, on a database already at head."""
    command.check(alembic_config(url))


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)
