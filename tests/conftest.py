"""Fixtures: an ``app`` and ``client`` per test, on SQLite or on a real PostgreSQL.

SQLite: each test gets a copy of one database migrated by Alembic at session start.
PostgreSQL (``INTAKE_TEST_DATABASE_URL`` set): the schema is migrated once, and each test runs
inside an outer transaction that is rolled back afterwards; the app's per-request commits become
savepoint releases, so tests see real commits yet leave nothing behind.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import hypothesis
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.test import TestResponse

from intake import create_app, migrate
from intake.db import get_database, make_engine
from intake.services.tokens import TokenService
from intake.wiring import label_queue

if TYPE_CHECKING:
    from tests.labelled import Arranged
    from tests.twin import Twin

# Tests check behaviour, never timing: no per-example deadline (a busy CI machine is slow).
hypothesis.settings.register_profile("intake", deadline=None)
hypothesis.settings.load_profile("intake")

IN_CI = bool(os.environ.get("CI"))
# pytest-xdist names each worker process (gw0, gw1, ...); unset when the suite runs in one process.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def _per_worker_redis(url: str) -> str:
    """Under pytest-xdist each worker gets its own Redis database: the URL's number less the
    worker's (gw0 15, gw1 14, ...), as each gets its own PostgreSQL database below. The Redis
    tests flush their database; two workers on one would flush each other's counters mid-test
    (``xdist_group`` with ``--dist loadgroup`` did not keep them on one worker: session 14)."""
    if not XDIST_WORKER:
        return url
    base, _, number = url.rpartition("/")
    return f"{base}/{int(number or 0) - int(XDIST_WORKER.removeprefix('gw'))}"


REDIS_URL = _per_worker_redis(os.environ.get("INTAKE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15"))


# Modules whose every test is marked slow and whose collection alone costs seconds of CPU.
SLOW_TO_COLLECT = frozenset({"test_contract_fuzz.py"})
# The marker conftest sets on a test that reads no pass database (below), and the fast step's
# marker expressions, for which those modules are not collected (CI's PostgreSQL pass uses the
# second).
ONE_PASS = "one_pass"
FAST_STEPS = frozenset({"not slow", f"not slow and not {ONE_PASS}"})


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The fast loop (``-m "not slow"``) does not collect the contract fuzz.

    schemathesis builds each operation's cases, its coverage phase included, while the module is
    collected: a tenth of the fast loop's CPU went on tests it then deselected. Every test
    there is marked slow, so leaving the module out changes which tests run not at all.
    """
    if collection_path.name in SLOW_TO_COLLECT and config.getoption("markexpr") in FAST_STEPS:
        return True
    return None


# The only two fixtures that read the pass's database (``PG_URL``, from
# ``INTAKE_TEST_DATABASE_URL``): ``database_url`` and ``pg_engine``. Every fixture on the pass's
# database (``app``, ``client``, ``session``, tokens, ``item``, ``arranged``, ...) asks for one of
# them, so a test whose fixture closure holds neither runs the same on both passes: the pure text
# engine, the house rules, the browser and served tests on SQLite copies of their own, and the
# PostgreSQL tests on throwaway databases of their own (``needs_postgres()``, which the SQLite
# pass also has in CI through ``INTAKE_TEST_POSTGRES_URL``). Such a test is marked ``one_pass``,
# and CI's PostgreSQL pass leaves it out (``-m "... and not one_pass"``): the SQLite pass ran it.
# ``tests/architecture/test_one_pass.py`` checks that nothing else reads the pass's database.
PASS_DATABASE_FIXTURES = frozenset({"database_url", "pg_engine"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{ONE_PASS}: set by conftest on a test that asks for neither "
        f"{' nor '.join(sorted(PASS_DATABASE_FIXTURES))}; CI runs it in the SQLite pass only",
    )


@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if PASS_DATABASE_FIXTURES.isdisjoint(getattr(item, "fixturenames", ())):
            item.add_marker(ONE_PASS)


def _per_worker_database(url: str | None) -> str | None:
    """Under pytest-xdist each worker gets its own PostgreSQL database (``<name>_gw0``, ...).

    The session fixture drops and re-migrates the schema of this database, and every test runs
    in a transaction on it: two workers sharing one would wipe each other's schema mid-run.
    """
    if not url or not XDIST_WORKER:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{XDIST_WORKER}").render_as_string(
        hide_password=False
    )


PG_URL = _per_worker_database(os.environ.get("INTAKE_TEST_DATABASE_URL"))


