"""Issue 16: a campaign burst on one agenda item, against the real service.

    .venv/bin/python benchmarks/burst.py                          # 3,000 posts; 8 and 32 clients;
                                                                  # token, then tokenless posts
    .venv/bin/python benchmarks/burst.py --posts 30000 --connections 32
    .venv/bin/python benchmarks/burst.py --stored 1000000          # the burst over 1M stored
    .venv/bin/python benchmarks/burst.py --stored 1000000 --fill-only   # once, then each run on
    .venv/bin/python benchmarks/burst.py --template intake_bench_<hex>  # a copy (seconds)

Each run gets a throwaway PostgreSQL database (``intake_bench_<hex>``, migrated, dropped at the
end) holding one agenda item (and ``--stored`` labelled comments from ``_common.fill_postgres``
when asked), then ``intake serve`` (gunicorn, ``--workers`` x the default threads, group commit
on) starts against it with Redis-backed rate limits set out of the way, and a separate load
generator process (``_loadgen.py``) sends ``--posts`` single ``POST .../comments`` from
``--connections`` clients. The bodies (``_common.BurstCorpus``): ~90% copies of four campaigns
(exact copies, a personal paragraph before or after, light edits, a dropped paragraph,
homoglyph and zero-width obfuscation), the rest unique comments (7 in 10) and spam; one person
per post. Two modes:

* ``token``: every post carries an integration token (a campaign tool posting for its members);
* ``anonymous``: no token, from ``--addresses`` client addresses in ``X-Forwarded-For``
  (``INTAKE_TRUSTED_PROXIES=1``), so the velocity and burst signals have sources to count.

Printed per run: throughput, p50/p99 latency, statuses, server CPU per comment split into the
gunicorn processes (HTTP, validation, labelling: Python), this database's PostgreSQL backends
and Redis (all from /proc), the labels the posts got, and, in this process on the same bodies,
the in-memory floor: plain datasketch MinHash + MinHashLSH (query, then insert) and intake's own
fingerprint + datasketch LSH. ``--profile-comments N`` adds a cProfile stage split of N more
posts through the Flask test client (service_load.py's table). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common
import service_load as load

from intake import create_app
from intake.db import get_database
from intake.services.tokens import TokenService

REDIS = os.environ.get("INTAKE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/10")


def requests_for(
    posts: list[tuple[str, str]], mode: str, addresses: int, rng: random.Random, prefix: str
) -> list[dict[str, Any]]:
    pool = [f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"]
    while len(pool) < addresses:
        pool.append(f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")
    return [
        {
            "body": {
                "body": body,
                "position": rng.choice(("support", "oppose", None)),
                "submitter": load.submitter(i, prefix),
            },
            "anonymous": mode == "anonymous",
            "forwarded_for": rng.choice(pool),
        }
        for i, (_kind, body) in enumerate(posts)
    ]


def floor(bodies: list[str]) -> dict[str, float]:
    """The in-memory floor on the same bodies: per comment, query then insert into MinHashLSH."""
    from datasketch import MinHash, MinHashLSH

    from intake.text.fingerprint import DEFAULT_SCHEME, Fingerprinter

    scheme = DEFAULT_SCHEME
    n = len(bodies)
    lsh = MinHashLSH(num_perm=scheme.num_perm, params=(scheme.bands, scheme.rows))
    t0 = time.process_time()
    for i, body in enumerate(bodies):
        words = body.lower().split()
        shingles = {" ".join(words[j : j + 5]).encode() for j in range(max(1, len(words) - 4))}
        mh = MinHash(num_perm=scheme.num_perm, seed=scheme.seed)
        mh.update_batch(list(shingles))
        lsh.query(mh)
        lsh.insert(i, mh)
    plain = (time.process_time() - t0) / n
    fingerprinter = Fingerprinter()
    lsh = MinHashLSH(num_perm=scheme.num_perm, params=(scheme.bands, scheme.rows))
    t0 = time.process_time()
    for i, body in enumerate(bodies):
        fp = fingerprinter.fingerprint(body)
        mh = MinHash(seed=scheme.seed, hashvalues=fp.signature, scheme=scheme.minhash_scheme)
        lsh.query(mh)
        lsh.insert(i, mh)
    ours = (time.process_time() - t0) / n
    print(
        f"  floor, in memory, same {n:,} bodies: plain datasketch MinHash+MinHashLSH "
        f"{plain * 1e3:.3f} ms/comment ({1 / plain:,.0f}/s on one core); intake fingerprint + "
        f"datasketch MinHashLSH {ours * 1e3:.3f} ms ({1 / ours:,.0f}/s)"
    )
    return {"floor_plain_ms": plain * 1e3, "floor_intake_ms": ours * 1e3}


def create_item(url: str) -> None:
    with psycopg.connect(common.libpq(url)) as conn:
        conn.execute(
            "INSERT INTO agenda_items (id, title, created_at, updated_at) "
            "VALUES (%s, %s, now(), now())",
            (common.ITEM, "Benchmark: a campaign burst"),
        )


def make_token(url: str, name: str) -> str:
    app = create_app({"database_url": url, "log_level": "WARNING"})
    session = get_database(app).session_factory()
    _row, token = TokenService(session).create(name, "integration", load.BIG)
    session.commit()
    session.close()
    get_database(app).dispose()
    return token


def report_labels(url: str, after_id: int) -> dict[str, int]:
    with psycopg.connect(common.libpq(url)) as conn:
        rows = common.labels_after(conn, after_id)
        signals = conn.execute(
            "SELECT count(*) FILTER (WHERE reasons::text LIKE '%%velocity%%'), "
            "count(*) FILTER (WHERE reasons::text LIKE '%%burst%%'), count(*) "
            "FROM comments WHERE id > %s",
            (after_id,),
        ).fetchone()
    assert signals is not None
    print(
        "  labels (kind/campaign/count):",
        common.labels_line(rows),
        f"; with velocity evidence {signals[0]}, burst evidence {signals[1]}; stored {signals[2]}",
    )
    return {"stored": signals[2], "velocity": signals[0], "burst": signals[1]}


def until_labelled(url: str, timeout: float = 300.0) -> float:
    """Wait until no comment waits for the label queue; how long that took (0 when inline)."""
    started = time.perf_counter()
    with psycopg.connect(common.libpq(url), autocommit=True) as conn:
        while True:
            row = conn.execute("SELECT count(*) FROM comments WHERE kind IS NULL").fetchone()
            if not row or not row[0] or time.perf_counter() - started > timeout:
                return time.perf_counter() - started
            time.sleep(0.02)


def report_label_lag(url: str, after_id: int) -> dict[str, float]:
    """From a comment's arrival (its 201 follows at once) to its first label, in ms: within the
    POST when labelling is inline, after it with the label queue."""
    with psycopg.connect(common.libpq(url)) as conn:
        rows = conn.execute(
            "SELECT extract(epoch FROM e.created_at - c.received_at) * 1000 FROM comments c "
            "JOIN label_events e ON e.comment_id = c.id AND e.from_kind IS NULL WHERE c.id > %s",
            (after_id,),
        ).fetchall()
    lags = [float(r[0]) for r in rows]
    figures = {
        "lag_p50_ms": common.percentile(lags, 0.50),
        "lag_p99_ms": common.percentile(lags, 0.99),
        "lag_max_ms": max(lags, default=0.0),
    }
    print(
        f"  arrival to label: p50 {figures['lag_p50_ms']:.0f} ms, p99 {figures['lag_p99_ms']:.0f} "
        f"ms, max {figures['lag_max_ms']:.0f} ms over {len(lags):,} comments"
    )
    return figures


def profile_stages(url: str, posts: list[tuple[str, str]], mode: str, seed: int) -> None:
    """cProfile of more burst posts through the test client: service_load.py's stage table."""
    app = load.profiled_app(url, REDIS)
    session = get_database(app).session_factory()
    _row, token = TokenService(session).create(f"profile-{seed}", "integration", load.BIG)
    session.commit()
    session.close()
    client = app.test_client()
    reqs = requests_for(posts, mode, 1000, random.Random(seed), f"prof{seed}-")
    path = f"/api/v1/agenda-items/{common.ITEM}/comments"
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for r in reqs:
        headers = (
            {"X-Forwarded-For": r["forwarded_for"]}
            if r["anonymous"]
            else {"Authorization": f"Bearer {token}"}
        )
        assert client.post(path, json=r["body"], headers=headers).status_code == 201
    profiler.disable()
    total = time.perf_counter() - started
    print(f"  cProfile, {len(reqs)} more posts in-process ({total / len(reqs) * 1e3:.2f} ms each):")
    load.breakdown(pstats.Stats(profiler), len(reqs), total)
    get_database(app).dispose()


