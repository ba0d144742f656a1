"""A batch's labels on stored comments written as one statement (PostgreSQL).

The label queue's labeller loads the comments a POST stored unlabelled and labels them in
batches of hundreds (issue 16). Left to the unit of work, the end of a batch is an ``UPDATE`` per
comment, grouped by which columns changed: SQLAlchemy's per-object bookkeeping and one execution
per row in PostgreSQL, ~5% of the labeller's CPU at batch 500 (py-spy). Here every stored
comment of the batch with unwritten changes is written by one ``UPDATE ... FROM unnest(...)``
of constant text, and its label columns are then marked as written, so the flush that follows
has nothing left to say about them. The values written are the objects' own, as the flush would
have written them; a column the labeller does not set stays the unit of work's. The objects stay
flagged as modified (with nothing left to write) until the next flush, so the session keeps them
and that flush still shows them to ``item_context``'s window, as if it had written them.

New comments (the inline labeller's, inserted at the flush) and SQLite are left to the unit of
work.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from intake.models import Comment

LABEL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("exact_hash", "TEXT"),
    ("signature", "BYTEA"),
    ("shingle_count", "INTEGER"),
    ("segment_keys", "BYTEA"),
    ("kind", "TEXT"),
    ("campaign_id", "BIGINT"),
    ("similarity", "DOUBLE PRECISION"),
    ("duplicate_of_id", "BIGINT"),
    ("personal_text", "TEXT"),
    ("has_personal_text", "BOOLEAN"),
    ("spam_score", "DOUBLE PRECISION"),
    ("reasons", "JSON"),
    ("decided_by", "TEXT"),
)
"""Every column labelling sets on a comment it labels, with its SQL type."""
_KEYS = frozenset(name for name, _type in LABEL_COLUMNS)

_SET = ", ".join(f"{name} = v.{name}" for name, _type in LABEL_COLUMNS)
_ARRAYS = ", ".join(f"CAST(:{name} AS {sql_type}[])" for name, sql_type in LABEL_COLUMNS)
_NAMES = ", ".join(name for name, _type in LABEL_COLUMNS)
# Built from the constant column list above, never from input.
_UPDATE_LABELS = text(
    f"UPDATE comments SET {_SET} "  # noqa: S608
    f"FROM unnest(CAST(:id AS BIGINT[]), {_ARRAYS}) AS v(id, {_NAMES}) "
    "WHERE comments.id = v.id"
)


def writable(comments: Iterable[Comment]) -> list[Comment]:
    """The stored comments among ``comments`` with unwritten changes, every label column loaded
    (an expired one is the unit of work's: reading it back would cost a query)."""
    chosen = []
    for comment in comments:
        state = inspect(comment)
        if state.persistent and state.modified and not (state.unloaded & _KEYS):
            chosen.append(comment)
    return chosen


def write_labels(session: Session, comments: Sequence[Comment]) -> list[Comment]:
    """Write the label columns of ``writable(comments)`` in one statement; returns them.

    PostgreSQL only (the caller checks): ``unnest`` of arrays, one per column."""
    chosen = writable(comments)
    if not chosen:
        return []
    params: dict[str, list[Any]] = {"id": [c.id for c in chosen]}
    for name, _type in LABEL_COLUMNS:
        params[name] = [getattr(c, name) for c in chosen]
    # The JSON column as SQLAlchemy binds it for psycopg (psycopg's Json: json.dumps).
    params["reasons"] = [json.dumps(value) for value in params["reasons"]]
    with session.no_autoflush:
        session.execute(_UPDATE_LABELS, params)
    for comment in chosen:  # the objects keep their values; only their history is cleared
        for name, _type in LABEL_COLUMNS:
            set_committed_value(comment, name, comment.__dict__[name])
    return chosen
