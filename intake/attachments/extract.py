"""Bounded text extraction: a child process with a timeout and memory and CPU limits.

PDF and DOCX parsers are large and meet hostile input (zip bombs, deeply nested or circular PDF
objects, encrypted files). Each file is read in a fresh child (``worker.py``) that caps its own
address space and CPU time before parsing, and is killed after ``timeout_seconds`` of wall
time. Whatever goes wrong gives an :class:`Extraction` with status ``unreadable`` and a short
note: the comment is still stored, with its file, flagged for staff.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from intake.attachments.detect import TEXT
from schemas.vocabulary import TEXT_STATUSES

WORKER = Path(__file__).with_name("worker.py")
READ, NO_TEXT_LAYER, UNREADABLE = STATUSES = TEXT_STATUSES


@dataclass(frozen=True)
class ExtractionLimits:
    timeout_seconds: float = 20.0
    memory_bytes: int = 768 * 1024 * 1024
    max_pages: int = 300
    max_chars: int = 200_000
    max_unpacked_bytes: int = 100 * 1024 * 1024


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
    ]
    try:
        finished = subprocess.run(  # noqa: S603 - our own interpreter and script, no shell
            command,
            input=data,
            capture_output=True,
            timeout=limits.timeout_seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Extraction(UNREADABLE, note="took too long to read")
    if finished.returncode != 0:
        return Extraction(UNREADABLE, note="the reader stopped (a limit was reached)")
    try:
        result = json.loads(finished.stdout)
        return Extraction(str(result["status"]), str(result["text"]), result.get("note"))
    except (ValueError, KeyError, TypeError):
        return Extraction(UNREADABLE, note="the reader gave no answer")
