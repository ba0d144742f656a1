"""Scanned letters: a PDF without a text layer is flagged for staff, and read by OCR (Debian's
tesseract) where it is installed, within the reader's limits."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from intake.attachments.detect import PDF
from intake.attachments.extract import ExtractionLimits, extract_text
from intake.attachments.uploads import reader_for
from intake.attachments.worker import OCR_MAX_PIXELS, scaled_png
from intake.config import Settings
from tests.conftest import comment_payload, needs_tesseract
from tests.documents import aaln_letter, pdf_document, scanned_letter_pdf
from tests.staff_pages import sign_in
from tests.uploads import post_with_files

LETTER_SENTENCE = "Expand the definition of City Property"


def letter_page() -> str:
    """The AALN letter's first page or so: one scanned page is enough, and OCR is slow."""
    lines = aaln_letter().strip().splitlines()
    return "\n".join(lines[:40])


@pytest.fixture(scope="module")
def scan() -> bytes:
    return scanned_letter_pdf(letter_page())


def test_a_scan_without_ocr_stays_flagged_as_having_no_text_layer(scan: bytes) -> None:
    result = extract_text(PDF, scan, ExtractionLimits(ocr_command=None))
    assert (result.status, result.text) == ("no_text_layer", "")


def test_a_missing_tesseract_is_skipped_cleanly(scan: bytes, tmp_path: Any) -> None:
    limits = ExtractionLimits(ocr_command=str(tmp_path / "tesseract"))
    result = extract_text(PDF, scan, limits)
    assert (result.status, result.text) == ("no_text_layer", "")
    assert result.note == "no text layer; OCR could not run"


def test_ocr_can_be_turned_off_and_is_found_on_the_path() -> None:
    assert reader_for(Settings(attachment_ocr=False)).limits.ocr_command is None
    on = reader_for(Settings()).limits.ocr_command
    assert on is None or on.endswith("tesseract")


@pytest.mark.slow
def test_tesseract_reads_a_scanned_letter(scan: bytes) -> None:
    limits = ExtractionLimits(ocr_command=needs_tesseract(), timeout_seconds=60)
    result = extract_text(PDF, scan, limits)
    assert result.status == "ocr", result
    assert result.note == "no text layer; text read by OCR"
    assert LETTER_SENTENCE.split()[-2] in result.text  # "City Property", as drawn
    assert "Asian American Liberation Network" in result.text


def test_ocr_reads_at_most_its_page_limit() -> None:
    two_pages = scanned_letter_pdf(letter_page(), lines_per_page=10)
    limits = ExtractionLimits(ocr_command=needs_tesseract(), ocr_pages=1, timeout_seconds=60)
    result = extract_text(PDF, two_pages, limits)
    assert result.status == "ocr"
    assert result.note is not None and "only the first 1 of" in result.note
    assert "Asian American Liberation Network" in result.text
    assert "Chair Maple" not in result.text  # on the pages left unread


@pytest.mark.slow
@pytest.mark.parametrize("settings_overrides", [{"attachment_read_seconds": 60}])
@pytest.mark.usefixtures("item")
def test_one_scanned_letter_mailed_by_two_people_is_one_campaign(
    client: FlaskClient, staff: dict[str, str], scan: bytes
) -> None:
    """The OCR'd text is fingerprinted with the body, as a text layer's would be."""
    needs_tesseract()
    notes = (
        "Our block association read this letter aloud at our meeting and asked me to send it.",
        "I am a nurse at the county clinic and I sign this letter with my colleagues.",
    )
    locations = []
    for n, note in enumerate(notes):
        payload = comment_payload(note, submitter={"name": f"Signer {n}", "email": f"s{n}@ex.org"})
        response = post_with_files(
            client, [(scan, "scan.pdf")], payload, environ_base={"REMOTE_ADDR": f"10.0.1.{n + 1}"}
        )
        assert response.status_code == 201, response.json
        locations.append(response.headers["Location"])
    records = [client.get(location, headers=staff).json for location in locations]
    assert [r["attachments"][0]["text_status"] for r in records] == ["ocr", "ocr"]
    labels = [r["label"] for r in records]
    assert [lab["kind"] for lab in labels] == ["form_letter", "form_letter"]
    assert labels[0]["campaign_id"] == labels[1]["campaign_id"] is not None
    for label, note in zip(labels, notes, strict=True):
        assert note.split(" ", 4)[-1][:30] in (label["personal_text"] or "")
    sign_in(client, staff)
    page = client.get(f"/staff/comments/{records[0]['id']}").get_data(as_text=True)
    assert "<strong>read by OCR</strong>" in page


@pytest.mark.parametrize("settings_overrides", [{"attachment_ocr": False}])
@pytest.mark.usefixtures("item")
def test_with_ocr_off_a_scan_is_flagged_and_its_comment_kept(
    client: FlaskClient, staff: dict[str, str], scan: bytes
) -> None:
    response = post_with_files(client, [(scan, "scan.pdf")], comment_payload("See my letter."))
    assert response.status_code == 201
    record = client.get(response.headers["Location"], headers=staff).json
    assert record["attachments"][0]["text_status"] == "no_text_layer"
    assert record["attachments"][0]["text_chars"] == 0


def test_an_image_too_large_to_decode_is_skipped_not_unpacked() -> None:
    """A page image claiming 100,000 x 100,000 pixels (a decompression bomb's shape) is never
    decoded: the size is read from its dictionary first, and the file keeps its flag."""
    image = b"x" * 64
    pdf = pdf_document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
            b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n"
            % len(image)
            + image
            + b"\nendstream",
            b"<< /Length 26 >>\nstream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream",
        ]
    )
    limits = ExtractionLimits(ocr_command=needs_tesseract(), timeout_seconds=60)
    result = extract_text(PDF, pdf, limits)
    assert (result.status, result.note) == ("no_text_layer", "no text layer; OCR found no text")


def test_a_page_image_is_scaled_down_to_the_ocr_resolution_limit() -> None:
    from PIL import Image

    png = scaled_png(Image.new("RGB", (6000, 8000), "white"))
    with Image.open(io.BytesIO(png)) as scaled:
        assert scaled.mode == "L"
        assert scaled.width * scaled.height <= OCR_MAX_PIXELS
        assert scaled.width / scaled.height == pytest.approx(6000 / 8000, rel=0.01)


@pytest.mark.slow
def test_a_hung_ocr_program_is_stopped_with_its_reader(scan: bytes, tmp_path: Path) -> None:
    """Whatever OCR program is named, it runs within the reader's time: one that never
    finishes is killed, and the file keeps its "no text layer" flag."""
    pid_file = tmp_path / "pid"
    hung = tmp_path / "hung-ocr"
    hung.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 60\n")
    hung.chmod(0o755)
    result = extract_text(PDF, scan, ExtractionLimits(ocr_command=str(hung), timeout_seconds=3))
    assert result.status in ("no_text_layer", "unreadable")
    assert result.text == ""
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
