"""A clerk's day in the browser, in the city's time zone: the form states the window in local
time, the campaigns list counts comments and people apart, the item page hands out the packet,
and a problem's type is a page that explains it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from intake.db import get_database
from intake.models import Comment
from tests.web.browser import sign_in
from tests.web.conftest import SEEDED_ITEM, LiveServer

pytestmark = pytest.mark.slow

ZONE = "America/Los_Angeles"
LOCAL_CLOSE = "5:00 pm, 1 December 2099 PST"


@pytest.fixture(scope="module")
def web_settings() -> dict[str, Any]:
    return {"time_zone": ZONE}


def test_the_form_states_the_window_in_local_time(page: Any, web_server: LiveServer) -> None:
    web_server.post(
        "/api/v1/agenda-items",
        {"id": "2099-00001", "title": "Late item", "comments_close_at": "2099-12-02T01:00:00Z"},
    )
    page.goto("/items/2099-00001/comment")
    expect(page.locator("p.window")).to_contain_text(f"Comments are open until {LOCAL_CLOSE}")


def test_the_campaigns_list_counts_comments_and_people_apart(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    sign_in(page, web_server)
    page.get_by_role("link", name="Campaigns", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Campaigns")
    rows = page.locator("#campaigns tbody tr")
    expect(rows).to_have_count(2)
    for row in rows.all():
        comments = int(row.locator("td.comments").inner_text())
        people = int(row.locator("td.people").inner_text())
        assert 0 < people <= comments
    page.screenshot(path=str(screenshot_dir / "staff-campaigns.png"), full_page=True)
    page.goto(f"/staff/items/{SEEDED_ITEM}")
    page.get_by_role("link", name="Every campaign on this item").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Campaigns on {SEEDED_ITEM}")
    expect(rows).to_have_count(2)


def test_the_item_page_hands_out_the_packet(page: Any, web_server: LiveServer) -> None:
    sign_in(page, web_server, f"/staff/items/{SEEDED_ITEM}")
    packet = page.get_by_role("navigation", name="Council packet")
    with page.expect_download() as csv_download:
        packet.get_by_role("link", name="Download CSV").click()
    assert csv_download.value.suggested_filename == f"{SEEDED_ITEM}-comments.csv"
    with page.expect_download() as jsonl_download:
        packet.get_by_role("link", name="Download JSON Lines").click()
    lines = Path(jsonl_download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["item_id"] == SEEDED_ITEM for line in lines)
    packet.get_by_role("link", name="Printable report", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Public comments on {SEEDED_ITEM}")
    page.emulate_media(media="print")
    expect(page.locator(".running")).to_be_visible()  # the item on every printed page
    expect(page.locator("body")).to_contain_text(re.compile(r"(am|pm), \d+ \w+ \d{4} P[SD]T"))
    page.go_back()
    page.emulate_media(media="screen")
    page.get_by_role("link", name="Printable report with names").click()
    assert "names=1" in page.url


def test_a_problem_type_is_a_page_that_explains_it(page: Any, web_server: LiveServer) -> None:
    status, problem = web_server.api("GET", "/api/v1/agenda-items/nope")
    assert status == 404
    page.goto(problem["type"])
    expect(page.get_by_role("heading", level=1)).to_have_text(problem["title"])
    expect(page.get_by_text("What to do:")).to_be_visible()


def test_a_clerk_creates_an_item_and_runs_its_window(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    sign_in(page, web_server)
    page.get_by_role("link", name="New agenda item").click()
    page.get_by_label("File number").fill("2099-00777")
    page.get_by_label("Title").fill("Street trees on Broadway")
    page.get_by_label("Comments close").fill("2099-12-01T17:00")
    page.get_by_role("button", name="Create item").click()
    expect(page.get_by_text("Agenda item 2099-00777 created.")).to_be_visible()
    page.goto("/items/2099-00777/comment")
    expect(page.locator("p.window")).to_contain_text(LOCAL_CLOSE)  # typed as 5 pm local

    page.goto("/staff/items/2099-00777")
    page.get_by_role("link", name="Edit the item and its comment window").click()
    page.get_by_label("Comments close").fill("2099-12-08T17:00")
    page.screenshot(path=str(screenshot_dir / "staff-item-edit.png"), full_page=True)
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Agenda item 2099-00777 saved.")).to_be_visible()
    page.get_by_role("link", name="Edit the item and its comment window").click()
    page.get_by_role("button", name="Close comments now").click()
    expect(page.get_by_text("Comments closed.")).to_be_visible()
    page.goto("/items/2099-00777/comment")
    expect(page.get_by_role("heading", name="Comments are closed")).to_be_visible()
    page.goto("/staff/items/2099-00777/edit")
    page.get_by_role("button", name="Reopen comments (no closing time)").click()
    page.goto("/items/2099-00777/comment")
    expect(page.locator("p.window")).to_have_text("Comments are open.")

    page.goto("/staff/new-item")
    page.get_by_label("File number").fill("2099-00777")
    page.get_by_label("Title").fill("Again")
    page.get_by_role("button", name="Create item").click()
    expect(page.get_by_role("alert")).to_contain_text("exists already")


def test_an_admin_manages_tokens(page: Any, web_server: LiveServer) -> None:
    admin = ("city-admin", web_server.make_token("city-admin", "admin"))
    sign_in(page, web_server, "/staff/sign-in", token=admin)
    page.get_by_role("link", name="Tokens").click()
    page.get_by_label("Name").fill("clerk-maria")
    page.get_by_label("Role").select_option("staff")
    page.get_by_role("button", name="Make token").click()
    secret = page.locator("#new-token-secret").inner_text()
    assert secret.startswith("intk_")
    status, _body = web_server.api("GET", "/api/v1/comments/1", token=secret)
    assert status == 200
    page.goto("/staff/tokens")
    expect(page.locator("#new-token-secret")).to_have_count(0)
    page.get_by_role("button", name="Revoke clerk-maria").click()
    expect(page.get_by_text("Token clerk-maria revoked.")).to_be_visible()
    status, _body = web_server.api("GET", "/api/v1/comments/1", token=secret)
    assert status == 401


def test_staff_search_comments_across_items(page: Any, web_server: LiveServer) -> None:
    sign_in(page, web_server)
    page.get_by_role("link", name="Search", exact=True).click()
    page.get_by_label("Text contains").fill("stand up to ICE")
    page.get_by_label("Label").select_option("form_letter")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="Comments found")).to_be_visible()
    results = page.locator("ol.comments > li")
    expect(results.first).to_contain_text("form letter")
    for text in results.all_inner_texts():
        assert "stand up to ICE" in text and SEEDED_ITEM in text
    page.get_by_label("Text contains").fill("no comment says this")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="No comments match")).to_be_visible()


def test_staff_review_and_relabel_in_bulk(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    session = get_database(web_server.app).session_factory()
    try:
        members = session.scalars(
            select(Comment).where(Comment.kind == "form_letter").order_by(Comment.id).limit(2)
        ).all()
        for member in members:
            member.similarity = 0.71  # just over the matching threshold
        chosen = [member.id for member in members]
        session.commit()
    finally:
        session.close()
    sign_in(page, web_server)
    page.get_by_role("link", name="Review", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review queue")
    for comment_id in chosen:
        row = page.locator(f"#review-{comment_id}")
        expect(row).to_contain_text("close to the matching threshold")
        row.get_by_role("checkbox").check()
    page.screenshot(path=str(screenshot_dir / "staff-review.png"), full_page=True)
    page.get_by_label("Change them to unique").check()
    page.get_by_label("Reason").fill("Written by the senders themselves.")
    page.get_by_role("button", name="Apply to the chosen comments").click()
    expect(page.get_by_text("Changed to unique: 2 comments.")).to_be_visible()
    expect(page.locator(f"#review-{chosen[0]}")).to_have_count(0)
    page.goto(f"/staff/comments/{chosen[0]}")
    history = page.locator("#history tbody tr").last
    expect(history).to_contain_text("staff:clerk")
    expect(history).to_contain_text("Written by the senders themselves.")
