"""A batch's labels on stored comments, and its label events, each written as one statement.

The label queue's labeller loads the comments a POST stored unlabelled and labels them in
batches of hundreds (issue 16). Left to the unit of work, the end of a batch is an ``UPDATE`` per
comment, grouped by which columns changed: SQLAlchemy's per-object bookkeeping and one execution
per row in PostgreSQL, ~5% of the labeller's CPU at batch 500 (py-spy). Here every stored
comment of the batch with unwritten changes is written by one ``UPDATE ... FROM unnest(...)``
of constant text, and its label columns are then marked as written, so the flush that follows
has nothing left to say about them. The values written are the objects' own, as the flush would
have written them; a column the labeller does not set stays the unit of work's. They are then
clean, as a flush leaves what it wrote, and ``item_context``'s windows follow them as they follow
a flush.

New comments (the inline labeller's, inserted at the flush) and SQLite are left to the unit of
work.

The batch's label events (a comment's first label, a comment a campaign absorbs) are rows no one
reads while the batch runs: :class:`EventLog` keeps them and writes them where the batch flushes,
in the order recorded, as one ``INSERT ... SELECT FROM unnest(...)`` on PostgreSQL (the unit of
work's multi-row ``INSERT`` of a batch of 500 is a statement psycopg parses anew each time: ~5% of
the labeller's CPU) and one bulk insert on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import event, insert, inspect, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.state import InstanceState

from intake.commits import note_write
from intake.db import UTCDateTime
from intake.labelling.item_context import follow_writes
from intake.models import Comment, LabelEvent

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
    ("spam_as_member", "JSON"),
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


_BATCH_KEY = "intake.label_batch"
"""``session.info`` key of the comments being labelled (see :func:`batch_writes`)."""


@contextmanager
def batch_writes(session: Session, comments: Sequence[Comment]) -> Iterator[None]:
    """While a batch is labelled on PostgreSQL, every flush of the session (the batch's own,
    and the autoflushes of the reads that need its decisions in the table: a campaign's
    founding, absorbing and learning) first writes the batch's stored comments with
    :func:`write_labels`, so the unit of work never writes their labels."""
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    outer = session.info.get(_BATCH_KEY)
    session.info[_BATCH_KEY] = comments
    try:
        yield
    finally:
        if outer is None:
            session.info.pop(_BATCH_KEY, None)
        else:
            session.info[_BATCH_KEY] = outer


@event.listens_for(Session, "before_flush")
def _write_batch_first(session: Session, _context: Any, _objects: Any) -> None:
    comments = session.info.get(_BATCH_KEY)
    if comments:
        write_labels(session, comments)


def writable(comments: Iterable[Comment]) -> list[InstanceState[Comment]]:
    """The stored comments among ``comments`` with unwritten changes and every label column
    loaded (an expired one is the unit of work's: reading it back would cost a query)."""
    chosen = []
    for comment in comments:
        state: InstanceState[Comment] = inspect(comment)
        if state.modified and state.persistent and state.dict.keys() >= _KEYS:
            chosen.append(state)
    return chosen


def write_labels(session: Session, comments: Iterable[Comment]) -> list[Comment]:
    """Write the label columns of the :func:`writable` comments in one statement; returns them.

    PostgreSQL only (the caller checks): ``unnest`` of arrays, one per column."""
    chosen = writable(comments)
    if not chosen:
        return []
    values = [state.dict for state in chosen]
    params: dict[str, list[Any]] = {"id": [v["id"] for v in values]}
    for name, _type in LABEL_COLUMNS:
        params[name] = [v[name] for v in values]
    # The JSON column as SQLAlchemy binds it for psycopg (psycopg's Json: json.dumps).
    params["reasons"] = [json.dumps(value) for value in params["reasons"]]
    # SQL NULL for None, as the column's type (``none_as_null``) binds it.
    params["spam_as_member"] = [
        None if value is None else json.dumps(value) for value in params["spam_as_member"]
    ]
    with session.no_autoflush:
        session.execute(_UPDATE_LABELS, params)
    note_write(session)
    _mark_written(session, chosen)
    written = [comment for state in chosen if (comment := state.obj()) is not None]
    follow_writes(session, written)
    return written


def _mark_written(session: Session, states: Sequence[InstanceState[Comment]]) -> None:
    """Clear the written columns' history, as a flush would: the objects keep their values.

    An object with nothing else to write is then clean, as after a flush: the unit of work no
    longer visits it (each flush walked every one of the batch's comments, its attachments
    collection included: ~8% of the labeller at batch 500), and, as after a flush, it is
    registered with the transaction, so a rolled-back savepoint expires it (the label queue
    relabels a failed batch one comment at a time from what the table holds). An object with
    other changes keeps them for the flush."""
    clean = []
    for state in states:
        if state.committed_state.keys() <= _KEYS:  # nothing else pending
            clean.append(state)
            continue
        comment = state.obj()
        for name, _type in LABEL_COLUMNS:
            set_committed_value(comment, name, state.dict[name])
    # What Session.flush does for the states it wrote (SQLAlchemy 2.x internals; the label
    # queue's tests check both the labels and the rolled-back savepoint).
    InstanceState._commit_all_states(((s, s.dict) for s in clean), session.identity_map)
    session._register_altered(states)


@dataclass(frozen=True)
class Event:
    """One :class:`~intake.models.LabelEvent` row, as the labeller records it."""

    comment_id: int
    created_at: datetime
    actor: str
    from_kind: str | None
    to_kind: str
    from_campaign_id: int | None
    to_campaign_id: int | None
    reason: str


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_EVENT_TYPES = {
    "comment_id": "BIGINT",
    "created_at": "TIMESTAMPTZ",
    "actor": "TEXT",
    "from_kind": "TEXT",
    "to_kind": "TEXT",
    "from_campaign_id": "BIGINT",
    "to_campaign_id": "BIGINT",
    "reason": "TEXT",
}
_EVENT_ARRAYS = ", ".join(f"CAST(:{name} AS {_EVENT_TYPES[name]}[])" for name in _EVENT_FIELDS)
_EVENT_NAMES = ", ".join(_EVENT_FIELDS)
# Built from the constants above. WITH ORDINALITY ... ORDER BY: ids follow the order recorded.
_INSERT_EVENTS = text(
    f"INSERT INTO label_events ({_EVENT_NAMES}) "  # noqa: S608
    f"SELECT {_EVENT_NAMES} FROM unnest({_EVENT_ARRAYS}) WITH ORDINALITY "
    f"AS v({_EVENT_NAMES}, n) ORDER BY n"
)
_CREATED_AT = UTCDateTime()


@dataclass
class EventLog:
    """The label events a batch records, kept until the batch flushes (:meth:`write`)."""

    pending: list[Event] = field(default_factory=list)

    def add(self, event: Event) -> None:
        self.pending.append(event)

    def write(self, session: Session) -> None:
        """Insert the events recorded since the last write, in the order recorded; their
        comments must be in the table (the caller flushes first)."""
        events, self.pending = self.pending, []
        if not events:
            return
        dialect = session.get_bind().dialect
        note_write(session)
        if dialect.name != "postgresql":
            session.execute(insert(LabelEvent), [_row(e) for e in events])
            return
        params: dict[str, list[Any]] = {name: [] for name in _EVENT_FIELDS}
        for recorded in events:
            for name in _EVENT_FIELDS:
                params[name].append(getattr(recorded, name))
        params["created_at"] = [
            _CREATED_AT.process_bind_param(value, dialect) for value in params["created_at"]
        ]
        session.execute(_INSERT_EVENTS, params)


def _row(event: Event) -> dict[str, Any]:
    return {name: getattr(event, name) for name in _EVENT_FIELDS}
