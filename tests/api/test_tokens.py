"""Tokens: created at the command line or by admins over the API, stored hashed, revocable."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import create_app, migrate
from intake.cli import main
from intake.db import get_database
from intake.models import ApiToken
from intake.services.tokens import TokenCache, TokenService
from tests.conftest import bearer
from tests.statements import statements


def test_admin_creates_lists_and_revokes_tokens(
    client: FlaskClient, admin: dict[str, str], session: Session
) -> None:
    created = client.post(
        "/api/v1/tokens",
        json={"name": "advocacy-tool", "role": "integration", "rate_limit": "100/minute"},
        headers=admin,
    )
    assert created.status_code == 201
    secret = created.json["token"]
    assert created.headers["Location"] == f"/api/v1/tokens/{created.json['id']}"
    row = session.scalar(select(ApiToken).where(ApiToken.name == "advocacy-tool"))
    assert row is not None
    assert row.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in (row.token_hash, row.name)

    listed = client.get("/api/v1/tokens", headers=admin).json["items"]
    assert "advocacy-tool" in [t["name"] for t in listed]
    assert all("token" not in t for t in listed)

    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 200
    assert client.delete(f"/api/v1/tokens/{created.json['id']}", headers=admin).status_code == 204
    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 401
    again = client.get(f"/api/v1/tokens/{created.json['id']}", headers=admin).json
    assert again["revoked_at"] is not None


def test_only_admins_manage_tokens(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    payload = {"name": "x", "role": "admin"}
    assert client.post("/api/v1/tokens", json=payload).status_code == 401
    assert client.post("/api/v1/tokens", json=payload, headers=staff).status_code == 403
    assert client.post("/api/v1/tokens", json=payload, headers=integration).status_code == 403
    assert client.get("/api/v1/tokens", headers=staff).status_code == 403


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": "x", "role": "root"}, "role"),
        ({"name": " ", "role": "staff"}, "name"),
        ({"name": "x", "role": "staff", "rate_limit": "lots"}, "rate_limit"),
    ],
)
def test_invalid_token_requests_are_422(
    client: FlaskClient, admin: dict[str, str], payload: dict[str, Any], field: str
) -> None:
    response = client.post("/api/v1/tokens", json=payload, headers=admin)
    assert response.status_code == 422
    assert field in response.json["errors"]


def test_duplicate_token_name_is_409(client: FlaskClient, admin: dict[str, str]) -> None:
    payload = {"name": "dup", "role": "staff"}
    assert client.post("/api/v1/tokens", json=payload, headers=admin).status_code == 201
    assert client.post("/api/v1/tokens", json=payload, headers=admin).status_code == 409


def test_revoking_an_unknown_token_is_404(client: FlaskClient, admin: dict[str, str]) -> None:
    assert client.delete("/api/v1/tokens/9999", headers=admin).status_code == 404


def test_cli_creates_lists_and_revokes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path}/cli.sqlite3"
    monkeypatch.setenv("INTAKE_DATABASE_URL", url)
    runner = CliRunner()
    assert runner.invoke(main, ["db", "upgrade"]).exit_code == 0
    result = runner.invoke(main, ["token", "create", "--role", "staff", "--name", "clerk"])
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip().splitlines()[-1]
    assert secret.startswith("intk_") and len(secret) > 40
    listed = runner.invoke(main, ["token", "list"])
    assert "clerk\tstaff\tactive" in listed.stdout
    assert secret not in listed.stdout
    assert runner.invoke(main, ["token", "revoke", "--name", "clerk"]).exit_code == 0
    assert "revoked" in runner.invoke(main, ["token", "list"]).stdout
    missing = runner.invoke(main, ["token", "revoke", "--name", "nobody"])
    assert missing.exit_code != 0


def test_cli_refuses_a_bad_role(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_DATABASE_URL", f"sqlite:///{tmp_path}/cli.sqlite3")
    migrate.upgrade(f"sqlite:///{tmp_path}/cli.sqlite3")
    result = CliRunner().invoke(main, ["token", "create", "--role", "root", "--name", "x"])
    assert result.exit_code != 0


def test_token_hash_is_all_that_is_stored(make_token: Callable[..., str], session: Session) -> None:
    secret = make_token("staff", "hash-check")
    row = session.scalar(select(ApiToken).where(ApiToken.name == "hash-check"))
    assert row is not None and row.token_hash == hashlib.sha256(secret.encode()).hexdigest()


def test_cli_create_for_a_taken_name_says_how_to_replace_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path}/cli.sqlite3"
    monkeypatch.setenv("INTAKE_DATABASE_URL", url)
    runner = CliRunner()
    assert runner.invoke(main, ["db", "upgrade"]).exit_code == 0
    create = ["token", "create", "--role", "staff", "--name", "clerk"]
    first = runner.invoke(main, create).stdout.strip().splitlines()[-1]
    again = runner.invoke(main, create)
    assert again.exit_code == 1
    assert again.stdout == ""
    assert "--replace" in again.stderr
    replaced = runner.invoke(main, [*create, "--replace"])
    assert replaced.exit_code == 0, replaced.output
    second = replaced.stdout.strip().splitlines()[-1]
    assert second.startswith("intk_") and second != first
    listed = runner.invoke(main, ["token", "list"]).stdout
    assert "clerk\tstaff\tactive" in listed
    assert "clerk#replaced-1\tstaff\trevoked" in listed
    session = get_database(create_app({"database_url": url})).session_factory()
    tokens = TokenService(session)
    assert tokens.authenticate(first) is None
    principal = tokens.authenticate(second)
    assert principal is not None and principal.name == "clerk"
    session.close()


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def revoke_elsewhere(session: Session, name: str) -> None:
    """Revoke a token straight in the database, as another worker or the command line would:
    this worker's cache does not hear of it."""
    row = session.scalar(select(ApiToken).where(ApiToken.name == name))
    assert row is not None
    row.revoked_at = row.created_at
    session.commit()


