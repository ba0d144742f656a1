"""The public record in the browser: nothing before the clerk publishes it; then each form letter
once with its count and what its senders added, no email or postal code anywhere, names as the
setting says; a comment the clerk holds back (with a reason) leaves it, and comes back."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.browser import sign_in
from tests.web.conftest import SEEDED_ITEM, LiveServer
from tests.web.seed import NAMES, UNIQUE

pytestmark = pytest.mark.slow

RECORD = f"/items/{SEEDED_ITEM}/record"


@pytest.fixture(scope="module")
def web_settings() -> dict[str, Any]:
    return {"public_record_names": "name"}


def assert_no_contact_details(page: Any) -> None:
    text = page.locator("main").inner_text()
    assert "@" not in text and "95818" not in text


def test_the_clerk_publishes_and_the_public_reads_the_record(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    assert page.goto(RECORD).status == 404

    sign_in(page, web_server, f"/staff/items/{SEEDED_ITEM}")
    page.get_by_role("link", name="Public record").click()
    expect(page.locator("#record-state")).to_contain_text("Not published.")
    page.get_by_role("button", name="Publish the comments").click()
    expect(page.locator("#record-state")).to_contain_text("Published")
    expect(page.locator("#audit")).to_contain_text("record published")
    page.screenshot(path=str(screenshot_dir / "staff-record.png"), full_page=True)

    page.get_by_role("link", name="Open the public page").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Public comments on {SEEDED_ITEM}")
    letters = page.locator(".record-entry--campaign")
    expect(letters).to_have_count(2)
    expect(letters.first.get_by_role("heading")).to_have_text(
        re.compile(r"Form letter: \d+ comments")
    )
    expect(page.locator("#record")).to_contain_text(UNIQUE[0][:60])
    expect(page.locator(".record-name").first).to_have_text("Elena Fischer")
    assert_no_contact_details(page)
    page.screenshot(path=str(screenshot_dir / "public-record.png"), full_page=True)

    page.get_by_role("link", name=re.compile("Read what .* added of their own")).first.click()
    additions = page.locator("#additions li")
    expect(additions.first).to_contain_text("My grandparents came to Sacramento in 1962")
    expect(additions.first.locator(".record-name")).to_have_text(NAMES[0])
    assert_no_contact_details(page)


def test_a_held_back_comment_leaves_the_record_and_comes_back(
    page: Any, web_server: LiveServer
) -> None:
    status, _ = web_server.api(
        "PUT", f"/api/v1/agenda-items/{SEEDED_ITEM}/publication", {"published": True}
    )
    assert status == 200
    status, found = web_server.api("GET", "/api/v1/comments?q=license-plate")
    assert status == 200
    (comment,) = found["items"]
    sign_in(page, web_server, f"/staff/comments/{comment['id']}")
    page.get_by_role("button", name="Hold back from the public record").click()
    expect(page.locator("#hold-reason-error")).to_contain_text("Must not be empty")
    page.get_by_label("Why hold it back").fill("Asks about a police system under litigation.")
    page.get_by_role("button", name="Hold back from the public record").click()
    expect(page.locator("#held-back")).to_contain_text("under litigation")
    page.goto(RECORD)
    expect(page.locator("#record")).not_to_contain_text("license-plate")
    page.goto(f"/staff/comments/{comment['id']}")
    page.get_by_role("button", name="Release into the public record").click()
    expect(page.locator("#record-events")).to_contain_text("comment released")
    page.goto(RECORD)
    expect(page.locator("#record")).to_contain_text("license-plate")
