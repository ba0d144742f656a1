"""The staff dashboard in a real browser: sign-in and its cookie, the counts, an item's charts
and campaigns, a campaign's additions, label changes, CSRF, and commenters' markup shown as text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Dialog, expect

from tests.web.browser import send_through_form, sign_in
from tests.web.conftest import SEEDED_ITEM, LiveServer
from tests.web.seed import LETTER

pytestmark = pytest.mark.slow

XSS_BODY = (
    '<script>window.__xss = "script"</script>'
    '<img src="x" onerror="window.__xss = \'onerror\'">'
    " I support this, but <b>not</b> like this."
)
XSS_NAME = "<svg onload=\"window.__xss='name'\">Mallory"


def figure(page: Any, key: str) -> int:
    return int(page.locator(f"#figure-{key}").inner_text())


def test_sign_in_keeps_only_a_protected_session_cookie(page: Any, web_server: LiveServer) -> None:
    page.goto("/staff")
    assert "/staff/sign-in" in page.url
    page.get_by_label("Staff token").fill("intk_not-a-token")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("not a valid staff token")
    expect(page.get_by_label("Staff token")).to_have_attribute("aria-invalid", "true")

    # An integration token is a real token but not a staff one.
    page.get_by_label("Staff token").fill(web_server.integration_token)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("not a valid staff token")

    page.get_by_label("Staff token").fill(web_server.staff_token)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Agenda items")).to_be_visible()
    cookies = page.context.cookies()
    assert [c["name"] for c in cookies] == ["intake_session"]
    cookie = cookies[0]
    assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Lax"
    assert web_server.staff_token not in cookie["value"]
    assert page.evaluate("document.cookie") == ""  # HttpOnly: no script can read it

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()
    page.goto("/staff")
    assert "/staff/sign-in" in page.url


def test_a_revoked_token_ends_the_session_at_once(page: Any, web_server: LiveServer) -> None:
    sign_in(page, web_server, token=("temp-clerk", web_server.make_token("temp-clerk", "staff")))
    web_server.revoke("temp-clerk")
    page.goto(f"/staff/items/{SEEDED_ITEM}")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def test_every_staff_post_needs_the_csrf_token(page: Any, web_server: LiveServer) -> None:
    sign_in(page, web_server)
    forged = page.request.post(
        "/staff/comments/1/label",
        form={"kind": "spam", "reason": "forged"},
        max_redirects=0,
    )
    assert forged.status == 400
    wrong = page.request.post("/staff/sign-out", form={"csrf_token": "guess"}, max_redirects=0)
    assert wrong.status == 400
    page.goto("/staff/comments/1")
    expect(page.locator("#label")).to_contain_text("decided by system")
    expect(page.locator("#history")).not_to_contain_text("forged")


def test_the_dashboard_counts_a_form_comment_and_its_campaign(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    sign_in(page, web_server)
    row = page.get_by_role("row", name=re.compile(SEEDED_ITEM))
    before = int(row.locator("td").nth(1).inner_text())

    addition = "I ride the 51 bus past the county jail every morning."
    receipt = send_through_form(
        page, SEEDED_ITEM, f"{addition}\n\n{LETTER}", "Yolanda Reyes", "yolanda@example.org"
    )

    page.goto("/staff")
    row = page.get_by_role("row", name=re.compile(SEEDED_ITEM))
    expect(row.locator("td").nth(1)).to_have_text(str(before + 1))
    row.get_by_role("link", name=SEEDED_ITEM).click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(SEEDED_ITEM)
    assert figure(page, "total") == before + 1
    for chart in ("chart-timeline", "chart-positions", "chart-campaigns"):
        svg = page.locator(f"#{chart}-caption + * svg, figure[aria-labelledby={chart}-caption] svg")
        expect(svg.first).to_be_visible()
        expect(page.locator(f"#{chart}-title")).not_to_be_empty()
        expect(page.locator(f"#{chart}-desc")).not_to_be_empty()
    expect(
        page.locator("figure[aria-labelledby=chart-timeline-caption] rect").first
    ).to_be_visible()

    # Each campaign once, with its count and text; the letter's campaign now has 15 senders.
    campaigns = page.locator("article.campaign")
    expect(campaigns).to_have_count(2)
    letter = campaigns.filter(has_text="stand up to ICE")
    expect(letter).to_have_count(1)
    expect(letter.locator(".count")).to_have_text("15")
    # The unique comments are listed by default.
    expect(page.get_by_role("heading", name=re.compile(r"^Unique comments \(5\)"))).to_be_visible()
    expect(page.locator("ol.comments > li")).to_have_count(5)
    page.screenshot(path=str(screenshot_dir / "staff-item.png"), full_page=True)

    # Filters: the letter's members who added something of their own.
    page.get_by_label("Label", exact=True).select_option("form_letter")
    page.get_by_label("Personal text").select_option("true")
    page.get_by_label("Text contains").fill("51 bus")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("heading", name="Comments matching the filters")).to_be_visible()
    expect(page.locator("ol.comments > li")).to_have_count(1)
    expect(page.locator("ol.comments > li")).to_contain_text(f"Comment {receipt}")

    letter = page.locator("article.campaign").filter(has_text="stand up to ICE")
    letter.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Campaign \d+$"))
    expect(page.locator("#campaign-size")).to_have_text("15")
    expect(page.get_by_role("heading", name="What members added")).to_be_visible()
    member = page.locator(f"#member-{receipt}")
    expect(member.locator(".addition")).to_have_text(addition)
    expect(member).to_contain_text("Yolanda Reyes")
    expect(page.locator("ol.comments > li")).to_have_count(6)  # 5 seeded additions and hers
    page.screenshot(path=str(screenshot_dir / "staff-campaign.png"), full_page=True)

    page.get_by_role("link", name="Show all members").click()
    expect(page.locator("ol.comments > li")).to_have_count(15)


def test_staff_change_a_label_and_the_history_says_who_and_why(
    page: Any, web_server: LiveServer, screenshot_dir: Path
) -> None:
    receipt = send_through_form(
        page,
        SEEDED_ITEM,
        "I sell handmade soap at the market every Saturday, come and say hello.",
        "Lena Fox",
        "lena@example.org",
    )
    sign_in(page, web_server, f"/staff/comments/{receipt}")
    expect(page.locator("#label-kind")).to_have_text("unique")

    # A duplicate must name its original: the error is shown in place, nothing changes.
    page.get_by_label("New label").select_option("duplicate")
    page.get_by_label("Reason").fill("Same as before")
    page.get_by_role("button", name="Change label").click()
    expect(page.get_by_role("alert")).to_contain_text("A duplicate names the comment it repeats.")
    expect(page.get_by_label("Duplicate of comment number")).to_have_attribute(
        "aria-invalid", "true"
    )
    expect(page.get_by_label("Reason")).to_have_value("Same as before")
    expect(page.locator("#label-kind")).to_have_text("unique")

    page.get_by_label("New label").select_option("spam")
    page.get_by_label("Reason").fill("Advertising, not a comment on the item.")
    page.get_by_role("button", name="Change label").click()
    expect(page.get_by_role("status")).to_contain_text("Label changed to spam.")
    expect(page.locator("#label-kind")).to_have_text("spam")
    expect(page.locator("#label")).to_contain_text("decided by staff")
    decision = page.locator("#history tbody tr").filter(has_text="staff:clerk")
    expect(decision).to_have_count(1)
    expect(decision).to_contain_text("Advertising, not a comment on the item.")
    page.screenshot(path=str(screenshot_dir / "staff-comment.png"), full_page=True)

    status, record = web_server.api("GET", f"/api/v1/comments/{receipt}")
    assert status == 200
    assert record["label"]["kind"] == "spam" and record["label"]["decided_by"] == "staff"


def test_markup_a_commenter_wrote_is_shown_as_text_and_never_runs(
    page: Any, web_server: LiveServer
) -> None:
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    receipt = send_through_form(page, SEEDED_ITEM, XSS_BODY, XSS_NAME, "mallory@example.org")
    sign_in(page, web_server, f"/staff/comments/{receipt}")

    body = page.locator("#comment-body")
    expect(body).to_have_text(XSS_BODY)
    assert body.locator("img, script, b").count() == 0
    expect(page.locator("dl.pairs").first).to_contain_text(XSS_NAME)
    assert page.locator("svg[onload]").count() == 0

    page.goto(f"/staff/items/{SEEDED_ITEM}?q=window.__xss")
    item = page.locator(f"#comment-{receipt}")
    expect(item.locator(".text")).to_have_text(XSS_BODY)
    expect(item).to_contain_text(XSS_NAME)
    assert item.locator("img, script, svg").count() == 0

    assert page.evaluate("window.__xss") is None
    assert dialogs == []
