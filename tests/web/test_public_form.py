"""The public comment form in a real browser: submit, receipt, errors in place, closed windows,
the honeypot, and what a keyboard and a screen reader get."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from intake.db import utcnow
from tests.web.browser import make_item
from tests.web.conftest import LiveServer

pytestmark = pytest.mark.slow

ITEM = "2026-01234"


def stored_comments(server: LiveServer, item_id: str) -> list[dict[str, Any]]:
    status, page = server.api("GET", f"/api/v1/agenda-items/{item_id}/comments?limit=500")
    assert status == 200, page
    items: list[dict[str, Any]] = page["items"]
    return items


def test_a_comment_sent_through_the_form_gets_a_receipt(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    close = (utcnow() + timedelta(days=3)).replace(microsecond=0)
    make_item(web_server, ITEM, comments_close_at=close.isoformat())
    response = page.goto(f"/items/{ITEM}/comment")
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Speed humps on 21st Street")
    expect(page.locator(".window")).to_contain_text("Comments are open until")
    expect(page.get_by_role("heading", name="What happens to your personal data")).to_be_visible()
    assert "script-src" not in response.headers["content-security-policy"]  # no script at all

    page.get_by_label("Your comment").fill(
        "Please add a crossing by the school.\nCars are fast here."
    )
    page.get_by_label("I support this item").check()
    page.get_by_label("Full name").fill("Maria Lopez")
    page.get_by_label("Email address").fill("maria@example.org")
    page.get_by_label("Postal code").fill("95818")
    page.screenshot(path=str(screenshot_dir / "comment-form.png"), full_page=True)
    page.get_by_role("button", name="Send comment").focus()
    page.keyboard.press("Enter")  # keyboard only

    expect(page.get_by_role("heading", name="Comment received")).to_be_visible()
    receipt = int(page.locator("#receipt-number").inner_text())
    assert re.search(r"/items/2026-01234/comment/receipt/", page.url)
    page.screenshot(path=str(screenshot_dir / "comment-receipt.png"), full_page=True)

    status, record = web_server.api("GET", f"/api/v1/comments/{receipt}")
    assert status == 200
    assert record["body"] == "Please add a crossing by the school.\nCars are fast here."
    assert record["position"] == "support"
    assert record["source"] == "form"
    assert record["submitter"]["postal_code"] == "95818"

    # Reloading the receipt (Post/Redirect/Get) does not send the comment again.
    page.reload()
    expect(page.locator("#receipt-number")).to_have_text(str(receipt))
    assert len(stored_comments(web_server, ITEM)) == 1

    # A receipt address that was tampered with is not a receipt.
    assert page.goto(page.url[:-3] + "abc").status == 404


def test_validation_errors_show_next_to_their_fields_and_keep_the_input(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    make_item(web_server, "2026-01300")
    page.goto("/items/2026-01300/comment")
    page.get_by_label("Your comment").fill("   ")
    page.get_by_label("I oppose this item").check()
    page.get_by_label("Full name").fill("Tom Becker")
    page.get_by_label("Email address").fill("tom at example")
    with page.expect_response(lambda r: r.request.method == "POST") as sent:
        page.get_by_role("button", name="Send comment").click()
    assert sent.value.status == 422

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    expect(summary.get_by_role("link", name=re.compile("^Your comment:"))).to_be_visible()
    expect(
        summary.get_by_role("link", name=re.compile("^Email address: Not a valid email"))
    ).to_be_visible()

    body = page.get_by_label("Your comment")
    expect(body).to_have_attribute("aria-invalid", "true")
    expect(body).to_have_attribute("aria-describedby", "body-hint body-error")
    expect(page.locator("#body-error")).to_contain_text("Must not be empty")
    email = page.get_by_label("Email address")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#email-error")).to_contain_text("Not a valid email address")
    expect(page.get_by_label("Full name")).not_to_have_attribute("aria-invalid", "true")

    # What the person typed is still there.
    expect(email).to_have_value("tom at example")
    expect(page.get_by_label("Full name")).to_have_value("Tom Becker")
    expect(page.get_by_label("I oppose this item")).to_be_checked()

    # The summary's links move focus to the field.
    summary.get_by_role("link", name=re.compile("^Email address:")).click()
    expect(email).to_be_focused()
    page.screenshot(path=str(screenshot_dir / "comment-form-errors.png"), full_page=True)

    # Fixed, it goes through; nothing was stored by the refused attempt.
    page.get_by_label("Your comment").fill("Please slow the traffic down.")
    email.fill("tom@example.org")
    page.get_by_role("button", name="Send comment").click()
    expect(page.get_by_role("heading", name="Comment received")).to_be_visible()
    assert [c["body"] for c in stored_comments(web_server, "2026-01300")] == [
        "Please slow the traffic down."
    ]


def test_a_body_over_the_configured_length_is_refused_in_place(
    page: Any, web_server: LiveServer
) -> None:
    """The service's length cap (not the schema's) reaches the form too."""
    make_item(web_server, "2026-01301")
    page.goto("/items/2026-01301/comment")
    limit = web_server.app.config["INTAKE"].max_body_chars
    page.get_by_label("Your comment").evaluate(
        "(el, n) => { el.removeAttribute('maxlength'); el.value = 'a'.repeat(n + 1); }", limit
    )
    page.get_by_label("Full name").fill("Ann Long")
    page.get_by_role("button", name="Send comment").click()
    expect(page.locator("#body-error")).to_contain_text(f"maximum of {limit} characters")
    assert stored_comments(web_server, "2026-01301") == []


def test_a_closed_window_says_so_and_offers_no_form(page: Any, web_server: LiveServer) -> None:
    opened = utcnow() - timedelta(days=10)
    make_item(
        web_server,
        "2026-01302",
        comments_open_at=opened.isoformat(),
        comments_close_at=(opened + timedelta(days=2)).isoformat(),
    )
    page.goto("/items/2026-01302/comment")
    expect(page.get_by_role("heading", name="Comments are closed")).to_be_visible()
    assert page.locator("form").count() == 0
    assert page.locator("textarea").count() == 0

    make_item(web_server, "2026-01303", comments_open_at=(utcnow() + timedelta(days=1)).isoformat())
    page.goto("/items/2026-01303/comment")
    expect(page.get_by_role("heading", name="Comments are not open yet")).to_be_visible()
    assert page.locator("form").count() == 0


def test_the_honeypot_is_invisible_to_people_and_counts_against_bots(
    page: Any, web_server: LiveServer
) -> None:
    make_item(web_server, "2026-01304")
    page.goto("/items/2026-01304/comment")
    honeypot = page.locator("input[name=website]")
    expect(honeypot).to_have_attribute("tabindex", "-1")
    expect(honeypot).to_have_attribute("autocomplete", "off")
    expect(page.locator(".hp")).to_have_attribute("aria-hidden", "true")
    box = honeypot.bounding_box()
    assert box is not None and box["x"] < 0  # off-screen
    # Tabbing from the postal code goes straight to the button, never to the honeypot.
    page.get_by_label("Postal code").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send comment")).to_be_focused()

    # A bot fills every field it finds; it still gets a receipt, and the comment is kept.
    page.get_by_label("Your comment").fill("Great post, visit my site for cheap offers.")
    page.get_by_label("Full name").fill("Bot McBotface")
    honeypot.evaluate("el => { el.value = 'http://spam.example' }")
    page.get_by_role("button", name="Send comment").click()
    receipt = int(page.locator("#receipt-number").inner_text())
    status, record = web_server.api("GET", f"/api/v1/comments/{receipt}")
    assert status == 200
    assert record["label"]["kind"] == "spam"
    assert any("honeypot" in reason for reason in record["label"]["reasons"])


def test_an_unknown_item_is_a_page_not_json(page: Any, web_server: LiveServer) -> None:
    response = page.goto("/items/NO-SUCH-ITEM/comment")
    assert response.status == 404
    assert response.headers["content-type"].startswith("text/html")
    expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
