"""Reading a backlog file: a CSV or JSON Lines stream of rows, each validated as the API would.

No database here: a row is checked with the wire schema and the configured body length, given
its item and its import key (see :mod:`intake.backlog`), or kept out as a :class:`RowError`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from marshmallow import ValidationError

from intake.attachments.uploads import (
    AttachmentReader,
    ReceivedAttachment,
    Upload,
    require_text,
)
from intake.db import utcnow
from intake.errors import ImportFileError, InvalidInput, flatten_errors
from intake.services.export import FORMATS
from schemas.agenda_items import ITEM_ID_PATTERN
from schemas.comments import CommentCreateSchema, CommentWithFilesSchema
from schemas.common import aware_datetime

ITEM_ID = re.compile(ITEM_ID_PATTERN)
ITEM_ID_RULE = "An agenda item id is 1-64 letters, digits, '.', '_' or '-' (as the API takes it)."
SUBMITTER_FIELDS = ("name", "email", "postal_code", "address", "organization")
FIELDS = (
    "external_id",
    "body",
    "position",
    *SUBMITTER_FIELDS,
    "received_at",
    "signatures",
    "attachments",
)
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "external_id", "comment_id"),
    "body": ("body", "comment", "comment_text", "text"),
    "position": ("position", "stance"),
    "name": ("name", "submitter_name", "full_name"),
    "email": ("email", "submitter_email", "email_address"),
    "postal_code": ("postal_code", "postal", "zip", "zip_code", "postcode"),
    "address": ("address", "street_address"),
    "organization": ("organization", "organisation", "org"),
    "received_at": ("received_at", "submitted_at", "created_at", "date"),
    "signatures": ("signatures", "signature_count", "signers"),
    "attachments": ("attachments", "attachment", "files"),
}
"""Which source column fills each field, first match wins; headers are compared folded (case,
spaces and hyphens ignored), and a JSON object's ``submitter`` is flattened into the row."""
MAX_REPORTED_ERRORS = 100
PATH_SEPARATOR = ";"
"""Between the file paths of one row's ``attachments`` cell (relative to the imported file)."""


def fold(header: str) -> str:
    """A column name as compared: ``"Postal Code"``, ``postal-code`` and ``postal_code`` agree."""
    return "_".join(header.strip().casefold().replace("-", " ").split())


def parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """``["body=Comment Text", ...]`` from ``--map`` into ``{"body": "comment_text"}``."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        name = name.strip()
        if not sep or not column.strip():
            raise ImportFileError(f"--map wants FIELD=COLUMN, got {pair!r}.")
        if name not in FIELDS:
            raise ImportFileError(f"Unknown field {name!r}; fields: {', '.join(FIELDS)}.")
        mapping[name] = fold(column)
    return mapping


def detect_format(path: Path, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    raise ImportFileError(f"Cannot tell the format of {path.name}; pass --format csv or jsonl.")


@dataclass(frozen=True)
class ParsedRow:
    """A row that passed validation, ready to store."""

    line: int
    item_id: str
    data: dict[str, Any]
    received_at: datetime
    key: str


@dataclass(frozen=True)
class RowError:
    """A row kept out, with the line it starts on and field errors like a 422's."""

    line: int
    errors: dict[str, list[str]]


