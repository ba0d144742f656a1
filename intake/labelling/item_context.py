"""What an item is about, as the spam relatedness signal reads it: its title and recent comments.

Loaded only for a comment that carries a link, an e-mail address or a phone number
(:func:`intake.text.spam.wants_item_context`), so most comments never pay for it. The context is
the item's title and the bodies of the ``limit`` comments on it that arrived just before this one
(by id) and are not labelled spam. Reading by id, with the batch's earlier decisions as a flush
would write them, gives a comment the same context whether it was labelled alone or in a batch.

One database read per item per transaction (:class:`_Window`, kept in ``session.info``): the
first comment of an item that wants the context reads, without flushing, the title, the
``limit`` latest non-spam comments before it and the item's comments from it on (a bounded
number). That comment and every later one of the item get their context from this window with
the transaction's own comments laid over it: those in the session (new, changed, deleted) and
those a flush wrote (caught by an ``after_flush`` listener, so a comment dropped from memory still
counts). That is what the plain query (:func:`read_item_context`: flush, then read) would return.
When comments read as not spam have turned spam and too few are left, it flushes and reads again.
The window is dropped when the transaction (or a savepoint) ends or changes, when an ORM
``INSERT``, ``UPDATE`` or ``DELETE`` on ``comments`` runs through the session, when a comment
comes after the comments it read, and when it has followed too many of the transaction's
comments. Writes to ``comments`` on the session's connection behind the ORM's back are not seen;
nor, as in a repeatable-read snapshot, is a comment another transaction commits on the item
while this one runs (the plain query, reading after each flush, would see it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, event, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from intake.models import AgendaItem, Comment

#: Earlier comments read into an item's context.
CONTEXT_COMMENTS = 200
#: Items whose window one transaction keeps at most (a batch seldom spans more).
CACHED_ITEMS = 32
#: A window follows at most this many of the transaction's own comments (times ``limit``) before
#: it is dropped and read again, so a long transaction keeps a bounded number of comments.
FOLLOWED_PER_LIMIT = 4
_INFO_KEY = "intake.item_context"
_DELETED = object()


def item_context(
    session: Session, comment: Comment, limit: int = CONTEXT_COMMENTS
) -> tuple[str, ...]:
    """The item's title and up to ``limit`` earlier non-spam comment bodies, newest first."""
    if comment.id is None:  # no id before its INSERT (SQLite): the plain query flushes for one
        return read_item_context(session, comment, limit)
    with session.no_autoflush:
        cache = _cache_of(session)
        window = cache.windows.get(comment.item_id) if cache is not None else None
        found = window.context(session, comment.id, limit) if window is not None else None
        if found is None:
            window = _Window.read(session, comment, limit)  # the table, without this batch
            found = window.context(session, comment.id, limit)
            cache = _cache_of(session, create=True)
            if cache is not None:
                cache.keep(window)
    if found is not None:
        return found
    # Comments the table holds as not spam are spam in this transaction, so older ones the read
    # left out may count: flush, so the table is the transaction's, and read again.
    session.flush()
    with session.no_autoflush:
        window = _Window.read(session, comment, limit)
        found = window.context(session, comment.id, limit)
    cache = _cache_of(session, create=True)
    if cache is not None:
        cache.keep(window)
    return found if found is not None else read_item_context(session, comment, limit)


def read_item_context(
    session: Session, comment: Comment, limit: int = CONTEXT_COMMENTS
) -> tuple[str, ...]:
    """The plain query, as :func:`item_context` answered before it kept windows: flush, then
    read the title and the earlier non-spam bodies (the reference the tests compare with)."""
    session.flush()  # earlier comments of this batch carry their labels in the database too
    item = session.get(AgendaItem, comment.item_id)
    bodies = session.scalars(_before(comment, limit).with_only_columns(Comment.body))
    return (item.title if item is not None else "", *bodies)


def _before(comment: Comment, limit: int) -> Select[int, str]:
    """The newest ``limit`` comments of the item before ``comment`` not labelled spam."""
    return (
        select(Comment.id, Comment.body)
        .where(
            Comment.item_id == comment.item_id,
            Comment.id < comment.id,
            or_(Comment.kind.is_(None), Comment.kind != "spam"),
        )
        .order_by(Comment.id.desc())
        .limit(limit)
    )


