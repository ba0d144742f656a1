"""Recompute every system-made label after thresholds or the fingerprint scheme change.

Staff decisions are never touched. Everything else in scope is reset (campaign assignments,
duplicate links, index entries; campaigns left without members are deleted) and then labelled
again in arrival order, one committed chunk at a time, so memory stays bounded and an
interrupted run can simply be started again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import ColumnElement, delete, exists, func, select, update
from sqlalchemy.orm import Session, joinedload

from intake.chunked import run_in_chunks
from intake.labelling.service import LabellingService
from intake.models import BandKey, Campaign, Comment

CHUNK = 500


def _scope(item_id: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        (Comment.decided_by.is_(None)) | (Comment.decided_by != "staff")
    ]
    if item_id is not None:
        conditions.append(Comment.item_id == item_id)
    return conditions


def count_in_scope(session: Session, item_id: str | None) -> int:
    return int(
        session.scalar(select(func.count()).select_from(Comment).where(*_scope(item_id))) or 0
    )


def reset(session: Session, item_id: str | None) -> None:
    """Undo system-made campaign membership, duplicate links and index rows in scope."""
    in_scope = select(Comment.id).where(*_scope(item_id))
    session.execute(delete(BandKey).where(BandKey.comment_id.in_(in_scope)))
    session.execute(
        update(Comment)
        .where(*_scope(item_id))
        .values(
            campaign_id=None,
            duplicate_of_id=None,
            personal_text=None,
            # A Core UPDATE skips Comment's validator; the CHECK constraint would refuse it.
            has_personal_text=False,
            similarity=None,
        )
    )
    has_members = exists().where(Comment.campaign_id == Campaign.id)
    session.execute(delete(Campaign).where(~has_members))


def chunks(session: Session, item_id: str | None) -> Iterator[list[Comment]]:
    """Comments in scope, in arrival order, CHUNK at a time (keyset, so writes don't disturb it)."""
    after = 0
    while True:
        batch = list(
            session.scalars(
                select(Comment)
                .options(joinedload(Comment.submitter))
                .where(*_scope(item_id), Comment.id > after)
                .order_by(Comment.id)
                .limit(CHUNK)
            )
        )
        if not batch:
            return
        yield batch
        after = batch[-1].id


def relabel(
    session_factory: Callable[[], Session],
    make_labeller: Callable[[Session], LabellingService],
    item_id: str | None,
    progress: Callable[[int], None] = lambda _n: None,
) -> int:
    """Run the whole relabel; commits after the reset and after every chunk (an interrupted
    run stops after its last committed chunk and can be started again)."""
    done = 0

    def count(batch: list[Comment], _result: None) -> None:
        nonlocal done
        done += len(batch)
        progress(len(batch))

    with session_factory() as session:

        def relabel_batch(batch: list[Comment]) -> None:
            make_labeller(session).relabel(batch)

        reset(session, item_id)
        session.commit()
        if run_in_chunks(session, chunks(session, item_id), relabel_batch, count, forget=True):
            raise KeyboardInterrupt  # the committed chunks stay; the command says it stopped
        return done
