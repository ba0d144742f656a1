"""Batch intake: validate each entry on its own, store the valid ones, label them together.

A campaign tool sending 500 comments should not lose 499 because one has a bad email, and it
must learn exactly which one failed and why. Valid entries are stored and labelled in the
caller's transaction; the result lists every entry, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from marshmallow import ValidationError

from intake.errors import InvalidInput
from intake.services.comments import CommentService, Stored, SubmissionContext
from schemas.comments import CommentCreateSchema


@dataclass(frozen=True)
class EntryOutcome:
    """One entry's fate: a stored comment, or the field errors that kept it out."""

    index: int
    comment: Stored | None = None
    errors: dict[str, Any] | None = None


class BatchService:
    def __init__(self, comments: CommentService, max_entries: int) -> None:
        self.comments = comments
        self.max_entries = max_entries
        self.schema = CommentCreateSchema()

    def submit(
        self, item_id: str, entries: Sequence[Any], context: SubmissionContext
    ) -> list[EntryOutcome]:
        if len(entries) > self.max_entries:
            raise InvalidInput({"comments": [f"At most {self.max_entries} comments per batch."]})
        item = self.comments.open_item(item_id)
        outcomes: list[EntryOutcome] = []
        valid: list[tuple[int, dict[str, Any]]] = []
        for index, entry in enumerate(entries):
            errors = self._validate(entry)
            if errors:
                outcomes.append(EntryOutcome(index, errors=errors))
            else:
                valid.append((index, self.schema.load(entry)))
        stored = self.comments.submit_many(item, [data for _i, data in valid], context)
        outcomes.extend(
            EntryOutcome(index, comment=comment)
            for (index, _data), comment in zip(valid, stored, strict=True)
        )
        return sorted(outcomes, key=lambda outcome: outcome.index)

    def _validate(self, entry: Any) -> dict[str, Any] | None:
        if not isinstance(entry, dict):
            return {"_entry": ["Each entry must be a JSON object."]}
        try:
            data = self.schema.load(entry)
            self.comments.check_length(data["body"])
        except ValidationError as exc:
            messages: dict[str, Any] = exc.normalized_messages()  # type: ignore[no-untyped-call]
            return messages
        except InvalidInput as exc:
            return exc.errors
        return None