PG_SERVER_URL = PG_URL or os.environ.get("INTAKE_TEST_POSTGRES_URL")


def needs_postgres() -> str:
    """A PostgreSQL URL for tests that only make sense there (real concurrency, outages).

    Such tests make their own throwaway databases on that server, so they also run during the
    SQLite pass when ``INTAKE_TEST_POSTGRES_URL`` names a server. Skip on a laptop without one;
    in CI a missing server is a failure.
    """
    if PG_SERVER_URL:
        return PG_SERVER_URL
    if IN_CI:
        pytest.fail("INTAKE_TEST_DATABASE_URL or INTAKE_TEST_POSTGRES_URL must be set in CI")
    pytest.skip("needs PostgreSQL: set INTAKE_TEST_POSTGRES_URL or INTAKE_TEST_DATABASE_URL")


def needs_redis() -> str:
    """The Redis URL for tests; skip without Redis on a laptop, fail in CI."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        if IN_CI:
            pytest.fail(f"Redis is not reachable at {REDIS_URL}")
        pytest.skip(f"needs Redis at {REDIS_URL}")
    return REDIS_URL


def needs_tesseract() -> str:
    """Debian's tesseract (``tesseract-ocr``, with English) for the OCR tests; skip without it on
    a laptop, fail in CI (``.ci/run`` installs it)."""
    path = shutil.which("tesseract")
    if path is None:
        if IN_CI:
            pytest.fail("tesseract is not installed (apt-get install tesseract-ocr)")
        pytest.skip("needs tesseract: apt-get install tesseract-ocr")
    return path


def _create_database_if_missing(url: str) -> None:
    """Make a per-worker database on first use (the server's ``postgres`` database holds none)."""
    name = make_url(url).database
    server = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        found = conn.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if found.first() is None:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    server.dispose()


def reset_postgres(url: str) -> None:
    if XDIST_WORKER:
        _create_database_if_missing(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    migrate.upgrade(url)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine | None]:
    if not PG_URL:
        yield None
        return
    reset_postgres(PG_URL)
    engine = make_engine(PG_URL)
    yield engine
    engine.dispose()


@pytest.fixture
def database_url(tmp_path: Path, sqlite_template: Path) -> str:
    if PG_URL:
        return PG_URL
    path = tmp_path / "intake.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def relabel_all(app: Flask, pg_engine: Engine | None) -> Callable[[], int]:
    """Relabel every stored comment as ``intake relabel`` does; returns how many it relabelled.

    Relabel commits chunk by chunk on connections of its own, which the PostgreSQL pass's
    rolled-back outer transaction cannot hold, so a test using it runs on SQLite only.
    """
    if pg_engine is not None:
        pytest.skip("relabel commits in chunks; covered on SQLite")
    from intake.labelling.relabel import relabel

    def run() -> int:
        return relabel(get_database(app).session_factory, app.extensions["intake.labeller"], None)

    return run


@pytest.fixture
def arranged(session: Session) -> Arranged:
    """The labelled fixture of ``tests/labelled.py``, stored: comments whose figures are known."""
    from tests.labelled import arrange

    return arrange(session)


@pytest.fixture
def twin(
    sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> Callable[[], AbstractContextManager[Twin]]:
    """Opens the twin (``tests/twin.py``): a second app on a fresh SQLite copy. Called once the
    test has used its own app, so on PostgreSQL that half still runs before the test skips."""
    from tests.twin import twin_app

    def open_twin() -> AbstractContextManager[Twin]:
        if pg_engine is not None:
            pytest.skip("the twin is a second SQLite database (the comparison runs on SQLite)")
        return twin_app(sqlite_template, tmp_path)

    return open_twin


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Tests override settings by redefining this fixture or via ``make_app``."""
    return {}


@pytest.fixture
def app(
    database_url: str, pg_engine: Engine | None, settings_overrides: dict[str, Any]
) -> Iterator[Flask]:
    # Generous public limit so fixtures may post freely; rate-limit tests set their own.
    overrides = {"rate_limit_public": "100000/minute", **settings_overrides}
    app = create_app({"database_url": database_url, **overrides})
    app.config["TESTING"] = True
    if pg_engine is None:
        without_fsync(get_database(app).engine)
        yield app
        get_database(app).dispose()
        return
    connection = pg_engine.connect()
    outer = connection.begin()
    # The summary counters' triggers are deferred to COMMIT (migration 0012), and this outer
    # transaction never commits: fire them at each statement's end instead, as SQLite does.
    connection.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
    database = get_database(app)
    database.session_factory = sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield app
    finally:
        outer.rollback()
        connection.close()
        database.dispose()


def without_fsync(engine: Engine) -> None:
    """A test's SQLite copy is thrown away, so it need not wait for the disk (``fsync``).

    The app's SQLite engine opens a connection per session (``NullPool``), and closing the last
    one checkpoints the WAL into the database: with the app's ``synchronous=NORMAL`` each close
    waits on the disk, which was most of the fast loop's idle time. ``synchronous=OFF`` (set
    after the app's own settings) changes durability after a crash of the machine, nothing else.
    """

    @event.listens_for(engine, "connect")
    def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")


@pytest.fixture
def session(app: Flask, pg_engine: Engine | None, database_url: str) -> Iterator[Session]:
    """A session on the test database, for arranging data and checking what was written.

    On PostgreSQL it shares the test's rolled-back connection. On SQLite it runs in autocommit
    mode, so it never holds the write lock the app's requests need and always reads fresh data.
    """
    if pg_engine is not None:
        session = get_database(app).session_factory()
        yield session
        session.close()
        return
    engine = create_engine(database_url, isolation_level="AUTOCOMMIT")
    without_fsync(engine)
    session = Session(bind=engine, expire_on_commit=False)
    yield session
    session.close()
    engine.dispose()


_token_names = itertools.count(1)


@pytest.fixture
def make_token(app: Flask) -> Callable[..., str]:
    def make(role: str, name: str | None = None) -> str:
        session = get_database(app).session_factory()
        try:
            _row, secret = TokenService(session).create(
                name or f"{role}-{next(_token_names)}", role
            )
            session.commit()
        finally:
            session.close()
        return secret

    return make


def json_body(response: TestResponse) -> dict[str, Any]:
    """A response's JSON object (Werkzeug types ``response.json`` as possibly ``None``)."""
    body = response.json
    assert isinstance(body, dict), body
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def staff(make_token: Callable[..., str]) -> dict[str, str]:
    return bearer(make_token("staff"))


@pytest.fixture
def integration(make_token: Callable[..., str]) -> dict[str, str]:
    return bearer(make_token("integration", "campaign-tool"))


@pytest.fixture
def admin(make_token: Callable[..., str]) -> dict[str, str]:
    return bearer(make_token("admin"))


def create_item(
    client: FlaskClient,
    staff: dict[str, str],
    item_id: str = "2026-00837",
    title: str = "Prohibiting the use of city property",
    **fields: Any,
) -> dict[str, Any]:
    """Create an agenda item through the API as staff (201); the created item."""
    response = client.post(
        "/api/v1/agenda-items", json={"id": item_id, "title": title, **fields}, headers=staff
    )
    assert response.status_code == 201, response.json
    return json_body(response)


@pytest.fixture
def item(client: FlaskClient, staff: dict[str, str]) -> dict[str, Any]:
    return create_item(client, staff)


@pytest.fixture
def set_clock(app: Flask) -> Callable[[datetime], None]:
    def set_(moment: datetime) -> None:
        app.extensions["intake.clock"] = lambda: moment

    return set_


def comment_payload(body: Any = "I support this resolution.", **overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "body": body,
        "position": "support",
        "submitter": {
            "name": "Maria Lopez",
            "email": "maria.lopez@example.org",
            "postal_code": "95818",
            "address": "2100 Land Park Dr",
        },
    }
    payload.update(overrides)
    return payload


def posted_id(
    client: FlaskClient,
    body: Any = "I support this resolution.",
    *,
    item_id: str = "2026-00837",
    **overrides: Any,
) -> int:
    """Post one comment (``comment_payload(body, **overrides)``) to ``item_id`` as the public
    does; it must be taken (201). Its receipt number."""
    response = client.post(
        f"/api/v1/agenda-items/{item_id}/comments", json=comment_payload(body, **overrides)
    )
    assert response.status_code == 201, response.json
    comment_id: int = json_body(response)["id"]
    return comment_id


def published_summary(client: FlaskClient, item_id: str) -> Any:
    """The public summary once everything posted so far is published: the app's clock moves a
    day on (the public sees an item as it stood at the last boundary, see test_public_summary)."""
    later = datetime.now(UTC) + timedelta(days=1)
    client.application.extensions["intake.clock"] = lambda: later
    return client.get(f"/api/v1/agenda-items/{item_id}/summary")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def settle(app: Flask) -> None:
    """Label what single POSTs left waiting (PostgreSQL's label queue), as every read does first."""
    queue = label_queue(app)
    if queue is not None:
        queue.settle()
