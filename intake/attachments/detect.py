"""A file's media type from its bytes (magic numbers), never from its name or declared type.

Only three kinds are taken: PDF (``%PDF-`` at the start), DOCX (a ZIP archive holding
``word/document.xml``) and plain UTF-8 text. Anything else is refused before it is stored.
"""

from __future__ import annotations

import io
import re
import zipfile

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain; charset=utf-8"
ZIP_MAGIC = b"PK\x03\x04"
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 controls other than tab, line feed, form feed and carriage return."""


def detect_media_type(data: bytes) -> str | None:
    """PDF, DOCX or TEXT when the bytes are one of them, else ``None``."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(ZIP_MAGIC):
        return DOCX if _is_docx(data) else None
    return TEXT if _is_plain_text(data) else None


def _is_docx(data: bytes) -> bool:
    """Reads the ZIP's central directory only; nothing is decompressed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False


def _is_plain_text(data: bytes) -> bool:
    """UTF-8 (a byte order mark is fine) with no NUL or other control characters."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return bool(text.strip()) and CONTROL_CHARACTERS.search(text) is None
