"""EXPLAIN (ANALYZE, BUFFERS) of every statement a burst POST sends, over many stored comments.

    .venv/bin/python benchmarks/explain_hot_path.py --stored 100000
    .venv/bin/python benchmarks/explain_hot_path.py --stored 1000000 --plans full

A throwaway PostgreSQL database is filled with ``--stored`` labelled comments on one item
(``_common.fill_postgres``: one campaign of 30%, four of 10%, 25% unique, 5% spam) and
``--posts`` burst comments (``_common.BurstCorpus``; token and tokenless alternately) are posted
through the app's test client. The statements of the last ``--watch`` posts are captured with
their parameters, with those of the label queue's batch that labels them (PostgreSQL labels
after the 201), and each is run again under ``EXPLAIN (ANALYZE, BUFFERS)`` inside a transaction
that is rolled back, so writes are measured without being kept. Printed per statement: its first
line, execution time, rows the plan read (the largest ``rows`` of any node) and shared buffers
hit/read; ``--plans full`` prints the whole plans.
"""

from __future__ import annotations

import argparse
import random
import re
import secrets
import sys
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, event

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common
import service_load as load

from intake import create_app
from intake.db import get_database
from intake.services.tokens import TokenService
from intake.wiring import label_queue

SKIP = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SELECT pg_advisory)", re.I)


def capture(url: str, posts: int, watch: int) -> list[tuple[str, Any]]:
    app = create_app(
        {
            "database_url": url,
            "secret_key": "bench",
            "log_level": "WARNING",
            "trusted_proxies": 1,
            "rate_limit_enabled": False,
        }
    )
    session = get_database(app).session_factory()
    _row, token = TokenService(session).create(
        f"explain-{secrets.token_hex(3)}", "integration", load.BIG
    )
    session.commit()
    session.close()
    client = app.test_client()
    queue = label_queue(app)
    corpus = common.BurstCorpus(random.randrange(10**6))
    path = f"/api/v1/agenda-items/{common.ITEM}/comments"
    seen: list[tuple[str, Any]] = []
    recording = [False]

    def record(_c: Any, _cur: Any, statement: str, parameters: Any, *_a: Any) -> None:
        if recording[0] and not SKIP.match(statement):
            seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    for i, (_kind, body) in enumerate(corpus.burst(posts)):
        recording[0] = i >= posts - watch
        anonymous = i % 2 == 1
        headers = (
            {"X-Forwarded-For": f"10.1.{i % 7}.{i % 5 + 1}"}
            if anonymous
            else {"Authorization": f"Bearer {token}"}
        )
        payload = {"body": body, "submitter": load.submitter(i, f"explain-{secrets.token_hex(3)}-")}
        assert client.post(path, json=payload, headers=headers).status_code == 201
        if queue is not None and i % 50 == 49 and not recording[0]:
            queue.settle()  # what a labeller does meanwhile, unrecorded
    if queue is not None:
        queue.settle()  # the label queue's batch that labels the watched posts, recorded
    event.remove(Engine, "before_cursor_execute", record)
    get_database(app).dispose()
    return seen


def rows_read(plan: str) -> int:
    return max(
        (int(n) for n in re.findall(r"actual time=[\d.]+\.\.[\d.]+ rows=(\d+)", plan)), default=0
    )


def explain(url: str, captured: list[tuple[str, Any]], full: bool) -> None:
    with psycopg.connect(common.libpq(url)) as conn:
        for statement, parameters in captured:
            head = " ".join(statement.split())[:150]
            many = isinstance(parameters, list | tuple) and isinstance(
                parameters[0] if parameters else None, list | tuple | dict
            )
            if many:  # executemany: the plan of its first row
                head = f"(executemany of {len(parameters)}, first row) {head}"
                parameters = parameters[0]
            try:
                with conn.transaction(force_rollback=True):
                    rows = conn.execute(
                        "EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters
                    ).fetchall()
            except psycopg.errors.UniqueViolation:
                print(f"\n-- not replayable (the row it wrote exists)\n   {head}")
                continue
            plan = "\n".join(r[0] for r in rows)
            took = re.search(r"Execution Time: ([\d.]+) ms", plan)
            buffers = re.findall(r"shared hit=(\d+)(?: read=(\d+))?", plan)
            hit = max((int(h) for h, _r in buffers), default=0)
            read = max((int(r or 0) for _h, r in buffers), default=0)
            print(
                f"\n-- {took.group(1) if took else '?'} ms, rows read (largest node) "
                f"{rows_read(plan)}, buffers hit {hit} read {read}\n   {head}"
            )
            if full:
                print("\n".join("   " + line for line in plan.splitlines()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--posts", type=int, default=60)
    parser.add_argument("--watch", type=int, default=2, help="Posts whose statements are shown.")
    parser.add_argument("--plans", choices=("summary", "full"), default="summary")
    parser.add_argument("--server", default=common.SERVER)
    parser.add_argument("--keep", action="store_true", help="Keep the database (prints its URL).")
    parser.add_argument("--url", help="Reuse a database filled by an earlier --keep run.")
    args = parser.parse_args()
    if args.url:
        explain(args.url, capture(args.url, args.posts, args.watch), args.plans == "full")
        return
    with common.throwaway_postgres(args.server, keep=args.keep) as url:
        stored = common.fill_postgres(url, args.stored)
        print(
            f"{args.stored:,} stored (campaigns {stored.campaign_sizes}, band_keys rows "
            f"{stored.band_key_rows:,}) in {url if args.keep else 'a throwaway database'}; "
            f"{args.posts} burst posts, statements of the last {args.watch}:"
        )
        explain(url, capture(url, args.posts, args.watch), args.plans == "full")


if __name__ == "__main__":
    main()
