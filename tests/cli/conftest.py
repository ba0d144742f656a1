"""The ``intake`` command run in process against the test app (and so the test database)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import CliRunner, Result
from flask import Flask

from intake import cli


@pytest.fixture
def run_cli(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Invoke ``intake`` against the test app; the exit code must be ``code`` (0 unless said)."""
    monkeypatch.setattr(cli, "_app", lambda: app)
    runner = CliRunner()

    def invoke(*args: str, code: int = 0) -> Result:
        result = runner.invoke(cli.main, list(args))
        assert result.exit_code == code, (result.output, result.exception)
        return result

    return invoke
