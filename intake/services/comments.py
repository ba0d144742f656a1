"""Taking in a comment and reading comments back for staff.

:meth:`CommentService.submit` checks what the schema cannot (the item exists, its window is
open, the configured body length), writes the comment and its submitter, and hands both to the
labeller, all inside the caller's transaction: either everything is stored or nothing is.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    Table,
    insert,
    not_,
    select,
    true,
)
from sqlalchemy.orm import Session, joinedload, selectinload

from intake.attachments.store import attachment_rows, attachment_text, attachment_values
from intake.commits import note_insert
from intake.db import utcnow
from intake.errors import DomainError, InvalidInput, NotFound
from intake.mail.outbox import confirmation_row, insert_confirmations, queue_confirmation
from intake.models import Attachment, Comment, Submitter, person_key
from intake.services.items import AgendaItemService, CommentWindow, WindowCache
from intake.services.pagination import decode_cursor, encode_cursor
from intake.text.personal_data import is_placeholder_name
from schemas.vocabulary import UNSPECIFIED


def _table(entity: type[Any]) -> Table:
    table: Table = entity.__table__
    return table


_COMMENTS = _table(Comment)
# The store path's statements, built once: a statement's cache key is computed on its first
# execution and kept with it, so a POST neither builds nor hashes them again.
_INSERT_COMMENTS = insert(_COMMENTS).returning(_COMMENTS.c.id, sort_by_parameter_order=True)
_INSERT_SUBMITTERS = insert(_table(Submitter))
_INSERT_ATTACHMENTS = insert(_table(Attachment))
SUBMITTER_FIELDS = ("name", "email", "postal_code", "address", "organization")
"""What a sender tells about themselves (``SubmitterSchema``); one executemany ``INSERT`` needs
every row to name the same columns, so a field left out is written as ``NULL``."""


class Labeller(Protocol):
    """Labels freshly stored comments in the same transaction (see intake.labelling)."""

    def label_batch(self, comments: Sequence[Comment]) -> None:
        """Label ``comments`` in arrival order; they may not be flushed yet (the labeller may).

        How each arrived (source, address key, honeypot) is on the comment itself, so one batch
        may mix comments from different requests.
        """


@dataclass(frozen=True)
class SubmissionContext:
    """Facts about how a comment arrived, for labelling; never shown publicly."""

    source: str
    client_key: str | None = None
    honeypot_filled: bool = False


@dataclass(frozen=True)
class Submission:
    """One validated comment on its way in, with how it arrived.

    ``received_at`` and ``import_key`` are set only for a backlog row (``intake import``): it
    keeps the time it reached the old system and the key that makes a re-run skip it.
    """

    item_id: str
    data: Mapping[str, Any]
    context: SubmissionContext
    received_at: datetime | None = None
    import_key: str | None = None

    @property
    def is_backlog(self) -> bool:
        """A row from an old system (``intake import``): every such row has its import key."""
        return self.import_key is not None


@dataclass(frozen=True, slots=True)
class StoredComment:
    """A comment as the store path wrote it, unlabelled (the label queue labels it after the
    commit): its id and the values of its row. A plain value, so its receipt can be read after
    the transaction ended, however it ended, and costs no ORM object."""

    id: int
    item_id: str
    body: str
    position: str | None
    received_at: datetime
    source: str
    source_key: str | None
    honeypot_filled: bool
    signatures: int
    import_key: str | None
    person_key: int
    attachment_text: str | None

    @classmethod
    def of(cls, comment_id: int, row: Mapping[str, Any]) -> StoredComment:
        """From the id the ``INSERT`` returned and the row it wrote (``CommentService._rows``)."""
        return cls(comment_id, *(row[name] for name in _STORED_FIELDS))


_STORED_FIELDS = tuple(f.name for f in fields(StoredComment))[1:]

Stored = Comment | StoredComment
"""A comment just stored: an object in the session when it was labelled as it was written (a
labeller; it carries its label), a :class:`StoredComment` when the label queue labels it."""


def identity_key(submitter: Mapping[str, Any]) -> str:
    """One person's key: their email, or without one their name and postal code, normalised.

    A placeholder name ("Anonymous", "N/A", "Name withheld", blank: see
    :func:`intake.text.personal_data.is_placeholder_name`) without an email identifies no one:
    many different people file under it. Such a sender gets a key of their own, drawn at random,
    so they are never taken for the sender of another comment (no ``duplicate`` label, no merging
    in ``distinct_submitters``).
    """
    email = (submitter.get("email") or "").strip().casefold()
    if email:
        basis = f"email:{email}"
    elif is_placeholder_name(submitter.get("name")):
        basis = f"unidentified:{secrets.token_hex(16)}"
    else:
        name = " ".join(unicodedata.normalize("NFKC", submitter["name"]).casefold().split())
        postal = "".join((submitter.get("postal_code") or "").split()).casefold()
        basis = f"name:{name}|postal:{postal}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def has_personal_text() -> ColumnElement[bool]:
    """The comment's sender added something of their own to a form letter.

    The labeller stores ``NULL`` when there is nothing; an empty string is treated the same so a
    blank addition never counts as one. That rule is the ``comments.has_personal_text`` column,
    kept by the model and a CHECK constraint (see :class:`intake.models.Comment`), so filters and
    counts read the narrow flag rather than the text.
    """
    return Comment.has_personal_text == true()


def contains_text(column: SQLColumnExpression[str], needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring match; ``%``, ``_`` and ``\\`` in ``needle`` are literal."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.ilike(f"%{escaped}%", escape="\\")


@dataclass(frozen=True)
class CommentFilters:
    kind: str | None = None
    campaign_id: int | None = None
    position: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None
    has_personal_text: bool | None = None

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> CommentFilters:
        """The filters among validated query arguments (``CommentListArgsSchema``); the API and
        the staff pages both build them here, and arguments that are no filter are ignored."""
        return cls(**{f.name: args.get(f.name) for f in fields(cls)})


class CommentService:
    def __init__(
        self,
        session: Session,
        *,
        max_body_chars: int,
        labeller: Labeller | None = None,
        clock: Callable[[], datetime] = utcnow,
        confirmations: bool = False,
        windows: WindowCache | None = None,
    ) -> None:
        self.session = session
        self.max_body_chars = max_body_chars
        self.labeller = labeller
        self.clock = clock
        self.confirmations = confirmations  # queue a confirmation email (intake.mail)
        self.items = AgendaItemService(session, clock, windows)

    def submit(self, item_id: str, data: Mapping[str, Any], context: SubmissionContext) -> Stored:
        (outcome,) = self.submit_together([Submission(item_id, data, context)])
        if isinstance(outcome, DomainError):
            raise outcome
        return outcome

    def submit_together(self, submissions: Sequence[Submission]) -> list[Stored | DomainError]:
        """Store independent submissions and label them as one batch, in arrival order.

        Each becomes a comment or gets the domain error that refused it (no such item, window
        closed, too long); a refusal writes nothing and does not affect the others. Every
        comment is written (and has its id) before this returns.
        """
        outcomes: list[Stored | DomainError | None] = []
        accepted: list[tuple[int, str, Submission]] = []
        items: dict[str, CommentWindow] = {}
        for index, submission in enumerate(submissions):
            try:
                item = items.get(submission.item_id) or self.open_item(submission.item_id)
                items[item.id] = item
                self.check_length(submission.data["body"])
            except DomainError as refusal:
                outcomes.append(refusal)
                continue
            outcomes.append(None)
            accepted.append((index, item.id, submission))
        stored = self._write([(item_id, s) for _i, item_id, s in accepted])
        for (index, _item_id, _submission), comment in zip(accepted, stored, strict=True):
            outcomes[index] = comment
        return [o for o in outcomes if o is not None]

    def submit_many(
        self, item: CommentWindow, entries: Sequence[Mapping[str, Any]], context: SubmissionContext
    ) -> list[Stored]:
        """Store already-validated entries and label them together, in arrival order."""
        return self._write([(item.id, Submission(item.id, data, context)) for data in entries])

    def store_backlog(self, submissions: Sequence[Submission]) -> list[Stored]:
        """Store rows from an old system and label them together, in file order.

        The same write and the same labelling as live intake; only the checks that belong to the
        moment of arrival are left out: the rows arrived in the past, when the item's window was
        open (the importer checked the items exist and the bodies' length).
        """
        return self._write([(s.item_id, s) for s in submissions])

    def _write(self, pending: Sequence[tuple[str, Submission]]) -> list[Stored]:
        """Store accepted submissions in order; every comment is written (has its id) after.

        The one place comments are written, whichever door they came in by. With a labeller
        (SQLite, or labelling inline) each comment is built as an object, labelled, and written
        once with its label by the unit of work. Without one (the label queue labels after the
        commit) the comments, their submitters, files and confirmations go out as Core
        ``INSERT`` statements (:meth:`_insert`), without the ORM's per-object bookkeeping: this
        is the POST's hot path during a burst.
        """
        if not pending:
            return []
        if self.labeller is None:
            return self._insert(pending)
        comments = [self._build(item_id, submission) for item_id, submission in pending]
        self.labeller.label_batch(comments)
        self.session.flush()
        return [*comments]

    def open_item(self, item_id: str) -> CommentWindow:
        """The item's window, if the item exists and is taking comments now."""
        window = self.items.window(item_id)
        refusal = window.refusal(self.clock())
        if refusal is not None:
            raise refusal
        return window

    def _rows(self, item_id: str, submission: Submission) -> tuple[dict[str, Any], dict[str, Any]]:
        """The comment's and its submitter's column values."""
        data, context = submission.data, submission.context
        given = data["submitter"]
        submitter = {name: given.get(name) for name in SUBMITTER_FIELDS}
        submitter["identity_key"] = identity_key(given)
        comment = {
            "item_id": item_id,
            "body": data["body"],
            "position": data.get("position"),
            "received_at": submission.received_at or self.clock(),
            "source": context.source,
            "source_key": context.client_key,
            "honeypot_filled": context.honeypot_filled,
            "signatures": data.get("signatures", 1),
            "import_key": submission.import_key,
            "reasons": [],
            "has_personal_text": False,
            "person_key": person_key(submitter["identity_key"]),
            "attachment_text": attachment_text(data.get("attachments", ())),
        }
        return comment, submitter

    def _build(self, item_id: str, submission: Submission) -> Comment:
        """The comment and its submitter as new objects, unflushed: the labeller fingerprints
        before the INSERT, so a labelled comment is written once."""
        comment_row, submitter_row = self._rows(item_id, submission)
        comment = Comment(**comment_row)
        comment.submitter = Submitter(**submitter_row)
        comment.attachments = attachment_rows(submission.data.get("attachments", ()))
        self.session.add(comment)
        self._confirm(comment, submission)
        return comment

    def _insert(self, pending: Sequence[tuple[str, Submission]]) -> list[Stored]:
        """Insert the comments (their ids come back in order), then their submitters, files and
        confirmations: one Core ``INSERT`` each on the session's connection, so neither the
        unit of work nor the ORM's bulk machinery runs, and nothing is flushed.

        What comes back is values, not objects in the session: a receipt reads them after the
        transaction ended, however it ended (a commit whose answer was lost and that took
        effect after all rolls the session back). The commit witness is noted by hand
        (:func:`note_insert`), as no flush sees these rows; nor does the labeller's item-context
        cache, which only a labeller keeps and this path has none.
        """
        rows = [self._rows(item_id, submission) for item_id, submission in pending]
        connection = self.session.connection()
        ids = (
            connection.execute(_INSERT_COMMENTS, [comment for comment, _s in rows]).scalars().all()
        )
        note_insert(self.session, Comment, ids[0])
        connection.execute(
            _INSERT_SUBMITTERS,
            [
                {**submitter, "comment_id": id_}
                for id_, (_c, submitter) in zip(ids, rows, strict=True)
            ],
        )
        files: list[dict[str, Any]] = []
        confirmations: list[dict[str, Any]] = []
        now = self.clock()
        for comment_id, (_item_id, submission) in zip(ids, pending, strict=True):
            received = submission.data.get("attachments", ())
            files.extend({**attachment_values(r), "comment_id": comment_id} for r in received)
            confirmation = confirmation_row(comment_id, self._confirm_to(submission), now)
            if confirmation is not None:
                confirmations.append(confirmation)
        if files:
            connection.execute(_INSERT_ATTACHMENTS, files)
        insert_confirmations(connection, confirmations)
        stored: list[Stored] = [
            StoredComment.of(comment_id, comment)
            for comment_id, (comment, _s) in zip(ids, rows, strict=True)
        ]
        return stored

    def _confirm(self, comment: Comment, submission: Submission) -> None:
        queue_confirmation(self.session, comment, self._confirm_to(submission), self.clock())

    def _confirm_to(self, submission: Submission) -> str | None:
        """Where a live comment's confirmation goes: its sender's email, if they gave one (a
        backlog row's sender is not written to: it arrived long ago)."""
        if not self.confirmations or submission.is_backlog:
            return None
        email: str | None = submission.data["submitter"].get("email")
        return email

    def get(self, comment_id: int) -> Comment:
        comment = self.session.scalar(
            select(Comment).options(joinedload(Comment.submitter)).where(Comment.id == comment_id)
        )
        if comment is None:
            raise NotFound(f"No comment {comment_id}.")
        return comment

    def search(
        self, filters: CommentFilters, limit: int, cursor: str | None, item_id: str | None = None
    ) -> tuple[list[Comment], str | None]:
        """Comments on every item (or ``item_id``) by text and label, in arrival order, with the
        same filters and keyset cursor as an item's list."""
        if item_id is not None:
            return self.list(item_id, filters, limit, cursor)
        return self._page(None, filters, limit, cursor)

    def _page(
        self, item_id: str | None, filters: CommentFilters, limit: int, cursor: str | None
    ) -> tuple[list[Comment], str | None]:
        """One page of the filtered comments in arrival order, and the next page's cursor."""
        after = decode_cursor(cursor, int)
        query = self._filtered(item_id, filters).order_by(Comment.id).limit(limit + 1)
        if after is not None:
            query = query.where(Comment.id > after)
        comments = list(self.session.scalars(query))
        next_cursor = encode_cursor(comments[limit - 1].id) if len(comments) > limit else None
        return comments[:limit], next_cursor

    def list(
        self, item_id: str, filters: CommentFilters, limit: int, cursor: str | None
    ) -> tuple[list[Comment], str | None]:
        self.items.get(item_id)
        return self._page(item_id, filters, limit, cursor)

    def _filtered(self, item_id: str | None, filters: CommentFilters) -> Select[Comment]:
        query = select(Comment).options(
            joinedload(Comment.submitter),
            selectinload(Comment.attachments),
            selectinload(Comment.dispute),
            selectinload(Comment.hold),
        )
        if item_id is not None:
            query = query.where(Comment.item_id == item_id)
        if filters.kind is not None:
            query = query.where(Comment.kind == filters.kind)
        if filters.campaign_id is not None:
            query = query.where(Comment.campaign_id == filters.campaign_id)
        if filters.position == UNSPECIFIED:
            query = query.where(Comment.position.is_(None))
        elif filters.position is not None:
            query = query.where(Comment.position == filters.position)
        if filters.since is not None:
            query = query.where(Comment.received_at >= filters.since)
        if filters.until is not None:
            query = query.where(Comment.received_at < filters.until)
        if filters.q:
            query = query.where(contains_text(Comment.body, filters.q))
        if filters.has_personal_text is not None:
            personal = has_personal_text()
            query = query.where(personal if filters.has_personal_text else not_(personal))
        return query

    def check_length(self, body: str) -> None:
        if len(body) > self.max_body_chars:
            raise InvalidInput(
                {"body": [f"Longer than the maximum of {self.max_body_chars} characters."]}
            )
