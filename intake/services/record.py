"""The public record: an item's comments as the city publishes them, and staff's say over it.

Cities publish the comments on an item (the eComments export this project began from is such a
publication). Here the record exists only once staff publish it, and it is the item **as it stood
at publication**: the comments received before ``as_of``, the last multiple of the public
summary's interval at that moment (or the window's close, if it had closed by then). Nothing a
sender does afterwards shows until staff publish again, so watching the record change cannot tell
anyone whether a given person commented (the participation oracle the public summary closes;
docs/operations.md).

What it shows, entry by entry in order of arrival:

* a comment: its text (the body; attached files are not published) scrubbed of e-mails, phone
  numbers, street addresses and postal codes (:func:`intake.text.personal_data.scrub`), its
  position, and the sender's name only when ``INTAKE_PUBLIC_RECORD_NAMES=name``;
* a campaign, once: its public template (the labeller's representative text: sentences sent word
  for word by at least three people and a real share of the members, none carrying personal
  data), how many of its comments the record holds, and what each member added of their own
  (scrubbed the same way, each with only that member's name under the same setting).

Left out: spam, duplicates (a person's resubmission; their first comment is there), disputed
comments and comments staff held back (with a reason, audited, reversible). Staff actions
(holding back, releasing, disputing, marking spam) apply at once; label changes the labeller makes
and comments received after ``as_of`` wait for the next publication. A campaign whose template
has no public sentence (fewer than three people share one) is not collapsed: its members are
shown as comments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, joinedload

from intake.db import utcnow
from intake.errors import NotFound
from intake.models import (
    AgendaItem,
    AuditEvent,
    Campaign,
    Comment,
    CommentDispute,
    CommentHold,
    RecordPublication,
    Submitter,
)
from intake.services.items import AgendaItemService
from intake.services.pagination import decode_cursor, encode_cursor, keyset_page
from intake.services.summary import published_cutoff
from intake.text.addition import CampaignWords
from intake.text.fingerprint import DEFAULT_SCHEME, Fingerprinter
from intake.text.personal_data import Identifiers, is_placeholder_name, scrub

PUBLISHED_KINDS = ("unique", "form_letter")
"""Labels the record shows; unlabelled comments are shown too (nothing says they are spam)."""


@dataclass
class RecordEntry:
    """One entry: a comment (``campaign_id`` None) or a campaign collapsed into one."""

    item_id: str
    received_at: datetime
    text: str
    campaign_id: int | None = None
    position: str | None = None
    name: str | None = None
    comments: int = 1
    additions: int = 0

    @property
    def kind(self) -> str:
        return "comment" if self.campaign_id is None else "campaign"

    @property
    def template(self) -> str:
        """A campaign's public text (its ``text``), under the name the record gives it."""
        return self.text


@dataclass
class Addition:
    """What one campaign member added of their own."""

    received_at: datetime
    text: str
    position: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class PublicationState:
    """An item's published switch as staff read it: its publication, or none while the
    comments are unpublished."""

    item_id: str
    record: RecordPublication | None

    @property
    def published(self) -> bool:
        return self.record is not None

    @property
    def published_at(self) -> datetime | None:
        return self.record.published_at if self.record else None

    @property
    def as_of(self) -> datetime | None:
        return self.record.as_of if self.record else None

    @property
    def actor(self) -> str | None:
        return self.record.actor if self.record else None


@dataclass
class RecordPage:
    item: AgendaItem
    publication: RecordPublication
    names: str
    entries: list[RecordEntry] = field(default_factory=list)
    next_cursor: str | None = None


@dataclass
class AdditionsPage:
    item: AgendaItem
    publication: RecordPublication
    names: str
    campaign: RecordEntry
    additions: list[Addition] = field(default_factory=list)
    next_cursor: str | None = None


