"""Rows stored as ``intake import`` stores them, in process: written to a JSON Lines file, read
by its reader and stored through its store (the one write path) two rows a transaction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Flask

from intake.backlog.reading import BacklogReader
from intake.backlog.storing import BacklogStore
from intake.db import get_database
from intake.wiring import comment_service_for


def import_rows(app: Flask, tmp_path: Path, item_id: str, rows: list[dict[str, Any]]) -> None:
    path = tmp_path / "backlog.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    reader = BacklogReader(path, "jsonl", max_body_chars=20_000, item_id=item_id)
    with get_database(app).session_factory() as writing:
        importer = BacklogStore(comment_service_for(app, writing), source="import:backlog.jsonl")
        for chunk in reader.chunks(2):
            importer.store([row for row in chunk if not hasattr(row, "errors")])
            writing.commit()
