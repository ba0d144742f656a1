"""Read the text of one PDF or DOCX from standard input, in a child process with hard limits.

Run by :mod:`intake.attachments.extract` as a script (not ``-m``, so the intake package and
Flask are never imported here). Before touching the file it caps its own address space
(``RLIMIT_AS``) and CPU time, so a zip bomb or a deeply nested PDF ends this process, not the
server; the parent also kills it after a wall-clock timeout. It prints one JSON object:
``{"status": "read" | "no_text_layer" | "unreadable", "note": str | null, "text": str}``.
The note says why, never what the file contains; standard error is discarded by the parent.

Arguments: media type, memory limit in bytes, CPU seconds, most pages, most characters, most
unpacked bytes (DOCX).
"""

from __future__ import annotations

import io
import json
import resource
import sys
import unicodedata
import zipfile
from typing import Any

PDF = "application/pdf"


def main(argv: list[str]) -> int:
    media_type = argv[1]
    memory, cpu, max_pages, max_chars, max_unpacked = (int(v) for v in argv[2:7])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    data = sys.stdin.buffer.read()
    try:
        if media_type == PDF:
            result = read_pdf(data, max_pages, max_chars)
        else:
            result = read_docx(data, max_chars, max_unpacked)
    except MemoryError:
        result = unreadable("too large to read within the memory limit")
    except RecursionError:
        result = unreadable("nested too deeply to read")
    except Exception:  # noqa: BLE001 - any parser failure is "could not read", never a crash
        result = unreadable("malformed or unsupported")
    sys.stdout.write(json.dumps(result))
    return 0


def unreadable(note: str) -> dict[str, Any]:
    return {"status": "unreadable", "note": note, "text": ""}


def read_pdf(data: bytes, max_pages: int, max_chars: int) -> dict[str, Any]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # noqa: BLE001 - unsupported cipher or a broken dictionary
            opened = False
        if not opened:
            return unreadable("encrypted")
    pages = reader.pages
    note = None
    if len(pages) > max_pages:
        note = f"only the first {max_pages} of {len(pages)} pages were read"
    parts: list[str] = []
    length = 0
    for index in range(min(len(pages), max_pages)):
        part = pages[index].extract_text() or ""
        parts.append(part)
        length += len(part)
        if length >= max_chars:
            break
    text = clean("\n\n".join(parts))[:max_chars]
    if not text.strip():
        return {"status": "no_text_layer", "note": "no text layer (a scan?)", "text": ""}
    return {"status": "read", "note": note, "text": text}


def read_docx(data: bytes, max_chars: int, max_unpacked: int) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > max_unpacked:
        return unreadable("too large when unpacked")
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    text = clean("\n".join(parts))[:max_chars]
    if not text.strip():
        return {"status": "no_text_layer", "note": "no text", "text": ""}
    return {"status": "read", "note": None, "text": text}


def clean(text: str) -> str:
    """Control characters (other than line breaks and tabs) become spaces."""
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Cs") and c not in "\t\n" else c for c in text
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
