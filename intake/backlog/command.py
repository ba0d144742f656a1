"""``intake import``: run a backlog import chunk by chunk, with progress and a summary.

It owns the transaction: each chunk of rows read by :class:`~intake.backlog.reading.
BacklogReader` is stored and labelled by :class:`~intake.backlog.storing.BacklogStore` and then
committed by :func:`intake.chunked.run_in_chunks`, so memory stays bounded whatever the file's
size, an interruption (Ctrl-C, a lost connection) keeps every committed chunk, and the same
command run again skips them by their import keys and carries on.

Progress is measured in bytes read (the file is never counted ahead, which would mean reading a
million-row docket twice), shown with the row rate and the time left.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from flask import Flask
from sqlalchemy.orm import Session
from tqdm import tqdm

from intake.attachments.uploads import reader_for
from intake.backlog.reading import (
    BacklogReader,
    ParsedRow,
    RowError,
    detect_format,
    parse_mapping,
)
from intake.backlog.storing import BacklogStore, ChunkOutcome, Tally
from intake.chunked import run_in_chunks
from intake.config import Settings
from intake.db import get_database
from intake.wiring import comment_service_for
from schemas.vocabulary import KINDS, UNLABELLED

SHOWN_ERRORS = 20
"""Row errors listed in the summary; ``--errors FILE`` keeps every one."""
KINDS_ORDER = (*KINDS, UNLABELLED)


@dataclass
class ImportReport:
    """What an import did, rendered as the summary the command prints."""

    file: str
    fmt: str
    dry_run: bool
    rows: int = 0
    stored: int = 0
    skipped: int = 0
    error_count: int = 0
    errors: list[RowError] = field(default_factory=list)
    tally: Tally | None = None
    seconds: float = 0.0
    interrupted: bool = False

    def add_errors(self, errors: Sequence[RowError]) -> None:
        self.error_count += len(errors)
        room = SHOWN_ERRORS - len(self.errors)
        self.errors.extend(errors[: max(room, 0)])

    def render(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"{self.file} ({self.fmt}): {self.rows:,} rows read in {self.seconds:.1f} s "
            f"({rate:,.0f} rows/s)" + (" -- dry run, nothing stored" if self.dry_run else ""),
            f"  {verb:<12} {self.stored:,}",
            f"  {'skipped':<12} {self.skipped:,} (imported before)",
            f"  {'errors':<12} {self.error_count:,}",
        ]
        if self.tally is not None:
            kinds = Counter(self.tally.kinds)
            order = [k for k in KINDS_ORDER if kinds[k]] + sorted(set(kinds) - set(KINDS_ORDER))
            labels = ", ".join(f"{kind} {kinds[kind]:,}" for kind in order) or "none"
            lines.append(f"  {'labels':<12} {labels}")
            lines.append(
                f"  {'campaigns':<12} {self.tally.campaigns:,} ({self.tally.new_campaigns:,} new)"
            )
        for error in self.errors:
            detail = "; ".join(f"{path}: {' '.join(msgs)}" for path, msgs in error.errors.items())
            lines.append(f"  line {error.line}: {detail}")
        if self.error_count > len(self.errors):
            more = self.error_count - len(self.errors)
            lines.append(f"  ... and {more:,} more rejected rows (--errors FILE lists them all)")
        if self.interrupted:
            lines.append("interrupted: run the same command again to resume")
        return "\n".join(lines)


class BacklogImport:
    """One run of ``intake import`` against an app's database."""

    def __init__(
        self,
        app: Flask,
        path: Path,
        *,
        fmt: str | None,
        item_id: str | None,
        item_column: str | None,
        mappings: Sequence[str] = (),
        create_items: bool = False,
        dry_run: bool = False,
    ) -> None:
        settings: Settings = app.config["INTAKE"]
        self.clock: Callable[[], datetime] = app.extensions["intake.clock"]
        self.session_factory = get_database(app).session_factory
        self.app = app
        self.path = path
        self.item_id = item_id
        self.create_items = create_items
        self.dry_run = dry_run
        self.reader = BacklogReader(
            path,
            detect_format(path, fmt),
            max_body_chars=settings.max_body_chars,
            item_id=item_id,
            item_column=item_column,
            mapping=parse_mapping(mappings),
            clock=self.clock,
            attachments=reader_for(settings),
        )

    def execute(
        self,
        chunk_size: int = 500,
        *,
        errors_path: Path | None = None,
        progress: bool | None = None,
    ) -> ImportReport:
        report = ImportReport(self.path.name, self.reader.fmt, self.dry_run)
        started = time.perf_counter()
        errors_file = errors_path.open("w", encoding="utf-8") if errors_path else None
        session = self.session_factory()
        try:
            service = BacklogStore(
                comment_service_for(self.app, session, labelled=not self.dry_run),
                source=BacklogStore.source_for(self.path),
                create_items=self.create_items,
                item_title=f"Imported from {self.path.name}",
                clock=self.clock,
            )
            if self.item_id is not None:
                service.require_item(self.item_id, dry_run=self.dry_run)
                session.commit()
            self._run(service, session, report, chunk_size, errors_file, progress, started)
        finally:
            session.rollback()
            session.close()
            if errors_file is not None:
                errors_file.close()
        return report

    def _run(
        self,
        service: BacklogStore,
        session: Session,
        report: ImportReport,
        chunk_size: int,
        errors_file: IO[str] | None,
        progress: bool | None,
        started: float,
    ) -> None:
        campaigns_before = service.last_campaign_id()
        stored_ids: list[int] = []
        bar = tqdm(
            total=self.reader.size,
            desc=self.path.name,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            file=sys.stderr,
            disable=None if progress is None else not progress,
            bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} "
            "[{elapsed}<{remaining}{postfix}]",
        )

        def store(chunk: list[ParsedRow | RowError]) -> ChunkOutcome:
            rows = [row for row in chunk if isinstance(row, ParsedRow)]
            return service.store(rows, dry_run=self.dry_run)

        def account(chunk: list[ParsedRow | RowError], outcome: ChunkOutcome) -> None:
            errors = sorted(
                [row for row in chunk if isinstance(row, RowError)] + outcome.errors,
                key=lambda error: error.line,
            )
            report.rows += len(chunk)
            report.stored += outcome.would_store if self.dry_run else len(outcome.stored)
            report.skipped += outcome.skipped
            report.add_errors(errors)
            if errors_file is not None:
                errors_file.writelines(_error_line(error) for error in errors)
            if outcome.stored:
                ids = [comment.id for comment in outcome.stored] + stored_ids
                stored_ids[:] = [min(ids), max(ids)]  # the run's first and last comment
            elapsed = time.perf_counter() - started
            bar.set_postfix_str(f"{report.rows:,} rows, {report.rows / elapsed:,.0f} rows/s")
            bar.update(self.reader.bytes_read - bar.n)

        try:
            report.interrupted = run_in_chunks(
                session, self.reader.chunks(chunk_size), store, account, dry_run=self.dry_run
            )
        finally:
            bar.close()
            report.seconds = time.perf_counter() - started
        if not self.dry_run:
            report.tally = (
                service.tally(stored_ids[0], stored_ids[1], campaigns_before)
                if stored_ids
                else Tally()
            )


def _error_line(error: RowError) -> str:
    record: dict[str, Any] = {"line": error.line, "errors": error.errors}
    return json.dumps(record, ensure_ascii=False) + "\n"
