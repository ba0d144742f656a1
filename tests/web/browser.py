"""Steps in the browser (Playwright) shared by the page tests: an item, signing in, the form."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.web.conftest import LiveServer


def sign_in(
    page: Any, server: LiveServer, path: str = "/staff", token: tuple[str, str] | None = None
) -> None:
    """Sign in on ``path``'s sign-in form as the server's clerk, or as ``token`` (name, secret)."""
    name, secret = token or ("clerk", server.staff_token)
    page.goto(path)
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Staff token").fill(secret)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text(f"Signed in as {name}")).to_be_visible()


def send_through_form(page: Any, item_id: str, body: str, name: str, email: str) -> int:
    page.goto(f"/items/{item_id}/comment")
    page.get_by_label("Your comment").fill(body)
    page.get_by_label("I support this item").check()
    page.get_by_label("Full name").fill(name)
    page.get_by_label("Email address").fill(email)
    page.get_by_role("button", name="Send comment").click()
    return int(page.locator("#receipt-number").inner_text())


def make_item(server: LiveServer, item_id: str, **window: Any) -> None:
    status, body = server.api(
        "POST",
        "/api/v1/agenda-items",
        {
            "id": item_id,
            "title": "Speed humps on 21st Street",
            "body_name": "City Council",
            **window,
        },
    )
    assert status in (201, 409), body
