"""The staff exports (CSV and JSON Lines) say how many signed, whether a comment is disputed and
which files it carries; none of it reaches a public output."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from typing import Any

from flask.testing import FlaskClient

from intake.services.export import HEADER
from tests.conftest import comment_payload
from tests.documents import aaln_letter, text_pdf
from tests.uploads import post_with_files

ITEM = "2026-00837"
EXPORT = f"/api/v1/agenda-items/{ITEM}/comments"
FILE_NAME = "=AALN letter (signed).pdf"  # a spreadsheet would run it without the guard


def post_the_letter_and_a_reply(client: FlaskClient, staff: dict[str, str]) -> dict[str, Any]:
    """A 300-signature letter with two files, disputed by staff; then a plain comment."""
    pdf, note = text_pdf(aaln_letter()), b"Our members' names are listed below.\n"
    payload = comment_payload(
        "On behalf of our 300 members.",
        signatures=300,
        submitter={"name": "Asian American Liberation Network", "email": "info@aaln.example"},
    )
    response = post_with_files(client, [(pdf, FILE_NAME), (note, "members.txt")], payload)
    assert response.status_code == 201, response.json
    letter_id = response.json["id"]
    reply = client.post(f"{EXPORT}", json=comment_payload("A comment of my own, no files."))
    assert reply.status_code == 201
    disputed = client.put(
        f"/api/v1/comments/{letter_id}/dispute",
        json={"reason": "A member says she never signed."},
        headers=staff,
    )
    assert disputed.status_code == 200, disputed.json
    return {
        "letter": letter_id,
        "reply": reply.json["id"],
        "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
        "note_sha256": hashlib.sha256(note).hexdigest(),
    }


def test_the_csv_carries_signatures_disputes_and_files(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    posted = post_the_letter_and_a_reply(client, staff)
    text = client.get(f"{EXPORT}.csv", headers=staff).get_data(as_text=True)
    header, letter, reply = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert tuple(header) == HEADER
    letter_row, reply_row = (
        dict(zip(header, letter, strict=True)),
        dict(zip(header, reply, strict=True)),
    )
    assert letter_row["comment_id"] == str(posted["letter"])
    assert (letter_row["signatures"], letter_row["disputed"]) == ("300", "true")
    assert (reply_row["signatures"], reply_row["disputed"]) == ("1", "false")
    assert letter_row["attached_files"].splitlines() == [
        f"'{FILE_NAME} | application/pdf | {posted['pdf_sha256']} | read",
        f"members.txt | text/plain; charset=utf-8 | {posted['note_sha256']} | read",
    ]
    assert reply_row["attached_files"] == ""
    assert "Expand the definition" not in text  # the files' text is not exported


def test_json_lines_carry_the_same_with_json_types(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    posted = post_the_letter_and_a_reply(client, staff)
    lines = client.get(f"{EXPORT}.jsonl", headers=staff).get_data(as_text=True).splitlines()
    letter, reply = (json.loads(line) for line in lines)
    assert tuple(letter) == HEADER
    assert (letter["signatures"], letter["disputed"]) == (300, True)
    assert (reply["signatures"], reply["disputed"], reply["attached_files"]) == (1, False, [])
    assert letter["attached_files"] == [
        {
            "filename": FILE_NAME,
            "media_type": "application/pdf",
            "sha256": posted["pdf_sha256"],
            "text_status": "read",
        },
        {
            "filename": "members.txt",
            "media_type": "text/plain; charset=utf-8",
            "sha256": posted["note_sha256"],
            "text_status": "read",
        },
    ]


def test_no_public_output_names_the_files_or_the_dispute(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    posted = post_the_letter_and_a_reply(client, staff)
    public = [
        client.get(f"/api/v1/agenda-items/{ITEM}/summary"),
        client.get(f"/items/{ITEM}/comment"),
        client.get(f"{EXPORT}.csv"),
        client.get(f"{EXPORT}.jsonl"),
        client.get(f"/api/v1/comments/{posted['letter']}"),
        client.get(f"/api/v1/comments/{posted['letter']}/attachments/1"),
    ]
    for response in public:
        text = response.get_data(as_text=True)
        assert "AALN letter" not in text
        assert posted["pdf_sha256"] not in text
        assert "never signed" not in text
    assert [r.status_code for r in public[2:]] == [401, 401, 401, 401]
