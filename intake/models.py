"""The tables intake keeps, as typed SQLAlchemy 2.x models with named constraints.

Personal data (names, emails, postal codes, addresses) lives only in ``submitters``, one row per
comment, so the tables public endpoints read (``agenda_items``, ``comments``, ``campaigns``) carry
none of it. The MinHash LSH index lives in ``band_keys`` and ``campaign_band_keys``, and the
velocity and burst counters in ``sender_counts``, written in the same transaction as the comment,
so every worker sees every earlier comment and neither drifts from the rows it describes.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ColumnElement,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    case,
    false,
    text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from intake.db import Base, UTCDateTime, utcnow
from schemas.vocabulary import DECIDERS, KINDS, POSITIONS, ROLES, TEXT_STATUSES

BigId = BigInteger().with_variant(Integer, "sqlite")

WAITING = "kind IS NULL"
UNAFFILIATED = "kind = 'unique' AND campaign_id IS NULL"
PERSONAL_TEXT_FLAG = "has_personal_text = (personal_text IS NOT NULL AND personal_text <> '')"
"""What ``comments.has_personal_text`` must equal; a CHECK constraint holds every write to it."""
SUMMARY_INDEX_COLUMNS = (
    "item_id",
    "kind",
    "position",
    "campaign_id",
    "has_personal_text",
    "received_at",
    "person_key",
    "signatures",
)
"""Every column the item summary reads, so PostgreSQL answers it from the index alone."""


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class AgendaItem(Base):
    """An item on a council agenda, keyed by the city's own file number."""

    __tablename__ = "agenda_items"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    body_name: Mapped[str | None] = mapped_column(String(200))
    meeting_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    comments_open_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    comments_close_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint(
            "comments_close_at IS NULL OR comments_open_at IS NULL "
            "OR comments_close_at > comments_open_at",
            name="window_order",
        ),
    )


