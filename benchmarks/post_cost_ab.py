"""Issue 16, session 9: the POST's Python CPU with and without this session's two savings,
alternating round by round in ONE process, so a shared machine's drifting load falls on both.

    .venv/bin/python benchmarks/post_cost_ab.py                  # 600 warm-up, 2 x 20 rounds of 50
    .venv/bin/python benchmarks/post_cost_ab.py --change hits    # session 10's: one script per POST

``benchmarks/post_cost.py`` compares two checkouts in two processes; on a machine shared by
several sessions its runs swing by a third, more than the savings measured here. This script
builds the app once (as ``post_cost.py`` does) and switches, between rounds, the two things
session 9 changed on the single POST's path back to what main does:

* ``before``: Flask-Limiter on limits' stock ``RedisStorage`` (a third script per POST for the
  header's window read) and the pool's ``pool_pre_ping`` on every checkout;
* ``after``: the ``intake+redis`` storage and the ping only after a connection idled.

The switch sets ``limiter._limiter`` and ``pool._pre_ping``, private attributes of Flask-Limiter
and SQLAlchemy: a measuring device only. In ``before`` rounds the pool's ``checkout`` listener
still runs (and skips its own ping), so ``before`` carries that listener's small cost and the
difference slightly understates the savings. Printed: least and median ms of thread CPU per
POST for each side, and the median of the paired differences (each ``after`` round against the
``before`` round just before it).

``--change hits`` (session 10) switches instead whether a POST's rate-limit hits go to Redis in
one script (``after``) or one script each (``before``: ``BatchingLimiter._plan`` shadowed on the
instance by one that lists nothing, so the storage makes each hit alone, as Flask-Limiter asks).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common
import burst
import service_load as load
from limits.storage import storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter

from intake.db import get_database
from intake.ratelimit import REDIS_OPTIONS, limiter
from intake.services.tokens import TokenService


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--per-round", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--change",
        choices=("session9", "hits"),
        default="session9",
        help="session9: the header read and the pool ping; hits: one script for all hits",
    )
    args = parser.parse_args()
    total = args.warm + 2 * args.rounds * args.per_round
    with common.throwaway_postgres() as url:
        burst.create_item(url)
        app = load.profiled_app(url, burst.REDIS)
        database = get_database(app)
        session = database.session_factory()
        _row, token = TokenService(session).create("post-cost-ab", "integration", load.BIG)
        session.commit()
        session.close()
        client = app.test_client()
        bodies = common.BurstCorpus(args.seed, 4).burst(total)
        posts = burst.requests_for(bodies, "token", total, random.Random(1), "ab-")
        path = f"/api/v1/agenda-items/{common.ITEM}/comments"
        headers = {"Authorization": f"Bearer {token}"}
        after_limiter = limiter._limiter
        before_limiter = SlidingWindowCounterRateLimiter(
            storage_from_string(burst.REDIS, **REDIS_OPTIONS)
        )
        pool = database.engine.pool

        def use(side: str) -> None:
            if args.change == "hits":
                if side == "before":
                    limiter._plan = lambda _endpoint, _limits: None  # type: ignore[method-assign, assignment]
                else:
                    limiter.__dict__.pop("_plan", None)
                return
            limiter._limiter = before_limiter if side == "before" else after_limiter
            pool._pre_ping = side == "before"

        def post(request: dict[str, object]) -> None:
            response = client.post(path, json=request["body"], headers=headers)
            assert response.status_code == 201, response.get_data(as_text=True)

        for k, request in enumerate(posts[: args.warm]):
            use("before" if k % 2 else "after")
            post(request)
        rest = iter(posts[args.warm :])
        times: dict[str, list[float]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            for side in ("before", "after"):
                use(side)
                chunk = [next(rest) for _ in range(args.per_round)]
                started = time.thread_time()
                for request in chunk:
                    post(request)
                times[side].append((time.thread_time() - started) / len(chunk) * 1e3)
        use("after")
        for side, values in times.items():
            print(
                f"{side:6}: least {min(values):.3f} ms, median {statistics.median(values):.3f} ms"
                f" per POST ({args.rounds} rounds of {args.per_round})"
            )
        saved = [b - a for b, a in zip(times["before"], times["after"], strict=True)]
        print(
            f"saved per POST (before - after, paired rounds): median {statistics.median(saved):.3f}"
            f" ms, mean {statistics.mean(saved):.3f} ms"
        )
        database.dispose()


if __name__ == "__main__":
    main()
