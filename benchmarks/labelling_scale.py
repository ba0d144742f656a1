"""Issue 3: per-comment labelling cost on SQLite and PostgreSQL as the stored corpus grows.

    .venv/bin/python benchmarks/labelling_scale.py                          # 10k on both, ~1 min
    .venv/bin/python benchmarks/labelling_scale.py --sizes 10000,100000,1000000 --sqlite-max 100000

For each backend and size, a throwaway database (PostgreSQL ``intake_bench_<hex>``, dropped
afterwards; SQLite in a temporary directory) is filled with N labelled comments on one item in the
labeller's own state (``_common``: one campaign of 30% -- 300,000 at 1M --, four of 10%, 25%
unique, 5% spam). Then, in this process, below HTTP: ``--comments`` new comments (70% copies of
the five campaigns with personal additions and light edits, 25% unique, 5% spam) go through
``CommentService.submit`` with the app's labeller, one committed transaction each (a single POST's
work without Flask), and as many again through ``submit_many`` in batches of ``--batch`` (one
transaction per batch). Beside them, in the same run: the same comments through the in-memory
floor -- ``ReferenceLabeller`` (fingerprint, datasketch MinHashLSH lookup, decide, apply) holding
the same stored corpus -- and plain datasketch MinHash + MinHashLSH query+insert alone.

Printed per row: wall ms and CPU ms (this process) per comment, comments/s, and the ratio to the
floor. On PostgreSQL, CPU of this process excludes the server's CPU; the wall figure includes it
and each durable COMMIT's WAL flush. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common

from intake import create_app
from intake.db import get_database
from intake.services.comments import CommentService, SubmissionContext
from intake.text import tables


def entries(n: int, seed: int, prefix: str) -> list[dict[str, Any]]:
    corpus = common.Corpus(seed)
    rng = random.Random(seed)
    return [
        {
            "body": body,
            "position": rng.choice(("support", "oppose", None)),
            "submitter": {
                "name": f"Scale Person {i}",
                "email": f"{prefix}{i}@example.org",
                "postal_code": "95818",
            },
        }
        for i, (_kind, body) in enumerate(corpus.posted(n))
    ]


def measure(
    url: str, stored: common.StoredCorpus, n: int, batch: int, seed: int
) -> dict[str, float]:
    app = create_app({"database_url": url, "log_level": "WARNING", "rate_limit_enabled": False})
    tables.preload()
    database = get_database(app)
    factory = app.extensions["intake.labeller"]
    context = SubmissionContext(source="bench-tool")
    singles = entries(n, seed, "single-")
    batched = entries(n, seed + 1, "batch-")
    warm = entries(20, seed + 2, "warm-")
    out: dict[str, float] = {}
    with app.app_context():

        def one_by_one(rows: list[dict[str, Any]]) -> None:
            for row in rows:
                with database.session_factory() as session:
                    service = CommentService(
                        session, max_body_chars=20_000, labeller=factory(session)
                    )
                    service.submit(common.ITEM, row, context)
                    session.commit()

        one_by_one(warm)
        wall0, cpu0 = time.perf_counter(), time.process_time()
        one_by_one(singles)
        out["single_wall"] = (time.perf_counter() - wall0) / n * 1e3
        out["single_cpu"] = (time.process_time() - cpu0) / n * 1e3
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for start in range(0, n, batch):
            with database.session_factory() as session:
                service = CommentService(session, max_body_chars=20_000, labeller=factory(session))
                item = service.open_item(common.ITEM)
                service.submit_many(item, batched[start : start + batch], context)
                session.commit()
        out["batch_wall"] = (time.perf_counter() - wall0) / n * 1e3
        out["batch_cpu"] = (time.process_time() - cpu0) / n * 1e3
    database.dispose()

    ref = common.floor_labeller(stored)
    cpu0 = time.process_time()
    for i, row in enumerate(singles):
        ref.add(10**9 + i, row["body"], row["submitter"]["email"], common.ITEM)
    out["floor"] = (time.process_time() - cpu0) / n * 1e3
    fps = [ref.fingerprinter.fingerprint(r["body"]) for r in batched]
    out["lsh"] = common.plain_lsh_cpu(ref, fps) * 1e3
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--sqlite-max",
        type=int,
        default=100_000,
        help="Skip SQLite above this size (its fill is executemany, not COPY).",
    )
    parser.add_argument("--comments", type=int, default=300)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--server", default=common.SERVER)
    args = parser.parse_args()
    print(common.machine_line())
    rows = []
    for backend in args.backends.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            if backend == "sqlite" and size > args.sqlite_max:
                print(f"sqlite {size:,}: skipped (--sqlite-max {args.sqlite_max:,})")
                continue
            started = time.perf_counter()
            if backend == "postgresql":
                with common.throwaway_postgres(args.server) as url:
                    stored = common.fill_postgres(url, size, args.seed)
                    filled = time.perf_counter() - started
                    figures = measure(url, stored, args.comments, args.batch, args.seed + 10)
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    url = f"sqlite:///{tmp}/bench.db"
                    from intake import migrate

                    migrate.upgrade(url)
                    stored = common.fill_sqlite(url, size, args.seed)
                    filled = time.perf_counter() - started
                    figures = measure(url, stored, args.comments, args.batch, args.seed + 10)
            figures.update(backend=backend, size=size, fill=filled, load=os.getloadavg()[0])
            rows.append(figures)
            f = figures
            print(
                f"{backend} {size:,} (filled in {filled:.0f} s): one per transaction "
                f"{f['single_wall']:.2f} ms wall / {f['single_cpu']:.2f} ms CPU "
                f"({1000 / f['single_wall']:.0f}/s); batches of {args.batch} "
                f"{f['batch_wall']:.2f} ms wall / {f['batch_cpu']:.2f} ms CPU "
                f"({1000 / f['batch_wall']:.0f}/s); floor ReferenceLabeller {f['floor']:.3f} ms, "
                f"plain MinHashLSH query+insert {f['lsh']:.3f} ms; load average {f['load']:.1f}",
                flush=True,
            )
    print(
        "\nsummary: backend, stored, ms/comment wall single | batch, x floor (wall), "
        "x of the smallest size"
    )
    for backend in args.backends.split(","):
        mine = [r for r in rows if r["backend"] == backend]
        if not mine:
            continue
        base = mine[0]
        for r in mine:
            print(
                f"  {backend:<10} {r['size']:>9,}  single {r['single_wall']:6.2f} "
                f"({r['single_wall'] / r['floor']:5.1f}x floor, "
                f"{r['single_wall'] / base['single_wall']:.2f}x)  batch {r['batch_wall']:6.2f} "
                f"({r['batch_wall'] / r['floor']:5.1f}x floor, "
                f"{r['batch_wall'] / base['batch_wall']:.2f}x)  floor {r['floor']:.3f}"
            )


if __name__ == "__main__":
    main()
