"""A letter sent with nothing to add: the body may be empty when an attached file's text can be
read, through the API's form, the public form and ``intake import``; with no such file, the
empty body is refused as before, saying what to do."""

from __future__ import annotations

import html
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import cli
from intake.attachments.uploads import EMPTY_BODY
from intake.models import Comment
from tests.conftest import comment_payload
from tests.documents import aaln_letter, encrypted_pdf, scanned_pdf, text_pdf
from tests.uploads import URL, post_with_files
from tests.web.form_token import form_data

LETTER_SENTENCE = "Expand the definition of City Property"
MISSING = "Missing data for required field."
NOTHING_TO_READ = "when no attached file's text can be read"


def without_body(**overrides: Any) -> dict[str, Any]:
    payload = comment_payload(**overrides)
    del payload["body"]
    return payload


def body_errors(response: Any) -> list[str]:
    assert response.status_code == 422, (response.status_code, response.json)
    errors: list[str] = response.json["errors"]["body"]
    return errors


def test_a_letter_with_an_empty_body_is_accepted(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    pdf = text_pdf(aaln_letter())
    response = post_with_files(client, [(pdf, "letter.pdf")], comment_payload(""))
    assert response.status_code == 201, response.json
    record = client.get(response.headers["Location"], headers=staff).json
    assert record["body"] == ""
    assert record["attachments"][0]["text_status"] == "read"
    assert record["label"]["kind"] == "unique"


def test_a_letter_without_a_body_field_is_accepted(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    note = b"Please pass the ordinance as written.\n"
    response = post_with_files(client, [(note, "note.txt")], without_body())
    assert response.status_code == 201, response.json


def test_two_letters_sent_without_a_word_are_one_campaign_with_no_personal_text(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    pdf = text_pdf(aaln_letter())
    locations = []
    for n in range(2):
        payload = comment_payload("", submitter={"name": f"Org {n}", "email": f"o{n}@ex.org"})
        response = post_with_files(
            client, [(pdf, "letter.pdf")], payload, environ_base={"REMOTE_ADDR": f"10.0.2.{n}"}
        )
        assert response.status_code == 201, response.json
        locations.append(response.headers["Location"])
    labels = [client.get(location, headers=staff).json["label"] for location in locations]
    assert [label["kind"] for label in labels] == ["form_letter", "form_letter"]
    assert labels[0]["campaign_id"] == labels[1]["campaign_id"] is not None
    assert [label["personal_text"] for label in labels] == [None, None]


@pytest.mark.parametrize("settings_overrides", [{"attachment_ocr": False}])
def test_an_empty_body_with_only_unreadable_files_says_so(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    files = [(scanned_pdf(), "scan.pdf"), (encrypted_pdf("A secret."), "locked.pdf")]
    (message,) = body_errors(post_with_files(client, files, comment_payload("  ")))
    assert NOTHING_TO_READ in message
    assert "attachments.0: no text layer" in message
    assert "attachments.1: encrypted" in message
    assert client.get(URL, headers=staff).json["items"] == []


def test_neither_a_body_nor_a_file_is_refused_as_before(
    client: FlaskClient, item: dict[str, Any]
) -> None:
    assert body_errors(client.post(URL, json=comment_payload(""))) == [EMPTY_BODY]
    assert body_errors(client.post(URL, json=without_body())) == [MISSING]
    form = {"comment": json.dumps(comment_payload(" "))}
    assert body_errors(client.post(URL, data=form, content_type="multipart/form-data")) == [
        EMPTY_BODY
    ]
    form = {"comment": json.dumps(without_body())}
    assert body_errors(client.post(URL, data=form, content_type="multipart/form-data")) == [MISSING]


def test_a_batch_still_needs_each_body(
    client: FlaskClient, item: dict[str, Any], integration: dict[str, str]
) -> None:
    entries = [comment_payload(""), comment_payload("A real comment.")]
    response = client.post(f"{URL}/batch", json={"comments": entries}, headers=integration)
    assert response.status_code == 200, response.json
    first, second = response.json["results"]
    assert first["status"] == 422 and first["problem"]["errors"]["body"] == [EMPTY_BODY]
    assert second["status"] == 201


# ---------------------------------------------------------------- the public form


def post_form(client: FlaskClient, body: str, files: list[tuple[bytes, str]]) -> Any:
    form = "/items/2026-00837/comment"
    data: dict[str, Any] = form_data(client, form, {"body": body, "name": "Ana Ruiz"})
    data["attachments"] = [(io.BytesIO(content), name) for content, name in files]
    return client.post(
        form, data=data, content_type="multipart/form-data", headers={"Origin": "http://localhost"}
    )


def test_the_public_form_takes_a_letter_with_an_empty_comment(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    assert post_form(client, "", [(text_pdf(aaln_letter()), "letter.pdf")]).status_code == 303
    (comment,) = client.get(URL, headers=staff).json["items"]
    assert comment["body"] == "" and comment["attachments"][0]["text_status"] == "read"


@pytest.mark.parametrize("settings_overrides", [{"attachment_ocr": False}])
def test_the_public_form_explains_an_empty_comment(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    page = post_form(client, "", [])
    assert page.status_code == 422
    assert EMPTY_BODY in page.get_data(as_text=True)
    page = post_form(client, "", [(scanned_pdf(), "scan.pdf")])
    assert page.status_code == 422
    assert NOTHING_TO_READ in html.unescape(page.get_data(as_text=True))
    assert client.get(URL, headers=staff).json["items"] == []


# ---------------------------------------------------------------- intake import


@pytest.fixture
def run_cli(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    monkeypatch.setattr(cli, "_app", lambda: app)
    return lambda *args: CliRunner().invoke(cli.main, list(args))


@pytest.mark.parametrize("settings_overrides", [{"attachment_ocr": False}])
def test_import_takes_a_row_whose_letter_is_its_comment(
    run_cli: Callable[..., Result], item: dict[str, Any], session: Session, tmp_path: Path
) -> None:
    (tmp_path / "letter.pdf").write_bytes(text_pdf(aaln_letter()))
    (tmp_path / "scan.pdf").write_bytes(scanned_pdf())
    path = tmp_path / "old.csv"
    path.write_text(
        "id,comment,name,attachments\n"
        "1,,Ana Reyes,letter.pdf\n"
        "2,,Tom Nguyen,\n"
        "3,,Eve Kim,scan.pdf\n",
        encoding="utf-8",
    )
    result = run_cli("import", str(path), "--item", item["id"], "--no-progress")
    assert result.exit_code == 0, (result.output, result.exception)
    assert "imported     1" in result.stdout and "errors       2" in result.stdout, result.stdout
    assert "line 3: body:" in result.stdout
    assert f"line 4: body: {EMPTY_BODY[:20]}" in result.stdout
    (stored,) = session.scalars(select(Comment)).all()
    assert stored.body == "" and LETTER_SENTENCE in (stored.attachment_text or "")
