"""The item's context for the relatedness spam signal (``intake.labelling.item_context``).

``item_context`` reads the database once per item per transaction and answers later comments of
the item from that window and the transaction's own comments. Each test compares it, comment by
comment, with the plain query (``read_item_context``: flush, then read), asked right after it,
while comments are added, labelled spam, unlabelled, deleted, changed by a bulk statement or
dropped from memory, on a real session (SQLite, or PostgreSQL with ``INTAKE_TEST_DATABASE_URL``).
"""

from __future__ import annotations

import gc
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from intake.labelling.item_context import item_context, read_item_context
from intake.labelling.label_writes import write_labels
from intake.models import AgendaItem, Comment, Submitter
from intake.services.comments import identity_key
from tests.conftest import at
from tests.labelled import add_comment
from tests.statements import statements

ITEM, OTHER = "2026-CTX-1", "2026-CTX-2"
NOW = at("2026-11-21T09:00:00")


@pytest.fixture
def items(session: Session) -> None:
    session.add(AgendaItem(id=ITEM, title="Library hours on weekends"))
    session.add(AgendaItem(id=OTHER, title="Bus shelter on Elm Street"))
    session.flush()


def add(session: Session, n: int, kind: str | None = "unique", item: str = ITEM) -> Comment:
    return add_comment(
        session,
        item_id=item,
        person="p1",
        received_at=NOW + timedelta(seconds=n),
        body=f"Comment number {n} about the library and its weekend hours.",
        position=None,
        kind=kind,
    )


def check(
    session: Session, comment: Comment, limit: int, *, read: bool | None = None
) -> tuple[str, ...]:
    """item_context first (it must not rely on a flush), then the plain query; ``read``: whether
    item_context must have read the database (None: either)."""
    with statements("SELECT") as seen:
        got = item_context(session, comment, limit)
    if read is not None:
        assert bool(seen) == read, seen
    want = read_item_context(session, comment, limit)
    assert got == want
    return got


def test_later_comments_of_an_item_read_nothing_and_match_the_query(
    session: Session, items: None
) -> None:
    stored = [add(session, n, "spam" if n % 4 == 0 else "unique") for n in range(12)]
    batch = [add(session, 100 + n, None) for n in range(10)]
    check(session, batch[0], 5)
    for n, comment in enumerate(batch[1:], start=1):
        with statements("SELECT") as seen:
            got = item_context(session, comment, 5)
        assert seen == []  # answered from the window
        assert got == read_item_context(session, comment, 5)
        comment.kind = "spam" if n % 3 == 0 else "unique"  # decided after its context
    assert len(stored) == 12


def test_kinds_changed_in_the_transaction_count_both_ways(session: Session, items: None) -> None:
    stored = [add(session, n, "spam" if n in (3, 7) else "unique") for n in range(10)]
    batch = [add(session, 100 + n, None) for n in range(8)]
    check(session, batch[0], 4, read=True)
    stored[7].kind = "unique"  # spam when read, now counted
    check(session, batch[1], 4, read=False)
    stored[9].kind = "spam"  # read into the window, now spam: batch[0] and [1] take its place
    check(session, batch[2], 4, read=False)
    for n in (8, 7, 6, 5):
        stored[n].kind = "spam"
    batch[0].kind = batch[1].kind = "spam"
    check(session, batch[3], 4, read=True)  # too few left in the window: read again
    batch[3].kind = "spam"
    check(session, batch[4], 4, read=False)
    session.delete(stored[4])
    check(session, batch[5], 4, read=False)
    check(session, batch[6], 50, read=True)  # another limit: read again
    check(session, batch[7], 50, read=False)


def test_comments_of_the_item_after_the_first_that_this_batch_did_not_write(
    session: Session, items: None
) -> None:
    comments = [add(session, n, "spam" if n % 5 == 0 else "unique") for n in range(30)]
    check(session, comments[3], 10, read=True)
    for comment in comments[4:]:  # stored before the window was read, never touched since
        check(session, comment, 10, read=False)
    check(session, comments[0], 10, read=True)  # before the window: read again
    # A window reads at most 4 x limit comments from its first on (its horizon), then again.
    reads = [bool(check(session, comments[3], 2, read=True))]
    for comment in comments[4:]:
        with statements("SELECT") as seen:
            item_context(session, comment, 2)
        reads.append(bool(seen))
        check(session, comment, 2)
    assert reads[:10] == [True] + [False] * 8 + [True]


def test_comments_flushed_then_dropped_from_memory_still_count(
    session: Session, items: None
) -> None:
    first = add(session, 1)
    check(session, first, 10, read=True)
    ids = []
    for n in range(2, 8):
        comment = add(session, n, None)
        comment.kind = "spam" if n % 2 else "unique"
        session.flush()
        ids.append(comment.id)
    del comment
    gc.collect()  # the identity map holds its objects weakly
    last = add(session, 9, None)
    got = check(session, last, 10, read=False)
    assert len(got) == 1 + 1 + 3  # title, the first comment, the three not spam


