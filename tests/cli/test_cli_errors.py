"""``intake`` against a database it cannot use: one line naming the database and the reason,
never a traceback, and never the password."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import make_url

from intake import cli
from tests.conftest import needs_postgres

PASSWORD = "s3cret-pw"


def run(url: str, *args: str) -> str:
    result = CliRunner().invoke(cli.main, list(args), env={"INTAKE_DATABASE_URL": url})
    assert result.exit_code == 1, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    return result.output


@pytest.mark.slow
@pytest.mark.parametrize("args", [("db", "upgrade"), ("token", "list"), ("serve",)])
def test_a_missing_postgres_database_is_one_clear_line(args: tuple[str, ...]) -> None:
    server = make_url(needs_postgres())
    url = server.set(database="intake_edge_does_not_exist", password=PASSWORD)
    output = run(url.render_as_string(hide_password=False), *args)
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert lines[0].startswith("Error: Cannot use the database at postgresql")
    assert "intake_edge_does_not_exist" in lines[0] and "does not exist" in lines[0]
    assert PASSWORD not in output and "Traceback" not in output


def test_an_unreachable_server_is_one_clear_line() -> None:
    output = run(f"postgresql+psycopg://intake:{PASSWORD}@127.0.0.1:9/intake", "token", "list")
    assert output.startswith("Error: Cannot use the database at postgresql+psycopg://intake:***@")
    assert PASSWORD not in output and len(output.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [("db", "upgrade"), ("token", "list")])
def test_a_sqlite_file_that_cannot_be_opened_is_one_clear_line(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    output = run(f"sqlite:///{blocker}/inside/intake.sqlite3", *args)
    assert output.startswith("Error: "), output
    assert "a-file" in output and len(output.strip().splitlines()) == 1