class Campaign(Base):
    """A form letter sent by two or more different people, possibly across agenda items."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    representative_text: Mapped[str] = mapped_column(Text, default="")
    # Bounded matching profile (exemplar signatures, known sentences) from intake.text.matching.
    profile: Mapped[bytes] = mapped_column(LargeBinary)
    # Normalised sentences that recur among members: what personal text is measured against.
    template_norms: Mapped[list[str]] = mapped_column(JSON, default=list)
    merged_into_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("campaigns.id", ondelete="SET NULL")
    )


class Comment(Base):
    """One public comment as received, with its fingerprint and current label.

    The body is stored verbatim; matching works on a normalised copy that is never stored.
    Label columns are written in the same transaction as the comment.
    """

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("agenda_items.id", ondelete="RESTRICT")
    )
    body: Mapped[str] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(120), default="form")

    # Who sent it, pseudonymously, for velocity and burst signals: a hash of the client address
    # for anonymous posts, None for token holders (their volume is governed by rate limits).
    source_key: Mapped[str | None] = mapped_column(String(64))
    # Kept so relabelling weighs the same evidence the first labelling saw.
    honeypot_filled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Backlog imports only: a stable key per source row (see intake.backlog), unique
    # per item, so re-running or resuming an import never stores a row twice.
    import_key: Mapped[str | None] = mapped_column(String(64))

    exact_hash: Mapped[str | None] = mapped_column(String(32))
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    shingle_count: Mapped[int | None] = mapped_column(Integer)
    segment_keys: Mapped[bytes | None] = mapped_column(LargeBinary)

    kind: Mapped[str | None] = mapped_column(String(16))
    campaign_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("campaigns.id", ondelete="SET NULL")
    )
    similarity: Mapped[float | None] = mapped_column(Float)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="SET NULL")
    )
    personal_text: Mapped[str | None] = mapped_column(Text)
    # The summary's two denormalised columns (intake.services.summary reads only these and the
    # label columns, from ix_comments_summary, never the wide row nor ``submitters``).
    # ``has_personal_text`` follows ``personal_text`` (set by the validator below, enforced by the
    # CHECK constraint); ``person_key`` is the submitter's identity (see person_key()), set when
    # the submitter is attached: NOT NULL, so a comment stored without one fails loudly.
    has_personal_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    person_key: Mapped[int] = mapped_column(BigInteger)
    spam_score: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The spam score and reasons the comment would show as a campaign member, while it is in no
    # campaign and they differ from its own (intake/labelling/member_spam.py); SQL NULL otherwise.
    spam_as_member: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    decided_by: Mapped[str | None] = mapped_column(String(16))
    # The text read from the comment's attachments (intake.attachments), joined; labelling reads
    # it after the body (see matching_text). NULL when it has none or none could be read.
    attachment_text: Mapped[str | None] = mapped_column(Text)
    # How many people signed it: 1, or an organisation's letter or a petition's count of
    # signatories, as declared by the sender. The summary adds it up apart from comments/people.
    signatures: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    submitter: Mapped[Submitter] = relationship(
        back_populates="comment", uselist=False, cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="comment", cascade="all, delete-orphan", order_by="Attachment.position"
    )
    dispute: Mapped[CommentDispute | None] = relationship(uselist=False, viewonly=True)
    hold: Mapped[CommentHold | None] = relationship(uselist=False, viewonly=True)

    __table_args__ = (
        CheckConstraint(f"position IS NULL OR {_in('position', POSITIONS)}", name="position"),
        CheckConstraint(f"kind IS NULL OR {_in('kind', KINDS)}", name="kind"),
        CheckConstraint(f"decided_by IS NULL OR {_in('decided_by', DECIDERS)}", name="decided_by"),
        CheckConstraint(PERSONAL_TEXT_FLAG, name="personal_text_flag"),
        CheckConstraint("signatures >= 1", name="signatures"),
        Index("ix_comments_item_id_id", "item_id", "id"),
        # Also serves what (item_id, kind) served: that index was dropped in migration 0004.
        Index("ix_comments_summary", *SUMMARY_INDEX_COLUMNS),
        Index("ix_comments_campaign_id", "campaign_id"),
        # With the id, "the first campaign member with this text" stops at the first row.
        Index("ix_comments_exact_hash_id", "exact_hash", "id"),
        Index("ix_comments_item_id_source_key_received_at", "item_id", "source_key", "received_at"),
        Index("ix_comments_item_id_import_key", "item_id", "import_key", unique=True),
        # The label queue (intake/services/label_queue.py): only the comments still waiting.
        Index(
            "ix_comments_unlabelled",
            "item_id",
            "id",
            postgresql_where=text(WAITING),
            sqlite_where=text(WAITING),
        ),
        # An item's newest unique comments (the skeleton founding and the phrase pull-in), found
        # without walking back through the campaign members that are most of a burst.
        Index(
            "ix_comments_unaffiliated",
            "item_id",
            "id",
            postgresql_where=text(UNAFFILIATED),
            sqlite_where=text(UNAFFILIATED),
        ),
    )

    @hybrid_property
    def matching_text(self) -> str:
        """What labelling fingerprints: the body, then its attachments' text.

        A letter mailed as a PDF by many people is then one campaign, and what each added (a
        cover note in the body, or a paragraph in their copy) is their personal text.
        """
        if not self.attachment_text:
            return self.body
        return f"{self.body}\n\n{self.attachment_text}"

    @matching_text.inplace.expression
    @classmethod
    def _matching_text_expression(cls) -> ColumnElement[str]:
        return _matching_text_sql()

    @validates("personal_text")
    def _flag_personal_text(self, _key: str, value: str | None) -> str | None:
        """Keep ``has_personal_text`` in step on every ORM write; a blank addition is none."""
        self.has_personal_text = bool(value)
        return value

    @validates("submitter")
    def _key_person(self, _key: str, submitter: Submitter | None) -> Submitter | None:
        if submitter is not None and submitter.identity_key is not None:
            self.person_key = person_key(submitter.identity_key)
        return submitter


@functools.cache
def _matching_text_sql() -> ColumnElement[str]:
    """``Comment.matching_text`` in SQL, built once: SQLAlchemy reads every hybrid of a class
    on each ORM bulk ``INSERT`` of it, and rebuilding the ``CASE`` each time cost the POST's
    hot path a tenth of its CPU. (Expressions are immutable, so sharing one is safe.)"""
    return case(
        (Comment.attachment_text.is_(None), Comment.body),
        else_=Comment.body + "\n\n" + Comment.attachment_text,
    )


def person_key(identity_key: str) -> int:
    """A submitter's identity as a signed 64-bit integer: the first 8 bytes of the hex digest.

    Counting distinct integers in an index is what makes the summary's distinct-people figure
    cheap. Two different people share a key only if their SHA-256 digests agree on 64 bits: for a
    million people the chance that any pair does is about 3e-8, and if it happened the count
    would be one low. That is the only sense in which the count is not exact.
    """
    return int.from_bytes(bytes.fromhex(identity_key[:16]), "big", signed=True)


class Submitter(Base):
    """Who sent a comment: personal data, kept apart and read only by staff endpoints.

    ``identity_key`` is a hash of the normalised email (or, without one, name and postal code) so
    duplicates from one person can be found without comparing personal data in queries.
    """

    __tablename__ = "submitters"

    comment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(500))
    organization: Mapped[str | None] = mapped_column(String(200))
    identity_key: Mapped[str] = mapped_column(String(64))

    comment: Mapped[Comment] = relationship(back_populates="submitter")

    __table_args__ = (Index("ix_submitters_identity_key", "identity_key"),)

    @validates("identity_key")
    def _rekey_comment(self, _key: str, value: str) -> str:
        """Keep ``comments.person_key`` in step when a key is set after the comment is attached."""
        if value is not None and self.comment is not None:
            self.comment.person_key = person_key(value)
        return value


class Attachment(Base):
    """A file a comment carries (up to three): bytes, hash, type read from the bytes, and how its
    text was read. Served to staff only; its bytes are deferred, so listing comments never loads
    them. The filename is the sender's and is shown to staff only."""

    __tablename__ = "attachments"

    comment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    text_status: Mapped[str] = mapped_column(String(16))
    text_note: Mapped[str | None] = mapped_column(String(200))
    text_chars: Mapped[int] = mapped_column(Integer, default=0)

    comment: Mapped[Comment] = relationship(back_populates="attachments")

    __table_args__ = (
        CheckConstraint("position BETWEEN 1 AND 3", name="position"),
        CheckConstraint(_in("text_status", TEXT_STATUSES), name="text_status"),
        Index("ix_attachments_sha256", "sha256"),
    )


