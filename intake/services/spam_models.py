"""Spam models learned from staff decisions: training one, storing it, finding the newest.

Staff have the last word on labels (``intake.services.labels``): every comment whose label a
staff member set or confirmed, on its page or in the review queue, carries
``decided_by = "staff"``. Those are the examples: labelled spam, or not spam (unique, form
letter, duplicate). A new deployment with no decisions yet can add a seed file of labelled
comments. The model is stored as a new version in ``spam_models``; workers pick it up within
``INTAKE_SPAM_MODEL_CHECK_SECONDS`` (``intake.labelling.learned_models``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.db import utcnow
from intake.errors import Conflict
from intake.models import Comment, SpamModelRecord
from intake.text.spam import Example, LearnedModel, train

MIN_EACH = 5
"""Fewest spam, and fewest legitimate, examples a model is trained from."""


@dataclass(frozen=True)
class Trained:
    """What ``intake spam train`` reports."""

    version: int
    spam_count: int
    ham_count: int
    seed_count: int
    features: int


class SpamModelService:
    def __init__(self, session: Session, clock: Callable[[], datetime] = utcnow) -> None:
        self.session = session
        self.clock = clock

    def staff_examples(self) -> Iterator[Example]:
        """Every comment whose label staff set or confirmed, spam or not, oldest first."""
        rows = self.session.execute(
            select(Comment.body, Comment.kind)
            .where(Comment.decided_by == "staff", Comment.kind.is_not(None))
            .order_by(Comment.id)
            .execution_options(yield_per=1000)
        )
        for body, kind in rows:
            yield Example(body, kind == "spam")

    def train(self, seed: Iterable[Example] = (), min_each: int = MIN_EACH) -> Trained:
        """Learn from staff decisions (and ``seed``) and store the model as the next version."""
        decided = list(self.staff_examples())
        seeded = list(seed)
        examples = decided + seeded
        spam_count = sum(1 for e in examples if e.spam)
        ham_count = len(examples) - spam_count
        if spam_count < min_each or ham_count < min_each:
            raise Conflict(
                f"A spam model needs at least {min_each} comments staff labelled spam and "
                f"{min_each} they labelled not spam; there are {spam_count} and {ham_count}. "
                f"Decide more labels (the review queue) or add a seed file; nothing was stored."
            )
        model = train(examples)
        version = (self.latest_version() or 0) + 1
        self.session.add(
            SpamModelRecord(
                version=version,
                trained_at=self.clock(),
                spam_count=spam_count,
                ham_count=ham_count,
                seed_count=len(seeded),
                features=model.features_count(),
                model=model.to_json(),
            )
        )
        self.session.flush()
        return Trained(version, spam_count, ham_count, len(seeded), model.features_count())

    def latest_version(self) -> int | None:
        version: int | None = self.session.scalar(select(func.max(SpamModelRecord.version)))
        return version

    def newest(self) -> tuple[int, datetime] | None:
        """The newest model's version and training time: what a worker compares its copy with
        (a version deleted and trained again has another time)."""
        row = self.session.execute(
            select(SpamModelRecord.version, SpamModelRecord.trained_at)
            .order_by(SpamModelRecord.version.desc())
            .limit(1)
        ).first()
        return (row.version, row.trained_at) if row is not None else None

    def load(self, version: int) -> LearnedModel | None:
        data = self.session.scalar(
            select(SpamModelRecord.model).where(SpamModelRecord.version == version)
        )
        return LearnedModel.from_json(data) if data is not None else None
