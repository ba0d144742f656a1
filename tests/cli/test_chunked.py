"""The one chunked runner of ``intake import`` and ``intake relabel``: commit per chunk, a dry
run rolls back, Ctrl-C keeps what was committed and reports it was interrupted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, func, insert, select
from sqlalchemy.orm import Session

from intake.chunked import run_in_chunks

ROWS = Table("rows", MetaData(), Column("n", Integer, primary_key=True))


@pytest.fixture
def sessions() -> Iterator[tuple[Session, Session]]:
    engine = create_engine("sqlite://")
    ROWS.metadata.create_all(engine)
    with Session(engine) as writing, Session(engine) as reading:
        yield writing, reading
    engine.dispose()


def stored(session: Session) -> int:
    count = session.scalar(select(func.count()).select_from(ROWS)) or 0
    session.rollback()
    return count


def test_each_chunk_is_committed_before_its_progress(sessions: tuple[Session, Session]) -> None:
    writing, reading = sessions
    seen: list[tuple[int, int]] = []

    def work(chunk: list[int]) -> int:
        writing.execute(insert(ROWS), [{"n": n} for n in chunk])
        return len(chunk)

    interrupted = run_in_chunks(
        writing, [[1, 2], [3]], work, lambda _c, done: seen.append((done, stored(reading)))
    )
    assert not interrupted
    assert seen == [(2, 2), (1, 3)]


def test_a_dry_run_stores_nothing(sessions: tuple[Session, Session]) -> None:
    writing, reading = sessions

    def work(chunk: list[int]) -> None:
        writing.execute(insert(ROWS), [{"n": n} for n in chunk])

    run_in_chunks(writing, [[1], [2]], work, lambda _c, _r: None, dry_run=True)
    assert stored(reading) == 0


def test_ctrl_c_keeps_the_committed_chunks(sessions: tuple[Session, Session]) -> None:
    writing, reading = sessions

    def work(chunk: list[int]) -> None:
        writing.execute(insert(ROWS), [{"n": n} for n in chunk])
        if 4 in chunk:
            raise KeyboardInterrupt

    interrupted = run_in_chunks(writing, [[1, 2], [3, 4], [5]], work, lambda _c, _r: None)
    assert interrupted
    assert stored(reading) == 2