class FalseFilingReport(Base):
    """Someone says a comment was filed in their name without their consent.

    The reporter gives the receipt number or the email the comment used, and a statement; the
    public answer never says whether anything matched. The email given is personal data (staff
    only, like ``submitters``); ``source_key`` is the reporter's address digest, as on comments.
    """

    __tablename__ = "false_filing_reports"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    receipt: Mapped[int | None] = mapped_column(BigId)
    email: Mapped[str | None] = mapped_column(String(320))
    statement: Mapped[str] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(320))
    source_key: Mapped[str | None] = mapped_column(String(64))

    comments: Mapped[list[Comment]] = relationship(
        secondary="false_filing_report_comments", order_by="Comment.id", viewonly=True
    )

    __table_args__ = (Index("ix_false_filing_reports_received_at", "received_at"),)


class FalseFilingReportComment(Base):
    """A comment a report matched (by receipt number or by its submitter's email)."""

    __tablename__ = "false_filing_report_comments"

    report_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("false_filing_reports.id", ondelete="CASCADE"), primary_key=True
    )
    comment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_false_filing_report_comments_comment_id", "comment_id"),)


class CommentDispute(Base):
    """Staff judged a comment disputed: filed in someone's name without consent, most often
    after a false-filing report. The comment stays; the summary and report count it apart."""

    __tablename__ = "comment_disputes"

    comment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )
    disputed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    report_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("false_filing_reports.id", ondelete="SET NULL")
    )


class BandKey(Base):
    """One lookup key (an LSH band or a sentence) of a comment that belongs to no campaign.

    This is the durable, shared MinHash LSH index. Only comments outside every campaign are
    indexed: a campaign's members are found through its bounded profile
    (``campaign_band_keys``), so a campaign of 500,000 copies puts nothing behind a lookup and
    intake cost stays flat as campaigns grow. A comment's rows are written in the transaction that
    stores it and deleted in the one that makes it a campaign member.
    """

    __tablename__ = "band_keys"

    band_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    comment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_band_keys_comment_id", "comment_id"),)


class CampaignBandKey(Base):
    """The band keys under which a campaign's bounded profile is found."""

    __tablename__ = "campaign_band_keys"

    band_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_campaign_band_keys_campaign_id", "campaign_id"),)


