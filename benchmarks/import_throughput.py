"""Backlog import throughput: generate a docket, import it into a throwaway PostgreSQL database.

Usage::

    .venv/bin/python benchmarks/import_throughput.py --rows 20000
    .venv/bin/python benchmarks/import_throughput.py --rows 5000 --profile

The rows look like a contested item's docket: 70% copies of five campaigns (30/20/10/5/5%) with
a salutation, a signature and, for a third of them, a personal sentence, some with a template
sentence dropped; 25% unique comments; 5% spam (links, prices, calls to action). Every row has
its own person and a timestamp one to three seconds after the previous one. The file is written
as CSV, then imported by the same code as ``intake import`` (:class:`intake.backlog.
command.BacklogImport`) into a new database ``intake_bench_<hex>`` on ``--server``, migrated with
Alembic and dropped at the end. Printed: the import's summary and comments/s over the whole
import (file reading and validation included). ``--profile`` runs it under cProfile and prints
where the time goes per comment. No figure here is asserted anywhere.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import platform
import pstats
import random
import secrets
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import _common as common
import psycopg
from _common import FIRST, LAST, SALUTATIONS
from wordfreq import top_n_list

from intake import create_app, migrate
from intake.backlog.command import BacklogImport

ITEM = "BENCH-IMPORT"
START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
CAMPAIGN_SHARES = (0.30, 0.20, 0.10, 0.05, 0.05)
UNIQUE_SHARE = 0.25
CLOSINGS = ("Sincerely,", "Thank you,", "Regards,", "")
# The campaign benchmarks' spam but for its last text, which carries no number here.
SPAM = (*common.SPAM[:2], common.SPAM[2].removesuffix(" {n}"))


def words(rng: random.Random, vocabulary: list[str], count: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(count))


def sentence(rng: random.Random, vocabulary: list[str]) -> str:
    text = words(rng, vocabulary, rng.randint(10, 18))
    return text[0].upper() + text[1:] + "."


def generate(n: int, seed: int) -> Iterator[dict[str, str]]:
    """The docket's rows, in arrival order."""
    rng = random.Random(seed)
    vocabulary = [w for w in top_n_list("en", 6000) if w.isalpha() and len(w) > 2]
    templates = [[sentence(rng, vocabulary) for _ in range(6)] for _ in CAMPAIGN_SHARES]
    weights = [*CAMPAIGN_SHARES, UNIQUE_SHARE, 1 - sum(CAMPAIGN_SHARES) - UNIQUE_SHARE]
    moment = START
    for i in range(n):
        moment += timedelta(seconds=rng.randint(1, 3))
        choice = rng.choices(range(len(weights)), weights)[0]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if choice < len(templates):
            lines = list(templates[choice])
            if rng.random() < 0.1:
                lines.pop(rng.randrange(len(lines)))
            if rng.random() < 0.33:
                lines.insert(0, sentence(rng, vocabulary))
            body = "\n".join(
                part
                for part in (rng.choice(SALUTATIONS), *lines, rng.choice(CLOSINGS), name)
                if part
            )
        elif choice == len(templates):
            body = " ".join(sentence(rng, vocabulary) for _ in range(rng.randint(2, 6)))
        else:
            body = rng.choice(SPAM).format(
                w=rng.choice(vocabulary), n=rng.randint(1, 999), n4=rng.randint(1000, 9999)
            )
        yield {
            "id": f"B{i:08d}",
            "received_at": moment.isoformat(),
            "name": name,
            "email": f"person{i}@example.org",
            "postal_code": f"958{rng.randint(10, 40)}",
            "position": rng.choice(("support", "oppose", "")),
            "body": body,
        }


