"""Browser tests: a real WSGI server in a thread, and Debian's Chromium driven by Playwright.

The server is werkzeug's (threaded) on 127.0.0.1 and a free port, over a copy of the migrated
SQLite template, so the browser talks HTTP to the same app a deployment runs. Playwright never
downloads a browser here (``playwright install`` is not used): it launches ``/usr/bin/chromium``
from the ``chromium`` package. Without it the tests skip on a laptop and fail in CI, like
``needs_postgres()``.

Set ``INTAKE_SCREENSHOTS=docs/screenshots`` to write the README's screenshots.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from intake import create_app
from intake.db import get_database, utcnow
from intake.services.tokens import TokenService
from tests.conftest import IN_CI
from tests.web.seed import seed_item

CHROMIUM = os.environ.get("INTAKE_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SEEDED_ITEM = "2026-00837"


@contextmanager
def token_service(app: Flask) -> Iterator[TokenService]:
    """The app's tokens on a session of their own, committed when the block ends."""
    session = get_database(app).session_factory()
    try:
        yield TokenService(session)
        session.commit()
    finally:
        session.close()


def needs_chromium() -> str:
    """The Chromium binary; skip without it on a laptop, fail in CI."""
    if os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    message = f"needs Chromium at {CHROMIUM} (apt-get install -y chromium)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@dataclass
class LiveServer:
    app: Flask
    url: str
    staff_token: str
    integration_token: str

    def api(
        self, method: str, path: str, body: dict[str, Any] | None = None, token: str | None = None
    ) -> tuple[int, Any]:
        """Call the JSON API over HTTP, as an integration or staff client would."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        request.add_header("Authorization", f"Bearer {token or self.staff_token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"null")

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """Comments as the campaign tool (an accountable sender), anything else as staff."""
        token = self.integration_token if path.endswith("/comments") else self.staff_token
        status, result = self.api("POST", path, body, token)
        assert status == 201, result
        payload: dict[str, Any] = result
        return payload

    def make_token(self, name: str, role: str) -> str:
        """A new token's secret, written straight to the server's database."""
        with token_service(self.app) as tokens:
            _row, secret = tokens.create(name, role)
        return secret

    def revoke(self, name: str) -> None:
        with token_service(self.app) as tokens:
            tokens.revoke(name)

    def set_clock(self, moment: datetime | None) -> None:
        self.app.extensions["intake.clock"] = (lambda: moment) if moment else utcnow


@pytest.fixture(scope="session")
def chromium_path() -> str:
    return needs_chromium()


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def web_settings() -> dict[str, Any]:
    """Settings a test module's server uses besides the defaults (redefine in the module)."""
    return {}


@pytest.fixture(scope="module")
def web_server(
    chromium_path: str,
    sqlite_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    web_settings: dict[str, Any],
) -> Iterator[LiveServer]:
    """One server per test module (production cookie settings: Secure, HttpOnly, SameSite)."""
    path = tmp_path_factory.mktemp("web") / "intake.sqlite3"
    shutil.copy(sqlite_template, path)
    app = create_app(
        {
            "database_url": f"sqlite:///{path}",
            "rate_limit_public": "100000/minute",
            "secret_key": "browser-tests-secret",
            **web_settings,
        }
    )
    with token_service(app) as tokens:
        _row, staff_token = tokens.create("clerk", "staff")
        _row, integration_token = tokens.create("campaign-tool", "integration")
    server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    live = LiveServer(app, f"http://127.0.0.1:{server.server_port}", staff_token, integration_token)
    start = utcnow().replace(minute=0, second=0, microsecond=0) - timedelta(hours=10)
    try:
        seed_item(live.post, live.set_clock, SEEDED_ITEM, start)
    finally:
        live.set_clock(None)
    yield live
    server.shutdown()
    thread.join(timeout=5)
    get_database(app).dispose()


@pytest.fixture
def page(browser: Any, web_server: LiveServer) -> Iterator[Any]:
    """A fresh browser context (no cookies) per test; any script error fails the test."""
    context = browser.new_context(base_url=web_server.url, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert not errors, errors


@pytest.fixture
def screenshot_dir(tmp_path: Path) -> Path:
    """Where screenshots go: ``INTAKE_SCREENSHOTS`` (e.g. docs/screenshots) or a temp dir."""
    target = os.environ.get("INTAKE_SCREENSHOTS")
    if target:
        path = Path(target)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path
