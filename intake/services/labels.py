"""Staff decisions on labels, and the history of every label change.

A label is the system's judgement; staff have the last word. A staff change records who, when,
from, to and why, sets ``decided_by`` to ``staff``, and is never overwritten by the system
afterwards (relabelling and campaign absorption skip staff-decided comments). Moving a comment
into or out of a campaign keeps the comment index consistent: campaign members are not indexed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.db import utcnow
from intake.errors import InvalidInput, NotFound
from intake.labelling.index import IndexWriter
from intake.models import Campaign, Comment, LabelEvent
from intake.text.addition import CampaignWords
from intake.text.fingerprint import Fingerprinter
from schemas import vocabulary

CAMPAIGN_KINDS = frozenset(vocabulary.CAMPAIGN_KINDS)


@dataclass(frozen=True)
class LabelChange:
    kind: str
    reason: str
    campaign_id: int | None = None
    duplicate_of: int | None = None

    @classmethod
    def from_args(cls, data: Mapping[str, Any]) -> LabelChange:
        """A decision from a validated ``LabelChangeSchema`` body (the API's or the form's)."""
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})


class LabelService:
    def __init__(
        self,
        session: Session,
        fingerprinter: Fingerprinter,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.session = session
        self.fingerprinter = fingerprinter
        self.clock = clock
        self.index = IndexWriter(session)

    def change(self, comment_id: int, change: LabelChange, actor: str) -> Comment:
        comment = self._comment(comment_id)
        before = (comment.kind, comment.campaign_id)
        campaign = self._campaign_for(change)
        comment.kind = change.kind
        comment.decided_by = "staff"
        comment.campaign_id = campaign.id if campaign is not None else None
        comment.duplicate_of_id = self._duplicate_target(comment, change)
        comment.personal_text = (
            CampaignWords(campaign.template_norms, campaign.profile, self.fingerprinter).addition(
                comment.matching_text
            )
            if campaign
            else None
        )
        if comment.campaign_id is None and before[1] is not None:
            self.index.add(
                comment.id, self.fingerprinter.fingerprint(comment.matching_text).lookup_keys
            )
        elif comment.campaign_id is not None and before[1] is None:
            self.index.remove([comment.id])
        self.session.add(
            LabelEvent(
                comment_id=comment.id,
                created_at=self.clock(),
                actor=actor,
                from_kind=before[0],
                to_kind=change.kind,
                from_campaign_id=before[1],
                to_campaign_id=comment.campaign_id,
                reason=change.reason,
            )
        )
        self.session.flush()
        return comment

    def history(self, comment_id: int) -> list[LabelEvent]:
        self._comment(comment_id)
        return list(
            self.session.scalars(
                select(LabelEvent)
                .where(LabelEvent.comment_id == comment_id)
                .order_by(LabelEvent.created_at, LabelEvent.id)
            )
        )

    def _comment(self, comment_id: int) -> Comment:
        comment = self.session.get(Comment, comment_id)
        if comment is None:
            raise NotFound(f"No comment {comment_id}.")
        return comment

    def _campaign_for(self, change: LabelChange) -> Campaign | None:
        if change.campaign_id is None:
            if change.kind == "form_letter":
                raise InvalidInput({"campaign_id": ["A form letter needs its campaign."]})
            return None
        if change.kind not in CAMPAIGN_KINDS:
            raise InvalidInput(
                {
                    "campaign_id": [
                        f"Only form_letter or spam can carry a campaign, not {change.kind}."
                    ]
                }
            )
        campaign = self.session.get(Campaign, change.campaign_id)
        if campaign is None:
            raise InvalidInput({"campaign_id": [f"No campaign {change.campaign_id}."]})
        return campaign

    def _duplicate_target(self, comment: Comment, change: LabelChange) -> int | None:
        if change.kind != "duplicate":
            if change.duplicate_of is not None:
                raise InvalidInput({"duplicate_of": ["Only a duplicate names its original."]})
            return None
        if change.duplicate_of is None:
            raise InvalidInput({"duplicate_of": ["A duplicate names the comment it repeats."]})
        original = self.session.get(Comment, change.duplicate_of)
        if original is None or original.id == comment.id or original.item_id != comment.item_id:
            raise InvalidInput(
                {"duplicate_of": ["Must be another comment on the same agenda item."]}
            )
        return original.id