class SenderCount(Base):
    """How many comments one sender put on one item in one time bucket: the velocity and burst
    evidence, kept as counters so reading it costs a few rows whatever the traffic.

    ``signal`` says what ``sender_key`` identifies (see :mod:`intake.labelling.activity`): the
    submitter (``person_key``), the client address (a 64-bit digest of ``source_key``) or one
    text from one address (a digest of ``source_key`` and ``exact_hash``, for bursts).
    ``bucket`` is the bucket's start in Unix seconds. Rows are upserted in the transaction that
    stores their comments, so a rolled-back comment counts nothing.
    """

    __tablename__ = "sender_counts"

    item_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True
    )
    signal: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    sender_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    comments: Mapped[int] = mapped_column(Integer)


class LabelEvent(Base):
    """Every label change, by the system or by staff: who, when, from, to and why."""

    __tablename__ = "label_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    comment_id: Mapped[int] = mapped_column(BigId, ForeignKey("comments.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    from_kind: Mapped[str | None] = mapped_column(String(16))
    to_kind: Mapped[str] = mapped_column(String(16))
    from_campaign_id: Mapped[int | None] = mapped_column(BigId)
    to_campaign_id: Mapped[int | None] = mapped_column(BigId)
    reason: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_label_events_comment_id", "comment_id"),)


class ApiToken(Base):
    """A bearer token; only the SHA-256 of the secret is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    rate_limit: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)


class StaffSession(Base):
    """A signed-in dashboard session, so signing out can end it on the server.

    The browser's session cookie holds a random session id; only its SHA-256 is stored, so a copy
    of the database signs nobody in. Signing out deletes the row: a cookie copied before that is
    worthless, whichever worker it reaches.
    """

    __tablename__ = "staff_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("api_tokens.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class IdempotencyRecord(Base):
    """The stored outcome of a request sent with an ``Idempotency-Key``.

    Inserted in the same transaction as what the request creates, so a retry either finds the
    committed outcome and replays it, or finds nothing because nothing was created. The primary key
    makes two concurrent requests with one key wait for each other instead of both creating.
    """

    __tablename__ = "idempotency_keys"

    scope: Mapped[str] = mapped_column(String(120), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer, default=0)
    response_body: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_idempotency_keys_created_at", "created_at"),)


class FingerprintSchemeRecord(Base):
    """The MinHash scheme (permutations, bands, seed, hash) the stored signatures were made with.

    Signatures are only comparable under one scheme; the service refuses to mix them and
    ``intake relabel`` recomputes everything after a change.
    """

    __tablename__ = "fingerprint_schemes"

    scheme_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RecordPublication(Base):
    """Staff published an item's comments as its public record (see intake.services.record).

    The record shows the comments received before ``as_of``: the last multiple of the public
    summary's interval at the moment of publication (or the window's close, if it had closed), so
    nothing a sender does afterwards shows until staff publish again. Deleting the row withdraws
    the record.
    """

    __tablename__ = "record_publications"

    item_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True
    )
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    as_of: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(120))


class CommentHold(Base):
    """Staff held a comment back from the public record, with a reason; releasing deletes it.

    The comment stays stored, labelled and counted; only the public record leaves it out.
    """

    __tablename__ = "comment_holds"

    comment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )
    held_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)


class LabellerHeartbeat(Base):
    """When a labeller last finished a batch on an item (intake.services.label_lag).

    Written by ``intake label --follow`` at most once a second per item it labels; the web
    workers read it to know that a labeller is working on the item, so that holding the item's
    POSTs while its queue is behind can help, and how fast it labels there, to tell how long a
    comment stored now will wait. Without a recent row nothing is held (no labeller
    runs, or it died): the next read settles the queue instead.
    """

    __tablename__ = "labeller_heartbeats"

    item_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True
    )
    labelled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rate: Mapped[float | None] = mapped_column(Float)
    """Comments a second it labelled there lately, counting only the time in its batches."""


class PublishedSummary(Base):
    """An item's public summary as computed for one boundary (intake.services.summary).

    The public sees an item only as it stood at the last multiple of the public interval, so its
    figures are computed once per (item, boundary, zone), by the first request after the
    boundary, and every worker then reads this row instead of aggregating every comment again.
    ``figures`` holds exactly what the public response shows (no split by label, no personal
    data). Older boundaries' rows are deleted when a newer one is stored.
    """

    __tablename__ = "published_summaries"

    item_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    zone: Mapped[str] = mapped_column(String(64), primary_key=True)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)


class SpamModelRecord(Base):
    """A spam model learned from staff decisions (``intake spam train``), one row per version.

    Kept in the database so every stateless worker labels with the same model; each worker
    caches the newest version and checks for a newer one every
    ``INTAKE_SPAM_MODEL_CHECK_SECONDS``. ``model`` is JSON (n-gram weights, never a pickle),
    read only by :meth:`intake.text.spam.LearnedModel.from_json`. No row: no learned signal.
    """

    __tablename__ = "spam_models"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    trained_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    spam_count: Mapped[int] = mapped_column(Integer)
    ham_count: Mapped[int] = mapped_column(Integer)
    seed_count: Mapped[int] = mapped_column(Integer, default=0)
    features: Mapped[int] = mapped_column(Integer)
    model: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class SummaryGroup(Base):
    """How many comments (and signatures) an item has per summary group, kept by triggers.

    One row per (item, kind, position, campaign, has-personal-text), the groups the staff summary
    adds up (intake.services.summary). Database triggers on ``comments`` (migration 0012) keep the
    counts on every insert, update and delete, whatever path writes, so the live summary reads a
    few rows here instead of aggregating every comment. ``''`` stands for no kind (unlabelled) and
    no position, ``0`` for no campaign: key columns must not be NULL for the upsert to find a row.
    A row whose count fell to 0 stays (the summary skips it). No foreign key: a comment's item can
    never be deleted while it has comments (``comments.item_id`` is RESTRICT).
    """

    __tablename__ = "summary_groups"

    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[str] = mapped_column(String(16), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    has_personal_text: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    signatures: Mapped[int] = mapped_column(BigInteger)


class SummaryHour(Base):
    """Comments per item, UTC quarter hour (``YYYY-MM-DD HH:MM``) and kind: the timeline's counts,
    kept by the same triggers as :class:`SummaryGroup` (``''`` = unlabelled). Quarter hours fold
    exactly into local hours in any zone (intake.localtime)."""

    __tablename__ = "summary_hours"

    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    bucket: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SummaryPersonTally(Base):
    """Per item (``campaign_id`` 0) and per campaign on an item: how many non-spam comments one
    person (``comments.person_key``) sent. The triggers move :class:`SummaryPeople` when a
    tally goes from 0 to 1 or back, so distinct people are counted without a scan."""

    __tablename__ = "summary_person_tally"

    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    person_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SummaryPeople(Base):
    """Distinct people among an item's non-spam comments (``campaign_id`` 0), and among each of
    its campaigns' non-spam comments: the tallies above that are not 0."""

    __tablename__ = "summary_people"

    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


