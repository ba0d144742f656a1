"""Velocity and burst evidence from bounded counters, not from the comments themselves.

The spam signals ask, for each new comment: how many comments did this person, and this client
address, put on this item in the last ``velocity_window``; how many with this very text from
this address in the last ``burst_window``? Counting comment rows answers that at a cost that
grows with the item's traffic, which is exactly what a campaign burst makes large. Instead each
comment adds one to a counter per signal and time bucket (``sender_counts``, upserted in the
transaction that stores it), and a batch reads, in one statement, the counters of its own
senders over its windows: at most ``window / bucket + 1`` rows per sender and signal, however
many comments the item holds.

Buckets are whole minutes for velocity and whole seconds for bursts, so a window is counted from
the start of the bucket it begins in: the default 600 s velocity window looks back 600-660 s and
the 10 s burst window 10-11 s. Comments count in the bucket of their ``received_at``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    SmallInteger,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from intake.models import Comment, SenderCount

COUNTER_ROW = (
    SenderCount.item_id,
    SenderCount.signal,
    SenderCount.sender_key,
    SenderCount.bucket,
    SenderCount.comments,
)
"""A counter as both reads return it: its key, its time bucket and how many comments it holds."""

PERSON = 1
SOURCE = 2
BURST = 3
VELOCITY_BUCKET = 60
BURST_BUCKET = 1
KEYS_PER_STATEMENT = 600
"""Senders per read (three bound values each) and rows per upsert statement."""

Key = tuple[str, int, int]
"""(item_id, signal, sender_key)"""


@dataclass(frozen=True)
class Counts:
    """What the spam signals see of one comment's sender, the comment itself included."""

    from_source: int
    burst: int
    from_person: int