def write_csv(path: Path, n: int, seed: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(
            fh, ["id", "received_at", "name", "email", "postal_code", "position", "body"]
        )
        writer.writeheader()
        writer.writerows(generate(n, seed))


def run(url: str, path: Path, chunk: int, profile: bool) -> tuple[float, int, pstats.Stats | None]:
    app = create_app({"database_url": url, "log_level": "WARNING"})
    job = BacklogImport(app, path, fmt="csv", item_id=ITEM, item_column=None, create_items=True)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    report = job.execute(chunk, progress=True)
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - started
    print(report.render())
    stats = pstats.Stats(profiler) if profiler is not None else None
    return seconds, report.stored, stats


BREAKDOWN = (
    ("read + validate rows (schema)", "intake/backlog/reading.py", "parse"),
    ("store: build + flush rows", "intake/services/comments.py", "_store"),
    ("fingerprint (MinHash, segments)", "intake/text/fingerprint.py", "fingerprint"),
    ("candidate lookup (LSH, person)", "intake/labelling/index.py", "candidates"),
    ("own earlier comments", "intake/labelling/index.py", "own_earlier"),
    ("campaign profile lookup", "intake/labelling/index.py", "campaigns"),
    ("exact campaign copy query", "intake/labelling/service.py", "_exact_campaign_copy"),
    ("decide (pure engine)", "intake/text/matching/decision.py", "decide"),
    ("join: learn/profile/texts", "intake/labelling/campaigns.py", "learn"),
    ("personal text", "intake/labelling/campaigns.py", "personal_text"),
    ("spam: behaviour queries", "intake/labelling/behaviour.py", "gather"),
    ("spam: content score", "intake/text/spam/scoring.py", "score"),
    ("index add (band_keys insert)", "intake/labelling/index.py", "add"),
    ("label event", "intake/labelling/service.py", "_record"),
    ("session flush (all writes)", "sqlalchemy/orm/session.py", "flush"),
    ("waiting on PostgreSQL (round trips)", "psycopg/connection.py", "wait"),
    ("statements sent (calls = count)", "psycopg/_cursor_base.py", "_send_query_prepared"),
    ("label_batch (all labelling)", "intake/labelling/service.py", "label_batch"),
)


def breakdown(stats: pstats.Stats, comments: int) -> None:
    """Cumulative time of the steps a comment goes through, per comment (steps nest: a query
    autoflushes the previous comment's writes, so flush time also shows inside lookups)."""
    table = stats.stats  # type: ignore[attr-defined]
    total = max(ct for (_f, _l, _n), (_cc, _nc, _tt, ct, _callers) in table.items())
    print(
        f"\nprofile: {total:.1f} s for {comments:,} comments ({total / comments * 1e3:.2f} ms each)"
    )
    print(f"{'step':<36}{'ms/comment':>11}{'share':>8}{'calls':>10}")
    for label, file_part, name in BREAKDOWN:
        cum = calls = 0.0
        for (filename, _line, func), (_cc, nc, _tt, ct, _callers) in table.items():
            if func == name and filename.replace("\\", "/").endswith(file_part):
                cum += ct
                calls += nc
        print(f"{label:<36}{cum / comments * 1e3:>11.3f}{cum / total:>8.1%}{int(calls):>10}")
    print()
    stats.sort_stats("tottime").print_stats(25)
    if os.environ.get("IMPORT_PROFILE_OUT"):
        stats.dump_stats(os.environ["IMPORT_PROFILE_OUT"])


def post_one_by_one(url: str, n: int, seed: int) -> float:
    """The first ``n`` rows posted one by one through the API (staff token, the row's time as
    the clock); returns comments/s, for comparison with the import."""
    from intake.db import get_database
    from intake.services.tokens import TokenService

    app = create_app({"database_url": url, "log_level": "WARNING", "rate_limit_enabled": False})
    session = get_database(app).session_factory()
    _row, secret = TokenService(session).create("bench", "staff")
    session.commit()
    session.close()
    headers = {"Authorization": f"Bearer {secret}"}
    client = app.test_client()
    client.post("/api/v1/agenda-items", json={"id": ITEM, "title": "Bench"}, headers=headers)
    rows = list(generate(n, seed))
    started = time.perf_counter()
    for row in rows:
        moment = datetime.fromisoformat(row["received_at"])
        app.extensions["intake.clock"] = lambda moment=moment: moment
        submitter = {k: row[k] for k in ("name", "email", "postal_code")}
        payload = {"body": row["body"], "position": row["position"] or None}
        response = client.post(
            f"/api/v1/agenda-items/{ITEM}/comments",
            json={**payload, "submitter": submitter},
            headers=headers,
        )
        assert response.status_code == 201, response.json
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    parser.add_argument(
        "--api", type=int, default=0, help="Also post this many rows one by one via the API."
    )
    args = parser.parse_args()

    name = f"intake_bench_{secrets.token_hex(4)}"
    with psycopg.connect(args.server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        version = conn.execute("SHOW server_version").fetchone()
    base = args.server.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    url = f"{base}/{name}"
    try:
        migrate.upgrade(url)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "docket.csv"
            started = time.perf_counter()
            write_csv(path, args.rows, args.seed)
            print(f"generated {args.rows:,} rows in {time.perf_counter() - started:.1f} s")
            seconds, stored, stats = run(url, path, args.chunk, args.profile)
        print(
            f"\nPostgreSQL {version[0] if version else '?'}, Python {platform.python_version()}: "
            f"{stored:,} comments in {seconds:.1f} s = {stored / seconds:,.0f} comments/s"
            + (" (under cProfile)" if args.profile else "")
        )
        if stats is not None:
            breakdown(stats, stored)
        if args.api:
            with psycopg.connect(args.server, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
            migrate.upgrade(url)
            rate = post_one_by_one(url, args.api, args.seed)
            print(f"API, one POST per comment: {args.api:,} comments at {rate:,.0f} comments/s")
    finally:
        if not args.keep:
            with psycopg.connect(args.server, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
