"""Admins manage tokens from the dashboard: made (the secret shown once), listed, revoked."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.conftest import bearer
from tests.staff_pages import post, sign_in


def test_an_admin_makes_lists_and_revokes_tokens(
    client: FlaskClient, admin: dict[str, str]
) -> None:
    sign_in(client, admin)
    made = post(client, "/staff/tokens", name="clerk-maria", role="staff", rate_limit="")
    assert made.status_code == 201
    page = made.get_data(as_text=True)
    match = re.search(r'<code id="new-token-secret">(intk_[^<]+)</code>', page)
    assert match is not None
    secret = match.group(1)
    assert client.get("/api/v1/comments/1", headers=bearer(secret)).status_code == 404  # works
    listing = client.get("/staff/tokens").get_data(as_text=True)
    assert "clerk-maria" in listing and secret not in listing
    taken = post(client, "/staff/tokens", name="clerk-maria", role="staff")
    assert taken.status_code == 422 and "exists already" in taken.get_data(as_text=True)
    bad = post(client, "/staff/tokens", name="x", role="root", rate_limit="lots")
    assert bad.status_code == 422
    token_id = int(re.findall(r'id="token-(\d+)"><th scope="row">clerk-maria', listing)[0])
    revoked = post(client, f"/staff/tokens/{token_id}/revoke")
    assert revoked.status_code == 303
    assert client.get("/api/v1/comments/1", headers=bearer(secret)).status_code == 401


def test_only_admins_manage_tokens(client: FlaskClient, staff: dict[str, str]) -> None:
    sign_in(client, staff)
    assert client.get("/staff/tokens").status_code == 403
    assert post(client, "/staff/tokens", name="sneaky", role="admin").status_code == 403
    assert "Tokens</a>" not in client.get("/staff").get_data(as_text=True)