def digest_key(*parts: str) -> int:
    """A signed 64-bit key: the first 8 bytes of the MD5 of the parts joined by a space.

    The same value as PostgreSQL's ``('x' || substr(md5(text), 1, 16))::bit(64)::bigint``, which
    is how the migration fills the counters for comments stored before them. MD5 is used as a
    short, stable digest of values that are already pseudonymous, not for security.
    """
    raw = hashlib.md5(" ".join(parts).encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(raw[:8], "big", signed=True)


def _bucket(moment: datetime, width: int) -> int:
    return int(moment.timestamp()) // width * width


def _buckets(moment: datetime, window: timedelta, width: int) -> range:
    return range(_bucket(moment - window, width), _bucket(moment, width) + 1, width)


def sender_keys(comment: Comment) -> list[tuple[Key, int]]:
    """The counters one comment adds to: (key, bucket width)."""
    item = comment.item_id
    keys: list[tuple[Key, int]] = [((item, PERSON, comment.person_key), VELOCITY_BUCKET)]
    if comment.source_key is not None:
        keys.append(((item, SOURCE, digest_key(comment.source_key)), VELOCITY_BUCKET))
        if comment.exact_hash is not None:
            burst = digest_key(comment.source_key, comment.exact_hash)
            keys.append(((item, BURST, burst), BURST_BUCKET))
    return keys


def _chunks(values: Sequence[object], size: int) -> Iterator[Sequence[object]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class SenderTally:
    """A batch's view of the counters, plus the batch's own comments as they arrive."""

    def __init__(self, velocity_window: timedelta, burst_window: timedelta) -> None:
        self.velocity_window = velocity_window
        self.burst_window = burst_window
        self.counts: Counter[tuple[str, int, int, int]] = Counter()
        self.added: Counter[tuple[str, int, int, int]] = Counter()

    @classmethod
    def load(
        cls,
        session: Session,
        comments: Sequence[Comment],
        velocity_window: timedelta,
        burst_window: timedelta,
        *,
        already_counted: bool,
    ) -> SenderTally:
        """Read the counters of the batch's senders over its windows in one statement.

        ``already_counted``: the batch's comments are stored and counted (relabelling); their own
        contributions are taken out, to be added back as each one is labelled in order.
        """
        tally = cls(velocity_window, burst_window)
        if not comments:
            return tally
        keys = sorted({key for c in comments for key, _width in sender_keys(c)})
        earliest = min(c.received_at for c in comments)
        latest = _bucket(max(c.received_at for c in comments), BURST_BUCKET)
        since = _bucket(earliest - velocity_window, VELOCITY_BUCKET)
        burst_since = _bucket(earliest - burst_window, BURST_BUCKET)
        postgresql = session.get_bind().dialect.name == "postgresql"
        for part in _chunks(keys, KEYS_PER_STATEMENT):
            if postgresql:
                rows = session.execute(
                    _READ_ARRAYS,
                    {
                        **_key_arrays(part),
                        "latest": latest,
                        "since": since,
                        "burst_since": burst_since,
                    },
                )
                for item, signal, sender, bucket, n in rows:
                    tally.counts[(item, signal, sender, bucket)] += n
                continue
            rows = session.execute(
                select(*COUNTER_ROW).where(
                    tuple_(SenderCount.item_id, SenderCount.signal, SenderCount.sender_key).in_(
                        part
                    ),
                    SenderCount.bucket <= latest,
                    or_(
                        and_(SenderCount.signal != BURST, SenderCount.bucket >= since),
                        and_(SenderCount.signal == BURST, SenderCount.bucket >= burst_since),
                    ),
                )
            )
            for item, signal, sender, bucket, n in rows:
                tally.counts[(item, signal, sender, bucket)] += n
        if already_counted:
            for comment in comments:
                for slot in tally._slots(comment):
                    tally.counts[slot] -= 1
        return tally

    def _slots(self, comment: Comment) -> Iterable[tuple[str, int, int, int]]:
        for (item, signal, sender), width in sender_keys(comment):
            yield (item, signal, sender, _bucket(comment.received_at, width))

    def arrived(self, comment: Comment, *, record: bool) -> None:
        """Count a comment before its own signals are read; ``record`` writes it at flush."""
        for slot in self._slots(comment):
            self.counts[slot] += 1
            if record:
                self.added[slot] += 1

    def of(self, comment: Comment) -> Counts:
        item, at = comment.item_id, comment.received_at
        person = self._sum((item, PERSON, comment.person_key), at, self.velocity_window)
        if comment.source_key is None:
            return Counts(0, 0, person)
        source = self._sum((item, SOURCE, digest_key(comment.source_key)), at, self.velocity_window)
        burst = 0
        if comment.exact_hash is not None:
            key = (item, BURST, digest_key(comment.source_key, comment.exact_hash))
            burst = self._sum(key, at, self.burst_window, BURST_BUCKET)
        return Counts(source, burst, person)

    def _sum(self, key: Key, at: datetime, window: timedelta, width: int = VELOCITY_BUCKET) -> int:
        item, signal, sender = key
        return sum(self.counts[(item, signal, sender, b)] for b in _buckets(at, window, width))

    def flush(self, session: Session) -> None:
        """Upsert what the batch added, in key order (so concurrent batches cannot deadlock)."""
        added, self.added = self.added, Counter()
        rows = [
            {"item_id": i, "signal": s, "sender_key": k, "bucket": b, "comments": n}
            for (i, s, k, b), n in sorted(added.items())
        ]
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            for part in _chunks(rows, KEYS_PER_STATEMENT):
                session.execute(_UPSERT_ARRAYS, _columns(part))
            return
        for part in _chunks(rows, KEYS_PER_STATEMENT):
            statement = sqlite.insert(SenderCount).values(list(part))
            session.execute(
                statement.on_conflict_do_update(
                    index_elements=["item_id", "signal", "sender_key", "bucket"],
                    set_={"comments": SenderCount.comments + statement.excluded.comments},
                )
            )


_UPSERT_ARRAYS = text(
    "INSERT INTO sender_counts (item_id, signal, sender_key, bucket, comments) "
    "SELECT * FROM unnest(CAST(:items AS VARCHAR[]), CAST(:signals AS SMALLINT[]), "
    "CAST(:senders AS BIGINT[]), CAST(:buckets AS BIGINT[]), CAST(:counts AS INTEGER[])) "
    "ON CONFLICT (item_id, signal, sender_key, bucket) "
    "DO UPDATE SET comments = sender_counts.comments + excluded.comments"
)
"""PostgreSQL: a batch's counters in one statement whose text never changes (five array
parameters), so psycopg prepares it once per connection and SQLAlchemy compiles nothing; a
``VALUES`` list of N rows is a new statement for every N (issue 16's profile: ~3 ms a group)."""


def _columns(rows: Sequence[Any]) -> dict[str, list[object]]:
    return {
        "items": [r["item_id"] for r in rows],
        "signals": [r["signal"] for r in rows],
        "senders": [r["sender_key"] for r in rows],
        "buckets": [r["bucket"] for r in rows],
        "counts": [r["comments"] for r in rows],
    }


def _key_arrays(keys: Sequence[Any]) -> dict[str, list[Any]]:
    return {
        "items": [k[0] for k in keys],
        "signals": [k[1] for k in keys],
        "senders": [k[2] for k in keys],
    }


def _read_arrays() -> Any:
    """PostgreSQL: the counters of some ``(item, signal, sender)`` keys through the primary key,
    the keys bound as three arrays: one constant statement however many senders.

    Built once (:data:`_READ_ARRAYS`) and executed with its parameters: SQLAlchemy finds a
    statement's compiled form by a cache key it computes by walking the statement, memoised per
    statement object, so a table-valued ``unnest`` built anew for every group cost more Python
    than running it (issue 16's served profile: 8% of a worker's CPU)."""
    wanted = (
        func.unnest(
            bindparam("items", type_=ARRAY(String())),
            bindparam("signals", type_=ARRAY(SmallInteger())),
            bindparam("senders", type_=ARRAY(BigInteger())),
        )
        .table_valued("item_id", "signal", "sender_key")
        .render_derived()
    )
    return (
        select(*COUNTER_ROW)
        .join(
            wanted,
            and_(
                SenderCount.item_id == wanted.c.item_id,
                SenderCount.signal == wanted.c.signal,
                SenderCount.sender_key == wanted.c.sender_key,
            ),
        )
        .where(
            SenderCount.bucket <= bindparam("latest"),
            or_(
                and_(SenderCount.signal != BURST, SenderCount.bucket >= bindparam("since")),
                and_(SenderCount.signal == BURST, SenderCount.bucket >= bindparam("burst_since")),
            ),
        )
    )


_READ_ARRAYS = _read_arrays()
