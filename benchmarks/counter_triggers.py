"""What the summary counters' triggers (migration 0012) cost a write, on PostgreSQL.

Usage (a database filled by summary_latency.py, so the counters are a million comments big)::

    .venv/bin/python benchmarks/counter_triggers.py \
        --url postgresql+psycopg://postgres@127.0.0.1:5432/intake_bench --rounds 6

Inserts comments into an item of their own in transactions of ``--batch`` rows (one multi-row
``INSERT``, a group commit's shape: form letters of the big campaign, unique comments and spam,
one new person each), alternating rounds with the triggers enabled and disabled (``ALTER TABLE
... DISABLE TRIGGER``), and prints the PostgreSQL backend's CPU per comment (from
``/proc/<pid>/stat``, robust under load) and the wall time per transaction for both. The
rows stay (deleting comments is slow: ``duplicate_of_id`` has no index), so that item's
counters are wrong afterwards (the rounds with the triggers off were not counted); the
summary benchmark's item is not touched. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import UTC, datetime

import _common as common
import psycopg
from sqlalchemy import make_url

ITEM = "BENCH-TRIGGERS"
TRIGGERS = ("summary_count_insert", "summary_count_update", "summary_count_delete")
TICKS = os.sysconf("SC_CLK_TCK")


def backend_cpu(pid: int) -> float:
    """User + system CPU seconds of one PostgreSQL backend so far."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def scalar(conn: psycopg.Connection, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def set_triggers(conn: psycopg.Connection, enabled: bool) -> None:
    verb = "ENABLE" if enabled else "DISABLE"
    with conn.transaction():
        for trigger in TRIGGERS:
            conn.execute(f"ALTER TABLE comments {verb} TRIGGER {trigger}")


def round_of(conn: psycopg.Connection, batches: int, size: int, offset: int) -> list[float]:
    """``batches`` transactions of ``size`` comments; the wall time of each."""
    walls = []
    for batch in range(batches):
        rows = []
        for n in range(size):
            key = offset + batch * size + n
            kind, campaign = (("form_letter", 1), ("unique", None), ("spam", None))[n % 3]
            rows.append((ITEM, f"counter cost {key}", datetime.now(UTC), kind, campaign, -key))
        started = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO comments (item_id, body, received_at, source, honeypot_filled, "
                "kind, campaign_id, person_key, reasons, has_personal_text, signatures) "
                "VALUES (%s, %s, %s, 'form', false, %s, %s, %s, '[]', false, 1)",
                rows,
            )
        walls.append(time.perf_counter() - started)
    return walls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=common.BENCH_URL)
    parser.add_argument("--rounds", type=int, default=6, help="Alternating on/off rounds.")
    parser.add_argument("--batches", type=int, default=40, help="Transactions per round.")
    parser.add_argument("--batch", type=int, default=25, help="Comments per transaction.")
    args = parser.parse_args()
    url = make_url(args.url).set(drivername="postgresql").render_as_string(hide_password=False)
    results: dict[bool, tuple[list[float], list[float]]] = {True: ([], []), False: ([], [])}
    with psycopg.connect(url, autocommit=True) as conn:
        pid = scalar(conn, "SELECT pg_backend_pid()")
        conn.execute(
            "INSERT INTO agenda_items (id, title, created_at, updated_at) "
            "VALUES (%s, 'Trigger cost', now(), now()) ON CONFLICT DO NOTHING",
            (ITEM,),
        )
        try:
            for number in range(args.rounds):
                enabled = number % 2 == 0
                set_triggers(conn, enabled)
                cpu = backend_cpu(pid)
                walls = round_of(conn, args.batches, args.batch, number * 10**6 + 10**9)
                cpu = backend_cpu(pid) - cpu
                comments = args.batches * args.batch
                results[enabled][0].append(cpu / comments)
                results[enabled][1].extend(walls)
        finally:
            set_triggers(conn, True)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    for enabled in (False, True):
        cpu_each, walls = results[enabled]
        print(
            f"triggers {'on ' if enabled else 'off'}: PostgreSQL backend CPU per comment "
            f"{statistics.median(cpu_each) * 1000:.3f} ms (median of {len(cpu_each)} rounds), "
            f"wall per {args.batch}-comment transaction p50 "
            f"{statistics.median(walls) * 1000:.1f} ms"
        )
    print(f"load average {load}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")


if __name__ == "__main__":
    main()
