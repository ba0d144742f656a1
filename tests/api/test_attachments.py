"""Attachments: files checked by their bytes, read within limits, labelled with the body,
stored with the comment and served to staff only."""

from __future__ import annotations

import hashlib
import io
import logging
from typing import Any

import pytest
import yaml
from flask.testing import FlaskClient

from intake.attachments.detect import DOCX, PDF, TEXT, detect_media_type
from intake.attachments.extract import ExtractionLimits, extract_text
from tests.conftest import comment_payload
from tests.documents import (
    aaln_letter,
    docx_document,
    encrypted_pdf,
    nested_pdf,
    scanned_pdf,
    text_pdf,
    zip_bomb_docx,
)
from tests.uploads import URL, post_with_files

LIMITS = ExtractionLimits()
LETTER_SENTENCE = "Expand the definition of City Property"


# ---------------------------------------------------------------- the type, from the bytes


def test_the_type_is_read_from_the_bytes() -> None:
    letter = aaln_letter()
    assert detect_media_type(text_pdf(letter)) == PDF
    assert detect_media_type(docx_document(letter)) == DOCX
    assert detect_media_type(letter.encode("utf-8")) == TEXT
    assert detect_media_type(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00") is None  # a program
    assert detect_media_type(b"PK\x03\x04 not really a zip") is None
    assert detect_media_type(b"text with a NUL\x00 in it") is None
    assert detect_media_type("caf\xe9".encode("latin-1")) is None  # not UTF-8


# ---------------------------------------------------------------- reading text, bounded


def test_text_is_read_from_a_pdf_and_a_docx() -> None:
    letter = aaln_letter()
    for media_type, data in ((PDF, text_pdf(letter)), (DOCX, docx_document(letter))):
        result = extract_text(media_type, data, LIMITS)
        assert result.status == "read", (media_type, result)
        assert LETTER_SENTENCE in result.text


def test_a_pdf_without_a_text_layer_is_flagged() -> None:
    result = extract_text(PDF, scanned_pdf(), LIMITS)
    assert (result.status, result.text) == ("no_text_layer", "")


@pytest.mark.parametrize(
    ("name", "media_type", "make", "note"),
    [
        ("encrypted", PDF, lambda: encrypted_pdf("A secret letter."), "encrypted"),
        ("nested", PDF, nested_pdf, None),
        ("zip bomb", DOCX, zip_bomb_docx, "too large when unpacked"),
        ("truncated", PDF, lambda: text_pdf("Some letter text.")[:60], None),
    ],
)
def test_hostile_files_are_unreadable_never_a_crash(
    name: str, media_type: str, make: Any, note: str | None
) -> None:
    result = extract_text(media_type, make(), LIMITS)
    assert result.status in ("unreadable", "no_text_layer"), name
    assert result.text == ""
    if note is not None:
        assert result.note == note


def test_a_reader_that_runs_out_of_time_is_stopped() -> None:
    limits = ExtractionLimits(timeout_seconds=0.001)
    result = extract_text(PDF, text_pdf(aaln_letter()), limits)
    assert (result.status, result.note) == ("unreadable", "took too long to read")


# ---------------------------------------------------------------- through the API


def test_a_comment_with_a_pdf_is_stored_with_it_and_served_to_staff_only(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    pdf = text_pdf(aaln_letter())
    response = post_with_files(client, [(pdf, "AALN letter.txt")])
    assert response.status_code == 201, response.json
    assert "attachments" not in response.json
    record = client.get(response.headers["Location"], headers=staff).json
    (attachment,) = record["attachments"]
    assert attachment["media_type"] == PDF  # from the bytes, not the ".txt" name
    assert attachment["filename"] == "AALN letter.txt"
    assert attachment["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert attachment["size_bytes"] == len(pdf)
    assert attachment["text_status"] == "read" and attachment["text_chars"] > 1000

    download = client.get(attachment["url"], headers=staff)
    assert download.status_code == 200
    assert download.data == pdf
    assert download.mimetype == PDF
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert client.get(attachment["url"]).status_code == 401
    missing = attachment["url"].rsplit("/", 1)[0] + "/2"
    assert client.get(missing, headers=staff).status_code == 404
    too_far = attachment["url"].rsplit("/", 1)[0] + f"/{2**62}"
    assert client.get(too_far, headers=staff).status_code == 404


def test_a_json_comment_has_no_attachments(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    response = client.post(URL, json=comment_payload())
    assert client.get(response.headers["Location"], headers=staff).json["attachments"] == []


def test_refused_files_are_named_and_nothing_is_stored(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    pdf = text_pdf("A short letter.")
    response = post_with_files(client, [(pdf, "a.pdf"), (b"\x7fELF\x02\x01\x01", "b.pdf")])
    assert response.status_code == 422
    assert list(response.json["errors"]) == ["attachments.1"]
    response = post_with_files(client, [(pdf, "a.pdf")] * 4)
    assert response.status_code == 422
    assert "attachments" in response.json["errors"]
    response = post_with_files(client, [(b"", "empty.txt")])
    assert response.status_code == 422
    listing = client.get(URL, headers=staff).json
    assert listing["items"] == []


@pytest.mark.parametrize("settings_overrides", [{"max_attachment_bytes": 4096}])
def test_each_file_is_held_to_the_attachment_limit(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    response = post_with_files(client, [(b"word " * 1000, "long.txt")])
    assert response.status_code == 422
    assert "4096" in response.json["errors"]["attachments.0"][0]


@pytest.mark.parametrize("settings_overrides", [{"max_request_bytes": 2048}])
def test_a_form_with_files_may_be_larger_than_a_json_body(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    letter = aaln_letter()
    assert len(letter.encode()) > 2048
    assert post_with_files(client, [(letter.encode(), "letter.txt")]).status_code == 201
    assert client.post(URL, json=comment_payload(letter)).status_code == 413


def test_a_form_without_a_comment_part_is_a_validation_error(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    response = client.post(
        URL,
        data={"attachments": [(io.BytesIO(b"hello"), "a.txt")]},
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    # With a file attached the body may be left out (its text is the comment); the sender may not.
    assert list(response.json["errors"]) == ["submitter"]


def test_forms_are_refused_where_no_files_are_taken(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    response = client.post(
        "/api/v1/agenda-items",
        data={"comment": "{}"},
        content_type="multipart/form-data",
        headers=staff,
    )
    assert response.status_code == 415


def test_an_unreadable_file_keeps_its_comment(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    response = post_with_files(client, [(encrypted_pdf("Secret."), "locked.pdf")])
    assert response.status_code == 201
    record = client.get(response.headers["Location"], headers=staff).json
    assert record["attachments"][0]["text_status"] == "unreadable"
    assert record["attachments"][0]["text_note"] == "encrypted"
    assert record["label"]["kind"] == "unique"


def test_files_and_their_names_stay_out_of_the_logs(
    client: FlaskClient, item: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    response = post_with_files(client, [(text_pdf(aaln_letter()), "Maria-Lopez-letter.pdf")])
    assert response.status_code == 201
    assert "Maria-Lopez" not in caplog.text
    assert LETTER_SENTENCE not in caplog.text


def test_the_contract_documents_the_multipart_form(client: FlaskClient) -> None:
    spec = yaml.safe_load(client.get("/openapi.yaml").get_data(as_text=True))
    body = spec["paths"]["/api/v1/agenda-items/{item_id}/comments"]["post"]["requestBody"]
    assert set(body["content"]) == {"application/json", "multipart/form-data"}
    assert "/api/v1/comments/{comment_id}/attachments/{position}" in spec["paths"]


# ---------------------------------------------------------------- their text counts


def test_one_letter_mailed_as_a_pdf_by_two_organisations_is_one_campaign(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    """Done when: different cover notes, the same PDF letter; each cover note is personal text."""
    pdf = text_pdf(aaln_letter())
    notes = {
        "Ana Reyes": "Our congregation at Saint Mary's asked me to send this letter on its "
        "behalf. Forty of our members live within a mile of City Hall.",
        "Tom Nguyen": "Please find attached the letter our tenants union voted to endorse last "
        "week. We will also speak at the meeting on Tuesday evening.",
    }
    locations = []
    for n, (name, note) in enumerate(notes.items()):
        payload = comment_payload(note, submitter={"name": name, "email": f"org{n}@example.org"})
        response = post_with_files(
            client,
            [(pdf, "letter.pdf")],
            payload,
            environ_base={"REMOTE_ADDR": f"10.0.0.{n + 1}"},
        )
        assert response.status_code == 201, response.json
        locations.append(response.headers["Location"])
    records = [client.get(loc, headers=staff).json for loc in locations]
    labels = [r["label"] for r in records]
    assert [lab["kind"] for lab in labels] == ["form_letter", "form_letter"]
    assert labels[0]["campaign_id"] == labels[1]["campaign_id"] is not None
    for record, note in zip(records, notes.values(), strict=True):
        personal = record["label"]["personal_text"]
        assert note.split(".")[0] in personal
        assert LETTER_SENTENCE not in personal


def test_an_idempotent_retry_of_a_form_replays_its_receipt(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    """Each retry is encoded with a new multipart boundary; the key still finds the first."""
    files = [(text_pdf("A letter sent twice by a flaky network."), "letter.pdf")]
    headers = {"Idempotency-Key": "letter-1"}
    first = post_with_files(client, files, headers=headers)
    again = post_with_files(client, files, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json["id"] == first.json["id"]
    assert len(client.get(URL, headers=staff).json["items"]) == 1