@dataclass
class _Window:
    """One item's comments as the table held them when read for the comment ``upto``: the
    non-spam ones before it (newest first, at most ``limit``; ``bottom`` is the oldest when there
    were ``limit``), and every one from it on (any kind) up to ``horizon``. The transaction's
    own comments (in the session, or caught at its flushes in ``written``) are laid over them."""

    item_id: str
    title: str
    upto: int
    limit: int
    #: id -> (body, kind when read)
    read_rows: dict[int, tuple[str, str | None]]
    bottom: int | None
    horizon: int | None  # None: every comment of the item from ``upto`` on was read
    written: dict[int, Any] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session, comment: Comment, limit: int) -> _Window:
        """Read the window of ``comment`` from the table (the caller decides about flushing)."""
        item = session.get(AgendaItem, comment.item_id)
        before = session.execute(_before(comment, limit)).all()
        tail_limit = FOLLOWED_PER_LIMIT * limit
        tail = session.execute(
            select(Comment.id, Comment.body, Comment.kind)
            .where(Comment.item_id == comment.item_id, Comment.id >= comment.id)
            .order_by(Comment.id)
            .limit(tail_limit + 1)
        ).all()
        horizon = None
        if len(tail) > tail_limit:
            horizon = tail[-1].id  # every comment below it was read
            tail = tail[:-1]
        rows: dict[int, tuple[str, str | None]] = {row.id: (row.body, None) for row in before}
        rows.update((row.id, (row.body, row.kind)) for row in tail)
        bottom = before[-1].id if len(before) >= limit else None
        title = item.title if item is not None else ""
        return cls(comment.item_id, title, comment.id, limit, rows, bottom, horizon)

    def context(self, session: Session, comment_id: int, limit: int) -> tuple[str, ...] | None:
        """The context of comment ``comment_id``, or None when this window cannot tell it."""
        if limit != self.limit or comment_id < self.upto:
            return None
        if self.horizon is not None and comment_id > self.horizon:
            return None
        tracked: dict[int, Any] = dict(self.written)
        for obj in (*session.identity_map.values(), *session.new):
            # An expired comment (its attributes not loaded) has no change of its own to show:
            # its row is as read, or as a flush wrote it (in ``written``).
            loaded = obj.__dict__ if isinstance(obj, Comment) else {}
            if loaded.get("item_id") == self.item_id and "kind" in loaded and loaded.get("id"):
                tracked[loaded["id"]] = obj
        for obj in session.deleted:  # deleted at the next flush
            if isinstance(obj, Comment) and obj.item_id == self.item_id and obj.id is not None:
                tracked[obj.id] = _DELETED
        kept: dict[int, str] = {}
        for cid, (body, kind) in self.read_rows.items():
            if cid >= comment_id:
                continue
            obj = tracked.get(cid)
            if obj is _DELETED:
                continue
            if (obj.kind if obj is not None else kind) != "spam":
                kept[cid] = body
        for cid, obj in tracked.items():
            if cid in self.read_rows or cid >= comment_id or obj is _DELETED:
                continue
            if self.bottom is not None and cid < self.bottom:
                continue  # older than what was read: decided below, by the count
            if obj.kind != "spam":
                kept[cid] = obj.body
        if self.bottom is not None and len(kept) < limit:
            return None  # comments read turned spam: older ones the read left out may count
        newest = sorted(kept, reverse=True)[:limit]
        return (self.title, *(kept[cid] for cid in newest))


@dataclass
class _Cache:
    """The windows of one transaction (and savepoint)."""

    transaction: SessionTransaction | None
    nested: SessionTransaction | None
    windows: dict[str, _Window] = field(default_factory=dict)

    def keep(self, window: _Window) -> None:
        self.windows.pop(window.item_id, None)
        if len(self.windows) >= CACHED_ITEMS:
            self.windows.pop(next(iter(self.windows)))
        self.windows[window.item_id] = window


def _cache_of(session: Session, create: bool = False) -> _Cache | None:
    """This transaction's cache (created when asked), or None."""
    transaction, nested = session.get_transaction(), session.get_nested_transaction()
    cache = session.info.get(_INFO_KEY)
    if cache is not None and (cache.transaction is not transaction or cache.nested is not nested):
        del session.info[_INFO_KEY]
        cache = None
    if cache is None and create and transaction is not None:
        cache = session.info[_INFO_KEY] = _Cache(transaction, nested)
    return cache if isinstance(cache, _Cache) else None


@event.listens_for(Session, "after_flush")
def _follow_flush(session: Session, _context: Any) -> None:
    """Keep the comments a flush writes on an item with a window (new, changed, deleted)."""
    follow_writes(session, (*session.new, *session.dirty), session.deleted)


def follow_writes(session: Session, written: Iterable[Any], deleted: Iterable[Any] = ()) -> None:
    """Keep the comments written to ``comments`` on an item with a window: a flush's (above),
    or those a bulk statement wrote and then marked clean, which no flush will show
    (:mod:`intake.labelling.label_writes`)."""
    cache = session.info.get(_INFO_KEY)
    if not isinstance(cache, _Cache) or not cache.windows:
        return
    gone = [obj for obj in deleted if isinstance(obj, Comment)]
    gone_ids = {id(obj) for obj in gone}
    for obj in (*written, *gone):
        if not isinstance(obj, Comment) or obj.id is None:
            continue
        window = cache.windows.get(obj.item_id)
        if window is None:
            continue
        window.written[obj.id] = _DELETED if id(obj) in gone_ids else obj
        if len(window.written) > FOLLOWED_PER_LIMIT * window.limit:
            del cache.windows[obj.item_id]


@event.listens_for(Session, "after_transaction_end")
def _drop_at_end(session: Session, transaction: SessionTransaction) -> None:
    """The windows of a transaction (or savepoint) that ended are of no use: let them go."""
    cache = session.info.get(_INFO_KEY)
    if isinstance(cache, _Cache) and transaction in (cache.transaction, cache.nested):
        del session.info[_INFO_KEY]


@event.listens_for(Session, "do_orm_execute")
def _drop_on_statements(state: ORMExecuteState) -> None:
    """A statement that writes ``comments`` through the session makes every window stale."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if any(mapper.class_ is Comment for mapper in state.all_mappers):
        state.session.info.pop(_INFO_KEY, None)
