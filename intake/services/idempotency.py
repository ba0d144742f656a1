"""Idempotency keys: a retry returns the first outcome and creates nothing.

The key row is written inside the request's own transaction, before anything else it creates.
Two concurrent requests with one key therefore meet at the primary key: PostgreSQL makes the
second wait until the first commits, then reports the conflict, and the second replays the
first's stored response. A request that fails rolls back its key row too, so retrying it is safe.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.db import utcnow
from intake.errors import IdempotencyKeyReused
from intake.models import IdempotencyRecord


@dataclass(frozen=True)
class StoredResponse:
    status_code: int
    body: str
    location: str | None


class IdempotencyService:
    def __init__(
        self, session: Session, ttl: timedelta, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.session = session
        self.ttl = ttl
        self.clock = clock

    def claim(self, scope: str, key: str, request_hash: str) -> StoredResponse | None:
        """Reserve ``key`` for this request, or return the response a previous one stored."""
        stored = self._existing(scope, key, request_hash)
        if stored is not None:
            return stored
        try:
            with self.session.begin_nested():
                self.session.add(
                    IdempotencyRecord(
                        scope=scope, key=key, request_hash=request_hash, created_at=self.clock()
                    )
                )
        except IntegrityError:
            # A concurrent request with this key committed first: replay its outcome.
            stored = self._existing(scope, key, request_hash)
            if stored is None:
                raise
            return stored
        return None

    def record(self, scope: str, key: str, response: StoredResponse) -> None:
        row = self.session.get(IdempotencyRecord, (scope, key))
        if row is None:
            return
        row.status_code = response.status_code
        row.response_body = response.body
        row.location = response.location
        self.session.flush()

    def purge_expired(self) -> int:
        result = self.session.execute(
            delete(IdempotencyRecord).where(IdempotencyRecord.created_at < self.clock() - self.ttl)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def _existing(self, scope: str, key: str, request_hash: str) -> StoredResponse | None:
        row = self.session.scalar(
            select(IdempotencyRecord)
            .where(IdempotencyRecord.scope == scope, IdempotencyRecord.key == key)
            .execution_options(populate_existing=True)
        )
        if row is None:
            return None
        if row.created_at < self.clock() - self.ttl:
            self.session.delete(row)
            self.session.flush()
            return None
        if row.request_hash != request_hash:
            raise IdempotencyKeyReused(
                "This Idempotency-Key was used for a different request in the last "
                f"{int(self.ttl.total_seconds() // 3600)} hours; use a new key for a new request."
            )
        return StoredResponse(row.status_code, row.response_body, row.location)