def test_labels_written_in_one_statement_then_dropped_from_memory_still_count(
    session: Session, items: None
) -> None:
    """The label queue's batch writes its stored comments' labels behind the unit of work
    (label_writes) and marks them clean, so no flush shows them: the window follows them all
    the same, after they are dropped from memory too."""
    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("the one-statement label write is PostgreSQL's (unnest)")
    first = add(session, 1)
    ids = [add(session, n, None).id for n in range(2, 8)]  # stored unlabelled, as POSTs leave them
    session.expire_all()
    gc.collect()
    check(session, first, 10, read=True)  # reads them, kind unset
    for n, comment_id in enumerate(ids, start=2):
        comment = session.get(Comment, comment_id)
        assert comment is not None
        comment.kind = "spam" if n % 2 else "unique"
        assert write_labels(session, [comment]) == [comment]
        assert not session.is_modified(comment) and comment not in session.dirty
    del comment
    gc.collect()  # the identity map holds clean objects weakly
    last = add(session, 9, None)
    got = check(session, last, 10, read=False)
    assert len(got) == 1 + 1 + 3  # title, the first comment, the three not spam


def test_a_bulk_statement_on_comments_drops_the_windows(session: Session, items: None) -> None:
    stored = [add(session, n) for n in range(6)]
    batch = [add(session, 100 + n, None) for n in range(3)]
    check(session, batch[0], 3, read=True)
    session.execute(update(Comment).where(Comment.id == stored[5].id).values(kind="spam"))
    session.expire(stored[5])
    check(session, batch[1], 3, read=True)
    check(session, batch[2], 3, read=False)


def test_items_are_kept_apart(session: Session, items: None) -> None:
    for n in range(6):
        add(session, n)
        add(session, 50 + n, "unique", OTHER)
    mine, theirs = add(session, 100, None), add(session, 101, None, OTHER)
    assert check(session, mine, 10)[0] == "Library hours on weekends"
    assert check(session, theirs, 10)[0] == "Bus shelter on Elm Street"
    later_mine, later_theirs = add(session, 102, None), add(session, 103, None, OTHER)
    assert "Comment number 101" not in " ".join(check(session, later_mine, 10))
    assert "Comment number 100" not in " ".join(check(session, later_theirs, 10))


def pending(session: Session, cid: int, n: int) -> Comment:
    """A new comment with its id taken (as the sequence gives one on PostgreSQL), not flushed."""
    who = {"name": f"Pending {n}", "email": f"pending{n}@example.org"}
    comment = Comment(
        id=cid,
        item_id=ITEM,
        body=f"Pending comment {n} about the library on weekends.",
        received_at=NOW + timedelta(minutes=n),
        source="form",
        reasons=[],
    )
    comment.submitter = Submitter(**who, identity_key=identity_key(who))
    session.add(comment)
    return comment


def model(comments: list[Comment], comment: Comment, limit: int) -> tuple[str, ...]:
    """What the query would read, worked out from the test's own comments."""
    earlier = [c for c in comments if c.id < comment.id and c.kind != "spam"]
    earlier.sort(key=lambda c: c.id, reverse=True)
    return ("Library hours on weekends", *(c.body for c in earlier[:limit]))


def test_a_batch_not_yet_flushed_is_read_from_the_session(session: Session, items: None) -> None:
    stored = [add(session, n, "spam" if n in (2, 5) else "unique") for n in range(8)]
    stored[5].kind = "unique"  # changed in this transaction, not flushed
    stored[2].kind = "unique"
    first_id = stored[-1].id + 100
    batch = [pending(session, first_id + n, n) for n in range(8)]
    everything = [*stored, *batch]
    for n, comment in enumerate(batch):
        for limit in (3,) if n < 6 else (3, 50):
            assert item_context(session, comment, limit) == model(everything, comment, limit)
        if n < 4:
            assert comment in session.new  # nothing was flushed for it
        comment.kind = "spam" if n in (1, 2) else "unique"
        if n == 3:  # the window's comments turn spam: too few left, the next one flushes
            for old in (*stored, *batch[:4]):
                old.kind = "spam"
    for comment in batch:
        assert read_item_context(session, comment, 3) == model(everything, comment, 3)


def test_a_window_ends_with_its_transaction(session: Session, items: None) -> None:
    stored = [add(session, n) for n in range(4)]
    check(session, stored[2], 5, read=True)
    check(session, stored[3], 5, read=False)
    assert session.info.get("intake.item_context") is not None
    session.commit()
    assert session.info.get("intake.item_context") is None  # not kept past the transaction
    later = add(session, 10)
    check(session, later, 5, read=True)  # another transaction reads again
