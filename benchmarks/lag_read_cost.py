"""Issue 16, session 10: the Python CPU of one backlog read of the label queue's lag guard.

    .venv/bin/python benchmarks/lag_read_cost.py                 # 20 pairs of rounds of 200 reads

A web worker's :class:`intake.services.label_lag.LagGuard` reads an item's backlog up to ten
times a second while the item's labeller is behind, each read in a session of its own (as
``intake.wiring`` wires it). This times, with ``time.thread_time()``, such reads on a throwaway
PostgreSQL database with one item and ``--waiting`` comments waiting for their label, two ways
alternating round by round: ``afresh`` builds the statement for each read (what main did before
session 10: ``backlog_statement(item_id)``, the item as a literal parameter) and ``built once``
runs :data:`intake.services.label_lag.BACKLOG` through :func:`read_backlog`. Printed: the
median round's microseconds of Python per read for each, and the two readings, which must be
equal.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy.orm import sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common
import burst

from intake.db import make_engine
from intake.services.comments import CommentService, Submission, SubmissionContext
from intake.services.label_lag import Backlog, backlog_statement, read_backlog


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--waiting", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--per-round", type=int, default=200)
    args = parser.parse_args()
    with common.throwaway_postgres() as url:
        burst.create_item(url)
        engine = make_engine(url)
        factory = sessionmaker(bind=engine, expire_on_commit=False)
        with factory() as session:
            service = CommentService(session, max_body_chars=10_000)  # no labeller: they wait
            context = SubmissionContext(source="bench")
            person = {"name": "Ana Ruiz", "postal_code": "94110"}
            data = [{"body": f"waiting {k}", "submitter": person} for k in range(args.waiting)]
            service.store_backlog([Submission(common.ITEM, d, context) for d in data])
            session.commit()

        def old(item_id: str) -> Backlog:
            with factory() as session:
                waiting, oldest, at, rate = session.execute(backlog_statement(item_id)).one()
                return Backlog(waiting, oldest, at, rate)

        def new(item_id: str) -> Backlog:
            with factory() as session:
                return read_backlog(session, item_id)

        assert old(common.ITEM) == new(common.ITEM), (old(common.ITEM), new(common.ITEM))
        for _ in range(100):
            old(common.ITEM), new(common.ITEM)
        times: dict[str, list[float]] = {"afresh": [], "built once": []}
        for _ in range(args.rounds):
            for name, read in (("afresh", old), ("built once", new)):
                started = time.thread_time()
                for _ in range(args.per_round):
                    read(common.ITEM)
                times[name].append((time.thread_time() - started) / args.per_round * 1e6)
        for name, values in times.items():
            print(
                f"{name:10}: median {statistics.median(values):.0f} us, least {min(values):.0f} us"
            )
        print(f"reading: {new(common.ITEM)}")
        engine.dispose()


if __name__ == "__main__":
    main()
