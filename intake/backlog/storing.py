"""Storing a backlog's rows: through the one write path, skipping rows imported before.

:func:`store_through_write_path` is the only call from the import into the comment service:
the rows become :class:`Submission` objects with their original time and import key and go
through :meth:`CommentService.store_backlog`, the same storing and labelling as every other
way a comment comes in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from intake.backlog.reading import ParsedRow, RowError
from intake.db import utcnow
from intake.errors import NotFound
from intake.models import AgendaItem, Campaign, Comment
from intake.services.comments import CommentService, Stored, Submission, SubmissionContext
from intake.services.items import AgendaItemService
from schemas.vocabulary import UNLABELLED

SOURCE_PREFIX = "import:"


def store_through_write_path(
    comments: CommentService, rows: Sequence[ParsedRow], context: SubmissionContext
) -> list[Stored]:
    """Store and label ``rows`` in file order, as they arrived (their time, their key)."""
    submissions = [
        Submission(row.item_id, row.data, context, received_at=row.received_at, import_key=row.key)
        for row in rows
    ]
    return comments.store_backlog(submissions)


@dataclass
class ChunkOutcome:
    """What one chunk did: comments stored (or, in a dry run, that would be), rows skipped."""

    stored: list[Stored] = field(default_factory=list)
    would_store: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)


@dataclass
class Tally:
    """The labels the run's comments carry once it is done (later rows can relabel earlier)."""

    kinds: Counter[str] = field(default_factory=Counter)
    campaigns: int = 0
    new_campaigns: int = 0


class BacklogStore:
    """Stores validated rows chunk by chunk through :func:`store_through_write_path`.

    Never commits: the caller commits after each chunk, so an interruption keeps every chunk
    committed before it and a re-run skips them by their import keys.
    """

    def __init__(
        self,
        comments: CommentService,
        *,
        source: str,
        create_items: bool = False,
        item_title: str = "Imported comments",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.comments = comments
        self.session = session = comments.session
        self.context = SubmissionContext(source=source[:120], client_key=None)
        self.create_items = create_items
        self.item_title = item_title
        self.items = AgendaItemService(session, clock)
        self._known_items: set[str] = set()
        self._missing_items: set[str] = set()

    @staticmethod
    def source_for(path: Path) -> str:
        return (SOURCE_PREFIX + path.name)[:120]

    def ensure_item(self, item_id: str, *, dry_run: bool = False) -> bool:
        """True when the item exists or was created (or, in a dry run, would be)."""
        if item_id in self._known_items:
            return True
        if item_id in self._missing_items:
            return False
        if self.session.get(AgendaItem, item_id) is None:
            if not self.create_items:
                self._missing_items.add(item_id)
                return False
            if not dry_run:
                self.items.create({"id": item_id, "title": self.item_title})
        self._known_items.add(item_id)
        return True

    def require_item(self, item_id: str, *, dry_run: bool = False) -> None:
        if not self.ensure_item(item_id, dry_run=dry_run):
            raise NotFound(f"No agenda item {item_id!r}; create it first or pass --create-items.")

    def store(self, rows: Sequence[ParsedRow], *, dry_run: bool = False) -> ChunkOutcome:
        """Store and label the rows not imported before, in file order."""
        outcome = ChunkOutcome()
        existing = self._existing_keys(rows)
        fresh: list[ParsedRow] = []
        for row in rows:
            pair = (row.item_id, row.key)
            if pair in existing:
                outcome.skipped += 1
                continue
            if not self.ensure_item(row.item_id, dry_run=dry_run):
                message = f"No agenda item {row.item_id!r} (pass --create-items to create it)."
                outcome.errors.append(RowError(row.line, {"item": [message]}))
                continue
            existing.add(pair)
            fresh.append(row)
        if dry_run:
            outcome.would_store = len(fresh)
            return outcome
        outcome.stored = store_through_write_path(self.comments, fresh, self.context)
        return outcome

    def _existing_keys(self, rows: Sequence[ParsedRow]) -> set[tuple[str, str]]:
        if not rows:
            return set()
        query = select(Comment.item_id, Comment.import_key).where(
            Comment.item_id.in_({r.item_id for r in rows}),
            Comment.import_key.in_({r.key for r in rows}),
        )
        return {(item_id, key) for item_id, key in self.session.execute(query) if key}

    def last_campaign_id(self) -> int:
        return int(self.session.scalar(select(func.coalesce(func.max(Campaign.id), 0))) or 0)

    def tally(self, first_id: int, last_id: int, campaigns_before: int) -> Tally:
        """Labels of the comments this run stored (ids ``first_id`` to ``last_id``, its source)."""
        query = (
            select(Comment.kind, Comment.campaign_id, func.count())
            .where(
                Comment.id.between(first_id, last_id),
                Comment.source == self.context.source,
            )
            .group_by(Comment.kind, Comment.campaign_id)
        )
        tally = Tally()
        campaigns: set[int] = set()
        for kind, campaign_id, count in self.session.execute(query):
            tally.kinds[kind or UNLABELLED] += count
            if campaign_id is not None:
                campaigns.add(campaign_id)
        tally.campaigns = len(campaigns)
        tally.new_campaigns = sum(1 for c in campaigns if c > campaigns_before)
        return tally
