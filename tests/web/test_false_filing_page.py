""" "This was filed in my name", in a real browser: the public page takes the report and says the
same whatever it found; the clerk finds the comment in the review queue with the report and marks
it disputed from its page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.browser import make_item, send_through_form, sign_in
from tests.web.conftest import LiveServer

pytestmark = pytest.mark.slow

ITEM = "2026-01240"
STATEMENT = "I never wrote this. Someone used my email address without asking me."


def report(page: Any, email: str) -> str:
    page.goto("/false-filing")
    page.get_by_label("Email address used").fill(email)
    page.get_by_label("What happened").fill(STATEMENT)
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("heading", name="Report received")).to_be_visible()
    text: str = page.locator("main").inner_text()
    return text


def test_a_report_reaches_the_review_queue_and_the_clerk_disputes_the_comment(
    page: Any, web_server: LiveServer
) -> None:
    make_item(web_server, ITEM)
    receipt = send_through_form(
        page, ITEM, "Close the park at night.", "Maria Lopez", "maria@example.org"
    )
    found = report(page, "maria@example.org")
    assert report(page, "nobody@example.org") == found  # the same page, found or not

    sign_in(page, web_server, "/staff/review")
    page.goto("/staff/review")
    row = page.locator(f"#review-{receipt}")
    expect(row).to_contain_text("reported as filed in someone's name without consent")
    expect(row).to_contain_text(STATEMENT)

    row.get_by_role("link", name=f"Comment {receipt}").click()
    expect(page.locator("#false-filing-reports")).to_contain_text(STATEMENT)
    page.get_by_label("Why it is disputed").fill("She confirmed by phone she never sent it.")
    page.get_by_role("button", name="Mark disputed").click()
    expect(page.locator("#disputed")).to_contain_text("She confirmed by phone")
    page.goto("/staff/review")
    expect(page.locator(f"#review-{receipt}")).to_have_count(0)
    status, record = web_server.api("GET", f"/api/v1/comments/{receipt}")
    assert status == 200 and record["disputed"]["report_id"] is not None
