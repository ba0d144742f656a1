"""Read the text of one PDF or DOCX from standard input, in a child process with hard limits.

Run by :mod:`intake.attachments.extract` as a script (not ``-m``, so the intake package and
Flask are never imported here). Before touching the file it caps its own address space
(``RLIMIT_AS``) and CPU time, so a zip bomb or a deeply nested PDF ends this process, not the
server; the parent also kills it after a wall-clock timeout. It prints one JSON object:
``{"status": "read" | "ocr" | "no_text_layer" | "unreadable", "note": str | null, "text": str}``.
The note says why, never what the file contains; standard error is discarded by the parent.

A PDF page without a text layer (a scan) is read by OCR when the parent names a ``tesseract``
binary: each page's images (pypdf's image extraction, decoded by Pillow) are scaled down to at
most ``OCR_MAX_PIXELS`` and passed to tesseract on standard input, one page at a time, each run
bounded by what is left of ``ocr_seconds``, for at most ``ocr_pages`` pages. tesseract inherits
this process's address-space and CPU limits; the parent kills the whole process group at its
wall-clock timeout. When OCR is off, missing, fails or finds nothing, the file stays
``no_text_layer``.

Arguments: media type, memory limit in bytes, CPU seconds, most pages, most characters, most
unpacked bytes (DOCX), tesseract's path ("" for no OCR), most pages read by OCR, seconds OCR
may take in all.
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import time
import unicodedata
import zipfile
from typing import Any

PDF = "application/pdf"
OCR_MAX_PIXELS = 10_000_000
"""A page image is scaled down to this many pixels before OCR (a letter page at ~350 dpi)."""
OCR_DECODE_PIXELS = 60_000_000
"""An image larger than this is not decoded at all (nothing a scanner makes for one page)."""
OCR_MIN_SIDE = 32
"""Smaller images (rules, logos' slivers) hold no text worth reading."""
OCR_LANGUAGE = "eng"
NO_TEXT_LAYER = {"status": "no_text_layer", "note": "no text layer (a scan?)", "text": ""}


def main(argv: list[str]) -> int:
    media_type = argv[1]
    memory, cpu, max_pages, max_chars, max_unpacked = (int(v) for v in argv[2:7])
    ocr = Ocr(argv[7], int(argv[8]), time.monotonic() + float(argv[9])) if argv[7] else None
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    data = sys.stdin.buffer.read()
    try:
        if media_type == PDF:
            result = read_pdf(data, max_pages, max_chars, ocr)
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


def read_pdf(data: bytes, max_pages: int, max_chars: int, ocr: Ocr | None) -> dict[str, Any]:
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
        return ocr.read(pages, max_chars) if ocr is not None else NO_TEXT_LAYER
    return {"status": "read", "note": note, "text": text}


class Ocr:
    """Reads the images of a PDF's pages with tesseract, within a page count and a deadline."""

    def __init__(self, command: str, max_pages: int, deadline: float) -> None:
        self.command = command
        self.max_pages = max_pages
        self.deadline = deadline

    def read(self, pages: Any, max_chars: int) -> dict[str, Any]:
        """``ocr`` with the text found, or ``no_text_layer`` when OCR gives nothing."""
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = OCR_DECODE_PIXELS
        parts: list[str] = []
        stopped = None
        for index in range(min(len(pages), self.max_pages)):
            try:
                parts.extend(self._page(pages[index]))
            except subprocess.TimeoutExpired:
                stopped = f"OCR stopped at page {index + 1} (time limit)"
                break
            except (FileNotFoundError, PermissionError, subprocess.CalledProcessError):
                return {**NO_TEXT_LAYER, "note": "no text layer; OCR could not run"}
            except Exception:  # noqa: BLE001 - a broken image leaves the flag, never a crash
                return {**NO_TEXT_LAYER, "note": "no text layer; its images could not be read"}
            if sum(len(p) for p in parts) >= max_chars:
                break
        text = clean("\n\n".join(p.strip() for p in parts if p.strip()))[:max_chars]
        if not text.strip():
            return {**NO_TEXT_LAYER, "note": stopped or "no text layer; OCR found no text"}
        if stopped is None and len(pages) > self.max_pages:
            stopped = f"OCR read only the first {self.max_pages} of {len(pages)} pages"
        note = "no text layer; text read by OCR" + (f"; {stopped}" if stopped else "")
        return {"status": "ocr", "note": note, "text": text}

    def _page(self, page: Any) -> list[str]:
        return [self._tesseract(png) for png in page_images(page)]

    def _tesseract(self, png: bytes) -> str:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise subprocess.TimeoutExpired(self.command, 0)
        finished = subprocess.run(  # noqa: S603 - the binary the parent named, no shell
            [self.command, "stdin", "stdout", "-l", OCR_LANGUAGE],
            input=png,
            capture_output=True,
            timeout=left,
            check=True,
            env={"OMP_THREAD_LIMIT": "1", "PATH": os.environ.get("PATH", "")},
        )
        return finished.stdout.decode("utf-8", "replace")


def page_images(page: Any) -> list[bytes]:
    """The page's images as greyscale PNGs, each at most ``OCR_MAX_PIXELS``; the size is read
    from the image's dictionary before it is decoded, so a huge image is never unpacked."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return []
    images = []
    for name, reference in xobjects.get_object().items():
        xobject = reference.get_object()
        if xobject.get("/Subtype") != "/Image":
            continue
        width, height = int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0))
        if min(width, height) < OCR_MIN_SIDE or width * height > OCR_DECODE_PIXELS:
            continue
        images.append(scaled_png(page.images[name].image))
    return images


def scaled_png(image: Any) -> bytes:
    from PIL import Image

    image = image.convert("L")
    pixels = image.width * image.height
    if pixels > OCR_MAX_PIXELS:
        ratio = (OCR_MAX_PIXELS / pixels) ** 0.5
        size = (max(1, int(image.width * ratio)), max(1, int(image.height * ratio)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


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
