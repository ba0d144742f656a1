"""Summary latency on a large item: fill PostgreSQL with N labelled comments, time the summary.

Usage (the database is created if missing and its schema ``public`` is replaced)::

    .venv/bin/python benchmarks/summary_latency.py \
        --url postgresql+psycopg://postgres@127.0.0.1:5432/intake_bench --comments 1000000

All N comments are on one agenda item (the worst case for its summary), labelled like a
contested item: one campaign of 30% of them (300,000 at the default N), one of 10%, one of 5%,
twenty small ones of 0.5% each, 25% unique comments, 5% duplicate resubmissions and 15% spam,
spread over 14 days; a fifth of the form letters carry personal text. Rows are loaded with
``COPY`` (filling the columns the app derives, ``person_key`` and ``has_personal_text``, as the
model would) into a schema at migration 0011, then ``VACUUM ANALYZE``: without a current
visibility map PostgreSQL cannot use the index-only scans the summary is built for (autovacuum
would get there on its own, later). Migration 0012 then counts them into the summary counters
as it would on an upgraded install (its backfill is timed), and creates the triggers that keep
them from then on. ``--verify`` checks the live (counted) summary against the full scan of the
item's comments (``summarise`` with ``until``), figure by figure.
The summary is then fetched through the app's test client ``--repeat`` times after
one warm-up call, and p50/p95/max are printed, for the public (as of the last boundary, stored
once per boundary: the warm-up call computes it) and for a staff token (live). No figure here
is asserted anywhere. ``--writers N`` runs N processes posting comments to the same item
through the app (validation, labelling, commit) while the summaries are timed.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import platform
import random
import statistics
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

import _common as common
from sqlalchemy import create_engine, make_url

from intake import create_app, migrate
from intake.db import get_database, make_engine
from intake.models import person_key
from intake.services.summary import SummaryService
from intake.services.tokens import TokenService

ITEM = "BENCH-1"
BEFORE_COUNTERS = "0011"
"""The schema the rows are loaded into; 0012 then counts them (see :func:`count_stored`)."""
COUNTER_TABLES = ("summary_groups", "summary_hours", "summary_person_tally", "summary_people")
START = datetime(2026, 11, 1, tzinfo=UTC)
SPAN_SECONDS = 14 * 24 * 3600
CAMPAIGN_SHARES = [0.30, 0.10, 0.05] + [0.005] * 20
KIND_SHARES = {"unique": 0.25, "duplicate": 0.05, "spam": 0.15}
FILLER = (
    "The council should weigh what this means for neighbourhoods, for city staff and for the "
    "budget, and should hear from the people who live with the result every day. "
)


def prepare_database(url: str) -> None:
    """Create the database if needed, replace its schema and migrate it."""
    target = make_url(url)
    server = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM pg_database WHERE datname = %(name)s", {"name": target.database}
        ).scalar()
        if not exists:
            conn.exec_driver_sql(f'CREATE DATABASE "{target.database}"')
    server.dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    migrate.upgrade(url, BEFORE_COUNTERS)


def count_stored(url: str) -> None:
    """Migration 0012 on the filled database: its backfill of the counters, timed."""
    started = time.perf_counter()
    migrate.upgrade(url)
    counted = time.perf_counter() - started
    engine = make_engine(url)
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        for table in COUNTER_TABLES:
            conn.exec_driver_sql(f"VACUUM ANALYZE {table}")
        rows = {
            table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            for table in COUNTER_TABLES
        }
    engine.dispose()
    print(f"migration 0012 counted the stored comments in {counted:.1f}s: {rows}")


def verify(url: str) -> None:
    """The live summary (from the counters) against the full scan of the item's comments."""
    app = create_app({"database_url": url, "rate_limit_enabled": False})
    session = get_database(app).session_factory()
    try:
        service = SummaryService(session)
        started = time.perf_counter()
        reference = asdict(service.summarise(ITEM, until=datetime(2100, 1, 1, tzinfo=UTC)))
        scanned = time.perf_counter() - started
        counted = asdict(service.summarise(ITEM))
    finally:
        session.close()
        get_database(app).dispose()
    del reference["as_of"], counted["as_of"]
    if counted != reference:
        differ = sorted(k for k in counted if counted[k] != reference[k])
        raise SystemExit(f"verify: the counted summary differs from the full scan in {differ}")
    print(f"verify: counted summary == full scan of every comment ({scanned * 1000:.0f}ms)")


