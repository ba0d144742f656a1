"""Bounded text extraction: a child process with a timeout and memory and CPU limits.

PDF and DOCX parsers are large and meet hostile input (zip bombs, deeply nested or circular PDF
objects, encrypted files). Each file is read in a fresh child (``worker.py``) that caps its own
address space and CPU time before parsing, and is killed after ``timeout_seconds`` of wall
time (with anything it started, such as tesseract: the child leads its own process group).
Whatever goes wrong gives an :class:`Extraction` with status ``unreadable`` and a short note: the
comment is still stored, with its file, flagged for staff.

A PDF without a text layer is ``no_text_layer``; when ``ocr_command`` names tesseract, its pages
are read by OCR within the same limits and the status is ``ocr`` (text found by OCR, used like
read text but marked so staff know it may hold OCR errors).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from intake.attachments.detect import TEXT
from schemas.vocabulary import TEXT_STATUSES

WORKER = Path(__file__).with_name("worker.py")
READ, OCR, NO_TEXT_LAYER, UNREADABLE = STATUSES = TEXT_STATUSES
HAS_TEXT = (READ, OCR)
"""The statuses whose text is labelled with the body."""


@dataclass(frozen=True)
class ExtractionLimits:
    timeout_seconds: float = 20.0
    memory_bytes: int = 768 * 1024 * 1024
    max_pages: int = 300
    max_chars: int = 200_000
    max_unpacked_bytes: int = 100 * 1024 * 1024
    ocr_command: str | None = None
    """tesseract's path, or ``None``: a PDF without a text layer then stays ``no_text_layer``."""
    ocr_pages: int = 20

    @property
    def ocr_seconds(self) -> float:
        """OCR's share of the wall time, leaving the child time to answer before it is killed."""
        return max(0.5, self.timeout_seconds * 0.9 - 0.5)


@dataclass(frozen=True)
class Extraction:
    status: str
    text: str = ""
    note: str | None = None


def extract_text(media_type: str, data: bytes, limits: ExtractionLimits) -> Extraction:
    """The file's text, or why there is none; never raises for what the file holds."""
    if media_type == TEXT:
        text = data.decode("utf-8-sig")[: limits.max_chars]
        return Extraction(READ, text)
    return _in_child(media_type, data, limits)


def _in_child(media_type: str, data: bytes, limits: ExtractionLimits) -> Extraction:
    cpu_seconds = max(1, int(limits.timeout_seconds) + 1)
    command = [
        sys.executable,
        "-I",
        str(WORKER),
        media_type,
        str(limits.memory_bytes),
        str(cpu_seconds),
        str(limits.max_pages),
        str(limits.max_chars),
        str(limits.max_unpacked_bytes),
        limits.ocr_command or "",
        str(limits.ocr_pages),
        str(limits.ocr_seconds),
    ]
    with subprocess.Popen(  # noqa: S603 - our own interpreter and script, no shell
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    ) as child:
        try:
            stdout, _ = child.communicate(data, timeout=limits.timeout_seconds)
        except subprocess.TimeoutExpired:
            _kill_group(child)
            return Extraction(UNREADABLE, note="took too long to read")
    return _answer(child.returncode, stdout)


def _kill_group(child: subprocess.Popen[bytes]) -> None:
    """The child and whatever it started (tesseract), so nothing outlives the timeout."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)
    child.communicate()


def _answer(returncode: int, stdout: bytes) -> Extraction:
    if returncode != 0:
        return Extraction(UNREADABLE, note="the reader stopped (a limit was reached)")
    try:
        result = json.loads(stdout)
        return Extraction(str(result["status"]), str(result["text"]), result.get("note"))
    except (ValueError, KeyError, TypeError):
        return Extraction(UNREADABLE, note="the reader gave no answer")