class RecordService:
    def __init__(
        self,
        session: Session,
        clock: Callable[[], datetime] = utcnow,
        *,
        interval: timedelta = timedelta(hours=1),
        names: str = "none",
        fingerprinter: Fingerprinter | None = None,
    ) -> None:
        self.session = session
        self.clock = clock
        self.interval = interval
        self.names = names
        self.fingerprinter = fingerprinter or Fingerprinter(DEFAULT_SCHEME)
        self.items = AgendaItemService(session, clock)

    # ------------------------------------------------------------------ staff: the switch

    def publication(self, item_id: str) -> RecordPublication | None:
        self.items.get(item_id)
        return self.session.get(RecordPublication, item_id)

    def publish(self, item_id: str, actor: str) -> RecordPublication:
        """Publish the record as the item stands now (again: the record moves to now)."""
        item = self.items.get(item_id)
        now = self.clock()
        as_of = published_cutoff(now, self.interval)
        closes = item.comments_close_at
        if closes is not None and as_of < closes <= now:
            as_of = closes  # a closed window's end is a boundary everyone knew in advance
        record = self.session.get(RecordPublication, item_id) or RecordPublication(item_id=item_id)
        record.published_at, record.as_of, record.actor = now, as_of, actor
        self.session.add(record)
        self._audit("record_published", actor, item_id, reason=f"as of {as_of.isoformat()}")
        self.session.flush()
        return record

    def withdraw(self, item_id: str, actor: str) -> None:
        """The record is no longer public (publishing again makes a new one)."""
        record = self.publication(item_id)
        if record is None:
            return
        self.session.delete(record)
        self._audit("record_withdrawn", actor, item_id)
        self.session.flush()

    # ------------------------------------------------------------------ staff: holding back

    def hold(self, comment_id: int, reason: str, actor: str) -> CommentHold:
        """Leave a comment out of the public record (again: the newest reason wins)."""
        comment = self._comment(comment_id)
        held = self.session.get(CommentHold, comment_id) or CommentHold(comment_id=comment_id)
        held.held_at, held.actor, held.reason = self.clock(), actor, reason
        self.session.add(held)
        self._audit("comment_held", actor, comment.item_id, comment.id, reason)
        self.session.flush()
        return held

    def release(self, comment_id: int, actor: str) -> None:
        """The comment is in the public record again (when published and otherwise eligible)."""
        comment = self._comment(comment_id)
        held = self.session.get(CommentHold, comment_id)
        if held is None:
            raise NotFound(f"Comment {comment_id} is not held back.")
        self.session.delete(held)
        self._audit("comment_released", actor, comment.item_id, comment.id)
        self.session.flush()

    def events(
        self, item_id: str, limit: int, cursor: str | None
    ) -> tuple[list[AuditEvent], str | None]:
        """The item's publications, withdrawals, holds and releases, newest first."""
        self.items.get(item_id)
        query = select(AuditEvent).where(AuditEvent.item_id == item_id)
        return keyset_page(self.session, query, AuditEvent.id, limit, cursor, newest_first=True)

    def comment_events(self, comment_id: int) -> list[AuditEvent]:
        return list(
            self.session.scalars(
                select(AuditEvent)
                .where(AuditEvent.comment_id == comment_id)
                .order_by(AuditEvent.id)
            )
        )

    def _audit(
        self, action: str, actor: str, item_id: str, comment_id: int | None = None, reason: str = ""
    ) -> None:
        self.session.add(
            AuditEvent(
                created_at=self.clock(),
                actor=actor,
                action=action,
                item_id=item_id,
                comment_id=comment_id,
                reason=reason,
            )
        )

    def _comment(self, comment_id: int) -> Comment:
        comment = self.session.get(Comment, comment_id)
        if comment is None:
            raise NotFound(f"No comment {comment_id}.")
        return comment

    # ------------------------------------------------------------------ the public

    def page(self, item_id: str, limit: int, cursor: str | None) -> RecordPage:
        """A page of the published record's entries; 404 while it is not published."""
        item, record = self._published(item_id)
        after = decode_cursor(cursor, int)
        collapsed = _collapsed()
        campaign_key = case((collapsed, Comment.campaign_id), else_=None)
        single_key = case((collapsed, None), else_=Comment.id)
        first = func.min(Comment.id)
        query = (
            select(
                first.label("first_id"),
                campaign_key.label("campaign_id"),
                func.count().label("comments"),
                func.sum(case((and_(collapsed, Comment.has_personal_text), 1), else_=0)).label(
                    "additions"
                ),
                func.min(Comment.received_at).label("received_at"),
            )
            .select_from(Comment)
            .outerjoin(Campaign, Campaign.id == Comment.campaign_id)
            .where(_in_record(item_id, record.as_of))
            .group_by(campaign_key, single_key)
            .order_by(first)
            .limit(limit + 1)
        )
        if after is not None:
            query = query.having(first > after)
        rows = self.session.execute(query).all()
        next_cursor = encode_cursor(rows[limit - 1].first_id) if len(rows) > limit else None
        rows = rows[:limit]
        singles = self._comments([r.first_id for r in rows if r.campaign_id is None])
        templates = self._templates([r.campaign_id for r in rows if r.campaign_id is not None])
        entries = []
        for row in rows:
            if row.campaign_id is None:
                entries.append(self._single(singles[row.first_id]))
            else:
                entries.append(
                    RecordEntry(
                        item_id=item_id,
                        received_at=row.received_at,
                        text=templates[row.campaign_id].representative_text,
                        campaign_id=row.campaign_id,
                        comments=row.comments,
                        additions=int(row.additions or 0),
                    )
                )
        return RecordPage(item, record, self.names, entries, next_cursor)

    def additions(
        self, item_id: str, campaign_id: int, limit: int, cursor: str | None
    ) -> AdditionsPage:
        """A page of what a collapsed campaign's members added; 404 unless it is in the record."""
        item, record = self._published(item_id)
        members = and_(
            _in_record(item_id, record.as_of), Comment.campaign_id == campaign_id, _collapsed()
        )
        summary = self.session.execute(
            select(
                func.count(),
                func.sum(case((Comment.has_personal_text, 1), else_=0)),
                func.min(Comment.received_at),
            )
            .select_from(Comment)
            .join(Campaign, Campaign.id == Comment.campaign_id)
            .where(members)
        ).one()
        if not summary[0]:
            raise NotFound(f"Campaign {campaign_id} is not in the public record of {item_id}.")
        campaign = self.session.get_one(Campaign, campaign_id)
        entry = RecordEntry(
            item_id=item_id,
            received_at=summary[2],
            text=campaign.representative_text,
            campaign_id=campaign_id,
            comments=summary[0],
            additions=int(summary[1] or 0),
        )
        query = (
            select(Comment)
            .options(joinedload(Comment.submitter))
            .join(Campaign, Campaign.id == Comment.campaign_id)
            .where(members, Comment.has_personal_text)
        )
        rows, next_cursor = keyset_page(self.session, query, Comment.id, limit, cursor)
        # A member whose only words of their own were in an attached file shows nothing here.
        words = CampaignWords(campaign.template_norms, campaign.profile, self.fingerprinter)
        additions = [a for a in (self._addition(c, words) for c in rows) if a.text]
        return AdditionsPage(item, record, self.names, entry, additions, next_cursor)

    def _published(self, item_id: str) -> tuple[AgendaItem, RecordPublication]:
        item = self.items.get(item_id)
        record = self.session.get(RecordPublication, item_id)
        if record is None:
            raise NotFound(f"The comments on {item_id} have not been published.")
        return item, record

    def _comments(self, ids: list[int]) -> dict[int, Comment]:
        if not ids:
            return {}
        query = select(Comment).options(joinedload(Comment.submitter)).where(Comment.id.in_(ids))
        return {c.id: c for c in self.session.scalars(query)}

    def _templates(self, ids: list[int]) -> dict[int, Campaign]:
        if not ids:
            return {}
        return {c.id: c for c in self.session.scalars(select(Campaign).where(Campaign.id.in_(ids)))}

    def _single(self, comment: Comment) -> RecordEntry:
        return RecordEntry(
            item_id=comment.item_id,
            received_at=comment.received_at,
            text=self._public_text(comment.body, comment.submitter),
            position=comment.position,
            name=self._name(comment.submitter),
        )

    def _addition(self, comment: Comment, words: CampaignWords) -> Addition:
        """The member's own words from the body (attached files are not published), by the one
        rule that made their ``personal_text``: asked again of the body alone when the stored
        text also measured an attachment."""
        own = comment.personal_text
        if comment.attachment_text is not None:
            own = words.addition(comment.body)
        return Addition(
            received_at=comment.received_at,
            text=self._public_text(own or "", comment.submitter),
            position=comment.position,
            name=self._name(comment.submitter),
        )

    def _name(self, submitter: Submitter) -> str | None:
        if self.names != "name" or is_placeholder_name(submitter.name):
            return None
        return submitter.name

    def _public_text(self, text: str, submitter: Submitter) -> str:
        """Scrubbed of contact details, and of the sender's own name unless names are shown."""
        identifiers = Identifiers.of(
            names=[submitter.name] if self.names == "none" else [],
            emails=[submitter.email],
            postal_codes=[submitter.postal_code],
            addresses=[submitter.address],
        )
        return scrub(text, identifiers)


def _collapsed() -> ColumnElement[bool]:
    """A form letter whose campaign has a public template is shown within its campaign."""
    return and_(
        Comment.kind == "form_letter", func.coalesce(Campaign.representative_text, "") != ""
    )


def _in_record(item_id: str, as_of: datetime) -> ColumnElement[bool]:
    """Received before the record's ``as_of``, not spam or a duplicate, not disputed or held."""
    return and_(
        Comment.item_id == item_id,
        Comment.received_at < as_of,
        or_(Comment.kind.is_(None), Comment.kind.in_(PUBLISHED_KINDS)),
        ~exists().where(CommentHold.comment_id == Comment.id),
        ~exists().where(CommentDispute.comment_id == Comment.id),
    )
