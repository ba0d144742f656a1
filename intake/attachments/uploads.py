"""A request's files checked and read before the comment's transaction begins.

:class:`AttachmentReader` refuses what must not be stored (too many files, too large, empty, or
not a PDF, DOCX or UTF-8 text file by its bytes) with an :class:`InvalidInput` naming each
file, then reads each accepted file's text (bounded; see :mod:`intake.attachments.extract`).
Nothing here sees Flask or the database.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from intake.attachments.detect import detect_media_type
from intake.attachments.extract import HAS_TEXT, Extraction, ExtractionLimits, extract_text
from intake.config import Settings
from intake.errors import InvalidInput

MAX_ATTACHMENTS = 3
FIELD = "attachments"
MAX_FILENAME_CHARS = 255
OCR_COMMAND = "tesseract"


@dataclass(frozen=True)
class Upload:
    """One file as sent: the name the sender's computer gave it and its bytes."""

    filename: str | None
    data: bytes


@dataclass(frozen=True)
class ReceivedAttachment:
    """A checked file, ready to store with its comment."""

    position: int
    filename: str
    media_type: str
    data: bytes
    sha256: str
    extraction: Extraction


def clean_filename(raw: str | None) -> str:
    """The file's own name, without folders or control characters, for staff to recognise."""
    name = os.path.basename((raw or "").replace("\\", "/"))
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    return name[:MAX_FILENAME_CHARS] or "attachment"


class AttachmentReader:
    def __init__(
        self,
        max_bytes: int,
        limits: ExtractionLimits,
        extractor: Callable[[str, bytes, ExtractionLimits], Extraction] = extract_text,
    ) -> None:
        self.max_bytes = max_bytes
        self.limits = limits
        self.extractor = extractor

    def receive(self, uploads: Sequence[Upload]) -> list[ReceivedAttachment]:
        """Every upload checked (all problems reported at once), then read, in order."""
        if len(uploads) > MAX_ATTACHMENTS:
            raise InvalidInput({FIELD: [f"At most {MAX_ATTACHMENTS} files per comment."]})
        errors: dict[str, list[str]] = {}
        types: list[str] = []
        for index, upload in enumerate(uploads):
            problem, media_type = self._check(upload)
            if problem is not None:
                errors[f"{FIELD}.{index}"] = [problem]
            types.append(media_type or "")
        if errors:
            raise InvalidInput(errors)
        return [
            self._read(position, upload, media_type)
            for position, (upload, media_type) in enumerate(zip(uploads, types, strict=True), 1)
        ]

    def _check(self, upload: Upload) -> tuple[str | None, str | None]:
        if not upload.data:
            return "The file is empty.", None
        if len(upload.data) > self.max_bytes:
            return f"Larger than the maximum of {self.max_bytes} bytes.", None
        media_type = detect_media_type(upload.data)
        if media_type is None:
            return "Not a PDF, a Word (DOCX) document or a plain UTF-8 text file.", None
        return None, media_type

    def _read(self, position: int, upload: Upload, media_type: str) -> ReceivedAttachment:
        return ReceivedAttachment(
            position=position,
            filename=clean_filename(upload.filename),
            media_type=media_type,
            data=upload.data,
            sha256=hashlib.sha256(upload.data).hexdigest(),
            extraction=self.extractor(media_type, upload.data, self.limits),
        )


EMPTY_BODY = "Must not be empty or only whitespace."
NO_TEXT_TO_READ = (
    "Must not be empty or only whitespace when no attached file's text can be read "
    "(attach a PDF with a text layer, a Word document or a text file, or write the comment)."
)


def require_text(body: str, attachments: Sequence[ReceivedAttachment]) -> None:
    """A comment needs words: its body, or an attached file whose text was read.

    A letter sent with an empty body is its file's text; a blank body with no file, or with
    files none of which could be read (a scan without OCR, an encrypted PDF), has nothing to
    label or count, and is refused on ``body`` with what to do.
    """
    if body.strip():
        return
    if not attachments:
        raise InvalidInput({"body": [EMPTY_BODY]})
    if not any(a.extraction.status in HAS_TEXT and a.extraction.text.strip() for a in attachments):
        notes = "; ".join(
            f"{FIELD}.{a.position - 1}: {a.extraction.note or a.extraction.status}"
            for a in attachments
        )
        raise InvalidInput({"body": [f"{NO_TEXT_TO_READ} ({notes})"]})


def reader_for(settings: Settings) -> AttachmentReader:
    """The configured reader: size limit per file, time and memory per reading, and OCR of
    scanned PDFs when ``INTAKE_ATTACHMENT_OCR`` is on and tesseract is on the ``PATH``."""
    limits = ExtractionLimits(
        timeout_seconds=float(settings.attachment_read_seconds),
        memory_bytes=settings.attachment_read_memory_mb * 1024 * 1024,
        ocr_command=shutil.which(OCR_COMMAND) if settings.attachment_ocr else None,
    )
    return AttachmentReader(settings.max_attachment_bytes, limits)