class _CountingReader(io.RawIOBase):
    """Counts the bytes read from the file, so progress can be shown without counting rows."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.position += len(data)
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


class BacklogReader:
    """Streams a CSV or JSON Lines file as validated rows and row errors, in file order.

    The item is ``item_id`` for every row, or each row's ``item_column``. No database access:
    validation here is exactly the API's (schema, configured length, aware ``received_at``).
    """

    def __init__(
        self,
        path: Path,
        fmt: str,
        *,
        max_body_chars: int,
        item_id: str | None = None,
        item_column: str | None = None,
        mapping: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] = utcnow,
        attachments: AttachmentReader | None = None,
    ) -> None:
        if (item_id is None) == (item_column is None):
            raise ImportFileError("Give either an item or an item column.")
        if fmt not in FORMATS:
            raise ImportFileError(f"Unknown format {fmt!r}.")
        if item_id is not None and not ITEM_ID.fullmatch(item_id):
            raise ImportFileError(f"Item {item_id!r}: {ITEM_ID_RULE}")
        self.path = path
        self.fmt = fmt
        self.max_body_chars = max_body_chars
        self.item_id = item_id
        self.item_column = fold(item_column) if item_column else None
        self.mapping = dict(mapping or {})
        self.default_received_at = clock()
        self.schema = CommentCreateSchema()
        self.schema_with_files = CommentWithFilesSchema()
        self.timestamp = aware_datetime()
        self.size = path.stat().st_size
        self.attachments = attachments
        self._counter: _CountingReader | None = None

    @property
    def bytes_read(self) -> int:
        """How far into the file reading has got (read-ahead included), for progress."""
        return self._counter.position if self._counter is not None else 0

    def rows(self) -> Iterator[ParsedRow | RowError]:
        self._counter = _CountingReader(self.path.open("rb"))
        text = io.TextIOWrapper(io.BufferedReader(self._counter), encoding="utf-8-sig", newline="")
        try:
            records = self._csv(text) if self.fmt == "csv" else self._jsonl(text)
            for line, record in records:
                yield record if isinstance(record, RowError) else self.parse(line, record)
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"{self.path.name} is not UTF-8 text: {exc.reason}.") from exc
        finally:
            text.close()

    def chunks(self, size: int) -> Iterator[list[ParsedRow | RowError]]:
        """The rows in lists of ``size``: the unit that is stored, labelled and committed."""
        chunk: list[ParsedRow | RowError] = []
        for row in self.rows():
            chunk.append(row)
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    # ------------------------------------------------------------------ reading

    def _csv(self, text: IO[str]) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
        csv.field_size_limit(max(csv.field_size_limit(), self.max_body_chars * 4 + 1024))
        reader = csv.reader(text)
        header: list[str] | None = None
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield line, RowError(line, {"_row": [f"Unreadable CSV: {exc}."]})
                continue
            if not cells or all(not cell.strip() for cell in cells):
                continue
            if header is None:
                header = [fold(cell) for cell in cells]
                self._check_header(header)
                continue
            if len(cells) > len(header):
                message = f"{len(cells)} cells where the header has {len(header)}."
                yield line, RowError(line, {"_row": [message]})
                continue
            yield line, dict(zip(header, cells, strict=False))

    def _check_header(self, header: list[str]) -> None:
        columns = set(header)
        if self._column("body", columns) is None:
            raise ImportFileError(
                "No body column; name it body (or comment, text) or pass --map body=COLUMN."
            )
        if self.item_column is not None and self.item_column not in columns:
            raise ImportFileError(f"No column {self.item_column!r} for the item.")

    def _jsonl(self, text: IO[str]) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
        for line, raw in enumerate(text, start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield line, RowError(line, {"_row": [f"Not JSON: {exc.msg}."]})
                continue
            if not isinstance(value, dict):
                yield line, RowError(line, {"_row": ["Each line must be a JSON object."]})
                continue
            yield line, _flatten(value)

    def _column(self, name: str, columns: set[str] | Mapping[str, Any]) -> str | None:
        if name in self.mapping:
            return self.mapping[name] if self.mapping[name] in columns else None
        return next((c for c in DEFAULT_COLUMNS[name] if c in columns), None)

    # ------------------------------------------------------------------ validating

    def parse(self, line: int, record: Mapping[str, Any]) -> ParsedRow | RowError:
        """One row as the API would take it, or why not."""
        values: dict[str, Any] = {}
        for name in FIELDS:
            column = self._column(name, record)
            value = record.get(column) if column is not None else None
            if isinstance(value, str) and not value.strip() and name != "body":
                value = None  # a blank optional cell is an absent field (CSV cannot say null)
            if value is not None:
                values[name] = value
        payload: dict[str, Any] = {
            "submitter": {k: values[k] for k in SUBMITTER_FIELDS if k in values},
        }
        payload.update({k: values[k] for k in ("body", "position") if k in values})
        if "signatures" in values:
            payload["signatures"] = _whole_number(values["signatures"])
        errors: dict[str, list[str]] = {}
        item_id = self._item_of(record, errors)
        data: dict[str, Any] = {}
        files = self._files(values.get("attachments"), errors)
        try:
            data = (self.schema_with_files if files else self.schema).load(payload)
            if files:
                require_text(data["body"], files)
                data["attachments"] = files
            if len(data["body"]) > self.max_body_chars:
                raise InvalidInput(
                    {"body": [f"Longer than the maximum of {self.max_body_chars} characters."]}
                )
        except ValidationError as exc:
            errors.update(flatten_errors(exc.messages))
        except InvalidInput as exc:
            errors.update(exc.errors)
        received_at = self._received_at(values.get("received_at"), errors)
        if errors or received_at is None or item_id is None:
            return RowError(line, errors)
        external = values.get("external_id")
        return ParsedRow(
            line=line,
            item_id=item_id,
            data=data,
            received_at=received_at,
            key=import_key(
                data,
                received_at if "received_at" in values else None,
                None if external is None else str(external),
                line,
            ),
        )

    def _files(self, cell: Any, errors: dict[str, list[str]]) -> list[ReceivedAttachment]:
        """The row's files (paths relative to the imported file), checked and read as the API
        checks and reads uploads; a missing or refused file is a row error."""
        paths = [p.strip() for p in str(cell or "").split(PATH_SEPARATOR) if p.strip()]
        if not paths:
            return []
        if self.attachments is None:
            errors["attachments"] = ["This import does not take files."]
            return []
        uploads, problems = [], {}
        for index, name in enumerate(paths):
            file = self.path.parent / name
            if not file.is_file():
                problems[f"attachments.{index}"] = [f"No file {name}."]
            elif file.stat().st_size > self.attachments.max_bytes:
                problems[f"attachments.{index}"] = [
                    f"Larger than the maximum of {self.attachments.max_bytes} bytes."
                ]
            else:
                uploads.append(Upload(file.name, file.read_bytes()))
        try:
            if not problems:
                return self.attachments.receive(uploads)
        except InvalidInput as exc:
            problems.update(exc.errors)
        errors.update(problems)
        return []

    def _item_of(self, record: Mapping[str, Any], errors: dict[str, list[str]]) -> str | None:
        if self.item_id is not None:
            return self.item_id
        assert self.item_column is not None
        value = record.get(self.item_column)
        text = str(value).strip() if value is not None else ""
        if not text:
            errors[self.item_column] = ["Missing item."]
            return None
        if not ITEM_ID.fullmatch(text):
            errors[self.item_column] = [ITEM_ID_RULE]
            return None
        return text

    def _received_at(self, value: Any, errors: dict[str, list[str]]) -> datetime | None:
        if value is None:
            return self.default_received_at
        try:
            moment: datetime = self.timestamp.deserialize(value)
        except ValidationError as exc:
            errors["received_at"] = [str(m) for m in exc.messages]
            return None
        return moment.astimezone(UTC)


def _flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON object with folded keys, its ``submitter`` object merged into the top level."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key == "submitter" and isinstance(value, dict):
            flat.update({fold(k): v for k, v in value.items()})
        else:
            flat.setdefault(fold(key), value)
    return flat


def _whole_number(value: Any) -> Any:
    """A CSV cell's ``"300"`` as 300; anything else is left for the schema to refuse."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def import_key(
    data: Mapping[str, Any], received_at: datetime | None, external_id: str | None, line: int
) -> str:
    """The row's stable key, the same on every run over the same file.

    Its own identifier when it has one; else its content (files by their SHA-256) with the
    timestamp the file gives it; else (no timestamp in the file) its content with its line: the
    time of the import must never be part of it, or every re-run would store the file again. Two
    identical rows without an id or a timestamp are then two comments (nothing tells them apart
    but their place), while two rows identical to the second are one row exported twice.
    """
    if external_id is not None:
        basis = "id\x1f" + external_id
    else:
        content = dict(data)
        if "attachments" in content:
            content["attachments"] = [a.sha256 for a in content["attachments"]]
        if received_at is not None:
            content["received_at"] = received_at.isoformat()
            prefix = "row"
        else:
            content["line"] = line
            prefix = "line"
        basis = prefix + "\x1f" + json.dumps(content, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()
