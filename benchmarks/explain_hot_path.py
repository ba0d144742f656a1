"""EXPLAIN (ANALYZE, BUFFERS) of every statement a burst POST sends, over many stored comments.

    .venv/bin/python benchmarks/explain_hot_path.py --stored 100000
    .venv/bin/python benchmarks/explain_hot_path.py --stored 1000000 --plans full

A throwaway PostgreSQL database is filled with ``--stored`` labelled comments
(``_common.fill_postgres``: ``--items`` items, the hot one holding 80%; per item one campaign of
30%, four of 10%, 25% unique, 5% spam; the campaigns span the items; ``--queued`` of the newest
still waiting for their label; counters loaded with their triggers off, then checked against the
rows by ``_common.verify_fill``) and ``--posts`` burst comments (``_common.BurstCorpus``; token
and tokenless alternately) are posted through the app's test client. The statements of the last
``--watch`` posts are captured with their parameters, with those of the label queue's batch that
labels them (PostgreSQL labels after the 201), and each is run again under ``EXPLAIN (ANALYZE,
BUFFERS)`` inside a transaction that is rolled back, so writes are measured without being kept.
Printed per distinct statement: executions, p50/max execution time, the most rows any plan node
went through (returned or filtered out, times its loops) and the most shared buffers (hit +
read); then the plan of its execution that read the most rows, trimmed to its nodes' actual
rows, loops, time, rows filtered out and buffers (``--plans full``: whole plans; ``summary``:
the table only).
"""

from __future__ import annotations

import argparse
import random
import re
import secrets
import statistics
import sys
from dataclasses import dataclass, field
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


NODE = re.compile(r"actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)")
REMOVED = re.compile(r"Rows Removed by (?:Filter|Index Recheck|Join Filter): (\d+)")


def rows_read(plan: str) -> int:
    """The most rows any one node of the plan went through: (rows returned + rows its filter
    removed) x loops (PostgreSQL prints both per loop)."""
    most, rows, loops = 0, 0, 1
    for line in plan.splitlines():
        if found := NODE.search(line):
            rows, loops = int(found.group(1)), int(found.group(2))
            most = max(most, rows * loops)
        elif found := REMOVED.search(line):
            rows += int(found.group(1))
            most = max(most, rows * loops)
    return most


COST = re.compile(r"\s*\(cost=[^)]*\)")


def trimmed(plan: str) -> str:
    """The plan's nodes with their actual rows, loops and time, the rows their filters removed,
    their buffers, the planning's buffers and the execution time; estimates, conditions and
    the rest left out."""
    keep = []
    planning = False
    for line in plan.splitlines():
        if line.startswith("Planning"):
            planning = line.startswith("Planning:")
        elif planning and "Buffers:" in line:
            keep.append("Planning " + line.strip())
        elif "actual time=" in line or "Buffers:" in line or "Execution Time" in line:
            keep.append(COST.sub("", line))
        elif REMOVED.search(line):
            keep.append(line)
    return "\n".join(keep)


@dataclass
class Replay:
    """One statement's executions under EXPLAIN: their times, rows read, buffers, worst plan."""

    head: str
    times: list[float] = field(default_factory=list)
    rows: int = 0
    buffers: int = 0
    plan: str = ""
    skipped: int = 0

    def add(self, took: float, rows: int, buffers: int, plan: str) -> None:
        if not self.times or (rows, took) > (self.rows, max(self.times)):
            self.plan = plan
        self.times.append(took)
        self.rows = max(self.rows, rows)
        self.buffers = max(self.buffers, buffers)


def explain(url: str, captured: list[tuple[str, Any]], plans: str) -> None:
    """Replay each captured statement under EXPLAIN (ANALYZE, BUFFERS), rolled back; print one
    line per distinct statement (executions, p50/max ms, largest node's rows, most buffers) and
    the plan of its execution that read the most rows."""
    replays: dict[str, Replay] = {}
    with psycopg.connect(common.libpq(url)) as conn:
        for statement, parameters in captured:
            head = " ".join(statement.split())[:150]
            many = isinstance(parameters, list | tuple) and isinstance(
                parameters[0] if parameters else None, list | tuple | dict
            )
            if many:  # executemany: the plan of its first row
                head = f"(executemany, first row) {head}"
                parameters = parameters[0]
            replay = replays.setdefault(statement, Replay(head))
            try:
                with conn.transaction(force_rollback=True):
                    rows = conn.execute(
                        "EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters
                    ).fetchall()
            except psycopg.errors.UniqueViolation:
                replay.skipped += 1  # not replayable: the row it wrote exists
                continue
            plan = "\n".join(r[0] for r in rows)
            took = re.search(r"Execution Time: ([\d.]+) ms", plan)
            buffers = [
                int(h) + int(r or 0)
                for h, r in re.findall(r"shared hit=(\d+)(?: read=(\d+))?", plan)
            ]
            replay.add(
                float(took.group(1)) if took else 0.0,
                rows_read(plan),
                max(buffers, default=0),
                plan,
            )
    print("\n| statement | executions | p50 / max ms | most rows through a node | most buffers |")
    print("| --- | --- | --- | --- | --- |")
    for replay in replays.values():
        if not replay.times:
            print(f"| {replay.head[:90]} | {replay.skipped} (not replayable) | | | |")
            continue
        print(
            f"| {replay.head[:90]} | {len(replay.times)} | "
            f"{statistics.median(replay.times):.3f} / {max(replay.times):.3f} | "
            f"{replay.rows:,} | {replay.buffers:,} |"
        )
    if plans == "summary":
        return
    for replay in replays.values():
        if replay.times:
            print(f"\n-- {replay.head}")
            body = replay.plan if plans == "full" else trimmed(replay.plan)
            print("\n".join("   " + line for line in body.splitlines()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--posts", type=int, default=60)
    parser.add_argument("--watch", type=int, default=2, help="Posts whose statements are shown.")
    parser.add_argument("--plans", choices=("summary", "trimmed", "full"), default="trimmed")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--server", default=common.SERVER)
    parser.add_argument("--keep", action="store_true", help="Keep the database (prints its URL).")
    parser.add_argument("--db-prefix", default=common.DB_PREFIX)
    parser.add_argument("--url", help="Reuse a database filled by an earlier --keep run.")
    common.fill_arguments(parser)
    args = parser.parse_args()
    print(common.machine_line(load=True))
    if args.url:
        explain(args.url, capture(args.url, args.posts, args.watch), args.plans)
        return
    with common.throwaway_postgres(args.server, args.keep, args.db_prefix) as url:
        stored = common.fill_postgres(
            url, args.stored, args.seed, items=args.items, queued=args.queued
        )
        counted = common.verify_fill(url)
        print(
            f"{args.stored:,} stored on {args.items} items (campaigns {stored.campaign_sizes}, "
            f"band_keys rows {stored.band_key_rows:,}, {counted['waiting']} waiting) in "
            f"{stored.seconds_generate + stored.seconds_load:.0f} s, counters verified, in "
            f"{url if args.keep else 'a throwaway database'}; {args.posts} burst posts, "
            f"statements of the last {args.watch}:",
            flush=True,
        )
        explain(url, capture(url, args.posts, args.watch), args.plans)


if __name__ == "__main__":
    main()
