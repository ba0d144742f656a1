"""A lost connection at commit time never makes intake say "nothing was stored" when it was.

Three faults, on a real PostgreSQL (throwaway databases, so commits are real):

* the connection dies right after the server committed, so the client sees an error for a commit
  that took effect (the answer was lost): intake checks, finds the comment and answers 201;
* the connection dies before COMMIT: nothing is stored, the answer is 503, a retry stores it once;
* under concurrent load a killer terminates the service's backends again and again (as
  ``pg_terminate_backend`` did in the outside review): no 503 is for a stored comment, and clients
  that retry as told (with or without an Idempotency-Key) create no duplicate.
"""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import Engine, create_engine, func, make_url, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from intake import create_app
from intake.commits import commit_checked
from intake.db import get_database
from intake.models import AgendaItem, ApiToken, Comment
from intake.services.tokens import TokenService
from tests.conftest import comment_payload, needs_postgres
from tests.scratch_db import throwaway_database_with

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ITEM = "FAULT-1"
URL = f"/api/v1/agenda-items/{ITEM}/comments"
CLIENTS = 4
POSTS_PER_CLIENT = 15
RETRIES = 100


@pytest.fixture
def fault_url() -> Iterator[str]:
    with throwaway_database_with(
        needs_postgres(), "intake_fault", AgendaItem(id=ITEM, title="Branch library")
    ) as url:
        yield url


@pytest.fixture
def fault_app(fault_url: str) -> Flask:
    return create_app({"database_url": fault_url, "rate_limit_enabled": False})


def _terminate_own_backend(dbapi_connection: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")


def _dying_commits(app: Flask, *, after_commit: bool, times: int) -> Callable[[], int]:
    """The next ``times`` commits end with the backend terminated, before or after COMMIT."""
    dialect = get_database(app).engine.dialect
    real = dialect.do_commit
    remaining = itertools.count(times, -1)
    killed = 0

    def do_commit(dbapi_connection: Any) -> None:
        nonlocal killed
        if next(remaining) <= 0:
            return real(dbapi_connection)
        killed += 1
        if after_commit:
            real(dbapi_connection)
        _terminate_own_backend(dbapi_connection)
        return None

    dialect.do_commit = do_commit  # type: ignore[method-assign]
    return lambda: killed


def _stored(url: str, body_part: str) -> int:
    engine = create_engine(url)
    with Session(engine) as session:
        count = len(
            list(session.scalars(select(Comment.id).where(Comment.body.contains(body_part))))
        )
    engine.dispose()
    return count


def test_a_commit_whose_answer_was_lost_is_found_and_kept(fault_url: str) -> None:
    engine = create_engine(fault_url)
    real = engine.dialect.do_commit

    def commit_then_die(dbapi_connection: Any) -> None:
        real(dbapi_connection)
        _terminate_own_backend(dbapi_connection)

    engine.dialect.do_commit = commit_then_die  # type: ignore[method-assign]
    with Session(engine) as session:
        session.add(ApiToken(name="witness", role="staff", token_hash="a" * 64))
        commit_checked(session)  # would raise without the check
    engine.dialect.do_commit = real  # type: ignore[method-assign]
    with Session(engine) as session:
        assert session.scalar(select(ApiToken.name)) == "witness"
    engine.dispose()


def test_a_commit_that_never_ran_raises_and_stored_nothing(fault_url: str) -> None:
    engine = create_engine(fault_url)

    def die(dbapi_connection: Any) -> None:
        _terminate_own_backend(dbapi_connection)

    engine.dialect.do_commit = die  # type: ignore[method-assign]
    with Session(engine) as session, pytest.raises(OperationalError):
        session.add(ApiToken(name="ghost", role="staff", token_hash="b" * 64))
        commit_checked(session)
    engine.dispose()
    engine = create_engine(fault_url)
    with Session(engine) as session:
        assert session.scalar(select(ApiToken.name)) is None
    engine.dispose()


@pytest.mark.parametrize("idempotent", [False, True], ids=["group-commit", "idempotency-key"])
def test_a_lost_answer_to_a_commit_is_a_201_for_the_stored_comment(
    fault_app: Flask, fault_url: str, idempotent: bool
) -> None:
    killed = _dying_commits(fault_app, after_commit=True, times=1)
    headers = {"Idempotency-Key": "lost-answer-1"} if idempotent else {}
    response = fault_app.test_client().post(
        URL, json=comment_payload("LOST-ANSWER the branch library."), headers=headers
    )
    assert killed() == 1
    assert response.status_code == 201, response.json
    assert _stored(fault_url, "LOST-ANSWER") == 1


def test_a_commit_that_never_ran_is_a_503_and_a_retry_stores_it_once(
    fault_app: Flask, fault_url: str
) -> None:
    killed = _dying_commits(fault_app, after_commit=False, times=1)
    client = fault_app.test_client()
    first = client.post(URL, json=comment_payload("NEVER-RAN the branch library."))
    assert killed() >= 1
    assert first.status_code == 503
    assert first.headers["Content-Type"] == "application/problem+json"
    assert _stored(fault_url, "NEVER-RAN") == 0
    retry = client.post(URL, json=comment_payload("NEVER-RAN the branch library."))
    assert retry.status_code == 201
    assert _stored(fault_url, "NEVER-RAN") == 1


CHECKER = "fault-test-checker"
NOTHING_STORED = "Nothing was stored"


KILL_ROUNDS = 40


class BackendKiller:
    """Terminates every backend of the database, but the test's checker, in bounded rounds.

    ``KILL_ROUNDS`` rounds, every 0.15-0.4 s, while the clients post; then the database is left in
    peace so every client's retries get through, however slow the machine. The first round comes
    as soon as a client has posted once (:attr:`posting`), while the others still post and the
    app's pool holds their connections: POSTs that only store (PostgreSQL's label queue) can all
    be answered before a first round that waited.
    """

    def __init__(self, url: str) -> None:
        self.database = make_url(url).database
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.stop = threading.Event()
        self.posting = threading.Event()
        self.terminated = 0
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        rng = random.Random(7)
        kill = text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = :db AND pid <> pg_backend_pid() AND application_name <> :checker"
        )
        self.posting.wait(60)
        with self.engine.connect() as connection:
            for round_ in range(KILL_ROUNDS):
                if round_ and self.stop.wait(rng.uniform(0.15, 0.4)):
                    return
                self.terminated += connection.execute(
                    kill, {"db": self.database, "checker": CHECKER}
                ).scalar_one()

    def __enter__(self) -> BackendKiller:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(10)
        self.engine.dispose()