def plan_kinds(n: int, rng: random.Random) -> list[tuple[str, int | None]]:
    """(kind, campaign number) for every comment, shuffled so campaigns interleave in time."""
    plan: list[tuple[str, int | None]] = []
    for number, share in enumerate(CAMPAIGN_SHARES, start=1):
        plan += [("form_letter", number)] * int(n * share)
    for kind, share in KIND_SHARES.items():
        plan += [(kind, None)] * int(n * share)
    plan += [("unique", None)] * (n - len(plan))
    rng.shuffle(plan)
    return plan


def fill(url: str, n: int, seed: int) -> None:
    rng = random.Random(seed)
    engine = make_engine(url)
    raw: Any = engine.raw_connection()
    conn = raw.driver_connection
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO agenda_items (id, title, created_at, updated_at) "
            "VALUES (%s, %s, now(), now())",
            (ITEM, "Benchmark item"),
        )
        campaign_texts = {}
        for number in range(1, len(CAMPAIGN_SHARES) + 1):
            text = f"Form letter {number}. " + FILLER * 3
            campaign_texts[number] = text
            cur.execute(
                "INSERT INTO campaigns "
                "(id, created_at, representative_text, profile, template_norms) "
                "VALUES (%s, now(), %s, %s, '[]')",
                (number, text, b""),
            )
        plan = plan_kinds(n, rng)
        offsets = sorted(rng.randrange(SPAN_SECONDS) for _ in range(n))
        people: list[str] = []
        with cur.copy(
            "COPY comments (id, item_id, body, position, received_at, source, honeypot_filled, "
            "kind, campaign_id, similarity, duplicate_of_id, personal_text, has_personal_text, "
            "person_key, spam_score, reasons, decided_by) FROM STDIN"
        ) as comments:
            for index, (kind, campaign) in enumerate(plan):
                comment_id = index + 1
                received = START + timedelta(seconds=offsets[index])
                position = rng.choices(("support", "oppose", "neutral", None), (45, 40, 5, 10))[0]
                personal = None
                duplicate_of = None
                person = hashlib.sha256(f"person {comment_id}".encode()).hexdigest()
                if kind == "form_letter":
                    body = campaign_texts[campaign or 1]
                    if rng.random() < 0.2:
                        personal = f"I live on street {rng.randrange(500)} and this matters."
                        body = f"{body}\n\n{personal}"
                elif kind == "duplicate" and people:
                    duplicate_of = rng.randrange(1, comment_id)
                    person = people[duplicate_of - 1]
                    body = f"Comment {duplicate_of}. " + FILLER
                elif kind == "spam":
                    body = f"Cheap offer {comment_id} http://spam.example/{comment_id}"
                else:
                    body = f"Comment {comment_id}. " + FILLER
                people.append(person)
                comments.write_row(
                    (
                        comment_id,
                        ITEM,
                        body,
                        position,
                        received,
                        "form",
                        False,
                        kind,
                        campaign,
                        0.9 if campaign else None,
                        duplicate_of,
                        personal,
                        bool(personal),
                        person_key(person),
                        0.99 if kind == "spam" else 0.01,
                        "[]",
                        "system",
                    )
                )
        with cur.copy(
            "COPY submitters (comment_id, name, email, postal_code, identity_key) FROM STDIN"
        ) as submitters:
            for index, person in enumerate(people):
                submitters.write_row(
                    (
                        index + 1,
                        f"Person {person[:8]}",
                        f"{person[:12]}@example.org",
                        "95818",
                        person,
                    )
                )
        cur.execute("SELECT setval('comments_id_seq', %s)", (n,))
        cur.execute("SELECT setval('campaigns_id_seq', %s)", (len(CAMPAIGN_SHARES),))
    conn.commit()
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("VACUUM ANALYZE comments")
        cur.execute("VACUUM ANALYZE submitters")
    raw.close()
    engine.dispose()


def staff_headers(app: Any) -> dict[str, str]:
    """A fresh staff token (the live summary, with the split by label)."""
    session = get_database(app).session_factory()
    try:
        _row, secret = TokenService(session).create(f"bench-{time.time_ns()}", "staff")
        session.commit()
    finally:
        session.close()
    return {"Authorization": f"Bearer {secret}"}