def stored_line(url: str) -> str:
    """What a database holds before the burst: comments per item, waiting ones."""
    with psycopg.connect(common.libpq(url)) as conn:
        rows = conn.execute(
            "SELECT item_id, count(*), count(*) FILTER (WHERE kind IS NULL) FROM comments "
            "GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
    total = sum(r[1] for r in rows)
    items = ", ".join(f"{r[0]} {r[1]:,}" for r in rows)
    return f"{total:,} stored ({items}; {sum(r[2] for r in rows)} waiting)"


def one_run(mode: str, connections: int, args: argparse.Namespace) -> dict[str, Any]:
    print(
        f"\n=== {mode} posts, {connections} clients, {args.posts:,} posts, "
        f"{args.stored:,} stored ===",
        flush=True,
    )
    figures: dict[str, Any] = {"mode": mode, "connections": connections}
    corpus = common.BurstCorpus(args.seed, args.campaigns)
    posts = corpus.burst(args.posts)
    warm = common.BurstCorpus(args.seed + 1000, args.campaigns)
    warm_posts = [(k, b) for k, b in warm.burst(200) if k == "unique"][:16]
    rng = random.Random(args.seed)
    figures.update(floor([b for _k, b in posts]))
    with common.throwaway_postgres(args.server, args.keep, args.db_prefix, args.template) as url:
        if args.template:
            print(f"  a copy of {args.template}: {stored_line(url)}", flush=True)
        elif args.stored:
            stored = common.fill_postgres(
                url, args.stored, args.seed, items=args.items, queued=args.queued
            )
            took = stored.seconds_generate + stored.seconds_load
            kept = f": {url}" if args.keep else ""
            print(
                f"  filled {args.stored:,} on {args.items} items in {took:.0f} s{kept}", flush=True
            )
        else:
            create_item(url)
        token = make_token(url, "campaign-tool")
        log = Path(tempfile.gettempdir()) / f"intake-burst-{os.getpid()}.log"
        serving = {"INTAKE_REDIS_URL": REDIS}
        if args.threads:
            serving["INTAKE_WORKER_THREADS"] = str(args.threads)
        if args.group_sizes:
            serving["INTAKE_LOG_LEVEL"] = "DEBUG"
        if args.labelling:
            serving["INTAKE_LABELLING"] = args.labelling
        server = load.Server(url, args.port, args.workers, log, serving)
        try:
            path = f"/api/v1/agenda-items/{common.ITEM}/comments"
            load.run_load(server, token, path, requests_for(warm_posts, mode, 16, rng, "w-"), 4, 60)
            with psycopg.connect(common.libpq(url)) as conn:
                row = conn.execute("SELECT coalesce(max(id), 0) FROM comments").fetchone()
                before_id = row[0] if row else 0
            reqs = requests_for(posts, mode, args.addresses, rng, "burst-")
            offset = log.stat().st_size
            result = load.run_load(
                server, token, path, reqs, connections, args.seconds, lambda: until_labelled(url)
            )
            figures.update(load.report_load(f"  {mode}, {connections} clients", result, 1))
            figures["drain_s"] = result["drain_seconds"]
            print(f"  the label queue was empty {result['drain_seconds']:.2f} s after the last 201")
            if args.group_sizes:
                load.report_groups(log, offset)
        finally:
            server.stop()
        figures.update(report_labels(url, before_id))
        figures.update(report_label_lag(url, before_id))
        if args.profile_comments:
            more = common.BurstCorpus(args.seed + 7, args.campaigns).burst(args.profile_comments)
            profile_stages(url, more, mode, args.seed)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000, help="3000; 30000 for the long run")
    parser.add_argument("--connections", default="8,32", help="Comma-separated client counts.")
    parser.add_argument("--modes", default="token,anonymous")
    parser.add_argument("--addresses", type=int, default=500, help="Client addresses (anonymous)")
    parser.add_argument("--campaigns", type=int, default=4, help="Hot campaigns, 3 to 5.")
    parser.add_argument("--stored", type=int, default=0, help="Labelled comments stored first.")
    parser.add_argument("--seconds", type=float, default=1800, help="Stop a run after this.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=None, help="Default: intake serve's.")
    parser.add_argument("--group-sizes", action="store_true", help="Report group commit sizes.")
    parser.add_argument("--profile-comments", type=int, default=0)
    parser.add_argument("--port", type=int, default=18_516)
    common.database_arguments(parser, seed=16)
    parser.add_argument(
        "--labelling", choices=("inline", "queued"), default=None, help="Default: the server's."
    )
    parser.add_argument(
        "--template", help="Each run on a copy of this database (filled by --fill-only)."
    )
    parser.add_argument(
        "--fill-only", action="store_true", help="Fill --stored into a kept database and stop."
    )
    args = parser.parse_args()
    if args.fill_only:
        with common.throwaway_postgres(args.server, True, args.db_prefix) as url:
            common.fill_postgres(url, args.stored, args.seed, items=args.items, queued=args.queued)
            common.verify_fill(url)
            print(
                f"filled and verified: {stored_line(url)}; use --template {url.rsplit('/', 1)[1]}"
            )
        return
    print(common.machine_line(load=True))
    runs = [
        one_run(mode, int(c), args)
        for mode in args.modes.split(",")
        for c in args.connections.split(",")
    ]
    print("\nsummary (posts/s, p50/p99 ms, server CPU ms per comment, floor):")
    for r in runs:
        print(
            f"  {r['mode']:<9} {r['connections']:>3} clients: {r['comments_per_s']:>6.0f}/s "
            f"p50 {r['p50_ms']:>6.0f} p99 {r['p99_ms']:>6.0f} | CPU/comment "
            f"{r['cpu_ms_per_comment']:.2f} = gunicorn {r['workers_ms']:.2f} + labeller "
            f"{r['labeller_ms']:.2f} + PostgreSQL "
            f"{r['postgres_ms']:.2f} + Redis {r['redis_ms']:.2f} | floor "
            f"{1 / r['floor_plain_ms'] * 1e3:,.0f}/s -> service at "
            f"{r['comments_per_s'] / (1 / r['floor_plain_ms'] * 1e3):.1%} of it | label lag "
            f"p50 {r['lag_p50_ms']:.0f} p99 {r['lag_p99_ms']:.0f} max {r['lag_max_ms']:.0f} ms"
        )


if __name__ == "__main__":
    main()