class Client:
    """Posts one comment per tag and retries each 503 as told, checking each 503's claim."""

    def __init__(
        self, app: Flask, checker: Engine, token: str, posted: threading.Event | None = None
    ) -> None:
        self.client = app.test_client()
        self.token = token
        self.checker = checker
        self.posted = posted or threading.Event()
        self.false_claims: list[str] = []
        self.unknown: list[str] = []
        self.answered: list[str] = []

    def stored(self, tag: str) -> int:
        with self.checker.connect() as connection:
            return int(
                connection.execute(
                    select(func.count()).where(Comment.body.startswith(f"{tag} "))
                ).scalar_one()
            )

    def post(self, tag: str) -> None:
        payload = comment_payload(f"{tag} please fund the branch library on Franklin Boulevard.")
        payload["submitter"] = {"name": f"Writer {tag}", "email": f"{tag.lower()}@example.org"}
        headers = {"Authorization": f"Bearer {self.token}"}
        if tag.endswith(("0", "2", "4")):
            headers["Idempotency-Key"] = tag
        for _attempt in range(RETRIES):
            response = self.client.post(URL, json=payload, headers=headers)
            if response.status_code == 201:
                self.answered.append(tag)
                self.posted.set()
                return
            assert response.status_code == 503, response.json
            assert response.headers["Retry-After"]
            if NOTHING_STORED in response.json["detail"]:
                if self.stored(tag):
                    self.false_claims.append(tag)
            else:
                self.unknown.append(tag)
            time.sleep(0.05)

    def post_all(self, tags: list[str]) -> None:
        for tag in tags:
            self.post(tag)


def test_terminated_backends_under_load_give_no_503_for_a_stored_comment_and_no_duplicate(
    fault_app: Flask, fault_url: str
) -> None:
    checker = create_engine(fault_url, connect_args={"application_name": CHECKER})
    tags = [[f"T{c}X{i}" for i in range(POSTS_PER_CLIENT)] for c in range(CLIENTS)]
    with Session(checker) as session:  # a campaign tool's token, as in the outside review
        _row, token = TokenService(session).create("campaign-tool", "integration")
        session.commit()
    killer = BackendKiller(fault_url)
    clients = [Client(fault_app, checker, token, killer.posting) for _ in tags]
    with killer:
        threads = [
            threading.Thread(target=client.post_all, args=(group,))
            for client, group in zip(clients, tags, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
    with checker.connect() as connection:
        bodies = list(connection.scalars(select(Comment.body).where(Comment.item_id == ITEM)))
    checker.dispose()
    counts = Counter(body.split(" ", 1)[0] for body in bodies)
    everyone = [tag for group in tags for tag in group]
    assert killer.terminated > 0
    assert sorted(t for c in clients for t in c.answered) == sorted(everyone)
    assert [t for c in clients for t in c.false_claims] == []
    assert {tag: counts[tag] for tag in everyone} == dict.fromkeys(everyone, 1)
    unknown = [t for c in clients for t in c.unknown]
    print(f"terminated {killer.terminated} backends; {len(unknown)} answers 'not confirmed'")