def write_comments(url: str, stop: Any, posted: Any) -> None:
    """Post comments to the item through the app (validation, labelling, group-less commit)
    until ``stop`` is set: the write load a live staff summary is read under in a burst."""
    app = create_app({"database_url": url, "rate_limit_enabled": False})
    session = get_database(app).session_factory()
    _row, secret = TokenService(session).create(f"writer-{time.time_ns()}", "integration")
    session.commit()
    session.close()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {secret}"}
    rng = random.Random(os.getpid())
    words = FILLER.split()
    n = 0
    while not stop.is_set():
        n += 1
        body = " ".join(rng.choice(words) for _ in range(40)) + f" ({os.getpid()}-{n})"
        payload = {
            "body": body,
            "position": rng.choice(("support", "oppose")),
            "submitter": {"name": f"Writer {n}", "email": f"writer{os.getpid()}.{n}@example.org"},
        }
        response = client.post(
            f"/api/v1/agenda-items/{ITEM}/comments", json=payload, headers=headers
        )
        if response.status_code == 201:
            with posted.get_lock():
                posted.value += 1


def measure(url: str, repeat: int, *, staff: bool) -> list[float]:
    """Time ``repeat`` calls after one warm-up call: the live staff summary, or the public one
    (as of the last boundary: the warm-up call computes and stores it, later calls read it)."""
    app = create_app({"database_url": url, "rate_limit_enabled": False})
    client = app.test_client()
    headers = staff_headers(app) if staff else {}
    path = f"/api/v1/agenda-items/{ITEM}/summary"
    started = time.perf_counter()
    first = client.get(path, headers=headers)
    warm_up = time.perf_counter() - started
    assert first.status_code == 200, first.json
    summary: dict[str, Any] = first.get_json()
    print(
        f"{'staff' if staff else 'public'}: first call {warm_up * 1000:.0f}ms "
        f"total={summary['total']} distinct_submitters={summary['distinct_submitters']} "
        f"campaigns={len(summary['campaigns'])} largest={summary['campaigns'][0]['size']} "
        f"hours={len(summary['timeline'])} by_kind={summary.get('by_kind', '(public: none)')}"
    )
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path, headers=headers)
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200
    get_database(app).dispose()
    return timings


def report(label: str, timings: list[float]) -> None:
    timings = sorted(timings)
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"{label} summary latency over {len(timings)} calls: "
        f"p50={statistics.median(timings) * 1000:.1f}ms "
        f"p95={p95 * 1000:.1f}ms max={timings[-1] * 1000:.1f}ms (load {load}; "
        f"{datetime.now(UTC):%Y-%m-%d}, {platform.node()}, {platform.processor() or 'cpu?'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=common.BENCH_URL)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--skip-fill", action="store_true", help="Reuse the data already there.")
    parser.add_argument(
        "--verify", action="store_true", help="Check the counted summary against a full scan."
    )
    parser.add_argument("--which", choices=("public", "staff", "both"), default="both")
    parser.add_argument(
        "--writers", type=int, default=0, help="Processes posting comments to the item meanwhile."
    )
    args = parser.parse_args()
    if not args.skip_fill:
        started = time.perf_counter()
        prepare_database(args.url)
        fill(args.url, args.comments, args.seed)
        print(f"filled {args.comments} comments in {time.perf_counter() - started:.1f}s")
        count_stored(args.url)
    migrate.upgrade(args.url)  # a kept database may predate the newest migration
    if args.verify:
        verify(args.url)
    stop = multiprocessing.Event()
    posted = multiprocessing.Value("i", 0)
    writers = [
        multiprocessing.Process(target=write_comments, args=(args.url, stop, posted))
        for _ in range(args.writers)
    ]
    for writer in writers:
        writer.start()
    while writers and posted.value == 0:  # time the summaries under load, not before it
        time.sleep(0.1)
    started = time.perf_counter()
    try:
        if args.which in ("public", "both"):
            report("public", measure(args.url, args.repeat, staff=False))
        if args.which in ("staff", "both"):
            report("staff", measure(args.url, args.repeat, staff=True))
    finally:
        stop.set()
        for writer in writers:
            writer.join()
    if writers:
        rate = posted.value / (time.perf_counter() - started)
        print(
            f"during the runs {args.writers} writer(s) stored {posted.value} comments "
            f"({rate:.0f}/s)"
        )


if __name__ == "__main__":
    main()
