"""Issue 8: the whole request path at campaign scale, against the real service.

    .venv/bin/python benchmarks/service_load.py                       # 10k stored, ~2 minutes
    .venv/bin/python benchmarks/service_load.py --sizes 10000,1000000  # docs/benchmarks.md

For each size: a throwaway PostgreSQL database ``intake_bench_<hex>`` is migrated and filled with
N labelled comments on one item (``_common.fill_postgres``: 30% one campaign -- 300,000 at 1M --,
four campaigns of 10%, 25% unique, 5% spam, fingerprinted and stored with COPY in the state the
labeller leaves). Then ``intake serve`` (gunicorn, default worker count) starts against it with
Redis-backed rate limits (generous limits, so nothing is throttled) and a separate load-generator
process (``_loadgen.py``) posts over loopback:

* single comments, ``--connections`` at once for ``--single-seconds`` (at most
  ``--single-requests``): 70% copies of the five campaigns with personal additions and light
  edits, 25% unique, 5% spam; 90% with an integration token, 10% anonymous from varied
  ``X-Forwarded-For`` addresses (``INTAKE_TRUSTED_PROXIES=1``);
* ``--batches`` batches of ``--batch-size`` to ``/comments/batch`` (token), 2 at once.

Printed: throughput, p50/p99 latency, status counts, CPU seconds per comment of gunicorn workers,
PostgreSQL and Redis during each phase (from /proc), peak RSS per worker, the labels the new
comments got; then, in this process over the same database and the same kind of comments, a
cProfile of the request path (Flask test client: validation, fingerprint, snapshot load, decide,
writes, spam, rest) and the floor: the same comments through the in-memory ReferenceLabeller
(datasketch MinHashLSH) holding the same stored corpus. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common

from intake import create_app
from intake.db import get_database
from intake.services.tokens import TokenService

VENV = common.ROOT / ".venv" / "bin"
REDIS = "redis://127.0.0.1:6379/0"
BIG = "10000000/minute"


def submitter(i: int, prefix: str) -> dict[str, str]:
    return {"name": f"Load Person {i}", "email": f"{prefix}{i}@example.org", "postal_code": "95818"}


def single_requests(
    corpus: common.Corpus, n: int, prefix: str, rng: random.Random
) -> list[dict[str, Any]]:
    out = []
    for i, (_kind, body) in enumerate(corpus.posted(n)):
        anonymous = rng.random() < 0.10
        out.append(
            {
                "body": {
                    "body": body,
                    "position": rng.choice(("support", "oppose", None)),
                    "submitter": submitter(i, prefix),
                },
                "anonymous": anonymous,
                "forwarded_for": ".".join(
                    [
                        "10",
                        str(rng.randrange(256)),
                        str(rng.randrange(256)),
                        str(rng.randrange(1, 255)),
                    ]
                ),
            }
        )
    return out


def batch_requests(
    corpus: common.Corpus, batches: int, size: int, prefix: str
) -> list[dict[str, Any]]:
    out = []
    for b in range(batches):
        entries = [
            {"body": body, "position": "support", "submitter": submitter(b * size + i, prefix)}
            for i, (_k, body) in enumerate(corpus.posted(size))
        ]
        out.append({"body": {"comments": entries}, "anonymous": False})
    return out


class Server:
    """``intake serve`` as a child process; CPU and RSS sampled from /proc."""

    def __init__(
        self,
        url: str,
        port: int,
        workers: int | None,
        log: Path,
        serving: dict[str, str] | None = None,
    ) -> None:
        env = dict(os.environ)
        env.update(
            {
                "INTAKE_DATABASE_URL": url,
                "INTAKE_REDIS_URL": REDIS,
                "INTAKE_SECRET_KEY": "bench-" + common.hashed(url),
                "INTAKE_TRUSTED_PROXIES": "1",
                "INTAKE_RATE_LIMIT_PUBLIC": BIG,
                "INTAKE_RATE_LIMIT_TOKEN": BIG,
                "INTAKE_RATE_LIMIT_ITEM": BIG,
                "INTAKE_LOG_LEVEL": "WARNING",
                **(serving or {}),
            }
        )
        args = [str(VENV / "intake"), "serve", "--port", str(port)]
        if workers:
            args += ["--workers", str(workers)]
        self.log = log.open("w")
        self.proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=self.log)
        self.port = port
        self.url = url
        self.peak: dict[int, float] = {}
        self._sampling = False
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    if r.status == 200 and len(self.workers()) > 0:
                        time.sleep(1.0)
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"intake serve did not start; see {log}")

    def workers(self) -> list[int]:
        return common.children(self.proc.pid)

    def cpu(self) -> dict[str, Any]:
        """CPU seconds so far of gunicorn, of this database's PostgreSQL backends (by pid, since
        other databases on the shared server are busy too) and of Redis."""
        with psycopg.connect(common.libpq(self.url), autocommit=True) as conn:
            backends = [
                r[0]
                for r in conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()"
                )
            ]
        children = self.workers()
        labellers = [p for p in children if common.is_labeller(p)]
        web = [self.proc.pid, *(p for p in children if p not in labellers)]
        return {
            "workers": sum(common.proc_cpu_seconds(p) for p in web),
            "labeller": sum(common.proc_cpu_seconds(p) for p in labellers),
            "postgres": {p: common.proc_cpu_seconds(p) for p in backends},
            "redis": sum(common.proc_cpu_seconds(p) for p in common.pids_named("redis-server")),
        }

    def sample_rss(self) -> threading.Thread:
        self._sampling = True

        def run() -> None:
            while self._sampling:
                for pid in self.workers():
                    self.peak[pid] = max(self.peak.get(pid, 0.0), common.proc_rss_mb(pid))
                time.sleep(0.25)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._sampling = False
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def run_load(
    server: Server,
    token: str,
    path: str,
    requests: list[dict[str, Any]],
    connections: int,
    seconds: float,
    settled: Callable[[], float] | None = None,
) -> dict[str, Any]:
    """Run the load; ``settled`` (if given) waits, after the last answer, until the server has
    finished the work it deferred (the label queue) and returns how long that took, so the CPU
    figures include it."""
    with tempfile.TemporaryDirectory() as tmp:
        spec_path, out_path = Path(tmp) / "spec.json", Path(tmp) / "out.json"
        spec = {
            "host": "127.0.0.1",
            "port": server.port,
            "path": path,
            "connections": connections,
            "seconds": seconds,
            "max_requests": len(requests),
            "token": token,
            "requests": requests,
        }
        spec_path.write_text(json.dumps(spec))
        before = server.cpu()
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(Path(__file__).parent / "_loadgen.py"),
                str(spec_path),
                str(out_path),
            ],
            check=True,
            timeout=seconds + 180,
        )
        wall = time.perf_counter() - started
        drain = settled() if settled is not None else 0.0
        after = server.cpu()
        result: dict[str, Any] = json.loads(out_path.read_text())
    pg = sum(cpu - before["postgres"].get(pid, 0.0) for pid, cpu in after["postgres"].items())
    result["server_cpu"] = {
        "workers": after["workers"] - before["workers"],
        "labeller": after["labeller"] - before["labeller"],
        "postgres": pg,
        "redis": after["redis"] - before["redis"],
    }
    result["loadavg"] = os.getloadavg()[0]
    result["outer_wall"] = wall
    result["drain_seconds"] = drain
    return result


def report_groups(log: Path, offset: int) -> None:
    """Group commit sizes from the server's DEBUG log lines written since ``offset``."""
    with log.open("rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    sizes = [int(n) for n in re.findall(r"group of (\d+) committed", text)]
    if not sizes:
        print("  group commit: no groups logged")
        return
    grouped = sum(n for n in sizes if n > 1)
    print(
        f"  group commit: {len(sizes):,} groups for {sum(sizes):,} comments, mean size "
        f"{sum(sizes) / len(sizes):.2f}, largest {max(sizes)}, "
        f"{grouped / sum(sizes):.0%} of comments in groups of 2 or more"
    )


def report_load(label: str, result: dict[str, Any], per_request: int) -> dict[str, float]:
    lat = [x * 1000 for x in result["latencies"]]
    created = result["created"]
    rate = created / result["wall"]
    cpu = result["server_cpu"]
    total_cpu = sum(cpu.values())
    figures = {
        "comments_per_s": rate,
        "requests": len(lat),
        "p50_ms": common.percentile(lat, 0.50),
        "p99_ms": common.percentile(lat, 0.99),
        "cpu_ms_per_comment": total_cpu / max(created, 1) * 1000,
        "workers_ms": cpu["workers"] / max(created, 1) * 1000,
        "labeller_ms": cpu["labeller"] / max(created, 1) * 1000,
        "postgres_ms": cpu["postgres"] / max(created, 1) * 1000,
        "redis_ms": cpu["redis"] / max(created, 1) * 1000,
        "loadgen_cpu_s": result["cpu"],
        "loadavg": result["loadavg"],
    }
    print(
        f"{label}: {created:,} comments in {len(lat):,} requests over {result['wall']:.1f} s = "
        f"{rate:,.0f} comments/s; latency per request p50 {figures['p50_ms']:.0f} ms, "
        f"p99 {figures['p99_ms']:.0f} ms, max {max(lat) if lat else 0:.0f} ms; "
        f"statuses {result['statuses']}"
    )
    print(
        f"  server CPU per comment: {figures['cpu_ms_per_comment']:.2f} ms = gunicorn "
        f"{figures['workers_ms']:.2f} + labeller {figures['labeller_ms']:.2f} + PostgreSQL "
        f"{figures['postgres_ms']:.2f} + Redis "
        f"{figures['redis_ms']:.2f}; load generator used {result['cpu']:.1f} CPU s of "
        f"{result['wall']:.1f} s wall (on the same 2 cores); 1-min load average at the end "
        f"{result['loadavg']:.1f}"
    )
    return figures


# --------------------------------------------------------------------------- in-process profile

STEPS = (
    # label, file suffix, function, callers to restrict to (None = all)
    ("request JSON parse + validation (marshmallow load)", "marshmallow/schema.py", "load", None),
    ("auth (token lookup)", "intake/auth.py", "current_principal", None),
    (
        "rate limiting (Flask-Limiter + Redis)",
        "flask_limiter/_extension.py",
        "_check_request_limit",
        None,
    ),
    ("fingerprinting (MinHash, segments)", "intake/text/fingerprint.py", "fingerprint", None),
    ("index lookup: Snapshot.load (queries)", "intake/labelling/snapshot.py", "load", None),
    ("decision (pure engine decide)", "intake/text/matching/decision.py", "decide", None),
    ("campaign join: learn/absorb/personal text", "intake/labelling/service.py", "_join", None),
    ("spam scoring (content model)", "intake/text/spam/scoring.py", "score", None),
    (
        "writes: insert comment (flush in _store)",
        "sqlalchemy/orm/session.py",
        "flush",
        ("_store", "submit_many"),
    ),
    ("writes: band keys (Snapshot.flush)", "intake/labelling/snapshot.py", "flush", None),
    (
        "writes: commit (label columns, event, COMMIT)",
        "sqlalchemy/orm/session.py",
        "commit",
        (
            "_commit_or_rollback",
            "commit_session",
            "teardown",
            "_teardown",
            "do_teardown_request",
            "_finish",
            "_end_session",
        ),
    ),
    ("response (receipt serialisation)", "marshmallow/schema.py", "dump", None),
)
CROSS = (
    ("  of all: waiting on PostgreSQL", "psycopg/connection.py", "wait"),
    ("  of all: SQLAlchemy statement compile", "sqlalchemy/sql/compiler.py", "__init__"),
    ("  statements sent (calls)", "psycopg/cursor.py", "execute"),
)


def _cum(
    table: dict[Any, Any], file_part: str, name: str, callers: tuple[str, ...] | None
) -> tuple[float, int]:
    cum, calls = 0.0, 0
    for (filename, _line, func), (_cc, nc, _tt, ct, caller_map) in table.items():
        if func != name or not filename.replace("\\", "/").endswith(file_part):
            continue
        if callers is None:
            cum += ct
            calls += nc
        else:
            for (_f, _l, caller), (_c2, n2, _t2, c2) in caller_map.items():
                if caller in callers:
                    cum += c2
                    calls += n2
    return cum, calls


def breakdown(stats: pstats.Stats, comments: int, total: float) -> list[tuple[str, float]]:
    table = stats.stats  # type: ignore[attr-defined]
    print(f"  {'step':<50}{'ms/comment':>11}{'share':>8}{'calls':>9}")
    rows = []
    covered = 0.0
    for label, file_part, name, callers in STEPS:
        cum, calls = _cum(table, file_part, name, callers)
        covered += cum
        rows.append((label, cum / comments * 1000))
        print(f"  {label:<50}{cum / comments * 1e3:>11.3f}{cum / total:>8.1%}{calls:>9}")
    rest = total - covered
    rows.append(
        ("rest (Flask/Werkzeug, ORM bookkeeping, label event, test client)", rest / comments * 1000)
    )
    print(
        f"  {'rest (framework, ORM bookkeeping, test client)':<50}"
        f"{rest / comments * 1e3:>11.3f}{rest / total:>8.1%}"
    )
    print(f"  {'total':<50}{total / comments * 1e3:>11.3f}")
    for label, file_part, name in CROSS:
        cum, calls = _cum(table, file_part, name, None)
        print(f"  {label:<50}{cum / comments * 1e3:>11.3f}{cum / total:>8.1%}{calls:>9}")
    return rows


def profiled_app(url: str, redis_url: str) -> Flask:
    """The in-process app the stage profiles post through: limits out of the way (BIG) and the
    spam engine's word lists loaded first, so neither shows in the profile."""
    app = create_app(
        {
            "database_url": url,
            "redis_url": redis_url,
            "secret_key": "bench",
            "log_level": "WARNING",
            "trusted_proxies": 1,
            "rate_limit_public": BIG,
            "rate_limit_token": BIG,
            "rate_limit_item": BIG,
        }
    )
    preload_tables(getattr(app.config["INTAKE"], "spam_encoder", False))
    return app


def preload_tables(encoder: bool = False) -> None:
    """Load the engine's tables as ``intake serve`` and ``intake label`` do at start (the spam
    engine's sentence encoder with them when ``encoder``, session 22). A checkout from before
    session 13 (measured with PYTHONPATH for a before/after) loads them per module."""
    try:
        from intake.text.tables import preload
    except ImportError:
        from intake.text import identifying, spam

        spam.preload()
        getattr(identifying, "preload", lambda: None)()
        return
    try:
        preload(encoder)
    except TypeError:  # a checkout from before session 22
        preload()


def in_process(
    url: str, stored: common.StoredCorpus, n: int, seed: int, profile_top: int
) -> dict[str, float]:
    """Post ``n`` comments through the test client unprofiled, then ``n`` more under cProfile."""
    app = profiled_app(url, REDIS)
    session = get_database(app).session_factory()
    _row, token = TokenService(session).create(f"inproc-{seed}", "integration", BIG)
    session.commit()
    session.close()
    client = app.test_client()
    corpus = common.Corpus(seed + 100)
    rng = random.Random(seed)
    path = f"/api/v1/agenda-items/{common.ITEM}/comments"

    def post_all(reqs: list[dict[str, Any]]) -> None:
        for r in reqs:
            headers = (
                {"X-Forwarded-For": r["forwarded_for"]}
                if r["anonymous"]
                else {"Authorization": f"Bearer {token}"}
            )
            response = client.post(path, json=r["body"], headers=headers)
            assert response.status_code == 201, response.get_data(as_text=True)

    post_all(single_requests(corpus, 20, f"warm{seed}-", rng))
    plain = single_requests(corpus, n, f"plain{seed}-", rng)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    post_all(plain)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    print(
        f"\nin-process, one POST per comment through the Flask test client, {n} comments: "
        f"{wall / n * 1e3:.2f} ms wall, {cpu / n * 1e3:.2f} ms CPU of this process per comment"
    )
    profiled = single_requests(corpus, n, f"prof{seed}-", rng)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    post_all(profiled)
    profiler.disable()
    total = time.perf_counter() - started
    print(
        f"cProfile of the same path, {n} more comments ({total / n * 1e3:.2f} ms each under the "
        f"profiler; steps are disjoint except the 'of all' lines):"
    )
    stats = pstats.Stats(profiler)
    breakdown(stats, n, total)
    if profile_top:
        stats.sort_stats("tottime").print_stats(profile_top)
    get_database(app).dispose()

    # the floor: the same comments through the in-memory engine holding the same stored corpus
    started = time.perf_counter()
    ref = common.floor_labeller(stored)
    built = time.perf_counter() - started
    bodies = [r["body"]["body"] for r in plain]
    people = [r["body"]["submitter"]["email"] for r in plain]
    fps = []
    t0 = time.process_time()
    for body in bodies:
        fps.append(ref.fingerprinter.fingerprint(body))
    t_fp = (time.process_time() - t0) / n
    t_lsh = common.plain_lsh_cpu(ref, fps)
    t0 = time.process_time()
    kinds: dict[str, int] = {}
    for i, (body, person) in enumerate(zip(bodies, people, strict=True)):
        decision = ref.add(10**9 + i, body, person, common.ITEM)
        kinds[decision.kind] = kinds.get(decision.kind, 0) + 1
    t_ref = (time.process_time() - t0) / n
    print(
        f"\nfloor (in memory, same {n} comments, stored corpus rebuilt in {built:.0f} s): "
        f"fingerprint {t_fp * 1e3:.3f} ms; datasketch MinHash+MinHashLSH query+insert "
        f"{t_lsh * 1e3:.3f} ms; ReferenceLabeller.add end to end {t_ref * 1e3:.3f} ms "
        f"per comment (labels {kinds})"
    )
    return {
        "inproc_wall_ms": wall / n * 1e3,
        "inproc_cpu_ms": cpu / n * 1e3,
        "floor_fp_ms": t_fp * 1e3,
        "floor_lsh_ms": t_lsh * 1e3,
        "floor_ref_ms": t_ref * 1e3,
    }


# --------------------------------------------------------------------------- one size


def one_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    print(f"\n=== {n:,} stored comments ===", flush=True)
    figures: dict[str, Any] = {"n": n}
    with common.throwaway_postgres(args.server, keep=args.keep) as url:
        stored = common.fill_postgres(url, n, args.seed)
        print(
            f"filled: generate+fingerprint {stored.seconds_generate:.0f} s, COPY+ANALYZE "
            f"{stored.seconds_load:.0f} s; campaigns {stored.campaign_sizes}, "
            f"band_keys rows {stored.band_key_rows:,}",
            flush=True,
        )
        app = create_app({"database_url": url, "log_level": "WARNING"})
        session = get_database(app).session_factory()
        _row, token = TokenService(session).create("campaign-tool", "integration", BIG)
        session.commit()
        session.close()
        get_database(app).dispose()
        corpus = common.Corpus(args.seed + 1)
        rng = random.Random(args.seed)
        log = Path(tempfile.gettempdir()) / f"intake-serve-{os.getpid()}.log"
        serving = {}
        if args.threads:
            serving["INTAKE_WORKER_THREADS"] = str(args.threads)
        if args.group_commit_max:
            serving["INTAKE_GROUP_COMMIT_MAX"] = str(args.group_commit_max)
        if args.group_sizes:
            serving["INTAKE_LOG_LEVEL"] = "DEBUG"  # intake logs each group's size at DEBUG
        server = Server(url, args.port, args.workers, log, serving)
        print(
            f"serving: {len(server.workers())} gunicorn workers x {args.threads or 'default'} "
            f"threads, group commit max {args.group_commit_max or 'default'}",
            flush=True,
        )
        try:
            path = f"/api/v1/agenda-items/{common.ITEM}/comments"
            sampler = server.sample_rss()
            warm = single_requests(corpus, 60, "warm-", rng)
            run_load(server, token, path, warm, 4, 60)
            singles = single_requests(corpus, args.single_requests, "single-", rng)
            log_offset = log.stat().st_size
            result = run_load(server, token, path, singles, args.connections, args.single_seconds)
            figures["single"] = report_load(
                f"single POST, {args.connections} connections", result, 1
            )
            if args.group_sizes:
                report_groups(log, log_offset)
            batches = batch_requests(corpus, args.batches, args.batch_size, "batch-")
            result = run_load(server, token, path + "/batch", batches, 2, args.batch_seconds)
            figures["batch"] = report_load(
                f"batch POST of {args.batch_size}, 2 connections", result, args.batch_size
            )
            server._sampling = False
            sampler.join()
            peaks = sorted(server.peak.values())
            figures["rss_peak_mb"] = max(peaks) if peaks else 0.0
            master = common.proc_rss_mb(server.proc.pid)
            print(
                f"peak RSS per gunicorn worker: {', '.join(f'{p:.0f}' for p in peaks)} MB "
                f"({len(peaks)} workers); master {master:.0f} MB"
            )
        finally:
            server.stop()
        with psycopg.connect(common.libpq(url)) as conn:
            rows = common.labels_after(conn, n)
        print("labels of the posted comments (kind, campaign, count):", common.labels_line(rows))
        if args.profile_comments:
            figures.update(
                in_process(url, stored, args.profile_comments, args.seed, args.profile_top)
            )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="Comma-separated stored sizes.")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--single-seconds", type=float, default=20)
    parser.add_argument("--single-requests", type=int, default=6000)
    parser.add_argument("--batches", type=int, default=8)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--batch-seconds", type=float, default=240)
    parser.add_argument("--workers", type=int, default=None, help="Default: intake serve's.")
    parser.add_argument("--threads", type=int, default=None, help="Default: intake serve's.")
    parser.add_argument(
        "--group-commit-max", type=int, default=None, help="1 turns group commit off."
    )
    parser.add_argument(
        "--group-sizes", action="store_true", help="Log and report group commit sizes."
    )
    parser.add_argument("--port", type=int, default=18_431)
    parser.add_argument("--profile-comments", type=int, default=300)
    parser.add_argument("--profile-top", type=int, default=0, help="Also print top N functions.")
    common.database_arguments(parser, seed=8)
    args = parser.parse_args()
    print(common.machine_line())
    results = [one_size(int(s), args) for s in args.sizes.split(",")]
    print(
        "\nsummary (comments/s, p50/p99 ms, server CPU ms/comment, peak worker RSS MB, "
        "floor ms/comment):"
    )
    for r in results:
        s, b = r["single"], r["batch"]
        r.setdefault("inproc_cpu_ms", float("nan"))  # no in-process profile asked for
        r.setdefault("floor_ref_ms", float("nan"))
        print(
            f"  {r['n']:>9,}: single {s['comments_per_s']:.0f}/s p50 {s['p50_ms']:.0f} "
            f"p99 {s['p99_ms']:.0f} cpu {s['cpu_ms_per_comment']:.2f} | batch "
            f"{b['comments_per_s']:.0f}/s cpu {b['cpu_ms_per_comment']:.2f} | rss "
            f"{r['rss_peak_mb']:.0f} | in-process {r['inproc_cpu_ms']:.2f} | floor "
            f"{r['floor_ref_ms']:.3f} (cpu/floor single "
            f"{s['cpu_ms_per_comment'] / r['floor_ref_ms']:.1f}x, batch "
            f"{b['cpu_ms_per_comment'] / r['floor_ref_ms']:.1f}x)"
        )


if __name__ == "__main__":
    main()
