"""Issue 16: labelling's Python CPU per comment in batches, on PostgreSQL (the spam engine's cost).

    .venv/bin/python benchmarks/labelling_cost.py 2 50 200            # ms/comment per batch size
    .venv/bin/python benchmarks/labelling_cost.py 200 --profile 30    # and cProfile's top 30
    .venv/bin/python benchmarks/labelling_cost.py 200 --posts 1000 --sort tottime

For each batch size given, a fresh process (so no cache of an earlier run helps a later one)
creates a throwaway PostgreSQL database (``_common.throwaway_postgres``: ``intake_bench_<hex>``,
migrated, dropped at the end) holding one agenda item, builds the app as the stage profiles do
(``service_load.profiled_app``: limits out of the way, the spam engine's tables loaded first), and
labels ``--posts`` burst bodies (``_common.BurstCorpus``, the bodies ``burst.py`` posts: ~90%
copies of four campaigns with personal paragraphs, light edits, dropped paragraphs and obfuscated
copies, the rest unique comments and spam; one person per comment) through
``CommentService.submit_together``, ``size`` comments per transaction, in arrival order.

Printed per batch size: Python CPU per comment (``time.process_time`` of this process around the
labelling and its commits; PostgreSQL's own CPU is not in it), wall time per comment, and the
labels the comments got (kind counts, spam caught), which must not move when only the cost does.
With ``--repeat N`` each size runs N times and the run with the least CPU is reported (on a shared
machine the least is the least disturbed). With ``--profile N`` the labelling runs under cProfile
(which inflates the figures), the top N functions are printed and the whole profile is written to
``labelling_cost.<size>.prof`` (read it with ``python -m pstats``).

To measure another checkout's engine with this script (before/after), put that checkout first on
the path: ``PYTHONPATH=/path/to/checkout .venv/bin/python benchmarks/labelling_cost.py 200``.

``--template NAME`` labels on a copy of a filled database instead (``burst.py --stored N
--fill-only``: the same burst over N comments already stored); the copy is named after the
template's prefix. PostgreSQL's CPU per comment is read from ``/proc`` for the backends of the
run's connection pool (its own, started for the run).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common
import burst
import service_load as load

from intake.db import get_database
from intake.services.comments import Submission, SubmissionContext
from intake.services.label_queue import LabelQueue
from intake.wiring import comment_service_for, label_queue


def measure(
    size: int,
    posts: int,
    seed: int,
    redis_url: str,
    profile: int,
    sort: str,
    dump: Path | None = None,
    template: str | None = None,
    queue: bool = False,
) -> dict[str, Any]:
    """Label ``posts`` burst bodies ``size`` per transaction on a throwaway database (a copy of
    ``template`` when given, which holds the item already)."""
    drawn = common.BurstCorpus(seed=seed).burst(posts)
    prefix = "intake_bench" if template is None else template.rsplit("_", 1)[0]
    with common.throwaway_postgres(prefix=prefix, template=template) as url:
        app = load.profiled_app(url, redis_url)
        if template is None:
            burst.create_item(url)
        database = get_database(app)
        context = SubmissionContext(source="api")
        submissions = [
            Submission(
                common.ITEM,
                {"body": body, "position": None, "submitter": load.submitter(i, "cost")},
                context,
            )
            for i, (_kind, body) in enumerate(drawn)
        ]
        with psycopg.connect(common.libpq(url)) as conn:
            row = conn.execute("SELECT coalesce(max(id), 0) FROM comments").fetchone()
            stored = row[0] if row else 0
        profiler = cProfile.Profile() if profile else None
        with app.app_context():
            if queue:
                _store(app, database, submissions, size)
                # as ``intake label --follow`` starts (intake.cli._freeze_startup_objects)
                gc.collect()
                gc.freeze()
            cpu, wall = time.process_time(), time.perf_counter()
            if profiler is not None:
                profiler.enable()
            if queue:
                _drain(app, size)
            else:
                _label_together(app, database, submissions, size)
            if profiler is not None:
                profiler.disable()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        with psycopg.connect(common.libpq(url)) as conn:
            # the pool's backends were started for this run: their CPU is PostgreSQL's share
            backends = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()"
            ).fetchall()
            postgres = sum(common.proc_cpu_seconds(pid) for (pid,) in backends)
            rows = conn.execute(
                "SELECT kind, count(*) FROM comments WHERE id > %s GROUP BY 1", (stored,)
            ).fetchall()
            kinds: dict[str | None, int] = {kind: n for kind, n in rows}
            campaigns = conn.execute(
                "SELECT count(DISTINCT campaign_id) FROM comments WHERE id > %s", (stored,)
            ).fetchone()
            if dump is not None:
                _dump(conn, dump)
        database.dispose()
    truth = Counter(kind for kind, _body in drawn)
    if profiler is not None:
        profiler.dump_stats(f"labelling_cost.{size}.prof")
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats(sort).print_stats(profile)
    return {
        "size": size,
        "posts": posts,
        "cpu_ms": 1e3 * cpu / posts,
        "postgres_ms": 1e3 * postgres / posts,
        "wall_ms": 1e3 * wall / posts,
        "kinds": {str(k): v for k, v in sorted(kinds.items(), key=lambda kv: str(kv[0]))},
        "campaigns": campaigns[0] if campaigns else 0,
        "true_spam": truth.get("spam", 0),
        "profiled": bool(profile),
        "queue": queue,
    }


def _label_together(app: Any, database: Any, submissions: list[Submission], size: int) -> None:
    """Store and label ``size`` submissions per transaction (the inline labeller)."""
    for first in range(0, len(submissions), size):
        session = database.session_factory()
        try:
            comment_service_for(app, session).submit_together(submissions[first : first + size])
            session.commit()
        finally:
            session.close()


def _store(app: Any, database: Any, submissions: list[Submission], size: int) -> None:
    """Store every submission unlabelled, as queued POSTs leave them (not timed)."""
    for first in range(0, len(submissions), size):
        session = database.session_factory()
        try:
            service = comment_service_for(app, session, labelled=False)
            service.submit_together(submissions[first : first + size])
            session.commit()
        finally:
            session.close()


def _drain(app: Any, size: int) -> None:
    """Label what waits as the labeller process does, ``size`` comments per transaction."""
    queue = label_queue(app)
    if queue is None:
        raise SystemExit("--queue needs the label queue (PostgreSQL, labelling not 'inline')")
    LabelQueue(queue.session_factory, queue.label_batch, queue.clock, batch_size=size).drain()


def _dump(conn: psycopg.Connection[Any], path: Path) -> None:
    """Every comment in arrival order: its label, spam score, reasons, personal text, the
    fingerprint columns, its index rows and its label history (kinds and reasons, in order)."""
    rows = conn.execute(
        "SELECT kind, campaign_id, duplicate_of_id IS NOT NULL, spam_score, reasons, "
        "personal_text, similarity, has_personal_text, decided_by, exact_hash, shingle_count, "
        "md5(signature), md5(segment_keys), "
        "(SELECT count(*) FROM band_keys b WHERE b.comment_id = c.id), "
        "(SELECT array_agg(e.to_kind || ' ' || e.reason ORDER BY e.id) FROM label_events e "
        " WHERE e.comment_id = c.id) "
        "FROM comments c ORDER BY id"
    )
    names = [
        "kind",
        "campaign",
        "duplicate",
        "spam_score",
        "reasons",
        "personal",
        "similarity",
        "has_personal",
        "decided_by",
        "exact_hash",
        "shingles",
        "signature",
        "segment_keys",
        "band_keys",
        "history",
    ]
    with path.open("w", encoding="utf-8") as out:
        for values in rows:
            row = dict(zip(names, values, strict=True))
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="comments per transaction")
    parser.add_argument("--posts", type=int, default=3000, help="comments labelled per size")
    parser.add_argument("--seed", type=int, default=16, help="BurstCorpus seed (burst.py's)")
    parser.add_argument("--redis", default=burst.REDIS, help="Redis URL the app is given")
    parser.add_argument("--profile", type=int, default=0, help="print cProfile's top N")
    parser.add_argument("--sort", default="cumulative", help="cProfile sort key")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs per size (each in a fresh process); the least CPU is reported, with all runs",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        help="write every comment's label, spam score, reasons and personal text, one JSON line "
        "each, to DUMP.<size>.jsonl (the last run of each size), to compare two engines",
    )
    parser.add_argument(
        "--template",
        help="label on a copy of this database (burst.py --fill-only: comments already stored)",
    )
    parser.add_argument(
        "--queue",
        action="store_true",
        help="store the comments unlabelled first, then time the label queue's labeller",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # one size, in its own process: print its figures as JSON
        result = measure(
            args.sizes[0],
            args.posts,
            args.seed,
            args.redis,
            args.profile,
            args.sort,
            args.dump,
            args.template,
            args.queue,
        )
        print(json.dumps(result))
        return
    print(f"{args.posts} burst comments (seed {args.seed}) per batch size; {common.MACHINE}")
    for size in args.sizes:
        command = [
            sys.executable,
            __file__,
            str(size),
            "--child",
            f"--posts={args.posts}",
            f"--seed={args.seed}",
            f"--redis={args.redis}",
            f"--profile={args.profile}",
            f"--sort={args.sort}",
        ]
        if args.dump:
            command.append(f"--dump={args.dump}.{size}.jsonl")
        if args.template:
            command.append(f"--template={args.template}")
        if args.queue:
            command.append("--queue")
        runs = []
        for _ in range(args.repeat):
            done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        r = min(runs, key=lambda run: float(run["cpu_ms"]))
        kinds = ", ".join(f"{k} {v}" for k, v in r["kinds"].items())
        note = (" (under cProfile)" if r["profiled"] else "") + (" (queue)" if args.queue else "")
        every = " / ".join(f"{run['cpu_ms']:.2f}" for run in runs)
        print(
            f"batch {r['size']:>4}: Python CPU {r['cpu_ms']:6.2f} ms/comment, PostgreSQL "
            f"{r['postgres_ms']:5.2f} ms/comment, wall "
            f"{r['wall_ms']:6.2f} ms/comment{note}; {kinds}; {r['campaigns']} campaigns joined; "
            f"{r['true_spam']} spam posted" + (f" [runs: {every}]" if len(runs) > 1 else ""),
            flush=True,
        )


if __name__ == "__main__":
    main()
