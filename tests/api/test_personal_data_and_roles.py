"""Nobody reads what they should not: personal data stays out of public answers and logs, tokens
are stored hashed, and every endpoint in the url_map answers each caller as its row says.

The role matrix enumerates ``app.url_map``: an endpoint added without a row here fails
``test_every_endpoint_has_a_row``, so access rules are decided when an endpoint is made.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from werkzeug.routing import Rule

from intake.models import ApiToken
from intake.services.comments import CommentService, Submission
from tests.bodies import TEMPLATE
from tests.conftest import bearer, comment_payload
from tests.paths import ROOT

ITEM = "2026-00837"
PEOPLE: list[dict[str, str | None]] = [
    {
        "name": "Henrietta Quackenbush",
        "email": "henrietta.q@privacy-fixture.example",
        "postal_code": "95818",
        "address": "4417 Zinfandel Crescent",
        "organization": "Quackenbush Family Trust",
    },
    {
        "name": "Bartholomew Xiong",
        "email": "bart.xiong@privacy-fixture.example",
        "postal_code": "95822",
        "address": "88 Wisteria Hollow Lane",
        "organization": None,
    },
]
SECRETS = [
    value.casefold() for p in PEOPLE for key, value in p.items() if value and key != "postal_code"
]
# Who may call what. "public": anyone; "token": any token (integration, staff, admin); "staff":
# staff or admin; "admin": admin only; "web-public"/"web-staff": HTML pages (staff pages use a
# signed-in browser session, never a bearer token).
ACCESS: dict[tuple[str, str], str] = {
    ("/healthz", "GET"): "public",
    ("/readyz", "GET"): "public",
    ("/openapi.yaml", "GET"): "public",
    ("/docs", "GET"): "public",
    ("/docs/init.js", "GET"): "public",
    ("/docs/static/<path:filename>", "GET"): "public",
    ("/static/<path:filename>", "GET"): "public",
    ("/api/v1/agenda-items", "GET"): "public",
    ("/api/v1/agenda-items", "POST"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>", "GET"): "public",
    ("/api/v1/agenda-items/<item_id:item_id>", "PATCH"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/comments", "GET"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/comments", "POST"): "public",
    ("/api/v1/agenda-items/<item_id:item_id>/comments/batch", "POST"): "token",
    ("/api/v1/agenda-items/<item_id:item_id>/comments.csv", "GET"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/comments.jsonl", "GET"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/report", "GET"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/summary", "GET"): "public",
    ("/api/v1/campaigns", "GET"): "staff",
    ("/api/v1/campaigns/<int:campaign_id>", "GET"): "staff",
    ("/api/v1/comments", "GET"): "staff",
    ("/api/v1/comments/<int:comment_id>", "GET"): "staff",
    ("/api/v1/comments/<int:comment_id>/history", "GET"): "staff",
    ("/api/v1/comments/<int:comment_id>/attachments/<int:position>", "GET"): "staff",
    ("/api/v1/comments/<int:comment_id>/label", "PATCH"): "staff",
    ("/api/v1/comments/<int:comment_id>/dispute", "PUT"): "staff",
    ("/api/v1/comments/<int:comment_id>/dispute", "DELETE"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/record", "GET"): "public",
    ("/api/v1/agenda-items/<item_id:item_id>/record/campaigns/<int:campaign_id>", "GET"): "public",
    ("/api/v1/agenda-items/<item_id:item_id>/publication", "GET"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/publication", "PUT"): "staff",
    ("/api/v1/agenda-items/<item_id:item_id>/audit-events", "GET"): "staff",
    ("/api/v1/comments/<int:comment_id>/hold", "PUT"): "staff",
    ("/api/v1/comments/<int:comment_id>/hold", "DELETE"): "staff",
    ("/api/v1/false-filing-reports", "POST"): "public",
    ("/api/v1/false-filing-reports", "GET"): "staff",
    ("/api/v1/tokens", "GET"): "admin",
    ("/api/v1/tokens", "POST"): "admin",
    ("/api/v1/tokens/<int:token_id>", "GET"): "admin",
    ("/api/v1/tokens/<int:token_id>", "DELETE"): "admin",
    ("/items/<item_id:item_id>/comment", "GET"): "web-public",
    ("/items/<item_id:item_id>/comment", "POST"): "web-public",
    ("/items/<item_id:item_id>/comment/receipt/<string:token>", "GET"): "web-public",
    ("/items/<item_id:item_id>/record", "GET"): "web-public",
    ("/items/<item_id:item_id>/record/campaigns/<int:campaign_id>", "GET"): "web-public",
    ("/false-filing", "GET"): "web-public",
    ("/false-filing", "POST"): "web-public",
    ("/false-filing/received", "GET"): "web-public",
    ("/staff", "GET"): "web-staff",
    ("/staff/", "GET"): "web-staff",
    ("/staff/items/<item_id:item_id>", "GET"): "web-staff",
    ("/staff/campaigns", "GET"): "web-staff",
    ("/staff/search", "GET"): "web-staff",
    ("/staff/review", "GET"): "web-staff",
    ("/staff/review", "POST"): "web-staff",
    ("/staff/tokens", "GET"): "web-staff",
    ("/staff/tokens", "POST"): "web-staff",
    ("/staff/tokens/<int:token_id>/revoke", "POST"): "web-staff",
    ("/staff/new-item", "GET"): "web-staff",
    ("/staff/new-item", "POST"): "web-staff",
    ("/staff/items/<item_id:item_id>/edit", "GET"): "web-staff",
    ("/staff/items/<item_id:item_id>/edit", "POST"): "web-staff",
    ("/staff/items/<item_id:item_id>/window", "POST"): "web-staff",
    ("/staff/campaigns/<int:campaign_id>", "GET"): "web-staff",
    ("/staff/items/<item_id:item_id>/comments.csv", "GET"): "web-staff",
    ("/staff/items/<item_id:item_id>/comments.jsonl", "GET"): "web-staff",
    ("/staff/items/<item_id:item_id>/report", "GET"): "web-staff",
    ("/problems", "GET"): "public",
    ("/problems/", "GET"): "public",
    ("/problems/<string:slug>", "GET"): "public",
    ("/staff/comments/<int:comment_id>", "GET"): "web-staff",
    ("/staff/comments/<int:comment_id>/label", "POST"): "web-staff",
    ("/staff/comments/<int:comment_id>/dispute", "POST"): "web-staff",
    ("/staff/comments/<int:comment_id>/dispute/withdraw", "POST"): "web-staff",
    ("/staff/comments/<int:comment_id>/hold", "POST"): "web-staff",
    ("/staff/comments/<int:comment_id>/release", "POST"): "web-staff",
    ("/staff/items/<item_id:item_id>/record", "GET"): "web-staff",
    ("/staff/items/<item_id:item_id>/record", "POST"): "web-staff",
    ("/staff/comments/<int:comment_id>/attachments/<int:position>", "GET"): "web-staff",
    ("/staff/sign-in", "GET"): "web-public",
    ("/staff/sign-in", "POST"): "web-public",
    ("/staff/sign-out", "POST"): "web-public",
}
ALLOWED = {
    "public": {"anonymous", "integration", "staff", "admin"},
    "token": {"integration", "staff", "admin"},
    "staff": {"staff", "admin"},
    "admin": {"admin"},
}
CALLERS = ("anonymous", "integration", "staff", "admin", "revoked")
_names = itertools.count(1)


def endpoints(app: Flask) -> Iterator[tuple[Rule, str]]:
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            yield rule, method


def fill(rule: Rule, ids: dict[str, Any]) -> str:
    path = rule.rule
    for argument in rule.arguments:
        converter = rule._converters[argument]
        name = type(converter).__name__.replace("Converter", "").lower()
        kind = {"unicode": "string", "id": "int", "integer": "int", "itemid": "item_id"}.get(
            name, name
        )
        path = path.replace(f"<{kind}:{argument}>", str(ids[argument]))
    return path


def body_for(rule: Rule, method: str) -> dict[str, Any] | None:
    """A valid body for each write, so the answer is about the caller, not the input."""
    if method not in {"POST", "PATCH", "PUT"} or not rule.rule.startswith("/api/"):
        return None
    n = next(_names)
    if rule.rule == "/api/v1/agenda-items":
        return {"id": f"MATRIX-{n}", "title": "Matrix"}
    if rule.rule == "/api/v1/tokens":
        return {"name": f"matrix-{n}", "role": "staff"}
    if rule.rule.endswith("/batch"):
        return {"comments": [comment_payload(f"Matrix batch comment {n}.")]}
    if rule.rule.endswith("/label"):
        return {"kind": "unique", "reason": "matrix check"}
    if rule.rule.endswith(("/dispute", "/hold")):
        return {"reason": "matrix check"}
    if rule.rule.endswith("/publication"):
        return {"published": True}
    if rule.rule.endswith("/false-filing-reports"):
        return {"receipt": 1, "statement": "Not mine."}
    if rule.rule.endswith("/comments"):
        return comment_payload(f"Matrix comment {n}.")
    return {"title": f"Matrix title {n}"}


@pytest.fixture
def world(
    client: FlaskClient, make_token: Callable[..., str], staff: dict[str, str]
) -> dict[str, Any]:
    """An item with comments from known people (two sharing a template), and every caller."""
    client.post("/api/v1/agenda-items", json={"id": ITEM, "title": "Library"}, headers=staff)
    receipts, ids = [], []
    for n, person in enumerate(PEOPLE * 2):
        body = f"{TEMPLATE}\nMy own note {n}." if n < 2 else f"Original thoughts {n} on the budget."
        response = client.post(
            f"/api/v1/agenda-items/{ITEM}/comments",
            json={"body": body, "position": "support", "submitter": person},
            environ_base={"REMOTE_ADDR": f"10.9.0.{n}"},
        )
        assert response.status_code == 201
        receipts.append(response.get_data(as_text=True))
        ids.append(response.json["id"])
    admin = bearer(make_token("admin"))
    revoked = make_token("staff", "revoked-one")
    listed = client.get("/api/v1/tokens", headers=admin).json["items"]
    (revoked_id,) = [t["id"] for t in listed if t["name"] == "revoked-one"]
    assert client.delete(f"/api/v1/tokens/{revoked_id}", headers=admin).status_code == 204
    callers = {
        "anonymous": {},
        "integration": bearer(make_token("integration")),
        "staff": staff,
        "admin": admin,
        "revoked": bearer(revoked),
    }
    label = client.get(f"/api/v1/comments/{ids[0]}", headers=staff).json["label"]
    return {
        "callers": callers,
        "receipts": receipts,
        "comment_id": ids[0],
        "campaign_id": label["campaign_id"],
        "token_id": revoked_id,
    }


def test_every_endpoint_has_a_row(app: Flask) -> None:
    """A new endpoint fails here until someone decides, in ACCESS, who may call it."""
    present = {(rule.rule, method) for rule, method in endpoints(app)}
    assert present - ACCESS.keys() == set(), "endpoints without a row in ACCESS"
    assert ACCESS.keys() - present == set(), "rows for endpoints that no longer exist"


@pytest.mark.slow
def test_role_matrix(
    app: Flask,
    client: FlaskClient,
    world: dict[str, Any],
    make_token: Callable[..., str],
    session: Session,
) -> None:
    admin = world["callers"]["admin"]
    victim_ids = iter(  # tokens a DELETE may revoke without touching any caller's
        client.post(
            "/api/v1/tokens", json={"name": f"victim-{n}", "role": "staff"}, headers=admin
        ).json["id"]
        for n in range(3 * len(CALLERS))
    )
    failures = []
    for rule, method in endpoints(app):
        access = ACCESS[(rule.rule, method)]
        for caller in CALLERS:
            ids = {
                "item_id": ITEM,
                "comment_id": world["comment_id"],
                "campaign_id": world["campaign_id"],
                "token_id": next(victim_ids) if "token_id" in rule.arguments else 0,
                "position": 1,
                "filename": "swagger-ui.css",
                "token": "not-a-receipt",
                "slug": "not-found",
            }
            url = fill(rule, ids)
            response = client.open(
                url, method=method, json=body_for(rule, method), headers=world["callers"][caller]
            )
            status = response.status_code
            response.close()  # end a streamed body now: on PostgreSQL its session shares ours
            problem = check(access, caller, status)
            if problem:
                failures.append(f"{method} {url} as {caller}: {status} ({problem})")
    assert failures == []


def check(access: str, caller: str, status: int) -> str | None:
    """Why ``status`` is wrong for ``caller`` on an endpoint with ``access``, or None."""
    if status >= 500:
        return "server error"
    if access.startswith("web-"):
        if access == "web-staff" and status < 300:
            return "a staff page without a signed-in session"
        return None
    if caller == "revoked":
        return None if status == 401 else "a revoked token must be a 401"
    if caller in ALLOWED[access]:
        return "refused" if status in (401, 403) else None
    expected = 401 if caller == "anonymous" else 403
    return None if status == expected else f"expected {expected}"


def public_bodies(app: Flask, client: FlaskClient, world: dict[str, Any]) -> dict[str, str]:
    """Every answer an anonymous caller can get: each GET in the url_map, errors, receipts."""
    bodies = {f"receipt {n}": text for n, text in enumerate(world["receipts"])}
    ids = {
        "item_id": ITEM,
        "comment_id": world["comment_id"],
        "campaign_id": world["campaign_id"],
        "token_id": world["token_id"],
        "position": 1,
        "filename": "swagger-ui.css",
        "token": "not-a-receipt",
        "slug": "not-found",
    }
    for rule, method in endpoints(app):
        if method == "GET" and not rule.rule.startswith("/static/"):
            url = fill(rule, ids)
            bodies[url] = client.get(url).get_data(as_text=True)
    invalid = comment_payload("x", submitter={**PEOPLE[0], "email": "henrietta.q@@bad"})
    bodies["422"] = client.post(f"/api/v1/agenda-items/{ITEM}/comments", json=invalid).get_data(
        as_text=True
    )
    bodies["404"] = client.get("/api/v1/agenda-items/none/summary").get_data(as_text=True)
    bodies["committed openapi.yaml"] = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    return bodies


def test_no_public_answer_holds_personal_data(
    app: Flask, client: FlaskClient, world: dict[str, Any], staff: dict[str, str]
) -> None:
    record = client.get(f"/api/v1/comments/{world['comment_id']}", headers=staff).json
    assert record["submitter"]["email"] == PEOPLE[0]["email"]  # staff do see it: a real fixture
    later = datetime.now(UTC) + timedelta(days=1)  # past the next publication of the summary
    app.extensions["intake.clock"] = lambda: later
    summary = client.get(f"/api/v1/agenda-items/{ITEM}/summary").json
    assert summary["total"] == 4 and summary["campaigns"], "the fixture formed no campaign"
    publication = {"published": True}
    published = client.put(
        f"/api/v1/agenda-items/{ITEM}/publication", json=publication, headers=staff
    )
    assert published.status_code == 200
    assert len(client.get(f"/api/v1/agenda-items/{ITEM}/record").json["items"]) == 4
    for where, body in public_bodies(app, client, world).items():
        folded = body.casefold()
        leaked = [secret for secret in SECRETS if secret in folded]
        assert leaked == [], f"{where} contains {leaked}"


def test_logs_carry_no_personal_data_or_tokens(
    client: FlaskClient,
    caplog: pytest.LogCaptureFixture,
    make_token: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="intake")
    secret = make_token("admin")
    headers = bearer(secret)
    url = f"/api/v1/agenda-items/{ITEM}/comments"
    client.post("/api/v1/agenda-items", json={"id": ITEM, "title": "Library"}, headers=headers)
    for person in PEOPLE:
        client.post(url, json=comment_payload(submitter=person))
        client.post(url, json=comment_payload(submitter={**person, "email": f"{person['email']}@"}))
    client.get(url, headers=headers)
    client.get("/api/v1/comments/1", headers={"Authorization": f"Bearer {secret}x"})
    client.get(f"/api/v1/agenda-items/{ITEM}/comments.csv", headers=headers)

    def failing_submit(self: CommentService, submissions: Sequence[Submission]) -> None:
        """A constraint violation whose SQL parameters are personal data."""
        (submission,) = submissions
        submitter = submission.data["submitter"]
        self.session.execute(
            text("INSERT INTO agenda_items (id, title) VALUES (:id, :title)"),
            {"id": submission.item_id, "title": f"{submitter['email']} {submitter['address']}"},
        )

    monkeypatch.setattr(CommentService, "submit_together", failing_submit)
    crashed = client.post(url, json=comment_payload(submitter=PEOPLE[0]))
    assert crashed.status_code == 500
    logged = caplog.text.casefold()
    assert "unhandled error" in logged, "the crash was not logged: the check would prove nothing"
    for value in [*SECRETS, secret.casefold(), "bearer "]:
        assert value not in logged


def test_tokens_are_stored_hashed(
    client: FlaskClient, admin: dict[str, str], session: Session
) -> None:
    created = client.post(
        "/api/v1/tokens", json={"name": "hashed", "role": "integration"}, headers=admin
    )
    assert created.status_code == 201
    secret = created.json["token"]
    row = session.scalar(select(ApiToken).where(ApiToken.name == "hashed"))
    assert row is not None
    assert row.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    stored = " ".join(str(getattr(row, c.key)) for c in ApiToken.__table__.columns)
    assert secret not in stored
    listed = client.get("/api/v1/tokens", headers=admin).get_data(as_text=True)
    assert secret not in listed and row.token_hash not in listed