AUDIT_ACTIONS = ("record_published", "record_withdrawn", "comment_held", "comment_released")


class AuditEvent(Base):
    """A staff action on what the public sees that is not a label: publishing or withdrawing an
    item's record, holding a comment back or releasing it. Who, when, what and why."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(32))
    item_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("agenda_items.id", ondelete="CASCADE")
    )
    comment_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("comments.id", ondelete="CASCADE")
    )
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint(_in("action", AUDIT_ACTIONS), name="action"),
        Index("ix_audit_events_item_id_id", "item_id", "id"),
        Index("ix_audit_events_comment_id", "comment_id"),
    )


class MailOutbox(Base):
    """A confirmation email waiting to be sent (intake.mail), written in the comment's own
    transaction so the POST never waits for a mail server.

    ``recipient`` is the address given with the comment (personal data): it is cleared once the
    mail is sent or given up on. ``last_error`` names the failure's kind and SMTP code only.
    """

    __tablename__ = "mail_outbox"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    comment_id: Mapped[int] = mapped_column(BigId, ForeignKey("comments.id", ondelete="CASCADE"))
    recipient: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(200))

    comment: Mapped[Comment] = relationship()

    __table_args__ = (
        CheckConstraint(_in("status", ("pending", "sent", "failed")), name="status"),
        Index("ix_mail_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_mail_outbox_comment_id", "comment_id"),
    )
