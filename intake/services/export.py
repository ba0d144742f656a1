"""Staff exports of one item: every comment as streamed CSV or JSON Lines, and the printable
report.

An export can be a million rows, so it is never built in memory: rows are fetched in batches
(``yield_per``; a server-side cursor on PostgreSQL) and each batch is written out as soon as it
is read. The response body is iterated after the request's own session has been committed and
closed, so the export opens its own session, reads in one transaction (one snapshot) and closes
it when the last row is sent or the client goes away.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return) as a formula; comments are written by the public, so such cells get a leading ``'``
(OWASP's advice for CSV injection). The file starts with a UTF-8 byte order mark so spreadsheet
programs read accented names correctly.

Each row also says how many people signed the comment, whether staff marked it disputed (filed
in someone's name without consent) and which files it carries (name, type, SHA-256 and how its
text was read; never the bytes or the text). These are staff exports: nothing here is public.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from intake.models import AgendaItem, Attachment, Comment, CommentDispute, Submitter
from intake.services.comments import has_personal_text
from intake.services.summary import ItemSummary, SummaryService, not_spam
from intake.text.personal_data import Identifiers, scrub

BATCH_ROWS = 1000
BOM = "\ufeff"
FORMULA_TRIGGERS = frozenset("=+-@")
GUARDED_LEADS = ("\t", "\r")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
READ_ONLY = {"intake_read_only": True}
COLUMNS: tuple[tuple[str, Any], ...] = (
    ("comment_id", Comment.id),
    ("item_id", Comment.item_id),
    ("received_at", Comment.received_at),
    ("source", Comment.source),
    ("position", Comment.position),
    ("kind", Comment.kind),
    ("campaign_id", Comment.campaign_id),
    ("similarity", Comment.similarity),
    ("duplicate_of", Comment.duplicate_of_id),
    ("spam_score", Comment.spam_score),
    ("decided_by", Comment.decided_by),
    ("reasons", Comment.reasons),
    ("personal_text", Comment.personal_text),
    ("signatures", Comment.signatures),
    ("disputed", CommentDispute.comment_id.is_not(None)),
    ("name", Submitter.name),
    ("email", Submitter.email),
    ("postal_code", Submitter.postal_code),
    ("address", Submitter.address),
    ("organization", Submitter.organization),
    ("body", Comment.body),
)
ATTACHED_FILES = "attached_files"
"""The last column: the comment's files, read per batch (not ``attachments``, which
``intake import`` reads as file paths, so an export imported again does not look for them)."""
HEADER = (*(name for name, _column in COLUMNS), ATTACHED_FILES)
FILE_FIELDS = ("filename", "media_type", "sha256", "text_status")
FORMATS = ("csv", "jsonl")
"""What ``intake export`` writes and the staff download offers (and ``intake import`` reads)."""


def safe_cell(value: Any) -> str:
    """The cell as text, defused if a spreadsheet would run it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    text = ";".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return "'" + text if looks_like_formula(text) else text


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take the cell for a formula (OWASP's CSV injection list).

    Spreadsheets skip leading blanks, and some fold full-width forms (U+FF1D) into ASCII,
    so the first character that is not whitespace, a control or an invisible format character
    (zero-width space, BOM, direction marks) is read after NFKC normalisation; a cell that starts
    with a tab or carriage return is guarded whatever follows.
    """
    if text.startswith(GUARDED_LEADS):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in INVISIBLE_CATEGORIES:
            continue
        return unicodedata.normalize("NFKC", char)[:1] in FORMULA_TRIGGERS
    return False


def exported_rows(
    session_factory: Callable[[], Session], item_id: str, batch_rows: int = BATCH_ROWS
) -> Iterator[Sequence[Any]]:
    """The item's comments with the export columns, in arrival order, ``batch_rows`` at a time;
    each row ends with its files (dicts of ``FILE_FIELDS``, read in one query per batch).

    One read-only snapshot on a session of its own (a streamed body outlives the request's
    session), fetched in batches so a million-comment export holds one batch in memory. Shared
    by the staff CSV and ``intake export``, so both always carry the same fields.
    """
    session = session_factory()
    try:
        session.connection(execution_options=READ_ONLY)
        query = (
            select(*(column for _name, column in COLUMNS))
            .join(Submitter, Submitter.comment_id == Comment.id)
            .outerjoin(CommentDispute, CommentDispute.comment_id == Comment.id)
            .where(Comment.item_id == item_id)
            .order_by(Comment.id)
            .execution_options(yield_per=batch_rows)
        )
        for partition in session.execute(query).partitions():
            files = _files_of(session, [row[0] for row in partition])
            yield [(*row, files.get(row[0], [])) for row in partition]
    finally:
        session.rollback()
        session.close()


def _files_of(session: Session, comment_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """One batch's files, by comment, in order: one query per batch, never their bytes."""
    files: dict[int, list[dict[str, Any]]] = {}
    query = (
        select(Attachment.comment_id, *(getattr(Attachment, f) for f in FILE_FIELDS))
        .where(Attachment.comment_id.in_(comment_ids))
        .order_by(Attachment.comment_id, Attachment.position)
    )
    for comment_id, *values in session.execute(query):
        files.setdefault(comment_id, []).append(dict(zip(FILE_FIELDS, values, strict=True)))
    return files


def files_cell(files: Sequence[dict[str, Any]]) -> str:
    """The files as a CSV cell: one line each, ``name | type | sha256 | text status`` (a name
    may hold ``|``; the other three never do, so a line is read from the right)."""
    return "\n".join(" | ".join(str(f[k]) for k in FILE_FIELDS) for f in files)


class ExportService:
    """Takes a session *factory*: the export outlives the request's session."""

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self.session_factory = session_factory

    def csv_chunks(self, item_id: str, batch_rows: int = BATCH_ROWS) -> Iterator[str]:
        """The CSV text in chunks of about ``batch_rows`` rows; the caller checked the item."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(HEADER)
        yield BOM + _drain(buffer)
        for partition in exported_rows(self.session_factory, item_id, batch_rows):
            writer.writerows(
                [*(safe_cell(value) for value in row[:-1]), safe_cell(files_cell(row[-1]))]
                for row in partition
            )
            yield _drain(buffer)

    def jsonl_chunks(self, item_id: str, batch_rows: int = BATCH_ROWS) -> Iterator[str]:
        """Every comment of the item as one JSON object a line, with the CSV's fields.

        Streamed like the CSV: one read-only snapshot, rows fetched ``batch_rows`` at a time.
        """
        for partition in exported_rows(self.session_factory, item_id, batch_rows):
            yield "".join(
                json.dumps(dict(zip(HEADER, map(json_value, row), strict=True)), ensure_ascii=False)
                + "\n"
                for row in partition
            )


def json_value(value: Any) -> Any:
    """A cell as JSON: timestamps in ISO 8601, everything else as stored (no formula guard:
    JSON is not opened by spreadsheets)."""
    return value.isoformat() if isinstance(value, datetime) else value


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


@dataclass
class Addition:
    """One personal addition to a form letter, shown once with how many people wrote it."""

    text: str
    count: int = 0
    names: list[str] = field(default_factory=list)


@dataclass
class ReportComment:
    id: int
    body: str
    position: str | None
    received_at: datetime
    duplicates: int
    name: str | None


@dataclass
class ItemReport:
    """What the printable council-packet report shows; names only when asked for."""

    item: AgendaItem
    summary: ItemSummary
    additions: dict[int, list[Addition]]
    unique: list[ReportComment]
    unlabelled: list[ReportComment]
    names: bool


class ReportService(SummaryService):
    """Gathers the report: the summary, each campaign's additions, every unique comment in full.

    A summary service that reads more: built, like it, over a session, a clock and the city's
    zone. Emails, postal codes and addresses are never shown; names only with ``names=True``.
    Without names, the senders' words are scrubbed as the public record's are.
    """

    def report(self, item_id: str, *, names: bool) -> ItemReport:
        item = self.items.get(item_id)
        return ItemReport(
            item=item,
            summary=self.summarise(item_id),
            additions=self._additions(item_id, names),
            unique=self._comments(item_id, Comment.kind == "unique", names),
            unlabelled=self._comments(item_id, Comment.kind.is_(None), names),
            names=names,
        )

    def _additions(self, item_id: str, names: bool) -> dict[int, list[Addition]]:
        query = (
            select(Comment.campaign_id, Comment.personal_text, *_SENDER)
            .join(Submitter, Submitter.comment_id == Comment.id)
            .where(
                Comment.item_id == item_id,
                Comment.campaign_id.is_not(None),
                not_spam(),
                has_personal_text(),
            )
            .order_by(Comment.id)
        )
        grouped: dict[int, dict[str, Addition]] = {}
        for campaign_id, own, *sender in self.session.execute(query):
            if campaign_id is None or own is None:
                continue  # the query's own conditions: a campaign's member with words of its own
            text = own if names else _without_personal_data(own, *sender)
            addition = grouped.setdefault(campaign_id, {}).setdefault(text, Addition(text))
            addition.count += 1
            if names and sender[0] is not None:
                addition.names.append(sender[0])
        return {cid: list(by_text.values()) for cid, by_text in grouped.items()}

    def _comments(
        self, item_id: str, which: ColumnElement[bool], names: bool
    ) -> list[ReportComment]:
        copies = aliased(Comment)
        duplicates = (
            select(func.count())
            .where(copies.duplicate_of_id == Comment.id, copies.kind == "duplicate")
            .correlate(Comment)
            .scalar_subquery()
        )
        query = (
            select(
                Comment.id,
                Comment.body,
                Comment.position,
                Comment.received_at,
                duplicates,
                *_SENDER,
            )
            .join(Submitter, Submitter.comment_id == Comment.id)
            .where(Comment.item_id == item_id, which)
            .order_by(Comment.id)
        )
        rows = self.session.execute(query)
        return [
            ReportComment(
                comment_id,
                body if names else _without_personal_data(body, *sender),
                position,
                received_at,
                copies_sent,
                sender[0] if names else None,
            )
            for comment_id, body, position, received_at, copies_sent, *sender in rows
        ]


# What a sender gave, read only to take it out of their words on the report without names.
_SENDER = (Submitter.name, Submitter.email, Submitter.postal_code, Submitter.address)


def _without_personal_data(
    text: str, name: str | None, email: str | None, postal_code: str | None, address: str | None
) -> str:
    """A sender's words as the report without names prints them: a council packet is a public
    document, so, as on the public record, e-mails, phone numbers, addresses, postal codes and
    the sender's own name are ``[removed]``."""
    identifiers = Identifiers.of(
        names=[name], emails=[email], postal_codes=[postal_code], addresses=[address]
    )
    return scrub(text, identifiers)
