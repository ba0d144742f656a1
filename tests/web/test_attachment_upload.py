"""A letter attached on the public form, in a real browser, then downloaded by staff."""

from __future__ import annotations

import hashlib
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.documents import aaln_letter, text_pdf
from tests.web.browser import make_item, sign_in
from tests.web.conftest import LiveServer

pytestmark = pytest.mark.slow

ITEM = "2026-01235"


def test_a_letter_attached_on_the_form_reaches_staff(
    page: Any, web_server: LiveServer, tmp_path: Path
) -> None:
    make_item(web_server, ITEM)
    letter = tmp_path / "AALN letter.pdf"
    letter.write_bytes(text_pdf(aaln_letter()))
    page.goto(f"/items/{ITEM}/comment")
    page.get_by_label("Your comment").fill("Our network's letter is attached.")
    page.get_by_label("Full name").fill("Ana Reyes")
    page.get_by_label("Attach a letter").set_input_files(str(letter))
    page.get_by_role("button", name="Send comment").click()

    expect(page.get_by_role("heading", name="Comment received")).to_be_visible()
    receipt = int(page.locator("#receipt-number").inner_text())
    status, record = web_server.api("GET", f"/api/v1/comments/{receipt}")
    assert status == 200
    (attachment,) = record["attachments"]
    assert (attachment["filename"], attachment["media_type"]) == (
        "AALN letter.pdf",
        "application/pdf",
    )
    assert attachment["text_status"] == "read"

    download = urllib.request.Request(web_server.url + attachment["url"])
    download.add_header("Authorization", f"Bearer {web_server.staff_token}")
    with urllib.request.urlopen(download, timeout=30) as response:
        assert hashlib.sha256(response.read()).hexdigest() == attachment["sha256"]
        assert response.headers["Content-Disposition"].startswith("attachment")


def test_a_form_without_a_file_still_sends(page: Any, web_server: LiveServer) -> None:
    """An empty file input is sent as an empty, nameless part: that is no attachment."""
    make_item(web_server, ITEM)
    page.goto(f"/items/{ITEM}/comment")
    page.get_by_label("Your comment").fill("No letter, just my words.")
    page.get_by_label("Full name").fill("Tom Nguyen")
    page.get_by_role("button", name="Send comment").click()
    expect(page.get_by_role("heading", name="Comment received")).to_be_visible()
    receipt = int(page.locator("#receipt-number").inner_text())
    assert web_server.api("GET", f"/api/v1/comments/{receipt}")[1]["attachments"] == []


def form_with_a_letter(page: Any, web_server: LiveServer, letter: Path) -> bytes:
    """The item's public form open in ``page``, and the association's letter as a PDF written
    to ``letter`` (its bytes, to compare a download with)."""
    make_item(web_server, ITEM)
    pdf = text_pdf(aaln_letter())
    letter.write_bytes(pdf)
    page.goto(f"/items/{ITEM}/comment")
    return pdf


def test_staff_download_a_file_from_the_comment_page(
    page: Any, web_server: LiveServer, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.pdf"
    pdf = form_with_a_letter(page, web_server, letter)
    page.get_by_label("Your comment").fill("Signed by our whole block association.")
    page.get_by_label("Full name").fill("Ana Reyes")
    page.get_by_label("Attach a letter").set_input_files(str(letter))
    page.get_by_role("button", name="Send comment").click()
    receipt = int(page.locator("#receipt-number").inner_text())

    sign_in(page, web_server, f"/staff/comments/{receipt}")
    link = page.locator("#attachments").get_by_role("link", name="letter.pdf")
    with page.expect_download() as info:
        link.click()
    saved = tmp_path / "downloaded.pdf"
    info.value.save_as(saved)
    assert saved.read_bytes() == pdf
    page.context.clear_cookies()  # signed out: the file is not there for the public
    assert (
        page.request.get(f"/staff/comments/{receipt}/attachments/1", max_redirects=0).status == 303
    )


def test_a_letter_sent_without_a_word_is_downloaded_by_the_clerk(
    page: Any, web_server: LiveServer, tmp_path: Path
) -> None:
    """The comment box left empty: the letter is the comment. The clerk then opens the comment
    on the dashboard and downloads the file behind its link, byte for byte."""
    letter = tmp_path / "AALN letter.pdf"
    pdf = form_with_a_letter(page, web_server, letter)
    page.get_by_label("Full name").fill("Ana Reyes")
    page.get_by_role("button", name="Send comment").click()
    expect(page.locator("#body-error")).to_contain_text("Must not be empty")

    page.get_by_label("Full name").fill("Ana Reyes")
    page.get_by_label("Attach a letter").set_input_files(str(letter))
    page.get_by_role("button", name="Send comment").click()
    expect(page.get_by_role("heading", name="Comment received")).to_be_visible()
    receipt = int(page.locator("#receipt-number").inner_text())

    sign_in(page, web_server, f"/staff/comments/{receipt}")
    page.goto(f"/staff/comments/{receipt}")
    expect(page.locator("#comment-body")).to_have_text("")
    expect(page.locator("#body-empty")).to_contain_text("the attached letter is the comment")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="AALN letter.pdf").click()
    download = download_info.value
    assert download.suggested_filename == "AALN letter.pdf"
    assert Path(download.path()).read_bytes() == pdf