def test_a_verified_token_is_trusted_for_the_cache_interval_only(
    app: Flask, client: FlaskClient, make_token: Callable[..., str], session: Session
) -> None:
    """A revocation made elsewhere (another worker, the command line) takes effect within
    INTAKE_TOKEN_CACHE_SECONDS; until then this worker skips the look-up."""
    clock = _Clock()
    app.extensions["intake.token_cache"].monotonic = clock
    secret = make_token("staff", "cached-one")
    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 200
    revoke_elsewhere(session, "cached-one")

    clock.now += app.config["INTAKE"].token_cache_seconds - 0.5
    with statements() as seen:
        assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 200
    assert not any("api_tokens" in s for s in seen)
    clock.now += 1
    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 401


def test_a_revocation_through_this_worker_takes_effect_at_once(
    client: FlaskClient, make_token: Callable[..., str], admin: dict[str, str]
) -> None:
    secret = make_token("integration", "soon-revoked")
    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 200
    listed = client.get("/api/v1/tokens", headers=admin).json["items"]
    (token_id,) = [t["id"] for t in listed if t["name"] == "soon-revoked"]
    assert client.delete(f"/api/v1/tokens/{token_id}", headers=admin).status_code == 204
    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 401


@pytest.mark.parametrize("settings_overrides", [{"token_cache_seconds": 0}])
def test_a_zero_cache_interval_looks_every_token_up(
    client: FlaskClient, make_token: Callable[..., str], session: Session
) -> None:
    secret = make_token("integration", "uncached")
    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 200
    revoke_elsewhere(session, "uncached")
    assert client.get("/api/v1/agenda-items", headers=bearer(secret)).status_code == 401


def test_a_token_the_cache_knows_opens_no_session(
    app: Flask, make_token: Callable[..., str]
) -> None:
    """A grouped POST with a cached token then never opens the request's session."""
    secret = make_token("integration")
    opened: list[Session] = []

    def open_session() -> Session:
        opened.append(get_database(app).session_factory())
        return opened[-1]

    cache = TokenCache(60)
    first = TokenService(open_session, cache=cache).authenticate(secret)
    assert first is not None and first.role == "integration" and len(opened) == 1
    opened[0].close()  # SQLite: its read holds the write lock until it ends
    assert TokenService(open_session, cache=cache).authenticate(secret) == first
    assert len(opened) == 1
    assert TokenService(open_session, cache=cache).authenticate("not-a-token") is None
    assert len(opened) == 2
    opened[1].close()
