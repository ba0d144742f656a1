"""The CSV export and the printable report: contents, safety and who may read them."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from intake.services import export
from intake.services.export import safe_cell
from tests.conftest import comment_payload
from tests.labelled import (
    ADDITION,
    ADDITION_2,
    C1_TEXT,
    ITEM,
    PEOPLE,
    Arranged,
    keeps_unlabelled,  # noqa: F401 - this module's settings_overrides
)

CSV = f"/api/v1/agenda-items/{ITEM}/comments.csv"
REPORT = f"/api/v1/agenda-items/{ITEM}/report"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"


def read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rcarriage", "'\rcarriage"),
        ("plain = text", "plain = text"),
        (" =1+2", "' =1+2"),
        ("\n=1+2", "'\n=1+2"),
        ("\u3000\u00a0@SUM(A1)", "'\u3000\u00a0@SUM(A1)"),
        ("\uff1dcmd|'/c calc'!A0", "'\uff1dcmd|'/c calc'!A0"),
        ("\uff0b1", "'\uff0b1"),
        ("\u200b=1+2", "'\u200b=1+2"),
        ("\ufeff\u200e-2", "'\ufeff\u200e-2"),
        ("\x00=1", "'\x00=1"),
        ("  plain text", "  plain text"),
        ("\u200bword", "\u200bword"),
        ("", ""),
        (None, ""),
        (0.5, "0.5"),
        (["a", "b"], "a;b"),
    ],
)
def test_cells_are_defused(value: Any, cell: str) -> None:
    assert safe_cell(value) == cell


def test_export_streams_every_comment_with_submitter_and_label(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    response = client.get(CSV, headers=staff)
    assert response.status_code == 200
    assert response.is_streamed
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == f'attachment; filename="{ITEM}-comments.csv"'
    rows = read_csv(response.get_data(as_text=True))
    assert len(rows) == 13
    assert [int(r["comment_id"]) for r in rows] == sorted(arranged.ids.values())
    fourth = next(r for r in rows if int(r["comment_id"]) == arranged.ids[4])
    assert fourth["kind"] == "form_letter"
    assert fourth["campaign_id"] == str(arranged.c1)
    assert fourth["personal_text"] == ADDITION
    assert fourth["name"] == PEOPLE["p3"].name
    assert fourth["email"] == PEOPLE["p3"].email
    assert fourth["address"] == PEOPLE["p3"].address
    assert fourth["received_at"] == "2026-11-20T10:15:00+00:00"
    assert fourth["body"].startswith(C1_TEXT)
    unlabelled = next(r for r in rows if int(r["comment_id"]) == arranged.ids[12])
    assert unlabelled["kind"] == "" and unlabelled["position"] == "neutral"


def test_export_defuses_formulas_from_commenters(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    payload = comment_payload("=cmd|' /C calc'!A0")
    payload["submitter"] = {"name": "@Evil", "email": "evil@example.org", "address": "-1 Main"}
    client.post(COMMENTS, json=payload)
    (row,) = read_csv(client.get(CSV, headers=staff).get_data(as_text=True))
    assert row["body"] == "'=cmd|' /C calc'!A0"
    assert row["name"] == "'@Evil"
    assert row["address"] == "'-1 Main"


@pytest.mark.usefixtures("item")
def test_export_reads_in_batches(
    client: FlaskClient, staff: dict[str, str], session: Session
) -> None:
    """More rows than one batch come out whole and in order (the export never holds them all)."""
    for n in range(7):
        client.post(COMMENTS, json=comment_payload(f"comment {n}"))
    chunks = list(export.ExportService(lambda: session).csv_chunks(ITEM, batch_rows=3))
    assert len(chunks) == 1 + 3  # header, then batches of 3, 3 and 1
    rows = read_csv("".join(chunks))
    assert [r["body"] for r in rows] == [f"comment {n}" for n in range(7)]


@pytest.mark.usefixtures("item")
@pytest.mark.parametrize("path", [CSV, REPORT], ids=["csv", "report"])
def test_exports_need_staff_and_a_known_item(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str], path: str
) -> None:
    assert client.get(path).status_code == 401
    assert client.get(path, headers=integration).status_code == 403
    response = client.get(path.replace(ITEM, "nope"), headers=staff)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


def test_report_is_a_safe_printable_page(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    response = client.get(REPORT, headers=staff)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "style-src 'nonce-" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    page = response.get_data(as_text=True)
    nonce = csp.split("'nonce-")[1].split("'")[0]
    assert f'<style nonce="{nonce}">' in page
    for forbidden in ("<script", "<link", "src=", "http://", "https://"):
        assert forbidden not in page
    assert page.count("<svg") == 2 and "<rect" in page


def test_report_shows_each_campaign_once_with_its_additions_and_every_unique_comment(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    page = client.get(REPORT, headers=staff).get_data(as_text=True)
    assert page.count(C1_TEXT) == 1  # five copies, shown once
    # Comments and people apart: #13 is a second copy from #4's sender.
    assert f"Campaign {arranged.c1}: 5 comments from 4 people" in " ".join(page.split())
    assert page.count(ADDITION) == 1 and "(2 senders)" in page  # one addition written twice
    assert ADDITION_2 in page
    assert "Comment number 1 in my own words." in page
    assert page.count("Comment number 2 in my own words.") == 1  # its duplicate is a count
    assert "sent again 1 more time" in page
    assert "Cheap pills" not in page  # spam is counted, not reprinted
    assert "Comment number 12 in my own words." in page  # not labelled yet: shown in full


def test_report_names_only_on_request_and_never_contact_details(
    client: FlaskClient, arranged: Arranged, staff: dict[str, str]
) -> None:
    plain = client.get(REPORT, headers=staff).get_data(as_text=True)
    named = client.get(f"{REPORT}?names=1", headers=staff).get_data(as_text=True)
    for person in PEOPLE.values():
        for page in (plain, named):
            assert person.email not in page
            assert person.address not in page
        assert person.name not in plain
    assert PEOPLE["p1"].name in named  # unique comment's author
    assert PEOPLE["p3"].name in named and PEOPLE["p5"].name in named  # the shared addition


def test_report_escapes_markup_in_comments(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    client.post(COMMENTS, json=comment_payload("<script>alert('x')</script><b>bold</b>"))
    page = client.get(REPORT, headers=staff).get_data(as_text=True)
    assert "<script>" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page
